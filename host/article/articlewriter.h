// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "articlesource.h"
#include "claim.h"
#include "claimbench_article_export.h"

namespace Claimbench {

/// What writeArticle() wrote.
struct CLAIMBENCH_ARTICLE_EXPORT WrittenArticle {
    QString documentPath; ///< the readable article (UTF-8 text)
    QString snapshotPath; ///< the original bytes, beside it: NAME.original.SUFFIX
    QString offlineCopyPath; ///< a web page's offline copy, beside it: NAME.offline.html; empty when there is none
    QString sidecarPath;  ///< NAME.claims.json with document.source
    DocumentSource source;
    QString error;        ///< `PATH: error: ...` when something could not be written; nothing is overwritten
    bool ok() const { return error.isEmpty(); }
};

/// The source record of an article that was read: URL, redirects, metadata, retrieval time, SHA-256 of the
/// original and the snapshot's name (relative to the document's folder).
CLAIMBENCH_ARTICLE_EXPORT DocumentSource documentSource(const ArticleSource &article, const QString &snapshotFileName);

/// "story.txt" → "story.original.html" for an HTML original (same folder).
CLAIMBENCH_ARTICLE_EXPORT QString snapshotPathFor(const QString &documentPath, const QString &suffix);

/// "story.txt" → "story.offline.html" (same folder).
CLAIMBENCH_ARTICLE_EXPORT QString offlineCopyPathFor(const QString &documentPath);

/// Writes the readable article to `documentPath`, the original (and a web page's offline copy) beside it, and a new sidecar whose
/// document.source records where it came from, each through the core's atomic writer. Refuses (an error, nothing
/// written) when the document or its sidecar exists already: claims are never replaced by a new article.
CLAIMBENCH_ARTICLE_EXPORT WrittenArticle writeArticle(const ArticleSource &article, const QString &documentPath);

} // namespace Claimbench
