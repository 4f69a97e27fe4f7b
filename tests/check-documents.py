#!/usr/bin/python3
"""Issues every document through `zhifa-cli` on a synthetic register, in
Chinese, as PDF and .docx, and checks what a reader gets: the text pdftotext
extracts (文号, 主送, the demand, 落款 and 成文日期, page numbers, no rule
code, full-width punctuation in Chinese runs), the PDF's metadata and
embedded fonts, the .docx's XML, and, where LibreOffice is installed, that
the .docx opens. Usage: check-documents.py ZHIFA-CLI [OUTPUT-DIR]
(OUTPUT-DIR keeps the files and a PNG of every page)."""
import getpass
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET

cli = sys.argv[1]
tmp = sys.argv[2] if len(sys.argv) > 2 else tempfile.mkdtemp(prefix="zf-documents-")
os.makedirs(tmp, exist_ok=True)
db = os.path.join(tmp, "t.db")
if os.path.exists(db):
    os.unlink(db)
env = dict(os.environ, ZHIFA_DB=db, LC_ALL="C.UTF-8", LANGUAGE="zh_CN")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DATE = "2026-12-07"
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def run(*args, expect=0):
    p = subprocess.run([cli, *args], env=env, capture_output=True, text=True)
    if p.returncode != expect:
        sys.exit("%r exited %d, wanted %d:\n%s%s" % (args, p.returncode, expect, p.stdout, p.stderr))
    return p.stdout


def pdftext(pdf, layout=False):
    args = ["pdftotext"] + (["-layout"] if layout else []) + [pdf, "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


CJK = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
HALF_IN_CHINESE = re.compile("[%s][,:;()?!]|[,:;()?!][%s]" % (CJK, CJK))
RULE_CODE = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{1,3}\d{1,2})(?![A-Za-z0-9])")


def check_pdf(name, pdf, must, title, unit=None, signed=True):
    text = pdftext(pdf)
    # Table cells wrap: their texts are whole in the drawing order.
    raw = re.sub(r"\s", "", subprocess.run(["pdftotext", "-raw", pdf, "-"], capture_output=True,
                                          text=True, check=True).stdout)
    for m in must:
        check(m in text or m in raw, "%s: %r in the text" % (name, m))
    check("— 1 —" in text, "%s: page number — 1 —" % name)
    bad = HALF_IN_CHINESE.findall(text)
    check(not bad, "%s: half-width punctuation in Chinese text: %r" % (name, bad[:5]))
    codes = RULE_CODE.findall(text)
    check(not codes, "%s: internal codes in the text: %r" % (name, codes[:5]))
    check(not re.search(r"\d{4}-\d{2}-\d{2}", text), "%s: an ISO date in the text" % name)
    check("。。" not in re.sub(r"\s", "", text), "%s: a sentence with two stops" % name)
    if signed:
        check("2026年12月7日" in text, "%s: 成文日期 2026年12月7日" % name)
        check(unit in text and text.index(unit) < text.rindex("2026年12月7日"),
              "%s: 落款 over the date" % name)
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    check(re.search(r"^Title:\s+%s$" % re.escape(title), info, re.M), "%s: PDF title" % name)
    if unit:
        check(re.search(r"^Author:\s+%s$" % re.escape(unit), info, re.M), "%s: PDF author" % name)
    check(re.search(r"^CreationDate:", info, re.M), "%s: PDF creation date" % name)
    fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    check(rows and all(r.split()[-5] == "yes" for r in rows), "%s: every font embedded" % name)
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    # Every page of the document as an image, to be looked at; and each
    # page has more than its number (no page of only a heading or a dash).
    subprocess.run(["pdftoppm", "-r", "60", "-png", pdf, os.path.join(tmp, name)], check=True)
    for p in range(1, pages + 1):
        page = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), pdf, "-"],
                              capture_output=True, text=True, check=True).stdout
        body = [l for l in page.splitlines() if l.strip() and not re.fullmatch(r"— \d+ —|共\d+页", l.strip())]
        check(len(body) >= 2, "%s: page %d holds more than a heading or a dash: %r" % (name, p, body))
        check("— %d —" % p in page, "%s: page %d numbered" % (name, p))
    return text, pages


def spread_lines(pdf):
    """Lines of full-width characters set wider than the grid's 28 to a
    line (156 mm / 28 = 15.79 pt each): a line that justification spread
    because it holds fewer characters than it could."""
    bbox = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True,
                          check=True).stdout
    spread = []
    em = 156 / 25.4 * 72 / 28
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
                         bbox):
        w = m.group(5)
        # Body text only: the title is larger and centred.
        if float(m.group(4)) - float(m.group(2)) < 1.6 * em and len(w) >= 8 and re.fullmatch("[%s]+" % CJK, w) and \
           (float(m.group(3)) - float(m.group(1))) / len(w) > em * 1.005:
            spread.append(w)
    return spread


