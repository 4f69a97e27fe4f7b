#!/usr/bin/env python3
"""Reads an exported bodies register back and compares cells with what
the database holds. usage: check-hostile-xlsx.py FILE.xlsx EXPECTED.json

EXPECTED.json maps a body name (column B) to {"address": ..., "legal_basis":
...}. Every expected name must be found, and every value equal. Prints the
differences; exits 1 on any."""

import json
import sys

import openpyxl


def main():
    wb = openpyxl.load_workbook(sys.argv[1])
    expected = json.load(open(sys.argv[2], encoding="utf-8"))
    ws = wb.worksheets[0]
    header_row = None
    for row in ws.iter_rows(min_row=1, max_row=5):
        if row[0].value in ("No.", "序号"):
            header_row = row[0].row
    if header_row is None:
        print("no header row")
        return 1
    seen = {}
    for row in ws.iter_rows(min_row=header_row + 1, values_only=True):
        if row[1] is not None:
            seen[row[1]] = {"legal_basis": row[7], "address": row[9]}
    bad = 0
    for name, fields in expected.items():
        if name not in seen:
            print("missing name %r" % name[:80])
            near = [n for n in seen if n[:6] == name[:6]]
            for n in near:
                print("   found %r" % n[:80])
            bad += 1
            continue
        for key, value in fields.items():
            if seen[name][key] != value:
                print("%s of %r: %r != %r" % (key, name[:40], (seen[name][key] or "")[:80], value[:80]))
                bad += 1
    print("%d names checked, %d differences" % (len(expected), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
