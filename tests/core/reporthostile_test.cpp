// SPDX-License-Identifier: GPL-2.0-or-later
// Hostile input in every place the HTML report shows user text: the page stays inert (parsed back: no script or
// other active element, no on* attribute, no javascript:/data: link, no url() in styles) and still shows the text.
#include "report.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace Claimbench;

namespace {

enum Place { Document, Quote, Notes, SourceTitle, SourceUrl, ArchiveUrl, Field, Type, Verdict, Reviewer, FileName,
             Organisation, Title, Status, Conflict, ReReview, Statement, ClaimantName, Conclusion, Article, Publisher, ArticleUrl };

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
        QStringLiteral("table"), QStringLiteral("thead"), QStringLiteral("tbody"), QStringLiteral("tr"), QStringLiteral("th"), QStringLiteral("td"), QStringLiteral("hr"),
        QStringLiteral("br")};
    Scan scan;
    QXmlStreamReader xml(html);
    int metas = 0, styles = 0, icons = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters()) {
            scan.text += xml.text();
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QString name = xml.name().toString().toLower();
        // the generator's empty icon (so that a browser does not ask for /favicon.ico), nothing else
        const bool icon = name == QLatin1String("link") && xml.attributes().value(QLatin1String("rel")) == QLatin1String("icon")
            && xml.attributes().value(QLatin1String("href")) == QLatin1String("data:,") && xml.attributes().size() == 2;
        if (icon && ++icons > 1)
            scan.problems << QStringLiteral("extra icon");
        if (icon)
            continue;
        if (!allowed.contains(name))
            scan.problems << QStringLiteral("element <%1>").arg(name);
        if (name == QLatin1String("meta") && ++metas > 6) // policy, charset, viewport, generator, author, description
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
    void hostileTemplate_data();
    void hostileTemplate();
    void templateKeepsWhatIsSafe();
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
                          Conflict, ReReview, Statement, ClaimantName, Conclusion, Article, Publisher};
    const char *names[] = {"document", "quote", "notes", "source title", "field", "reviewer", "file name", "organisation",
                           "title", "type", "verdict", "conflict", "re-review reason", "statement", "claimant", "conclusion",
                           "article", "publisher"};
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
    QTest::newRow("article url: javascript") << int(ArticleUrl) << QStringLiteral("javascript:alert(1)")
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
    if (place == Article) { // the article's source: every text the report shows of it
        data.document.source.title = payload;
        data.document.source.siteName = payload;
        data.document.source.byline = payload;
        data.document.source.publishedTime = payload;
        data.document.source.url = QStringLiteral("https://news.example/a");
        data.document.source.snapshot = payload;
        data.document.source.redirects = {payload};
        data.publication.headline = payload;
    }
    if (place == ArticleUrl) {
        data.document.source.url = payload;
        data.publication.url = payload;
        data.publication.publisherUrl = payload;
        data.publication.publisher = QStringLiteral("Desk");
    }
    if (place == Publisher)
        data.publication.publisher = payload;
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
    if (place == Statement)
        c.statement = payload;
    if (place == ClaimantName)
        c.claimant = {payload, payload};
    if (place == Conclusion)
        c.conclusion = payload;
    if (place == ClaimantName) // and where it was said
        c.appearance.url = payload;
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

// The element that comes first in <head>, and how many <head> elements the page has.
std::pair<QString, int> firstInHead(const QString &html)
{
    QXmlStreamReader xml(html);
    QString first;
    int heads = 0;
    bool inHead = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("head")) {
            ++heads;
            inHead = true;
        } else if (inHead) {
            first = xml.name().toString() + u' ' + xml.attributes().value(QLatin1String("http-equiv")).toString();
            inHead = false;
        }
    }
    return {first, heads};
}

