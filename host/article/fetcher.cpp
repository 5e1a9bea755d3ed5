// SPDX-License-Identifier: GPL-2.0-or-later
// Fetching a page like a careful browser: Qt Network, no cookies kept, redirects followed by hand (so that each
// is recorded and checked), a transfer timeout, a size cap, and one clear error for each kind of failure.
#include "articlesource.h"
#include "fetcher.h"
#include "offlinecopy.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslError>

namespace Claimbench {

namespace {

/// A cookie jar that keeps nothing: every Set-Cookie is dropped, no request carries a cookie.
class NoCookieJar : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};

ArticleSource failure(ArticleSource::ErrorKind kind, const QString &message)
{
    ArticleSource s;
    s.errorKind = kind;
    s.error = message;
    return s;
}

ArticleSource networkFailure(QNetworkReply *reply, const QUrl &url, int timeoutMs)
{
    using E = QNetworkReply::NetworkError;
    using K = ArticleSource::ErrorKind;
    const QString host = url.host();
    switch (reply->error()) {
    case E::HostNotFoundError:
        return failure(K::Dns, QStringLiteral("cannot find the server %1 (DNS: no such host)").arg(host));
    case E::ConnectionRefusedError:
        return failure(K::Connection, QStringLiteral("%1 refused the connection").arg(host));
    case E::RemoteHostClosedError:
        return failure(K::Connection, QStringLiteral("%1 closed the connection before the page was complete").arg(host));
    case E::OperationCanceledError:
    case E::TimeoutError:
        return failure(K::Timeout, QStringLiteral("%1 sent nothing for %2 s: timed out").arg(host).arg(timeoutMs / 1000.0));
    case E::SslHandshakeFailedError:
    case E::UnknownNetworkError:
        if (url.scheme() == u"https")
            return failure(K::Tls, QStringLiteral("secure connection to %1 failed (TLS): %2").arg(host, reply->errorString()));
        break;
    case E::InsecureRedirectError:
        return failure(K::Http, QStringLiteral("%1 redirected from https to plain http; not followed").arg(host));
    case E::ProtocolFailure:
    case E::ProtocolUnknownError:
        return failure(K::Connection, QStringLiteral("%1 did not answer in HTTP: %2").arg(host, reply->errorString()));
    default:
        break;
    }
    return failure(K::Connection, QStringLiteral("cannot fetch %1: %2").arg(url.toString(), reply->errorString()));
}

} // namespace

struct Fetcher::Private {
    ArticleReadOptions options;
    QNetworkAccessManager nam;
};

Fetcher::Fetcher(const ArticleReadOptions &options)
    : d(std::make_unique<Private>())
{
    d->options = options;
    d->nam.setCookieJar(new NoCookieJar(&d->nam));
    d->nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    d->nam.setAutoDeleteReplies(false);
}

Fetcher::~Fetcher() = default;

