#!/usr/bin/env python3
# Writes county-excel95.xls: a workbook as Excel 5.0/95 saves it (BIFF5, a
# "Book" stream in a compound file, 8-bit text in code page 936), which no
# current office suite writes any more:
#
#   tests/import-files/make-biff5-fixture.py
#
# The records follow the OpenOffice.org "Microsoft Excel File Format"
# description of BIFF5. Names, bodies and numbers are synthetic; the ID
# numbers carry valid check digits.

import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
CODEPAGE = 936


def id_number(area, birth, seq, male):
    body = "%s%s%02d%d" % (area, birth, seq, 1 if male else 2)
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(d) * w for d, w in zip(body, weights))
    return body + "10X98765432"[total % 11]


def text(s):
    return s.encode("gbk")


def rec(kind, data=b""):
    return struct.pack("<HH", kind, len(data)) + data


def bof(kind):
    # vers 0x0500, dt, rupBuild, rupYear
    return rec(0x0809, struct.pack("<HHHH", 0x0500, kind, 0x0DBB, 0x07CD))


EOF = rec(0x000A)


def label(r, c, xf, s):
    b = text(s)
    return rec(0x0204, struct.pack("<HHHH", r, c, xf, len(b)) + b)


def number(r, c, xf, v):
    return rec(0x0203, struct.pack("<HHHd", r, c, xf, v))


def formula(r, c, xf, result, tokens):
    """A FORMULA record; @result is a float, or a str (then a STRING record
    with the text follows)."""
    if isinstance(result, str):
        value = struct.pack("<BBBBBBH", 0, 0, 0, 0, 0, 0, 0xFFFF)
    else:
        value = struct.pack("<d", result)
    out = rec(0x0006, struct.pack("<HHH", r, c, xf) + value +
              struct.pack("<HIH", 0x0002, 0, len(tokens)) + tokens)
    if isinstance(result, str):
        b = text(result)
        out += rec(0x0207, struct.pack("<H", len(b)) + b)
    return out


def t_ref(r, c):
    # tRef, BIFF5: row with the relative flags in its two high bits, column.
    return struct.pack("<BHB", 0x24, r | 0xC000, c)


def t_int(v):
    return struct.pack("<BH", 0x1E, v)


def t_str(s):
    b = text(s)
    return struct.pack("<BB", 0x17, len(b)) + b


T_ADD, T_CONCAT = b"\x03", b"\x08"


def row_record(r, n_cols, hidden=False):
    # ROW: rw, colMic, colMac, miyRw, reserved, reserved, grbit (0x20
    # fDyZero: hidden; 0x40 fUnsynced: the height is set), ixfe.
    flags = 0x0100 | (0x60 if hidden else 0)
    return rec(0x0208, struct.pack("<HHHHHHHH", r, 0, n_cols, 0x00FF, 0, 0, flags, 0x0F))


def dimensions(n_rows, n_cols):
    return rec(0x0200, struct.pack("<HHHHH", 0, n_rows, 0, n_cols, 0))


def serial(iso):
    import datetime
    y, m, d = map(int, iso.split("-"))
    return float((datetime.date(y, m, d) - datetime.date(1899, 12, 30)).days)


XF_GENERAL, XF_DATE, XF_DATE_CN = 15, 16, 17
MARKET = "测试县市场监督管理局"
TRANSPORT = "测试县交通运输局"


def globals_records(sheets):
    """The workbook globals, with BOUNDSHEET offsets from @sheets: a list of
    (name, hidden, offset)."""
    out = bof(0x0005)
    out += rec(0x0042, struct.pack("<H", CODEPAGE))          # CODEPAGE
    out += rec(0x0022, struct.pack("<H", 0))                 # DATEMODE: 1900
    font = struct.pack("<HHHHHBBBB", 200, 0, 0x7FFF, 400, 0, 0, 0, 0x86, 0)
    font_name = text("宋体")
    for _ in range(5):
        out += rec(0x0031, font + struct.pack("<B", len(font_name)) + font_name)
    # FORMAT, BIFF5: index, then an 8-bit string with a 1-byte length.
    for index, code in ((164, "yyyy\\-mm\\-dd"), (165, "yyyy\"年\"m\"月\"d\"日\"")):
        b = text(code)
        out += rec(0x041E, struct.pack("<HB", index, len(b)) + b)
    # XF, BIFF5 (16 bytes): font, format, type and parent, ...
    for i in range(16):
        out += rec(0x00E0, struct.pack("<HHHHII", 0, 0, 0xFFF5 if i < 15 else 0x0001, 0x0020, 0, 0))
    out += rec(0x00E0, struct.pack("<HHHHII", 0, 164, 0x0001, 0x0020, 0, 0))
    out += rec(0x00E0, struct.pack("<HHHHII", 0, 165, 0x0001, 0x0020, 0, 0))
    # BOUNDSHEET, BIFF5: offset of the sheet's BOF, visibility, type, then
    # the name as an 8-bit string with a 1-byte length.
    for name, hidden, offset in sheets:
        b = text(name)
        out += rec(0x0085, struct.pack("<IBBB", offset, 1 if hidden else 0, 0, len(b)) + b)
    return out + EOF


