#!/bin/sh
# Rules at their edges, driven as a legal officer would: registers imported
# from small CSV files, officer events recorded with "officers event add",
# then "check" read back in TSV. Each scenario puts a date one day either
# side of the edge it tests. TAP output.
set -u
CLI="$1"
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
n=0
FAILED=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
fail () { n=$((n + 1)); echo "not ok $n - $1"; FAILED=1; }
check () { if eval "$2"; then ok "$1"; else fail "$1"; cat "$DIR/out" | sed 's/^/# /' | head -40; fi; }
DB="$DIR/zhifa.db"
cli () { LANGUAGE=en "$CLI" --database "$DB" "$@"; }
run () { LANGUAGE=en "$CLI" --database "$DB" check --format tsv "$@" > "$DIR/out" 2> "$DIR/err"; }
# has RULE SUBJECT [TEXT]: a finding of RULE about the subject ending in SUBJECT
# (whose message holds TEXT)
has () { awk -F '\t' -v r="$1" -v s="$2" -v t="${3:-}" \
  '$2 == r && substr ($5, length ($5) - length (s) + 1) == s && index ($7, t) { found = 1 }
   END { exit !found }' "$DIR/out"; }
sql () {
  "$ZF_PYTHON" - "$DB" "$1" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.create_function("zf_audit_enabled", 0, lambda: 0)
db.create_function("zf_operator", 0, lambda: "test")
db.executescript(sys.argv[2])
db.commit()
PY
}

echo "1..57"

cli init > /dev/null 2>&1
cat > "$DIR/bodies.csv" <<'CSV'
单位名称,主体类别,层级,执法领域,上级或委托机关,法律依据,委托书编号,委托书日期,委托事项,委托起始日期,委托截止日期,是否备案,备案日期,是否设法制机构,法制人员数,状态,公布日期
示例县交通运输局,行政机关,县,交通运输,,,,,,,,是,2024-01-05,是,3,已公布,2024-01-02
示例县疾病预防控制中心,法律法规授权组织,县,疾病预防控制,,《传染病防治法》第五十三条,,,,,,是,2024-01-05,是,3,已公布,2024-01-02
示例县运输服务中心,受委托组织,县,交通运输,示例县交通运输局,,委托〔2024〕1号,2024-03-01,道路运输检查,2024-03-01,2025-02-28,是,2024-03-05,是,1,已公布,2024-01-02
示例县卫生监督所,受委托组织,县,卫生健康,示例县疾病预防控制中心,,委托〔2024〕2号,2024-03-01,公共场所检查,2024-03-01,2026-02-28,是,2024-03-05,是,1,已公布,2024-01-02
CSV
cli import bodies "$DIR/bodies.csv" > "$DIR/out" 2>&1
check "an entrustment by an authorized organization is refused at import (行政处罚法 §20)" \
  "grep -q 'Row 5: B3' '$DIR/out' && grep -q 'Stored 3 new' '$DIR/out'"

cat > "$DIR/officers.csv" <<'CSV'
姓名,执法主体,编制类型,执法证号,发证机关,发证日期,有效期至,证件状态
甲一,示例县交通运输局,行政编,JT-001,示例县人民政府,2023-01-01,2027-12-31,有效
乙二,示例县交通运输局,行政编,JT-002,示例县人民政府,2023-01-01,2027-12-31,有效
丙三,示例县交通运输局,行政编,JT-003,示例县人民政府,2025-04-06,2030-04-05,有效
丁四,示例县运输服务中心,行政编,YS-001,示例县人民政府,2023-01-01,2027-12-31,有效
戊五,示例县运输服务中心,行政编,YS-002,示例县人民政府,2023-01-01,2027-12-31,有效
CSV
cli import officers "$DIR/officers.csv" > /dev/null 2>&1

# 乙二's certificate suspended from 2025-03-01 to 2025-09-01, the training
# and exam entered after the return was first tried.
cli officers event add JT-002 --kind suspension --date 2025-03-01 --doc 暂〔2025〕1号 > /dev/null 2>&1
cli officers event add JT-002 --kind return --date 2025-09-01 --doc 还〔2025〕1号 > "$DIR/out" 2>&1
check "a return without training and a passed exam is refused" "grep -q 'R3' '$DIR/out'"
cli officers event add JT-002 --kind training --date 2025-06-01 --hours 40 > /dev/null 2>&1
cli officers event add JT-002 --kind exam --date 2025-07-01 --passed yes > /dev/null 2>&1
cli officers event add JT-002 --kind return --date 2025-09-01 --doc 还〔2025〕1号 > "$DIR/out" 2>&1
check "once trained and examined, it is returned" "grep -q 'recorded' '$DIR/out'"
cli officers event add JT-002 --kind suspension --date 2025-05-01 --doc 暂〔2025〕2号 > "$DIR/out" 2>&1
check "a suspension entered later, dated inside the recorded one, is refused" "grep -q 'O2' '$DIR/out'"

# 甲一: a return dated before the training and exam that enable it.
cli officers event add JT-001 --kind suspension --date 2025-10-01 --doc 暂〔2025〕3号 > /dev/null 2>&1
cli officers event add JT-001 --kind training --date 2025-12-01 --hours 40 > /dev/null 2>&1
cli officers event add JT-001 --kind exam --date 2025-12-02 --passed yes > /dev/null 2>&1
cli officers event add JT-001 --kind return --date 2025-11-01 --doc 还〔2025〕3号 > "$DIR/out" 2>&1
check "a return dated before the training and exam entered before it is refused" "grep -q 'R3' '$DIR/out'"
cli officers event add JT-001 --kind return --date 2025-12-02 --doc 还〔2025〕3号 > "$DIR/out" 2>&1
check "dated on the day of the exam, it is recorded" "grep -q 'recorded' '$DIR/out'"

cat > "$DIR/matters.csv" <<'CSV'
执法主体,事项编码,事项名称,类别
示例县交通运输局,XK-1,道路运输经营许可,行政许可
示例县交通运输局,CF-1,未取得道路运输经营许可擅自从事经营,行政处罚
CSV
cli import matters "$DIR/matters.csv" > /dev/null 2>&1
# The benchmark: statutory 0–10000, tiers 0–1000, 2000–5000, 5000–10000.
sql "INSERT INTO benchmark (id, body_id, matter_id, violation, statutory_min, statutory_max)
  SELECT 1, 1, id, '擅自从事经营', 0, 10000 FROM matter WHERE code = 'CF-1';
INSERT INTO benchmark_tier (benchmark_id, tier, range_min, range_max) VALUES
  (1, 'slight', 0, 1000), (1, 'general', 2000, 5000), (1, 'serious', 5000, 10000);"

P=行政处罚
cat > "$DIR/cases.csv" <<CSV
执法主体,案号,类别,程序,执法事项,立案日期,调查日期,告知日期,法制审核日期,集体讨论日期,决定日期,罚款金额,是否重大,办案人员
示例县交通运输局,罚1,$P,普通程序,,2025-02-01,2025-02-10,2025-02-20,2025-02-25,,2025-02-28,,否,甲一、乙二
示例县交通运输局,罚2,$P,普通程序,,2025-02-01,2025-02-10,2025-02-20,2025-02-25,,2025-03-01,,否,甲一、乙二
示例县交通运输局,罚3,$P,普通程序,,2025-08-01,2025-08-10,2025-08-20,2025-08-25,,2025-08-31,,否,甲一、乙二
示例县交通运输局,罚4,$P,普通程序,,2025-08-01,2025-08-10,2025-08-20,2025-08-25,,2025-09-01,,否,甲一、乙二
示例县交通运输局,罚5,$P,普通程序,,2025-04-01,2025-04-05,2025-04-20,2025-04-25,,2025-05-01,,否,甲一、丙三
示例县交通运输局,罚6,$P,普通程序,,2025-04-01,2025-04-06,2025-04-20,2025-04-25,,2025-05-01,,否,甲一、丙三
示例县运输服务中心,罚7,$P,普通程序,,2024-02-01,2024-02-10,2024-02-20,2024-02-25,,2024-02-29,,否,丁四、戊五
示例县运输服务中心,罚8,$P,普通程序,,2024-02-01,2024-02-10,2024-02-20,2024-02-25,,2024-03-01,,否,丁四、戊五
示例县运输服务中心,罚9,$P,普通程序,,2025-02-01,2025-02-10,2025-02-20,2025-02-25,,2025-02-28,,否,丁四、戊五
示例县运输服务中心,罚10,$P,普通程序,,2025-02-01,2025-02-10,2025-02-20,2025-02-25,,2025-03-01,,否,丁四、戊五
示例县交通运输局,罚11,$P,普通程序,,2025-02-01,2025-02-10,2025-02-20,,,2025-02-28,,否,甲一、乙二
示例县交通运输局,罚12,$P,简易程序,,2025-02-01,,,,,2025-02-01,,否,甲一、乙二
示例县交通运输局,强1,行政强制,普通程序,,2025-02-01,2025-02-10,2025-02-20,,,2025-02-21,,否,甲一、乙二
示例县交通运输局,罚13,$P,普通程序,,2025-02-01,2025-02-10,2025-02-20,2025-02-25,,2025-02-26,,是,甲一、乙二
示例县交通运输局,罚14,$P,普通程序,,2025-02-01,2025-02-10,2025-02-20,2025-02-25,2025-02-27,2025-02-26,,是,甲一、乙二
示例县交通运输局,罚15,$P,普通程序,,2025-02-01,2025-02-10,2025-02-20,2025-02-26,2025-02-26,2025-02-26,,是,甲一、乙二
示例县交通运输局,罚16,$P,普通程序,,2025-01-01,2025-01-10,2025-01-20,2025-01-25,,2025-04-01,,否,甲一、乙二
示例县交通运输局,罚17,$P,普通程序,,2025-01-01,2025-01-10,2025-01-20,2025-01-25,,2025-04-02,,否,甲一、乙二
示例县交通运输局,罚18,$P,普通程序,,2026-02-01,2026-02-10,2026-02-20,2026-02-25,,2026-02-28,,否,甲一、乙二
示例县交通运输局,罚19,$P,普通程序,,2026-02-01,2026-02-10,2026-02-20,2026-02-25,,2026-03-01,,否,甲一、乙二
示例县交通运输局,罚20,$P,普通程序,,2025-02-01,2025-02-10,2025-02-20,2025-02-27,,2025-02-26,,否,甲一、乙二
示例县交通运输局,许1,行政许可,普通程序,道路运输经营许可,2025-09-26,,,,,2025-10-30,,否,甲一、乙二
示例县交通运输局,许2,行政许可,普通程序,道路运输经营许可,2025-09-26,,,,,2025-10-31,,否,甲一、乙二
示例县交通运输局,许3,行政许可,普通程序,道路运输经营许可,2025-01-24,,,,,2025-02-27,,否,甲一、乙二
示例县交通运输局,许4,行政许可,普通程序,道路运输经营许可,2025-01-24,,,,,2025-02-28,,否,甲一、乙二
示例县交通运输局,裁1,$P,普通程序,CF-1,2025-02-01,2025-02-10,2025-02-20,2025-02-25,,2025-02-28,1000,否,甲一、乙二
示例县交通运输局,裁2,$P,普通程序,CF-1,2025-02-01,2025-02-10,2025-02-20,2025-02-25,,2025-02-28,1500,否,甲一、乙二
示例县交通运输局,裁3,$P,普通程序,CF-1,2025-02-01,2025-02-10,2025-02-20,2025-02-25,,2025-02-28,2000,否,甲一、乙二
示例县交通运输局,裁4,$P,普通程序,CF-1,2025-02-01,2025-02-10,2025-02-20,2025-02-25,,2025-02-28,10000,否,甲一、乙二
示例县交通运输局,裁5,$P,普通程序,CF-1,2025-02-01,2025-02-10,2025-02-20,2025-02-25,,2025-02-28,10001,否,甲一、乙二
CSV
cli import cases "$DIR/cases.csv" > "$DIR/out" 2>&1
check "the case files are stored" "grep -q 'Stored 30 new' '$DIR/out'"

# The body is revoked on 2026-03-01, a year after most of its decisions.
sql "UPDATE body SET status = 'revoked' WHERE id = 1;
INSERT INTO body_status_event (body_id, status, date) VALUES (1, 'revoked', '2026-03-01');"

run --rule E --as-of 2026-12-31
check "E3: the day before the suspension, the certificate was valid" "! has E3 罚1"
check "E3: on the day of the suspension, it was not" "has E3 罚2 'decision (2025-03-01)'"
check "E3: the day before the return, it was still suspended" "has E3 罚3 'decision (2025-08-31)'"
check "E3: on the day of the return the decision is sound, the investigation in the suspension is not" \
  "has E3 罚4 'investigation (2025-08-10)' && ! has E3 罚4 decision"
check "E3: a certificate issued the day after the investigation" "has E3 罚5 'after the investigation'"
check "E3: a certificate issued on the day of the investigation" "! has E3 罚6"
check "E1: the day before the entrustment letter took effect" "has E1 罚7 'before the entrustment letter'"
check "E1: the letter's first day" "! has E1 罚8"
check "E1: the letter's last day" "! has E1 罚9"
check "E1: the day after the letter expired" "has E1 罚10 'after the entrustment letter expired'"
check "E1: a body revoked a year after its decision decided as a published body" "! has E1 罚1 && ! has E1 罚18"
check "E1: a decision on the day of the revocation" "has E1 罚19 revoked"
check "E4: an ordinary penalty without a legal review" "has E4 罚11"
check "E4: a simple-procedure penalty needs none" "! has E4 罚12"
check "E4: a coercion decision without a legal review" "has E4 强1"
check "E4: a legal review the day after the decision" "has E4 罚20 'after the decision'"
check "E8: a major decision without a collective discussion" "has E8 罚13"
check "E8: a discussion the day after the major decision" "has E8 罚14 'came after'"
check "E8: a discussion on the day of the decision" "! has E8 罚15 && ! has E4 罚15"
check "E7: a penalty decided on the 90th day" "! has E7 罚16"
check "E7: on the 91st day (行政处罚法 §60)" "has E7 罚17 '91 days' && grep -q '第六十条' '$DIR/out'"
check "E7: a licence decided on the 20th working day over 国庆 and an adjusted working Saturday" "! has E7 许1"
check "E7: on the 21st working day" "has E7 许2 '21 working days'"
check "E7: over 春节 and its working Sunday and Saturday, the 20th working day" "! has E7 许3"
check "E7: and the 21st (行政许可法 §42, §82)" "has E7 许4 '21 working days' && grep -q '第八十二条' '$DIR/out'"
check "E6: a fine at the top of the lowest tier" "! has E6 裁1"
check "E6: a fine in the gap between two tiers" "has E6 裁2 gap"
check "E6: a fine at the bottom of the next tier and at the statutory maximum" "! has E6 裁3 && ! has E6 裁4"
check "E6: a fine above the statutory maximum" "has E6 裁5 statutory"

run --rule E3 --as-of 2025-02-28
check "check --as-of: a decision after the date is not judged yet" "! has E3 罚2"
run --rule E3 --as-of 2025-03-01
check "check --as-of: on its date it is" "has E3 罚2"

# Four lists: the entry's domain and the body's, rechecked on stored entries.
sql "INSERT INTO leniency_entry (body_id, list, domain, violation, basis, conditions) VALUES
 (1, 'no_penalty', NULL, '未随车携带道路运输证', '《道路运输条例》', '首次'),
 (1, 'lighter', '食品安全', '甲', '依据', '条件'),
 (1, 'lighter', '药品监管', '乙', '依据', '条件'),
 (2, 'no_penalty', '交通运输', '丙', '依据', '条件');"
run --rule C5
check "C5: entries in 食品安全 and 药品监管, and in a 疾病预防控制 body" \
  "has C5 交通运输局 食品安全 && has C5 交通运输局 药品监管 && has C5 疾病预防控制中心 丙 && ! has C5 交通运输局 未随车"
cli bodies set-domain --from 交通运输 --to 生态环境 > /dev/null 2>&1
run --rule C5
check "C5: a body moved into 生态环境 surfaces its entries" "has C5 交通运输局 未随车"

# R2/R4: the year an assessment grades, not the day it was entered.
cli officers event add YS-001 --kind assessment --date 2025-01-05 --year 2024 --grade incompetent > /dev/null 2>&1
run --rule R --as-of 2025-01-06
check "R2: 不称职 for 2024 entered on 2025-01-05 is 2024's" "has R2 丁四 2024"
cli officers event add YS-001 --kind assessment --date 2025-12-30 --grade incompetent > /dev/null 2>&1
run --rule R4 --as-of 2025-12-30
check "R4: 不称职 for 2024 and for 2025 are two consecutive years" "has R4 丁四 'in 2024 and 2025'"
run --rule R4 --as-of 2025-12-29
check "R4: the day before the second, one year only" "! has R4 丁四"

# R1: offences and answers in date order.
cli officers event add YS-002 --kind reminder --date 2025-01-05 --doc 提〔2025〕1号 > /dev/null 2>&1
cli officers event add YS-002 --kind misconduct --date 2025-01-10 --ground irregular > /dev/null 2>&1
run --rule R1
check "R1: a reminder dated before the offence does not answer it" "has R1 戊五 'talk reminder'"
cli officers event add YS-002 --kind reminder --date 2025-01-20 --doc 提〔2025〕2号 > /dev/null 2>&1
cli officers event add YS-002 --kind misconduct --date 2025-02-10 --ground irregular > /dev/null 2>&1
run --rule R1
check "R1: the second offence after an answered first: a circulated criticism" "has R1 戊五 'no. 2'"

# R5 for a past year after 1 January; B8 the unit's all-staff training.
run --rule R5 --as-of 2026-01-01
check "R5: 2025's shortfall still reported on 2026-01-01" "has R5 丁四 'in 2025' && ! has R5 乙二 'in 2025'"
cli bodies training 3 --date 2025-06-01 --title 全员执法培训 > /dev/null 2>&1
cli bodies training 2 --date 2025-06-01 --title 部分人员培训 --partial > /dev/null 2>&1
run --rule B8 --as-of 2026-01-01
check "B8: a unit with its all-staff training of 2025, and one with a partial training only" \
  "! has B8 运输服务中心 2025 && has B8 疾病预防控制中心 2025"
check "B8: a unit revoked since (2026-03-01) was still bound on 2026-01-01" "has B8 交通运输局 2025"

# R3 in check: a return recorded without training (an import of history).
sql "INSERT INTO officer_event (officer_id, certificate_id, kind, date, doc_number)
  SELECT officer_id, id, 'suspension', '2026-01-10', 'x' FROM certificate WHERE number = 'JT-003';
INSERT INTO officer_event (officer_id, certificate_id, kind, date, doc_number)
  SELECT officer_id, id, 'return', '2026-02-10', 'y' FROM certificate WHERE number = 'JT-003';"
run --rule R3
check "R3: check finds a return without training and a passed exam" "has R3 丙三 2026-02-10"

# R8: the case files an officer handled are enforcement activity (乙二's
# last decision is of 2026-03-01; two years inactive is the default).
run --rule R8 --as-of 2028-03-01
check "R8: two years after the last case handled, not yet on the clean-up list" "! has R8 乙二"
run --rule R8 --as-of 2028-03-02
check "R8: a day later, on it" "has R8 乙二 'since 2026-03-01'"

# The drug regulator's other domains.
sql "INSERT INTO leniency_entry (body_id, list, domain, violation, basis, conditions) VALUES
 (3, 'lighter', '医疗器械监管', '戊', '依据', '条件');"
run --rule C5
check "C5: an entry in 医疗器械监管 is food and drugs" "has C5 运输服务中心 戊"

# The entrusting organ recorded since as an authorized organization: the
# entrustment is rechecked on the stored bodies and case files.
sql "UPDATE body SET kind = 'authorized', legal_basis = '《道路运输条例》第七条' WHERE id = 1;"
run --rule B3
check "B3: an entrustment by an authorized organization, found by check" "has B3 运输服务中心 交通运输局"
run --rule E1
check "E1: the entrusted body's decisions too (行政处罚法 §20)" \
  "has E1 罚9 'not an administrative organ' && grep -q '第二十条' '$DIR/out'"

# Every finding names its document by title, never by a code.
run --all
check "every finding cites a title, never a code such as S0 (tsv)" \
  "grep -q 《 '$DIR/out' && ! cut -f6 '$DIR/out' | grep -Eq '(^|[^A-Z])S[0-9]'"
LANGUAGE=en "$CLI" --database "$DB" check --all --format json > "$DIR/out" 2> "$DIR/err"
check "… (json)" "grep -q 《 '$DIR/out' && ! grep -Eq '(^|[^A-Za-z])S[0-9]( |§|\")' '$DIR/out'"
LANGUAGE=en "$CLI" --database "$DB" check --all > "$DIR/out" 2> "$DIR/err"
check "… (text)" "grep -q 《 '$DIR/out' && ! grep -Eq '(^|[^A-Za-z])S[0-9]( |§|\))' '$DIR/out'"

exit $FAILED
