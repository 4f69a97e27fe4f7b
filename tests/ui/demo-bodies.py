#!/usr/bin/env python3
"""Fills a Zhifa database (already created by zhifa or zhifa-cli) with a
dozen synthetic enforcement bodies of every kind and level, for looking at
the bodies tab. Names, codes and numbers are made up."""
import sqlite3
import sys

CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(first17):
    total = sum(CHARS.index(c) * w for c, w in zip(first17, WEIGHTS))
    return first17 + CHARS[(31 - total % 31) % 31]


BODIES = [
    # name, kind, level, domain, status, published, parent index, staff
    ("示例市司法局", "organ", "city", "行政执法监督", "published", "2023-03-21", None, 4),
    ("示例市市场监督管理局", "organ", "city", "市场监管", "published", "2023-03-21", None, 3),
    ("示例市生态环境局", "organ", "city", "生态环境", "published", "2023-04-10", None, 2),
    ("示例县交通运输局", "organ", "county", "交通运输", "confirmed", None, None, 1),
    ("示例县农业农村局", "organ", "county", "农业农村", "published", "2023-05-06", None, 2),
    ("示例县应急管理局", "organ", "county", "应急管理", "pending", None, None, 0),
    ("示例县综合行政执法局", "organ", "county", "城市管理", "published", "2023-06-01", None, 3),
    ("示例省药品监督管理局", "organ", "province", "市场监管", "published", "2022-12-30", None, 5),
    ("示例县道路运输管理所", "authorized", "county", "交通运输", "confirmed", None, None, 1),
    ("示例市公路事业发展中心", "authorized", "city", "交通运输", "published", "2023-02-15", None, 2),
    ("东湖镇综合执法队", "entrusted", "township", "城市管理", "pending", None, 6, 0),
    ("西山乡农业综合服务站", "entrusted", "township", "农业农村", "revoked", None, 4, 0),
]


def main(path):
    db = sqlite3.connect(path)
    # The audit triggers call functions the store registers on its connection.
    db.create_function("zf_operator", 0, lambda: "demo")
    db.create_function("zf_audit_enabled", 0, lambda: 1)
    ids = []
    for i, (name, kind, level, domain, status, published, parent, staff) in enumerate(BODIES):
        code = credit_code("11330100MB%07d" % (4730 + i * 37))
        parent_id = ids[parent] if parent is not None else None
        basis = "《中华人民共和国道路运输条例》第七条" if kind == "authorized" else None
        letter = ("示委〔2023〕%d号" % (i + 1), "2023-01-10", "市容环境卫生行政处罚",
                  "2023-01-10", "2025-12-31") if kind == "entrusted" else (None,) * 5
        cur = db.execute(
            "INSERT INTO body (name, credit_code, kind, level, region_code, domain, parent_id,"
            " legal_basis, letter_number, letter_date, letter_scope, letter_start, letter_end,"
            " filed, filed_date, has_legal_section, legal_staff_count, address, contact,"
            " status, published_date) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (name, code, kind, level, "330100", domain, parent_id, basis, *letter,
             1 if kind != "organ" else 0, "2023-02-01" if kind != "organ" else None,
             1 if staff else 0, staff, "示例市人民路%d号" % (10 + i), "张%s" % "甲乙丙丁戊己庚辛壬癸子丑"[i],
             status, published))
        ids.append(cur.lastrowid)
        if status in ("confirmed", "published", "revoked"):
            db.execute("INSERT INTO body_status_event (body_id, status, date, doc_number, reason, operator)"
                       " VALUES (?, 'confirmed', '2023-01-20', '示政发〔2023〕3号', '年度确认', '法制科')",
                       (cur.lastrowid,))
        if status in ("published", "revoked"):
            db.execute("INSERT INTO body_status_event (body_id, status, date, doc_number, reason, operator)"
                       " VALUES (?, ?, ?, '示政发〔2023〕8号', '主体名录公布', '法制科')",
                       (cur.lastrowid, status, published or "2024-02-01"))
    db.commit()


if __name__ == "__main__":
    main(sys.argv[1])