def cut_words(pdf):
    """Words drawn in far less room than their characters need: a text cut
    with "…" (pdftotext still gives the whole text of an ellipsis, from
    the PDF's ActualText, so the text alone cannot tell)."""
    bbox = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True,
                          check=True).stdout
    cut = []
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)</word>', bbox):
        wide = sum(1 for c in m.group(3) if re.match("[%s]" % CJK, c))
        if wide >= 4 and (float(m.group(2)) - float(m.group(1))) / wide < 5:
            cut.append(m.group(3))
    return cut


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        for part in ("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
                     "word/footer1.xml", "word/footer2.xml", "docProps/core.xml"):
            check(part in names, "%s: part %s" % (path, part))
        doc = ET.fromstring(z.read("word/document.xml"))
        styles = ET.fromstring(z.read("word/styles.xml"))
        footer = z.read("word/footer1.xml").decode()
        core = z.read("docProps/core.xml").decode()
        check("word/fontTable.xml" in names, "%s: part word/fontTable.xml" % path)
        fonts = ET.fromstring(z.read("word/fontTable.xml")) if "word/fontTable.xml" in names else None
    # Each East Asian font a style names is in the font table with a
    # Chinese stand-in (w:altName) of its kind: a serif for 仿宋 and the
    # title, so that an office without 仿宋 does not fall back to a sans.
    table = {}
    if fonts is not None:
        for f in fonts.iter(W + "font"):
            alt = f.find(W + "altName")
            table[f.get(W + "name")] = alt.get(W + "val") if alt is not None else None
    for r in styles.iter(W + "rFonts"):
        east = r.get(W + "eastAsia")
        alt = table.get(east) or ""
        check("CJK" in alt or "UKai" in alt,
              "%s: font %s in the font table with a Chinese stand-in (%r)" % (path, east, table.get(east)))
    for style in styles.iter(W + "style"):
        rf = style.find("%srPr/%srFonts" % (W, W))
        if rf is not None and style.find(W + "name").get(W + "val") in ("公文标题", "正文"):
            check("Serif" in (table.get(rf.get(W + "eastAsia")) or ""),
                  "%s: %s's stand-in is a serif" % (path, style.find(W + "name").get(W + "val")))
    # A table's lines are not spaced on the prose's grid of 22 lines.
    for style in styles.iter(W + "style"):
        if style.find(W + "name").get(W + "val") in ("表头", "表格文字", "分组标题"):
            snap = style.find("%spPr/%ssnapToGrid" % (W, W))
            check(snap is not None and snap.get(W + "val") in ("0", "false", "off"),
                  "%s: %s off the document grid" % (path, style.find(W + "name").get(W + "val")))
    # Paragraph properties in the schema's order, which Word insists on.
    order = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
             "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
             "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
             "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc"]
    for part in (doc, styles, ET.fromstring(footer.encode())):
        for ppr in part.iter(W + "pPr"):
            tags = [c.tag[len(W):] for c in ppr if c.tag[len(W):] in order]
            check(tags == sorted(tags, key=order.index), "%s: pPr in schema order: %r" % (path, tags))
    # No space added between Chinese and digits (2026年, not 2026 年) in
    # any paragraph: autoSpaceDE/DN off in the document defaults.
    ppr = styles.find("%sdocDefaults/%spPrDefault/%spPr" % (W, W, W))
    for a in ("autoSpaceDE", "autoSpaceDN"):
        e = ppr.find(W + a) if ppr is not None else None
        check(e is not None and e.get(W + "val") in ("0", "false", "off"), "%s: %s off in docDefaults" % (path, a))
    paragraphs = []
    for p in doc.iter(W + "p"):
        style = p.find("%spPr/%spStyle" % (W, W))
        paragraphs.append((style.get(W + "val") if style is not None else None,
                           "".join(t.text or "" for t in p.iter(W + "t"))))
    names = {s.find(W + "name").get(W + "val") for s in styles.iter(W + "style")}
    for n in ("公文标题", "发文字号", "主送机关", "正文", "一级标题", "二级标题", "发文机关署名",
              "成文日期", "页码", "表头"):
        check(n in names, "%s: style %s" % (path, n))
    check("PAGE" in footer and "—" in footer, "%s: page number field" % path)
    return paragraphs, core, doc


def check_docx(name, path, must, pdf_text, pdf_path):
    paragraphs, core, doc = docx_text(path)
    check_keeps(name + ".docx", path)
    text = "\n".join(t for _, t in paragraphs)
    for m in must:
        check(m in text, "%s.docx: %r" % (name, m))
    # Same content: every paragraph of the .docx is in the PDF's text (in
    # the order it was drawn, where a table's cells are whole).
    both = pdf_text + subprocess.run(["pdftotext", "-raw", pdf_path, "-"], capture_output=True,
                                     text=True, check=True).stdout
    flat = re.sub(r"\s", "", re.sub(r"— \d+ —|共\d+页", "", both))
    for style, t in paragraphs:
        if t.strip():
            check(re.sub(r"\s", "", t) in flat, "%s.docx: paragraph %r (%s) also in the PDF" % (name, t, style))
    check(not HALF_IN_CHINESE.findall(text), "%s.docx: full-width punctuation" % name)
    check(not RULE_CODE.findall(text), "%s.docx: no internal code" % name)
    return paragraphs, doc


# fontconfig as installed with Zhifa: the system's configuration and the
# stand-ins of the 公文 fonts (resources/65-zhifa-gongwen.conf).
FONTS_CONF = os.path.join(tmp, "fonts.conf")
with open(FONTS_CONF, "w") as f:
    f.write('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
            '<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
            '<include>%s</include></fontconfig>\n'
            % os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources",
                           "65-zhifa-gongwen.conf"))


def soffice_opens(name, path, must, fonts=("NotoSerifCJK",)):
    # LibreOffice (7.4 and later) ignores w:altName (FontTable.cxx) and
    # w:autoSpaceDE/DN (DomainMapper.cxx: both cases are empty): a font
    # missing here is looked up through fontconfig, which Zhifa's
    # configuration points at a stand-in of the same kind (@fonts are in
    # its PDF: the body in a serif, not the first sans); but it spaces
    # "2026 年" whatever the file says (its default paragraph style's
    # text-autospace, which no .docx element reaches). Word and WPS honour
    # both, checked in the XML (docx_text).
    soffice = shutil.which("soffice")
    if soffice is None:
        print("# skip: LibreOffice is not installed (%s.docx)" % name)
        return
    out = os.path.join(tmp, "lo-" + name)
    os.makedirs(out, exist_ok=True)
    profile = tempfile.mkdtemp(prefix="zf-lo-profile-")
    try:
        subprocess.run([soffice, "-env:UserInstallation=file://" + profile, "--headless",
                        "--convert-to", "pdf", "--outdir", out, path],
                       capture_output=True, timeout=240,
                       env=dict(env, HOME=profile, FONTCONFIG_FILE=FONTS_CONF))
    except subprocess.TimeoutExpired:
        check(False, "%s.docx: LibreOffice timed out" % name)
        return
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    pdf = os.path.join(out, os.path.splitext(os.path.basename(path))[0] + ".pdf")
    check(os.path.exists(pdf), "%s.docx: LibreOffice converts it" % name)
    if os.path.exists(pdf):
        # Wrapped table cells are whole in drawing order (-raw), not in
        # the reading order of the page.
        text = re.sub(r"\s", "", pdftext(pdf))
        raw = re.sub(r"\s", "", subprocess.run(["pdftotext", "-raw", pdf, "-"], capture_output=True,
                                               text=True, check=True).stdout)
        for m in must:
            check(m in text or m in raw, "%s.docx in LibreOffice: %r" % (name, m))
        used = subprocess.run(["pdffonts", pdf], capture_output=True, text=True, check=True).stdout
        for font in fonts:
            check(font in used, "%s.docx in LibreOffice: %s for the 公文 font it names: %s"
                  % (name, font, used))
        subprocess.run(["pdftoppm", "-r", "60", "-png", pdf, os.path.join(tmp, "lo-" + name)], check=True)
        return pdf
    return None


