// SPDX-License-Identifier: GPL-2.0-or-later
// What a reader sees of a whole Markdown or HTML-source document (readableDocument(), in the core) and the way
// back from source offsets to it: the report's annotated article shows the text, its highlights at the claims.
#include "readabletext.h"
#include "report.h"

#include <QRegularExpression>
#include <QTest>

using namespace Claimbench;

namespace {

/// The readable range of the source range of `needle` (its first occurrence) in `source`.
QString mapped(const ReadableDocument &d, const QString &source, const QString &needle)
{
    const qsizetype s = source.indexOf(needle);
    if (s < 0)
        return QStringLiteral("<not in the source>");
    const qsizetype a = d.toReadable(s), b = d.toReadable(s + needle.size());
    return d.text.mid(a, b - a);
}

const QString htmlSource = QStringLiteral(
    "<!DOCTYPE html>\n<html><head><title>TITLETEXT</title><style>p { STYLETEXT }</style></head>\n<body>\n"
    "<h1>Council tax</h1>\n<!-- COMMENTTEXT -->\n"
    "<p>Residents will pay <strong>4.99% more</strong> from April,\n   the council confirmed &mdash; on Tuesday.</p>\n"
    "<script>var SCRIPTTEXT = 1;</script>\n"
    "<ul><li>Band A: &pound;1,200</li><li>Band D</li></ul><p>Line one<br>line two</p>\n</body></html>\n");

const QString markdownSource = QStringLiteral(
    "# Council tax\n\nResidents will pay **4.99% more** from April, the council\nconfirmed &mdash; on `Tuesday`.\n\n"
    "> \"We had no choice,\" the _leader_ said.\n\n- Band A: [£1,200](https://example.org/bands) a year\n"
    "- snake_case stays, 5 * 3 too, \\*escaped\\*\n\n```\n**code** kept\n```\n");

} // namespace

class ReadableDocumentTest : public QObject
{
    Q_OBJECT

private slots:
    void htmlText()
    {
        const ReadableDocument d = readableDocument(htmlSource, u"text/html");
        QCOMPARE(d.text, QStringLiteral("Council tax\n\nResidents will pay 4.99% more from April, the council confirmed \u2014 on "
                                        "Tuesday.\n\nBand A: \u00A31,200\nBand D\n\nLine one\nline two"));
    }

    void htmlOffsets_data()
    {
        QTest::addColumn<QString>("sourceRange");
        QTest::addColumn<QString>("readable");
        QTest::newRow("markup inside") << "4.99% more</strong> from April" << "4.99% more from April";
        QTest::newRow("tag cut at both ends") << "ong>4.99% more</str" << "4.99% more";
        QTest::newRow("whitespace and entity") << "April,\n   the council confirmed &mdash; on"
                                               << "April, the council confirmed \u2014 on";
        QTest::newRow("across a list item") << "&pound;1,200</li><li>Band" << "\u00A31,200\nBand";
        QTest::newRow("in a removed script") << "SCRIPTTEXT" << "";
    }
    void htmlOffsets()
    {
        QFETCH(QString, sourceRange);
        QFETCH(QString, readable);
        QCOMPARE(mapped(readableDocument(htmlSource, u"text/html"), htmlSource, sourceRange), readable);
    }

    void markdownText()
    {
        const ReadableDocument d = readableDocument(markdownSource, u"text/markdown");
        QCOMPARE(d.text, QStringLiteral("Council tax\n\nResidents will pay 4.99% more from April, the council\nconfirmed \u2014 on "
                                        "Tuesday.\n\n\"We had no choice,\" the leader said.\n\nBand A: £1,200 a year\n"
                                        "snake_case stays, 5 * 3 too, *escaped*\n\n**code** kept\n"));
    }

    void markdownOffsets_data()
    {
        QTest::addColumn<QString>("sourceRange");
        QTest::addColumn<QString>("readable");
        QTest::newRow("emphasis") << "**4.99% more** from" << "4.99% more from";
        QTest::newRow("emphasis cut") << "4.99% more**" << "4.99% more";
        QTest::newRow("link") << "[£1,200](https://example.org/bands) a year" << "£1,200 a year";
        QTest::newRow("quote mark") << "> \"We had" << "\"We had";
        QTest::newRow("code ticks and entity") << "&mdash; on `Tuesday`" << "\u2014 on Tuesday";
        QTest::newRow("escapes") << "\\*escaped\\*" << "*escaped*";
    }
    void markdownOffsets()
    {
        QFETCH(QString, sourceRange);
        QFETCH(QString, readable);
        QCOMPARE(mapped(readableDocument(markdownSource, u"text/markdown"), markdownSource, sourceRange), readable);
    }

