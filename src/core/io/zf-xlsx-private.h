#pragma once

#include <xlsxwriter.h>

#include "zf-xlsx.h"

G_BEGIN_DECLS

/* Rows a sheet may hold before the table continues on the next sheet;
 * Excel's own limit unless a test sets a smaller one, before the first
 * sheet. */
void zf_xlsx_set_sheet_row_limit (ZfXlsx    *self,
                                  lxw_row_t  limit);

G_END_DECLS
