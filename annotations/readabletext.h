// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_annotations_export.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

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

/// A whole document as a reader sees it (the report's annotated article), with the way back to its source: a
/// claim anchored at source offsets [s, e) is at [toReadable(s), toReadable(e)) in `text`.
struct CLAIMBENCH_ANNOTATIONS_EXPORT ReadableDocument {
    QString text;
    /// Where each piece of `text` came from: text[dst + k] is from source offset src + k for k < len (UTF-16).
    /// Sorted by dst and by src; a decoded entity or an inserted break is a piece of its own.
    struct Piece {
        qsizetype dst = 0, src = 0, len = 0;
    };
    QList<Piece> pieces;
    bool identity = false; ///< plain text: `text` is the source, and offsets stay as they are

    /// The offset in `text` of the first character that comes from source offset `sourceOffset` or after it
    /// (text.size() when none does): where a claim starting or ending there starts or ends.
    qsizetype toReadable(qsizetype sourceOffset) const;
    /// The way back: the source range of the readable range [readableStart, readableEnd) (what a detector found in
    /// `text`), from the source of its first character to just after the source of its last, a character
    /// reference that became its last character taken whole; `source` is what this document was made from. An
    /// empty range ({0, 0}) when the readable range is empty or outside `text`.
    std::pair<qsizetype, qsizetype> toSourceRange(qsizetype readableStart, qsizetype readableEnd,
                                                  QStringView source) const;
};

/// The readable text of a whole document's source (UTF-16) of `mediaType`: for HTML source the body's text
/// (head, scripts, styles and comments gone; tags gone, block elements as blank lines, <br>, list items and table
/// rows as line breaks; entities decoded; whitespace as a browser shows it, <pre> kept), for Markdown the text
/// without its markup (emphasis, code ticks, heading/quote/list marks, links and images as their text, escapes,
/// inline tags, fences, rules and setext underlines; line breaks kept). Other media types: the text as it is.
CLAIMBENCH_ANNOTATIONS_EXPORT ReadableDocument readableDocument(QStringView source, QStringView mediaType);

} // namespace Claimbench
