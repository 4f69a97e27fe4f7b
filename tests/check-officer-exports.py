#!/usr/bin/env python3
"""Exports 1,000 synthetic officers through zhifa-cli and reads the files
back: the PDF with pdftotext/pdfinfo, the workbooks with openpyxl."""
import os
import re
import sqlite3
import subprocess
import sys
import tempfile

import datetime

import openpyxl

fixture, cli = sys.argv[1], sys.argv[2]
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print('FAIL:', what)


def sheet(path):
    """The header row (the one starting with 姓名) and the data rows below it."""
    ws = openpyxl.load_workbook(path).active
    rows = list(ws.iter_rows(values_only=True))
    at = next(i for i, r in enumerate(rows) if r and r[0] == '姓名')
    return ws, list(rows[at]), [r for r in rows[at + 1:] if any(v is not None for v in r)]


def run(*args, env=None):
    r = subprocess.run(args, capture_output=True, text=True, env=env)
    if r.returncode != 0:
        print(r.stdout, r.stderr)
        raise SystemExit('command failed: %s' % ' '.join(args))
    return r.stdout


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, 'zhifa.db')
    run(fixture, db, '1000')
    env = dict(os.environ, LANGUAGE='zh_CN', LANG='C.UTF-8', LC_ALL='C.UTF-8')

    con = sqlite3.connect(db)
    officers = con.execute(
        "SELECT o.name, o.id_number, o.phone, c.number, b.name, o.staffing FROM officer o "
        "JOIN body b ON b.id = o.body_id LEFT JOIN certificate c ON c.officer_id = o.id").fetchall()
    holders = [o for o in officers if o[3] is not None]
    check(len(holders) == 1000, 'fixture has 1000 holders')

    # PDF: 持证人员名单
    pdf = os.path.join(tmp, 'holders.pdf')
    out = run(cli, '--database', db, 'export', 'officers', '--pdf', pdf,
              '--issuer', '鄂州市鄂城区司法局', env=env)
    check('1000' in out, 'CLI reports the row count')
    info = run('pdfinfo', pdf)
    pages = int(re.search(r'Pages:\s+(\d+)', info).group(1))
    print('pages:', pages)
    # 1000 rows of two lines' height + 4 group headings and totals (+
    # continued headings) at ~25 rows a page
    check(35 <= pages <= 55, 'page count of 1000 officers is plausible (%d)' % pages)
    check('A4' in info or '595.276 x 841.89' in info, 'A4 page size')
    fonts = run('pdffonts', pdf)
    check('NotoSansCJK' in fonts and 'yes' in fonts, 'Noto Sans CJK embedded')

    text = run('pdftotext', '-layout', pdf, '-')
    page_texts = text.split('\f')
    check('持证人员名单' in page_texts[0], 'title on page 1')
    check('鄂州市鄂城区司法局' in page_texts[0], 'issuing unit on page 1')
    for n in (1, 2, pages):
        check(('— %d —' % n) in page_texts[n - 1] and ('共%d页' % pages) in page_texts[n - 1],
              'footer on page %d' % n)
    # The unit is the group's heading, not a column; each group ends with
    # its count; 序号 restarts in each group; dates 年月日.
    check('小计：' in text and '序号' in page_texts[0], 'totals per unit and 序号')
    check(not re.search(r'\d{4}-\d{2}-\d{2}', text), 'no ISO date in the list')
    check('执法证号' in page_texts[1] and '有效期' in page_texts[1], 'header row repeated on page 2')
    check('（续）' in text or '(续)' in text, 'a group continued on a new page says so')
    flat = text.replace(' ', '')
    for name, idn, phone, number, body, _ in holders[:50] + holders[-50:]:
        check(number in text, 'certificate %s in the PDF' % number)
        check(idn not in flat and phone not in flat, 'no ID or phone in the PDF')
    check(all(o[0] in flat for o in holders[:20]), 'names in the PDF')
    aux = [o for o in officers if o[3] is None]
    check(all(o[3] is None for o in aux) and len(aux) == 2, 'auxiliary staff are not holders')
    # Body filter: one group only.
    pdf2 = os.path.join(tmp, 'one.pdf')
    run(cli, '--database', db, 'export', 'officers', '--pdf', pdf2,
        '--body', '鄂城区农业农村局', env=env)
    t2 = run('pdftotext', pdf2, '-')
    check('鄂城区农业农村局' in t2 and '鄂城区交通运输局' not in t2, 'body filter')
    # In English the narrow columns have short headers of their own
    # ("Category", "Area"): "Enforcement category" was cut to "Enforc…"
    # there. (pdftotext reads a cut text whole, so the words are checked.)
    en = dict(os.environ, LANGUAGE='', LANG='C.UTF-8', LC_ALL='C.UTF-8')
    pdf3 = os.path.join(tmp, 'english.pdf')
    run(cli, '--database', db, 'export', 'officers', '--pdf', pdf3, '--body', '鄂城区农业农村局',
        env=en)
    page1 = run('pdftotext', '-l', '1', pdf3, '-')
    # A wrapped header comes out of pdftotext as two lines.
    for word in ('No.', 'Full', 'name', 'Title / post', 'Certificate', 'number', 'Category',
                 'Area', 'Valid until'):
        check(word in page1, 'English header word %r on page 1' % word)
    check('Enforcement category' not in page1, 'the short English header is used')
    # The pages render (a broken font or surface gives pdftoppm errors).
    r = subprocess.run(['pdftoppm', '-r', '40', '-png', '-f', '1', '-l', '2', pdf,
                        os.path.join(tmp, 'page')], capture_output=True, text=True)
    check(r.returncode == 0 and not r.stderr.strip(), 'pdftoppm renders the pages')

    # 执法人员公示名单: no ID numbers, no phones, exactly the R10 columns.
    pub = os.path.join(tmp, 'public.xlsx')
    run(cli, '--database', db, 'export', 'officers', '--xlsx', pub, '--public', env=env)
    ws, header, rows = sheet(pub)
    check(header == ['姓名', '单位', '职务', '执法证号', '执法类别', '执法区域'],
          'public header %r' % header)
    check(ws['A1'].value == '执法人员公示名单', 'public list title %r' % ws['A1'].value)
    check(len(rows) == 1000, 'public rows %d' % len(rows))
    cells = set()
    for row in ws.iter_rows(values_only=True):
        for v in row:
            if v is not None:
                cells.add(str(v))
    blob = '\n'.join(cells)
    for name, idn, phone, number, body, _ in officers:
        if idn in blob or phone in blob:
            check(False, 'ID number or phone of %s in the public list' % name)
            break
    by_number = {r[3]: r for r in rows}
    for name, idn, phone, number, body, _ in holders:
        r = by_number.get(number)
        check(r is not None and r[0] == name and r[1] == body, 'public row of %s' % number)
        if r is None:
            break

    # What the roster reads from the officers' summaries: this year's
    # training hours (none for training only in an earlier year, and a
    # later year's not counted), the date and 文号 of the card's status event.
    this_year = datetime.date.today().year
    con.create_function('zf_audit_enabled', 0, lambda: 1)
    con.create_function('zf_operator', 0, lambda: 'check-officer-exports')
    ids = [r[0] for r in con.execute(
        "SELECT o.id FROM officer o JOIN certificate c ON c.officer_id = o.id ORDER BY o.id LIMIT 3")]
    con.executemany(
        "INSERT INTO officer_event (officer_id, kind, date, hours) VALUES (?, 'training', ?, ?)",
        [(ids[0], '%d-03-02' % this_year, 12.5), (ids[0], '%d-05-06' % this_year, 8),
         (ids[0], '%d-05-06' % (this_year - 1), 30),
         (ids[1], '%d-03-02' % this_year, 6), (ids[1], '%d-01-10' % (this_year + 1), 40),
         (ids[2], '%d-03-02' % (this_year - 1), 16)])
    con.execute(
        "INSERT INTO officer_event (officer_id, certificate_id, kind, date, doc_number) "
        "SELECT officer_id, id, 'suspension', '2030-01-02', '鄂执停〔2030〕7号' FROM certificate "
        "WHERE officer_id = ?", (ids[0],))
    # A section and a post for the first officer, a section alone for the
    # second: the roster's 科室 and 岗位 columns name them.
    placed = {}
    for n, officer_id in enumerate(ids[:2]):
        section_id = con.execute(
            "INSERT INTO section (body_id, name) SELECT body_id, ? FROM officer WHERE id = ? "
            "RETURNING id", ('执法%d科' % (n + 1), officer_id)).fetchone()[0]
        post_id = None
        if n == 0:
            post_id = con.execute("INSERT INTO post (section_id, name) VALUES (?, '巡查岗') "
                                  "RETURNING id", (section_id,)).fetchone()[0]
        # The first has no title: the holder list shows his post instead.
        con.execute("UPDATE officer SET section_id = ?, post_id = ?, "
                    "title = CASE WHEN ? THEN NULL ELSE title END WHERE id = ?",
                    (section_id, post_id, n == 0, officer_id))
        idn = con.execute("SELECT id_number FROM officer WHERE id = ?", (officer_id,)).fetchone()[0]
        placed[idn] = ('执法%d科' % (n + 1), '巡查岗' if n == 0 else None)
    con.commit()
    expected = {r[0]: r[1:] for r in con.execute(
        "SELECT o.id_number, (SELECT max (date) FROM officer_event WHERE certificate_id = c.id AND "
        "kind IN ('applied', 'issued', 'suspension', 'return', 'revocation', 'cancellation', "
        "'lost_reissued')) FROM officer o JOIN certificate c ON c.officer_id = o.id "
        "WHERE o.id IN (?, ?, ?) ORDER BY o.id", ids)}

    # 执法人员名册: every field, cell by cell.
    roster = os.path.join(tmp, 'roster.xlsx')
    run(cli, '--database', db, 'export', 'officers', '--xlsx', roster, env=env)
    ws, header, rows = sheet(roster)
    check(header[:5] == ['姓名', '身份证号码', '性别', '出生日期', '单位'], 'roster header %r' % header[:5])
    check(len(rows) == 1002, 'roster has holders and auxiliary staff (%d)' % len(rows))
    col = {h: i for i, h in enumerate(header)}
    by_id = {r[col['身份证号码']]: r for r in rows}
    for name, idn, phone, number, body, staffing in officers:
        r = by_id.get(idn)
        ok = (r is not None and r[col['姓名']] == name and r[col['电话']] == phone and
              r[col['执法证号']] == number and r[col['单位']] == body)
        check(ok, 'roster row of %s' % name)
        if not ok:
            print(r)
            break
    posted = os.path.join(tmp, 'posted.pdf')
    body = con.execute("SELECT b.name FROM officer o JOIN body b ON b.id = o.body_id "
                       "WHERE o.id = ?", (ids[0],)).fetchone()[0]
    run(cli, '--database', db, 'export', 'officers', '--pdf', posted, '--body', body, env=env)
    check('巡查岗' in run('pdftotext', posted, '-'), 'the holder list shows a post for no title')
    for idn, (section, post) in placed.items():
        cells = (by_id[idn][col['科室']], by_id[idn][col['岗位']])
        check(cells == (section, post), 'section and post of %s %r' % (idn, cells))
    check(all(r[col['科室']] is None and r[col['岗位']] is None for idn, r in by_id.items()
              if idn not in placed), 'no section or post for the others')
    hours = [by_id[idn][col['本年度培训学时']] for idn in expected]
    check(hours == [20.5, 6, 0], 'this year\'s training hours %r' % hours)
    suspended = by_id[list(expected)[0]]
    check(suspended[col['状态日期']] == datetime.datetime(2030, 1, 2) and
          suspended[col['状态文号']] == '鄂执停〔2030〕7号',
          'status event of a suspended card %r' % (suspended[col['状态日期']:col['状态文号'] + 1],))
    for idn, (date,) in expected.items():
        cell = by_id[idn][col['状态日期']]
        check(cell is not None and cell.strftime('%Y-%m-%d') == date, 'status date of %s' % idn)
    first = by_id[holders[0][1]]
    check(first[col['有效期至']] == datetime.datetime(2027, 10, 31), 'valid until')
    check(first[col['证件状态']] == '有效', 'status label')
    check(first[col['出生日期']] == datetime.datetime(1960, 1, 1),
          'birth date derived from the ID number')

    # Status filter: expired certificates — none yet.
    exp = os.path.join(tmp, 'expired.xlsx')
    run(cli, '--database', db, 'export', 'officers', '--xlsx', exp, '--status', 'expired', env=env)
    ws, header, rows = sheet(exp)
    check(len(rows) == 0, 'status filter leaves only the header')

    # Refused arguments
    r = subprocess.run([cli, '--database', db, 'export', 'officers'], capture_output=True)
    check(r.returncode == 2, 'missing --pdf/--xlsx refused')

    # zhifa-cli check goes through every officer: an unanswered 不称职 is
    # proposed for suspension (R2) and waits for a decision in the window.
    con.create_function('zf_audit_enabled', 0, lambda: 0)
    con.create_function('zf_operator', 0, lambda: 'test')
    oid, oname = con.execute('SELECT id, name FROM officer WHERE id_number = ?',
                             (holders[0][1],)).fetchone()
    con.execute("INSERT INTO officer_event (officer_id, kind, date, grade) "
                "VALUES (?, 'assessment', date('now', 'localtime'), 'incompetent')", (oid,))
    con.commit()
    r = subprocess.run([cli, '--database', db, 'check'], capture_output=True, text=True,
                       env=dict(env, LANGUAGE='en'))
    mine = [l for l in r.stdout.splitlines() if (' %s [' % oname) in l]
    print('\n'.join(mine))
    check(r.returncode in (0, 1), 'check runs (%d): %s' % (r.returncode, r.stderr))
    check(any('[proposal] R2 (《华容区开展行政执法协调监督体系工作的实施方案》二(二)2): Suspension' in l for l in mine),
          'check proposes the suspension of %s' % oname)
    check(any('[warning] R5 (《华容区开展行政执法协调监督体系工作的实施方案》' in l for l in r.stdout.splitlines()), 'check reports R5')

print('%d failures' % len(failures))
sys.exit(1 if failures else 0)
