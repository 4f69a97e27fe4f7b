#!/usr/bin/python3
"""Reads back the checklists' exported workbooks cell by cell.

  check-checklists-xlsx.py draw FILE TARGET SEED
  check-checklists-xlsx.py register FILE TITLE ROWS [HEADER=VALUE@ROW ...]
  check-checklists-xlsx.py stats FILE BODY SHARE MEETS

Every sheet must have the standard layout (merged bold title in row 1,
subtitle in row 2, bold bordered header in row 3 frozen with an autofilter,
columns at least as wide as their header). Prints "ok", or says what is
wrong and exits 1."""
import datetime
import re
import sys
import unicodedata

import openpyxl

# Mobile phone numbers and ID numbers (birth date in the middle).
PRIVATE = re.compile(r"(?<![0-9A-Z])(1[3-9]\d{9}|\d{6}(19|20)\d\d(0[1-9]|1[0-2])\d{5}[\dX])(?![0-9A-Z])")
problems = []


def expect(cond, what):
    if not cond:
        problems.append(what)


def display_width(text):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in str(text))


def headers_of(ws):
    return [c.value for c in ws[3] if c.value is not None]


def rows_of(ws):
    n = len(headers_of(ws))
    return [[c.value for c in r[:n]] for r in ws.iter_rows(min_row=4)
            if any(c.value is not None for c in r[:n])]


def check_layout(ws, title=None):
    headers = headers_of(ws)
    n = len(headers)
    last = openpyxl.utils.get_column_letter(n)
    expect(n > 0, f"{ws.title}: no header row")
    if title is not None:
        expect(ws["A1"].value == title, f"{ws.title}: title {ws['A1'].value!r}, expected {title!r}")
    expect(ws["A1"].font.b, f"{ws.title}: title not bold")
    if n > 1:
        merged = [str(r) for r in ws.merged_cells.ranges]
        expect(f"A1:{last}1" in merged, f"{ws.title}: title not merged over {n} columns: {merged}")
    expect(isinstance(ws["A2"].value, str) and ws["A2"].value.startswith("Exported on"),
           f"{ws.title}: subtitle {ws['A2'].value!r}")
    for c in range(1, n + 1):
        cell = ws.cell(row=3, column=c)
        expect(cell.font.b, f"{ws.title}: header {cell.value!r} not bold")
        expect(cell.border.bottom.style == "thin", f"{ws.title}: header {cell.value!r} without border")
        letter = openpyxl.utils.get_column_letter(c)
        width = ws.column_dimensions[letter].width
        expect(width is not None and width >= display_width(cell.value),
               f"{ws.title}: column {cell.value!r} too narrow ({width})")
    expect(ws.freeze_panes == "A4", f"{ws.title}: frozen at {ws.freeze_panes!r}")
    expect(ws.auto_filter.ref is not None and ws.auto_filter.ref.startswith(f"A3:{last}"),
           f"{ws.title}: autofilter {ws.auto_filter.ref!r}")
    for r in ws.iter_rows(values_only=True):
        for v in r:
            if isinstance(v, str) and PRIVATE.search(v):
                problems.append(f"{ws.title}: private number in a public export: {v!r}")


def check_draw(path, target, seed):
    wb = openpyxl.load_workbook(path)
    expect(len(wb.worksheets) == 2, f"expected 2 sheets, got {len(wb.worksheets)}")
    summary, record = wb.worksheets[:2]
    for ws in wb.worksheets:
        check_layout(ws)
    particulars = dict((r[0], r[1]) for r in rows_of(summary))
    expect(particulars.get("Seed") == seed, f"seed not in summary: {particulars}")
    rows = rows_of(record)
    expect(len(rows) == 4, f"expected 4 targets, got {len(rows)}")
    expect(any(r[1] == target for r in rows), f"target {target} missing")
    for i, r in enumerate(rows):
        expect(r[0] == i + 1, f"row {i + 1} numbered {r[0]!r}")
        expect(isinstance(r[4], str) and r[4].count("（") == 2, f"row without 2 inspectors: {r}")


def check_register(path, title, n_rows, cells):
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    for sheet in wb.worksheets:
        check_layout(sheet, title if sheet is ws else None)
    headers = headers_of(ws)
    rows = rows_of(ws)
    expect(headers[0] == "No.", f"first column {headers[0]!r}")
    expect(len(rows) == int(n_rows), f"expected {n_rows} rows, got {len(rows)}")
    for i, r in enumerate(rows):
        expect(r[0] == i + 1, f"row {i + 1} numbered {r[0]!r}")
    for spec in cells:
        header, rest = spec.split("=", 1)
        value, row = rest.rsplit("@", 1)
        if header not in headers:
            problems.append(f"no column {header!r} in {headers}")
            continue
        got = rows[int(row) - 1][headers.index(header)] if int(row) <= len(rows) else None
        if value.startswith("date:"):
            want = datetime.datetime.fromisoformat(value[5:])
            expect(got == want, f"{header}@{row}: {got!r}, expected the date {want}")
        elif value.startswith("num:"):
            expect(isinstance(got, (int, float)) and abs(got - float(value[4:])) < 1e-9,
                   f"{header}@{row}: {got!r}, expected the number {value[4:]}")
        else:
            expect(got == value, f"{header}@{row}: {got!r}, expected {value!r}")


def check_stats(path, body, share, meets):
    wb = openpyxl.load_workbook(path)
    expect(len(wb.worksheets) == 2, f"expected 2 sheets, got {len(wb.worksheets)}")
    for ws in wb.worksheets:
        check_layout(ws)
    ws = wb.worksheets[0]
    headers = headers_of(ws)
    rows = [r for r in rows_of(ws) if r[1] == body]
    expect(len(rows) == 1, f"body {body} not in statistics")
    if rows:
        got = rows[0][headers.index("Share (%)")]
        expect(isinstance(got, (int, float)) and abs(got - float(share)) < 0.05, f"share {got!r}")
        expect(rows[0][headers.index("Meets the floor")] == meets, f"meets {rows[0]}")
    findings = rows_of(wb.worksheets[1])
    c9 = [f for f in findings if f[0] == "C9"]
    expect(len(c9) == (0 if meets == "Yes" else 1), f"C9 findings: {findings}")


mode = sys.argv[1]
if mode == "draw":
    check_draw(*sys.argv[2:5])
elif mode == "register":
    check_register(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:])
elif mode == "stats":
    check_stats(*sys.argv[2:6])
else:
    sys.exit(f"unknown mode {mode}")
if problems:
    sys.stderr.write("\n".join(problems) + "\n")
    sys.exit(1)
print("ok")
