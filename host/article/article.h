// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_article_export.h"

#include <QList>
#include <QString>

namespace Claimbench {

struct HtmlNode;

/// One block of an article as a reader sees it.
struct ArticleBlock {
    enum class Kind { Heading, Paragraph, ListItem, Quote, Preformatted, TableRow };
    Kind kind = Kind::Paragraph;
    int level = 0;        ///< Heading: 1..6; ListItem: nesting depth (0 = top level)
    int number = 0;       ///< ListItem in an ordered list: its number; 0 in a bulleted list
    QString text;         ///< the block's text; TableRow: the cells joined by " | "; Preformatted: line ends kept
    int page = 0;         ///< PDF: the 1-based page it starts on; 0 for other sources
    friend bool operator==(const ArticleBlock &, const ArticleBlock &) = default;
};

/// An article: its metadata and its readable body. Invalid (no blocks) by default.
struct CLAIMBENCH_ARTICLE_EXPORT Article {
    QString title;
    QString byline;
    QString siteName;
    QString publishedTime; ///< as the source gives it (ISO 8601 date or date-time)
    QString lang;
    QString dir;           ///< "ltr", "rtl" or empty
    QString excerpt;
    int pageCount = 0;     ///< PDF only
    QList<ArticleBlock> blocks;

    bool isValid() const { return !blocks.isEmpty(); }
    /// The body's text, blocks separated by blank lines (no title, no metadata): what measurements compare.
    QString bodyText() const;
};

/// The readable document: title, byline and date lines, a blank line, then the blocks (headings as their text,
/// list items with "- " or "N. ", quotes with "> ", table rows, PDF page breaks as "[page N]" lines), UTF-8 text.
CLAIMBENCH_ARTICLE_EXPORT QString renderArticleText(const Article &article);

/// The blocks of an HTML subtree (an extracted article, or a whole converted document): headings, paragraphs,
/// list items, block quotes, preformatted text and table rows; inline whitespace collapsed, <br> a line break.
CLAIMBENCH_ARTICLE_EXPORT QList<ArticleBlock> blocksFromHtml(const HtmlNode *root);

/// Whitespace runs (including non-breaking spaces) collapsed to one space, trimmed.
CLAIMBENCH_ARTICLE_EXPORT QString collapseWhitespace(const QString &text);

} // namespace Claimbench
