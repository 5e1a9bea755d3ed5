// SPDX-License-Identifier: GPL-2.0-or-later
// Fetching through a local HTTP server on 127.0.0.1 (started here; never the internet): shared pages,
// redirects, charsets, cookies, and every kind of failure. Deterministic: a server that never answers or stops
// half-way meets a short client timeout set here; nothing sleeps.
#include "articlesource.h"
#include "localserver.h"
#include "testpages.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Claimbench;
using Claimbench::Test::LocalServer;
using Claimbench::Test::Response;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString sharedPage(const QString &name, const QString &file)
{
    return QStringLiteral(CLAIMBENCH_SOURCE_DIR "/../shared/articles/readability-dev/") + name + u'/' + file;
}

ArticleReadOptions quick()
{
    ArticleReadOptions o;
    o.timeoutMs = 300;
    o.now = [] { return QDateTime(QDate(2026, 12, 1), QTime(17, 0), QTimeZone::UTC); };
    return o;
}

} // namespace

class FetchTest : public QObject
{
    Q_OBJECT
    LocalServer server;

private slots:
    void initTestCase()
    {
        QVERIFY(server.start());
        using Test::html;
        using Test::redirect;
        server.routes[QStringLiteral("/bbc")] = html(readFile(sharedPage(QStringLiteral("bbc-1"), QStringLiteral("source.html"))));
        server.routes[QStringLiteral("/news")] = html(Test::newsPage());
        server.routes[QStringLiteral("/old")] = redirect(301, "/moved");
        server.routes[QStringLiteral("/moved")] = redirect(302, server.url(QStringLiteral("/news")).toLatin1(),
                                                           {{"Set-Cookie", "session=SECRET; Path=/"}});
        server.routes[QStringLiteral("/loop")] = redirect(302, "/loop2");
        server.routes[QStringLiteral("/loop2")] = redirect(302, "/loop");
        server.routes[QStringLiteral("/nowhere")] = redirect(302, "");
        server.routes[QStringLiteral("/gone")] = Response{Response::Mode::Answer, 410, "Gone", {}, "gone"};
        server.routes[QStringLiteral("/error")] = Response{Response::Mode::Answer, 500, "Internal Server Error", {}, "oops"};
        server.routes[QStringLiteral("/image")] = html("\x89PNG\r\n\x1a\n", "image/png");
        server.routes[QStringLiteral("/empty")] = html("<html><body><nav>Home</nav></body></html>");
        server.routes[QStringLiteral("/silent")] = Response{Response::Mode::Silent, 200, "OK", {}, {}};
        server.routes[QStringLiteral("/stall")] = Response{Response::Mode::Stall, 200, "OK",
                                                           {{"Content-Type", "text/html"}, {"Content-Length", "5000"}},
                                                           Test::newsPage().left(300)};
        server.routes[QStringLiteral("/cut")] = Response{Response::Mode::Cut, 200, "OK",
                                                         {{"Content-Type", "text/html"}, {"Content-Length", "5000"}},
                                                         Test::newsPage().left(300)};
        server.routes[QStringLiteral("/garbage")] = Response{Response::Mode::Garbage, 200, "OK", {}, {}};
        server.routes[QStringLiteral("/big")] = html(QByteArray("<p>word </p>").repeated(2000));
        Response chunked = html(QByteArray("<p>word </p>").repeated(2000));
        chunked.mode = Response::Mode::Cut; // no Content-Length: the body runs until the server closes
        server.routes[QStringLiteral("/big-unannounced")] = chunked;
        QByteArray latin = QString::fromUtf8(Test::newsPage()).replace(QStringLiteral("Tuesday"), QStringLiteral("Tuesday (café owners objected)")).toLatin1();
        server.routes[QStringLiteral("/latin1")] = html(latin, "text/html; charset=windows-1252"); // the header beats <meta charset="utf-8">
    }

    void sharedPageByUrl()
    {
        const ArticleSource s = fetchArticle(QUrl(server.url(QStringLiteral("/bbc"))), quick());
        QVERIFY2(s.ok(), qPrintable(s.error));
        const QJsonObject meta = QJsonDocument::fromJson(readFile(sharedPage(QStringLiteral("bbc-1"), QStringLiteral("expected-metadata.json")))).object();
        QCOMPARE(s.article.title, meta.value(QLatin1String("title")).toString());
        QCOMPARE(s.article.siteName, meta.value(QLatin1String("siteName")).toString());
        QCOMPARE(s.article.publishedTime, meta.value(QLatin1String("publishedTime")).toString());
        QCOMPARE(s.url, server.url(QStringLiteral("/bbc")));
        QVERIFY(s.redirects.isEmpty());
        QCOMPARE(s.original, readFile(sharedPage(QStringLiteral("bbc-1"), QStringLiteral("source.html"))));
        QCOMPARE(s.mediaType, QStringLiteral("text/html"));
        QCOMPARE(s.retrieved, QDateTime(QDate(2026, 12, 1), QTime(17, 0), QTimeZone::UTC));
    }

