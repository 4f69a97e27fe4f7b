#!/usr/bin/env python3
# Writes the county-style workbooks of this folder as flat OpenDocument
# (.fods, kept beside them as their source) and converts each with
# LibreOffice to Excel 97–2003 (.xls) and OpenDocument (.ods):
#
#   tests/import-files/make-legacy-fixtures.py      (needs soffice on PATH)
#
# The tests read only the .xls and .ods files; LibreOffice is needed to
# remake them, never to run the tests. Names, bodies and numbers are
# synthetic; the ID numbers carry valid check digits.

import os
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))


def id_number(area, birth, seq, male):
    body = "%s%s%02d%d" % (area, birth, seq, 1 if male else 2)
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(d) * w for d, w in zip(body, weights))
    return body + "10X98765432"[total % 11]


def cell(value, kind="string", span=1, formula=None):
    attrs = ""
    if formula is not None:
        attrs += ' table:formula="of:=%s"' % escape(formula, {'"': "&quot;"})
    if span > 1:
        attrs += ' table:number-columns-spanned="%d" table:number-rows-spanned="1"' % span
    if value is None or value == "":
        out = "<table:table-cell%s/>" % attrs
    elif kind == "float":
        out = ('<table:table-cell%s office:value-type="float" office:value="%s">'
               '<text:p>%s</text:p></table:table-cell>') % (attrs, value, value)
    elif kind == "date":
        out = ('<table:table-cell%s table:style-name="date" office:value-type="date" '
               'office:date-value="%s"><text:p>%s</text:p></table:table-cell>') % (attrs, value, value)
    elif kind == "year-month":
        # A date shown as yyyy.mm, as 出生年月 is kept.
        out = ('<table:table-cell%s table:style-name="year-month" office:value-type="date" '
               'office:date-value="%s"><text:p>%s</text:p></table:table-cell>') % (
                   attrs, value, value[:7].replace("-", "."))
    else:
        out = ('<table:table-cell%s office:value-type="string"><text:p>%s</text:p>'
               '</table:table-cell>') % (attrs, escape(value))
    if span > 1:
        out += "<table:covered-table-cell/>" * (span - 1)
    return out


def row(*cells, hidden=False):
    visibility = ' table:visibility="collapse"' if hidden else ""
    return "<table:table-row%s>%s</table:table-row>" % (visibility, "".join(cells))


def table(name, rows, hidden=False):
    style = ' table:style-name="hidden"' if hidden else ""
    return '<table:table table:name="%s"%s>%s</table:table>' % (escape(name), style, "".join(rows))


def fods(tables):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
            'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
            'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
            'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
            '<office:automatic-styles>'
            '<number:date-style style:name="iso"><number:year number:style="long"/><number:text>-</number:text>'
            '<number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/>'
            '</number:date-style>'
            '<style:style style:name="date" style:family="table-cell" style:data-style-name="iso"/>'
            '<number:date-style style:name="ym"><number:year number:style="long"/><number:text>.</number:text>'
            '<number:month number:style="long"/></number:date-style>'
            '<style:style style:name="year-month" style:family="table-cell" style:data-style-name="ym"/>'
            '<style:style style:name="hidden" style:family="table"><style:table-properties table:display="false"/></style:style>'
            '</office:automatic-styles>'
            '<office:body><office:spreadsheet>%s</office:spreadsheet></office:body></office:document>\n'
            % "".join(tables))


MARKET = "测试县市场监督管理局"
TRANSPORT = "测试县交通运输局"
NOTES = table("填表说明", [
    row(cell("填表说明")),
    row(cell("1. 身份证号码请按文本格式填写18位。")),
    row(cell("2. 每个单位填写一个工作表，工作表名称为单位全称。")),
])


