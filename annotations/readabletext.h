// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_annotations_export.h"

#include <QString>
#include <QStringView>

namespace Claimbench {

/// The text a person reads of a piece of a document's source (a claim's quote, a suggestion): for Markdown
/// (readableMarkdown) and HTML source (readableHtml) the markup is gone; other media types are returned as they
/// are. Anchors keep pointing into the source; only what is shown changes.
CLAIMBENCH_ANNOTATIONS_EXPORT QString readableText(QStringView source, QStringView mediaType);

/// Markdown without its markup: emphasis (`**`, `__`, `*`, `_`), code ticks, heading marks, quote and list
/// markers at line starts, links and images as their text, backslash escapes, inline tags; entities decoded.
CLAIMBENCH_ANNOTATIONS_EXPORT QString readableMarkdown(QStringView source);

/// HTML source without its markup: tags gone (also a tag cut off at either end of the piece), character
/// references decoded (named, decimal, hex), whitespace runs as one space as a browser shows them.
CLAIMBENCH_ANNOTATIONS_EXPORT QString readableHtml(QStringView source);

/// Character references decoded: `&amp;` `&mdash;` `&#8212;` `&#x2014;` and the other common named ones; unknown
/// names stay as they are.
CLAIMBENCH_ANNOTATIONS_EXPORT QString decodeHtmlEntities(QStringView source);

} // namespace Claimbench