    // The way back (what a detector found in the readable text, as source offsets): from the source of its first
    // character to just after the source of its last; an entity at either end taken whole, and the markup that
    // touches it on its line (`**`, `[`…`](url)`, tags) with it, so that the source range reads as the text.
    void backToSource_data()
    {
        QTest::addColumn<QString>("mediaType");
        QTest::addColumn<QString>("readable");
        QTest::addColumn<QString>("source");
        QTest::newRow("html: markup inside") << "text/html" << "pay 4.99% more from" << "pay <strong>4.99% more</strong> from";
        QTest::newRow("html: markup at both ends") << "text/html" << "4.99% more" << "<strong>4.99% more</strong>";
        QTest::newRow("html: entity at the end") << "text/html" << "confirmed —" << "confirmed &mdash;";
        QTest::newRow("html: entity at the start") << "text/html" << "£1,200" << "&pound;1,200";
        QTest::newRow("html: collapsed whitespace") << "text/html" << "April, the council" << "April,\n   the council";
        QTest::newRow("markdown: emphasis") << "text/markdown" << "pay 4.99% more from" << "pay **4.99% more** from";
        QTest::newRow("markdown: emphasis at both ends") << "text/markdown" << "4.99% more" << "**4.99% more**";
        QTest::newRow("markdown: link") << "text/markdown" << "£1,200 a year" << "[£1,200](https://example.org/bands) a year";
        QTest::newRow("markdown: code and entity") << "text/markdown" << "— on Tuesday" << "&mdash; on `Tuesday`";
    }
    void backToSource()
    {
        QFETCH(QString, mediaType);
        QFETCH(QString, readable);
        QFETCH(QString, source);
        const QString &doc = mediaType == u"text/html" ? htmlSource : markdownSource;
        const ReadableDocument d = readableDocument(doc, mediaType);
        const qsizetype at = d.text.indexOf(readable);
        QVERIFY2(at >= 0, qPrintable(readable));
        const auto [start, end] = d.toSourceRange(at, at + readable.size(), doc);
        QCOMPARE(doc.mid(start, end - start), source);
        QCOMPARE(d.toSourceRange(at, at, doc), (std::pair<qsizetype, qsizetype>(0, 0))); // empty
        QCOMPARE(d.toSourceRange(0, d.text.size() + 1, doc), (std::pair<qsizetype, qsizetype>(0, 0))); // outside
    }

    void plainTextStaysAsItIs()
    {
        const QString text = QStringLiteral("A <b>tag</b> and **stars** in plain text.");
        const ReadableDocument d = readableDocument(text, u"text/plain");
        QCOMPARE(d.text, text);
        QCOMPARE(d.toReadable(7), 7);
        QCOMPARE(d.toSourceRange(2, 5, text), (std::pair<qsizetype, qsizetype>(2, 5)));
    }

    void reportShowsReadableTextHighlightsAtTheClaims_data()
    {
        QTest::addColumn<QString>("mediaType");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("claimed");   // the claim's source range
        QTest::addColumn<QString>("highlight"); // what the report highlights
        QTest::addColumn<QString>("markup");    // what it must not show
        QTest::newRow("html") << "text/html" << htmlSource << "4.99% more</strong> from April" << "4.99% more from April"
                              << "&lt;strong&gt;";
        QTest::newRow("markdown") << "text/markdown" << markdownSource << "**4.99% more** from April" << "4.99% more from April"
                                  << "**4.99%";
    }
    void reportShowsReadableTextHighlightsAtTheClaims()
    {
        QFETCH(QString, mediaType);
        QFETCH(QString, source);
        QFETCH(QString, claimed);
        QFETCH(QString, highlight);
        QFETCH(QString, markup);
        ClaimSetData data;
        data.document.fileName = QStringLiteral("tax");
        data.document.mediaType = mediaType;
        data.document.length = source.size(); // ASCII and BMP only: code points are UTF-16 units here
        Claim c;
        c.id = QUuid::fromString(QStringLiteral("{6f1d2a3b-0000-4000-8000-000000000001}"));
        c.claimType = QStringLiteral("statistic");
        c.start = source.indexOf(claimed);
        c.end = c.start + claimed.size();
        c.quote.exact = claimed;
        data.claims.append(c);
        const QString html = reportToHtml(Report::build(data, source, {}));
        const qsizetype article = html.indexOf(QStringLiteral("id=\"article\""));
        QVERIFY(article > 0);
        const QString section = html.mid(article, html.indexOf(QStringLiteral("</section>"), article) - article);
        // The highlight holds exactly the claim's readable text, numbered 1.
        static const QRegularExpression hl(QStringLiteral("<a class=\"hl\" href=\"#claim-1\"[^>]*>([^<]*)</a>"));
        const auto m = hl.match(section);
        QVERIFY2(m.hasMatch(), qPrintable(section));
        QCOMPARE(m.captured(1), highlight);
        QVERIFY(section.contains(QStringLiteral("<a class=\"ref\" id=\"ref-1\" href=\"#claim-1\">1</a>")));
        QVERIFY2(section.contains(QStringLiteral("Residents will pay ")), qPrintable(section));
        QVERIFY2(!section.contains(markup), qPrintable(section));
        QVERIFY(!section.contains(QStringLiteral("SCRIPTTEXT")));
        QVERIFY(!section.contains(QStringLiteral("TITLETEXT")));
        QVERIFY(!section.contains(QStringLiteral("&amp;mdash;")));
    }
};

QTEST_GUILESS_MAIN(ReadableDocumentTest)
#include "readabledocument_test.moc"
