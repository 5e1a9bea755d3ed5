// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "articlesource.h"
#include "claimbench_article_export.h"

#include <QByteArray>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace Claimbench {

/// One response fetched by a Fetcher: its bytes and Content-Type, the final URL and the redirects followed.
struct CLAIMBENCH_ARTICLE_EXPORT FetchedResource {
    QByteArray body;
    QByteArray contentType; ///< the Content-Type header as sent ("text/css; charset=utf-8"); may be empty
    QUrl url;               ///< after redirects
    QStringList redirects;
    QString error;
    ArticleSource::ErrorKind errorKind = ArticleSource::ErrorKind::None;
    bool ok() const { return errorKind == ArticleSource::ErrorKind::None; }
    QByteArray mediaType() const; ///< "text/css", lower case, without parameters
    QByteArray charset() const;   ///< the Content-Type's charset parameter, lower case; empty when none
};

/// The careful browser's network side, shared by the page and the resources of its offline copy: Qt Network,
/// no cookies kept or sent, no cache, redirects followed by hand (https never to plain http, loops and more than
/// `maxRedirects` refused), the transfer timeout of the options, and a size cap for each response.
class CLAIMBENCH_ARTICLE_EXPORT Fetcher
{
public:
    explicit Fetcher(const ArticleReadOptions &options = {});
    ~Fetcher();
    Fetcher(const Fetcher &) = delete;
    Fetcher &operator=(const Fetcher &) = delete;

    /// GETs `url` (http or https only), running a local event loop until done. A response larger than
    /// `maxBytes` (announced or not) is aborted: TooLarge.
    FetchedResource get(const QUrl &url, qint64 maxBytes, const QByteArray &accept = "*/*");

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Claimbench