    void redirectsRecordedNoCookiesKept()
    {
        server.requests.clear();
        const ArticleSource s = fetchArticle(QUrl(server.url(QStringLiteral("/old"))), quick());
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.url, server.url(QStringLiteral("/news")));
        QCOMPARE(s.redirects, (QStringList{server.url(QStringLiteral("/old")), server.url(QStringLiteral("/moved"))}));
        QCOMPARE(s.article.title, QStringLiteral("Council tax to rise by 5% next year"));
        // /moved set a cookie; the request that followed did not send it back.
        QCOMPARE(server.requests.size(), 3);
        QVERIFY(!server.requests.last().toLower().contains("cookie"));
    }

    void charsetFromTheHeader()
    {
        const ArticleSource s = fetchArticle(QUrl(server.url(QStringLiteral("/latin1"))), quick());
        QVERIFY2(s.ok(), qPrintable(s.error));
        QVERIFY(s.article.bodyText().contains(QStringLiteral("(café owners objected)")));
    }

    void failures_data()
    {
        using K = ArticleSource::ErrorKind;
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("404") << "/missing" << int(K::Http) << "HTTP 404 Not Found";
        QTest::newRow("410") << "/gone" << int(K::Http) << "HTTP 410 Gone";
        QTest::newRow("500") << "/error" << int(K::Http) << "HTTP 500 Internal Server Error";
        QTest::newRow("redirect loop") << "/loop" << int(K::Http) << "redirects in a loop";
        QTest::newRow("redirect nowhere") << "/nowhere" << int(K::Http) << "without a Location";
        QTest::newRow("image") << "/image" << int(K::NotAnArticle) << "image/png";
        QTest::newRow("no article") << "/empty" << int(K::NotAnArticle) << "no readable text";
        QTest::newRow("never answers") << "/silent" << int(K::Timeout) << "timed out";
        QTest::newRow("stops half-way") << "/stall" << int(K::Timeout) << "timed out";
        QTest::newRow("cut off") << "/cut" << int(K::Connection) << "";
        QTest::newRow("not HTTP") << "/garbage" << int(K::Connection) << "";
        QTest::newRow("too large") << "/big" << int(K::TooLarge) << "larger than";
        QTest::newRow("too large, unannounced") << "/big-unannounced" << int(K::TooLarge) << "larger than";
    }
    void failures()
    {
        QFETCH(QString, path);
        QFETCH(int, kind);
        QFETCH(QString, message);
        ArticleReadOptions options = quick();
        options.maxBytes = 10000;
        const ArticleSource s = fetchArticle(QUrl(server.url(path)), options);
        QCOMPARE(int(s.errorKind), kind);
        QVERIFY2(s.error.contains(message), qPrintable(s.error));
        QVERIFY(s.original.isEmpty());
    }

    void tlsFailure()
    {
        // https:// to a port that speaks plain HTTP: the handshake fails.
        const QString url = server.url(QStringLiteral("/news")).replace(QStringLiteral("http://"), QStringLiteral("https://"));
        const ArticleSource s = fetchArticle(QUrl(url), quick());
        QCOMPARE(s.errorKind, ArticleSource::ErrorKind::Tls);
        QVERIFY2(s.error.contains(QStringLiteral("TLS")), qPrintable(s.error));
    }

    void refused()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        const ArticleSource s = fetchArticle(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), quick());
        QCOMPARE(s.errorKind, ArticleSource::ErrorKind::Connection);
        QVERIFY2(s.error.contains(QStringLiteral("refused")), qPrintable(s.error));
    }

    void onlyWebUrls()
    {
        QCOMPARE(loadArticle(QStringLiteral("ftp://example.org/a.html"), quick()).errorKind, ArticleSource::ErrorKind::Unsupported);
        QCOMPARE(loadArticle(QStringLiteral("http://"), quick()).errorKind, ArticleSource::ErrorKind::Unsupported);
        QVERIFY(isArticleUrl(QStringLiteral("HTTPS://example.org/")));
        QVERIFY(!isArticleUrl(QStringLiteral("/home/me/page.html")));
    }
};

QTEST_MAIN(FetchTest)
#include "fetch_test.moc"
