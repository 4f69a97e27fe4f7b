#!/usr/bin/env python3
"""Reads back an exported draw record: check-checklists-xlsx.py FILE TARGET SEED
Exits non-zero, saying why, when the workbook is not what Zhifa promised."""
import sys
import openpyxl

path, target, seed = sys.argv[1:4]
wb = openpyxl.load_workbook(path)
if len(wb.worksheets) != 2:
    sys.exit(f"expected 2 sheets, got {len(wb.worksheets)}")
summary, record = wb.worksheets
headers = [c.value for c in summary[2]]
values = [c.value for c in summary[3]]
if "Seed" not in headers or values[headers.index("Seed")] != seed:
    sys.exit(f"seed not in summary: {headers} {values}")
rows = [[c.value for c in r] for r in record.iter_rows(min_row=3)]
if len(rows) != 4:
    sys.exit(f"expected 4 targets, got {len(rows)}")
if not any(r[1] == target for r in rows):
    sys.exit(f"target {target} missing")
for r in rows:
    if r[4] is None or r[4].count("ZF-") != 2:
        sys.exit(f"row without 2 inspectors: {r}")
for sheet in wb.worksheets:
    for r in sheet.iter_rows(values_only=True):
        for v in r:
            if v and ("110101199003070014" in str(v) or "13800000001" in str(v)):
                sys.exit("private data in a public record")
print("ok")
