#!/usr/bin/python3
"""Reads the register of case files back with openpyxl and checks what the
export promises. Usage:
  check-case-export.py FILE N_ROWS BODY YEAR KINDS HEADER...
BODY "" and YEAR 0 mean any; KINDS has one letter per column: t text,
d date, n number, i integer, b yes/no. Prints what is wrong on stderr and
exits 1; silent with exit 0 when the file is right."""

import datetime
import sys

import openpyxl

path, n_rows, body, year, kinds = sys.argv[1:6]
headers = sys.argv[6:]
n_rows, year = int(n_rows), int(year)
problems = []


def expect(cond, what):
    if not cond:
        problems.append(what)


wb = openpyxl.load_workbook(path)
ws = wb.worksheets[0]
expect(len(kinds) == len(headers), "kinds and headers differ in length")
expect(isinstance(ws["A1"].value, str) and ws["A1"].value, "no title")
expect(isinstance(ws["A2"].value, str) and str(year if year else "") in ws["A2"].value,
       "subtitle: %r" % ws["A2"].value)
# ws.cell() would create the cell it reads: check the width first.
expect(ws.max_column == len(headers), "%d columns, expected %d" % (ws.max_column, len(headers)))
got = [ws.cell(row=3, column=c + 1).value for c in range(len(headers))]
expect(got == headers, "headers: %r" % got)

rows = [r for r in ws.iter_rows(min_row=4, values_only=True)]
expect(len(rows) == n_rows, "%d data rows, expected %d" % (len(rows), n_rows))
officers_seen = 0
for number, row in enumerate(rows, start=4):
    for c, (kind, value) in enumerate(zip(kinds, row)):
        where = "%s%d" % (openpyxl.utils.get_column_letter(c + 1), number)
        if value is None:
            continue
        if kind == "d":
            expect(isinstance(value, datetime.datetime), "%s not a date: %r" % (where, value))
        elif kind == "n":
            expect(isinstance(value, (int, float)) and value >= 0, "%s not an amount: %r" % (where, value))
        elif kind == "i":
            expect(isinstance(value, int), "%s not an integer: %r" % (where, value))
        else:
            expect(isinstance(value, str) and value.strip() == value and value,
                   "%s not trimmed text: %r" % (where, value))
    expect(row[0] is not None and row[1] is not None and row[2] is not None,
           "row %d lacks body, number or category" % number)
    if body:
        expect(row[0] == body, "row %d of another body: %r" % (number, row[0]))
    if year:
        expect(row[kinds.index("i")] == year, "row %d of another year" % number)
    # The last column lists the handling officers.
    if row[-1]:
        labels = row[-1].split("、")
        expect(all(labels) and labels == sorted(labels, key=lambda s: s.encode()),
               "row %d officers not sorted: %r" % (number, row[-1]))
        officers_seen += 1
expect(n_rows == 0 or officers_seen > 0, "no row lists its officers")

if problems:
    for p in problems:
        print(p, file=sys.stderr)
    sys.exit(1)
