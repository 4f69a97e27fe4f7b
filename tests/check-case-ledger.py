#!/usr/bin/python3
"""Checks the rectification ledger: every row of the database is there,
overdue rows (open, deadline before TODAY) come first and are filled red.
Usage: check-case-ledger.py DB XLSX TODAY."""
import sqlite3
import sys

import openpyxl

db, xlsx, today = sys.argv[1:4]
con = sqlite3.connect(db)
rows = con.execute("SELECT problem, status, deadline FROM rectification").fetchall()
overdue = {p for p, s, d in rows if s == "open" and d < today}
ws = openpyxl.load_workbook(xlsx).worksheets[0]
data = [[c.value for c in r] for r in ws.iter_rows(min_row=3)]
fills = [r[0].fill.fgColor.rgb for r in ws.iter_rows(min_row=3)]
failures = 0
if len(data) != len(rows):
    print("rows: want %d got %d" % (len(rows), len(data)))
    failures += 1
for i, row in enumerate(data):
    late = row[3] in overdue
    if late != (i < len(overdue)):
        print("row %d (%s): overdue rows must come first" % (i + 3, row[3]))
        failures += 1
    if late != (fills[i] not in (None, "00000000")):
        print("row %d (%s): highlight %r" % (i + 3, row[3], fills[i]))
        failures += 1
print("ledger checked: %d rows, %d overdue, %d failures" % (len(data), len(overdue), failures))
sys.exit(1 if failures else 0)
