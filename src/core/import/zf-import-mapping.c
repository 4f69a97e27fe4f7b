#define G_LOG_DOMAIN "zf-import-mapping"

#include "config.h"

#include <string.h>

#include "zf-case-codes.h"
#include "zf-checklist-codes.h"
#include "zf-codes.h"
#include "zf-i18n.h"
#include "zf-import-mapping.h"

#define F(col, label, syn, kind) { col, label, syn, ZF_IMPORT_##kind, NULL, NULL, FALSE }
#define R(col, label, syn, kind) { col, label, syn, ZF_IMPORT_##kind, NULL, NULL, TRUE }
#define C(col, label, syn, list, aliases, req) { col, label, syn, ZF_IMPORT_CODE, &list, aliases, req }

static const ZfImportField body_fields[] = {
  R ("name", NC_("import field", "Body name"), "单位名称|主体名称|执法主体名称|执法主体|机关名称|名称|Name of the body", TEXT),
  F ("credit_code", NC_("import field", "Credit code"), "统一社会信用代码|社会信用代码|信用代码|组织机构代码|Unified social credit code", CREDIT_CODE),
  C ("kind", NC_("import field", "Kind"), "主体类别|主体类型|主体性质|类别|类型", zf_body_kinds,
     "organ=行政机关|机关;authorized=法律法规授权组织|授权组织|授权;entrusted=受委托组织|委托组织|委托", FALSE),
  C ("level", NC_("import field", "Level"), "层级|级别|行政层级|主体层级", zf_body_levels,
     "province=省级|省;city=市级|市;county=县级|县|区级|区;township=乡镇级|乡镇|乡|镇|街道", FALSE),
  F ("region_code", NC_("import field", "Division code"), "行政区划代码|区划代码|行政区划", REGION),
  F ("domain", NC_("import field", "Enforcement domain"), "执法领域|领域|行业领域|所属领域", TEXT),
  F ("parent_name", NC_("import field", "Parent or entrusting body"), "上级机关|委托机关|委托单位|上级单位|主管部门|委托主体|委托/上级机关|上级或委托机关|Entrusting or superior body", BODY_NAME),
  F ("legal_basis", NC_("import field", "Legal basis"), "授权依据|法律依据|法定依据|设定依据|主体依据", TEXT),
  F ("letter_number", NC_("import field", "Entrustment letter number"), "委托书编号|委托书文号|委托书号", TEXT),
  F ("letter_date", NC_("import field", "Entrustment letter date"), "委托日期|委托书日期|委托书签订日期", DATE),
  F ("letter_scope", NC_("import field", "Entrusted scope"), "委托事项|委托范围|委托权限", TEXT),
  F ("letter_start", NC_("import field", "Entrustment start"), "委托起始日期|委托开始日期|委托期限起|委托起始", DATE),
  F ("letter_end", NC_("import field", "Entrustment end"), "委托截止日期|委托结束日期|委托期限止|委托到期日期|委托截止", DATE),
  F ("filed", NC_("import field", "Filed"), "是否备案|已备案|备案情况|备案", BOOL),
  F ("filed_date", NC_("import field", "Filing date"), "备案日期|备案时间", DATE),
  F ("has_legal_section", NC_("import field", "Legal-affairs section"), "是否设法制机构|法制机构|有无法制机构|法制监督机构", BOOL),
  F ("legal_staff_count", NC_("import field", "Legal staff"), "法制人员数|法制审核人员数|法制工作人员数|法制人员", INT),
  F ("address", NC_("import field", "Address"), "地址|办公地址|单位地址|通讯地址", TEXT),
  F ("contact", NC_("import field", "Contact"), "联系人", TEXT),
  F ("phone", NC_("import field", "Phone"), "联系电话|电话|办公电话|联系方式", PHONE),
  C ("status", NC_("import field", "Status"), "状态|主体状态|确认状态", zf_body_statuses,
     "pending=待确认;confirmed=已确认|确认;published=已公布|公布|已公告;revoked=已取消|取消|撤销", FALSE),
  F ("published_date", NC_("import field", "Published on"), "公布日期|公告日期|公布时间|Published date", DATE),
  F ("notes", NC_("import field", "Notes"), "备注|说明", TEXT),
};

