// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "articlesource.h"
#include "claimbench_article_export.h"
#include "fetcher.h"

#include <QByteArray>
#include <QStringList>
#include <QUrl>
#include <functional>

namespace Claimbench {

/// A web page as one HTML file that opens offline, as it looked (docs/articles.md, "The offline copy").
struct CLAIMBENCH_ARTICLE_EXPORT OfflineCopy {
    QByteArray html;      ///< UTF-8; its stylesheets and images inside it; no script, iframe or event handler
    QStringList inlined;  ///< the resources put inside it (absolute URLs, in the order fetched)
    QStringList missing;  ///< the resources it lacks: "URL: why" (not found, too large, over the total, ...)
    bool isValid() const { return !html.isEmpty(); }
};

/// Fetches one resource (an http(s) URL) with at most `maxBytes`; Fetcher::get() in the workbench and the CLI.
using ResourceFetch = std::function<FetchedResource(const QUrl &url, qint64 maxBytes)>;

/// The offline copy of a page (`utf8Html`, fetched from `pageUrl`): the stylesheets it links (<link
/// rel=stylesheet>, their @imports) and the images and fonts it and they use (<img src>, <input type=image>,
/// <video poster>, CSS url() in stylesheets, <style> and style attributes) fetched through `fetch` and put inside
/// as <style> and data: URIs; script, noscript's wrapper, iframe, frame, object, embed, base, other links, meta
/// refresh, event handler attributes and javascript: URLs removed; the remaining links made absolute; a
/// Content-Security-Policy that lets it load nothing from outside. A resource that cannot be had is left out
/// (listed in `missing`): it never fails the copy. Limits: options.maxResourceBytes for each,
/// options.maxOfflineBytes for all together, options.maxResources fetches; only http(s), any origin.
CLAIMBENCH_ARTICLE_EXPORT OfflineCopy makeOfflineCopy(const QByteArray &utf8Html, const QUrl &pageUrl,
                                                      const ResourceFetch &fetch, const ArticleReadOptions &options = {});

} // namespace Claimbench