def soffice_convert(name, paths):
    """@paths converted by LibreOffice in one run, as soffice_opens does;
    their PDFs, or Nones where LibreOffice is not installed."""
    soffice = shutil.which("soffice")
    if soffice is None:
        print("# skip: LibreOffice is not installed (%s)" % name)
        return [None] * len(paths)
    out = os.path.join(tmp, "lo-" + name)
    os.makedirs(out, exist_ok=True)
    profile = tempfile.mkdtemp(prefix="zf-lo-profile-")
    try:
        subprocess.run([soffice, "-env:UserInstallation=file://" + profile, "--headless",
                        "--convert-to", "pdf", "--outdir", out, *paths],
                       capture_output=True, timeout=480,
                       env=dict(env, HOME=profile, FONTCONFIG_FILE=FONTS_CONF))
    except subprocess.TimeoutExpired:
        check(False, "%s: LibreOffice timed out" % name)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    pdfs = [os.path.join(out, os.path.splitext(os.path.basename(p))[0] + ".pdf") for p in paths]
    for p in pdfs:
        check(os.path.exists(p), "%s: LibreOffice converts it" % p)
    return [p if os.path.exists(p) else None for p in pdfs]


def check_keeps(name, path):
    """Keep-with-next, set on a paragraph or by its style, holds a heading
    (and the title, 发文字号 and 主送 before the body) with what follows,
    a table's header and group rows with their first row, a group's last
    row with its total, the 署名 with its 成文日期, the blank before the
    版记 with it; never the body's paragraphs, a line to sign, the seal's
    room, a total or a table's last row."""
    with zipfile.ZipFile(path) as z:
        doc = ET.fromstring(z.read("word/document.xml"))
        styles = ET.fromstring(z.read("word/styles.xml"))

    def on(e):
        return e is not None and e.get(W + "val") not in ("0", "false", "off")

    style_keeps = {s.get(W + "styleId"): on(s.find("%spPr/%skeepNext" % (W, W)))
                   for s in styles.iter(W + "style")}

    def keeps(p):
        style = p.find("%spPr/%spStyle" % (W, W))
        direct = p.find("%spPr/%skeepNext" % (W, W))
        sid = style.get(W + "val") if style is not None else "Normal"
        return sid, (on(direct) if direct is not None else style_keeps.get(sid, False))

    def text(p):
        return "".join(t.text or "" for t in p.iter(W + "t"))

    body = doc.find(W + "body")
    for e in body:
        if e.tag == W + "p":
            sid, keep = keeps(e)
            allowed = sid in ("GwTitle", "GwSubtitle", "GwNumber", "GwRecipient", "GwHeading1", "GwHeading2",
                              "GwCc") or (sid == "GwSigner" and text(e) != "")
            check(allowed or not keep, "%s: %s %r keeps with the next" % (name, sid, text(e)[:12]))
            must = sid in ("GwHeading1", "GwHeading2") or (sid == "GwSigner" and text(e) != "")
            check(keep or not must, "%s: %s %r does not keep with the next" % (name, sid, text(e)[:12]))
        elif e.tag == W + "tbl":
            rows = e.findall(W + "tr")
            for r, row in enumerate(rows):
                ps = list(row.iter(W + "p"))
                sids = {keeps(p)[0] for p in ps}
                keep = any(keeps(p)[1] for p in ps)
                total = "GwTableGroup" in sids and text(ps[0]).startswith("小计")
                before_total = r + 1 < len(rows) and text(next(rows[r + 1].iter(W + "p"))).startswith("小计")
                head = "GwTableHead" in sids or ("GwTableGroup" in sids and not total)
                want = (head or before_total) and r + 1 < len(rows)
                check(keep == want, "%s: table row %d (%r) keeps with the next: %r" % (name, r, text(ps[0])[:12], keep))


def check_lo_feet(name, lo, most):
    """What LibreOffice leaves empty at the foot of each page but the last:
    less than @most lines."""
    if lo is None:
        return
    info = subprocess.run(["pdfinfo", lo], capture_output=True, text=True, check=True).stdout
    n = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    for p in range(1, n):
        ys, _ = page_lines(lo, p)
        empty = (FOOT - ys[-1]) / PITCH if ys else 22
        print("# %s in LibreOffice: %.1f lines empty at the foot of page %d" % (name, empty, p))
        check(empty < most, "%s in LibreOffice: %.1f lines empty at the foot of page %d" % (name, empty, p))


def check_lo_table_lines(name, lo, widest):
    """LibreOffice spaces digits from Han characters (2028 年 11 月 30 日)
    whatever the file says: the .docx's columns leave room for it, so the
    header 序号 and every date (@widest among them) stay on one line."""
    layout = pdftext(lo, layout=True)
    check(re.search(r"^\s*序号\s", layout, re.M), "%s.docx in LibreOffice: 序号 on one line" % name)
    dates = re.findall(r"\d{4} ?年 ?\d{1,2} ?月 ?\d{1,2}(?: ?日)?", layout)
    check(re.search(widest, layout) and dates and all(d.endswith("日") for d in dates),
          "%s.docx in LibreOffice: each date on one line: %r" % (name, [d for d in dates if not d.endswith("日")][:3]))


# Whether this machine lacks the 公文 fonts (黑体, 小标宋): the documents
# then name their stand-ins, set bold as the heavy faces they replace.
HAN_FONTS = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True).stdout
STAND_INS = not re.search(r"黑体|SimHei", HAN_FONTS) and not re.search(r"小标宋", HAN_FONTS)