static const ZfImportField officer_fields[] = {
  R ("name", NC_("import field", "Name"), "姓名|名字|人员姓名|执法人员姓名|执法人员|Full name", PERSON_NAME),
  F ("id_number", NC_("import field", "ID number"), "身份证号|身份证号码|公民身份号码|身份证|证件号码|居民身份证号码", ID_NUMBER),
  F ("sex", NC_("import field", "Sex"), "性别", SEX),
  F ("birth_date", NC_("import field", "Birth date"), "出生日期|出生年月|生日", BIRTH_DATE),
  R ("body_name", NC_("import field", "Body"), "单位|所在单位|执法主体|工作单位|单位名称|所属单位|执法单位|Unit", BODY_NAME),
  F ("section_name", NC_("import field", "Section"), "科室|所在科室|内设机构|处室|股室|科(股)室|Section", TEXT),
  /* Not 岗位: the roster has a post column (岗位) beside the title (职务). */
  F ("title", NC_("import field", "Post title"), "职务|职务职级|职级|Position", TEXT),
  /* The post (岗位) within the section, as the roster exports it. */
  F ("post_name", NC_("import field", "Post"), "岗位|岗位名称|工作岗位|Post", TEXT),
  /* The names rosters write the staffing in. A compound (参公事业编制,
   * 聘任制公务员) contains the names of two codes, so it is listed whole:
   * only an exact name beats the containment match. 工勤 (机关工勤人员)
   * and contract or agency staff are not enforcement establishment: like
   * 非在编, they hold no certificate (S1 §二(二)1). */
  C ("staffing", NC_("import field", "Staffing"), "编制类型|编制性质|编制|编制情况|人员类别|人员性质|Staffing type", zf_officer_staffings,
     "administrative=行政编|行政编制|行政|公务员|公务员编制|行政机关公务员|机关行政编制|聘任制公务员;"
     "civil_service_managed=参公事业编|参公事业编制|参公编制|参公|参公事业|参公人员|参公管理|"
     "参照公务员法管理|参照公务员管理|参照公务员法管理事业编制|参照公务员法管理的事业编制;"
     "institution=事业编|事业编制|事业|事业人员|事业单位编制|事业单位人员|事业单位工作人员|"
     "全额事业编制|全额拨款事业编制|差额事业编制|差额拨款事业编制|自收自支事业编制;"
     "non_staff=非在编|编外|编外人员|合同制|合同制人员|合同工|聘用|聘用制|聘用人员|"
     "劳务派遣|派遣|劳务派遣人员|临聘|临聘人员|临时工|工勤|工勤人员|工勤编制|机关工勤人员|工勤技能;"
     "auxiliary=辅助人员|执法辅助人员|辅助执法人员|协管员|协管|协管人员|协勤|协勤员|辅警|辅助", FALSE),
  F ("financed", NC_("import field", "Financed by the budget"),
     "财政供给|是否财政供给|财政供养|是否财政供养|Financed by the budget", BOOL),
  F ("enforcement_post", NC_("import field", "Enforcement post"),
     "执法岗位|是否执法岗位|是否在执法岗位|在执法岗位|Enforcement post", BOOL),
  F ("phone", NC_("import field", "Phone"), "联系电话|手机|手机号码|电话|联系方式", PHONE),
  F ("enforcement_category", NC_("import field", "Enforcement category"), "执法类别|执法门类|执法种类", TEXT),
  F ("enforcement_area", NC_("import field", "Enforcement area"), "执法区域|执法地域|执法范围", TEXT),
  F ("certificate_number", NC_("import field", "Certificate number"), "执法证号|执法证件号|证件编号|执法证编号|证号|执法证件号码|行政执法证号|执法证件编号|执法证号码|行政执法证件号|行政执法证件编号|行政执法证编号", CERTIFICATE),
  F ("issuing_authority", NC_("import field", "Issuing authority"), "发证机关|发证单位|发证部门", TEXT),
  F ("issue_date", NC_("import field", "Issue date"), "发证日期|发证时间|领证日期|发证", DATE),
  F ("valid_until", NC_("import field", "Valid until"), "有效期至|有效期|有效期限|有效截止日期|到期日期|有效期截止|证件有效期|执法证有效期|有效日期", DATE),
  /* The card's status and the event that set it, as the roster writes
   * them: a new card gets that event (taken over), so the status derives
   * from the events as for any other. */
  C ("certificate_status", NC_("import field", "Certificate status"),
     "证件状态|执法证状态|执法证件状态|证件状况|Certificate status", zf_certificate_statuses,
     "valid=有效|正常;suspended=暂扣;revoked=收回|吊销;cancelled=注销;expired=过期|已过期;"
     "applying=申领中|申领;void=作废|已作废", FALSE),
  F ("status_date", NC_("import field", "Status date"), "状态日期|证件状态日期|状态变更日期|Status date", DATE),
  F ("status_document", NC_("import field", "Status document number"),
     "状态文号|证件状态文号|状态变更文号|Status document number", TEXT),
  F ("last_activity_date", NC_("import field", "Last enforcement activity"),
     "最近执法活动|最近执法活动日期|最近一次执法活动|最后执法日期|Last enforcement activity", DATE),
  F ("notes", NC_("import field", "Notes"), "备注|说明", TEXT),
  { "certificate_id", NULL, NULL, ZF_IMPORT_HIDDEN, NULL, NULL, FALSE },
};

static const ZfImportField matter_fields[] = {
  R ("body_name", NC_("import field", "Body"), "执法主体|实施主体|单位|部门|实施部门|实施机关", BODY_NAME),
  F ("code", NC_("import field", "Matter code"), "事项编码|编码|事项代码|权力编码|职权编码|Code", TEXT),
  R ("name", NC_("import field", "Matter name"), "事项名称|名称|权力名称|职权名称|权力事项名称|Matter", TEXT),
  { "category", NC_("import field", "Category"), "事项类别|类别|权力类型|职权类别|事项类型|权力类别", ZF_IMPORT_CODE,
    &zf_matter_categories,
    "licensing=行政许可|许可;penalty=行政处罚|处罚;coercion=行政强制|强制;levy=行政征收|征收;"
    "requisition=行政征用|征用;charge=行政收费|收费;benefit=行政给付|给付;inspection=行政检查|检查;"
    "confirmation=行政确认|确认;reward=行政奖励|奖励;adjudication=行政裁决|裁决;other=其他行政权力|其他",
    TRUE },
  /* 《title》article, several separated by ；: each resolved against the
   * body's catalog of legal bases (zf-import-plan-checklists.c). */
  F ("basis", NC_("import field", "Basis"),
     "实施依据|执法依据|法律依据|法定依据|设定依据|依据|Basis", TEXT),
  F ("section_name", NC_("import field", "Responsible section"),
     "责任科室|责任股室|责任处室|承办科室|实施科室|承办机构|Responsible section", TEXT),
  F ("post_name", NC_("import field", "Responsible post"), "责任岗位|承办岗位|Responsible post", TEXT),
  F ("cooperating", NC_("import field", "Cooperating departments"), "配合部门|协同部门|协作部门", TEXT),
  /* The days as a number, which the time-limit rules count; the text
   * keeps how the list words it (20个工作日, 即办). */
  F ("time_limit_days", NC_("import field", "Time limit in days"),
     "时限天数|办理时限天数|法定时限天数|承诺时限天数|期限天数", INT),
  F ("time_limit_text", NC_("import field", "Time limit"), "办理时限|时限|法定期限|承诺时限", TEXT),
  F ("responsibility", NC_("import field", "Responsibility items"), "责任事项|责任", TEXT),
  F ("accountability", NC_("import field", "Accountability cases"), "追责情形|问责情形|追责事项|追责", TEXT),
  F ("supervision_phone", NC_("import field", "Supervision phone"), "监督电话|投诉电话|监督投诉电话", PHONE),
  C ("status", NC_("import field", "Status"), "状态|事项状态", zf_matter_statuses,
     "active=有效|在用|正常;transferred=已划转|划转|移交;abolished=已取消|取消|废止", FALSE),
  F ("enforcement_category", NC_("import field", "Enforcement category"), "执法类别|执法门类", TEXT),
  F ("notes", NC_("import field", "Notes"), "备注|说明", TEXT),
};

