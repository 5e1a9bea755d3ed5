// SPDX-License-Identifier: GPL-2.0-or-later
// The inspector shows a claim's quote as a reader sees it: an HTML-source or Markdown quote without its markup
// (as the claims panel does), while the claim stays anchored in the source.
#include "claimset.h"
#include "documentcontroller.h"
#include "inspector.h"
#include "mainwindow.h"
#include "pluginmanager.h"
#include "webengine.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;

class InspectorQuoteTest : public QObject
{
    Q_OBJECT
    PluginManager plugins;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void quoteWithoutMarkup_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("marked");
        QTest::addColumn<QString>("shown");
        QTest::newRow("html") << "tax.html"
                              << "<html><body><p>Residents will pay <strong>4.99% more</strong> &mdash; from April.</p></body></html>\n"
                              << "<strong>4.99% more</strong> &mdash; from April" << "“4.99% more — from April”";
        QTest::newRow("markdown") << "tax.md" << "# Tax\n\nResidents will pay **4.99% more** from `April`.\n"
                                  << "**4.99% more** from `April`" << "“4.99% more from April”";
        QTest::newRow("plain text stays") << "tax.txt" << "Residents will pay **4.99% more** from April.\n"
                                          << "**4.99% more**" << "“**4.99% more**”";
    }
    void quoteWithoutMarkup()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, text);
        QFETCH(QString, marked);
        QFETCH(QString, shown);
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        f.close();
        MainWindow w(&plugins);
        QVERIFY(w.openFile(path));
        const int start = int(text.indexOf(marked));
        const QUuid id = w.controller()->markClaim(QStringLiteral("statistic"), start, start + int(marked.size()));
        QVERIFY(!id.isNull());
        w.selectClaim(id);
        QCOMPARE(w.controller()->claims()->claim(id).quote.exact, marked); // the anchor stays in the source
        auto *quote = w.inspector()->findChild<QLabel *>(QStringLiteral("quote"));
        QVERIFY(quote);
        QCOMPARE(quote->text(), QString(shown).toHtmlEscaped());
    }
};

int main(int argc, char **argv)
{
    Claimbench::prepareWebEngine(); // the window's report preview is Qt WebEngine
    QApplication app(argc, argv);
    InspectorQuoteTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "inspectorquote_test.moc"