def roster():
    """One sheet, a merged title, a note row, a two-row header with group
    headers over the identity and certificate columns, a blank column, date
    cells, a certificate number stored as a number, a 出生年月 of date cells
    shown as yyyy.mm (the first of the month) and a totals row. Some
    cells are formulas, as offices write them: the serial numbers, one
    issuing authority joined from two texts, one validity computed from the
    issue date (five years less a day)."""
    people = [
        ("赵一一", id_number("420922", "19850615", 1, True), "男", MARKET, "42092200001", "2023-03-21", "2028-03-20"),
        ("钱二二", id_number("420922", "19900101", 2, False), "女", MARKET, 42092200002, "2021-07-01", "2026-06-30"),
        ("孙三三", id_number("420922", "19781130", 3, True), "男", TRANSPORT, "42092200003", "2022-01-10", "2027-01-09"),
    ]
    rows = [
        row(cell("某县行政执法人员信息表", span=12)),
        row(cell("填报单位（盖章）：", span=5), cell(""), cell("填报日期：2023年12月", span=5)),
        row(cell("序号"), cell("身份信息", span=2), cell("性别"), cell("所在单位"), cell(""),
            cell("执法证信息", span=4), cell("备注"), cell("出生年月")),
        row(cell(""), cell("姓名"), cell("身份证号"), cell(""), cell(""), cell(""),
            cell("执法证号"), cell("发证机关"), cell("发证日期"), cell("有效期至"), cell(""), cell("")),
    ]
    for i, (name, idn, sex, unit, number, issued, until) in enumerate(people):
        r = 5 + i
        serial = cell(i + 1, "float") if i == 0 else cell(i + 1, "float", formula="[.A%d]+1" % (r - 1))
        authority = (cell("测试县人民政府") if i != 1 else
                     cell("测试县人民政府", formula='"测试县"&"人民政府"'))
        valid = (cell(until, "date") if i != 2 else
                 cell(until, "date", formula="DATE(YEAR([.I%d])+5;MONTH([.I%d]);DAY([.I%d])-1)" % (r, r, r)))
        rows.append(row(serial, cell(name), cell(idn), cell(sex), cell(unit), cell(""),
                        cell(number, "float" if isinstance(number, int) else "string"),
                        authority, cell(issued, "date"), valid, cell(""),
                        cell(idn[6:10] + "-" + idn[10:12] + "-01", "year-month")))
    rows.append(row(cell("合计"), cell("3人")))
    return fods([table("执法人员", rows), NOTES])


def per_unit():
    """One sheet per unit, named after it, with no unit column; an
    instructions sheet first and a hidden sheet of lists. The second row of
    the first unit is hidden, as a row someone hid rather than deleted."""
    def unit_sheet(unit, people):
        rows = [row(cell(unit + "执法人员名单", span=6)),
                row(cell("序号"), cell("姓名"), cell("身份证号码"), cell("执法证号"), cell("发证日期"),
                    cell("有效期至"))]
        for i, (name, idn, number, until) in enumerate(people):
            rows.append(row(cell(i + 1, "float"), cell(name), cell(idn), cell(number),
                            cell("2023-03-21", "date"), cell(until, "date"),
                            hidden=(unit == MARKET and i == 1)))
        return table(unit, rows)

    return fods([
        NOTES,
        unit_sheet(MARKET, [
            ("周四四", id_number("420922", "19880808", 4, True), "42092200004", "2028-03-20"),
            ("吴五五", id_number("420922", "19920202", 5, False), "42092200005", "2027-05-31"),
        ]),
        unit_sheet(TRANSPORT, [
            ("郑六六", id_number("420922", "19830303", 6, True), "42092200006", "2026-12-31"),
        ]),
        table("数据字典", [row(cell("男")), row(cell("女"))], hidden=True),
    ])


def main():
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit("soffice is needed to make the .xls and .ods files")
    with tempfile.TemporaryDirectory() as tmp:
        for stem, text in (("county-roster", roster()), ("county-per-unit", per_unit())):
            src = os.path.join(HERE, stem + ".fods")
            with open(src, "w", encoding="utf-8") as f:
                f.write(text)
            for fmt in ("xls", "ods"):
                subprocess.run([soffice, "-env:UserInstallation=file://" + tmp + "/profile",
                                "--headless", "--convert-to", fmt, "--outdir", HERE, src],
                               check=True, stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