static const ZfImportField case_fields[] = {
  R ("body_name", NC_("import field", "Body"), "执法主体|办案单位|单位|实施主体|办案机关", BODY_NAME),
  R ("number", NC_("import field", "Case number"), "案号|文号|案件编号|决定书文号|案件文号", TEXT),
  { "category", NC_("import field", "Category"), "案件类别|类别|案件类型|案卷类别", ZF_IMPORT_CODE, &zf_case_categories,
    "penalty=行政处罚|处罚;coercion=行政强制|强制;licensing=行政许可|许可;inspection=行政检查|检查", TRUE },
  C ("procedure", NC_("import field", "Procedure"), "程序|适用程序|办案程序|程序类型", zf_case_procedures,
     "simple=简易程序|简易;ordinary=普通程序|一般程序|普通;hearing=听证程序|听证", FALSE),
  F ("party_name", NC_("import field", "Party"), "当事人|当事人名称|当事人姓名|行政相对人", TEXT),
  C ("party_kind", NC_("import field", "Party kind"), "当事人类型|当事人类别|相对人类型", zf_case_party_kinds,
     "person=自然人|个人|公民;organization=法人|组织|单位|法人或其他组织|企业", FALSE),
  F ("party_code", NC_("import field", "Party ID or credit code"), "当事人证件号|当事人证件号码|证件号码|统一社会信用代码/身份证号", TEXT),
  /* A matter of the body's own list, by its code or its name. */
  F ("matter", NC_("import field", "Enforcement matter"),
     "执法事项|执法事项名称|事项名称|事项|权力事项|职权事项|行政权力事项|事项编码|权力编码|案由事项", TEXT),
  /* The procedure's dates in the order a file runs through them. */
  F ("filed_date", NC_("import field", "Filed on"), "立案日期|立案时间", DATE),
  F ("investigated_date", NC_("import field", "Investigated on"),
     "调查日期|调查终结日期|调查时间|调查取证日期|调查终结时间|调查", DATE),
  F ("notified_date", NC_("import field", "Notified on"),
     "告知日期|告知时间|事先告知日期|处罚告知日期|告知书送达日期|告知", DATE),
  F ("hearing_date", NC_("import field", "Hearing on"), "听证日期|听证时间|举行听证日期|听证", DATE),
  F ("legal_review_date", NC_("import field", "Legal review on"),
     "法制审核日期|法制审核时间|审核日期|法制审核", DATE),
  F ("collective_date", NC_("import field", "Collective discussion on"),
     "集体讨论日期|集体讨论时间|集体讨论决定日期|集体讨论", DATE),
  F ("decided_date", NC_("import field", "Decided on"), "决定日期|处罚决定日期|作出决定日期|决定时间", DATE),
  F ("served_date", NC_("import field", "Served on"),
     "送达日期|送达时间|决定书送达日期|送达", DATE),
  F ("executed_date", NC_("import field", "Executed on"),
     "执行日期|执行时间|执行完毕日期|履行日期|执行", DATE),
  F ("closed_date", NC_("import field", "Closed on"), "结案日期|结案时间", DATE),
  F ("archived_date", NC_("import field", "Archived on"),
     "归档日期|归档时间|立卷归档日期|归档", DATE),
  F ("fine_amount", NC_("import field", "Fine"), "罚款金额|罚款|罚款金额（元）|罚款数额", DOUBLE),
  F ("confiscated_amount", NC_("import field", "Confiscated"), "没收金额|没收违法所得|没收违法所得金额", DOUBLE),
  F ("basis", NC_("import field", "Legal basis"), "法律依据|处罚依据|依据|适用法律", TEXT),
  F ("major", NC_("import field", "Major case"), "是否重大|重大案件|重大执法决定|重大", BOOL),
  F ("transferred_judicial", NC_("import field", "Transferred to judiciary"), "是否移送司法|移送司法机关|两法衔接|移送", BOOL),
  F ("review_outcome", NC_("import field", "Review outcome"),
     "复议结果|行政复议结果|复议情况|行政复议情况|复议|行政复议", TEXT),
  F ("litigation_outcome", NC_("import field", "Litigation outcome"),
     "诉讼结果|行政诉讼结果|诉讼情况|行政诉讼情况|诉讼|行政诉讼", TEXT),
  F ("year", NC_("import field", "Year"), "年度|年份", INT),
  F ("notes", NC_("import field", "Notes"), "备注|说明", TEXT),
  /* Certificate numbers or names, separated by 、 , ; or spaces. */
  F ("officers", NC_("import field", "Handling officers"),
     "办案人员|执法人员|承办人|承办人员|执法人员证号|办案人员证号", TEXT),
};