FetchedResource Fetcher::get(const QUrl &startUrl, qint64 maxBytes, const QByteArray &accept)
{
    using K = ArticleSource::ErrorKind;
    const ArticleReadOptions &options = d->options;
    auto fail = [](K kind, const QString &message) {
        FetchedResource r;
        r.errorKind = kind;
        r.error = message;
        return r;
    };
    QUrl url = startUrl;
    QStringList redirects;
    for (;;) {
        if (url.scheme() != u"http" && url.scheme() != u"https")
            return fail(K::Unsupported, QStringLiteral("only http:// and https:// URLs can be fetched, not %1").arg(url.toString()));
        QNetworkRequest request(url);
        request.setTransferTimeout(options.timeoutMs);
        request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Claimbench/0.1 (fact-checking workbench)"));
        request.setRawHeader("Accept", accept);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
        request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        std::unique_ptr<QNetworkReply> reply(d->nam.get(request));
        QByteArray body;
        FetchedResource capped;
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
            body += reply->readAll();
            if (body.size() > maxBytes && capped.ok()) {
                capped = fail(K::TooLarge, QStringLiteral("%1 is larger than %2 bytes; not read").arg(url.toString()).arg(maxBytes));
                reply->abort();
            }
        });
        QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, &loop, [&] {
            const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            if (length > maxBytes && capped.ok()) {
                capped = fail(K::TooLarge, QStringLiteral("%1 is %2 bytes, larger than the limit of %3; not read")
                                               .arg(url.toString()).arg(length).arg(maxBytes));
                reply->abort();
            }
        });
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        if (!capped.ok())
            return capped;
        body += reply->readAll();
        if (body.size() > maxBytes) // what arrived with the end, after the last readyRead check
            return fail(K::TooLarge, QStringLiteral("%1 is larger than %2 bytes; not read").arg(url.toString()).arg(maxBytes));

        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 300 && status < 400 && status != 304) {
            const QByteArray location = reply->rawHeader("Location");
            if (location.isEmpty())
                return fail(K::Http, QStringLiteral("HTTP %1 from %2 without a Location to go to").arg(status).arg(url.toString()));
            const QUrl target = url.resolved(QUrl::fromEncoded(location));
            if (redirects.size() >= options.maxRedirects)
                return fail(K::Http, QStringLiteral("more than %1 redirects from %2; stopped").arg(options.maxRedirects).arg(startUrl.toString()));
            if (url.scheme() == u"https" && target.scheme() == u"http")
                return fail(K::Http, QStringLiteral("%1 redirected from https to plain http; not followed").arg(url.host()));
            if (target == url || redirects.contains(target.toString()))
                return fail(K::Http, QStringLiteral("%1 redirects in a loop").arg(url.toString()));
            redirects.append(url.toString());
            url = target;
            continue;
        }
        if (status >= 400) {
            const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            return fail(K::Http, QStringLiteral("HTTP %1%2 from %3").arg(status).arg(reason.isEmpty() ? QString() : u' ' + reason, url.toString()));
        }
        if (reply->error() != QNetworkReply::NoError) {
            const ArticleSource f = networkFailure(reply.get(), url, options.timeoutMs);
            return fail(f.errorKind, f.error);
        }
        FetchedResource r;
        r.body = body;
        r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        r.url = url;
        r.redirects = redirects;
        return r;
    }
}

QByteArray FetchedResource::mediaType() const
{
    return contentType.split(';').first().trimmed().toLower();
}

QByteArray FetchedResource::charset() const
{
    for (const QByteArray &param : contentType.split(';').mid(1)) {
        const QByteArray p = param.trimmed();
        if (p.toLower().startsWith("charset="))
            return p.mid(8).replace('"', "").trimmed().toLower();
    }
    return {};
}

ArticleSource fetchArticle(const QUrl &startUrl, const ArticleReadOptions &options)
{
    using K = ArticleSource::ErrorKind;
    Fetcher fetcher(options);
    const FetchedResource page = fetcher.get(startUrl, options.maxBytes,
                                             "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5");
    if (!page.ok()) {
        ArticleSource s;
        s.errorKind = page.errorKind;
        s.error = page.error;
        return s;
    }
    const QByteArray mediaType = page.mediaType();
    const QString url = page.url.toString();
    ArticleSource s;
    const bool html = mediaType.isEmpty() || mediaType == "text/html" || mediaType == "application/xhtml+xml";
    if (mediaType == "application/pdf")
        s = readPdfArticle(page.body);
    else if (html)
        s = readHtmlArticle(page.body, page.charset());
    else
        return failure(K::NotAnArticle, QStringLiteral("not an article: %1 sent %2, not a web page or PDF")
                                            .arg(url, QString::fromLatin1(mediaType)));
    if (!s.ok())
        return s;
    s.original = page.body;
    if (!mediaType.isEmpty())
        s.mediaType = QString::fromLatin1(mediaType);
    s.url = url;
    s.redirects = page.redirects;
    s.retrieved = options.now();
    if (html && options.offlineCopy) {
        const OfflineCopy copy = makeOfflineCopy(htmlToUtf8(page.body, page.charset()), page.url,
                                                 [&](const QUrl &u, qint64 max) { return fetcher.get(u, max); }, options);
        s.offlineCopy = copy.html;
        s.offlineMissing = copy.missing;
    }
    return s;
}

} // namespace Claimbench
