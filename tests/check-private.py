#!/usr/bin/env python3
"""Searches public export files for the private data of a Zhifa database.

usage: check-private.py DATABASE FILE...

Every ID number and phone number in the database (officers' ID numbers and
phones, persons' ID numbers as case parties, every column named like a
phone or an ID number, and any text that is a valid GB 11643 ID number) is
searched in the text of each FILE: the XML parts of an .xlsx, pdftotext of a
.pdf, the bytes of anything else. Prints one line per hit and exits 1 on
any; exits 2 when the database holds nothing to look for (a check that
cannot fail proves nothing).
"""

import html
import re
import sqlite3
import subprocess
import sys
import zipfile

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"
ID_RE = re.compile(r"(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])")


def valid_id(s):
    s = s.upper()
    if len(s) != 18 or not s[:17].isdigit():
        return False
    total = sum(int(c) * w for c, w in zip(s[:17], WEIGHTS))
    month, day = int(s[10:12]), int(s[12:14])
    return CHECK[total % 11] == s[17] and 1 <= month <= 12 and 1 <= day <= 31


def secrets(path):
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    found = {}
    tables = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    for table in tables:
        if table == "audit_log":
            continue
        for col in db.execute('PRAGMA table_info("%s")' % table).fetchall():
            name, kind = col[1], (col[2] or "").upper()
            if kind not in ("TEXT", ""):
                continue
            is_phone = "phone" in name
            is_id = "id_number" in name
            for (value,) in db.execute('SELECT "%s" FROM "%s" WHERE "%s" IS NOT NULL'
                                       % (name, table, name)):
                value = str(value).strip()
                if not value:
                    continue
                if is_phone and sum(c.isdigit() for c in value) >= 7:
                    found[value] = "%s.%s" % (table, name)
                elif is_id:
                    found[value] = "%s.%s" % (table, name)
                else:
                    for m in ID_RE.finditer(value):
                        if valid_id(m.group(0)):
                            found[m.group(0)] = "%s.%s" % (table, name)
    for (code,) in db.execute("SELECT party_code FROM case_file WHERE party_kind = 'person' "
                              "AND party_code IS NOT NULL"):
        found[code] = "case_file.party_code"
    return found


def text_of(path):
    if path.endswith(".xlsx"):
        with zipfile.ZipFile(path) as z:
            xml = "\n".join(z.read(n).decode("utf-8", "replace")
                             for n in z.namelist() if n.endswith(".xml"))
        # Cell texts and values only: markup (cell references, styles) is
        # full of digits that would run into the numbers searched.
        return "\n".join(html.unescape(t) for t in re.findall(r">([^<]+)<", xml))
    if path.endswith(".pdf"):
        return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], check=True,
                              capture_output=True).stdout.decode("utf-8", "replace")
    with open(path, "rb") as f:
        return f.read().decode("utf-8", "replace")


def main():
    found = secrets(sys.argv[1])
    ids = sum(1 for v in found.values() if "phone" not in v)
    phones = len(found) - ids
    if ids == 0 or phones == 0:
        print("the database holds %d ID numbers and %d phones: nothing to test" % (ids, phones))
        return 2
    hits = 0
    for path in sys.argv[2:]:
        text = text_of(path)
        if not text.strip():
            print("%s: no text" % path)
            hits += 1
            continue
        # Without white space too: pdftotext may break a long number across
        # lines; and a phone may be printed without its dashes.
        packed = re.sub(r"\s", "", text)
        for value, where in found.items():
            plain = re.sub(r"[^0-9Xx]", "", value)
            if value in packed or (len(plain) >= 11 and plain in packed):
                print("%s contains %s from %s" % (path, value, where))
                hits += 1
    print("%d ID numbers and %d phones searched in %d files: %d hits"
          % (ids, phones, len(sys.argv) - 2, hits))
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