/* One row per line of an evaluation (案卷评查), the evaluation's own
 * columns repeated on each: rows with the same body, case number,
 * standard, mode, date and evaluator are one evaluation. The item text,
 * score and grade are written for reading; the import recomputes the
 * score and grade as a save does. */
static const ZfImportField evaluation_fields[] = {
  R ("body_name", NC_("import field", "Body"), "执法主体|办案单位|被评查单位|单位|实施主体", BODY_NAME),
  R ("number", NC_("import field", "Case number"), "案号|文号|案件编号|决定书文号|案卷号", TEXT),
  R ("standard", NC_("import field", "Scoring standard"), "评查标准|评分标准|标准名称", TEXT),
  F ("standard_version", NC_("import field", "Standard version"), "标准版本|评查标准版本|版本", INT),
  C ("mode", NC_("import field", "Evaluation mode"), "评查方式|评查类型|评查形式", zf_evaluation_modes,
     "self=自查|自评|自行评查;central=集中评查|集中抽评|集中|抽查|抽查评查", TRUE),
  R ("evaluator", NC_("import field", "Evaluator"), "评查人|评查人员|评查组|评查单位", TEXT),
  R ("date", NC_("import field", "Evaluation date"), "评查日期|评查时间", DATE),
  F ("comments", NC_("import field", "Comments"), "评查意见|总体评价|评查结论|意见", TEXT),
  F ("item", NC_("import field", "Scoring item"), "评查项目|评分项目|扣分项目|评查项", TEXT),
  F ("item_text", NC_("import field", "Item description"), "评查内容|扣分标准|评分细则|项目说明", TEXT),
  F ("deduction", NC_("import field", "Deduction"), "扣分|扣分值|扣分分值|扣分数", DOUBLE),
  F ("veto", NC_("import field", "Veto"), "否决|一票否决|是否否决", BOOL),
  F ("reason", NC_("import field", "Deduction reason"), "扣分理由|扣分原因|理由|存在问题", TEXT),
  F ("score", NC_("import field", "Score"), "得分|评查得分|分数|总分", DOUBLE),
  C ("grade", NC_("import field", "Grade"), "等次|评查等次|等级|评查结果", zf_evaluation_grades,
     "excellent=优秀|优;pass=合格|良好|达标;fail=不合格|不达标|差", FALSE),
  { "case_id", NULL, NULL, ZF_IMPORT_HIDDEN, NULL, NULL, FALSE },
  { "standard_id", NULL, NULL, ZF_IMPORT_HIDDEN, NULL, NULL, FALSE },
  { "standard_category", NULL, NULL, ZF_IMPORT_HIDDEN, NULL, NULL, FALSE },
  { "item_id", NULL, NULL, ZF_IMPORT_HIDDEN, NULL, NULL, FALSE },
};

/* The catalog of legal bases (执法依据目录), one row per law or article a
 * body's catalog holds, as the catalog export writes it: the law's own
 * columns repeated on the rows of each body that holds it. */
static const ZfImportField law_fields[] = {
  R ("body_name", NC_("import field", "Body"), "执法主体|实施主体|单位|部门|Body", BODY_NAME),
  C ("level", NC_("import field", "Level of force"), "效力层级|效力级别|效力等级|法律效力|Level",
     zf_law_levels,
     "law=法律;administrative_regulation=行政法规;local_regulation=地方性法规;"
     "autonomous_regulation=自治条例和单行条例|自治条例|单行条例;department_rule=部门规章|规章;"
     "local_government_rule=地方政府规章|政府规章;normative_document=规范性文件|其他规范性文件;"
     "sanding=三定规定|三定方案|三定", FALSE),
  R ("title", NC_("import field", "Law"),
     "名称|法律法规名称|法律名称|依据名称|法律法规|文件名称|标题|Title", TEXT),
  F ("issuing_organ", NC_("import field", "Issuing organ"), "制定机关|发布机关|颁布机关|Issuing organ", TEXT),
  F ("doc_number", NC_("import field", "Document number"), "文号|发文字号|发布文号|Document number", TEXT),
  F ("promulgated", NC_("import field", "Promulgated"), "公布日期|发布日期|颁布日期|Promulgated", DATE),
  F ("effective", NC_("import field", "Effective"), "施行日期|实施日期|生效日期|Effective", DATE),
  F ("amended", NC_("import field", "Amended"), "修订日期|修正日期|修改日期|Amended", DATE),
  F ("repealed", NC_("import field", "Repealed"), "废止日期|失效日期|Repealed", DATE),
  /* Empty: the catalog holds the whole law. */
  F ("article", NC_("import field", "Article"), "条款|条款号|具体条款|条目|Article", TEXT),
  /* The article's wording; blank keeps the stored text. */
  F ("content", NC_("import field", "Article text"), "条款内容|条文内容|条文|条款原文|Article text", TEXT),
  F ("sections", NC_("import field", "Sections applying it"),
     "执行科（股）室|执行科室|执行股室|实施科室|Sections applying it", TEXT),
  F ("cooperating", NC_("import field", "Cooperating departments"), "配合部门|协同部门|协作部门", TEXT),
};

/* The transfers of matters (划转), as the second sheet of the matters
 * export writes them: the matter by its code (else its name) in the list
 * of the body it left, and the body that took it over. */
