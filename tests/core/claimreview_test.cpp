// SPDX-License-Identifier: GPL-2.0-or-later
// schema.org ClaimReview as Google reads it (claimReviewExport(), annotations/export.h; docs/claimreview.md): Google's
// rules encoded as a checker, which today's output before the fact-check model fails and the shipped example passes
// without a warning; the publish gate (only claims that may go out, the others listed with why); each member from
// the model; the paste-ready script element.
#include "documenttext.h"
#include "export.h"
#include "report.h"
#include "sidecar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Claimbench;

namespace {

/// Google's ClaimReview rules (developers.google.com/search/docs/appearance/structured-data/factcheck, as the
/// structured-data-testing-tool's Google preset encodes them): errors for what is required, warnings for what is
/// recommended. Each finding names the review ("#2 url").
struct GoogleFindings {
    QStringList errors;
    QStringList warnings;
};

bool isIsoDate(const QJsonValue &v)
{
    // ISO 8601: a date, or a date and time with a zone
    static const QRegularExpression re(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$)"));
    return v.isString() && re.match(v.toString()).hasMatch()
        && QDate::fromString(v.toString().left(10), Qt::ISODate).isValid();
}

bool isAbsoluteHttpUrl(const QJsonValue &v)
{
    const QString s = v.toString();
    return s.startsWith(QLatin1String("https://")) || s.startsWith(QLatin1String("http://"));
}

GoogleFindings googleRules(const QByteArray &jsonLd)
{
    GoogleFindings f;
    const QJsonObject root = QJsonDocument::fromJson(jsonLd).object();
    if (root.value(QLatin1String("@context")).toString() != QLatin1String("https://schema.org"))
        f.errors << QStringLiteral("@context");
    const QJsonArray graph = root.value(QLatin1String("@graph")).toArray();
    int i = 0;
    for (const QJsonValue &v : graph) {
        const QJsonObject r = v.toObject();
        const QString n = QStringLiteral("#%1 ").arg(++i);
        auto error = [&](const char *what) { f.errors << n + QLatin1String(what); };
        auto warning = [&](const char *what) { f.warnings << n + QLatin1String(what); };
        if (r.value(QLatin1String("@type")).toString() != QLatin1String("ClaimReview"))
            error("@type");
        // required
        if (!isAbsoluteHttpUrl(r.value(QLatin1String("url"))))
            error("url");
        const QString claimReviewed = r.value(QLatin1String("claimReviewed")).toString();
        if (claimReviewed.trimmed().isEmpty())
            error("claimReviewed");
        const QJsonObject rating = r.value(QLatin1String("reviewRating")).toObject();
        if (rating.isEmpty())
            error("reviewRating");
        if (rating.value(QLatin1String("alternateName")).toString().isEmpty())
            error("reviewRating.alternateName");
        if (rating.contains(QLatin1String("ratingValue"))) { // numeric: within its scale
            const int value = rating.value(QLatin1String("ratingValue")).toInt();
            const int best = rating.value(QLatin1String("bestRating")).toInt();
            const int worst = rating.value(QLatin1String("worstRating")).toInt();
            if (!rating.contains(QLatin1String("bestRating")) || !rating.contains(QLatin1String("worstRating"))
                || value < worst || value > best)
                error("reviewRating.ratingValue");
        }
        // recommended
        if (claimReviewed.size() >= 75)
            warning("claimReviewed: a short statement, under 75 characters");
        const QJsonObject author = r.value(QLatin1String("author")).toObject();
        if (author.value(QLatin1String("name")).toString().isEmpty())
            warning("author");
        else if (author.value(QLatin1String("@type")).toString() != QLatin1String("Organization")
                 && author.value(QLatin1String("@type")).toString() != QLatin1String("Person"))
            warning("author.@type");
        if (!isIsoDate(r.value(QLatin1String("datePublished"))))
            warning("datePublished");
        const QJsonObject item = r.value(QLatin1String("itemReviewed")).toObject();
        if (item.value(QLatin1String("@type")).toString() != QLatin1String("Claim")) {
            warning("itemReviewed");
            continue;
        }
        const QJsonObject claimant = item.value(QLatin1String("author")).toObject();
        if (claimant.value(QLatin1String("name")).toString().isEmpty())
            warning("itemReviewed.author");
        const QJsonObject appearance = item.value(QLatin1String("appearance")).toObject();
        if (!isAbsoluteHttpUrl(appearance.value(QLatin1String("url"))))
            warning("itemReviewed.appearance");
        if (!isIsoDate(item.value(QLatin1String("datePublished"))))
            warning("itemReviewed.datePublished");
    }
    return f;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The shipped example as the CLI reads it, without any publishing option: the sidecar says who publishes it.
ExportRequest exampleRequest(ExportFormat format = ExportFormat::ClaimReview)
{
    const QString dir = QStringLiteral(CLAIMBENCH_SOURCE_DIR "/examples/");
    ExportRequest request;
    request.format = format;
    request.documentText = decodeText(readFile(dir + QStringLiteral("essex-jiangsu.txt"))).text;
    request.data = Sidecar::read(dir + QStringLiteral("essex-jiangsu.txt.claims.json")).data;
    return request;
}

QDateTime at(int hour)
{
    return QDateTime(QDate(2026, 11, 28), QTime(hour, 0), QTimeZone::UTC);
}

/// One claim that passes the gate, in a one-claim review with a publication.
ClaimSetData oneClaim()
{
    ClaimSetData data;
    data.document.fileName = QStringLiteral("article.txt");
    data.document.source.url = QStringLiteral("https://news.example.org/a");
    data.document.source.title = QStringLiteral("The headline");
    data.document.source.siteName = QStringLiteral("Example News");
    data.document.source.publishedTime = QStringLiteral("2026-11-20T07:00:00+01:00");
    data.publication = {QStringLiteral("Desk"), QStringLiteral("https://desk.example.org/"),
                        QStringLiteral("https://desk.example.org/logo.png"), QStringLiteral("https://desk.example.org/r"),
                        QStringLiteral("Checked"), QDate(2026, 11, 30)};
    Claim c;
    c.id = QUuid::fromString(QStringLiteral("9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10"));
    c.claimType = QStringLiteral("quantity");
    c.start = 4;
    c.end = 9;
    c.quote.exact = QStringLiteral("grew 5");
    c.status = ClaimStatus::Done;
    c.verdict = QStringLiteral("mostly-false");
    c.statement = QStringLiteral("The economy grew 5% last year");
    c.conclusion = QStringLiteral("It grew 2%");
    c.claimant = {QStringLiteral("Kevin Bentley"), QStringLiteral("Council leader")};
    c.createdBy = QStringLiteral("Ana");
    c.history = {{at(9), QStringLiteral("Ana"), QStringLiteral("verdict"), QJsonValue(), QStringLiteral("mostly-false")}};
    data.claims = {c};
    return data;
}

QJsonObject firstReview(const ClaimReviewExport &e)
{
    return QJsonDocument::fromJson(e.json).object().value(QLatin1String("@graph")).toArray().at(0).toObject();
}

const QString Text = QStringLiteral("GDP grew 5% last year.");

} // namespace

class ClaimReviewTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rulesCatchTheOldOutput()
    {
        // What the shipped example gave before the fact-check model, with every publishing option set: no
        // itemReviewed author, the marked span as claimReviewed, no dates for the claim.
        const GoogleFindings old = googleRules(readFile(QStringLiteral(CLAIMBENCH_SOURCE_DIR
                                                                       "/tests/core/data/claimreview-before-publish-gate.json")));
        QVERIFY(old.errors.isEmpty()); // the options gave the url
        QVERIFY(old.warnings.contains(QStringLiteral("#1 itemReviewed.author")));
        QVERIFY(old.warnings.contains(QStringLiteral("#1 itemReviewed.datePublished")));
        QVERIFY(old.warnings.contains(QStringLiteral("#2 claimReviewed: a short statement, under 75 characters")));
        QVERIFY(old.warnings.size() >= 11);
        // and a review without a publication (no options either) fails outright: no url
        ClaimSetData data = oneClaim();
        data.publication = Publication();
        const GoogleFindings bare = googleRules(claimReviewExport(Report::build(data, Text)).json);
        QCOMPARE(bare.errors, QStringList{QStringLiteral("#1 url")});
        QCOMPARE(bare.warnings, QStringList{QStringLiteral("#1 author")});
    }
    void shippedExamplePassesGoogleRules()
    {
        const ExportResult result = exportReview(exampleRequest());
        QVERIFY2(result.isValid(), qPrintable(result.error));
        const GoogleFindings f = googleRules(result.bytes);
        QCOMPARE(f.errors, QStringList());
        QCOMPARE(f.warnings, QStringList());
        const QJsonArray graph = QJsonDocument::fromJson(result.bytes).object().value(QLatin1String("@graph")).toArray();
        QCOMPARE(graph.size(), 5); // the done, rated claims with a statement and a claimant
        // and with a second review required: every one of them was approved by someone else
        ExportRequest strict = exampleRequest();
        strict.publishRule.requireSecondReview = true;
        QCOMPARE(exportReview(strict).bytes, result.bytes);
    }
    void gateLeavesOutAndSaysWhy()
    {
        const ExportResult result = exportReview(exampleRequest());
        const Report report = Report::build(exampleRequest().data, exampleRequest().documentText);
        // every claim is published or listed, none both, dismissed ones neither
        QStringList published;
        for (const QJsonValue &v : QJsonDocument::fromJson(result.bytes).object().value(QLatin1String("@graph")).toArray())
            published << v.toObject().value(QLatin1String("@id")).toString().mid(9);
        int candidates = 0;
        for (const ReportEntry &e : report.entries) {
            if (e.claim.status == ClaimStatus::Dismissed)
                continue;
            ++candidates;
            const bool out = std::any_of(result.leftOut.cbegin(), result.leftOut.cend(),
                                         [&e](const ExportLeftOut &l) { return l.id == e.claim.id; });
            QVERIFY(out != published.contains(e.claim.id.toString(QUuid::WithoutBraces)));
            QCOMPARE(out, !publishCheck(e.claim, {}).mayPublish());
        }
        QCOMPARE(published.size() + result.leftOut.size(), candidates);
        // the claim awaiting its second review, in words, also as a warning
        const ReportEntry *awaiting = nullptr;
        for (const ReportEntry &e : report.entries) {
            if (e.claim.status == ClaimStatus::NeedsSecondReview && !e.claim.verdict.isEmpty())
                awaiting = &e;
        }
        QVERIFY(awaiting);
        const auto it = std::find_if(result.leftOut.cbegin(), result.leftOut.cend(),
                                     [awaiting](const ExportLeftOut &l) { return l.id == awaiting->claim.id; });
        QVERIFY(it != result.leftOut.cend());
        QCOMPARE(it->number, awaiting->number);
        QCOMPARE(it->reasons, QStringList{QStringLiteral("not done (needs second review)")});
        QVERIFY(result.warnings.contains(
            QStringLiteral("claim %1 left out: not done (needs second review)").arg(awaiting->number)));
        // five claims on the review's page
        QVERIFY(result.warnings.last().startsWith(QStringLiteral("claims ")));
        QVERIFY(result.warnings.last().endsWith(
            QStringLiteral(" share one page (https://factcheck.example.org/2026/11/essex-jiangsu, a #claim-N fragment "
                           "each): Google shows one ClaimReview per page")));
    }
    void secondReviewRequired()
    {
        ClaimSetData data = oneClaim();
        const Report report = Report::build(data, Text);
        QCOMPARE(claimReviewExport(report).leftOut.size(), 0);
        const ClaimReviewExport strict = claimReviewExport(report, PublishRule{true});
        QCOMPARE(strict.leftOut.size(), 1);
        QCOMPARE(strict.leftOut.at(0).reasons, QStringList{QStringLiteral("not approved by a second reviewer")});
        QCOMPARE(QJsonDocument::fromJson(strict.json).object().value(QLatin1String("@graph")).toArray().size(), 0);
        QCOMPARE(strict.warnings, QStringList{QStringLiteral("claim 1 left out: not approved by a second reviewer")});
        data.claims[0].approvedBy = QStringLiteral("Ben");
        data.claims[0].approved = at(12);
        QCOMPARE(claimReviewExport(Report::build(data, Text), PublishRule{true}).leftOut.size(), 0);
    }
    void eachMemberFromTheModel()
    {
        const ClaimReviewExport e = claimReviewExport(Report::build(oneClaim(), Text));
        QCOMPARE(e.warnings, QStringList());
        const QJsonObject r = firstReview(e);
        const QJsonObject expected = QJsonDocument::fromJson(
            "{"
            "\"@type\": \"ClaimReview\","
            "\"@id\": \"urn:uuid:9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10\","
            "\"url\": \"https://desk.example.org/r#claim-1\","
            "\"claimReviewed\": \"The economy grew 5% last year\","
            "\"author\": {\"@type\": \"Organization\", \"name\": \"Desk\", \"url\": \"https://desk.example.org/\","
            "\"logo\": {\"@type\": \"ImageObject\", \"url\": \"https://desk.example.org/logo.png\"}},"
            "\"datePublished\": \"2026-11-30\","
            "\"headline\": \"Checked\","
            "\"itemReviewed\": {"
            "\"@type\": \"Claim\","
            "\"author\": {\"@type\": \"Person\", \"name\": \"Kevin Bentley\", \"jobTitle\": \"Council leader\"},"
            "\"datePublished\": \"2026-11-20\","
            "\"appearance\": {\"@type\": \"CreativeWork\", \"url\": \"https://news.example.org/a\", \"headline\": \"The headline\","
            "\"datePublished\": \"2026-11-20\","
            "\"publisher\": {\"@type\": \"Organization\", \"name\": \"Example News\"}}"
            "},"
            "\"reviewRating\": {\"@type\": \"Rating\", \"ratingValue\": 2, \"bestRating\": 5, \"worstRating\": 1,"
            "\"alternateName\": \"Mostly false\", \"ratingExplanation\": \"It grew 2%\"}"
            "}").object();
        QCOMPARE(r, expected);
    }
    void claimMadeElsewhere()
    {
        // An organisation that made the claim in another place, at another time.
        ClaimSetData data = oneClaim();
        data.claims[0].claimant = {QStringLiteral("Essex County Council"), QStringLiteral("the county"), true};
        data.claims[0].appearance = {QStringLiteral("https://council.example.org/speech"), QDate(2026, 10, 2)};
        const QJsonObject item = firstReview(claimReviewExport(Report::build(data, Text))).value(QLatin1String("itemReviewed")).toObject();
        QCOMPARE(item.value(QLatin1String("author")).toObject(),
                 (QJsonObject{{QStringLiteral("@type"), QStringLiteral("Organization")},
                              {QStringLiteral("name"), QStringLiteral("Essex County Council")},
                              {QStringLiteral("description"), QStringLiteral("the county")}}));
        QCOMPARE(item.value(QLatin1String("datePublished")).toString(), QStringLiteral("2026-10-02"));
        QCOMPARE(item.value(QLatin1String("appearance")).toObject(),
                 (QJsonObject{{QStringLiteral("@type"), QStringLiteral("CreativeWork")},
                              {QStringLiteral("url"), QStringLiteral("https://council.example.org/speech")},
                              {QStringLiteral("datePublished"), QStringLiteral("2026-10-02")}}));
    }
    void ratingScale_data()
    {
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QJsonObject>("rating");
        auto numeric = [](int value, const char *name) {
            return QJsonObject{{QStringLiteral("@type"), QStringLiteral("Rating")}, {QStringLiteral("ratingValue"), value},
                               {QStringLiteral("bestRating"), 5}, {QStringLiteral("worstRating"), 1},
                               {QStringLiteral("alternateName"), QLatin1String(name)}};
        };
        QTest::newRow("true") << QStringLiteral("true") << numeric(5, "True");
        QTest::newRow("mostly-true") << QStringLiteral("mostly-true") << numeric(4, "Mostly true");
        QTest::newRow("half-true") << QStringLiteral("half-true") << numeric(3, "Half true");
        QTest::newRow("mostly-false") << QStringLiteral("mostly-false") << numeric(2, "Mostly false");
        QTest::newRow("false") << QStringLiteral("false") << numeric(1, "False");
        QTest::newRow("misleading") << QStringLiteral("misleading") << numeric(2, "Misleading");
        const QJsonObject label{{QStringLiteral("@type"), QStringLiteral("Rating")},
                                {QStringLiteral("alternateName"), QStringLiteral("Unproven")}};
        QTest::newRow("unproven: a label only") << QStringLiteral("unproven") << label;
    }
    void ratingScale()
    {
        QFETCH(QString, verdict);
        QFETCH(QJsonObject, rating);
        ClaimSetData data = oneClaim();
        data.claims[0].verdict = verdict;
        data.claims[0].conclusion.clear();
        QCOMPARE(firstReview(claimReviewExport(Report::build(data, Text))).value(QLatin1String("reviewRating")).toObject(), rating);
    }
    void reviewDate_data()
    {
        QTest::addColumn<QDate>("publication");
        QTest::addColumn<QDateTime>("generatedAt");
        QTest::addColumn<QString>("expected");
        QTest::newRow("the publication's") << QDate(2026, 11, 30) << QDateTime(QDate(2026, 12, 1), QTime(1, 0), QTimeZone::UTC)
                                           << QStringLiteral("2026-11-30");
        QTest::newRow("else the report's") << QDate() << QDateTime(QDate(2026, 12, 1), QTime(23, 30), QTimeZone::fromSecondsAheadOfUtc(-3600))
                                           << QStringLiteral("2026-12-02");
        QTest::newRow("else the verdict's") << QDate() << QDateTime() << QStringLiteral("2026-11-28");
    }
    void reviewDate()
    {
        QFETCH(QDate, publication);
        QFETCH(QDateTime, generatedAt);
        QFETCH(QString, expected);
        ClaimSetData data = oneClaim();
        data.publication.datePublished = publication;
        ReportOptions options;
        options.generatedAt = generatedAt;
        QCOMPARE(firstReview(claimReviewExport(Report::build(data, Text, options))).value(QLatin1String("datePublished")).toString(),
                 expected);
    }
    void optionsFillThePublication()
    {
        // claimbench-cli report --organisation/--url: what the sidecar's publication leaves empty
        ClaimSetData data = oneClaim();
        data.publication = Publication();
        ReportOptions options;
        options.organisation = QStringLiteral("Option Desk");
        options.url = QStringLiteral("https://option.example.org/r");
        const ClaimReviewExport e = claimReviewExport(Report::build(data, Text, options));
        QCOMPARE(firstReview(e).value(QLatin1String("url")).toString(), QStringLiteral("https://option.example.org/r#claim-1"));
        QCOMPARE(firstReview(e).value(QLatin1String("author")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Option Desk"));
        QCOMPARE(googleRules(e.json).errors, QStringList());
        // without them, the export says what Google will miss
        const ClaimReviewExport bare = claimReviewExport(Report::build(data, Text));
        QCOMPARE(bare.warnings.size(), 2);
        QVERIFY(bare.warnings.at(0).startsWith(QStringLiteral("no review URL")));
        QVERIFY(bare.warnings.at(1).startsWith(QStringLiteral("no publisher")));
    }
    void htmlSnippet()
    {
        const ExportResult json = exportReview(exampleRequest());
        const ExportResult html = exportReview(exampleRequest(ExportFormat::ClaimReviewHtml));
        QVERIFY2(html.isValid(), qPrintable(html.error));
        // One element per ClaimReview, each with the @context: what each claim's page takes, and what JSON-LD
        // readers that do not look into an @graph (the structured-data-testing-tool) read.
        const QJsonObject root = QJsonDocument::fromJson(json.bytes).object();
        const QJsonArray graph = root.value(QLatin1String("@graph")).toArray();
        QVERIFY(graph.size() > 1);
        const QByteArray open = "<script type=\"application/ld+json\">\n", close = "\n</script>\n";
        QCOMPARE(html.bytes.count(open), graph.size());
        QCOMPARE(html.bytes.count("</script>"), graph.size());
        QVERIFY(html.bytes.endsWith(close));
        qsizetype at = 0;
        for (const QJsonValue &item : graph) {
            QCOMPARE(html.bytes.indexOf(open, at), at);
            const qsizetype begin = at + open.size(), end = html.bytes.indexOf(close, begin);
            QVERIFY(end > begin);
            const QJsonObject element = QJsonDocument::fromJson(html.bytes.mid(begin, end - begin)).object();
            QJsonObject expected = item.toObject();
            expected.insert(QLatin1String("@context"), root.value(QLatin1String("@context")));
            QCOMPARE(element, expected);
            QVERIFY(html.bytes.mid(begin, end - begin).startsWith("{\n  \"@context\""));
            at = end + close.size();
        }
        QCOMPARE(at, html.bytes.size());
        QCOMPARE(html.leftOut, json.leftOut);
        QCOMPARE(html.warnings, json.warnings);
        // hostile text cannot end the element early
        ClaimSetData data = oneClaim();
        data.claims[0].statement = QStringLiteral("</script><script>alert(1)</script><!--");
        const QByteArray script = claimReviewScript(claimReviewExport(Report::build(data, Text)).json);
        QCOMPARE(script.count("</script>"), 1);
        QVERIFY(!script.contains("<!--"));
        QVERIFY(!script.contains("<script>"));
        QCOMPARE(exportFormatFromId(QStringLiteral("claimreview-html")), std::optional(ExportFormat::ClaimReviewHtml));
        QCOMPARE(exportFileSuffix(ExportFormat::ClaimReviewHtml), QStringLiteral("claimreview.html"));
    }
};

QTEST_GUILESS_MAIN(ClaimReviewTest)
#include "claimreview_test.moc"
