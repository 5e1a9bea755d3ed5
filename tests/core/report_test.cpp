// SPDX-License-Identifier: GPL-2.0-or-later
// The report model and its generators on a claim set built here over the sample article: nested and overlapping
// claims, an orphan, unknown types and verdicts. Golden files for the shipped example are in reportgolden_test.
#include "report.h"
#include "export.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Claimbench;

namespace {

QString sampleText()
{
    QFile f(QStringLiteral(CLAIMBENCH_SOURCE_DIR "/examples/essex-jiangsu.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readAll());
}

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), QTimeZone::UTC);
}

Claim claimOn(const QString &text, int n, const QString &exact, const QString &type, ClaimStatus status,
              const QString &verdict)
{
    Claim c;
    c.id = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
    c.claimType = type;
    c.quote.exact = exact;
    const qsizetype i = text.indexOf(exact);
    if (i >= 0) {
        c.start = toCodePoints(text, i);
        c.end = toCodePoints(text, i + exact.size());
    }
    c.status = status;
    c.verdict = verdict;
    c.createdBy = QStringLiteral("Ana");
    c.created = at(20, 9);
    c.modified = at(21, 10);
    return c;
}

ClaimSetData sampleData(const QString &text)
{
    ClaimSetData d;
    d.document.fileName = QStringLiteral("essex-jiangsu.txt");
    d.document.mediaType = QStringLiteral("text/plain");
    d.document.sha256 = QStringLiteral("ab").repeated(32);
    d.document.length = codePointLength(text);
    d.reviewers = {QStringLiteral("Ana"), QStringLiteral("Ben")};

    Claim partnership = claimOn(text, 1, QStringLiteral("a decades long partnership with Jiangsu province"),
                                QStringLiteral("temporal-event"), ClaimStatus::Done, QStringLiteral("mostly-true"));
    partnership.sources = {{QStringLiteral("https://www.essex.gov.uk/jiangsu"), QStringLiteral("Essex and Jiangsu"),
                            QStringLiteral("Essex County Council"), QDate(2026, 11, 21),
                            QStringLiteral("https://web.archive.org/web/2026/https://www.essex.gov.uk/jiangsu"),
                            QStringLiteral("The partnership began in 1989."), QString(), {}}};
    partnership.notes = QStringLiteral("Agreement signed in **1989**; see [the council](https://www.essex.gov.uk).");
    partnership.history = {{at(21, 10), QStringLiteral("Ben"), QStringLiteral("verdict"), QJsonValue(), QStringLiteral("mostly-true")}};

    // nested: the attribution holds the quantity
    Claim said = claimOn(text, 2, QStringLiteral("is said to have brought millions of pounds to the county’s economy"),
                         QStringLiteral("quote-attribution"), ClaimStatus::InProgress, QString());
    Claim millions = claimOn(text, 3, QStringLiteral("millions of pounds"), QStringLiteral("quantity"),
                             ClaimStatus::NeedsSecondReview, QStringLiteral("unproven"));
    millions.fields = {{QStringLiteral("figure"), QStringLiteral("millions")}, {QStringLiteral("unit"), QStringLiteral("GBP")},
                       {QStringLiteral("extra"), 42}};
    millions.checklist = {{QStringLiteral("source-found"), true}, {QStringLiteral("custom-step"), false}};

    // overlapping, neither inside the other
    Claim law = claimOn(text, 4, QStringLiteral("passed a controversial new security law"), QStringLiteral("laws-rules"),
                        ClaimStatus::Done, QStringLiteral("true"));
    Claim powers = claimOn(text, 5, QStringLiteral("new security law giving it new powers over Hong Kong"),
                           QStringLiteral("laws-rules"), ClaimStatus::Open, QString());

    Claim unknown = claimOn(text, 6, QStringLiteral("By law, local authorities do not have foreign policies"),
                            QStringLiteral("no-such-type"), ClaimStatus::Done, QStringLiteral("made-up-verdict"));
    unknown.fields = {{QStringLiteral("speaker"), QStringLiteral("David Finch")}};

    Claim orphan = claimOn(text, 7, QStringLiteral("the world’s biggest trading partner"), QStringLiteral("quantity"),
                           ClaimStatus::Open, QStringLiteral("false"));
    orphan.quote.prefix = QStringLiteral("China is ");
    orphan.quote.suffix = QStringLiteral(", he said");

    Claim dismissed = claimOn(text, 8, QStringLiteral("cultural and education links"), QStringLiteral("causation"),
                              ClaimStatus::Dismissed, QString());

    d.claims = {partnership, said, millions, law, powers, unknown, orphan, dismissed};
    return d;
}

// The sample as a desk hands it over: the article's source, the publication, and claimants, statements and
// conclusions on some claims (one statement the same as its quote, one claimant with only a name).
ClaimSetData deskData(const QString &text)
{
    ClaimSetData d = sampleData(text);
    d.document.encoding = {"UTF-8", false};
    d.document.source.url = QStringLiteral("https://news.example/essex-jiangsu?id=1&ref=x");
    d.document.source.title = QStringLiteral("Essex renews its <partnership> with Jiangsu");
    d.document.source.siteName = QStringLiteral("Example News");
    d.document.source.byline = QStringLiteral("By Jane Smith");
    d.document.source.publishedTime = QStringLiteral("2026-11-18T07:30:00Z");
    d.document.source.sha256 = QStringLiteral("cd").repeated(32);
    d.publication.publisher = QStringLiteral("Essex Fact Desk");
    d.publication.publisherUrl = QStringLiteral("https://factdesk.example/");
    d.publication.headline = QStringLiteral("Essex and Jiangsu: what the council said, checked");
    d.publication.datePublished = QDate(2026, 11, 30);
    Claim &partnership = d.claims[0];
    partnership.claimant = {QStringLiteral("Kevin Bentley"), QStringLiteral("Leader of Essex County Council")};
    partnership.statement = QStringLiteral("Essex has had a partnership with Jiangsu for decades");
    partnership.conclusion = QStringLiteral("The partnership dates from 1989: 37 years.");
    Claim &law = d.claims[3];
    law.claimant = {QStringLiteral("The BBC"), QString()};
    law.statement = law.quote.exact; // the same as the quote: not repeated
    law.conclusion = QStringLiteral("China passed the national security law in June 2020.");
    law.appearance = {QStringLiteral("https://video.example/clip"), QDate(2026, 11, 17)};
    return d;
}

// The text a person reads in an HTML page: its character data, without attributes, styles or comments.
QString readableText(const QString &html)
{
    QXmlStreamReader xml(html);
    QString out;
    bool inStyle = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("style"))
            inStyle = true;
        else if (xml.isEndElement() && xml.name() == QLatin1String("style"))
            inStyle = false;
        else if (xml.isCharacters() && !inStyle)
            out += xml.text().toString() + u' ';
    }
    return out;
}

ReportOptions sampleOptions()
{
    ReportOptions o;
    ReportClaimTypeInfo quantity;
    quantity.id = QStringLiteral("quantity");
    quantity.name = QStringLiteral("Quantity");
    quantity.colour = QStringLiteral("#1f77b4");
    quantity.fields = {{QStringLiteral("figure"), QStringLiteral("Figure")}, {QStringLiteral("unit"), QStringLiteral("Unit")},
                       {QStringLiteral("period"), QStringLiteral("Period")}};
    quantity.checklist = {{QStringLiteral("source-found"), QStringLiteral("Find the original source")},
                          {QStringLiteral("compare"), QStringLiteral("Compare with official statistics")}};
    ReportClaimTypeInfo laws;
    laws.id = QStringLiteral("laws-rules");
    laws.name = QStringLiteral("Laws and rules");
    laws.colour = QStringLiteral("not a colour\" onmouseover=\"x");
    o.claimTypes = {quantity, laws};
    o.organisation = QStringLiteral("Example Fact Check");
    o.url = QStringLiteral("https://factcheck.example/essex");
    o.generatedAt = at(29, 12);
    return o;
}

const ReportEntry *entryFor(const Report &r, int idSuffix)
{
    for (const ReportEntry &e : r.entries) {
        if (e.claim.id.toString(QUuid::WithoutBraces).endsWith(QString::number(idSuffix).rightJustified(12, u'0')))
            return &e;
    }
    return nullptr;
}

// RFC 4180 reader for the round trip.
QList<QStringList> parseCsv(const QString &csv, bool *ok)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, wasQuoted = false;
    *ok = true;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < csv.size() && csv.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r' && i + 1 < csv.size() && csv.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == u'\n' || c == u'\r' || c == u'"') {
            *ok = false; // bare line break or quote outside a quoted field
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        *ok = false; // the last record must end with CRLF
    return rows;
}

} // namespace

class ReportTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void model();
    void context_data();
    void context();
    void summary();
    void htmlStructure();
    void htmlAnnotatedText();
    void htmlDeterministic();
    void htmlCompact();
    void compactIsolation();
    void printParts();
    void csvRoundTrip();
    void json();
    void markdown();
    void customTemplate();
    void emptySet();
    void fieldValues_data();
    void fieldValues();
    void attention();
    void deskTitle();
    void deskSummaryHtml();
    void deskSummaryText();
    void historyOption();
    void integrityAppendix();
    void humanLabelsOnly();
    void markupIsNotShown();

private:
    QString m_text;
    Report m_report;
};

void ReportTest::initTestCase()
{
    m_text = sampleText();
    QVERIFY(!m_text.isEmpty());
    m_report = Report::build(sampleData(m_text), m_text, sampleOptions());
    QVERIFY(m_report.isValid());
    QVERIFY(!Report().isValid());
}

