// SPDX-License-Identifier: GPL-2.0-or-later
// Hostile input in every place the HTML report shows user text: the page stays inert (parsed back: no script or
// other active element, no on* attribute, no javascript:/data: link, no url() in styles) and still shows the text.
#include "report.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace Claimbench;

namespace {

enum Place { Document, Quote, Notes, SourceTitle, SourceUrl, ArchiveUrl, Field, Type, Verdict, Reviewer, FileName,
             Organisation, Title, Status, Conflict, ReReview };

struct Scan {
    QString error;
    QStringList problems;
    QString text; // all character data
};

Scan scanHtml(const QString &html)
{
    static const QStringList allowed = {
        QStringLiteral("html"), QStringLiteral("head"), QStringLiteral("meta"), QStringLiteral("title"),
        QStringLiteral("style"), QStringLiteral("body"), QStringLiteral("header"), QStringLiteral("main"),
        QStringLiteral("footer"), QStringLiteral("section"), QStringLiteral("article"), QStringLiteral("div"),
        QStringLiteral("span"), QStringLiteral("p"), QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"),
        QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("a"), QStringLiteral("b"),
        QStringLiteral("i"), QStringLiteral("em"), QStringLiteral("strong"), QStringLiteral("code"), QStringLiteral("pre"),
        QStringLiteral("blockquote"), QStringLiteral("mark"), QStringLiteral("bdi"), QStringLiteral("ul"),
        QStringLiteral("ol"), QStringLiteral("li"), QStringLiteral("dl"), QStringLiteral("dt"), QStringLiteral("dd"),
        QStringLiteral("table"), QStringLiteral("tr"), QStringLiteral("th"), QStringLiteral("td"), QStringLiteral("hr"),
        QStringLiteral("br")};
    Scan scan;
    QXmlStreamReader xml(html);
    int metas = 0, styles = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters()) {
            scan.text += xml.text();
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QString name = xml.name().toString().toLower();
        if (!allowed.contains(name))
            scan.problems << QStringLiteral("element <%1>").arg(name);
        if (name == QLatin1String("meta") && ++metas > 4)
            scan.problems << QStringLiteral("extra <meta>");
        if (name == QLatin1String("style") && ++styles > 1)
            scan.problems << QStringLiteral("extra <style>");
        for (const QXmlStreamAttribute &a : xml.attributes()) {
            const QString attr = a.name().toString().toLower();
            const QString v = a.value().toString().trimmed().toLower();
            if (attr.startsWith(QLatin1String("on")))
                scan.problems << QStringLiteral("attribute %1").arg(attr);
            if (attr == QLatin1String("href") && !v.startsWith(u'#') && !v.startsWith(QLatin1String("http://"))
                && !v.startsWith(QLatin1String("https://")) && !v.startsWith(QLatin1String("mailto:")))
                scan.problems << QStringLiteral("href %1").arg(v);
            if (attr == QLatin1String("src") || attr == QLatin1String("srcdoc") || attr == QLatin1String("action"))
                scan.problems << QStringLiteral("attribute %1").arg(attr);
            if (attr == QLatin1String("style") && (v.contains(QLatin1String("url(")) || v.contains(QLatin1String("expression"))))
                scan.problems << QStringLiteral("style %1").arg(v);
        }
    }
    if (xml.hasError())
        scan.error = xml.errorString() + QStringLiteral(" at line ") + QString::number(xml.lineNumber());
    return scan;
}

} // namespace

class ReportHostileTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inert_data();
    void inert();
    void huge();
    void cspAlways();
};