void ReportHostileTest::hostileTemplate_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("css");
    const QString css = QStringLiteral("p{}");
    // where the policy used to be put: after the first "<head" text
    QTest::newRow("<head> in a comment") << QStringLiteral("<!-- <head> --><html><head><script>document.title='x'</script>"
                                                           "</head><body>{{claims}}</body></html>") << css;
    QTest::newRow("<head in an attribute") << QStringLiteral("<html data-x=\"<head>\"><head><script>alert(1)</script></head>"
                                                             "<body>{{claims}}</body></html>") << css;
    QTest::newRow("<head> in the title") << QStringLiteral("<html><title><head></title><script>alert(1)</script><head>"
                                                           "</head><body>{{claims}}</body></html>") << css;
    QTest::newRow("uppercase, attributes") << QStringLiteral("<!DOCTYPE html><HTML><HEAD lang=\"en\"><title>{{title}}</title>"
                                                             "<SCRIPT>alert(1)</SCRIPT></HEAD><BODY>{{claims}}</BODY></HTML>") << css;
    QTest::newRow("no <head>, script in the body") << QStringLiteral("<html><body>{{claims}}<script>alert(1)</script></body></html>") << css;
    QTest::newRow("no <body> either") << QStringLiteral("{{claims}}<script>alert(1)</script><p onclick=\"alert(1)\">x</p>") << css;
    // what a template's head or body may try
    QTest::newRow("meta refresh, base, link") << QStringLiteral("<head><meta http-equiv=\"refresh\" content=\"0;url=http://127.0.0.1:9/\">"
                                                                "<base href=\"http://127.0.0.1:9/\"><link rel=\"stylesheet\" href=\"http://127.0.0.1:9/a.css\">"
                                                                "</head><body><meta http-equiv=\"refresh\" content=\"0;url=http://127.0.0.1:9/\"/>"
                                                                "<base href=\"http://127.0.0.1:9/\"/><link rel=\"prefetch\" href=\"http://127.0.0.1:9/\"/>{{claims}}</body>") << css;
    QTest::newRow("remote images") << QStringLiteral("<body background=\"http://127.0.0.1:9/b.png\"><img src=\"http://127.0.0.1:9/logo.png\">"
                                                     "<img src=\"//127.0.0.1:9/x.png\" srcset=\"http://127.0.0.1:9/y.png 2x\"><picture><source srcset=\"http://127.0.0.1:9/z\"></picture>"
                                                     "<img src=x onerror=\"alert(1)\">{{claims}}</body>") << css;
    QTest::newRow("event handlers, style attributes") << QStringLiteral("<body onload=\"alert(1)\" class=\"house\"><div onmouseover='alert(1)' "
                                                                        "style=\"background:url(http://127.0.0.1:9/)\">{{claims}}</div></body>") << css;
    QTest::newRow("frames, objects, svg, forms") << QStringLiteral("<body><iframe src=\"http://127.0.0.1:9/\"></iframe><iframe srcdoc=\"<script>alert(1)</script>\"></iframe>"
                                                                   "<object data=\"http://127.0.0.1:9/\"></object><embed src=\"http://127.0.0.1:9/\">"
                                                                   "<svg><script>alert(1)</script><image href=\"http://127.0.0.1:9/\"/></svg>"
                                                                   "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>"
                                                                   "<form action=\"http://127.0.0.1:9/\"><input formaction=\"http://127.0.0.1:9/\"><button>x</button></form>"
                                                                   "<template><script>alert(1)</script></template><noscript><img src=\"http://127.0.0.1:9/\"></noscript>"
                                                                   "{{claims}}</body>") << css;
    QTest::newRow("links") << QStringLiteral("<body><a href=\"javascript:alert(1)\">a</a><a href=\"java&#115;cript:alert(1)\">b</a>"
                                             "<a href=\"data:text/html,<script>alert(1)</script>\">c</a><a href=\"https://desk.example/\" ping=\"http://127.0.0.1:9/\">d</a>"
                                             "{{claims}}</body>") << css;
    QTest::newRow("placeholders in attributes") << QStringLiteral("<body><div title=\"{{claims}}\" class=\"{{title}}\">{{claims}}</div></body>") << css;
    QTest::newRow("the report's ids") << QStringLiteral("<body><div id=\"claims\"><p id=\"claim-1\">x</p></div>{{claims}}</body>") << css;
    QTest::newRow("head without its end tag") << QStringLiteral("<html><head><script>alert(1)</script><body>{{claims}}</body>") << css;
    QTest::newRow("unclosed raw text") << QStringLiteral("<body>{{claims}}<script>alert(1)") << css;
    QTest::newRow("unbalanced markup") << QStringLiteral("<body><div><p>{{claims}}</span></section><b><i>x</b></div>") << css;
    // the stylesheet
    QTest::newRow("css: import, url") << QStringLiteral("<body>{{claims}}</body>")
                                      << QStringLiteral("@import url(http://127.0.0.1:9/a.css); @import \"http://127.0.0.1:9/b.css\";\n"
                                                        "body { background: url(http://127.0.0.1:9/bg.png) } p { background-image: url( '//127.0.0.1:9/p.png' ) }\n"
                                                        "@font-face { font-family: x; src: url(http://127.0.0.1:9/f.woff) format('woff'), local(x) }");
    QTest::newRow("css: escapes, image-set") << QStringLiteral("<body>{{claims}}</body>")
                                             << QStringLiteral("body { background: \\75 rl(http://127.0.0.1:9/a.png) } "
                                                               "p { background: U\\52L(\"http://127.0.0.1:9/b.png\") } @\\69mport 'http://127.0.0.1:9/c.css';"
                                                               "h1 { background: image-set(\"http://127.0.0.1:9/d.png\" 1x) } "
                                                               "h2 { background: -webkit-image-set(url(http://127.0.0.1:9/e.png) 1x) } "
                                                               "h3 { cursor: url(relative.cur), auto; mask: url(#local) }");
    QTest::newRow("css: ends the style element") << QStringLiteral("<body>{{claims}}</body>")
                                                 << QStringLiteral("p{} </style><script>x()</script><p>&amp;</p>");
}