void ReportTest::model()
{
    const Report &r = m_report;
    QCOMPARE(r.entries.size(), 8);
    QCOMPARE(r.title, QStringLiteral("Fact-check review: essex-jiangsu.txt"));
    // anchored claims in document order, the outer of two claims starting together first, orphans last
    for (qsizetype i = 0; i < r.entries.size(); ++i)
        QCOMPARE(r.entries.at(i).number, int(i + 1));
    for (qsizetype i = 1; i < 7; ++i)
        QVERIFY(r.entries.at(i - 1).claim.start <= r.entries.at(i).claim.start);
    QVERIFY(r.entries.last().claim.isOrphan());
    QCOMPARE(r.entries.last().claim.quote.exact, QStringLiteral("the world’s biggest trading partner"));

    const ReportEntry *millions = entryFor(r, 3);
    QVERIFY(millions);
    QCOMPARE(millions->typeName, QStringLiteral("Quantity"));
    QCOMPARE(millions->typeColour, QStringLiteral("#1f77b4"));
    QCOMPARE(millions->statusLabel, QStringLiteral("Needs second review"));
    QCOMPARE(millions->verdictLabel, QStringLiteral("Unproven"));
    // the type's fields in its order with labels, then unknown fields by name; empty ones left out
    QCOMPARE(millions->fields.size(), 3);
    QCOMPARE(millions->fields.at(0).label, QStringLiteral("Figure"));
    QCOMPARE(millions->fields.at(1).label, QStringLiteral("Unit"));
    QCOMPARE(millions->fields.at(1).value, QStringLiteral("GBP"));
    QCOMPARE(millions->fields.at(2).label, QStringLiteral("Extra")); // an unknown field: its name as words
    QCOMPARE(millions->fields.at(2).value, QStringLiteral("42"));
    // the type's checklist with progress, then unknown steps
    QCOMPARE(millions->checklist.size(), 3);
    QCOMPARE(millions->checklist.at(0).text, QStringLiteral("Find the original source"));
    QVERIFY(millions->checklist.at(0).done);
    QVERIFY(!millions->checklist.at(1).done);
    QCOMPARE(millions->checklist.at(2).id, QStringLiteral("custom-step"));
    QCOMPARE(millions->checklistDone, 1);

    const ReportEntry *unknown = entryFor(r, 6);
    QVERIFY(unknown);
    QCOMPARE(unknown->typeName, QStringLiteral("no-such-type")); // unknown types fall back to the id
    QCOMPARE(unknown->verdictLabel, QStringLiteral("made-up-verdict"));
    QCOMPARE(unknown->verdictValue, 0);
    const ReportEntry *law = entryFor(r, 4);
    QVERIFY(law);
    QCOMPARE(law->typeColour, QString()); // not "#rrggbb": ignored

    const ReportEntry *partnership = entryFor(r, 1);
    QVERIFY(partnership);
    QCOMPARE(partnership->reviewers.size(), 2);
    QCOMPARE(partnership->reviewers.at(0).name, QStringLiteral("Ana"));
    QCOMPARE(partnership->reviewers.at(1).name, QStringLiteral("Ben"));
    QCOMPARE(partnership->reviewers.at(1).last, at(21, 10));
}

void ReportTest::context_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("context");
    QTest::newRow("sentence") << 1
                              << QStringLiteral("Essex County Council has a decades long partnership with Jiangsu province in China, "
                                                "which is said to have brought millions of pounds to the county’s economy.");
    QTest::newRow("nested") << 3
                            << QStringLiteral("Essex County Council has a decades long partnership with Jiangsu province in China, "
                                              "which is said to have brought millions of pounds to the county’s economy.");
    QTest::newRow("after a quote mark") << 6
                                        << QStringLiteral("By law, local authorities do not have foreign policies and we must "
                                                          "work within the policies of national government.");
    QTest::newRow("orphan: prefix + quote + suffix") << 7 << QStringLiteral("China is the world’s biggest trading partner, he said");
}

void ReportTest::context()
{
    QFETCH(int, id);
    QFETCH(QString, context);
    const ReportEntry *e = entryFor(m_report, id);
    QVERIFY(e);
    QCOMPARE(e->context, context);
    QCOMPARE(e->context.mid(e->quoteOffset, e->quoteLength), e->claim.quote.exact);
}

void ReportTest::summary()
{
    const ReportSummary &s = m_report.summary;
    QCOMPARE(s.total, 8);
    QCOMPARE(s.anchored, 7);
    QCOMPARE(s.orphans, 1);
    QCOMPARE(s.rated, 5);
    QCOMPARE(s.reviewers, QStringList({QStringLiteral("Ana"), QStringLiteral("Ben")}));
    QCOMPARE(s.firstCreated, at(20, 9));
    QCOMPARE(s.lastModified, at(21, 10));
    // scale order, then unknown verdicts, then the unrated
    QList<ReportCount> verdicts = {{QStringLiteral("true"), QStringLiteral("True"), 1},
                                   {QStringLiteral("mostly-true"), QStringLiteral("Mostly true"), 1},
                                   {QStringLiteral("false"), QStringLiteral("False"), 1},
                                   {QStringLiteral("unproven"), QStringLiteral("Unproven"), 1},
                                   {QStringLiteral("made-up-verdict"), QStringLiteral("made-up-verdict"), 1},
                                   {QString(), QStringLiteral("No verdict yet"), 3}};
    QCOMPARE(s.byVerdict, verdicts);
    QList<ReportCount> statuses = {{QStringLiteral("open"), QStringLiteral("Open"), 2},
                                   {QStringLiteral("in-progress"), QStringLiteral("In progress"), 1},
                                   {QStringLiteral("needs-second-review"), QStringLiteral("Needs second review"), 1},
                                   {QStringLiteral("done"), QStringLiteral("Done"), 3},
                                   {QStringLiteral("dismissed"), QStringLiteral("Dismissed"), 1}};
    QCOMPARE(s.byStatus, statuses);
    QCOMPARE(s.byType.size(), 6);
    QCOMPARE(s.byType.first().label, QStringLiteral("causation"));
    // what is still open: open, in progress, needs second review (not done, not dismissed)
    QList<int> open;
    for (const ReportEntry &e : m_report.entries) {
        if (e.claim.status == ClaimStatus::Open || e.claim.status == ClaimStatus::InProgress
            || e.claim.status == ClaimStatus::NeedsSecondReview)
            open << e.number;
    }
    QCOMPARE(s.open, open);
    QCOMPARE(s.open.size(), 4);
    QCOMPARE(s.unrated.size(), 2); // the dismissed claim does not need a verdict
}

void ReportTest::htmlStructure()
{
    const QString html = reportToHtml(m_report);
    QXmlStreamReader xml(html);
    QStringList ids;
    QStringList hrefs;
    bool cspFirstInHead = false;
    QString previous;
    int styles = 0;
    int icons = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QString name = xml.name().toString();
        if (name == QLatin1String("link")) { // only the empty icon, so that a browser does not ask for /favicon.ico
            QCOMPARE(xml.attributes().value(QLatin1String("href")), QLatin1String("data:,"));
            QCOMPARE(xml.attributes().value(QLatin1String("rel")), QLatin1String("icon"));
            QCOMPARE(++icons, 1);
            previous = name;
            continue;
        }
        QVERIFY2(name != QLatin1String("script") && name != QLatin1String("img")
                     && name != QLatin1String("iframe"),
                 qPrintable(name));
        if (name == QLatin1String("style"))
            ++styles;
        if (name == QLatin1String("meta") && previous == QLatin1String("head")) {
            cspFirstInHead = xml.attributes().value(QLatin1String("http-equiv")) == QLatin1String("Content-Security-Policy")
                && xml.attributes().value(QLatin1String("content")).startsWith(QLatin1String("default-src 'none'"));
        }
        if (xml.attributes().hasAttribute(QLatin1String("id")))
            ids << xml.attributes().value(QLatin1String("id")).toString();
        if (xml.attributes().hasAttribute(QLatin1String("href")))
            hrefs << xml.attributes().value(QLatin1String("href")).toString();
        previous = name;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString() + QStringLiteral(" at line ") + QString::number(xml.lineNumber())));
    QVERIFY(cspFirstInHead);
    QCOMPARE(styles, 1);
    for (const ReportEntry &e : m_report.entries) {
        QVERIFY(ids.contains(QStringLiteral("claim-%1").arg(e.number)));
        // every anchored claim is numbered in the text and linked both ways
        QCOMPARE(ids.contains(QStringLiteral("ref-%1").arg(e.number)), !e.claim.isOrphan());
        QCOMPARE(hrefs.contains(QStringLiteral("#ref-%1").arg(e.number)), !e.claim.isOrphan());
    }
    QVERIFY(ids.contains(QStringLiteral("orphans")));
    QVERIFY(hrefs.contains(QStringLiteral("https://web.archive.org/web/2026/https://www.essex.gov.uk/jiangsu")));
    QVERIFY(hrefs.contains(QStringLiteral("https://www.essex.gov.uk"))); // from the notes' Markdown
    for (const QString &h : std::as_const(hrefs))
        QVERIFY2(h.startsWith(u'#') || h.startsWith(QLatin1String("https://")), qPrintable(h));
    // the text of each section is there
    QVERIFY(html.contains(QStringLiteral("Agreement signed in <strong>1989</strong>")));
    QVERIFY(html.contains(QStringLiteral("Find the original source")));
    QVERIFY(html.contains(QStringLiteral("1 of 3 done")));
    QVERIFY(html.contains(QStringLiteral("Example Fact Check")));
    QVERIFY(html.contains(QStringLiteral("@media print")));
    QVERIFY(!html.contains(QStringLiteral("onmouseover"))); // the bad colour is dropped
}

