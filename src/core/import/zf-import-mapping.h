#pragma once

#include <glib.h>

#include "zf-codes.h"
#include "zf-row-source.h"

G_BEGIN_DECLS

/* How a column's text becomes a stored value (see zf-import-normalize.h). */
typedef enum
{
  ZF_IMPORT_TEXT,
  ZF_IMPORT_PERSON_NAME, /* text, as zf_name_normalize() stores a name */
  ZF_IMPORT_DATE,
  ZF_IMPORT_BIRTH_DATE,  /* a date or a year and month, never a serial */
  ZF_IMPORT_ID_NUMBER,
  ZF_IMPORT_CERTIFICATE, /* a certificate number, normalized like an ID number */
  ZF_IMPORT_CREDIT_CODE,
  ZF_IMPORT_CODE,
  ZF_IMPORT_BOOL,
  ZF_IMPORT_INT,
  ZF_IMPORT_DOUBLE,
  ZF_IMPORT_SEX,
  ZF_IMPORT_PHONE,
  ZF_IMPORT_REGION,
  ZF_IMPORT_BODY_NAME,   /* a body of the register, named */
  ZF_IMPORT_HIDDEN,      /* filled by the store (ids), never in a file */
} ZfImportKind;

typedef struct
{
  const char       *column;    /* the store's named parameter (:column) */
  const char       *label;     /* msgid; the header of the documented layout */
  const char       *synonyms;  /* '|'-separated headers real files use */
  ZfImportKind      kind;
  const ZfCodeList *codes;
  const char       *aliases;   /* "code=名称|别名;code2=…": Chinese names of codes */
  gboolean          required;
} ZfImportField;

typedef enum
{
  ZF_IMPORT_BODIES,
  ZF_IMPORT_OFFICERS,
  ZF_IMPORT_MATTERS,
  ZF_IMPORT_CASES,
  ZF_IMPORT_EVALUATIONS,
  ZF_IMPORT_LAWS,
  ZF_IMPORT_TRANSFERS,
  ZF_IMPORT_DUTIES,
  ZF_IMPORT_LENIENCY,
  ZF_IMPORT_BENCHMARKS,
  ZF_IMPORT_ITEMS,
  ZF_IMPORT_TARGETS,
  ZF_IMPORT_N_REGISTERS
} ZfImportRegisterId;

typedef struct
{
  ZfImportRegisterId   id;
  const char          *name;     /* "bodies", as on the command line */
  const char          *label;    /* msgid */
  const char          *table;    /* the audited table */
  const ZfImportField *fields;
  guint                n_fields;
} ZfImportRegister;

/* "bodies", "officers", "matters", "cases", "evaluations", "laws" (the
 * catalog of legal bases), "transfers" (of matters), "duties" (their
 * assignments), "leniency" (the four lists), "benchmarks" (discretion
 * benchmarks), "items" (random inspection items), "targets" (the
 * directory of inspection targets); NULL for anything else. */
const ZfImportRegister *zf_import_register_lookup     (const char             *name);
const ZfImportRegister *zf_import_register_get        (ZfImportRegisterId      id);
/* The field's label in the user's language: the header of the layout. */
const char             *zf_import_field_label         (const ZfImportField    *field);
int                     zf_import_register_field_index (const ZfImportRegister *reg,
                                                        const char             *column);

/* Header text as compared: half-width, without spaces, line breaks and the
 * "*" or "（必填）" marks of required columns. */
char       *zf_import_header_key       (const char             *header);
/* The field a header names (its label in English or the user's language,
 * or a synonym), or -1. */
int         zf_import_field_for_header (const ZfImportRegister *reg,
                                        const char             *header);
/* How many cells of @row name a field: merged title rows above the header
 * name none, the header row several. */
guint       zf_import_count_header_cells (const ZfImportRegister *reg,
                                          const ZfRow            *row);
/* Field index → column index (-1 unmapped) guessed from @header; each
 * column serves one field at most. Returns a new array of n_fields ints. */
int        *zf_import_guess_mapping    (const ZfImportRegister *reg,
                                        const ZfRow            *header);
/* The same from a saved mapping (field column → header text). Fields whose
 * header is absent from the file stay unmapped. */
int        *zf_import_apply_mapping    (const ZfImportRegister *reg,
                                        const ZfRow            *header,
                                        GHashTable             *saved);
/* {"register": "officers", "columns": {"name": "姓名", …}} */
char       *zf_import_mapping_to_json  (const ZfImportRegister *reg,
                                        const ZfRow            *header,
                                        const int              *mapping);
/* The object {"field": "header", …} of the columns @mapping maps. */
void        zf_import_mapping_append_columns (GString                *out,
                                              const ZfImportRegister *reg,
                                              const ZfRow            *header,
                                              const int              *mapping);

/* The code of @text among the Chinese names in @aliases, loosely, or NULL. */
const char *zf_import_alias_match      (const char             *aliases,
                                        const char             *text);

G_END_DECLS