static const ZfImportField transfer_fields[] = {
  R ("date", NC_("import field", "Transfer date"), "日期|划转日期|Date", DATE),
  F ("code", NC_("import field", "Matter code"), "编码|事项编码|事项代码|权力编码|Code", TEXT),
  R ("name", NC_("import field", "Matter name"), "事项名称|事项|权力名称|Matter", TEXT),
  R ("from_body", NC_("import field", "Transferred from"), "划出主体|划出单位|原实施主体|From", BODY_NAME),
  R ("to_body", NC_("import field", "Transferred to"), "承接主体|承接单位|划入主体|划入单位|To", BODY_NAME),
  F ("doc_number", NC_("import field", "Document number"), "文号|划转文号|Document number", TEXT),
  F ("reason", NC_("import field", "Reason"), "事由|划转事由|原因|Reason", TEXT),
  F ("operator", NC_("import field", "Operator"), "经办人|Operator", TEXT),
  { "matter_id", NULL, NULL, ZF_IMPORT_HIDDEN, NULL, NULL, FALSE },
  { "new_matter_id", NULL, NULL, ZF_IMPORT_HIDDEN, NULL, NULL, FALSE },
};

/* The duty assignments (职责分解), as the third sheet of the matters
 * export writes them: a matter of the body (by its code, else its name)
 * given to a section, a post or an officer of that body (C4); an officer
 * by name, told apart by the card number where the row gives one. */
static const ZfImportField duty_fields[] = {
  R ("body_name", NC_("import field", "Body"), "执法主体|实施主体|单位|部门|Body", BODY_NAME),
  F ("code", NC_("import field", "Matter code"), "事项编码|编码|事项代码|权力编码|Code", TEXT),
  R ("name", NC_("import field", "Matter name"), "事项名称|事项|权力名称|Matter", TEXT),
  F ("section_name", NC_("import field", "Section"), "科室|股室|处室|内设机构|Section", TEXT),
  F ("post_name", NC_("import field", "Post"), "岗位|岗位名称|Post", TEXT),
  F ("officer_name", NC_("import field", "Officer"), "执法人员|姓名|人员|责任人|Officer", PERSON_NAME),
  F ("certificate_number", NC_("import field", "Certificate number"),
     "执法证号|执法证件号|证号|执法证编号|Certificate number", CERTIFICATE),
};

/* The matter and the article a record of the lists links to, as their
 * exports write them (a matter of the body by code or name, an article
 * as 《title》article), resolved into the hidden ids the writes bind. */
#define LINKED_MATTER \
  F ("matter", NC_("import field", "Enforcement matter"), \
     "执法事项|执法事项名称|对应执法事项|关联执法事项|执法事项编码|Enforcement matter", TEXT)
#define LINKED_ARTICLE \
  F ("article", NC_("import field", "Article"), "条款|依据条款|具体条款|法律条款|Article", TEXT)
#define LINK_IDS \
  { "matter_id", NULL, NULL, ZF_IMPORT_HIDDEN, NULL, NULL, FALSE }, \
  { "article_id", NULL, NULL, ZF_IMPORT_HIDDEN, NULL, NULL, FALSE }

/* The four lists (四张清单), as their export writes them. The domain,
 * when it is the entry's body's, is written by the export and stored as
 * none; a basis the entry takes from the catalog is written as
 * 《title》article and kept so. */
static const ZfImportField leniency_fields[] = {
  R ("body_name", NC_("import field", "Body"), "执法主体|实施主体|部门|单位|Body", BODY_NAME),
  { "list", NC_("import field", "List"), "清单|清单类别|清单类型|清单名称|所属清单|List",
    ZF_IMPORT_CODE, &zf_leniency_lists,
    "no_penalty=不予处罚|不予行政处罚|不予处罚清单|不予行政处罚清单|免罚|免罚清单|首违不罚;"
    "lighter=从轻处罚|从轻行政处罚|从轻处罚清单|从轻行政处罚清单|从轻;"
    "mitigated=减轻处罚|减轻行政处罚|减轻处罚清单|减轻行政处罚清单|减轻;"
    "no_coercion=免予行政强制|免予行政强制清单|不予实施行政强制措施|不予行政强制|免予强制|免强制",
    TRUE },
  F ("domain", NC_("import field", "Domain"), "执法领域|领域|行业领域|所属领域|Domain", TEXT),
  R ("violation", NC_("import field", "Violation"),
     "违法行为|违法行为名称|违法事项|违法情形|Violation", TEXT),
  F ("basis", NC_("import field", "Basis"),
     "处罚依据|法律依据|实施依据|执法依据|法定依据|依据|Basis", TEXT),
  F ("conditions", NC_("import field", "Conditions"),
     "适用条件|适用情形|情形|条件|具体情形|Conditions", TEXT),
  F ("notes", NC_("import field", "Notes"), "备注|说明|Notes", TEXT),
  LINKED_MATTER,
  LINKED_ARTICLE,
  LINK_IDS,
};

/* The discretion benchmarks (裁量基准), one row per tier as their export
 * writes them, the benchmark's own columns repeated on the rows of its
 * tiers. The unit is a code where it names one (元, 万元, 日), else kept
 * as written. Not 单位 for the body: it heads the unit. */
