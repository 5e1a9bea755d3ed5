// SPDX-License-Identifier: GPL-2.0-or-later
// The one export entry point (annotations/export.h): the format table the dialog and the CLI share, each format made
// by its generator from the same request, the template for HTML and PDF, the PDF's page, parts and footer for the
// host's printer, and the W3C target source.
#include "export.h"
#include "report.h"
#include "sidecar.h"
#include "w3c.h"

#include <QFile>
#include <QTimeZone>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Claimbench;

namespace {

ExportRequest exampleRequest(ExportFormat format)
{
    ExportRequest request;
    request.format = format;
    const QString dir = QStringLiteral(CLAIMBENCH_SOURCE_DIR "/examples/");
    QFile doc(dir + QStringLiteral("essex-jiangsu.txt"));
    if (!doc.open(QIODevice::ReadOnly))
        return request;
    request.documentText = decodeDocument(doc.readAll());
    const Sidecar::ReadResult read = Sidecar::read(dir + QStringLiteral("essex-jiangsu.txt.claims.json"));
    request.data = read.data;
    request.options.organisation = QStringLiteral("Essex Fact Desk");
    request.options.claimTypes = {{QStringLiteral("quantity"), QStringLiteral("Quantity"), QStringLiteral("#1f77b4"), {}, {}}};
    return request;
}

// The W3C collection's target source of its first annotation.
QString targetSource(const QByteArray &bytes)
{
    const QJsonObject collection = QJsonDocument::fromJson(bytes).object();
    QJsonArray items = collection.value(QLatin1String("first")).toObject().value(QLatin1String("items")).toArray();
    if (items.isEmpty())
        items = collection.value(QLatin1String("items")).toArray();
    return items.first().toObject().value(QLatin1String("target")).toObject().value(QLatin1String("source")).toString();
}

// `</script>` etc. in every place user text reaches the JSON outputs: the article (so the quote and its context),
// a field (the claim's speaker: ClaimReview's itemReviewed.author), a verdict label, the organisation, the notes.
const QString Hostile = QStringLiteral("</script><script>alert(1)</script> \u2028\u2029 & <!--");

ExportRequest hostileRequest(ExportFormat format)
{
    ExportRequest request;
    request.format = format;
    request.documentText = QStringLiteral("The mayor said ") + Hostile + QStringLiteral(" yesterday.");
    request.data.document.fileName = QStringLiteral("article.txt");
    Claim c;
    c.id = QUuid(QStringLiteral("{6a1f3a52-0d3e-4a8e-9d4e-2b3c4d5e6f70}"));
    c.claimType = QStringLiteral("quantity");
    c.start = 15;
    c.end = 15 + Hostile.size(); // the text is BMP only: code points are UTF-16 units
    c.quote.exact = Hostile;
    c.status = ClaimStatus::Done;
    c.verdict = QStringLiteral("hostile");
    c.fields.insert(QStringLiteral("speaker"), Hostile);
    c.notes = Hostile;
    c.statement = Hostile; // ClaimReview's claimReviewed
    c.claimant.name = Hostile; // and itemReviewed.author
    c.createdBy = QStringLiteral("ana");
    c.created = c.modified = QDateTime(QDate(2026, 11, 29), QTime(12, 0), QTimeZone::UTC);
    request.data.claims = {c};
    request.data.ratingScale.levels.append({QStringLiteral("hostile"), Hostile, 3});
    request.options.organisation = Hostile;
    return request;
}

// Every string value in `v`, depth first.
void collectStrings(const QJsonValue &v, QStringList &out)
{
    if (v.isString())
        out << v.toString();
    for (const QJsonValue &x : v.toArray())
        collectStrings(x, out);
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        collectStrings(it.value(), out);
}

} // namespace

class ExportTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatTable_data();
    void formatTable();
    void unknownFormatIds();
    void everyFormatOnce();
    void eachFormatItsGenerator_data();
    void eachFormatItsGenerator();
    void pdfIsLeftToTheHost();
    void templateForHtmlAndPdf();
    void emptyTemplate();
    void w3cSource_data();
    void w3cSource();
    void invalidByDefault();
    void unknownFormatValue();
    void jsonEmbeddableInHtml_data();
    void jsonEmbeddableInHtml();
};

