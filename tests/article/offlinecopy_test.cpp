// SPDX-License-Identifier: GPL-2.0-or-later
// The offline copy of a fetched page, through a local HTTP server on 127.0.0.1 (started here; never the
// internet): its stylesheet and images inside, nothing that runs, a missing or oversized resource only left out.
#include "articlesource.h"
#include "articlewriter.h"
#include "htmldom.h"
#include "localserver.h"
#include "offlinecopy.h"
#include "sidecar.h"
#include "testpages.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;
using Claimbench::Test::LocalServer;
using Claimbench::Test::Response;

namespace {

ArticleReadOptions quick()
{
    ArticleReadOptions o;
    o.timeoutMs = 300;
    o.now = [] { return QDateTime(QDate(2026, 12, 1), QTime(17, 0), QTimeZone::UTC); };
    return o;
}

// A 1x1 PNG and a small font-like blob: bytes whose base64 the copy must hold.
const QByteArray png = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
const QByteArray background = png + "background";

QByteArray styledPage(const QByteArray &image)
{
    QByteArray page = Test::newsPage();
    page.replace("</head>", "<base href=\"/site/\"><link rel=\"stylesheet\" href=\"style.css\" media=\"screen\">"
                            "<link rel=\"preload\" href=\"/font.woff2\"><script src=\"/tracker.js\"></script>"
                            "<meta http-equiv=\"refresh\" content=\"0; url=/elsewhere\"></head>");
    page.replace("<h2>What the leader said</h2>",
                 "<figure><img src=\"" + image + "\" srcset=\"/big.png 2x\" alt=\"The council chamber\" onload=\"track()\">"
                 "<figcaption>PHOTOCAPTION</figcaption></figure><iframe src=\"/ad.html\"></iframe>"
                 "<h2 onclick=\"steal()\">What the leader said</h2><a href=\"javascript:steal()\">JSLINK</a> "
                 "<a href=\"budget.html\">the budget</a>");
    return page;
}

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

} // namespace

class OfflineCopyTest : public QObject
{
    Q_OBJECT
    LocalServer server;

private slots:
    void initTestCase()
    {
        QVERIFY(server.start());
        using Test::html;
        server.routes[QStringLiteral("/site/story.html")] = html(styledPage("chamber.png"));
        server.routes[QStringLiteral("/site/broken.html")] = html(styledPage("/no-such-image.png"));
        server.routes[QStringLiteral("/site/huge.html")] = html(styledPage("/huge.png"));
        server.routes[QStringLiteral("/site/style.css")] =
            html("@import url(\"more.css\");\n.STYLED { color: #123456; background: url(bg.png) }\n", "text/css");
        server.routes[QStringLiteral("/site/more.css")] = html(".IMPORTED { font-weight: bold }\n", "text/css");
        server.routes[QStringLiteral("/site/bg.png")] = html(background, "image/png");
        server.routes[QStringLiteral("/site/chamber.png")] = html(png, "image/png");
        server.routes[QStringLiteral("/huge.png")] = html(png + QByteArray(5000, 'x'), "image/png");
        server.routes[QStringLiteral("/script-page.html")] = html(Test::newsPage());
    }

