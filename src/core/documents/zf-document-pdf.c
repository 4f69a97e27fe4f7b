#define G_LOG_DOMAIN "zf-document"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <glib/gstdio.h>

#include "zf-document-private.h"
#include "zf-error.h"
#include "zf-i18n.h"

/* The PDF file of a document: its pages as zf-document.c lays them out,
 * with the document's metadata. */

gboolean
zf_document_write_pdf (ZfDocument  *doc,
                       const char  *path,
                       GError     **error)
{
  g_autofree char *part = g_strconcat (path, ".part", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n;

  g_return_val_if_fail (doc != NULL, FALSE);

  surface = cairo_pdf_surface_create (part, ZF_DOCUMENT_PAGE_W, ZF_DOCUMENT_PAGE_H);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, doc->title);
  if (doc->unit)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, doc->unit);
  if (doc->subject)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, doc->subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Zhifa");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
  cr = cairo_create (surface);
  n = zf_document_paginate (doc, cr);
  for (guint page = 0; page < n; page++)
    {
      zf_document_draw_page (doc, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO, _("Cannot write “%s”: %s"), path,
                   cairo_status_to_string (status));
      g_unlink (part);
      return FALSE;
    }
  if (g_rename (part, path) != 0)
    {
      int saved = errno;
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO, _("Cannot write “%s”: %s"), path,
                   g_strerror (saved));
      g_unlink (part);
      return FALSE;
    }
  return TRUE;
}