void ExportTest::formatTable_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("html") << int(ExportFormat::Html) << QStringLiteral("html") << QStringLiteral("HTML page") << QStringLiteral("report.html");
    QTest::newRow("pdf") << int(ExportFormat::Pdf) << QStringLiteral("pdf") << QStringLiteral("PDF") << QStringLiteral("report.pdf");
    QTest::newRow("md") << int(ExportFormat::Markdown) << QStringLiteral("md") << QStringLiteral("Markdown") << QStringLiteral("report.md");
    QTest::newRow("csv") << int(ExportFormat::Csv) << QStringLiteral("csv") << QStringLiteral("CSV (spreadsheet)") << QStringLiteral("report.csv");
    QTest::newRow("json") << int(ExportFormat::Json) << QStringLiteral("json") << QStringLiteral("JSON (report model)")
                          << QStringLiteral("report.json");
    QTest::newRow("claimreview") << int(ExportFormat::ClaimReview) << QStringLiteral("claimreview")
                                 << QStringLiteral("schema.org ClaimReview (JSON-LD)") << QStringLiteral("claimreview.jsonld");
    QTest::newRow("claimreview-html") << int(ExportFormat::ClaimReviewHtml) << QStringLiteral("claimreview-html")
                                      << QStringLiteral("ClaimReview for a web page (HTML script)")
                                      << QStringLiteral("claimreview.html");
    QTest::newRow("w3c") << int(ExportFormat::W3c) << QStringLiteral("w3c") << QStringLiteral("W3C Web Annotation")
                         << QStringLiteral("annotations.jsonld");
}

void ExportTest::formatTable()
{
    QFETCH(int, format);
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QString, suffix);
    const auto f = ExportFormat(format);
    QCOMPARE(exportFormatId(f), id);
    QCOMPARE(exportFormatName(f), name);
    QCOMPARE(exportFileSuffix(f), suffix);
    QCOMPARE(exportFormatFromId(id), std::optional<ExportFormat>(f));
    QCOMPARE(exportFormatFromId(id.toUpper()), std::optional<ExportFormat>(f)); // --format=PDF
}

void ExportTest::unknownFormatIds()
{
    for (const char *id : {"", "docx", "markdown", "htm", "claimreview.json", " html"})
        QVERIFY2(!exportFormatFromId(QLatin1String(id)).has_value(), id);
}

void ExportTest::everyFormatOnce()
{
    // the order the export dialog lists them in, each once
    const QList<ExportFormat> expected{ExportFormat::Html, ExportFormat::Pdf,  ExportFormat::Markdown, ExportFormat::Csv,
                                       ExportFormat::Json, ExportFormat::ClaimReview, ExportFormat::ClaimReviewHtml,
                                       ExportFormat::W3c};
    QCOMPARE(exportFormats(), expected);
}

void ExportTest::eachFormatItsGenerator_data()
{
    QTest::addColumn<int>("format");
    for (const ExportFormat f : exportFormats()) {
        if (f != ExportFormat::Pdf)
            QTest::newRow(qPrintable(exportFormatId(f))) << int(f);
    }
}

