#include "config.h"

#include "zf-xml-stream.h"

static int
archive_xml_read (void *context,
                  char *buffer,
                  int   len)
{
  la_ssize_t n = archive_read_data (context, buffer, len);

  return n < 0 ? -1 : (int) n;
}

xmlTextReaderPtr
zf_xml_reader_for_archive (struct archive *archive)
{
  return xmlReaderForIO (archive_xml_read, NULL, archive, NULL, NULL,
                         XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
}

gboolean
zf_xml_is_element (xmlTextReaderPtr  r,
                   const char       *name)
{
  return xmlTextReaderNodeType (r) == XML_READER_TYPE_ELEMENT &&
         g_strcmp0 ((const char *) xmlTextReaderConstLocalName (r), name) == 0;
}

gboolean
zf_xml_is_end (xmlTextReaderPtr  r,
               const char       *name)
{
  return xmlTextReaderNodeType (r) == XML_READER_TYPE_END_ELEMENT &&
         g_strcmp0 ((const char *) xmlTextReaderConstLocalName (r), name) == 0;
}