static const ZfImportField benchmark_fields[] = {
  R ("body_name", NC_("import field", "Body"), "执法主体|实施主体|部门|Body", BODY_NAME),
  R ("violation", NC_("import field", "Violation"),
     "违法行为|违法行为名称|违法事项|Violation", TEXT),
  F ("basis", NC_("import field", "Basis"),
     "处罚依据|法律依据|裁量依据|实施依据|法定依据|依据|Basis", TEXT),
  F ("statutory_min", NC_("import field", "Statutory minimum"),
     "法定下限|法定最低|法定处罚下限|法定罚款下限|Statutory minimum", DOUBLE),
  F ("statutory_max", NC_("import field", "Statutory maximum"),
     "法定上限|法定最高|法定处罚上限|法定罚款上限|Statutory maximum", DOUBLE),
  C ("tier", NC_("import field", "Tier"), "裁量档次|裁量等次|裁量阶次|档次|裁量等级|违法程度|Tier",
     zf_benchmark_tiers,
     "slight=轻微|轻微违法|轻微档;general=一般|一般违法;serious=较重|较重违法|情节较重;"
     "severe=严重|严重违法|特别严重|情节严重", FALSE),
  F ("circumstances", NC_("import field", "Circumstances"),
     "适用情形|情形|违法情节|具体情形|裁量情节|情节|Circumstances", TEXT),
  F ("range_min", NC_("import field", "Tier minimum"),
     "档次下限|裁量下限|裁量幅度下限|Tier minimum", DOUBLE),
  F ("range_max", NC_("import field", "Tier maximum"),
     "档次上限|裁量上限|裁量幅度上限|Tier maximum", DOUBLE),
  F ("unit", NC_("import field", "Unit"), "单位|计量单位|金额单位|Unit", TEXT),
  LINKED_MATTER,
  LINKED_ARTICLE,
  F ("notes", NC_("import field", "Notes"), "备注|说明|Notes", TEXT),
  { "benchmark_id", NULL, NULL, ZF_IMPORT_HIDDEN, NULL, NULL, FALSE },
  LINK_IDS,
};

/* The random inspection items (随机抽查事项清单), as their export writes
 * them. The inspecting body, when it is the item's own body, is written
 * by its name and stored as none. */
static const ZfImportField item_fields[] = {
  R ("body_name", NC_("import field", "Body"), "执法主体|实施主体|部门|单位|Body", BODY_NAME),
  R ("item", NC_("import field", "Inspection item"),
     "抽查事项|抽查事项名称|检查事项|检查事项名称|随机抽查事项|事项名称|Item", TEXT),
  F ("basis", NC_("import field", "Basis"), "抽查依据|检查依据|实施依据|法律依据|依据|Basis", TEXT),
  F ("inspecting_body", NC_("import field", "Inspecting body"),
     "检查主体|抽查主体|检查实施主体|Inspecting body", TEXT),
  F ("target_type", NC_("import field", "Target type"),
     "检查对象类型|抽查对象|检查对象|抽查对象类型|对象类型|Target type", TEXT),
  F ("content", NC_("import field", "Inspection content"), "检查内容|抽查内容|Content", TEXT),
  F ("method", NC_("import field", "Inspection method"), "检查方式|抽查方式|检查方法|Method", TEXT),
  F ("ratio", NC_("import field", "Inspection ratio (%)"), "抽查比例|检查比例|比例|Ratio (%)|Ratio", DOUBLE),
  F ("frequency", NC_("import field", "Inspection frequency"), "抽查频次|检查频次|频次|Frequency", TEXT),
  F ("cooperating", NC_("import field", "Cooperating departments"), "配合部门|协同部门|协作部门", TEXT),
  LINKED_MATTER,
  F ("enforcement_category", NC_("import field", "Enforcement category"),
     "执法类别|执法门类|Enforcement category", TEXT),
  F ("notes", NC_("import field", "Notes"), "备注|说明|Notes", TEXT),
  { "matter_id", NULL, NULL, ZF_IMPORT_HIDDEN, NULL, NULL, FALSE },
};

/* The directory of inspection targets (检查对象名录库), shared by every
 * body: market entities and their credit codes. */
static const ZfImportField target_fields[] = {
  R ("name", NC_("import field", "Target name"),
     "检查对象名称|市场主体名称|检查对象|对象名称|企业名称|主体名称|单位名称|名称|Name", TEXT),
  F ("credit_code", NC_("import field", "Credit code"),
     "统一社会信用代码|社会信用代码|信用代码|Credit code", CREDIT_CODE),
  F ("address", NC_("import field", "Address"), "地址|住所|经营场所|经营地址|注册地址|Address", TEXT),
  F ("domain", NC_("import field", "Domain"), "执法领域|领域|行业领域|所属行业|行业|Domain", TEXT),
  F ("region_code", NC_("import field", "Division code"), "行政区划代码|区划代码|行政区划|Region code", REGION),
  F ("notes", NC_("import field", "Notes"), "备注|说明|Notes", TEXT),
};

static const ZfImportRegister registers[] = {
  { ZF_IMPORT_BODIES, "bodies", N_("Enforcement bodies"), "body",
    body_fields, G_N_ELEMENTS (body_fields) },
  { ZF_IMPORT_OFFICERS, "officers", N_("Officers and certificates"), "officer",
    officer_fields, G_N_ELEMENTS (officer_fields) },
  { ZF_IMPORT_MATTERS, "matters", N_("Enforcement matters"), "matter",
    matter_fields, G_N_ELEMENTS (matter_fields) },
  { ZF_IMPORT_CASES, "cases", N_("Case files"), "case_file",
    case_fields, G_N_ELEMENTS (case_fields) },
  { ZF_IMPORT_EVALUATIONS, "evaluations", N_("Case evaluations"), "evaluation",
    evaluation_fields, G_N_ELEMENTS (evaluation_fields) },
  { ZF_IMPORT_LAWS, "laws", N_("Catalog of legal bases"), "body_catalog",
    law_fields, G_N_ELEMENTS (law_fields) },
  { ZF_IMPORT_TRANSFERS, "transfers", N_("Transfers of matters"), "matter_transfer",
    transfer_fields, G_N_ELEMENTS (transfer_fields) },
  { ZF_IMPORT_DUTIES, "duties", N_("Duty assignments"), "duty_assignment",
    duty_fields, G_N_ELEMENTS (duty_fields) },
  { ZF_IMPORT_LENIENCY, "leniency", N_("Four lists"), "leniency_entry",
    leniency_fields, G_N_ELEMENTS (leniency_fields) },
  /* A row is a tier: the benchmark is the record of its rows. */
  { ZF_IMPORT_BENCHMARKS, "benchmarks", N_("Discretion benchmarks"), "benchmark_tier",
    benchmark_fields, G_N_ELEMENTS (benchmark_fields) },
  { ZF_IMPORT_ITEMS, "items", N_("Random inspection items"), "inspection_item",
    item_fields, G_N_ELEMENTS (item_fields) },
  { ZF_IMPORT_TARGETS, "targets", N_("Directory of inspection targets"), "inspection_target",
    target_fields, G_N_ELEMENTS (target_fields) },
};