void ReportTest::htmlAnnotatedText()
{
    const QString html = reportToHtml(m_report);
    const qsizetype at = html.indexOf(QStringLiteral("class=\"article-text\""));
    QVERIFY(at > 0);
    const QString article = html.mid(at, html.indexOf(QStringLiteral("</section>"), at) - at);
    // the whole article is there, in order, once the markup is removed
    QXmlStreamReader xml(QStringLiteral("<div ") + article);
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters()) {
            text += xml.text();
        } else if (xml.isStartElement() && xml.attributes().value(QLatin1String("class")) == QLatin1String("ref")) {
            xml.readElementText(); // a claim's number, not article text
        }
    }
    QCOMPARE(text, m_text);
    // one block per paragraph (Chromium is slow on one long block), cut after the first line break of a blank line
    const qsizetype paragraphs = m_text.count(QRegularExpression(QStringLiteral("\\n\\r?\\n(?:[\\r\\n]*)"))) + 1;
    QVERIFY(paragraphs > 3);
    QCOMPARE(article.count(QStringLiteral("</div><div>")) + 1, paragraphs);
    QVERIFY(!article.contains(QStringLiteral("\n\n")));
    // nested and overlapping claims: segments covered twice are marked d2, linked to the inner (later) claim
    const ReportEntry *millions = entryFor(m_report, 3);
    QVERIFY(article.contains(QStringLiteral("<a class=\"hl d2\" href=\"#claim-%1\"").arg(millions->number)
                             + QStringLiteral(" style=\"border-bottom-color:#1f77b4;background:rgba(31,119,180,0.32)\">millions of pounds</a>")));
    const ReportEntry *powers = entryFor(m_report, 5);
    QVERIFY(article.contains(QStringLiteral("href=\"#claim-%1\" style=\"background:rgba(120,120,120,0.30)\">new security law</a>")
                                 .arg(powers->number)));
    QVERIFY(article.contains(QStringLiteral("> giving it new powers over Hong Kong</a>")));
}

void ReportTest::htmlDeterministic()
{
    QCOMPARE(reportToHtml(m_report), reportToHtml(Report::build(sampleData(m_text), m_text, sampleOptions())));
    ReportOptions noTime = sampleOptions();
    noTime.generatedAt = QDateTime();
    const QString html = reportToHtml(Report::build(sampleData(m_text), m_text, noTime));
    QVERIFY(!html.contains(QStringLiteral("2026-11-29")));
    QVERIFY(reportToHtml(m_report).contains(QStringLiteral("2026-11-29 12:00 UTC")));
}

// The text of the claims section(s), markup removed, whitespace simplified.
static QString claimsText(const QString &html)
{
    QXmlStreamReader xml(html);
    QString text;
    int depth = 0; // inside a claims section
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            // the claim's position: after the quote in the full layout, ending the head line in the compact one
            if (depth > 0 && xml.attributes().value(QLatin1String("class")) == QLatin1String("where")) {
                xml.skipCurrentElement();
                continue;
            }
            if (depth > 0 || xml.attributes().value(QLatin1String("class")).startsWith(QLatin1String("claims")))
                ++depth;
            if (depth > 0) // block ends and runs separate words alike in both layouts
                text += u' ';
        } else if (xml.isEndElement() && depth > 0) {
            --depth;
            text += u' ';
        } else if (xml.isCharacters() && depth > 0) {
            text += xml.text();
        }
    }
    return text;
}

void ReportTest::htmlCompact()
{
    ReportOptions compact = sampleOptions();
    compact.layout = ReportLayout::Compact;
    const Report c = Report::build(sampleData(m_text), m_text, compact);
    QCOMPARE(effectiveLayout(c), ReportLayout::Compact);
    const QString html = reportToHtml(c);
    QXmlStreamReader xml(html);
    int tables = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("table"))
            ++tables;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(tables, 3); // the summary's counts only; no claim has a table
    QVERIFY(html.contains(QStringLiteral("<section class=\"claims compact\" id=\"claims\">")));
    QVERIFY(html.contains(QStringLiteral("<section class=\"claims orphans compact\" id=\"orphans\">")));
    // nothing is left out: every word of the full layout's claims is there, in the same order, except the headings
    // the compact runs replace
    const QStringList full = claimsText(reportToHtml(m_report)).simplified().split(u' ');
    const QString compactText = claimsText(html);
    qsizetype at = 0;
    static const QStringList headings = {QStringLiteral("Sources"), QStringLiteral("Notes"), QStringLiteral("History"),
                                         QStringLiteral("Details"), QStringLiteral("Checklist")};
    for (const QString &word : full) {
        if (headings.contains(word))
            continue;
        const qsizetype found = compactText.indexOf(word, at);
        QVERIFY2(found >= 0, qPrintable(word));
        at = found + word.size();
    }
    for (const ReportEntry &e : m_report.entries) {
        QVERIFY(html.contains(QStringLiteral("id=\"claim-%1\"").arg(e.number)));
        // the position, linked to the article
        QCOMPARE(html.contains(QStringLiteral("<a class=\"where\" href=\"#ref-%1\">characters %2\u2013%3</a>")
                                   .arg(e.number)
                                   .arg(e.claim.start)
                                   .arg(e.claim.end)),
                 !e.claim.isOrphan());
    }

    // The summary's "still open" list: numbers by status, each linked to its entry.
    const QString summaryHtml = html.section(QStringLiteral("id=\"summary\""), 1).section(QStringLiteral("</section>"), 0, 0);
    QVERIFY(!m_report.summary.open.isEmpty());
    QVERIFY(summaryHtml.contains(QStringLiteral("<p class=\"open-runs\"><b>")));
    QVERIFY(!summaryHtml.contains(QStringLiteral("open-list")));
    for (int n : m_report.summary.open)
        QVERIFY(summaryHtml.contains(QStringLiteral("<a href=\"#claim-%1\">%1</a>").arg(n)));
    QVERIFY(reportToHtml(m_report).contains(QStringLiteral("<ul class=\"open-list\">")));

    // Auto: compact only above the threshold
    ReportOptions automatic = sampleOptions();
    automatic.layout = ReportLayout::Auto;
    automatic.compactAbove = m_report.summary.total;
    QCOMPARE(effectiveLayout(Report::build(sampleData(m_text), m_text, automatic)), ReportLayout::Full);
    automatic.compactAbove = m_report.summary.total - 1;
    QCOMPARE(effectiveLayout(Report::build(sampleData(m_text), m_text, automatic)), ReportLayout::Compact);
    QVERIFY(!reportToHtml(m_report).contains(QStringLiteral("claim compact")));
}

// The compact layout isolates user text (<bdi>, dir="auto") only where bidi reordering could reach the text around it:
// right-to-left characters or explicit directional formatting. Left-to-right text is written as is.
void ReportTest::compactIsolation()
{
    const QString hebrew = QStringLiteral("\u05E9\u05DC\u05D5\u05DD 5");
    const QString arabic = QStringLiteral("\u0639\u0645\u0631");
    const QString override = QStringLiteral("abc\u202Edef"); // no RTL letter, but a right-to-left override
    const QString astral = QStringLiteral("\U00010900"); // Phoenician, outside the BMP
    ClaimSetData data = sampleData(m_text);
    Claim &c = data.claims[2]; // "millions of pounds", a quantity
    QCOMPARE(c.quote.exact, QStringLiteral("millions of pounds"));
    c.fields = {{QStringLiteral("figure"), hebrew}, {QStringLiteral("unit"), QStringLiteral("GBP")},
                {QStringLiteral("extra"), override}, {QStringLiteral("symbol"), astral}};
    c.sources = {{QStringLiteral("https://example.org/a"), arabic, QString(), QDate(), QString(), QStringLiteral("Plain excerpt."),
                  arabic + QStringLiteral(" note"), {}},
                 {QStringLiteral("https://example.org/b"), QStringLiteral("Plain title"), QString(), QDate(), QString(),
                  hebrew + QStringLiteral(" excerpt"), QStringLiteral("Plain note"), {}}};
    c.history = {{at(21, 10), arabic, QStringLiteral("verdict"), QJsonValue(), QStringLiteral("unproven")},
                 {at(21, 11), QStringLiteral("Ben"), QStringLiteral("notes"), QStringLiteral("old"), hebrew}};
    ReportOptions options = sampleOptions();
    options.layout = ReportLayout::Compact;
    options.includeHistory = true;
    const Report report = Report::build(data, m_text, options);
    int number = 0;
    for (const ReportEntry &e : report.entries)
        number = e.claim.id == c.id ? e.number : number;
    const QString entry = reportToHtml(report).section(QStringLiteral("id=\"claim-%1\"").arg(number), 1).section(QStringLiteral("</article>"), 0, 0);
    QVERIFY(entry.contains(QStringLiteral("<mark>millions of pounds</mark>")));

    // right-to-left text or directional formatting: isolated
    QVERIFY(entry.contains(QStringLiteral("<bdi>") + hebrew + QStringLiteral("</bdi>")));
    QVERIFY(entry.contains(QStringLiteral("<bdi>") + override + QStringLiteral("</bdi>")));
    QVERIFY(entry.contains(QStringLiteral("<bdi>") + astral + QStringLiteral("</bdi>")));
    QVERIFY(entry.contains(QStringLiteral("<bdi><a href=\"https://example.org/a\">") + arabic + QStringLiteral("</a></bdi>")));
    QVERIFY(entry.contains(QStringLiteral("<span dir=\"auto\">") + arabic + QStringLiteral(" note</span>")));
    QVERIFY(entry.contains(QStringLiteral("<span dir=\"auto\">") + hebrew + QStringLiteral(" excerpt</span>")));
    QVERIFY(entry.contains(QStringLiteral("<bdi>") + arabic + QStringLiteral("</bdi> Verdict")));
    QVERIFY(entry.contains(QStringLiteral("<span dir=\"auto\">old \u2192 ") + hebrew + QStringLiteral("</span>")));
    // left-to-right text: as is
    QVERIFY(entry.contains(QStringLiteral("Unit: GBP")));
    QVERIFY(entry.contains(QStringLiteral("<a href=\"https://example.org/b\">Plain title</a>")));
    QVERIFY(!entry.contains(QStringLiteral("<bdi><a href=\"https://example.org/b\"")));
    QVERIFY(entry.contains(QStringLiteral(" \u201CPlain excerpt.\u201D")));
    QVERIFY(entry.contains(QStringLiteral(" Plain note")));
    QVERIFY(entry.contains(QStringLiteral(" Ben Notes: ")));
    QVERIFY(!entry.contains(QStringLiteral("<bdi>Ben</bdi>")));
    QVERIFY(!entry.contains(QStringLiteral("<bdi>GBP</bdi>")));

    // the full layout isolates every name
    options.layout = ReportLayout::Full;
    QVERIFY(reportToHtml(Report::build(data, m_text, options)).contains(QStringLiteral("<bdi>Ben</bdi>")));
}

