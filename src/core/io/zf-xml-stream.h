#pragma once

#include <archive.h>
#include <glib.h>
#include <libxml/xmlreader.h>

G_BEGIN_DECLS

/* What the .xlsx and .ods readers share: libxml2's streaming reader over
 * a zip entry libarchive is reading, and the tests of where it stands. */

/* A reader of the entry @archive is positioned at, never reaching the
 * network nor printing errors; NULL when libxml2 cannot start. */
xmlTextReaderPtr zf_xml_reader_for_archive (struct archive   *archive);

/* Whether @r is at the start, or the end, of an element of local @name. */
gboolean         zf_xml_is_element         (xmlTextReaderPtr  r,
                                            const char       *name);
gboolean         zf_xml_is_end             (xmlTextReaderPtr  r,
                                            const char       *name);

G_END_DECLS
