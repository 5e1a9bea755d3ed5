// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "article.h"
#include "claimbench_article_export.h"

#include <QByteArray>

namespace Claimbench {

/// The article in an HTML page, found the way Mozilla's Readability (Firefox's Reader View) finds it: a
/// content score for each paragraph's ancestors, the best-scoring container and its related siblings, then the
/// container cleaned of what a reader does not read. docs/articles.md describes what it keeps and drops.
/// `utf8` is the page decoded to UTF-8. Invalid (no blocks) when the page has no readable text.
CLAIMBENCH_ARTICLE_EXPORT Article extractArticle(const QByteArray &utf8);

/// The metadata alone (title, byline, site, date, language, excerpt) from JSON-LD, <meta> and <title>.
CLAIMBENCH_ARTICLE_EXPORT Article extractMetadata(const QByteArray &utf8);

/// A whole document (e.g. what pandoc made of a Word file) as blocks, nothing dropped but scripts and styles;
/// the title from <title>.
CLAIMBENCH_ARTICLE_EXPORT Article convertHtmlDocument(const QByteArray &utf8);

} // namespace Claimbench