void ReportTest::printParts()
{
    const QString html = reportToHtml(m_report);
    const int n = m_report.summary.anchored;
    QVERIFY(n >= 6);
    QVERIFY(reportPrintParts(html, 1, 1).isEmpty());
    QVERIFY(reportPrintParts(html, 2, n).isEmpty()); // fewer claims than parts × the minimum: one piece
    QVERIFY(reportPrintParts(QStringLiteral("<html><body><p>no claims</p></body></html>"), 2, 1).isEmpty());

    // Three parts: consecutive runs of claims, the first with what comes before them, the last with what follows;
    // each page holds only its own part.
    const QStringList pages = reportPrintParts(html, 3, 1);
    QCOMPARE(pages.size(), 3);
    const QRegularExpression claim(QStringLiteral("<article class=\"claim[^\"]*\" id=\"claim-(\\d+)\""));
    QList<int> numbers;
    for (const QString &page : pages) {
        const qsizetype claimsEnd = page.indexOf(QLatin1String("</section>"), page.indexOf(QLatin1String(" id=\"claims\"")));
        QList<int> own;
        for (auto it = claim.globalMatch(page); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedStart() < claimsEnd)
                own << m.captured(1).toInt();
        }
        QVERIFY(!own.isEmpty());
        numbers << own;
        QVERIFY(page.contains(QStringLiteral(" { display: none !important; }</style>")));
        QVERIFY(page.startsWith(html.left(200)));
        QVERIFY(page.size() < html.size());
    }
    QList<int> all; // the anchored claims, in order, once
    for (const ReportEntry &e : m_report.entries) {
        if (!e.claim.isOrphan())
            all << e.number;
    }
    QCOMPARE(numbers, all);
    QVERIFY(pages.at(0).contains(QStringLiteral("id=\"summary\"")));
    QVERIFY(!pages.at(1).contains(QStringLiteral("id=\"summary\"")));
    QVERIFY(!pages.at(2).contains(QStringLiteral("id=\"summary\"")));
    QVERIFY(!pages.at(0).contains(QStringLiteral("id=\"article\"")));
    QVERIFY(!pages.at(1).contains(QStringLiteral("id=\"article\"")));
    QVERIFY(pages.at(2).contains(QStringLiteral("id=\"article\"")));
    QCOMPARE(pages.at(2).contains(QStringLiteral("id=\"orphans\"")), m_report.summary.orphans > 0);
    QVERIFY(!pages.at(0).contains(QStringLiteral("id=\"orphans\"")));
    // the template's content before the claims only in the first part, after them only in the last; the selectors
    // never look inside the report's own sections
    const QString chrome = QStringLiteral(":not(#summary *, #claims *, #orphans *, #article *, #appendix *)");
    QVERIFY(pages.at(0).contains(QStringLiteral("#claims ~ ") + chrome));
    QVERIFY(!pages.at(0).contains(QStringLiteral(":has(~ #claims)")));
    QVERIFY(pages.at(2).contains(chrome + QStringLiteral(":has(~ #claims)")));
    QVERIFY(!pages.at(2).contains(QStringLiteral("#claims ~ ")));
    for (const QString &page : pages) { // each page is still well-formed
        QXmlStreamReader xml(page);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    }

    // As the PDF export prints: the paper layout, and parts only for long reports.
    const PrintableReport printable = reportForPrinting(m_report, 2);
    QVERIFY(printable.parts.isEmpty());
    Report automatic = m_report;
    automatic.options.layout = ReportLayout::Auto;
    QCOMPARE(printable.html, reportToHtml(automatic));
}

void ReportTest::csvRoundTrip()
{
    ClaimSetData data = sampleData(m_text);
    data.claims[1].notes = QStringLiteral("line one\r\nline \"two\", with comma\n=HYPERLINK(\"x\")");
    data.claims[2].quote.exact += QString(); // unchanged
    data.claims[3].createdBy = QStringLiteral("=cmd|' /C calc'!A0");
    const Report r = Report::build(data, m_text, sampleOptions());
    const QString csv = reportToCsv(r);
    bool ok = false;
    const QList<QStringList> rows = parseCsv(csv, &ok);
    QVERIFY(ok);
    QCOMPARE(rows.size(), r.entries.size() + 1);
    QCOMPARE(rows.first().first(), QStringLiteral("number"));
    const int columns = rows.first().size();
    QCOMPARE(columns, 28);
    for (qsizetype i = 0; i < r.entries.size(); ++i) {
        const QStringList &row = rows.at(i + 1);
        const ReportEntry &e = r.entries.at(i);
        QCOMPARE(row.size(), columns);
        QCOMPARE(row.at(0), QString::number(e.number));
        QCOMPARE(row.at(1), e.claim.id.toString(QUuid::WithoutBraces));
        QCOMPARE(row.at(2), e.claim.claimType);
        QCOMPARE(row.at(4), statusToString(e.claim.status));
        QCOMPARE(row.at(5), e.claim.verdict);
        QCOMPARE(row.at(11), e.claim.quote.exact);
        QCOMPARE(row.at(12), e.context);
        QCOMPARE(row.at(17), QString(e.claim.notes).replace(QLatin1String("\r\n"), QLatin1String("\n"))); // line ends in a cell: LF
    }
    // a formula in a cell is defused
    QCOMPARE(rows.at(entryFor(r, 4)->number).at(18), QStringLiteral("'=cmd|' /C calc'!A0"));
}

void ReportTest::json()
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(reportToJson(m_report), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("claimbench.report"));
    QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
    QCOMPARE(root.value(QLatin1String("generatedAt")).toString(), QStringLiteral("2026-11-29T12:00:00Z"));
    QCOMPARE(root.value(QLatin1String("summary")).toObject().value(QLatin1String("total")).toInt(), 8);
    const QJsonArray claims = root.value(QLatin1String("claims")).toArray();
    QCOMPARE(claims.size(), 8);
    const QJsonObject last = claims.last().toObject();
    QVERIFY(last.value(QLatin1String("orphan")).toBool());
    QVERIFY(last.value(QLatin1String("start")).isNull());
    const QJsonObject first = claims.at(entryFor(m_report, 1)->number - 1).toObject();
    QCOMPARE(first.value(QLatin1String("sources")).toArray().first().toObject().value(QLatin1String("accessed")).toString(),
             QStringLiteral("2026-11-21"));
    QCOMPARE(first.value(QLatin1String("history")).toArray().size(), 1);
}

void ReportTest::markdown()
{
    const QString md = reportToMarkdown(m_report);
    QVERIFY(md.startsWith(QStringLiteral("# Fact\\-check review: essex\\-jiangsu.txt\n")) || md.startsWith(QStringLiteral("# Fact-check review: essex-jiangsu.txt\n")));
    QVERIFY(md.contains(QStringLiteral("## Orphaned claims")));
    QVERIFY(md.contains(QStringLiteral("**millions of pounds**")));
    QVERIFY(md.contains(QStringLiteral("- [x] Find the original source")));
    QVERIFY(md.contains(QStringLiteral("[Essex and Jiangsu](https://www.essex.gov.uk/jiangsu)")));
    QVERIFY(md.endsWith(QStringLiteral("\n")) && !md.endsWith(QStringLiteral("\n\n")));
}