void ExportTest::eachFormatItsGenerator()
{
    // The bytes are those of the format's own generator over the request's report (or claims, for W3C).
    QFETCH(int, format);
    const ExportRequest request = exampleRequest(ExportFormat(format));
    QVERIFY(request.data.claims.size() >= 10);
    const ExportResult result = exportReview(request);
    QVERIFY2(result.isValid(), qPrintable(result.error));
    QVERIFY(result.printable.html.isEmpty());
    QVERIFY(result.pdfFooter.isEmpty());
    const Report report = Report::build(request.data, request.documentText, request.options);
    QByteArray expected;
    switch (ExportFormat(format)) {
    case ExportFormat::Html: expected = reportToHtml(report).toUtf8(); break;
    case ExportFormat::Markdown: expected = reportToMarkdown(report).toUtf8(); break;
    case ExportFormat::Csv: expected = reportToCsv(report).toUtf8(); break;
    case ExportFormat::Json: expected = reportToJson(report); break;
    case ExportFormat::ClaimReview: expected = claimReviewExport(report, request.publishRule).json; break;
    case ExportFormat::ClaimReviewHtml:
        expected = claimReviewScript(claimReviewExport(report, request.publishRule).json);
        break;
    case ExportFormat::W3c: expected = W3c::exportCollection(request.data); break;
    case ExportFormat::Pdf: QFAIL("not a row"); break;
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(result.bytes, expected);
    QCOMPARE(exportReview(request).bytes, result.bytes); // deterministic
    // only ClaimReview has a publish gate: its claims left out come with the result, and as warnings
    const bool gated = ExportFormat(format) == ExportFormat::ClaimReview || ExportFormat(format) == ExportFormat::ClaimReviewHtml;
    const ClaimReviewExport review = claimReviewExport(report, request.publishRule);
    QCOMPARE(result.leftOut, gated ? review.leftOut : QList<ExportLeftOut>());
    QCOMPARE(result.warnings, gated ? review.warnings : QStringList());
    QCOMPARE(!result.leftOut.isEmpty(), gated);
}

void ExportTest::pdfIsLeftToTheHost()
{
    // PDF: no bytes; the page for paper (and its parts) and the footer, for the host's PdfPrinter.
    ExportRequest request = exampleRequest(ExportFormat::Pdf);
    request.options.title = QStringLiteral("Essex and Jiangsu, checked");
    request.parallelParts = 3;
    request.options.compactAbove = 5; // long enough for the compact layout
    const ExportResult result = exportReview(request);
    QVERIFY2(result.isValid(), qPrintable(result.error));
    QVERIFY(result.bytes.isEmpty());
    QCOMPARE(result.pdfFooter, QStringLiteral("Essex and Jiangsu, checked"));
    const PrintableReport expected = reportForPrinting(Report::build(request.data, request.documentText, request.options), 3);
    QCOMPARE(result.printable.html, expected.html);
    QCOMPARE(result.printable.parts, expected.parts);
    QVERIFY(result.printable.html.contains(QLatin1String("class=\"claim compact"))); // the layout for paper

    // the footer is the report's title, by default the publication's headline (the shipped review has one)
    request.options.title.clear();
    QCOMPARE(exportReview(request).pdfFooter, request.data.publication.headline);
    QVERIFY(!request.data.publication.headline.isEmpty());
}

void ExportTest::templateForHtmlAndPdf()
{
    ReportTemplate tpl = ReportTemplate::defaultTemplate();
    tpl.css += QStringLiteral("\n.desk-marker { color: #123456; }\n");
    for (const ExportFormat f : {ExportFormat::Html, ExportFormat::Pdf}) {
        ExportRequest request = exampleRequest(f);
        request.reportTemplate = tpl;
        const ExportResult result = exportReview(request);
        QVERIFY2(result.isValid(), qPrintable(result.error));
        const QString page = f == ExportFormat::Html ? QString::fromUtf8(result.bytes) : result.printable.html;
        QVERIFY2(page.contains(QLatin1String(".desk-marker")), qPrintable(exportFormatId(f)));
        request.reportTemplate = ReportTemplate::defaultTemplate();
        const ExportResult plain = exportReview(request);
        const QString plainPage = f == ExportFormat::Html ? QString::fromUtf8(plain.bytes) : plain.printable.html;
        QVERIFY(!plainPage.contains(QLatin1String(".desk-marker")));
    }
}

void ExportTest::emptyTemplate()
{
    for (const ExportFormat f : {ExportFormat::Html, ExportFormat::Pdf}) {
        ExportRequest request = exampleRequest(f);
        request.reportTemplate = ReportTemplate();
        const ExportResult result = exportReview(request);
        QVERIFY(!result.isValid());
        QVERIFY(result.bytes.isEmpty());
        QCOMPARE(result.error, QStringLiteral("the report template is empty"));
    }
    // the other formats have no template to use
    ExportRequest md = exampleRequest(ExportFormat::Markdown);
    md.reportTemplate = ReportTemplate();
    QVERIFY(exportReview(md).isValid());
}

void ExportTest::w3cSource_data()
{
    QTest::addColumn<QString>("documentUrl");
    QTest::addColumn<QString>("source");
    QTest::newRow("the document's URL") << QStringLiteral("https://news.example/essex-jiangsu")
                                        << QStringLiteral("https://news.example/essex-jiangsu");
    // No URL given: the article's own (document.source.url, the shipped review has one); without it and without a
    // path, the document named by its SHA-256 (RFC 6920), an IRI as W3C requires (tests/core/w3c_test, docs/w3c.md).
    QTest::newRow("else the article's URL")
        << QString() << QStringLiteral("https://news.example.org/2020/11/13/essex-councillor-calls-to-cut-ties-with-china");
}

void ExportTest::w3cSource()
{
    QFETCH(QString, documentUrl);
    QFETCH(QString, source);
    ExportRequest request = exampleRequest(ExportFormat::W3c);
    request.options.documentUrl = documentUrl;
    const ExportResult result = exportReview(request);
    QVERIFY2(result.isValid(), qPrintable(result.error));
    QCOMPARE(targetSource(result.bytes), source);
}

void ExportTest::invalidByDefault()
{
    QVERIFY(!ExportResult().isValid());
    ExportResult failed;
    failed.bytes = "x";
    failed.error = QStringLiteral("why");
    QVERIFY(!failed.isValid());
}

void ExportTest::unknownFormatValue()
{
    ExportRequest request = exampleRequest(ExportFormat::Html);
    request.format = ExportFormat(99);
    const ExportResult result = exportReview(request);
    QVERIFY(!result.isValid());
    QCOMPARE(result.error, QStringLiteral("unknown export format 99"));
    QCOMPARE(exportFormatId(ExportFormat(99)), QString());
    QCOMPARE(exportFormatName(ExportFormat(99)), QString());
}

void ExportTest::jsonEmbeddableInHtml_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("hostileValues"); // how many string values hold the whole hostile text
    QTest::newRow("json") << int(ExportFormat::Json) << 6; // quote, context, field value and raw, notes, verdict label
    QTest::newRow("claimreview") << int(ExportFormat::ClaimReview) << 4; // claimReviewed, rating, author, organisation
    QTest::newRow("w3c") << int(ExportFormat::W3c) << 2;                 // exact quote, notes
}