G_STATIC_ASSERT (G_N_ELEMENTS (registers) == ZF_IMPORT_N_REGISTERS);

const ZfImportRegister *
zf_import_register_lookup (const char *name)
{
  for (guint i = 0; name && i < G_N_ELEMENTS (registers); i++)
    if (strcmp (registers[i].name, name) == 0)
      return &registers[i];
  return NULL;
}

const ZfImportRegister *
zf_import_register_get (ZfImportRegisterId id)
{
  g_return_val_if_fail (id < G_N_ELEMENTS (registers), NULL);

  return &registers[id];
}

const char *
zf_import_field_label (const ZfImportField *field)
{
  return g_dpgettext2 (GETTEXT_PACKAGE, "import field", field->label);
}

int
zf_import_register_field_index (const ZfImportRegister *reg,
                                const char             *column)
{
  /* Column → index + 1 per register, built once: an import asks this
   * several times per field of every row, and a scan of the fields was
   * quadratic in them. */
  static GHashTable *indexes[G_N_ELEMENTS (registers)];
  static gsize built = 0;
  guint r = reg->id;

  if (r >= G_N_ELEMENTS (registers) || &registers[r] != reg)
    {
      for (guint i = 0; i < reg->n_fields; i++)
        if (g_strcmp0 (reg->fields[i].column, column) == 0)
          return i;
      return -1;
    }
  if (g_once_init_enter (&built))
    {
      for (guint k = 0; k < G_N_ELEMENTS (registers); k++)
        {
          indexes[k] = g_hash_table_new (g_str_hash, g_str_equal);
          /* The first field of a name wins, as in a scan. */
          for (guint i = 0; i < registers[k].n_fields; i++)
            if (!g_hash_table_contains (indexes[k], registers[k].fields[i].column))
              g_hash_table_insert (indexes[k], (gpointer) registers[k].fields[i].column,
                                   GUINT_TO_POINTER (i + 1));
        }
      g_once_init_leave (&built, 1);
    }
  return column != NULL ? (int) GPOINTER_TO_UINT (g_hash_table_lookup (indexes[r], column)) - 1 : -1;
}

char *
zf_import_header_key (const char *header)
{
  g_autofree char *half = NULL;
  GString *key;

  /* Normalize full-width brackets and spaces first, so that "（必填）"
   * and "(必填)" are the same mark. */
  half = g_utf8_normalize (header ? header : "", -1, G_NORMALIZE_NFKC);
  if (half == NULL)
    return g_strdup ("");
  key = g_string_new (NULL);
  for (const char *p = half; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == '*' || c == ':' || c == 0xFF1A)
        continue;
      g_string_append_unichar (key, g_unichar_tolower (c));
    }
  for (const char *mark = "(必填)"; ; mark = "(选填)")
    {
      char *at = strstr (key->str, mark);
      if (at != NULL)
        g_string_erase (key, at - key->str, strlen (mark));
      if (g_str_equal (mark, "(选填)"))
        break;
    }
  /* A note in brackets after the name says how to fill the column:
   * 身份证号码（18位）, 联系电话(手机). One inside the name stays: 科(股)室. */
  while (key->len > 0 && key->str[key->len - 1] == ')')
    {
      char *open = strrchr (key->str, '(');

      if (open == NULL || open == key->str)
        break;
      g_string_truncate (key, open - key->str);
    }
  return g_string_free (key, FALSE);
}