void ReportTest::customTemplate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        QFile html(dir.filePath(QStringLiteral("report.html")));
        QVERIFY(html.open(QIODevice::WriteOnly));
        html.write("<!DOCTYPE html><html><head><title>{{title}}</title><style>{{stylesheet}}</style></head>"
                   "<body class=\"house\"><h1>{{ title }}</h1>{{claims}}{{no_such_placeholder}}</body></html>");
        QFile css(dir.filePath(QStringLiteral("report.css")));
        QVERIFY(css.open(QIODevice::WriteOnly));
        css.write("body.house { font-family: serif; } /* </style><script>alert(1)</script> */");
    }
    QString error;
    const ReportTemplate tpl = ReportTemplate::load(dir.path(), &error);
    QVERIFY2(tpl.isValid(), qPrintable(error));
    const QString html = reportToHtml(m_report, tpl);
    QVERIFY(html.contains(QStringLiteral("<body class=\"house\"><h1>Fact-check review: essex-jiangsu.txt</h1>")));
    QVERIFY(html.contains(QStringLiteral("<head>\n<meta http-equiv=\"Content-Security-Policy\"")));
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(!html.contains(QStringLiteral("{{")));
    QXmlStreamReader xml(html);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));

    // a .css file alone restyles the default page
    const ReportTemplate cssOnly = ReportTemplate::load(dir.filePath(QStringLiteral("report.css")), &error);
    QVERIFY(cssOnly.isValid());
    QCOMPARE(cssOnly.html, ReportTemplate::defaultTemplate().html);
    QVERIFY(cssOnly.css.contains(QStringLiteral("body.house")));

    // the generator writes <head>: the stylesheet from report.css, whatever the page's head says
    QVERIFY(html.contains(QStringLiteral("<style>\nbody.house { font-family: serif; }")));
    QCOMPARE(html.count(QStringLiteral("<style>")), 1);

    // a page without <head> is fine (the template is the body)
    QFile body(dir.filePath(QStringLiteral("body.html")));
    QVERIFY(body.open(QIODevice::WriteOnly));
    body.write("<main class=\"desk\">{{claims}}</main>");
    body.close();
    error.clear();
    const ReportTemplate bodyOnly = ReportTemplate::load(body.fileName(), &error);
    QVERIFY2(bodyOnly.isValid(), qPrintable(error));
    QVERIFY(reportToHtml(m_report, bodyOnly).contains(QStringLiteral("</head>\n<body><main class=\"desk\"><section class=\"claims\"")));

    // refused: a page that does not place the claims (in a comment or an attribute is not placing them), a missing path
    QFile bad(dir.filePath(QStringLiteral("bad.html")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("<html><head>{{claims}}</head><body title=\"{{claims}}\"><!-- {{claims}} -->{{summary}}</body></html>");
    bad.close();
    error.clear();
    QVERIFY(!ReportTemplate::load(bad.fileName(), &error).isValid());
    QVERIFY2(error.contains(QStringLiteral("no {{claims}} block")), qPrintable(error));
    error.clear();
    QVERIFY(!ReportTemplate::load(dir.filePath(QStringLiteral("nope")), &error).isValid());
    QVERIFY(error.contains(QStringLiteral("no such file")));
}

void ReportTest::emptySet()
{
    ClaimSetData data;
    data.document.fileName = QStringLiteral("empty.txt");
    const Report r = Report::build(data, QStringLiteral("Nothing to see."), {});
    QCOMPARE(r.summary.total, 0);
    const QString html = reportToHtml(r);
    QVERIFY(html.contains(QStringLiteral("No claims have been marked")));
    QVERIFY(!html.contains(QStringLiteral("id=\"orphans\"")));
    QXmlStreamReader xml(html);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY(!xml.hasError());
    QCOMPARE(reportToCsv(r).count(QStringLiteral("\r\n")), 1);
    QCOMPARE(QJsonDocument::fromJson(reportToClaimReview(r)).object().value(QLatin1String("@graph")).toArray().size(), 0);
}

void ReportTest::fieldValues_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("integer") << QJsonValue(42) << QStringLiteral("42");
    QTest::newRow("fraction") << QJsonValue(2.5) << QStringLiteral("2.5");
    QTest::newRow("huge") << QJsonValue(1e300) << QStringLiteral("1e+300"); // no integer cast out of range
    QTest::newRow("negative huge") << QJsonValue(-1e20) << QStringLiteral("-1e+20");
    QTest::newRow("bool") << QJsonValue(true) << QStringLiteral("yes");
    QTest::newRow("array") << QJsonValue(QJsonArray{1, QStringLiteral("b")}) << QStringLiteral("1, b");
    QTest::newRow("object") << QJsonValue(QJsonObject{{QStringLiteral("k"), 1}}) << QStringLiteral("{\"k\":1}");
    QTest::newRow("null is left out") << QJsonValue() << QString();
}

void ReportTest::fieldValues()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, text);
    ClaimSetData data = sampleData(m_text);
    data.claims[0].fields = {{QStringLiteral("v"), value}};
    const Report r = Report::build(data, m_text, {});
    const ReportEntry *e = entryFor(r, 1);
    QVERIFY(e);
    QCOMPARE(e->fields.isEmpty(), text.isEmpty());
    if (!text.isEmpty())
        QCOMPARE(e->fields.first().value, text);
    QVERIFY(!reportToJson(r).isEmpty());
}

