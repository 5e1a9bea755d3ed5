// SPDX-License-Identifier: GPL-2.0-or-later
// Fetching a page like a careful browser: Qt Network, no cookies kept, redirects followed by hand (so that each
// is recorded and checked), a transfer timeout, a size cap, and one clear error for each kind of failure.
#include "articlesource.h"

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

ArticleSource fetchArticle(const QUrl &startUrl, const ArticleReadOptions &options)
{
    using K = ArticleSource::ErrorKind;
    QNetworkAccessManager nam;
    nam.setCookieJar(new NoCookieJar(&nam));
    nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    nam.setAutoDeleteReplies(false);

    QUrl url = startUrl;
    QStringList redirects;
    for (;;) {
        if (url.scheme() != u"http" && url.scheme() != u"https")
            return failure(K::Unsupported, QStringLiteral("only http:// and https:// URLs can be fetched, not %1").arg(url.toString()));
        QNetworkRequest request(url);
        request.setTransferTimeout(options.timeoutMs);
        request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Claimbench/0.1 (fact-checking workbench)"));
        request.setRawHeader("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5");
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
        request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        std::unique_ptr<QNetworkReply> reply(nam.get(request));
        QByteArray body;
        ArticleSource capped;
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
            body += reply->readAll();
            if (body.size() > options.maxBytes && capped.ok()) {
                capped = failure(K::TooLarge, QStringLiteral("the page is larger than %1 bytes; not read").arg(options.maxBytes));
                reply->abort();
            }
        });
        QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, &loop, [&] {
            const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            if (length > options.maxBytes && capped.ok()) {
                capped = failure(K::TooLarge, QStringLiteral("the page is %1 bytes, larger than the limit of %2; not read")
                                                  .arg(length).arg(options.maxBytes));
                reply->abort();
            }
        });
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        if (!capped.ok())
            return capped;
        body += reply->readAll();
        if (body.size() > options.maxBytes) // what arrived with the end, after the last readyRead check
            return failure(K::TooLarge, QStringLiteral("the page is larger than %1 bytes; not read").arg(options.maxBytes));

        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 300 && status < 400 && status != 304) {
            const QByteArray location = reply->rawHeader("Location");
            if (location.isEmpty())
                return failure(K::Http, QStringLiteral("HTTP %1 from %2 without a Location to go to").arg(status).arg(url.toString()));
            const QUrl target = url.resolved(QUrl::fromEncoded(location));
            if (redirects.size() >= options.maxRedirects)
                return failure(K::Http, QStringLiteral("more than %1 redirects from %2; stopped").arg(options.maxRedirects).arg(startUrl.toString()));
            if (url.scheme() == u"https" && target.scheme() == u"http")
                return failure(K::Http, QStringLiteral("%1 redirected from https to plain http; not followed").arg(url.host()));
            if (target == url || redirects.contains(target.toString()))
                return failure(K::Http, QStringLiteral("%1 redirects in a loop").arg(url.toString()));
            redirects.append(url.toString());
            url = target;
            continue;
        }
        if (status >= 400) {
            const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            return failure(K::Http, QStringLiteral("HTTP %1%2 from %3").arg(status).arg(reason.isEmpty() ? QString() : u' ' + reason, url.toString()));
        }
        if (reply->error() != QNetworkReply::NoError)
            return networkFailure(reply.get(), url, options.timeoutMs);

        const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        const QByteArray mediaType = contentType.split(';').first().trimmed().toLower();
        ArticleSource s;
        if (mediaType == "application/pdf") {
            s = readPdfArticle(body);
        } else if (mediaType.isEmpty() || mediaType == "text/html" || mediaType == "application/xhtml+xml") {
            QByteArray charset;
            for (const QByteArray &param : contentType.split(';').mid(1)) {
                const QByteArray p = param.trimmed();
                if (p.toLower().startsWith("charset="))
                    charset = p.mid(8).replace('"', "").trimmed().toLower();
            }
            s = readHtmlArticle(body, charset);
        } else {
            return failure(K::NotAnArticle, QStringLiteral("not an article: %1 sent %2, not a web page or PDF")
                                                .arg(url.toString(), QString::fromLatin1(mediaType)));
        }
        if (!s.ok())
            return s;
        s.original = body;
        if (!mediaType.isEmpty())
            s.mediaType = QString::fromLatin1(mediaType);
        s.url = url.toString();
        s.redirects = redirects;
        s.retrieved = options.now();
        return s;
    }
}

} // namespace Claimbench