static gboolean
synonym_equal (const char *synonyms,
               const char *key)
{
  g_auto(GStrv) words = g_strsplit (synonyms, "|", -1);

  for (guint i = 0; words[i]; i++)
    {
      g_autofree char *k = zf_import_header_key (words[i]);
      if (strcmp (k, key) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The keys of every name a field of @reg answers to (its header, its
 * translation, its synonyms) → index + 1, the first field of a key
 * winning as in a scan of them. */
static GHashTable *
header_keys_new (const ZfImportRegister *reg)
{
  GHashTable *keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < reg->n_fields; i++)
    {
      const ZfImportField *f = &reg->fields[i];
      g_auto(GStrv) synonyms = NULL;
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

      if (f->kind == ZF_IMPORT_HIDDEN)
        continue;
      g_ptr_array_add (names, zf_import_header_key (f->label));
      g_ptr_array_add (names, zf_import_header_key (zf_import_field_label (f)));
      synonyms = g_strsplit (f->synonyms ? f->synonyms : "", "|", -1);
      for (guint k = 0; synonyms[k]; k++)
        g_ptr_array_add (names, zf_import_header_key (synonyms[k]));
      for (guint k = 0; k < names->len; k++)
        {
          const char *key = names->pdata[k];

          if (*key != '\0' && !g_hash_table_contains (keys, key))
            g_hash_table_insert (keys, g_strdup (key), GUINT_TO_POINTER (i + 1));
        }
    }
  return keys;
}

int
zf_import_field_for_header (const ZfImportRegister *reg,
                            const char             *header)
{
  /* Made once per register: finding the header among the first rows
   * asks this for every cell of every candidate row, and normalizing
   * every field's names on each call was a fifth of a 10,000-row import.
   * The interface's language, which the translated names follow, is set
   * before the first import and does not change in a process. */
  static GHashTable *keys[G_N_ELEMENTS (registers)];
  static gsize built = 0;
  g_autofree char *key = zf_import_header_key (header);

  if (*key == '\0')
    return -1;
  if (reg->id < G_N_ELEMENTS (registers) && &registers[reg->id] == reg)
    {
      if (g_once_init_enter (&built))
        {
          for (guint k = 0; k < G_N_ELEMENTS (registers); k++)
            keys[k] = header_keys_new (&registers[k]);
          g_once_init_leave (&built, 1);
        }
      return (int) GPOINTER_TO_UINT (g_hash_table_lookup (keys[reg->id], key)) - 1;
    }
  for (guint i = 0; i < reg->n_fields; i++)
    {
      const ZfImportField *f = &reg->fields[i];
      g_autofree char *english = NULL;
      g_autofree char *translated = NULL;

      if (f->kind == ZF_IMPORT_HIDDEN)
        continue;
      english = zf_import_header_key (f->label);
      translated = zf_import_header_key (zf_import_field_label (f));
      if (strcmp (key, english) == 0 || strcmp (key, translated) == 0 ||
          synonym_equal (f->synonyms, key))
        return i;
    }
  return -1;
}

guint
zf_import_count_header_cells (const ZfImportRegister *reg,
                              const ZfRow            *row)
{
  guint n = 0;

  for (guint c = 0; c < row->cells->len; c++)
    if (zf_row_get_type (row, c) == ZF_CELL_TEXT &&
        zf_import_field_for_header (reg, zf_row_get_text (row, c)) >= 0)
      n++;
  return n;
}

int *
zf_import_guess_mapping (const ZfImportRegister *reg,
                         const ZfRow            *header)
{
  int *mapping = g_new (int, reg->n_fields);

  for (guint i = 0; i < reg->n_fields; i++)
    mapping[i] = -1;
  /* The leftmost column wins when two name the same field. */
  for (guint c = 0; header && c < header->cells->len; c++)
    {
      int f = zf_import_field_for_header (reg, zf_row_get_text (header, c));
      if (f >= 0 && mapping[f] < 0)
        mapping[f] = c;
    }
  return mapping;
}

int *
zf_import_apply_mapping (const ZfImportRegister *reg,
                         const ZfRow            *header,
                         GHashTable             *saved)
{
  int *mapping = g_new (int, reg->n_fields);

  for (guint i = 0; i < reg->n_fields; i++)
    {
      const char *text = g_hash_table_lookup (saved, reg->fields[i].column);
      g_autofree char *want = text ? zf_import_header_key (text) : NULL;

      mapping[i] = -1;
      for (guint c = 0; want && *want && header && c < header->cells->len; c++)
        {
          g_autofree char *have = zf_import_header_key (zf_row_get_text (header, c));
          if (strcmp (have, want) == 0)
            {
              mapping[i] = c;
              break;
            }
        }
    }
  return mapping;
}

static void
append_json_string (GString    *out,
                    const char *s)
{
  g_string_append_c (out, '"');
  for (const char *p = s; *p; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_printf (out, "\\%c", *p);
      else if ((guchar) *p < 0x20)
        g_string_append_printf (out, "\\u%04x", (guchar) *p);
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

void
zf_import_mapping_append_columns (GString                *out,
                                  const ZfImportRegister *reg,
                                  const ZfRow            *header,
                                  const int              *mapping)
{
  gboolean first = TRUE;

  g_string_append_c (out, '{');
  for (guint i = 0; i < reg->n_fields; i++)
    {
      if (mapping[i] < 0)
        continue;
      g_string_append (out, first ? "\n  " : ",\n  ");
      append_json_string (out, reg->fields[i].column);
      g_string_append (out, ": ");
      append_json_string (out, zf_row_get_text (header, mapping[i]));
      first = FALSE;
    }
  g_string_append (out, "\n}");
}

char *
zf_import_mapping_to_json (const ZfImportRegister *reg,
                           const ZfRow            *header,
                           const int              *mapping)
{
  GString *out = g_string_new ("{\"register\": ");

  append_json_string (out, reg->name);
  g_string_append (out, ", \"columns\": ");
  zf_import_mapping_append_columns (out, reg, header, mapping);
  g_string_append (out, "}\n");
  return g_string_free (out, FALSE);
}

const char *
zf_import_alias_match (const char *aliases,
                       const char *text)
{
  g_auto(GStrv) entries = NULL;
  const char *found = NULL;
  guint n_found = 0;

  if (aliases == NULL || text == NULL || *text == '\0')
    return NULL;

  entries = g_strsplit (aliases, ";", -1);
  /* Exact names first, then the one code whose name the text contains
   * (法律法规授权的组织 holds 授权). Not the other way round: a text
   * shorter than a name may be its opposite (在编 inside 非在编). */
  for (int pass = 0; pass < 2 && found == NULL; pass++)
    for (guint i = 0; entries[i]; i++)
      {
        const char *eq = strchr (entries[i], '=');
        g_autofree char *code = NULL;
        g_auto(GStrv) names = NULL;
        gboolean hit = FALSE;

        if (eq == NULL)
          continue;
        code = g_strndup (entries[i], eq - entries[i]);
        names = g_strsplit (eq + 1, "|", -1);
        for (guint k = 0; names[k] && !hit; k++)
          hit = pass == 0 ? strcmp (names[k], text) == 0 : strstr (text, names[k]) != NULL;
        if (!hit)
          continue;
        if (pass == 0)
          return g_intern_string (code);
        if (found != g_intern_string (code))
          n_found++;
        found = g_intern_string (code);
      }
  return n_found <= 1 ? found : NULL;
}