// Claims whose verdict may no longer hold: the text changed after it (Claim::reReview) or a merge left conflicting
// changes (Claim::conflicts). Every format says so, in words, and ClaimReview leaves them out.
void ReportTest::attention()
{
    ClaimSetData data = sampleData(m_text);
    Claim &law = data.claims[3]; // done, "true"
    law.reReview = QStringLiteral("text-changed");
    Claim &partnership = data.claims[0]; // done, "mostly-true"
    partnership.conflicts = {{QStringLiteral("verdict"), QJsonValue(), QStringLiteral("mostly-true"), QStringLiteral("false")},
                             {QStringLiteral("checklist.source-found"), false, true, false}};
    Claim &millions = data.claims[2]; // a quantity: its field and step have labels
    millions.conflicts = {{QStringLiteral("fields.figure"), QStringLiteral("millions"), QStringLiteral("millions"),
                           QStringLiteral("two million")},
                          {QStringLiteral("checklist.source-found"), false, true, false}};
    Claim &dismissed = data.claims[7];
    dismissed.conflicts = {{QStringLiteral("removed"), QJsonValue(), true, QJsonValue()}};
    Claim &said = data.claims[1]; // no verdict: not "after the verdict"
    said.reReview = QStringLiteral("text-changed");
    const Report r = Report::build(data, m_text, sampleOptions());
    const ReportEntry *eLaw = entryFor(r, 4), *ePartnership = entryFor(r, 1), *eMillions = entryFor(r, 3),
                      *eDismissed = entryFor(r, 8), *eSaid = entryFor(r, 2);

    // the model
    QCOMPARE(eLaw->checkAgain, QStringLiteral("Check again: the claimed text changed after the verdict"));
    QCOMPARE(eSaid->checkAgain, QStringLiteral("Check again: the claimed text changed after the review"));
    QVERIFY(eLaw->conflicts.isEmpty());
    QCOMPARE(ePartnership->conflicts.size(), 2);
    QCOMPARE(ePartnership->conflicts.at(0).label, QStringLiteral("Verdict"));
    QCOMPARE(ePartnership->conflicts.at(0).mine, QStringLiteral("Mostly true"));
    QCOMPARE(ePartnership->conflicts.at(0).theirs, QStringLiteral("False"));
    QCOMPARE(ePartnership->conflicts.at(0).text, QStringLiteral("Verdict: Mostly true (here) / False (other reviewer)"));
    QCOMPARE(ePartnership->conflicts.at(1).text, QStringLiteral("Checklist: Source found: yes (here) / no (other reviewer)"));
    QCOMPARE(eMillions->conflicts.at(0).text, QStringLiteral("Figure: millions (here) / two million (other reviewer)"));
    QCOMPARE(eMillions->conflicts.at(1).text,
             QStringLiteral("Checklist: Find the original source: yes (here) / no (other reviewer)"));
    QCOMPARE(eDismissed->conflicts.at(0).text, QStringLiteral("Changed here, removed by the other reviewer"));
    QVERIFY(eLaw->needsAttention() && ePartnership->needsAttention() && eDismissed->needsAttention());
    int untouched = 0;
    for (const ReportEntry &e : r.entries) {
        if (&e == eLaw || &e == ePartnership || &e == eMillions || &e == eDismissed || &e == eSaid)
            continue;
        QVERIFY(!e.needsAttention());
        QVERIFY(e.checkAgain.isEmpty());
        ++untouched;
    }
    QCOMPARE(untouched, 3);
    QList<int> checkAgain{eLaw->number, eSaid->number}, conflicted{ePartnership->number, eMillions->number, eDismissed->number};
    std::sort(checkAgain.begin(), checkAgain.end());
    std::sort(conflicted.begin(), conflicted.end());
    QList<int> attentionNumbers = checkAgain + conflicted;
    std::sort(attentionNumbers.begin(), attentionNumbers.end());
    QCOMPARE(r.summary.checkAgain, checkAgain);
    QCOMPARE(r.summary.conflicted, conflicted);
    QCOMPARE(r.summary.attention, attentionNumbers);
    QVERIFY(m_report.summary.attention.isEmpty());

    // HTML, both layouts: next to the verdict, the sentences, the summary's list; the same words in both
    auto claimHtml = [](const QString &html, int n) {
        return html.section(QStringLiteral("id=\"claim-%1\"").arg(n), 1).section(QStringLiteral("</article>"), 0, 0);
    };
    QString fullText;
    for (const ReportLayout layout : {ReportLayout::Full, ReportLayout::Compact}) {
        ReportOptions options = sampleOptions();
        options.layout = layout;
        const QString html = reportToHtml(Report::build(data, m_text, options));
        QXmlStreamReader xml(html);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        const QString lawHtml = claimHtml(html, eLaw->number);
        QVERIFY(lawHtml.contains(QStringLiteral("</span><span class=\"flag check-again\">Check again</span>")));
        QVERIFY(lawHtml.contains(QStringLiteral("<p class=\"check-again\">Check again: the claimed text changed after the verdict</p>")));
        QVERIFY(!lawHtml.contains(QStringLiteral("Unresolved conflict")));
        const QString partnershipHtml = claimHtml(html, ePartnership->number);
        QVERIFY(partnershipHtml.contains(QStringLiteral("<span class=\"flag conflict\">Conflict</span>")));
        QVERIFY(partnershipHtml.contains(QStringLiteral("Verdict: Mostly true (here) / False (other reviewer)")));
        QVERIFY(!partnershipHtml.contains(QStringLiteral("check-again")));
        QCOMPARE(partnershipHtml.count(QStringLiteral("Unresolved conflict")), 2);
        for (const ReportEntry &e : r.entries) {
            const QString entry = claimHtml(html, e.number);
            QCOMPARE(entry.contains(QStringLiteral("class=\"flag")), e.needsAttention());
        }
        const QString summaryHtml = html.section(QStringLiteral("id=\"summary\""), 1).section(QStringLiteral("</section>"), 0, 0);
        QVERIFY(summaryHtml.contains(QStringLiteral("<h3>Needs attention</h3>")));
        QVERIFY(summaryHtml.contains(QStringLiteral("ClaimReview export")));
        QVERIFY(summaryHtml.contains(QStringLiteral("<b>%1</b>to check again").arg(checkAgain.size())));
        QVERIFY(summaryHtml.contains(QStringLiteral("<b>%1</b>with conflicts").arg(conflicted.size())));
        for (int n : attentionNumbers)
            QVERIFY(summaryHtml.contains(QStringLiteral("href=\"#claim-%1\"").arg(n)));
        if (layout == ReportLayout::Full) {
            QVERIFY(summaryHtml.contains(QStringLiteral("Check again: the claimed text changed after the verdict")));
            QVERIFY(summaryHtml.contains(QStringLiteral("Unresolved conflict \u2014 Verdict: Mostly true (here) / False (other reviewer)")));
            fullText = claimsText(html);
        } else {
            QVERIFY(summaryHtml.contains(QStringLiteral("<p class=\"attention-runs\"><b>Check again</b> (2): No. ")));
            QVERIFY(summaryHtml.contains(QStringLiteral("<p class=\"attention-runs\"><b>Unresolved conflicts</b> (3): No. ")));
            const QString compactText = claimsText(html);
            qsizetype at = 0;
            for (const QString &word : fullText.simplified().split(u' ')) {
                if (QStringList{QStringLiteral("Sources"), QStringLiteral("Notes"), QStringLiteral("History"),
                                QStringLiteral("Details"), QStringLiteral("Checklist")}.contains(word))
                    continue;
                const qsizetype found = compactText.indexOf(word, at);
                QVERIFY2(found >= 0, qPrintable(word));
                at = found + word.size();
            }
        }
    }
    const QString plain = reportToHtml(m_report);
    QVERIFY(!plain.contains(QStringLiteral("Needs attention")));
    QVERIFY(!plain.contains(QStringLiteral("class=\"flag")));
    QVERIFY(!plain.contains(QStringLiteral("Unresolved conflict")));

    // Markdown
    const QString md = reportToMarkdown(r);
    QVERIFY(md.contains(QStringLiteral("- **Check again: the claimed text changed after the verdict**\n")));
    QVERIFY(md.contains(QStringLiteral("- **Unresolved conflict** \u2014 Verdict: Mostly true (here) / False (other reviewer)\n")));
    QVERIFY(md.contains(QStringLiteral("### Needs attention\n")));
    QVERIFY(md.contains(QStringLiteral("- Needs attention: 5 (2 to check again, 3 with unresolved conflicts)\n")));
    QVERIFY(!reportToMarkdown(m_report).contains(QStringLiteral("attention")));

    // CSV: the reason's id and the conflicts, one a line
    bool ok = false;
    const QList<QStringList> rows = parseCsv(reportToCsv(r), &ok);
    QVERIFY(ok);
    QCOMPARE(rows.first().mid(22, 2), (QStringList{QStringLiteral("re_review"), QStringLiteral("conflicts")}));
    QCOMPARE(rows.at(eLaw->number).at(22), QStringLiteral("text-changed"));
    QCOMPARE(rows.at(eLaw->number).at(23), QString());
    QCOMPARE(rows.at(ePartnership->number).at(22), QString());
    QCOMPARE(rows.at(ePartnership->number).at(23),
             QStringLiteral("Verdict: Mostly true (here) / False (other reviewer)\nChecklist: Source found: yes (here) / no (other reviewer)"));

    // JSON: the members, with the raw values
    const QJsonObject root = QJsonDocument::fromJson(reportToJson(r)).object();
    const QJsonObject summary = root.value(QLatin1String("summary")).toObject();
    QCOMPARE(summary.value(QLatin1String("checkAgain")).toArray().size(), 2);
    QCOMPARE(summary.value(QLatin1String("conflicted")).toArray().first().toInt(), conflicted.first());
    const QJsonArray claims = root.value(QLatin1String("claims")).toArray();
    const QJsonObject jLaw = claims.at(eLaw->number - 1).toObject();
    QCOMPARE(jLaw.value(QLatin1String("reReview")).toObject().value(QLatin1String("id")).toString(), QStringLiteral("text-changed"));
    QCOMPARE(jLaw.value(QLatin1String("reReview")).toObject().value(QLatin1String("label")).toString(), eLaw->checkAgain);
    QCOMPARE(jLaw.value(QLatin1String("conflicts")).toArray().size(), 0);
    const QJsonObject jPartnership = claims.at(ePartnership->number - 1).toObject();
    QVERIFY(jPartnership.value(QLatin1String("reReview")).isNull());
    const QJsonObject first = jPartnership.value(QLatin1String("conflicts")).toArray().first().toObject();
    QCOMPARE(first.value(QLatin1String("field")).toString(), QStringLiteral("verdict"));
    QCOMPARE(first.value(QLatin1String("label")).toString(), QStringLiteral("Verdict"));
    QVERIFY(first.value(QLatin1String("base")).isNull());
    QCOMPARE(first.value(QLatin1String("mine")).toString(), QStringLiteral("mostly-true"));
    QCOMPARE(first.value(QLatin1String("theirs")).toString(), QStringLiteral("false"));
    QCOMPARE(first.value(QLatin1String("text")).toString(), ePartnership->conflicts.first().text);

    // ClaimReview leaves the claims that need attention out, and says why (the publish gate: claimreview_test.cpp)
    const ClaimReviewExport review = claimReviewExport(r);
    for (const ReportEntry *e : {eLaw, ePartnership}) {
        const auto it = std::find_if(review.leftOut.cbegin(), review.leftOut.cend(),
                                     [e](const ExportLeftOut &l) { return l.id == e->claim.id; });
        QVERIFY(it != review.leftOut.cend());
        QVERIFY(it->reasons.contains(e == eLaw ? QStringLiteral("to check again: the claimed text changed after the verdict")
                                               : QStringLiteral("an unresolved conflict between two reviewers")));
    }
}

void ReportTest::deskTitle()
{
    // The review's headline, else the article's title, else its file name; the options' title wins.
    ClaimSetData d = deskData(m_text);
    ReportOptions none;
    QCOMPARE(Report::build(d, m_text, none).title, QStringLiteral("Essex and Jiangsu: what the council said, checked"));
    d.publication.headline.clear();
    QCOMPARE(Report::build(d, m_text, none).title, QStringLiteral("Fact-check review: Essex renews its <partnership> with Jiangsu"));
    d.document.source = {};
    QCOMPARE(Report::build(d, m_text, none).title, QStringLiteral("Fact-check review: essex-jiangsu.txt"));
    none.title = QStringLiteral("Given");
    QCOMPARE(Report::build(deskData(m_text), m_text, none).title, QStringLiteral("Given"));
}

