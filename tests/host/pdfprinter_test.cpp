// SPDX-License-Identifier: GPL-2.0-or-later
// The PDF report: printed by Qt WebEngine offscreen, A4 or Letter, numbered pages; its text (pdftotext) holds every
// claim's words.
#include "pdfprinter.h"
#include "report.h"
#include "review.h"
#include "webengine.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

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

// The shipped example, loaded as every command loads a review (the one loader).
LoadedReview exampleReview()
{
    ReviewLoadOptions options;
    options.sidecar = ReviewLoadOptions::SidecarMode::Required;
    options.reanchor = ReviewLoadOptions::Reanchor::IfDocumentChanged;
    return loadReview(QStringLiteral(CLAIMBENCH_SOURCE_DIR "/examples/essex-jiangsu.txt"), options);
}

Report exampleReport()
{
    const LoadedReview review = exampleReview();
    if (!review.ok())
        return Report();
    ReportOptions options;
    options.organisation = QStringLiteral("Essex Fact Desk");
    return Report::build(review.data, review.document.text, options);
}

// The example as a desk hands it over: the article's source, the publication, and per claim a claimant, a
// statement and a conclusion (the shipped example may not have them yet), with an archived source.
Report deskReport()
{
    const LoadedReview review = exampleReview();
    if (!review.ok())
        return Report();
    ClaimSetData data = review.data;
    data.document.source.url = QStringLiteral("https://news.example/essex-jiangsu");
    data.document.source.title = QStringLiteral("Essex renews its partnership with Jiangsu");
    data.document.source.siteName = QStringLiteral("Example News");
    data.document.source.byline = QStringLiteral("By Jane Smith");
    data.publication.publisher = QStringLiteral("Essex Fact Desk");
    data.publication.headline = QStringLiteral("Checking the Essex\u2013Jiangsu claims");
    for (qsizetype i = 0; i < data.claims.size(); ++i) {
        Claim &c = data.claims[i];
        c.claimant = {QStringLiteral("Claimant %1").arg(i + 1), QStringLiteral("County councillor")};
        c.statement = QStringLiteral("Statement %1: %2").arg(i + 1).arg(c.quote.exact.simplified().left(60));
        c.conclusion = QStringLiteral("Conclusion%1 the records agree.").arg(i + 1);
        c.history.append({QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::UTC), QStringLiteral("Ana"),
                          QStringLiteral("notes"), QJsonValue(), QStringLiteral("HistoryMarker%1").arg(i + 1)});
    }
    data.claims[0].sources.append({QStringLiteral("https://www.essex.gov.uk/jiangsu"), QStringLiteral("Essex and Jiangsu"),
                                   QStringLiteral("Essex County Council"), QDate(2026, 11, 21),
                                   QStringLiteral("https://web.archive.org/web/2026/https://www.essex.gov.uk/jiangsu-partnership-1989"),
                                   QString(), QString(), {}});
    ReportOptions options;
    return Report::build(data, review.document.text, options);
}

// A field of pdfinfo's output ("Title", "Author", ...); empty when it has none.
QString infoField(const QString &info, const QString &name)
{
    for (const QString &line : info.split(u'\n')) {
        if (line.startsWith(name + u':'))
            return line.mid(name.size() + 1).trimmed();
    }
    return QString();
}

int pageCount(const QString &path)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {path}));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
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
    void deskSummary();
    void documentInfo();
    void documentInfoFromPage_data();
    void documentInfoFromPage();
    void parallelParts();
    void cancelledAtEachStep_data();
    void cancelledAtEachStep();
    void cancelSlot_data();
    void cancelSlot();
    void onePrintAtATime();
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
        QVERIFY(text.contains(m_report.title));
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

