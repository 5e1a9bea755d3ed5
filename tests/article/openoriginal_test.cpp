// SPDX-License-Identifier: GPL-2.0-or-later
// File > Open Original Page: an article read from a URL (served on 127.0.0.1) opens its offline copy, else its
// snapshot, through the opener (a test opener here records what the system browser would get); a message says
// when the kept file is gone; a plain file has nothing to open. With CLAIMBENCH_SCREENSHOT_DIR set, the window
// and the message are saved as PNGs.
#include "articlesource.h"
#include "articlewriter.h"
#include "localserver.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "openarticledialog.h"
#include "pluginmanager.h"
#include "testpages.h"
#include "webengine.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;

class OpenOriginalTest : public QObject
{
    Q_OBJECT
    Test::LocalServer server;
    PluginManager plugins;
    QList<QUrl> opened;

    void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("CLAIMBENCH_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(dir + u'/' + name);
    }

    WrittenArticle readArticle(const QTemporaryDir &dir)
    {
        ArticleReadOptions options;
        options.timeoutMs = 1000;
        const ArticleSource s = fetchArticle(QUrl(server.url(QStringLiteral("/essex/council-tax.html"))), options);
        if (!s.ok())
            return {};
        return writeArticle(s, dir.filePath(QStringLiteral("council-tax.txt")));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(server.start());
        server.routes[QStringLiteral("/essex/council-tax.html")] = Test::html(Test::newsPage());
        OriginalPage::setOpener([this](const QUrl &url) {
            opened.append(url);
            return true;
        });
    }
    void cleanupTestCase() { OriginalPage::setOpener({}); }
    void init() { opened.clear(); }

    void opensTheOfflineCopyElseTheSnapshot()
    {
        QTemporaryDir dir;
        const WrittenArticle w = readArticle(dir);
        QVERIFY2(w.ok(), qPrintable(w.error));
        QVERIFY(!w.offlineCopyPath.isEmpty());
        MainWindow window(&plugins);
        QVERIFY(window.openFile(w.documentPath));
        QAction *action = window.action(QStringLiteral("openOriginal"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
        QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(dir.filePath(QStringLiteral("council-tax.offline.html")))});
        QCOMPARE(opened.first().scheme(), QStringLiteral("file"));

        QVERIFY(QFile::remove(w.offlineCopyPath)); // the copy gone: the snapshot of the fetched bytes
        action->trigger();
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened.last(), QUrl::fromLocalFile(dir.filePath(QStringLiteral("council-tax.original.html"))));
    }

    void saysWhenTheFileIsGone()
    {
        QTemporaryDir dir;
        const WrittenArticle w = readArticle(dir);
        QVERIFY2(w.ok(), qPrintable(w.error));
        QVERIFY(QFile::remove(w.offlineCopyPath));
        QVERIFY(QFile::remove(w.snapshotPath));
        MainWindow window(&plugins);
        window.resize(1200, 700);
        window.show();
        QVERIFY(window.openFile(w.documentPath));
        QAction *action = window.action(QStringLiteral("openOriginal"));
        QVERIFY(action->isEnabled()); // the sidecar names a kept original: what happened to it is said when asked
        action->trigger();
        QVERIFY(opened.isEmpty());
        const QString message = window.messageBar()->currentText();
        QVERIFY2(message.contains(QStringLiteral("council-tax.offline.html is gone")), qPrintable(message));
        QVERIFY2(message.contains(server.url(QStringLiteral("/essex/council-tax.html"))), qPrintable(message));
        screenshot(&window, QStringLiteral("open-original-gone.png"));
    }

    void aPlainFileHasNoOriginal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Council tax will rise by 4.99% from April.\n");
        f.close();
        MainWindow window(&plugins);
        QVERIFY(!window.action(QStringLiteral("openOriginal"))->isEnabled()); // nothing open
        QVERIFY(window.openFile(path));
        QVERIFY(!window.action(QStringLiteral("openOriginal"))->isEnabled());
        QVERIFY(!OriginalPage::open(DocumentSource(), path).isEmpty());
        QVERIFY(opened.isEmpty());
    }

    void aNameLeavingTheFolderIsNotOpened()
    {
        // The sidecar is data: a snapshot name that climbs out of the document's folder names no kept file.
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("docs")));
        QFile outside(dir.filePath(QStringLiteral("elsewhere.html")));
        QVERIFY(outside.open(QIODevice::WriteOnly));
        outside.write("<p>x</p>");
        outside.close();
        DocumentSource source;
        source.snapshot = QStringLiteral("../elsewhere.html");
        QCOMPARE(OriginalPage::pathFor(source, dir.filePath(QStringLiteral("docs/a.txt"))), QString());
        source.snapshot = dir.filePath(QStringLiteral("elsewhere.html")); // nor an absolute path
        QCOMPARE(OriginalPage::pathFor(source, dir.filePath(QStringLiteral("docs/a.txt"))), QString());
    }
};

int main(int argc, char **argv)
{
    Claimbench::prepareWebEngine(); // the window's report preview is Qt WebEngine
    QApplication app(argc, argv);
    OpenOriginalTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "openoriginal_test.moc"
