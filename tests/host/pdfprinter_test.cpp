// SPDX-License-Identifier: GPL-2.0-or-later
// The PDF report: printed by Qt WebEngine offscreen, A4 or Letter, numbered pages; its text (pdftotext) holds every
// claim's words.
#include "pdfprinter.h"
#include "report.h"
#include "sidecar.h"
#include "webengine.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(program), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

QStringList words(const QString &text)
{
    QString t = text;
    t.replace(QChar(0x2019), u'\'').replace(QChar(0x2018), u'\'');
    QStringList out;
    for (const QString &w : t.split(QRegularExpression(QStringLiteral("[^\\w']+")), Qt::SkipEmptyParts))
        out << w.toLower();
    return out;
}

Report exampleReport()
{
    const QString dir = QStringLiteral(CLAIMBENCH_SOURCE_DIR "/examples/");
    QFile doc(dir + QStringLiteral("essex-jiangsu.txt"));
    if (!doc.open(QIODevice::ReadOnly))
        return Report();
    const QString text = decodeDocument(doc.readAll());
    const Sidecar::ReadResult read = Sidecar::read(dir + QStringLiteral("essex-jiangsu.txt.claims.json"));
    if (!read.ok())
        return Report();
    ReportOptions options;
    options.organisation = QStringLiteral("Essex Fact Desk");
    return Report::build(read.data, text, options);
}

} // namespace

class PdfPrinterTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pageSizes_data();
    void pageSizes();
    void everyClaimsWords();
    void parallelParts();
    void cancel();
    void unsupportedInput();

private:
    QTemporaryDir m_dir;
    Report m_report;
};

void PdfPrinterTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "poppler-utils is a build dependency");
    m_report = exampleReport();
    QVERIFY(m_report.isValid());
    QVERIFY(m_report.entries.size() >= 10);
}

void PdfPrinterTest::pageSizes_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("points");
    QTest::newRow("A4") << int(QPageSize::A4) << QStringLiteral("pts (A4)"); // Chromium rounds to 594.96 x 840.96
    QTest::newRow("Letter") << int(QPageSize::Letter) << QStringLiteral("612 x 792 pts");
}

void PdfPrinterTest::pageSizes()
{
    QFETCH(int, size);
    QFETCH(QString, points);
    PdfPrinter::Options options;
    options.pageSize = QPageSize::PageSizeId(size);
    options.footerLabel = m_report.title;
    const QString path = m_dir.filePath(QStringLiteral("size-%1.pdf").arg(size));
    QString error;
    QVERIFY2(PdfPrinter::printToFile(reportToHtml(m_report), path, options, &error), qPrintable(error));
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    QVERIFY2(info.contains(points), qPrintable(info));
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY(pages.hasMatch());
    const int count = pages.captured(1).toInt();
    QVERIFY(count >= 2);
    // every page carries its number and the total, and the label
    for (int p = 1; p <= count; ++p) {
        const QString text = run(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-f"), QString::number(p), QStringLiteral("-l"), QString::number(p), path,
                                  QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(p).arg(count)), qPrintable(text.right(300)));
        QVERIFY(text.contains(QStringLiteral("Fact-check review: essex-jiangsu.txt")));
    }
}

void PdfPrinterTest::everyClaimsWords()
{
    QString error;
    const QByteArray pdf = PdfPrinter::print(reportToHtml(m_report), &error);
    QVERIFY2(pdf.startsWith("%PDF-"), qPrintable(error));
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pdf);
    f.close();
    const QStringList text = words(run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}));
    QVERIFY(!text.isEmpty());
    for (const ReportEntry &e : m_report.entries) {
        for (const QString &w : words(e.claim.quote.exact))
            QVERIFY2(text.contains(w), qPrintable(QStringLiteral("claim %1: '%2' missing").arg(e.number).arg(w)));
        for (const QString &w : words(e.verdictLabel))
            QVERIFY2(text.contains(w), qPrintable(w));
    }
    QVERIFY(text.contains(QStringLiteral("essex")));
}

