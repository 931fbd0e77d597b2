#ifndef PARALLAX_CLIBXML2_SHIM_H
#define PARALLAX_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU; its <unicode/ucnv.h> clashes with Foundation's bundled ICU
   (_FoundationICU) in any Swift module that imports both. Parallax never touches the ICU fields
   (only xmlCharEncodingHandler's tail, which Swift code does not use), so the headers are read without them. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#endif
