#!/usr/bin/python3
"""Recomputes the evaluation summary from the database, independently of
the C code, and compares it cell by cell with the exported workbook.
Usage: check-case-summary.py DB XLSX YEAR. Exit 0 when they agree."""
import sqlite3
import sys

import openpyxl

db, xlsx, year = sys.argv[1], sys.argv[2], int(sys.argv[3])
con = sqlite3.connect(db)
rows = con.execute(
    "SELECT c.id, b.name, c.category, e.score, e.grade FROM case_file c "
    "JOIN body b ON b.id = c.body_id JOIN evaluation e ON e.case_id = c.id "
    "WHERE c.year = ? ORDER BY c.id, e.date, e.id", (year,)).fetchall()
latest = {}
for case_id, body, category, score, grade in rows:
    latest[case_id] = (body, category, score, grade)  # later rows win

def r1(x):
    return int(x * 10 + 0.5 + 1e-9) / 10

def expected(category):
    units = {}
    for body, cat, score, grade in latest.values():
        if category is not None and cat != category:
            continue
        u = units.setdefault(body, {"n": 0, "total": 0.0, "excellent": 0, "pass": 0, "fail": 0})
        u["n"] += 1
        u["total"] += score
        u[grade] += 1
    out = []
    for body, u in units.items():
        avg = r1(u["total"] / u["n"])
        out.append((body, u["n"], u["total"], avg, u["excellent"], u["pass"], u["fail"],
                    r1(100.0 * (u["excellent"] + u["pass"]) / u["n"])))
    out.sort(key=lambda t: (-t[3], -t[2], t[0]))
    return out

wb = openpyxl.load_workbook(xlsx)
failures = 0
sheets = [(0, None), (1, "penalty"), (2, "coercion"), (3, "licensing"), (4, "inspection")]
if len(wb.worksheets) != len(sheets):
    print("expected %d sheets, found %d" % (len(sheets), len(wb.worksheets)))
    sys.exit(1)
for index, category in sheets:
    ws = wb.worksheets[index]
    want = expected(category)
    prev = None
    for i, (body, n, total, avg, exc, pas, fail, rate) in enumerate(want):
        row = [c.value for c in ws[i + 3]]
        got = (row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8])
        if got[0] != body or got[1] != n or abs(got[2] - total) > 1e-6 or abs(got[3] - avg) > 1e-6 \
                or got[4:7] != (exc, pas, fail) or abs(got[7] - rate) > 1e-6:
            print("sheet %d row %d: want %r got %r" % (index, i + 3, (body, n, total, avg, exc, pas, fail, rate), got))
            failures += 1
        # Ranks: 1-based, ties on average and total share a rank.
        rank = row[0]
        if prev is not None and (prev[1], prev[2]) == (avg, total):
            if rank != prev[0]:
                print("sheet %d row %d: tie should share rank %r, got %r" % (index, i + 3, prev[0], rank))
                failures += 1
        elif rank != i + 1:
            print("sheet %d row %d: rank %r, want %d" % (index, i + 3, rank, i + 1))
            failures += 1
        prev = (rank, avg, total)
    total_row = [c.value for c in ws[len(want) + 3]]
    if total_row[2] != sum(w[1] for w in want):
        print("sheet %d: all-units count %r" % (index, total_row[2]))
        failures += 1
print("summary checked: %d units overall, %d failures" % (len(expected(None)), failures))
sys.exit(1 if failures else 0)
