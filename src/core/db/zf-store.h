#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define ZF_TYPE_STORE (zf_store_get_type ())

G_DECLARE_FINAL_TYPE (ZfStore, zf_store, ZF, STORE, GObject)

/* Where the database is: @explicit_path (--database) wins, then $ZHIFA_DB,
 * then <user data dir>/zhifa/zhifa.db. */
char       *zf_store_resolve_path     (const char  *explicit_path);

/* Opens (creating it private to the user, mode 0600, if missing) and
 * migrates. A file from a newer Zhifa is refused with ZF_ERROR_SCHEMA_TOO_NEW. */
ZfStore    *zf_store_open             (const char  *path,
                                       GError     **error);
/* Opens a database at an older schema version, for migration tests only. */
ZfStore    *zf_store_open_at_version  (const char  *path,
                                       int          version,
                                       GError     **error);

/* For a program that reads a whole register once (zhifa-cli check): every
 * connection it opens after this call reads the file through a memory map
 * of up to @bytes instead of copying each page with a system call. The
 * mapped pages count in the process's resident memory, so not for the
 * window or the exports, whose memory is measured. 0 turns it off. */
void        zf_store_set_map_size     (gint64       bytes);

const char *zf_store_get_path         (ZfStore     *self);
const char *zf_store_get_operator     (ZfStore     *self);
void        zf_store_set_operator     (ZfStore     *self,
                                       const char  *operator_name);

/* Transactions nest (savepoints inside); "changed" is emitted once the
 * outermost one commits, so views never see half of a user action. */
gboolean    zf_store_begin            (ZfStore     *self,
                                       GError     **error);
/* A transaction that only reads until it writes: many reads in one
 * snapshot take the file's lock once instead of once per statement. */
gboolean    zf_store_begin_read       (ZfStore     *self,
                                       GError     **error);
gboolean    zf_store_commit           (ZfStore     *self,
                                       GError     **error);
void        zf_store_rollback         (ZfStore     *self);

/* Marks @table as changed (row @row_id, or 0 for many rows). Emitted as the
 * "changed" signal after commit, or at once outside a transaction. */
void        zf_store_notify_changed   (ZfStore     *self,
                                       const char  *table,
                                       gint64       row_id);

/* Bulk writers (import) turn per-row auditing off and log one summary. */
void        zf_store_set_audit_rows   (ZfStore     *self,
                                       gboolean     enabled);
gboolean    zf_store_audit_summary    (ZfStore     *self,
                                       const char  *table,
                                       const char  *summary_json,
                                       GError     **error);

/* Settings that belong to the register (policy), not to the user's desktop:
 * training hours, validity years, grade bands… Shared by app and CLI. */
gint64      zf_store_get_setting_int  (ZfStore     *self,
                                       const char  *key,
                                       gint64       fallback);
double      zf_store_get_setting_double (ZfStore   *self,
                                       const char  *key,
                                       double       fallback);
gboolean    zf_store_set_setting      (ZfStore     *self,
                                       const char  *key,
                                       const char  *value,
                                       GError     **error);
/* Text settings: who works with the register. Values are stored trimmed;
 * an unset or blank one reads as NULL. Setting ZF_SETTING_USER_NAME also
 * makes it the store's operator (opening a register reads it the same way). */
#define ZF_SETTING_UNIT_NAME   "unit.name"    /* 制表单位 / 监督机构 */
#define ZF_SETTING_UNIT_LEVEL  "unit.level"   /* a body level code: province, city, county… */
#define ZF_SETTING_UNIT_REGION "unit.region"  /* 6-digit administrative division code */
#define ZF_SETTING_USER_NAME   "user.name"
char       *zf_store_get_setting_text (ZfStore     *self,
                                       const char  *key);
gboolean    zf_store_set_setting_text (ZfStore     *self,
                                       const char  *key,
                                       const char  *value,
                                       GError     **error);

/* PRAGMA quick_check / integrity_check, then the foreign keys; fills
 * @problems with what they say. */
gboolean    zf_store_check_integrity  (ZfStore     *self,
                                       gboolean     quick,
                                       GPtrArray   *problems,
                                       GError     **error);
/* PRAGMA foreign_key_check alone: every row's references lead to a row. */
gboolean    zf_store_check_foreign_keys (ZfStore   *self,
                                       GPtrArray   *problems,
                                       GError     **error);

/* Another process (zhifa-cli) may have written: if so, emit "changed" for
 * everything. Cheap; the app calls it on focus and on a timer. */
gboolean    zf_store_poll_external_changes (ZfStore *self);

G_END_DECLS