def check_docx_weights(name, path):
    """The title, the headings of level 1, the table's header and group
    rows are bold where their font is a stand-in, as in the PDF."""
    with zipfile.ZipFile(path) as z:
        styles = ET.fromstring(z.read("word/styles.xml"))
    for style in styles.iter(W + "style"):
        if style.get(W + "styleId") in ("GwTitle", "GwHeading1", "GwTableHead", "GwTableGroup"):
            bold = style.find("%srPr/%sb" % (W, W)) is not None
            check(bold == STAND_INS, "%s.docx: %s bold %r with stand-ins %r" % (name, style.get(W + "styleId"),
                                                                               bold, STAND_INS))


# ---------------------------------------------------------------------------
run("init")
con = sqlite3.connect(db)
con.create_function("zf_audit_enabled", 0, lambda: 0)
con.create_function("zf_operator", 0, lambda: "test")
con.executescript("""
INSERT INTO body (id, name, status) VALUES (1, '乙县交通运输局', 'published'), (2, '乙县应急管理局', 'published');
INSERT INTO officer (id, name, body_id) VALUES (1, '周一', 1), (2, '吴二', 1);
INSERT INTO case_file (body_id, number, category, procedure, year, filed_date, decided_date, party_name, fine_amount)
  VALUES (1, '乙交罚〔2026〕12号', 'penalty', 'ordinary', 2026, '2026-02-01', '2026-03-01', '某运输有限公司', 30000),
         (2, '乙应急罚〔2026〕3号', 'penalty', 'ordinary', 2026, '2026-04-01', '2026-05-06', '某化工有限公司', 1234567.5);
INSERT INTO case_officer VALUES (1, 1), (1, 2);
""")
con.commit()
con.execute("INSERT INTO setting (key, value) VALUES ('unit.name', '华县司法局') "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
con.execute("INSERT INTO setting (key, value) VALUES ('document.opinion.prefix', '华司执监')")
con.commit()
UNIT = "华县司法局"

# 评查意见书 of a file failed on a veto, with a deduction; numbered by the
# series: the first of 2026.
# 评查人: never the login name. Without --evaluator and without user.name
# the evaluation is refused; --evaluator names him.
out = subprocess.run([cli, "cases", "evaluate", "1", "--date", "2026-06-01"], env=env,
                     capture_output=True, text=True)
check(out.returncode != 0 and "评查人" in out.stderr, "evaluate: refused without an evaluator: %r" % out.stderr)
run("cases", "evaluate", "1", "--evaluator", "评查员乙", "--date", "2026-06-01",
    "--deduct", "文书格式=2:文书格式不规范", "--veto", "程序违法:未告知陈述申辩权")
run("cases", "evaluate", "2", "--evaluator", "评查员乙", "--date", "2026-06-02",
    "--deduct", "文书格式=3:卷内目录未标注页码")
for ev, name in ((1, "opinion-veto"), (2, "opinion-deduction")):
    pdf, docx = os.path.join(tmp, name + ".pdf"), os.path.join(tmp, name + ".docx")
    run("cases", "opinion", str(ev), "--pdf", pdf, "--docx", docx, "--date", DATE, "--cc", "华市司法局")
must_veto = ["华司执监〔2026〕1号", "乙县交通运输局：", "请你单位针对上述问题逐项整改", "程序违法",
             "未告知陈述申辩权", "30,000元", "2026年3月1日", "《行政处罚案卷评查标准》（第1版）",
             "评查员乙", "不合格", "抄送：华市司法局。"]
text, _ = check_pdf("opinion-veto", os.path.join(tmp, "opinion-veto.pdf"), must_veto,
                    "行政执法案卷评查意见书", UNIT)
check("无。" not in text.split("五、整改要求")[-1], "opinion-veto: the demand is not 无")
# A deduction's reason ends its sentence, and a numbered line has no space
# after its number for justification to stretch.
check("文书格式不规范。" in re.sub(r"\s", "", text), "opinion-veto: the reason ends with 。")
check(re.search(r"\d\. ", text) is None, "opinion-veto: no space after a line's number")
# 28 characters to a line, none spread: a line holds as many as fit, and
# where a closing mark would begin the next line (避头), the marks of the
# line are set half-width for it rather than carrying a character down and
# spreading the rest.
check(not spread_lines(os.path.join(tmp, "opinion-veto.pdf")),
      "opinion-veto: lines spread: %r" % spread_lines(os.path.join(tmp, "opinion-veto.pdf")))
# The evaluator's line to sign, apart from the 落款 and its seal: after
# the demand, on a line of its own, dated the day of the evaluation.
sign = re.search(r"^\s*评查人（签名）：\s+日期：2026年6月1日\s*$", text, re.M)
check(sign is not None, "opinion-veto: the evaluator's signature line")
check(sign is not None and text.index("书面报送本机关") < sign.start() < text.rindex(UNIT),
      "opinion-veto: the signature line between the demand and the 落款")
paragraphs, _ = check_docx("opinion-veto", os.path.join(tmp, "opinion-veto.docx"), must_veto, text,
                           os.path.join(tmp, "opinion-veto.pdf"))
check(("GwSignLine", "评查人（签名）：日期：2026年6月1日") in paragraphs,
      "opinion-veto.docx: the evaluator's signature line")
lo = soffice_opens("opinion-veto", os.path.join(tmp, "opinion-veto.docx"), ["华司执监〔2026〕1号", "逐项整改"],
                   ("NotoSerifCJK", "NotoSansCJK", "UKai"))
check_docx_weights("opinion-veto", os.path.join(tmp, "opinion-veto.docx"))
if lo and STAND_INS:
    used = subprocess.run(["pdffonts", lo], capture_output=True, text=True, check=True).stdout
    check(re.search(r"NotoSansCJK\S*-Bold", used) and re.search(r"NotoSerifCJK\S*-Bold", used),
          "opinion-veto.docx in LibreOffice: the title and headings bold: %s" % used)

must_ded = ["华司执监〔2026〕2号", "乙县应急管理局：", "1,234,567.50元", "扣3分", "卷内目录未标注页码",
            "逐项整改"]
text, _ = check_pdf("opinion-deduction", os.path.join(tmp, "opinion-deduction.pdf"), must_ded,
                    "行政执法案卷评查意见书", UNIT)
# The demand's first line ends at 页码 with its closing bracket one
# character past the line: the brackets go half-width and 码） stays on
# the line, which is not spread (the next line does not begin with 码）).
check("（卷内目录未标注页码）" in text and re.search(r"未标注页\s*\n\s*码", text) is None,
      "opinion-deduction: the closing bracket ends its line: %r" % re.findall(r".*卷内目录未标注.*\n.*", text))
check(not spread_lines(os.path.join(tmp, "opinion-deduction.pdf")), "opinion-deduction: no line spread")
check_docx("opinion-deduction", os.path.join(tmp, "opinion-deduction.docx"), must_ded, text, os.path.join(tmp, "opinion-deduction.pdf"))

# A long opinion ending at every line of a page: the 落款 (with the line
# the evaluator signs and the seal's room) keeps with the body's last two
# lines, never a page of its own; where the page's foot has room for them
# closed up (GB/T 9704-2012 §7.3.5.4), they stay on it rather than leave
# the foot empty. The comments grow a line at a time; the reasons carry
# brackets typed inside brackets.
PITCH = 225 / 22 / 25.4 * 72
FOOT = (37 + 225) / 25.4 * 72


def page_lines(pdf, p):
    """The baselines (yMax) of the words of page @p above the page number,
    one per line, and the page's text."""
    bbox = subprocess.run(["pdftotext", "-bbox", "-f", str(p), "-l", str(p), pdf, "-"],
                          capture_output=True, text=True, check=True).stdout
    ys = sorted({round(float(m.group(1)), 1) for m in re.finditer(r'<word [^>]*yMax="([\d.]+)"', bbox)
                 if float(m.group(1)) < FOOT + 2})
    page = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), pdf, "-"], capture_output=True,
                          text=True, check=True).stdout
    return ys, page


