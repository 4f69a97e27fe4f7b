#pragma once

#include <gtk/gtk.h>

#include "zf-codes.h"
#include "zf-finding.h"
#include "zf-record.h"

G_BEGIN_DECLS

typedef enum
{
  ZF_FORM_ENTRY,     /* one line of text */
  ZF_FORM_TEXT,      /* several lines */
  ZF_FORM_CODE,      /* a drop-down over a code list */
  ZF_FORM_NUMBER,    /* a double; empty is NaN */
  ZF_FORM_INT,       /* a gint64; empty is 0 */
  ZF_FORM_CHOICE,    /* one line of text, chosen from @choices or typed */
} ZfFormKind;

/* One field of a record's form: the column it edits and its label. */
typedef struct
{
  const char       *column;
  const char       *label;    /* msgid */
  ZfFormKind        kind;
  const ZfCodeList *codes;    /* ZF_FORM_CODE only */
  const char *const *choices; /* ZF_FORM_CHOICE only: NULL-terminated texts */
} ZfFormField;

#define ZF_TYPE_RECORD_DIALOG (zf_record_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ZfRecordDialog, zf_record_dialog, ZF, RECORD_DIALOG, GtkWindow)

/* Writes the record (already filled from the form) in one transaction.
 * Warnings (findings that do not block) go to @warnings. */
typedef gboolean (*ZfRecordDialogSaveFunc) (ZfRecordDialog  *dialog,
                                            ZfRecord        *record,
                                            GPtrArray       *warnings,
                                            gpointer         user_data,
                                            GError         **error);

/* A form over a copy of @record: its fields, then the sections an editor
 * adds (articles, basis, tiers), then what the rules found. Save fills the
 * copy from the form and calls the save function; a refusal is shown as
 * rule · clause and message without closing; after a save without warnings
 * the dialog emits "saved" and closes (with warnings it stays open to show
 * them, already saved). */
ZfRecordDialog *zf_record_dialog_new           (GtkWindow          *parent,
                                                const char         *title,
                                                ZfRecord           *record,
                                                const ZfFormField  *fields,
                                                guint               n_fields);
void            zf_record_dialog_set_save_func (ZfRecordDialog     *self,
                                                ZfRecordDialogSaveFunc func,
                                                gpointer            user_data,
                                                GDestroyNotify      destroy);
/* A row above the form's fields (the body a record belongs to). */
void            zf_record_dialog_prepend_row   (ZfRecordDialog     *self,
                                                const char         *label,
                                                GtkWidget          *widget);
/* A titled section below the fields (the widget expands across). */
void            zf_record_dialog_add_section   (ZfRecordDialog     *self,
                                                const char         *title,
                                                GtkWidget          *widget);
ZfRecord       *zf_record_dialog_get_record    (ZfRecordDialog     *self);
/* Shows findings (rule · clause, message) under the form; NULL clears. */
void            zf_record_dialog_show_findings (ZfRecordDialog     *self,
                                                GPtrArray          *findings);

/* For tests and presets: a field's text as typed (codes by their code). */
void            zf_record_dialog_set_field     (ZfRecordDialog     *self,
                                                const char         *column,
                                                const char         *text);
gboolean        zf_record_dialog_save          (ZfRecordDialog     *self);
const char     *zf_record_dialog_get_error     (ZfRecordDialog     *self);

/* A refusal made of zf_findings_to_error() lines ("C5 (S1 §二(三)5):
 * message") as findings again; other errors become one finding. */
void            zf_error_to_findings           (const GError       *error,
                                                GPtrArray          *findings);
/* The frame of a small dialog: Cancel and @accept_label in the header bar
 * (@accept is called with @window), the window's child a box whose content
 * goes into the returned vertical box, above @findings_list (hidden while
 * empty). Sets *@accept_button when not NULL. */
GtkBox         *zf_dialog_frame                (GtkWindow          *window,
                                                const char         *accept_label,
                                                GCallback           accept,
                                                GtkListBox        **findings_list,
                                                GtkWidget         **accept_button);
/* Shows @error in @list as findings (rule · clause, message); NULL clears. */
void            zf_findings_list_show_error    (GtkListBox         *list,
                                                const GError       *error);
/* A row of a findings list: severity icon, "rule · clause", message. */
GtkWidget      *zf_finding_row_new             (const ZfFinding    *finding);

G_END_DECLS
