#pragma once

#include "zf-record.h"

G_BEGIN_DECLS

#define ZF_TYPE_MATTER (zf_matter_get_type ())

G_DECLARE_FINAL_TYPE (ZfMatter, zf_matter, ZF, MATTER, ZfRecord)

/* An enforcement matter of a body's list (行政执法事项清单), DOMAIN.md §3;
 * body-name, section-name, post-name, basis, transfers (the dated history
 * of its moves between bodies) and duties (who holds it: section / post /
 * officer) are read-only context joined from other rows. Fields are properties named like the columns. */
ZfMatter *zf_matter_new (void);

gint64      zf_matter_get_body_id   (ZfMatter *self);
const char *zf_matter_get_body_name (ZfMatter *self);
const char *zf_matter_get_code      (ZfMatter *self);
const char *zf_matter_get_name      (ZfMatter *self);
const char *zf_matter_get_status    (ZfMatter *self);
const char *zf_matter_get_duties    (ZfMatter *self);

G_END_DECLS