def check_signature_spacing(name, pdf, pages):
    """The 落款 follows what is above it on its page with the seal's room,
    two blank lines at most (a line closed up may give less), never
    more."""
    ys, _ = page_lines(pdf, pages)
    bbox = subprocess.run(["pdftotext", "-bbox", "-f", str(pages), "-l", str(pages), pdf, "-"],
                          capture_output=True, text=True, check=True).stdout
    unit_y = [float(m.group(1)) for m in re.finditer(r'<word [^>]*yMax="([\d.]+)">%s</word>' % UNIT, bbox)]
    above = [y for y in ys if unit_y and y < unit_y[-1] - 1]
    check(unit_y and above and unit_y[-1] - above[-1] <= 3.05 * PITCH,
          "%s: the 落款 %.1f lines below the line above it" % (name, (unit_y[-1] - above[-1]) / PITCH - 1
                                                                if unit_y and above else -1))


items = ["文书格式", "一案一卷", "封面", "目录页码", "排序", "认定事实", "证据收集", "法律适用"]
ends = set()
long_docx = []
for k in range(0, 24):
    args = ["cases", "evaluate", "1", "--evaluator", "评查员乙", "--date", "2026-06-01"]
    for i, item in enumerate(items):
        args += ["--deduct", "%s=1:%s" % (item, "卷内材料存在问题需要补正(见卷宗第3页(送达回证))" * (1 + i % 3))]
    if k > 0:
        args += ["--comments", ("评查中发现案卷整理尚有不足" * 80)[:28 * k - 2]]
    run(*args)
    ev = con.execute("SELECT max (id) FROM evaluation").fetchone()[0]
    pdf = os.path.join(tmp, "opinion-long.pdf")
    long_docx.append(os.path.join(tmp, "opinion-long-%d.docx" % k))
    run("cases", "opinion", str(ev), "--pdf", pdf, "--docx", long_docx[-1], "--date", DATE)
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    ys, last = page_lines(pdf, pages)
    flat = re.sub(r"\s", "", last)
    check("（见卷宗第3页［送达回证］）" in re.sub(r"\s", "", pdftext(pdf)),
          "opinion-long %d: brackets inside brackets are square" % k)
    # The last page: at least two lines of the body above the line to sign.
    sign = [l for l in last.splitlines() if l.strip()]
    at = next((n for n, l in enumerate(sign) if "评查人（签名）" in l), -1)
    check(at >= 2, "opinion-long %d: the 落款 with two lines of the body on page %d: %r" % (k, pages, sign[:4]))
    # The seal's room: a line at least between the line to sign and the unit.
    unit_y = [float(m.group(1)) for m in re.finditer(
        r'<word [^>]*yMax="([\d.]+)">%s</word>' % UNIT, subprocess.run(
            ["pdftotext", "-bbox", "-f", str(pages), "-l", str(pages), pdf, "-"], capture_output=True,
            text=True, check=True).stdout)]
    before = [y for y in ys if unit_y and y < unit_y[-1] - 1]
    check(unit_y and before and unit_y[-1] - before[-1] >= 1.4 * PITCH,
          "opinion-long %d: the seal's room above the 落款" % k)
    if pages > 1:
        prev, _ = page_lines(pdf, pages - 1)
        empty = (FOOT - prev[-1]) / PITCH
        # What went over needed more than the foot with the page's lines
        # closed up too (a sixth of their pitch each): at most two lines and
        # a little are left empty, not four.
        check(empty < 2.5, "opinion-long %d: %.1f lines empty at the foot of page %d" % (k, empty, pages - 1))
    check_signature_spacing("opinion-long %d" % k, pdf, pages)
    ends.add((pages, at))
    if k in (0, 19):
        subprocess.run(["pdftoppm", "-r", "60", "-png", pdf, os.path.join(tmp, "opinion-long-%d" % k)],
                       check=True)
check(len(ends) >= 8, "opinion-long: the page breaks at several places before the 落款: %r" % ends)
# The same opinions as .docx: only a heading keeps with its first
# paragraph and the 署名 with its date, so that LibreOffice (or Word),
# which cannot close lines up, carries no more than a heading and the
# lines widow control keeps together to the next page, never the body's
# last paragraph with the line to sign and the 落款.
for path in long_docx:
    check_keeps(os.path.basename(path), path)