void PdfPrinterTest::parallelParts()
{
    // A report printed in parts (in parallel, then joined) has the same text in the same order as printed in one
    // piece, and its pages are numbered through.
    const QString html = reportToHtml(m_report);
    const QStringList parts = reportPrintParts(html, 3, 1);
    QCOMPARE(parts.size(), 3);
    PdfPrinter::Options options;
    options.footerLabel = QStringLiteral("Parts");
    QString error;
    const QString whole = m_dir.filePath(QStringLiteral("whole.pdf"));
    const QString joined = m_dir.filePath(QStringLiteral("joined.pdf"));
    QVERIFY2(PdfPrinter::printToFile(html, whole, options, &error), qPrintable(error));
    options.parts = parts;
    QList<std::pair<qsizetype, qsizetype>> progress;
    options.progress = [&progress](qsizetype printed, qsizetype total) { progress.append({printed, total}); };
    QVERIFY2(PdfPrinter::printToFile(html, joined, options, &error), qPrintable(error));
    // progress: at the start, then once per part printed
    const QList<std::pair<qsizetype, qsizetype>> expected{{0, 3}, {1, 3}, {2, 3}, {3, 3}};
    QCOMPARE(progress, expected);

    auto body = [](const QString &pdf) {
        // in drawing order: reading-order analysis arranges a page's blocks by where the page breaks fall
        QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
        text.remove(QRegularExpression(QStringLiteral("Page \\d+ of \\d+")));
        text.remove(QStringLiteral("Parts"));
        return words(text);
    };
    const QStringList one = body(whole);
    QVERIFY(one.size() > 500);
    QCOMPARE(body(joined), one);

    const QRegularExpressionMatch pages =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {joined}));
    QVERIFY(pages.hasMatch());
    const int count = pages.captured(1).toInt();
    QVERIFY(count >= 3); // each part starts a page
    QStringList firstWords; // of each page's own text
    for (int p = 1; p <= count; ++p) {
        const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(p),
                                                               QStringLiteral("-l"), QString::number(p), joined, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(p).arg(count)), qPrintable(text.right(200)));
        QString own = text;
        own.remove(QStringLiteral("Page %1 of %2").arg(p).arg(count)).remove(QStringLiteral("Parts"));
        firstWords << words(own).value(0);
    }
    // Each later part starts a page with its first claim.
    const QRegularExpression firstClaim(QStringLiteral("<article class=\"claim[^\"]*\" id=\"claim-(\\d+)\""));
    for (int i = 1; i < parts.size(); ++i) {
        const QString number = firstClaim.match(parts.at(i)).captured(1);
        QVERIFY(!number.isEmpty());
        QVERIFY2(firstWords.contains(number), qPrintable(firstWords.join(u',')));
    }
}

void PdfPrinterTest::cancel()
{
    // The export dialog's Cancel: asked while printing, it stops the print and nothing is written.
    PdfPrinter::Options options;
    int asked = 0;
    options.cancelled = [&asked] { return ++asked >= 1; };
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    QString error;
    QVERIFY(!PdfPrinter::printToFile(reportToHtml(m_report), path, options, &error));
    QCOMPARE(error, QStringLiteral("cancelled"));
    QVERIFY(asked >= 1);
    QVERIFY(!QFile::exists(path));
}

void PdfPrinterTest::unsupportedInput()
{
    QString joinError;
    QVERIFY(joinPdfs({QByteArray("not a pdf")}, &joinError).isEmpty());
    QVERIFY2(joinError.startsWith(QStringLiteral("cannot join the PDF parts")), qPrintable(joinError));
    QString error;
    QVERIFY(addPageNumbers(QByteArray("not a pdf"), QString(), &error).isEmpty());
    QVERIFY(error.contains(QStringLiteral("unsupported PDF structure")));
}

int main(int argc, char **argv)
{
    Claimbench::prepareWebEngine();
    QGuiApplication app(argc, argv);
    PdfPrinterTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "pdfprinter_test.moc"