void PdfPrinterTest::deskSummary()
{
    // The hand-over: the article and every claim's row (statement, claimant, verdict, conclusion) on page 1, no
    // history, the integrity data in an appendix on the last page, link and archive addresses printed.
    const Report report = deskReport();
    QVERIFY(report.isValid());
    const QString path = m_dir.filePath(QStringLiteral("desk.pdf"));
    QString error;
    QVERIFY2(PdfPrinter::printToFile(reportToHtml(report), path, PdfPrinter::Options(), &error), qPrintable(error));
    const int pages = pageCount(path);
    QVERIFY(pages >= 2);
    auto pageText = [&](int p) {
        return run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(p), QStringLiteral("-l"),
                                                 QString::number(p), path, QStringLiteral("-")});
    };
    const QString first = pageText(1);
    QVERIFY2(first.contains(QStringLiteral("Essex renews its partnership with Jiangsu")), qPrintable(first.left(400)));
    QVERIFY(first.contains(QStringLiteral("Example News")));
    QVERIFY(first.contains(QStringLiteral("By Jane Smith")));
    QVERIFY(first.contains(QStringLiteral("https://news.example/essex-jiangsu")));
    for (qsizetype i = 0; i < report.entries.size(); ++i) {
        QVERIFY2(first.contains(QStringLiteral("Conclusion%1 ").arg(i + 1)), qPrintable(QString::number(i + 1)));
        QVERIFY2(first.contains(QStringLiteral("Claimant %1").arg(i + 1)), qPrintable(QString::number(i + 1)));
    }
    QVERIFY(!first.contains(QStringLiteral("SHA-256")));
    const QString all = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY(!all.contains(QStringLiteral("HistoryMarker")));
    QVERIFY(pageText(pages).contains(QStringLiteral("SHA-256")));
    QVERIFY(pageText(pages).contains(report.document.sha256.left(16)));
    // addresses on paper: the source's and its archived copy's, in full (pdftotext breaks long lines: no spaces)
    // in drawing order (the claims are in two columns on paper), without line breaks
    QString flat = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    flat.remove(QRegularExpression(QStringLiteral("\\s+")));
    QVERIFY2(flat.contains(QStringLiteral("https://web.archive.org/web/2026/https://www.essex.gov.uk/jiangsu-partnership-1989")),
             qPrintable(all.left(2000)));
    QVERIFY(flat.contains(QStringLiteral("<https://www.essex.gov.uk/jiangsu>")));

    // the review record: with its history, longer
    Report record = report;
    record.options.includeHistory = true;
    const QString recordPath = m_dir.filePath(QStringLiteral("record.pdf"));
    QVERIFY2(PdfPrinter::printToFile(reportToHtml(record), recordPath, PdfPrinter::Options(), &error), qPrintable(error));
    QVERIFY(run(QStringLiteral("pdftotext"), {recordPath, QStringLiteral("-")}).contains(QStringLiteral("HistoryMarker1")));
}

void PdfPrinterTest::documentInfo()
{
    // Title, Author (the publisher) and Subject in the PDF's Info dictionary, from the report's page; the options
    // override them.
    const Report report = deskReport();
    const QString path = m_dir.filePath(QStringLiteral("info.pdf"));
    QString error;
    QVERIFY2(PdfPrinter::printToFile(reportToHtml(report), path, PdfPrinter::Options(), &error), qPrintable(error));
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    QCOMPARE(infoField(info, QStringLiteral("Title")), QStringLiteral("Checking the Essex\u2013Jiangsu claims"));
    QCOMPARE(infoField(info, QStringLiteral("Author")), QStringLiteral("Essex Fact Desk"));
    QCOMPARE(infoField(info, QStringLiteral("Subject")),
             QStringLiteral("Fact-check of \u201CEssex renews its partnership with Jiangsu\u201D (Example News): %1 claims, %2 with a verdict")
                 .arg(report.entries.size())
                 .arg(report.summary.rated));
    QVERIFY(info.contains(QStringLiteral("Page size:"))); // still a PDF pdfinfo reads whole

    // without a publisher, the reviewers are the authors
    Report byReviewers = report;
    byReviewers.publication.publisher.clear();
    QVERIFY(!byReviewers.summary.reviewers.isEmpty());
    QVERIFY2(PdfPrinter::printToFile(reportToHtml(byReviewers), path, PdfPrinter::Options(), &error), qPrintable(error));
    QCOMPARE(infoField(run(QStringLiteral("pdfinfo"), {path}), QStringLiteral("Author")),
             byReviewers.summary.reviewers.join(QStringLiteral(", ")));

    PdfPrinter::Options options;
    options.title = QStringLiteral("\u0627\u0644\u062A\u062D\u0642\u0642 \u00E9t\u00E9"); // any Unicode
    options.author = QStringLiteral("Desk (2)");
    QVERIFY2(PdfPrinter::printToFile(reportToHtml(report), path, options, &error), qPrintable(error));
    const QString overridden = run(QStringLiteral("pdfinfo"), {path});
    QCOMPARE(infoField(overridden, QStringLiteral("Title")), options.title);
    QCOMPARE(infoField(overridden, QStringLiteral("Author")), QStringLiteral("Desk (2)"));
    QVERIFY(infoField(overridden, QStringLiteral("Subject")).startsWith(QStringLiteral("Fact-check of")));
}