for path, lo in zip(long_docx, soffice_convert("opinion-long", long_docx)):
    check_lo_feet(os.path.basename(path), lo, 3.5)

# 整改通知书 from the ledger: evaluation 1's problems become rows, one more
# is past its deadline on the day of the notice.
con.execute("INSERT INTO setting (key, value) VALUES ('document.notice.prefix', '华司执监通')")
con.commit()
run("cases", "rectify", "1", "--deadline", "2026-12-31", "--responsible", "法制股")
con.execute("INSERT INTO rectification (body_id, case_id, problem, requirement, deadline) "
            "VALUES (1, 1, '听证告知书未送达', '补充送达回证', '2026-11-30')")
con.execute("INSERT INTO rectification (body_id, problem, deadline) VALUES (2, '另一单位的问题', '2026-12-31')")
con.commit()
pdf, docx = os.path.join(tmp, "notice.pdf"), os.path.join(tmp, "notice.docx")
run("cases", "notice", "1", "--pdf", pdf, "--docx", docx, "--date", DATE)
must_notice = ["整改通知书", "华司执监通〔2026〕1号", "乙县交通运输局：", "听证告知书未送达", "补充送达回证",
               "2026年12月31日", "2026年11月30日（已逾期）", "程序违法", "书面报送本机关", "乙交罚〔2026〕12号",
               "文书格式：扣2分。文书格式不规范"]
text, _ = check_pdf("notice", pdf, must_notice, "整改通知书", UNIT)
check("另一单位的问题" not in text, "notice: only the unit's rows")
check(not spread_lines(pdf), "notice: lines spread: %r" % spread_lines(pdf))
# A deduction carried into the ledger reads 扣2分, no space around the number.
notice_raw = subprocess.run(["pdftotext", "-raw", pdf, "-"], capture_output=True, text=True, check=True).stdout
check(re.search(r"扣\s+2|2\s+分", notice_raw) is None, "notice: 扣2分 without spaces")
check("乙交罚〔2026〕12号" in notice_raw and "2026年11月30日" in notice_raw,
      "notice: the case number and the deadline each on one line of its cell")
paragraphs, doc = check_docx("notice", docx, must_notice, text, os.path.join(tmp, "notice.pdf"))
check(doc.find(".//%stblHeader" % W) is not None, "notice.docx: the header row repeats")
lo = soffice_opens("notice", docx, ["整改通知书", "听证告知书未送达"])
if lo:
    check_lo_table_lines("notice", lo, "2026 ?年 ?11 ?月 ?30 ?日")
run("cases", "notice", "99", "--pdf", os.path.join(tmp, "none.pdf"), expect=1)
# Notices of 1 to 30 rows: where the 落款 takes the body's last lines to
# the next page, the page before is not left with four lines empty at its
# foot; the 落款 follows the body with the seal's room.
for n in range(1, 31):
    con.execute("INSERT INTO rectification (body_id, case_id, problem, requirement, deadline) "
                "VALUES (1, 1, ?, '补充送达回证', '2026-12-31')", ("第%d项问题：送达回证不全" % n + "，材料不全" * (n % 3),))
    con.commit()
    pdf = os.path.join(tmp, "notice-rows.pdf")
    run("cases", "notice", "1", "--pdf", pdf, "--date", DATE)
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    check_signature_spacing("notice-rows %d" % n, pdf, pages)
    ys, last = page_lines(pdf, pages)
    if pages > 1 and "三、整改反馈" not in last and "整改通知书" not in last:
        # The last page begins inside the closing paragraph: carried over
        # with the 落款.
        prev, _ = page_lines(pdf, pages - 1)
        empty = (FOOT - prev[-1]) / PITCH
        check(empty < 2.5, "notice-rows %d: %.1f lines empty at the foot of page %d" % (n, empty, pages - 1))
    if n in (2, 15):
        subprocess.run(["pdftoppm", "-r", "60", "-png", pdf, os.path.join(tmp, "notice-rows-%d" % n)], check=True)
con.execute("DELETE FROM rectification WHERE problem LIKE '第%项问题：%'")
con.commit()
# The opinion once the ledger holds its problems: each demand is the
# ledger's requirement as one sentence (its own 。, not another).
pdf = os.path.join(tmp, "opinion-ledger.pdf")
run("cases", "opinion", "1", "--pdf", pdf, "--date", DATE)
text, _ = check_pdf("opinion-ledger", pdf, ["并将整改佐证材料归档。", "听证告知书未送达"], "行政执法案卷评查意见书", UNIT)

# 双随机抽查记录 on a demonstration register.
env["ZHIFA_DB"] = db2 = os.path.join(tmp, "demo.db")
for f in (db2, db2 + "-wal", db2 + "-shm"):
    if os.path.exists(f):
        os.unlink(f)
run("demo", "--bodies", "6", "--officers", "120", "--matters", "30", "--cases", "10", "--seed", "3")
con2 = sqlite3.connect(db2)
con2.create_function("zf_audit_enabled", 0, lambda: 0)
con2.create_function("zf_operator", 0, lambda: "test")
item = con2.execute(
    "SELECT i.id FROM inspection_item i ORDER BY (SELECT count(*) FROM officer o JOIN certificate c "
    "ON c.officer_id = o.id WHERE o.body_id = i.body_id AND c.status = 'valid' AND c.valid_until >= ?1 "
    "AND instr (c.category, i.enforcement_category) > 0) DESC, i.id LIMIT 1", (DATE,)).fetchone()[0]
run("draw", "run", "--item", str(item), "--date", DATE, "--count", "30", "--seed", "777")
draw = con2.execute("SELECT max (id) FROM draw").fetchone()[0]
body = con2.execute("SELECT b.name FROM draw d JOIN body b ON b.id = d.body_id WHERE d.id = ?", (draw,)).fetchone()[0]
target = con2.execute("SELECT t.name FROM draw_assignment a JOIN inspection_target t ON t.id = a.target_id "
                      "WHERE a.draw_id = ? ORDER BY a.position LIMIT 1", (draw,)).fetchone()[0]
