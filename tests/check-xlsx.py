#!/usr/bin/python3
"""Reads an exported .xlsx back cell by cell and checks what the export
promises. Usage: check-xlsx.py bodies FILE.xlsx. Prints what is wrong on
stderr and exits 1; silent with exit 0 when the file is right."""

import datetime
import re
import sys

import openpyxl

BODY_HEADERS = [
    "No.", "Name of the body", "Unified social credit code", "Kind", "Level",
    "Enforcement domain", "Entrusting or superior body", "Legal basis",
    "Published date", "Address",
]
# In pinyin order (鄂 e before 华 hua; 食 shí before 市 shì), as the list sorts.
PUBLISHED = [
    "鄂州市华容区食品药品检验所",
    "鄂州市华容区市场监督管理局",
    "鄂州市华容区综合行政执法局",
    "华容镇市场监管服务中心",
]
DEFAULT_WIDTH = 8.43
PHONE = re.compile(r"(?<![0-9A-Z])1[3-9]\d{9}(?![0-9A-Z])")

problems = []


def expect(cond, what):
    if not cond:
        problems.append(what)


def display_width(text):
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def check_bodies(path):
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    ncols = len(BODY_HEADERS)
    last_col = openpyxl.utils.get_column_letter(ncols)

    expect(ws["A1"].value == "Register of enforcement bodies", "title text: %r" % ws["A1"].value)
    expect(ws["A1"].font.b, "title not bold")
    expect((ws["A1"].font.sz or 11) > 11, "title not larger")
    merged = [str(r) for r in ws.merged_cells.ranges]
    expect("A1:%s1" % last_col in merged, "title not merged: %r" % merged)
    expect(isinstance(ws["A2"].value, str) and "Exported on" in ws["A2"].value,
           "subtitle: %r" % ws["A2"].value)

    headers = [ws.cell(row=3, column=c).value for c in range(1, ncols + 1)]
    expect(headers == BODY_HEADERS, "headers: %r" % headers)
    for c in range(1, ncols + 1):
        cell = ws.cell(row=3, column=c)
        expect(cell.font.b, "header %d not bold" % c)
        expect(cell.border.bottom.style == "thin", "header %d without border" % c)
    expect(ws.cell(row=3, column=ncols + 1).value is None, "extra column (contact or phone?)")

    expect(ws.freeze_panes == "A4", "freeze panes: %r" % ws.freeze_panes)

    names = []
    row = 4
    while ws.cell(row=row, column=1).value is not None:
        expect(ws.cell(row=row, column=1).value == row - 3, "No. in row %d" % row)
        names.append(ws.cell(row=row, column=2).value)
        row += 1
    last_row = row - 1
    expect(names == PUBLISHED, "names: %r" % names)
    expect(ws.auto_filter.ref == "A3:%s%d" % (last_col, last_row),
           "autofilter: %r" % ws.auto_filter.ref)

    date = ws.cell(row=4, column=9).value
    expect(isinstance(date, datetime.datetime) and date.date() == datetime.date(2023, 3, 21),
           "published date: %r" % date)
    kinds = {ws.cell(row=r, column=2).value: ws.cell(row=r, column=4).value
             for r in range(4, last_row + 1)}
    expect(kinds.get("华容镇市场监管服务中心") == "Entrusted organization", "kind: %r" % kinds)
    parents = {ws.cell(row=r, column=2).value: ws.cell(row=r, column=7).value
               for r in range(4, last_row + 1)}
    expect(parents.get("华容镇市场监管服务中心") == "鄂州市华容区市场监督管理局",
           "entrusting body: %r" % parents)

    for letter, col in (("B", 2), ("G", 7), ("H", 8), ("J", 10)):
        width = ws.column_dimensions[letter].width or DEFAULT_WIDTH
        expect(width > DEFAULT_WIDTH, "column %s at default width" % letter)
        longest = max(display_width(str(ws.cell(row=r, column=col).value or ""))
                      for r in range(3, last_row + 1))
        expect(width >= min(longest, 60), "column %s narrower (%s) than its text (%d)"
               % (letter, width, longest))

    for r in ws.iter_rows():
        for cell in r:
            text = str(cell.value) if cell.value is not None else ""
            expect(not PHONE.search(text), "phone number in %s" % cell.coordinate)
            expect("联系人" not in text, "contact person in %s" % cell.coordinate)


def main():
    kind, path = sys.argv[1], sys.argv[2]
    {"bodies": check_bodies}[kind](path)
    for p in problems:
        print(p, file=sys.stderr)
    sys.exit(1 if problems else 0)


main()