void ReportTest::deskSummaryHtml()
{
    const Report r = Report::build(deskData(m_text), m_text, sampleOptions());
    const QString html = reportToHtml(r);
    QXmlStreamReader xml(html);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));

    // the head: the author (the publisher) and the subject, for the PDF's document information
    QVERIFY(html.contains(QStringLiteral("<meta name=\"author\" content=\"Essex Fact Desk\"/>")));
    QVERIFY(html.contains(QStringLiteral("<meta name=\"description\" content=\"Fact-check of \u201C"
                                         "Essex renews its &lt;partnership&gt; with Jiangsu\u201D (Example News): 8 claims, 5 with a "
                                         "verdict\"/>")));
    QVERIFY(html.contains(QStringLiteral("<title>Essex and Jiangsu: what the council said, checked</title>")));

    // the report opens with the article (title linked, site, byline, date, address), then who checked it
    const QString summary = html.section(QStringLiteral("id=\"summary\""), 1).section(QStringLiteral("</section>"), 0, 0);
    const qsizetype articleAt = summary.indexOf(QStringLiteral("<div class=\"article-info\">"));
    const qsizetype tableAt = summary.indexOf(QStringLiteral("<table class=\"desk\">"));
    QVERIFY(articleAt >= 0);
    QVERIFY(tableAt > articleAt);
    QVERIFY(summary.indexOf(QStringLiteral("<div class=\"figures\">")) > tableAt); // the table before the figures
    QVERIFY(html.indexOf(QStringLiteral("id=\"summary\"")) < html.indexOf(QStringLiteral("id=\"claims\"")));
    QVERIFY(summary.contains(QStringLiteral("<p class=\"article-title\" dir=\"auto\"><a href=\"https://news.example/essex-jiangsu?id=1&amp;ref=x\">"
                                            "Essex renews its &lt;partnership&gt; with Jiangsu</a></p>")));
    QVERIFY(summary.contains(QStringLiteral("<p class=\"article-byline\"><b>Example News</b> \u00B7 <bdi>By Jane Smith</bdi> \u00B7 published 2026-11-18</p>")));
    QVERIFY(summary.contains(QStringLiteral("<dt>Address</dt><dd><span class=\"url\"><a class=\"bare\" href=\"https://news.example/essex-jiangsu?id=1&amp;ref=x\">")));
    QVERIFY(summary.contains(QStringLiteral("<dt>Checked by</dt><dd><bdi><a href=\"https://factdesk.example/\">Essex Fact Desk</a></bdi></dd>")));
    QVERIFY(summary.contains(QStringLiteral("<dt>Publication date</dt><dd>2026-11-30</dd>")));
    QVERIFY(!summary.contains(QStringLiteral("essex-jiangsu.txt"))); // the file name only when there is no source
    QVERIFY(html.contains(QStringLiteral("<p class=\"kicker\">Essex Fact Desk \u00B7 Fact-check review report</p>")));

    // one row per claim: number (linked), statement (else the quote), claimant with role, verdict, conclusion
    const QString table = summary.mid(tableAt).section(QStringLiteral("</table>"), 0, 0);
    QCOMPARE(table.count(QStringLiteral("<tr")), r.entries.size() + 1);
    QVERIFY(table.contains(QStringLiteral("<th>Claim</th><th>Claimant</th><th>Verdict</th><th>Conclusion</th>")));
    QVERIFY(table.contains(QStringLiteral("<tr><td class=\"n\"><a class=\"no\" href=\"#claim-3\">3</a></td><td class=\"statement\" dir=\"auto\">"
                                          "Essex has had a partnership with Jiangsu for decades</td><td class=\"claimant\" dir=\"auto\">"
                                          "Kevin Bentley<span class=\"role\">Leader of Essex County Council</span></td><td class=\"v\">"
                                          "<span class=\"verdict\" style=\"background:#5f7d1b\">Mostly true</span></td>"
                                          "<td class=\"conclusion\" dir=\"auto\">The partnership dates from 1989: 37 years.</td></tr>")));
    const ReportEntry *millions = entryFor(r, 3);
    QVERIFY(table.contains(QStringLiteral("<td class=\"statement\" dir=\"auto\">%1</td>").arg(millions->claim.quote.exact)));
    QVERIFY(table.contains(QStringLiteral("<span class=\"verdict\" style=\"background:#5b5b70\">Unproven</span>"
                                          "<span class=\"state\">Needs second review</span>")));
    QVERIFY(table.contains(QStringLiteral("<tr class=\"dismissed\">")));

    // each claim's entry opens with its fact-check; a statement equal to the quote is not repeated
    const QString first = html.section(QStringLiteral("id=\"claim-3\""), 1).section(QStringLiteral("</article>"), 0, 0);
    QVERIFY(first.contains(QStringLiteral("<dl class=\"factcheck\"><dt>Claim</dt><dd dir=\"auto\" class=\"statement\">Essex has had a "
                                          "partnership with Jiangsu for decades</dd><dt>Claimant</dt><dd dir=\"auto\">Kevin Bentley, "
                                          "Leader of Essex County Council</dd><dt>Conclusion</dt><dd dir=\"auto\" class=\"conclusion\">"
                                          "The partnership dates from 1989: 37 years.</dd></dl>")));
    QVERIFY(first.indexOf(QStringLiteral("factcheck")) < first.indexOf(QStringLiteral("<blockquote")));
    const QString law = html.section(QStringLiteral("id=\"claim-1\""), 1).section(QStringLiteral("</article>"), 0, 0);
    QVERIFY(!law.contains(QStringLiteral("<dt>Claim</dt>")));
    QVERIFY(law.contains(QStringLiteral("<dt>Claimant</dt><dd dir=\"auto\">The BBC</dd>")));
    QVERIFY(law.contains(QStringLiteral("<dt>Appeared</dt><dd dir=\"auto\"><a class=\"bare\" href=\"https://video.example/clip\">"
                                        "https://video.example/clip</a>, 2026-11-17</dd>")));

    // links print their address: every external link but those labelled with it (the stylesheet's rule)
    QVERIFY(html.contains(QStringLiteral("a[href^=\"http\"]:not(.bare)::after")));
    QVERIFY(html.contains(QStringLiteral("<a href=\"https://web.archive.org/web/2026/https://www.essex.gov.uk/jiangsu\">archived copy</a>")));

    // compact (long reports): no table (each entry opens with the same facts), the fact-check as runs
    Report compact = r;
    compact.options.layout = ReportLayout::Compact;
    const QString c = reportToHtml(compact);
    QVERIFY(!c.contains(QStringLiteral("<table class=\"desk\">")));
    QVERIFY(c.contains(QStringLiteral("<p class=\"factcheck\"><b class=\"k\">Claim </b>Essex has had a partnership with Jiangsu for decades"
                                      "<br/><b class=\"k\">Claimant </b>Kevin Bentley, Leader of Essex County Council<br/>"
                                      "<b class=\"k\">Conclusion </b>The partnership dates from 1989: 37 years.</p>")));
    QVERIFY(c.contains(QStringLiteral("<div class=\"article-info\">")));

    // without a source: the file name
    ClaimSetData local = deskData(m_text);
    local.document.source = {};
    const QString plain = reportToHtml(Report::build(local, m_text, sampleOptions()));
    QVERIFY(plain.contains(QStringLiteral("<p class=\"article-title\" dir=\"auto\">essex-jiangsu.txt</p>")));
    QVERIFY(!plain.contains(QStringLiteral("class=\"article-byline\"")));
}

void ReportTest::deskSummaryText()
{
    const Report r = Report::build(deskData(m_text), m_text, sampleOptions());
    // Markdown: the article, then the summary table, then the claims with their fact-check
    const QString md = reportToMarkdown(r);
    const qsizetype article = md.indexOf(QStringLiteral("## The article\n\n**[Essex renews its &lt;partnership&gt; with Jiangsu]"
                                                        "(https://news.example/essex-jiangsu?id=1&ref=x)** \u2014 Example News \u00B7 "
                                                        "By Jane Smith \u00B7 published 2026-11-18\n"));
    QVERIFY2(article >= 0, qPrintable(md.left(600)));
    const qsizetype table = md.indexOf(QStringLiteral("| No. | Claim | Claimant | Verdict | Conclusion |\n|---:|---|---|---|---|\n"));
    QVERIFY(table > article);
    QVERIFY(md.contains(QStringLiteral("| 3 | Essex has had a partnership with Jiangsu for decades | Kevin Bentley, Leader of Essex County "
                                       "Council | Mostly true | The partnership dates from 1989: 37 years. |\n")));
    QVERIFY(md.contains(QStringLiteral("| 5 | millions of pounds |  | Unproven (needs second review) |  |\n")));
    QVERIFY(md.contains(QStringLiteral("| 6 | cultural and education links |  | no verdict yet (dismissed) |  |\n")));
    QVERIFY(md.indexOf(QStringLiteral("## Claims")) > table);
    QVERIFY(md.contains(QStringLiteral("- Claim: **Essex has had a partnership with Jiangsu for decades**\n"
                                       "- Claimant: Kevin Bentley, Leader of Essex County Council\n"
                                       "- Conclusion: The partnership dates from 1989: 37 years.\n- Status: Done\n")));
    QVERIFY(md.contains(QStringLiteral("- Appeared: [https://video.example/clip](https://video.example/clip), 2026-11-17\n")));
    QVERIFY(md.contains(QStringLiteral("- Checked by: [Essex Fact Desk](https://factdesk.example/)\n")));

    // CSV: the new columns appended (the earlier ones keep their places)
    const QString csv = reportToCsv(r);
    const QString header = csv.section(QStringLiteral("\r\n"), 0, 0);
    QVERIFY(header.endsWith(QStringLiteral(",re_review,conflicts,statement,claimant,claimant_role,conclusion")));
    QVERIFY(header.startsWith(QStringLiteral("number,id,type,type_name,status,verdict,")));
    const QString row1 = csv.section(QStringLiteral("\r\n"), 3, 3); // claim 3
    QVERIFY2(row1.endsWith(QStringLiteral(",Essex has had a partnership with Jiangsu for decades,Kevin Bentley,Leader of Essex County Council,"
                                          "The partnership dates from 1989: 37 years.")),
             qPrintable(row1));

    // JSON: the model carries them
    const QJsonObject json = QJsonDocument::fromJson(reportToJson(r)).object();
    const QJsonObject claim = json.value(QLatin1String("claims")).toArray().at(2).toObject(); // claim 3
    QCOMPARE(claim.value(QLatin1String("statement")).toString(), QStringLiteral("Essex has had a partnership with Jiangsu for decades"));
    QCOMPARE(claim.value(QLatin1String("claimant")).toObject().value(QLatin1String("role")).toString(),
             QStringLiteral("Leader of Essex County Council"));
    QCOMPARE(claim.value(QLatin1String("conclusion")).toString(), QStringLiteral("The partnership dates from 1989: 37 years."));
    QVERIFY(json.value(QLatin1String("claims")).toArray().at(1).toObject().value(QLatin1String("claimant")).isNull());
    QCOMPARE(json.value(QLatin1String("claims")).toArray().at(0).toObject().value(QLatin1String("appearance")).toObject()
                 .value(QLatin1String("date")).toString(), QStringLiteral("2026-11-17"));
    const QJsonObject source = json.value(QLatin1String("document")).toObject().value(QLatin1String("source")).toObject();
    QCOMPARE(source.value(QLatin1String("siteName")).toString(), QStringLiteral("Example News"));
    QCOMPARE(json.value(QLatin1String("publication")).toObject().value(QLatin1String("datePublished")).toString(),
             QStringLiteral("2026-11-30"));
    QVERIFY(QJsonDocument::fromJson(reportToJson(m_report)).object().value(QLatin1String("publication")).toObject()
                .value(QLatin1String("publisher")).toString() == QStringLiteral("Example Fact Check")); // from the options
}