void ReportHostileTest::inert_data()
{
    QTest::addColumn<int>("place");
    QTest::addColumn<QString>("payload");
    QTest::addColumn<QString>("visible"); // what the reader must still see

    const QString script = QStringLiteral("<script>alert('x')</script>");
    const QString img = QStringLiteral("<img src=x onerror=alert(1)>");
    const QString breakout = QStringLiteral("\"><svg onload=alert(1)>'");
    const QString rtl = QStringLiteral("\u202Egnp.exe \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627\u202C");
    const QString zeroWidth = QStringLiteral("mil\u200Blions\u200D of \uFEFFpounds");
    const QString controls = QStringLiteral("a\u0000b\u0007c\u001Bd");
    const QString cdata = QStringLiteral("]]><![CDATA[ <!-- --> <?xml x?> &amp; &#0; &lt;");

    const int places[] = {Document, Quote, Notes, SourceTitle, Field, Reviewer, FileName, Organisation, Title, Type, Verdict,
                          Conflict, ReReview};
    const char *names[] = {"document", "quote", "notes", "source title", "field", "reviewer", "file name", "organisation",
                           "title", "type", "verdict", "conflict", "re-review reason"};
    for (int i = 0; i < int(std::size(places)); ++i) {
        QTest::addRow("%s: script", names[i]) << places[i] << script << script;
        QTest::addRow("%s: img onerror", names[i]) << places[i] << img << img;
        QTest::addRow("%s: attribute breakout", names[i]) << places[i] << breakout << breakout;
        QTest::addRow("%s: right-to-left", names[i]) << places[i] << rtl << rtl;
        QTest::addRow("%s: zero-width", names[i]) << places[i] << zeroWidth << zeroWidth;
        QTest::addRow("%s: cdata and comments", names[i]) << places[i] << cdata << cdata;
        QTest::addRow("%s: control characters", names[i]) << places[i] << controls << QStringLiteral("a\uFFFDb\uFFFDc\uFFFDd");
    }
    QTest::newRow("source url: javascript") << int(SourceUrl) << QStringLiteral("javascript:alert(document.cookie)")
                                            << QStringLiteral("javascript:alert(document.cookie)");
    QTest::newRow("source url: data") << int(SourceUrl) << QStringLiteral("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")
                                      << QStringLiteral("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==");
    QTest::newRow("source url: quote breakout") << int(SourceUrl) << QStringLiteral("https://a.example/\" onmouseover=\"alert(1)")
                                                << QStringLiteral("https://a.example/\" onmouseover=\"alert(1)");
    QTest::newRow("source url: spaced javascript") << int(SourceUrl) << QStringLiteral(" \tjavascript:alert(1)")
                                                   << QStringLiteral("javascript:alert(1)");
    QTest::newRow("archive url: javascript") << int(ArchiveUrl) << QStringLiteral("JAVASCRIPT:alert(1)")
                                             << QStringLiteral("archived copy");
    QTest::newRow("notes: javascript link") << int(Notes) << QStringLiteral("[click me](javascript:alert(1))")
                                            << QStringLiteral("click me");
    QTest::newRow("notes: data link") << int(Notes) << QStringLiteral("[see](data:text/html,<script>alert(1)</script>)")
                                      << QStringLiteral("see");
    QTest::newRow("notes: autolink javascript") << int(Notes) << QStringLiteral("<javascript:alert(1)>")
                                                << QStringLiteral("<javascript:alert(1)>");
    QTest::newRow("notes: raw anchor") << int(Notes) << QStringLiteral("<a href=\"javascript:x\" onclick=\"y\">z</a>")
                                       << QStringLiteral("<a href=\"javascript:x\" onclick=\"y\">z</a>");
    QTest::newRow("notes: broken markdown") << int(Notes) << QStringLiteral("**bold [link](http://a.example *em `code")
                                            << QStringLiteral("bold [link](http://a.example *em `code");
    QTest::newRow("notes: style tag") << int(Notes) << QStringLiteral("<style>body{background:url(http://x)}</style>")
                                      << QStringLiteral("<style>body{background:url(http://x)}</style>");
    QTest::newRow("status sanity") << int(Status) << QString() << QStringLiteral("Needs second review");
}