    void stylesheetAndImageInsideNoScript()
    {
        server.requestPaths.clear();
        const ArticleSource s = fetchArticle(QUrl(server.url(QStringLiteral("/site/story.html"))), quick());
        QVERIFY2(s.ok(), qPrintable(s.error));
        const QString copy = text(s.offlineCopy);
        QVERIFY2(s.offlineMissing.isEmpty(), qPrintable(s.offlineMissing.join(u'\n')));
        // The stylesheet (and the one it imports) as <style>, its background and the photo as data: URIs.
        QVERIFY(copy.contains(QRegularExpression(QStringLiteral("<style media=\"screen\">[^<]*\\.IMPORTED \\{ font-weight: bold \\}[^<]*"
                                                                "\\.STYLED \\{ color: #123456;"))));
        QVERIFY(copy.contains(QStringLiteral("url(\"data:image/png;base64,") + QString::fromLatin1(background.toBase64()) + u'"'));
        QVERIFY(copy.contains(QStringLiteral("<img src=\"data:image/png;base64,") + QString::fromLatin1(png.toBase64())
                              + QStringLiteral("\" alt=\"The council chamber\">")));
        // Nothing that runs, frames or loads from outside; no <base>.
        for (const char *gone : {"<script", "SCRIPTTEXT", "<iframe", "onload", "onclick", "javascript:", "<base", "srcset",
                                 "preload", "refresh", "stylesheet"})
            QVERIFY2(!copy.contains(QLatin1String(gone), Qt::CaseInsensitive), gone);
        // The page's text and its own <style> are kept; links go to the site, not to the copy's folder.
        QVERIFY(copy.contains(QStringLiteral("PHOTOCAPTION")));
        QVERIFY(copy.contains(QStringLiteral(".STYLETEXT { color: red }")));
        QVERIFY(copy.contains(QStringLiteral("<a href=\"") + server.url(QStringLiteral("/site/budget.html")) + u'"'));
        QVERIFY(copy.contains(QStringLiteral("Content-Security-Policy")));
        QVERIFY(copy.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">")));
        // The resources came through the fetcher, each once; the script and the iframe were never asked for.
        QCOMPARE(server.requestPaths, (QList<QByteArray>{"/site/story.html", "/site/style.css", "/site/more.css",
                                                         "/site/bg.png", "/site/chamber.png"}));
        // The copy is HTML a parser reads back to the same article.
        const ArticleSource again = readHtmlArticle(s.offlineCopy);
        QVERIFY(again.ok());
        QCOMPARE(again.article.bodyText(), s.article.bodyText());
    }

    void missingImageDoesNotFailTheArticle()
    {
        const ArticleSource s = fetchArticle(QUrl(server.url(QStringLiteral("/site/broken.html"))), quick());
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.article.title, QStringLiteral("Council tax to rise by 5% next year"));
        const QString copy = text(s.offlineCopy);
        QVERIFY(copy.contains(QStringLiteral("<img alt=\"The council chamber\">"))); // left out: its alt text shows
        QVERIFY(!copy.contains(QStringLiteral("no-such-image")));
        QCOMPARE(s.offlineMissing.size(), 1);
        QVERIFY2(s.offlineMissing.first().startsWith(server.url(QStringLiteral("/no-such-image.png")) + QStringLiteral(": HTTP 404")),
                 qPrintable(s.offlineMissing.first()));
        QVERIFY(copy.contains(QStringLiteral(".STYLED"))); // the rest is there
    }

    void limits_data()
    {
        QTest::addColumn<qint64>("perResource");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("why");
        QTest::newRow("one too large") << qint64(1000) << qint64(1 << 20) << 200 << "larger than";
        QTest::newRow("over the total") << qint64(1 << 20) << qint64(1000) << 200 << "in all";
        QTest::newRow("too many") << qint64(1 << 20) << qint64(1 << 20) << 3 << "more than 3 resources";
    }
    void limits()
    {
        QFETCH(qint64, perResource);
        QFETCH(qint64, total);
        QFETCH(int, count);
        QFETCH(QString, why);
        ArticleReadOptions options = quick();
        options.maxResourceBytes = perResource;
        options.maxOfflineBytes = total;
        options.maxResources = count;
        const ArticleSource s = fetchArticle(QUrl(server.url(QStringLiteral("/site/huge.html"))), options);
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.offlineMissing.size(), 1);
        QVERIFY2(s.offlineMissing.first().startsWith(server.url(QStringLiteral("/huge.png")) + QStringLiteral(": ")),
                 qPrintable(s.offlineMissing.first()));
        QVERIFY2(s.offlineMissing.first().contains(why), qPrintable(s.offlineMissing.first()));
        QVERIFY(text(s.offlineCopy).contains(QStringLiteral("<img alt=\"The council chamber\">")));
    }

    void onlyWebAddressesAreRead()
    {
        // A page naming a file on this machine never gets it into the copy.
        QTemporaryDir dir;
        const QString secret = dir.filePath(QStringLiteral("secret.png"));
        QFile f(secret);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(png);
        f.close();
        int fetched = 0;
        const OfflineCopy copy = makeOfflineCopy(
            "<html><head></head><body><img src=\"" + QUrl::fromLocalFile(secret).toEncoded() + "\"><p>text</p></body></html>",
            QUrl(server.url(QStringLiteral("/x.html"))),
            [&](const QUrl &, qint64) { ++fetched; return FetchedResource(); }, quick());
        QCOMPARE(fetched, 0);
        QVERIFY(!text(copy.html).contains(QString::fromLatin1(png.toBase64())));
        QCOMPARE(copy.missing.size(), 1);
        QVERIFY(copy.missing.first().endsWith(QStringLiteral("not an http(s) address")));
    }

    void writtenBesideTheArticleAndRecorded()
    {
        QTemporaryDir dir;
        const ArticleSource s = fetchArticle(QUrl(server.url(QStringLiteral("/site/story.html"))), quick());
        QVERIFY2(s.ok(), qPrintable(s.error));
        const WrittenArticle w = writeArticle(s, dir.filePath(QStringLiteral("tax.txt")));
        QVERIFY2(w.ok(), qPrintable(w.error));
        QCOMPARE(w.offlineCopyPath, dir.filePath(QStringLiteral("tax.offline.html")));
        QFile f(w.offlineCopyPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), s.offlineCopy);
        QCOMPARE(w.source.offlineCopy, QStringLiteral("tax.offline.html"));
        const Sidecar::ReadResult read = Sidecar::read(w.sidecarPath);
        QVERIFY(read.ok());
        QCOMPARE(read.data.document.source.offlineCopy, QStringLiteral("tax.offline.html"));
        QCOMPARE(read.data.document.source.snapshot, QStringLiteral("tax.original.html"));
        // A second article of that name is refused: the copy of the first is not replaced.
        QFile::remove(w.documentPath);
        QFile::remove(w.sidecarPath);
        QFile::remove(w.snapshotPath);
        const WrittenArticle again = writeArticle(s, dir.filePath(QStringLiteral("tax.txt")));
        QVERIFY(!again.ok());
        QVERIFY2(again.error.contains(QStringLiteral("offline copy exists")), qPrintable(again.error));
    }

    void savedPagesAndOtherSourcesHaveNone()
    {
        // Only a page fetched by URL gets a copy: a saved page's resources are not on the web address it had.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("page.html"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(Test::newsPage());
        f.close();
        const ArticleSource s = readArticleFile(path, quick());
        QVERIFY(s.ok());
        QVERIFY(s.offlineCopy.isEmpty());
        const WrittenArticle w = writeArticle(s, dir.filePath(QStringLiteral("page.txt")));
        QVERIFY2(w.ok(), qPrintable(w.error));
        QVERIFY(w.offlineCopyPath.isEmpty());
        QVERIFY(w.source.offlineCopy.isEmpty());
        ArticleReadOptions off = quick();
        off.offlineCopy = false;
        QVERIFY(fetchArticle(QUrl(server.url(QStringLiteral("/script-page.html"))), off).offlineCopy.isEmpty());
    }

    void serializerRoundTrip()
    {
        HtmlDocument doc = HtmlDocument::parse("<p title='a \"q\" &amp; b'>x &lt; y &amp; z\u00a0<br>w</p><pre>\n\nkept</pre>"
                                               "<style>a > b { x: \"&amp;\" }</style>");
        QCOMPARE(serializeHtml(doc.body()),
                 QStringLiteral("<body><p title=\"a &quot;q&quot; &amp; b\">x &lt; y &amp; z&nbsp;<br>w</p><pre>\n\nkept</pre>"
                                "<style>a > b { x: \"&amp;\" }</style></body>"));
    }
};

QTEST_MAIN(OfflineCopyTest)
#include "offlinecopy_test.moc"