void ReportTest::historyOption()
{
    // Off by default (the hand-over), on for the review record; in every layout and in Markdown.
    QVERIFY(!ReportOptions().includeHistory);
    const ClaimSetData d = deskData(m_text);
    for (const ReportLayout layout : {ReportLayout::Full, ReportLayout::Compact}) {
        ReportOptions o = sampleOptions();
        o.layout = layout;
        const QString handOver = reportToHtml(Report::build(d, m_text, o));
        QVERIFY(!handOver.contains(QStringLiteral("History")));
        QVERIFY(!handOver.contains(QStringLiteral("class=\"history\"")));
        QVERIFY(handOver.contains(QStringLiteral("Reviewed by"))); // who reviewed it stays
        o.includeHistory = true;
        const QString record = reportToHtml(Report::build(d, m_text, o));
        QVERIFY(record.contains(layout == ReportLayout::Full ? QStringLiteral("<h4>History</h4>") : QStringLiteral("History: ")));
        QVERIFY(record.contains(QStringLiteral("Mostly true")));
    }
    ReportOptions o = sampleOptions();
    QVERIFY(!reportToMarkdown(Report::build(d, m_text, o)).contains(QStringLiteral("**History**")));
    o.includeHistory = true;
    QVERIFY(reportToMarkdown(Report::build(d, m_text, o)).contains(QStringLiteral("**History**\n\n- 2026-11-21 10:00 UTC Ben \u2014 Verdict: Mostly true\n")));
}

void ReportTest::integrityAppendix()
{
    // The document's SHA-256, length and encoding are not on page 1 (the summary) but in an appendix at the end.
    const ClaimSetData d = deskData(m_text);
    ReportOptions o = sampleOptions();
    QVERIFY(o.includeIntegrity);
    const QString html = reportToHtml(Report::build(d, m_text, o));
    const QString sha = QStringLiteral("ab").repeated(32);
    const QString summary = html.section(QStringLiteral("id=\"summary\""), 1).section(QStringLiteral("</section>"), 0, 0);
    QVERIFY(!summary.contains(sha));
    QVERIFY(!summary.contains(QStringLiteral("SHA-256")));
    const qsizetype appendix = html.indexOf(QStringLiteral("<section class=\"appendix\" id=\"appendix\">"));
    QVERIFY(appendix > html.indexOf(QStringLiteral("id=\"article\"")));
    const QString tail = html.mid(appendix);
    QVERIFY(tail.contains(QStringLiteral("<dt>SHA-256</dt><dd><code>%1</code></dd>").arg(sha)));
    QVERIFY(tail.contains(QStringLiteral("<dt>Length</dt><dd>%1 characters</dd>").arg(d.document.length)));
    QVERIFY(tail.contains(QStringLiteral("<dt>Encoding</dt><dd>UTF-8</dd>")));
    QVERIFY(tail.contains(QStringLiteral("<dt>Original&#39;s SHA-256</dt><dd><code>%1</code></dd>").arg(QStringLiteral("cd").repeated(32))));
    QVERIFY(!html.section(QStringLiteral("<footer"), 1).contains(sha)); // nor in the footer
    const QString md = reportToMarkdown(Report::build(d, m_text, o));
    QVERIFY(md.indexOf(QStringLiteral("SHA-256")) > md.indexOf(QStringLiteral("## Claims")));
    QVERIFY(md.contains(QStringLiteral("## Appendix: the reviewed text\n\n- Document: essex-jiangsu.txt (text/plain)\n- SHA-256: `%1`\n").arg(sha)));

    // a template without the {{appendix}} block still gets it, after the annotated article
    ReportTemplate tpl;
    tpl.html = QStringLiteral("<body><main>{{claims}}{{annotated_text}}</main></body>");
    const QString custom = reportToHtml(Report::build(d, m_text, o), tpl);
    QVERIFY(custom.indexOf(QStringLiteral("id=\"appendix\"")) > custom.indexOf(QStringLiteral("id=\"article\"")));

    o.includeIntegrity = false;
    const QString without = reportToHtml(Report::build(d, m_text, o));
    QVERIFY(!without.contains(sha));
    QVERIFY(!without.contains(QStringLiteral("id=\"appendix\"")));
    QVERIFY(!reportToMarkdown(Report::build(d, m_text, o)).contains(sha));

    // printed in parts: the appendix only in the last one
    o.includeIntegrity = true;
    const QStringList parts = reportPrintParts(reportToHtml(Report::build(d, m_text, o)), 2, 1);
    QCOMPARE(parts.size(), 2);
    QVERIFY(!parts.first().contains(QStringLiteral("id=\"appendix\"")));
    QVERIFY(parts.last().contains(QStringLiteral("id=\"appendix\"")));
}

void ReportTest::humanLabelsOnly()
{
    // No internal id anywhere a person reads, even in the review record: no claim UUID, no field or status id.
    ClaimSetData d = deskData(m_text);
    for (Claim &c : d.claims) {
        c.history.append({at(22, 9), QStringLiteral("Ana"), QStringLiteral("status"), QStringLiteral("in-progress"),
                          QStringLiteral("needs-second-review")});
        if (c.claimType != QLatin1String("quantity"))
            continue;
        c.history.append({at(22, 10), QStringLiteral("Ana"), QStringLiteral("fields.figure"), QJsonValue(), QStringLiteral("2")});
        c.history.append({at(22, 11), QStringLiteral("Ana"), QStringLiteral("checklist.source-found"), false, true});
    }
    ReportOptions o = sampleOptions();
    // every type named (an unknown one can only be shown by its id)
    for (const auto &[id, name] : {std::pair{"temporal-event", "Dates and durations"}, std::pair{"quote-attribution", "Quote or attribution"},
                                   std::pair{"causation", "Cause and effect"}, std::pair{"no-such-type", "Other"}}) {
        ReportClaimTypeInfo t;
        t.id = QLatin1String(id);
        t.name = QLatin1String(name);
        o.claimTypes.append(t);
    }
    o.includeHistory = true;
    for (const ReportLayout layout : {ReportLayout::Full, ReportLayout::Compact}) {
        o.layout = layout;
        const Report r = Report::build(d, m_text, o);
        const QString read = readableText(reportToHtml(r));
        const QString md = reportToMarkdown(r);
        for (const QString &text : {read, md}) {
            for (const Claim &c : d.claims)
                QVERIFY2(!text.contains(c.id.toString(QUuid::WithoutBraces)), qPrintable(c.id.toString()));
            for (const char *id : {"fields.", "checklist.", "in-progress", "needs-second-review", "source-found",
                                   "quote-attribution", "temporal-event", "laws-rules"})
                QVERIFY2(!text.contains(QLatin1String(id)), id);
        }
        QVERIFY(read.contains(QStringLiteral("In progress \u2192 Needs second review")));
        QVERIFY(read.contains(QStringLiteral("Checklist: Find the original source")));
    }
}


// A Markdown or HTML-source article: the report shows the text people read, not `**` or tags, while the claim's
// position still points into the source.
void ReportTest::markupIsNotShown()
{
    const QString md = QStringLiteral("Residents will pay **4.99% more** in council tax, the leader said.");
    ClaimSetData data;
    data.document.fileName = QStringLiteral("a.md");
    data.document.mediaType = QStringLiteral("text/markdown");
    Claim c;
    c.id = QUuid::createUuidV5(QUuid(), QStringLiteral("md"));
    c.claimType = QStringLiteral("quantity");
    c.start = md.indexOf(QStringLiteral("**4.99"));
    c.end = md.indexOf(QStringLiteral("more**")) + 6;
    c.quote.exact = md.mid(c.start, c.end - c.start);
    data.claims = {c};
    const Report r = Report::build(data, md, {});
    QCOMPARE(r.entries.size(), 1);
    const ReportEntry &e = r.entries.first();
    QCOMPARE(e.claim.quote.exact, QStringLiteral("4.99% more"));
    QVERIFY2(!e.context.contains(QStringLiteral("**")), qPrintable(e.context));
    QCOMPARE(e.context.mid(e.quoteOffset, e.quoteLength), QStringLiteral("4.99% more"));
    QCOMPARE(e.claim.start, c.start); // the anchor still points into the source
    // The claim as the report lists it (its context with the quote marked); the annotated article itself is
    // still the source text.
    QVERIFY(reportToHtml(r).contains(QStringLiteral("<mark>4.99% more</mark>")));
}

QTEST_GUILESS_MAIN(ReportTest)
#include "report_test.moc"