void PdfPrinterTest::documentInfoFromPage_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("subject");
    QTest::newRow("report head") << QStringLiteral("<html><head><meta name=\"author\" content=\"A &amp; B\"/>"
                                                   "<meta name=\"description\" content=\"&#8220;x&#8221; &lt;y&gt;\"/>"
                                                   "<title>T &quot;1&quot;</title></head><body><title>no</title></body></html>")
                                 << QStringLiteral("T \"1\"") << QStringLiteral("A & B") << QStringLiteral("\u201Cx\u201D <y>");
    QTest::newRow("nothing") << QStringLiteral("<p>hello</p>") << QString() << QString() << QString();
    QTest::newRow("body only") << QStringLiteral("<html><head></head><body><meta name=\"author\" content=\"no\"/></body>")
                               << QString() << QString() << QString();
}

void PdfPrinterTest::documentInfoFromPage()
{
    QFETCH(QString, html);
    QFETCH(QString, title);
    QFETCH(QString, author);
    QFETCH(QString, subject);
    const PdfDocumentInfo info = pageDocumentInfo(html);
    QCOMPARE(info.title, title);
    QCOMPARE(info.author, author);
    QCOMPARE(info.subject, subject);
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

using Progress = QList<std::pair<qsizetype, qsizetype>>;

void PdfPrinterTest::cancelledAtEachStep_data()
{
    // Options::cancelled is asked before each part loads, before it prints and once before the parts are joined;
    // parts in order (maxParallel 1): load 1, print 1, load 2, print 2, load 3, print 3, join. It returns true
    // on its Nth call: the print stops there, exactly.
    QTest::addColumn<int>("parts");
    QTest::addColumn<int>("trueOnCall");
    QTest::addColumn<Progress>("progress"); // what the progress callback was told
    QTest::addColumn<bool>("written");
    QTest::addColumn<int>("asked");
    const Progress none{{0, 3}}, one{{0, 3}, {1, 3}}, two{{0, 3}, {1, 3}, {2, 3}}, all{{0, 3}, {1, 3}, {2, 3}, {3, 3}};
    QTest::newRow("3 parts: before part 1 loads") << 3 << 1 << none << false << 1;
    QTest::newRow("3 parts: before part 1 prints") << 3 << 2 << none << false << 2;
    QTest::newRow("3 parts: before part 2 loads") << 3 << 3 << one << false << 3;
    QTest::newRow("3 parts: before part 2 prints") << 3 << 4 << one << false << 4;
    QTest::newRow("3 parts: before part 3 loads") << 3 << 5 << two << false << 5;
    QTest::newRow("3 parts: before part 3 prints") << 3 << 6 << two << false << 6;
    QTest::newRow("3 parts: before joining") << 3 << 7 << all << false << 7;
    QTest::newRow("3 parts: never") << 3 << 8 << all << true << 7;
    QTest::newRow("one piece: before it loads") << 0 << 1 << Progress{{0, 1}} << false << 1;
    QTest::newRow("one piece: before it prints") << 0 << 2 << Progress{{0, 1}} << false << 2;
    QTest::newRow("one piece: before stamping") << 0 << 3 << Progress{{0, 1}, {1, 1}} << false << 3;
    QTest::newRow("one piece: never") << 0 << 4 << Progress{{0, 1}, {1, 1}} << true << 3;
}

void PdfPrinterTest::cancelledAtEachStep()
{
    QFETCH(int, parts);
    QFETCH(int, trueOnCall);
    QFETCH(Progress, progress);
    QFETCH(bool, written);
    QFETCH(int, asked);
    const QString html = reportToHtml(m_report);
    PdfPrinter::Options options;
    options.maxParallel = 1;
    if (parts > 0) {
        options.parts = reportPrintParts(html, parts, 1);
        QCOMPARE(options.parts.size(), parts);
    }
    int calls = 0;
    options.cancelled = [&calls, trueOnCall] { return ++calls == trueOnCall; };
    Progress told;
    options.progress = [&told](qsizetype printed, qsizetype total) { told.append({printed, total}); };
    const QString path = m_dir.filePath(QStringLiteral("steps-%1-%2.pdf").arg(parts).arg(trueOnCall));
    QString error;
    QCOMPARE(PdfPrinter::printToFile(html, path, options, &error), written);
    QCOMPARE(error, written ? QString() : QStringLiteral("cancelled"));
    QCOMPARE(calls, asked); // not asked again once it said true
    QCOMPARE(told, progress);
    QCOMPARE(QFile::exists(path), written);
}

void PdfPrinterTest::cancelSlot_data()
{
    // cancel() stops a print at once, wherever it is: called from the progress callback (inside the print's event
    // loop), or delivered by that loop as an event (a queued call, like a GUI's Esc) while a part loads or prints.
    QTest::addColumn<QString>("when");
    QTest::addColumn<Progress>("progress");
    QTest::addColumn<int>("asked"); // how often Options::cancelled (always false) was asked
    QTest::newRow("after part 1 printed") << QStringLiteral("progress 1") << Progress{{0, 3}, {1, 3}} << 2;
    QTest::newRow("while part 1 loads") << QStringLiteral("queued at start") << Progress{{0, 3}} << 1;
    QTest::newRow("while part 2 prints") << QStringLiteral("queued before print 2") << Progress{{0, 3}, {1, 3}} << 4;
}

void PdfPrinterTest::cancelSlot()
{
    QFETCH(QString, when);
    QFETCH(Progress, progress);
    QFETCH(int, asked);
    const QString html = reportToHtml(m_report);
    PdfPrinter printer;
    QVERIFY(!printer.isPrinting());
    PdfPrinter::Options options;
    options.maxParallel = 1;
    options.parts = reportPrintParts(html, 3, 1);
    QCOMPARE(options.parts.size(), 3);
    auto queueCancel = [&printer] { QMetaObject::invokeMethod(&printer, &PdfPrinter::cancel, Qt::QueuedConnection); };
    int calls = 0;
    options.cancelled = [&] {
        if (++calls == 4 && when == QLatin1String("queued before print 2"))
            queueCancel(); // part 2 is loaded; its print starts right after this
        return false;
    };
    Progress told;
    bool printing = false;
    options.progress = [&](qsizetype printed, qsizetype total) {
        told.append({printed, total});
        printing = printer.isPrinting();
        if (printed == 0 && when == QLatin1String("queued at start"))
            queueCancel(); // the loop delivers it once part 1 has started loading
        if (printed == 1 && when == QLatin1String("progress 1"))
            printer.cancel();
    };
    const QString path = m_dir.filePath(QStringLiteral("cancel-slot-%1.pdf").arg(QString(when).replace(u' ', u'-')));
    QString error;
    QVERIFY(!printer.printHtmlToFile(html, path, options, &error));
    QCOMPARE(error, QStringLiteral("cancelled"));
    QVERIFY(printing);
    QVERIFY(!printer.isPrinting());
    QCOMPARE(told, progress);
    QCOMPARE(calls, asked);
    QVERIFY(!QFile::exists(path));

    // A cancel() that came when nothing was printing does not stop the next print.
    QCoreApplication::processEvents(); // nothing is queued any more
    printer.cancel();
    options.cancelled = {};
    options.progress = {};
    QVERIFY2(printer.printHtmlToFile(html, path, options, &error), qPrintable(error));
    QVERIFY(QFile::exists(path));
}

void PdfPrinterTest::onePrintAtATime()
{
    PdfPrinter printer;
    PdfPrinter::Options options;
    QString nestedError;
    QByteArray nested = "not asked";
    options.progress = [&](qsizetype printed, qsizetype) {
        if (printed == 0)
            nested = printer.printHtml(QStringLiteral("<html><head></head><body>x</body></html>"), {}, &nestedError);
    };
    QString error;
    QVERIFY2(printer.printHtml(reportToHtml(m_report), options, &error).startsWith("%PDF-"), qPrintable(error));
    QVERIFY(nested.isEmpty());
    QCOMPARE(nestedError, QStringLiteral("already printing"));
}

void PdfPrinterTest::unsupportedInput()
{
    QString joinError;
    QVERIFY(joinPdfs({QByteArray("not a pdf")}, &joinError).isEmpty());
    QVERIFY2(joinError.startsWith(QStringLiteral("cannot join the PDF parts")), qPrintable(joinError));
    QString error;
    QVERIFY(addPageNumbers(QByteArray("not a pdf"), QString(), &error).isEmpty());
    QVERIFY(error.contains(QStringLiteral("unsupported PDF structure")));
    error.clear();
    QVERIFY(setDocumentInfo(QByteArray("not a pdf"), {QStringLiteral("T"), QString(), QString()}, &error).isEmpty());
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