def roster_sheet():
    """A title, a header, three officers; the serial numbers, one issuing
    authority and one validity are formulas, and the third officer's row is
    hidden."""
    people = [
        ("赵一一", id_number("420922", "19850615", 1, True), "男", MARKET, "42092295001", "2023-03-21", "2028-03-20"),
        ("钱二二", id_number("420922", "19900101", 2, False), "女", MARKET, "42092295002", "2021-07-01", "2026-06-30"),
        ("孙三三", id_number("420922", "19781130", 3, True), "男", TRANSPORT, "42092295003", "2022-01-10", "2027-01-09"),
    ]
    header = ["序号", "姓名", "身份证号", "性别", "所在单位", "执法证号", "发证机关", "发证日期", "有效期至"]
    n_cols = len(header)
    cells = label(0, 0, XF_GENERAL, "某县行政执法人员信息表（Excel 95）")
    cells += b"".join(label(1, c, XF_GENERAL, h) for c, h in enumerate(header))
    rows = row_record(0, 1) + row_record(1, n_cols)
    for i, (name, idn, sex, unit, cert, issued, until) in enumerate(people):
        r = 2 + i
        rows += row_record(r, n_cols, hidden=(i == 2))
        if i == 0:
            cells += number(r, 0, XF_GENERAL, 1)
        else:
            cells += formula(r, 0, XF_GENERAL, float(i + 1), t_ref(r - 1, 0) + t_int(1) + T_ADD)
        cells += label(r, 1, XF_GENERAL, name)
        cells += label(r, 2, XF_GENERAL, idn)
        cells += label(r, 3, XF_GENERAL, sex)
        cells += label(r, 4, XF_GENERAL, unit)
        cells += label(r, 5, XF_GENERAL, cert)
        if i == 1:
            cells += formula(r, 6, XF_GENERAL, "测试县人民政府", t_str("测试县") + t_str("人民政府") + T_CONCAT)
        else:
            cells += label(r, 6, XF_GENERAL, "测试县人民政府")
        cells += number(r, 7, XF_DATE, serial(issued))
        if i == 2:
            # 有效期至 = 发证日期 + 1825 days (five years less a day here).
            cells += formula(r, 8, XF_DATE_CN, serial(until), t_ref(r, 7) + t_int(1825) + T_ADD)
        else:
            cells += number(r, 8, XF_DATE_CN, serial(until))
    return bof(0x0010) + dimensions(2 + len(people), n_cols) + rows + cells + EOF


def notes_sheet():
    lines = ["填表说明", "1. 身份证号码请按文本格式填写18位。"]
    return (bof(0x0010) + dimensions(len(lines), 1) +
            b"".join(label(i, 0, XF_GENERAL, s) for i, s in enumerate(lines)) + EOF)


def lists_sheet():
    return bof(0x0010) + dimensions(2, 1) + label(0, 0, XF_GENERAL, "男") + label(1, 0, XF_GENERAL, "女") + EOF


def book():
    sheets = [("执法人员", False, roster_sheet()), ("填表说明", False, notes_sheet()),
              ("数据字典", True, lists_sheet())]
    size = len(globals_records([(n, h, 0) for n, h, _ in sheets]))
    placed, offset = [], size
    for name, hidden, data in sheets:
        placed.append((name, hidden, offset))
        offset += len(data)
    return globals_records(placed) + b"".join(data for _, _, data in sheets)


# --- the compound file (MS-CFB, version 3, 512-byte sectors) ---------------

FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def dir_entry(name, kind, child, start, size):
    utf16 = (name + "\0").encode("utf-16-le") if name else b""
    return (utf16.ljust(64, b"\0") + struct.pack("<HBB", len(utf16), kind, 1) +
            struct.pack("<III", NOSTREAM, NOSTREAM, child) + bytes(16) + bytes(4) + bytes(16) +
            struct.pack("<III", start, size, 0))


def compound(stream_name, data):
    """A compound file holding one stream. A stream under 4096 bytes lives in
    the mini stream, as Excel writes small workbooks."""
    sectors, fat = [], []

    def chain(blob, unit=512):
        first = len(sectors)
        n = max(1, (len(blob) + unit - 1) // unit)
        for k in range(n):
            sectors.append(blob[k * unit:(k + 1) * unit].ljust(unit, b"\0"))
            fat.append(first + k + 1 if k + 1 < n else END)
        return first

    fat_sector = len(sectors)
    sectors.append(None)                   # the FAT, filled in last
    fat.append(FATSECT)
    if len(data) >= 4096:
        start = chain(data)
        minifat_start, n_minifat, root_start, root_size = END, 0, END, 0
    else:
        n_mini = (len(data) + 63) // 64
        minifat = b"".join(struct.pack("<I", k + 1 if k + 1 < n_mini else END) for k in range(n_mini))
        minifat_start = chain(minifat.ljust(512, b"\xff"))
        n_minifat = 1
        mini_stream = data.ljust(n_mini * 64, b"\0")
        root_start, root_size = chain(mini_stream), len(mini_stream)
        start = 0
    directory = (dir_entry("Root Entry", 5, 1, root_start, root_size) +
                 dir_entry(stream_name, 2, NOSTREAM, start, len(data)) +
                 dir_entry("", 0, NOSTREAM, 0, 0) * 2)
    dir_start = chain(directory)
    assert len(fat) <= 128
    sectors[fat_sector] = b"".join(struct.pack("<I", v) for v in fat + [FREE] * (128 - len(fat)))
    header = (bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(16) +
              struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6) + bytes(6) +
              struct.pack("<IIIIIIIII", 0, 1, dir_start, 0, 4096, minifat_start, n_minifat, END, 0) +
              struct.pack("<I", fat_sector) + b"\xff" * (4 * 108))
    assert len(header) == 512
    return header + b"".join(sectors)


def main():
    with open(os.path.join(HERE, "county-excel95.xls"), "wb") as f:
        f.write(compound("Book", book()))


if __name__ == "__main__":
    main()
