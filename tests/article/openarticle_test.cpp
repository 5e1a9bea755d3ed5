// SPDX-License-Identifier: GPL-2.0-or-later
// File > Open Article in the workbench: a URL served on 127.0.0.1 becomes the readable article in the editor;
// a failure stays in the dialog. With CLAIMBENCH_SCREENSHOT_DIR set, the dialog and the window are saved as PNGs.
#include "claimeditor.h"
#include "localserver.h"
#include "mainwindow.h"
#include "openarticledialog.h"
#include "pluginmanager.h"
#include "sidecar.h"
#include "testpages.h"
#include "webengine.h"

#include <QApplication>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;

namespace {

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CLAIMBENCH_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + name);
}

} // namespace

class OpenArticleTest : public QObject
{
    Q_OBJECT
    Test::LocalServer server;
    PluginManager plugins;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(server.start());
        server.routes[QStringLiteral("/essex/council-tax.html")] = Test::html(Test::newsPage());
    }

    void openArticleFromUrl()
    {
        QTemporaryDir dir;
        MainWindow w(&plugins);
        w.resize(1400, 900);
        w.show();
        OpenArticleDialog dialog(&w);
        dialog.setSource(server.url(QStringLiteral("/essex/council-tax.html")));
        QCOMPARE(QFileInfo(dialog.documentPath()).fileName(), QStringLiteral("council-tax.txt")); // proposed from the URL
        dialog.setDocumentPath(dir.filePath(QStringLiteral("council-tax.txt")));
        dialog.show();
        screenshot(&dialog, QStringLiteral("open-article-dialog.png"));
        QVERIFY2(dialog.openArticle(), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("council-tax.original.html"))));
        QVERIFY(w.openFile(dialog.documentPath()));
        const QString text = w.editor()->toPlainText();
        QVERIFY2(text.startsWith(QStringLiteral("Council tax to rise by 5% next year\nJane Smith\n")), qPrintable(text.left(200)));
        QVERIFY(!text.contains(QStringLiteral("COMMENTTEXT")));
        QVERIFY(!text.contains(u'<'));
        screenshot(&w, QStringLiteral("open-article-editor.png"));
    }

    void failureStaysInTheDialog()
    {
        QTemporaryDir dir;
        OpenArticleDialog dialog;
        dialog.setTimeoutMs(500);
        dialog.setSource(server.url(QStringLiteral("/missing")));
        dialog.setDocumentPath(dir.filePath(QStringLiteral("m.txt")));
        QVERIFY(!dialog.openArticle());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("HTTP 404")), qPrintable(dialog.errorText()));
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("m.txt"))));
        dialog.show();
        screenshot(&dialog, QStringLiteral("open-article-error.png"));
    }

    void whatIsImported_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("imported");
        QTest::newRow("https") << "https://www.bbc.co.uk/news/x" << true;
        QTest::newRow("mhtml") << "/tmp/page.mhtml" << true;
        QTest::newRow("docx") << "/tmp/a.DOCX" << true;
        QTest::newRow("odt") << "/tmp/a.odt" << true;
        QTest::newRow("pdf") << "/tmp/report.pdf" << true;
        QTest::newRow("html source stays") << "/tmp/page.html" << false;
        QTest::newRow("markdown stays") << "/tmp/a.md" << false;
        QTest::newRow("text stays") << "/tmp/a.txt" << false;
    }
    void whatIsImported()
    {
        QFETCH(QString, source);
        QFETCH(bool, imported);
        QCOMPARE(OpenArticleDialog::needsImport(source), imported);
    }
};

int main(int argc, char **argv)
{
    Claimbench::prepareWebEngine(); // the window's report preview is Qt WebEngine
    QApplication app(argc, argv);
    OpenArticleTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "openarticle_test.moc"
