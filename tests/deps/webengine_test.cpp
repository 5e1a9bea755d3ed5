// SPDX-License-Identifier: GPL-2.0-or-later
// Qt WebEngine: printToPdf of a small page gives a PDF whose text holds the page's words (read by pdftotext).
#include "webengine.h"

#include <QApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>

class WebEngineTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void printToPdfContainsTheWords()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pdf = dir.filePath(QStringLiteral("page.pdf"));

        QWebEnginePage page;
        QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
        page.setHtml(QStringLiteral("<html><body><h1>Brought millions of pounds</h1>"
                                    "<p>to the county\u2019s economy</p></body></html>"));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().first().toBool(), true);

        QSignalSpy printed(&page, &QWebEnginePage::pdfPrintingFinished);
        page.printToPdf(pdf);
        QVERIFY(printed.wait(30000));
        QCOMPARE(printed.first().at(1).toBool(), true);

        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is part of packaging/debian/build-deps");
        QProcess p;
        p.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("Brought millions of pounds")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("economy")), qPrintable(text));
    }
};

int main(int argc, char **argv)
{
    Claimbench::prepareWebEngine();
    QApplication app(argc, argv);
    WebEngineTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "webengine_test.moc"
