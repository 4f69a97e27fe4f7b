#!/usr/bin/python3
"""Drives `zhifa-cli cases …` end to end on a synthetic database.
Usage: check-case-cli.py ZHIFA-CLI. Exit 0 when every step behaves."""
import os
import sqlite3
import subprocess
import sys
import tempfile

import openpyxl

cli = sys.argv[1]
tmp = tempfile.mkdtemp(prefix="zf-cli-cases-")
db = os.path.join(tmp, "t.db")
env = dict(os.environ, ZHIFA_DB=db, LC_ALL="C.UTF-8")


def run(*args, expect=0):
    p = subprocess.run([cli, *args], env=env, capture_output=True, text=True)
    if p.returncode != expect:
        sys.exit("%r exited %d, wanted %d:\n%s%s" % (args, p.returncode, expect, p.stdout, p.stderr))
    return p.stdout


run("init")  # creates and migrates
con = sqlite3.connect(db)
# The audit triggers call the store's SQL functions; this seeding is not audited.
con.create_function("zf_audit_enabled", 0, lambda: 0)
con.create_function("zf_operator", 0, lambda: "test")
con.executescript("""
INSERT INTO body (id, name, status) VALUES (1, '乙县交通运输局', 'published'), (2, '乙县应急管理局', 'published');
INSERT INTO officer (id, name, body_id) VALUES (1, '周一', 1), (2, '吴二', 1);
INSERT INTO certificate (officer_id, number, issue_date, valid_until, status) VALUES
  (1, 'C-1', '2022-01-01', '2027-12-31', 'valid');
""")
for i in range(1, 9):
    con.execute("INSERT INTO case_file (body_id, number, category, procedure, year, filed_date, decided_date) "
                "VALUES (?, ?, 'penalty', 'ordinary', 2024, '2024-02-01', '2024-03-01')",
                (1 + i % 2, "乙罚〔2024〕%d号" % i))
con.execute("INSERT INTO case_officer VALUES (1, 1), (1, 2)")
con.commit()

out = run("cases", "evaluate", "1", "--evaluator", "评查员乙", "--date", "2024-06-01",
          "--deduct", "文书格式=2:格式不规范", "--veto", "程序违法:未告知")
assert "score 0" in out and "Fail" in out, out
out = run("cases", "evaluate", "2", "--evaluator", "评查员乙", "--date", "2024-06-01",
          "--deduct", "文书格式=2:格式不规范")
assert "score 98" in out and "Excellent" in out, out
run("cases", "evaluate", "2", "--evaluator", "x", "--deduct", "没有这一项=2:x", expect=1)

out = run("cases", "check", "1", expect=3)
assert "E3 (S0 §二(二); 行政处罚法 §42)" in out and "吴二" in out, out

a = run("cases", "sample", "--year", "2024", "--per-unit", "2", "--seed", "5")
b = run("cases", "sample", "--year", "2024", "--per-unit", "2", "--seed", "5")
assert a.splitlines()[1:] == b.splitlines()[1:] and len(a.splitlines()) == 5, (a, b)
assert con.execute("SELECT count(*) FROM sampling WHERE seed = 5").fetchone()[0] == 2

xlsx = os.path.join(tmp, "summary.xlsx")
run("cases", "report", "summary", "--year", "2024", "--xlsx", xlsx)
ws = openpyxl.load_workbook(xlsx).worksheets[0]
first = ws.max_row - 2  # two units, then the all-units line
assert ws.freeze_panes == "A%d" % first, ws.freeze_panes
r1, r2 = [c.value for c in ws[first]], [c.value for c in ws[first + 1]]
assert r1[1] == "乙县交通运输局" and r1[4] == 98, r1
assert r2[1] == "乙县应急管理局" and r2[4] == 0 and r2[0] == 2, r2

pdf = os.path.join(tmp, "opinion.pdf")
run("cases", "opinion", "1", "--pdf", pdf)
text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
assert "乙罚〔2024〕1号" in text and "未告知" in text, text

con.execute("INSERT INTO rectification (body_id, case_id, problem, deadline) VALUES (1, 1, '补告知', '2024-07-01')")
con.commit()
out = run("cases", "ledger", "--overdue", "--today", "2024-08-01")
assert "补告知" in out and "overdue" in out, out
run("cases", "ledger", "--xlsx", os.path.join(tmp, "ledger.xlsx"), "--today", "2024-08-01")

# An id that is not a whole number above 0 is refused before anything is
# read or written: "1abc" was once read as 1 and acted on evaluation 1.
for junk in ("1abc", "0", "x", "1.5", "+1"):
    run("cases", "rectify", junk, "--deadline", "2024-09-30", expect=2)
    run("cases", "check", junk, expect=2)
    run("cases", "opinion", junk, "--pdf", os.path.join(tmp, "junk.pdf"), expect=2)
assert con.execute("SELECT count(*) FROM rectification WHERE evaluation_id = 1").fetchone()[0] == 0
assert not os.path.exists(os.path.join(tmp, "junk.pdf"))

# The evaluation of file 1 (one deduction, one veto) becomes two ledger rows,
# once; closing (销号) needs the evidence.
out = run("cases", "rectify", "1", "--deadline", "2024-09-30", "--responsible", "李某")
assert out.startswith("2 "), out
out = run("cases", "rectify", "1", "--deadline", "2024-09-30")
assert out.startswith("0 "), out
rows = con.execute("SELECT id, problem FROM rectification WHERE evaluation_id = 1 ORDER BY id").fetchall()
assert len(rows) == 2 and "文书格式" in rows[0][1] and "程序违法" in rows[1][1], rows
run("cases", "close", str(rows[0][0]), "--date", "2024-09-01", expect=1)
assert con.execute("SELECT status FROM rectification WHERE id = ?", (rows[0][0],)).fetchone()[0] == "open"
run("cases", "close", str(rows[0][0]), "--date", "2024-09-01", "--evidence", "整改报告")
assert con.execute("SELECT status, closed_date FROM rectification WHERE id = ?",
                   (rows[0][0],)).fetchone() == ("closed", "2024-09-01")
print("ok")