void ExportTest::jsonEmbeddableInHtml()
{
    // Pasted into <script type="application/ld+json"> (how ClaimReview is published), the article's text must not
    // end the element: no raw <, >, & or U+2028/U+2029 anywhere, and the values are still exactly the user's.
    QFETCH(int, format);
    QFETCH(int, hostileValues);
    const ExportResult result = exportReview(hostileRequest(ExportFormat(format)));
    QVERIFY2(result.isValid(), qPrintable(result.error));
    for (const char *raw : {"<", ">", "&", "\xE2\x80\xA8", "\xE2\x80\xA9"})
        QVERIFY2(!result.bytes.contains(raw), raw);
    QVERIFY(result.bytes.contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u2028\\u2029 \\u0026 "
                                  "\\u003c!--"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(result.bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QStringList strings;
    collectStrings(doc.object(), strings);
    QVERIFY2(strings.count(Hostile) >= hostileValues, qPrintable(strings.join(u'|')));
    if (ExportFormat(format) == ExportFormat::ClaimReview) {
        const QJsonObject review = doc.object().value(QLatin1String("@graph")).toArray().first().toObject();
        QCOMPARE(review.value(QLatin1String("claimReviewed")).toString(), Hostile);
        QCOMPARE(review.value(QLatin1String("author")).toObject().value(QLatin1String("name")).toString(), Hostile);
        QCOMPARE(review.value(QLatin1String("reviewRating")).toObject().value(QLatin1String("alternateName")).toString(), Hostile);
        QCOMPARE(review.value(QLatin1String("itemReviewed")).toObject().value(QLatin1String("author")).toObject()
                     .value(QLatin1String("name")).toString(), Hostile);
    }
}

QTEST_GUILESS_MAIN(ExportTest)
#include "export_test.moc"