pdf, docx = os.path.join(tmp, "draw.pdf"), os.path.join(tmp, "draw.docx")
run("draw", "export", str(draw), "--pdf", pdf, "--docx", docx, "--date", DATE)
must_draw = ["“双随机”抽查记录", target, "检查状态", "待检查", "随机种子777"]
text, pages = check_pdf("draw", pdf, must_draw, "“双随机”抽查记录", body)
check(pages > 1 and "共%d页" % pages in text, "draw: 共 N 页 on a record of %d pages" % pages)
check("已完成" not in text, "draw: the status column says what it holds")
check(text.count("检查状态") == pages, "draw: the header row on every page")
check_docx("draw", docx, must_draw, text, os.path.join(tmp, "draw.pdf"))
lo = soffice_opens("draw", docx, ["“双随机”抽查记录", target])
with zipfile.ZipFile(docx) as z:
    footers = z.read("word/footer1.xml").decode() + z.read("word/footer2.xml").decode()
check(footers.count("NUMPAGES") == 2 and footers.count(">共<") == 2, "draw.docx: 共 N 页 in both footers")
if lo:
    # The 署名 with its date on the last page, numbered 共 N 页.
    info = subprocess.run(["pdfinfo", lo], capture_output=True, text=True, check=True).stdout
    n = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    last = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), lo, "-"], capture_output=True, text=True,
                          check=True).stdout
    check(body in last and re.search(r"2026\s*年\s*12\s*月\s*7\s*日", last),
          "draw.docx in LibreOffice: the 署名 with its date on the last page")
    check(re.search(r"共\s*%d\s*页" % n, last), "draw.docx in LibreOffice: 共 %d 页" % n)
# Draws of 2 to 13 targets, as .docx: where the last rows do not fit on a
# page, LibreOffice carries no more than a row over, not the last row with
# the line to sign and the 落款, which would leave the foot empty.
draw_docx = []
for n in range(2, 14):
    run("draw", "run", "--item", str(item), "--date", DATE, "--count", str(n), "--seed", str(900 + n))
    d = con2.execute("SELECT max (id) FROM draw").fetchone()[0]
    draw_docx.append(os.path.join(tmp, "draw-%d.docx" % n))
    run("draw", "export", str(d), "--docx", draw_docx[-1], "--date", DATE)
    check_keeps("draw-%d.docx" % n, draw_docx[-1])
for path, lo in zip(draw_docx, soffice_convert("draws", draw_docx)):
    check_lo_feet(os.path.basename(path), lo, 3.5)
# 经办人: with no user.name set, the draw stores no name and the record
# leaves a line to sign by hand; never the login name.
LOGIN = getpass.getuser()
check(con2.execute("SELECT operator FROM draw WHERE id = ?", (draw,)).fetchone()[0] is None,
      "draw: no 经办人 stored without user.name")
# Dated the day the draw was made (its own clock, in the test's zone), which
# is not DATE once that day has passed there.
made = con2.execute("SELECT created_at FROM draw WHERE id = ?", (draw,)).fetchone()[0]
made_day = "%d年%d月%d日" % (int(made[0:4]), int(made[5:7]), int(made[8:10]))
check(re.search(r"^\s*经办人（签名）：\s+日期：%s\s*$" % made_day, text, re.M) is not None,
      "draw: the line the 经办人 signs")
check("经办人：" not in text and not re.search(r"\b%s\b" % re.escape(LOGIN), text),
      "draw: no 经办人 named, not the login name %r" % LOGIN)
# A draw stored before with the login name prints no 经办人 either.
con2.execute("UPDATE draw SET operator = ? WHERE id = ?", (LOGIN, draw))
con2.commit()
run("draw", "export", str(draw), "--pdf", pdf, "--date", DATE)
t = pdftext(pdf)
check("经办人：" not in t and not re.search(r"\b%s\b" % re.escape(LOGIN), t),
      "draw: a stored login name is not printed")
# With user.name set, the draw names its 经办人 and the line stays to sign.
run("settings", "set", "user.name", "经办员丙")
run("draw", "run", "--item", str(item), "--date", DATE, "--count", "3", "--seed", "778")
draw2 = con2.execute("SELECT max (id) FROM draw").fetchone()[0]
run("draw", "export", str(draw2), "--pdf", pdf, "--date", DATE)
t = pdftext(pdf)
check("经办人：经办员丙" in t and "经办人（签名）：" in t, "draw: 经办人 from user.name")