void ReportHostileTest::inert()
{
    QFETCH(int, place);
    QFETCH(QString, payload);
    QFETCH(QString, visible);

    QString document = QStringLiteral("The council said it brought millions of pounds to the county. ");
    if (place == Document || place == Quote)
        document += payload + QStringLiteral(" The end.");
    ClaimSetData data;
    data.document.fileName = place == FileName ? payload : QStringLiteral("article.txt");
    data.document.length = codePointLength(document);
    Claim c;
    c.id = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-000000000001"));
    c.claimType = place == Type ? payload : QStringLiteral("quantity");
    const QString exact = place == Quote ? payload : QStringLiteral("millions of pounds");
    const qsizetype at = document.indexOf(exact);
    QVERIFY(at >= 0);
    c.start = toCodePoints(document, at);
    c.end = toCodePoints(document, at + exact.size());
    c.quote.exact = exact;
    c.status = ClaimStatus::NeedsSecondReview;
    c.verdict = place == Verdict ? payload : QStringLiteral("false");
    c.notes = place == Notes ? payload : QString();
    Source s;
    s.title = place == SourceTitle ? payload : QStringLiteral("A source");
    s.url = place == SourceUrl ? payload : QStringLiteral("https://example.org/source");
    s.archiveUrl = place == ArchiveUrl ? payload : QString();
    c.sources = {s};
    if (place == Field)
        c.fields = {{QStringLiteral("figure"), payload}, {payload, QStringLiteral("value")}};
    if (place == Conflict) // another reviewer's value, and a field named by it
        c.conflicts = {{QStringLiteral("notes"), QJsonValue(), QString(), payload},
                       {QStringLiteral("fields.") + payload, QJsonValue(), QStringLiteral("1"), payload}};
    c.reReview = place == ReReview ? payload : QString();
    c.createdBy = place == Reviewer ? payload : QStringLiteral("Ana");
    c.history = {{QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::UTC), c.createdBy, QStringLiteral("notes"),
                  QJsonValue(), QJsonValue(payload)}};
    data.claims = {c};
    // the same claim orphaned, to cover that section too
    Claim orphan = c;
    orphan.id = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-000000000002"));
    orphan.start = orphan.end = -1;
    orphan.quote.prefix = payload;
    data.claims << orphan;
    data.reviewers = {c.createdBy};

    ReportOptions options;
    options.organisation = place == Organisation ? payload : QString();
    options.title = place == Title ? payload : QString();
    ReportClaimTypeInfo type;
    type.id = c.claimType;
    type.name = c.claimType;
    type.colour = QStringLiteral("red; background:url(javascript:alert(1))");
    type.fields = {{QStringLiteral("figure"), place == Field ? payload : QStringLiteral("Figure")}};
    options.claimTypes = {type};

    for (const ReportLayout layout : {ReportLayout::Full, ReportLayout::Compact}) { // the screen's and long PDFs'
        options.layout = layout;
        const Report report = Report::build(data, document, options);
        const QString html = reportToHtml(report);
        const Scan scan = scanHtml(html);
        QVERIFY2(scan.error.isEmpty(), qPrintable(scan.error));
        QVERIFY2(scan.problems.isEmpty(), qPrintable(scan.problems.join(QStringLiteral(", "))));
        QVERIFY2(scan.text.contains(visible), qPrintable(visible));
        QVERIFY(html.contains(QStringLiteral("Content-Security-Policy")));
        QCOMPARE(html.contains(QStringLiteral("claim compact")), layout == ReportLayout::Compact);
    }
}

void ReportHostileTest::huge()
{
    // megabyte-sized strings everywhere: still inert, still complete
    const QString big = QString(QStringLiteral("<script>x</script> \u202E")).repeated(40000); // ~1 MB
    QString document = QStringLiteral("Start. ") + big + QStringLiteral(" End.");
    ClaimSetData data;
    data.document.fileName = QStringLiteral("big.txt");
    data.document.length = codePointLength(document);
    Claim c;
    c.id = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-000000000001"));
    c.claimType = big.left(5000);
    c.start = 7;
    c.end = 7 + big.size();
    c.quote.exact = big;
    c.notes = QString(QStringLiteral("**[<")).repeated(250000);
    c.sources = {{big, big, big, QDate(), big, big, big, {}}};
    data.claims = {c};
    const Report report = Report::build(data, document, {});
    const QString html = reportToHtml(report);
    const Scan scan = scanHtml(html);
    QVERIFY2(scan.error.isEmpty(), qPrintable(scan.error));
    QVERIFY2(scan.problems.isEmpty(), qPrintable(scan.problems.mid(0, 5).join(QStringLiteral(", "))));
    QVERIFY(scan.text.contains(big));
    QVERIFY(scan.text.contains(QString(QStringLiteral("[<")).repeated(1000))); // the pairs of ** became <strong>
}

void ReportHostileTest::cspAlways()
{
    // a template whose <head> has attributes and uppercase still gets the policy first
    ReportTemplate tpl;
    tpl.html = QStringLiteral("<!DOCTYPE html><HTML><HEAD lang=\"en\"><title>{{title}}</title></HEAD><body>{{claims}}</body></HTML>");
    tpl.css = QStringLiteral("p{}");
    ClaimSetData data;
    const QString html = reportToHtml(Report::build(data, QString(), {}), tpl);
    QVERIFY(html.contains(QStringLiteral("<HEAD lang=\"en\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")));
    // a template without <head> is not used: the default one is
    tpl.html = QStringLiteral("<html><body>{{claims}}<script>alert(1)</script></body></html>");
    const QString fallback = reportToHtml(Report::build(data, QString(), {}), tpl);
    QVERIFY(!fallback.contains(QStringLiteral("<script")));
    QVERIFY(fallback.contains(QStringLiteral("Content-Security-Policy")));
}

QTEST_GUILESS_MAIN(ReportHostileTest)
#include "reporthostile_test.moc"