void ReportHostileTest::hostileTemplate()
{
    // Whatever the template, the generator owns <head>: one <head>, the policy its first element, then only the
    // title and the stylesheet; the template's script, remote URLs, event handlers and frames are gone.
    QFETCH(QString, page);
    QFETCH(QString, css);
    ReportTemplate tpl;
    tpl.html = page;
    tpl.css = css;
    ClaimSetData data;
    data.document.fileName = QStringLiteral("a.txt");
    Claim c;
    c.id = QUuid::createUuidV5(QUuid(), QStringLiteral("c"));
    c.start = 0;
    c.end = 4;
    c.quote.exact = QStringLiteral("Four");
    data.claims = {c};
    const QString html = reportToHtml(Report::build(data, QStringLiteral("Four words are here."), {}), tpl);
    const auto [first, heads] = firstInHead(html);
    QCOMPARE(heads, 1);
    QCOMPARE(first, QStringLiteral("meta Content-Security-Policy"));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta http-equiv=\"Content-Security-Policy\" "
                                           "content=\"default-src 'none';")));
    const Scan scan = scanHtml(html);
    QVERIFY2(scan.error.isEmpty(), qPrintable(scan.error));
    QVERIFY2(scan.problems.isEmpty(), qPrintable(scan.problems.join(QStringLiteral(", "))));
    for (const char *gone : {"<script", "<SCRIPT", "127.0.0.1", "alert(", "javascript:", "@import", "refresh", "<base",
                             "srcset", "onload", "onerror", "onclick"})
        QVERIFY2(!html.contains(QLatin1String(gone)), gone);
    QCOMPARE(html.count(QStringLiteral("<style>")), 1);
    QCOMPARE(html.count(QStringLiteral("<title>")), 1);
    QCOMPARE(html.count(QStringLiteral("<link")), 1); // the generator's empty icon
    QCOMPARE(html.count(QStringLiteral("id=\"claims\"")), 1); // the block still comes, once
    QCOMPARE(html.count(QStringLiteral("id=\"claim-1\"")), 1);
}

void ReportHostileTest::templateKeepsWhatIsSafe()
{
    // What a newsroom's body layout legitimately uses survives: classes, structure, entities, safe links, data:
    // images, a stylesheet's data: and #fragment urls and its comments.
    ReportTemplate tpl;
    tpl.html = QStringLiteral("<html><head><title>ignored</title><style>ignored{}</style></head>"
                              "<body class=\"house\" lang=\"en-GB\"><header class=\"top\" role=\"banner\"><h1>{{ title }}</h1>"
                              "<p>Desk &amp; co &middot; &#8212; &#x2014; &nope; 1 &lt; 2</p>"
                              "<a href=\"https://desk.example/\">Desk</a> <a href=\"#claims\">Claims</a>"
                              "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"logo\"><br></header>{{claims}}</body></html>");
    tpl.css = QStringLiteral("/* house */ .top { background: url(data:image/png;base64,iVBORw0KGgo=) } .m { mask: url(#m) }");
    const QString html = reportToHtml(Report::build(ClaimSetData(), QString(), {}), tpl);
    QVERIFY2(html.contains(QStringLiteral("<body class=\"house\" lang=\"en-GB\"><header class=\"top\" role=\"banner\"><h1>Fact-check review")),
             qPrintable(html.right(600)));
    QVERIFY(html.contains(QStringLiteral("<p>Desk &amp; co \u00B7 \u2014 \u2014 &amp;nope; 1 &lt; 2</p>")));
    QVERIFY(html.contains(QStringLiteral("<a href=\"https://desk.example/\">Desk</a> <a href=\"#claims\">Claims</a>")));
    QVERIFY(html.contains(QStringLiteral("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"logo\"/><br/></header>")));
    QVERIFY(html.contains(QStringLiteral("/* house */ .top { background: url(data:image/png;base64,iVBORw0KGgo=) } .m { mask: url(#m) }")));
    QVERIFY(!html.contains(QStringLiteral("ignored")));
    QVERIFY(html.contains(QStringLiteral("<title>Fact-check review")));
    QVERIFY(scanHtml(html).error.isEmpty());
}

QTEST_GUILESS_MAIN(ReportHostileTest)
#include "reporthostile_test.moc"
