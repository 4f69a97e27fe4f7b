#pragma once

/* The statements' pieces shared by the officers' store files
 * (zf-store-officers.c, zf-store-officer-history.c). */

/* The cached status knows nothing of the calendar: a valid card past its
 * date is shown and filtered as expired. */
#define STATUS_EXPR \
  "(CASE WHEN c.status = 'valid' AND c.valid_until < date ('now', 'localtime') THEN 'expired' " \
  "ELSE coalesce (c.status, 'none') END)"

/* The officer's own row and current card; the rules need no more. A
 * stream reads the section and post names from ZfOfficerNames instead
 * (zf-store-officer-names.h): OFFICER_ROW_COLUMNS OFFICER_CARD_COLUMNS. */
#define OFFICER_ROW_COLUMNS \
  "o.id, o.uuid, o.name, o.id_number, o.sex, o.birth_date, o.body_id, o.section_id, o.post_id, " \
  "o.title, o.staffing, o.financed, o.enforcement_post, o.phone, o.enforcement_category, " \
  "o.enforcement_area, o.last_activity_date, o.notes, o.pending_rules, b.name AS body_name, "
#define OFFICER_CARD_COLUMNS \
  "c.id AS certificate_id, c.number AS certificate_number, " STATUS_EXPR " AS certificate_status, " \
  "c.issuing_authority, c.issue_date, c.valid_until "
#define OFFICER_OWN_COLUMNS \
  OFFICER_ROW_COLUMNS \
  "(SELECT name FROM section WHERE id = o.section_id) AS section_name, " \
  "(SELECT name FROM post WHERE id = o.post_id) AS post_name, " \
  OFFICER_CARD_COLUMNS
/* Body first, so that the order comes from the indexes body_name_key
 * (name_key, id) and officer_body (body_id, name_key, id): rows stream in
 * pinyin order as they are read, with no sort holding 100,000 rows in
 * memory before the first one is written.
 * Every officer has a body (NOT NULL, foreign key): the inner join keeps
 * them all. */
#define STREAM_FROM \
  "FROM body b JOIN officer o ON o.body_id = b.id " \
  "LEFT JOIN officer_summary s ON s.officer_id = o.id LEFT JOIN certificate c ON c.id = s.certificate_id "
#define STREAM_ORDER "ORDER BY b.name_key, b.id, o.name_key, o.id "
/* The same order of the indexes, for a pass that keeps two streams in
 * step without sorting either (the check). */
#define INDEX_ORDER STREAM_ORDER

