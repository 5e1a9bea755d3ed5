// SPDX-License-Identifier: GPL-2.0-or-later
// claimbench-cli article: the readable document, the snapshot beside it, the source in the new sidecar (read
// back through the core's sidecar reader as a DocumentSource), --json, and never over an existing article.
#include "localserver.h"
#include "sidecar.h"
#include "testpages.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

// Runs the CLI while this process's event loop keeps serving the local server.
Run runCli(const QStringList &args)
{
    QProcess p;
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    p.start(QStringLiteral(CLAIMBENCH_CLI), args);
    loop.exec();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class ArticleCliTest : public QObject
{
    Q_OBJECT
private slots:
    void savedPage()
    {
        QTemporaryDir dir;
        const QString page = dir.filePath(QStringLiteral("saved.html"));
        QFile f(page);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(Test::newsPage());
        f.close();
        const QString out = dir.filePath(QStringLiteral("tax.txt"));
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const Run r = runCli({QStringLiteral("article"), page, QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        const QString text = QString::fromUtf8(readFile(out));
        QVERIFY(text.startsWith(QStringLiteral("Council tax to rise by 5% next year\nJane Smith\n2026-11-30T09:00:00Z\n\n"
                                               "Essex County Council confirmed on Tuesday")));
        QVERIFY(text.contains(QStringLiteral("\n> \"We had no choice but to raise it")));
        QVERIFY(text.contains(QStringLiteral("\n- Band A: £1,200 a year\n- Band D: £1,800 a year\n")));
        QVERIFY(!text.contains(QStringLiteral("COMMENTTEXT")));
        QCOMPARE(readFile(dir.filePath(QStringLiteral("tax.original.html"))), Test::newsPage());

        const Sidecar::ReadResult sidecar = Sidecar::read(Sidecar::pathFor(out));
        QVERIFY(sidecar.ok());
        QCOMPARE(sidecar.data.document.fileName, QStringLiteral("tax.txt"));
        DocumentSource expected;
        expected.title = QStringLiteral("Council tax to rise by 5% next year");
        expected.siteName = QStringLiteral("Essex Chronicle");
        expected.byline = QStringLiteral("Jane Smith");
        expected.publishedTime = QStringLiteral("2026-11-30T09:00:00Z");
        expected.lang = QStringLiteral("en-GB");
        expected.sha256 = QString::fromLatin1(QCryptographicHash::hash(Test::newsPage(), QCryptographicHash::Sha256).toHex());
        expected.snapshot = QStringLiteral("tax.original.html");
        expected.mediaType = QStringLiteral("text/html");
        DocumentSource got = sidecar.data.document.source;
        QVERIFY(got.retrieved >= before && got.retrieved <= QDateTime::currentDateTimeUtc().addSecs(1));
        expected.retrieved = got.retrieved;
        QCOMPARE(got, expected);
    }

    void neverOverAnExistingArticle()
    {
        QTemporaryDir dir;
        const QString page = dir.filePath(QStringLiteral("p.md"));
        QFile f(page);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# Title\n\nText.\n");
        f.close();
        const QString out = dir.filePath(QStringLiteral("a.txt"));
        QFile existing(out);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("mine");
        existing.close();
        const Run r = runCli({QStringLiteral("article"), page, QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("exists already"), r.err.constData());
        QCOMPARE(readFile(out), QByteArray("mine"));
        QVERIFY(!QFile::exists(Sidecar::pathFor(out)));
    }

    void urlWithJson()
    {
        Test::LocalServer server;
        QVERIFY(server.start());
        server.routes[QStringLiteral("/a")] = Test::redirect(301, "/b");
        server.routes[QStringLiteral("/b")] = Test::html(Test::newsPage());
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("web.txt"));
        const Run r = runCli({QStringLiteral("article"), server.url(QStringLiteral("/a")), QStringLiteral("-o"), out, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(QLatin1String("title")).toString(), QStringLiteral("Council tax to rise by 5% next year"));
        QCOMPARE(json.value(QLatin1String("url")).toString(), server.url(QStringLiteral("/b")));
        QCOMPARE(json.value(QLatin1String("siteName")).toString(), QStringLiteral("Essex Chronicle"));
        QCOMPARE(json.value(QLatin1String("byline")).toString(), QStringLiteral("Jane Smith"));
        QCOMPARE(json.value(QLatin1String("publishedTime")).toString(), QStringLiteral("2026-11-30T09:00:00Z"));
        QCOMPARE(json.value(QLatin1String("lang")).toString(), QStringLiteral("en-GB"));
        QVERIFY(json.value(QLatin1String("dir")).isNull());
        QCOMPARE(json.value(QLatin1String("snapshot")).toString(), dir.filePath(QStringLiteral("web.original.html")));
        // The page's offline copy: beside it, without the page's script, and recorded in the sidecar.
        QCOMPARE(json.value(QLatin1String("offlineCopy")).toString(), dir.filePath(QStringLiteral("web.offline.html")));
        const QByteArray copy = readFile(dir.filePath(QStringLiteral("web.offline.html")));
        QVERIFY(copy.contains("Essex County Council confirmed on Tuesday"));
        QVERIFY(!copy.contains("SCRIPTTEXT"));
        QCOMPARE(json.value(QLatin1String("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(Test::newsPage(), QCryptographicHash::Sha256).toHex()));
        QVERIFY(QDateTime::fromString(json.value(QLatin1String("retrieved")).toString(), Qt::ISODate).isValid());
        const Sidecar::ReadResult sidecar = Sidecar::read(Sidecar::pathFor(out));
        QVERIFY(sidecar.ok());
        QCOMPARE(sidecar.data.document.source.url, server.url(QStringLiteral("/b")));
        QCOMPARE(sidecar.data.document.source.redirects, QStringList{server.url(QStringLiteral("/a"))});
        QCOMPARE(sidecar.data.document.source.offlineCopy, QStringLiteral("web.offline.html"));
    }

    void unreadableSource()
    {
        QTemporaryDir dir;
        const Run r = runCli({QStringLiteral("article"), dir.filePath(QStringLiteral("none.html")), QStringLiteral("-o"),
                              dir.filePath(QStringLiteral("x.txt"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("none.html: error: cannot read it"), r.err.constData());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.txt"))));
    }
};

QTEST_MAIN(ArticleCliTest)
#include "articlecli_test.moc"