# 持证人员名单: unit in the header, 序号, group headings and totals, 共 N
# 页; the body filter honoured in both files.
con2.execute("INSERT INTO setting (key, value) VALUES ('unit.name', '华县司法局') "
             "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
con2.commit()
pdf, docx = os.path.join(tmp, "holders.pdf"), os.path.join(tmp, "holders.docx")
run("export", "officers", "--pdf", pdf, "--docx", docx)
must_holders = ["持证人员名单", "华县司法局", "序号", "执法证号", "小计："]
text, pages = check_pdf("holders", pdf, must_holders, "持证人员名单", UNIT, signed=False)
check("共%d页" % pages in text, "holders: 共 N 页")
paragraphs, doc = check_docx("holders", docx, must_holders, text, pdf)
groups = [t for st, t in paragraphs if st == "GwTableGroup"]
totals = [g for g in groups if g.startswith("小计：")]
check(len(totals) >= 2 and len(totals) * 2 == len(groups), "holders.docx: a total under each unit")
one = con2.execute("SELECT b.name FROM officer o JOIN body b ON b.id = o.body_id JOIN certificate c "
                   "ON c.officer_id = o.id WHERE c.status = 'valid' GROUP BY b.id ORDER BY count(*) DESC "
                   "LIMIT 1").fetchone()[0]
other = [g for g in groups if not g.startswith("小计：") and g != one][0]
# The widest of dates (2028年11月30日) on one holder of the unit.
con2.execute("UPDATE certificate SET valid_until = '2028-11-30' WHERE id = (SELECT min (c.id) FROM certificate c "
             "JOIN officer o ON o.id = c.officer_id JOIN body b ON b.id = o.body_id WHERE b.name = ? "
             "AND c.status = 'valid')", (one,))
# The longest category and area the demonstration data has, on another.
con2.execute("UPDATE officer SET enforcement_category = '乡镇综合执法', enforcement_area = '梁子湖区' "
             "WHERE id = (SELECT max (o.id) FROM officer o JOIN body b ON b.id = o.body_id JOIN certificate c "
             "ON c.officer_id = o.id WHERE b.name = ? AND c.status = 'valid')", (one,))
con2.commit()
pdf1, docx1 = os.path.join(tmp, "holders-one.pdf"), os.path.join(tmp, "holders-one.docx")
run("export", "officers", "--pdf", pdf1, "--docx", docx1, "--body", one)
t1 = pdftext(pdf1)
p1, _, _ = docx_text(docx1)
check(one in t1 and other not in t1, "holders: the body filter in the PDF")
check(any(t == one for _, t in p1) and not any(t == other for _, t in p1), "holders: the filter in the .docx")
check_docx_weights("holders", docx1)
# A unit's total at the right of its row, as in the PDF: set on the
# paragraph itself.
for p in doc.iter(W + "p"):
    text = "".join(t.text or "" for t in p.iter(W + "t"))
    if text.startswith("小计："):
        jc = p.find("%spPr/%sjc" % (W, W))
        check(jc is not None and jc.get(W + "val") == "right", "holders.docx: %r at the right" % text)
lo = soffice_opens("holders-one", docx1, ["持证人员名单", one])
if lo:
    bbox = subprocess.run(["pdftotext", "-bbox", lo, "-"], capture_output=True, text=True, check=True).stdout
    words = re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)</word>', bbox)
    totals = [float(x0) for x0, _, w in words if w.startswith("小计")]
    check(totals and all(x0 > 595 / 2 for x0 in totals), "holders.docx in LibreOffice: 小计 at the right: %r" % totals)
    # Times New Roman's metrics (Liberation Serif, fonts-liberation): a
    # card number stays on one line of its cell.
    numbers = [w for _, _, w in words if re.fullmatch(r"\d{6,}", w)]
    check(numbers and all(len(n) >= 12 for n in numbers),
          "holders.docx in LibreOffice: card numbers whole: %r" % numbers[:6])
    check_lo_table_lines("holders", lo, "2028 ?年 ?11 ?月 ?30 ?日")
    # A post or category of up to six characters (四级主任科员, 乡镇综合执法)
    # and an area of up to four stay on one line of their cells, as in
    # the PDF, rather than doubling the height of the rows.
    layout = pdftext(lo, layout=True)
    short = {v for row in con2.execute(
        "SELECT o.title, o.enforcement_category, o.enforcement_area FROM officer o JOIN body b ON b.id = o.body_id "
        "JOIN certificate c ON c.officer_id = o.id WHERE b.name = ? AND c.status = 'valid'", (one,))
        for v, most in zip(row, (6, 6, 4)) if v and len(v) <= most}
    broken = sorted(v for v in short if v not in layout)
    check(any(len(v) == 6 for v in short) and not broken,
          "holders.docx in LibreOffice: short cells on one line: %r of %r" % (broken, sorted(short)))

# A cell wraps to as many lines as its text needs: rows of very long posts
# and areas grow, a row that does not fit moves to the next page under the
# header row, and every word of them is in the text.
LONG_UNIT = "某某省某某市某某县综合行政执法局城市管理和生态环境执法大队第三中队"
con2.execute("INSERT INTO body (name, status) VALUES (?, 'published')", (LONG_UNIT,))
long_body = con2.execute("SELECT id FROM body WHERE name = ?", (LONG_UNIT,)).fetchone()[0]
long_posts = []
for i in range(14):
    post = ("第%d号岗位：综合行政执法大队副中队长兼法制审核员，负责道路运输、城市管理、生态环境、"
            "市场监管、文化旅游、农业农村等领域行政处罚案件的法制审核和案卷评查工作" % (i + 1))
    long_posts.append(post)
    con2.execute("INSERT INTO officer (name, body_id, title, enforcement_category, enforcement_area) "
                 "VALUES (?, ?, ?, '行政处罚、行政强制、行政检查', ?)",
                 ("长岗%d" % (i + 1), long_body, post, "某某县城区及所辖各乡镇街道、经济开发区、高新技术产业园区"))
    oid = con2.execute("SELECT max (id) FROM officer").fetchone()[0]
    con2.execute("INSERT INTO certificate (officer_id, number, valid_until, status) VALUES (?, ?, '2030-12-31', 'valid')",
                 (oid, "LONG%06d" % i))
con2.commit()
pdf2 = os.path.join(tmp, "holders-long.pdf")
run("export", "officers", "--pdf", pdf2, "--body", LONG_UNIT)
raw = re.sub(r"\s", "", subprocess.run(["pdftotext", "-raw", pdf2, "-"], capture_output=True, text=True,
                                       check=True).stdout)
for post in long_posts:
    check(post in raw, "holders-long: the post %r whole" % post[:8])
check(LONG_UNIT in raw, "holders-long: the unit's long name whole")
cut = cut_words(pdf2) + cut_words(pdf)
check(not cut, "holders: no cell cut short: %r" % cut[:3])
check("某某县城区及所辖各乡镇街道、经济开发区、高新技术产业园区" in raw, "holders-long: the area whole")
info = subprocess.run(["pdfinfo", pdf2], capture_output=True, text=True, check=True).stdout
pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
check(pages >= 2, "holders-long: the tall rows run over %d pages" % pages)
for p in range(1, pages + 1):
    page = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), "-raw", pdf2, "-"],
                          capture_output=True, text=True, check=True).stdout
    check("执法证号" in page, "holders-long: the header row on page %d" % p)
    # Every row on a page is whole: its post ends on the page it starts on.
    flat = re.sub(r"\s", "", page)
    for post in long_posts:
        head = post[:6]
        if head in flat:
            check(post in flat, "holders-long: %r whole on page %d" % (head, p))
subprocess.run(["pdftoppm", "-r", "60", "-png", pdf2, os.path.join(tmp, "holders-long")], check=True)

if failures:
    sys.exit("%d checks failed" % len(failures))
print("ok")
