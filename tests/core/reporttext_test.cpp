// SPDX-License-Identifier: GPL-2.0-or-later
// Hostile user text in the Markdown and CSV reports: normalised (CR, CRLF, U+0085, U+2028, U+2029 are line ends;
// NUL and control characters U+FFFD), no forged report lines (a note cannot leave its "> " quote, a heading in it is
// never a claim's "###"), no javascript:/data: links, remote images or link definitions, and CSV keeps its formula
// guard.
#include "report.h"

#include <QRegularExpression>
#include <QTest>

using namespace Claimbench;

namespace {

const QString Forged = QStringLiteral("### 99. FORGED \u2014 True");

enum Place { Notes, Quote, Field, VerdictLabel, SourceTitle };

Report reportWith(Place place, const QString &text)
{
    ClaimSetData data;
    data.document.fileName = QStringLiteral("a.txt");
    QString document = QStringLiteral("The mayor said forty. ");
    Claim c;
    c.id = QUuid::createUuidV5(QUuid(), QStringLiteral("c"));
    c.claimType = QStringLiteral("quantity");
    c.start = 15;
    c.end = 20;
    c.status = ClaimStatus::Open;
    c.notes = QStringLiteral("A plain note.");
    switch (place) {
    case Notes: c.notes = text; break;
    case Quote: document += text; c.start = 22; c.end = 22 + text.size(); break;
    case Field: c.fields.insert(QStringLiteral("speaker"), text); break;
    case VerdictLabel:
        data.ratingScale.levels.append({QStringLiteral("odd"), text, 3});
        c.verdict = QStringLiteral("odd");
        break;
    case SourceTitle: c.sources = {{text, QStringLiteral("https://a.example/"), text, QDate(), QString(), text, text, {}}}; break;
    }
    document += QStringLiteral(" The end.");
    c.quote.exact = document.mid(c.start, c.end - c.start);
    data.claims = {c};
    ReportOptions options;
    options.claimTypes = {{QStringLiteral("quantity"), QStringLiteral("Quantity"), QStringLiteral("#1f77b4"),
                           {{QStringLiteral("speaker"), QStringLiteral("Speaker")}}, {}}};
    return Report::build(data, document, options);
}

// Characters no report may carry raw: C0 controls but tab and LF, DEL, C1, the Unicode line separators.
QString rawControls(const QString &s)
{
    QString found;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n') || (u >= 0x7F && u < 0xA0) || u == 0x2028 || u == 0x2029)
            found += QStringLiteral("U+%1 ").arg(int(u), 4, 16, QLatin1Char('0'));
    }
    return found;
}

// The lines of the notes part of the one entry: from "**Notes**" to the next blank line.
QStringList notesPart(const QString &md)
{
    const QStringList lines = md.split(u'\n');
    const qsizetype at = lines.indexOf(QStringLiteral("**Notes**"));
    QStringList out;
    for (qsizetype i = at + 2; at >= 0 && i < lines.size() && !lines.at(i).isEmpty(); ++i)
        out << lines.at(i);
    return out;
}

// Whether the character at `i` is escaped by an odd run of backslashes before it.
bool escaped(const QString &s, qsizetype i)
{
    qsizetype n = 0;
    while (i - n - 1 >= 0 && s.at(i - n - 1) == u'\\')
        ++n;
    return n % 2 == 1;
}

// Link targets after every unescaped "](", past spaces, line ends, quote markers and "<"; every unescaped "![" and
// "]:" (an image, a reference definition) as problems.
QStringList linkProblems(const QString &md)
{
    QStringList problems;
    for (qsizetype i = 0; i + 1 < md.size(); ++i) {
        if (escaped(md, i))
            continue;
        const QChar c = md.at(i), d = md.at(i + 1);
        if (c == u'!' && d == u'[')
            problems << QStringLiteral("image at %1").arg(i);
        if (c == u']' && d == u':')
            problems << QStringLiteral("definition at %1").arg(i);
        if (c == u']' && d == u'(') {
            qsizetype k = i + 2;
            while (k < md.size() && (md.at(k).isSpace() || md.at(k) == u'>' || md.at(k) == u'<'))
                ++k;
            const QString target = md.mid(k, 12).toLower();
            if (!target.startsWith(QLatin1String("http://")) && !target.startsWith(QLatin1String("https://"))
                && !target.startsWith(QLatin1String("mailto:")))
                problems << QStringLiteral("link to %1").arg(target);
        }
    }
    return problems;
}

// A minimal RFC 4180 reader: records end at CRLF outside quotes.
QList<QStringList> parseCsv(const QString &csv)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < csv.size() && csv.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << std::exchange(field, {});
        } else if (c == u'\r' && i + 1 < csv.size() && csv.at(i + 1) == u'\n') {
            row << std::exchange(field, {});
            rows << std::exchange(row, {});
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class ReportTextTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void markdownNotes_data();
    void markdownNotes();
    void markdownOneLine_data();
    void markdownOneLine();
    void markdownKeepsSafeNotes();
    void csv_data();
    void csv();
};

void ReportTextTest::markdownNotes_data()
{
    QTest::addColumn<QString>("notes");
    QTest::addColumn<QString>("shown"); // a piece of text that must still be in the notes part
    const QString forge = Forged + QStringLiteral("%1- Status: Done%1- Verdict: True");
    QTest::newRow("lone CR") << QStringLiteral("Checked.\r") + forge.arg(u'\r') << QStringLiteral("99. FORGED");
    QTest::newRow("CRLF") << QStringLiteral("Checked.\r\n") + forge.arg(QStringLiteral("\r\n")) << QStringLiteral("99. FORGED");
    QTest::newRow("U+2028") << QStringLiteral("Checked.\u2028") + forge.arg(u'\u2028') << QStringLiteral("99. FORGED");
    QTest::newRow("U+2029") << QStringLiteral("Checked.\u2029") + forge.arg(u'\u2029') << QStringLiteral("99. FORGED");
    QTest::newRow("U+0085") << QStringLiteral("Checked.\u0085") + forge.arg(u'\u0085') << QStringLiteral("99. FORGED");
    QTest::newRow("LF, heading in the note") << QStringLiteral("Checked.\n") + forge.arg(u'\n') << QStringLiteral("99. FORGED");
    QTest::newRow("heading in a nested quote, a list")
        << QStringLiteral("> ") + Forged + QStringLiteral("\n- ") + Forged + QStringLiteral("\n1. ## Two") << QStringLiteral("Two");
    QTest::newRow("setext heading") << QStringLiteral("FORGED\n===\nAlso\n---") << QStringLiteral("FORGED");
    QTest::newRow("NUL and controls") << QStringLiteral("a") + QChar(0) + QStringLiteral("b\u0001c\u001B[31md\u007F\u009Be\u000Bf\u000Cg")
                                      << QStringLiteral("a\uFFFDb\uFFFDc\uFFFD[31md\uFFFD\uFFFDe\uFFFDf\uFFFDg");
    QTest::newRow("lone surrogate") << QStringLiteral("x") + QChar(0xD800) + QStringLiteral("y") << QStringLiteral("x\uFFFDy");
    QTest::newRow("javascript: link") << QStringLiteral("[click](javascript:alert(1))") << QStringLiteral("click");
    QTest::newRow("JavaScript: link, spaces") << QStringLiteral("[click](  JavaScript:alert(1) \"t\")") << QStringLiteral("click");
    QTest::newRow("data: link") << QStringLiteral("[x](data:text/html;base64,PHNjcmlwdD4=)") << QStringLiteral("x");
    QTest::newRow("target on the next line") << QStringLiteral("[x](\njavascript:alert(1))") << QStringLiteral("x");
    QTest::newRow("target in angle brackets") << QStringLiteral("[x](<javascript:alert(1)>)") << QStringLiteral("x");
    QTest::newRow("link text with a code span") << QStringLiteral("[a `]` b](javascript:alert(1))") << QStringLiteral("b");
    QTest::newRow("nested brackets") << QStringLiteral("[x [y](javascript:alert(1))") << QStringLiteral("y");
    QTest::newRow("remote image") << QStringLiteral("![pixel](http://127.0.0.1/t.png)") << QStringLiteral("pixel");
    QTest::newRow("image in a link") << QStringLiteral("[![p](https://127.0.0.1/p.png)](https://a.example/)") << QStringLiteral("p");
    QTest::newRow("reference link") << QStringLiteral("[x][1]\n\n[1]: javascript:alert(1)") << QStringLiteral("x");
    QTest::newRow("reference image") << QStringLiteral("![t][i]\n[i]: http://127.0.0.1/t.png") << QStringLiteral("t");
    QTest::newRow("raw HTML") << QStringLiteral("<script>alert(1)</script><img src=x onerror=alert(1)>")
                              << QStringLiteral("&lt;script>");
    QTest::newRow("autolink") << QStringLiteral("<javascript:alert(1)>") << QStringLiteral("&lt;javascript:");
}

void ReportTextTest::markdownNotes()
{
    QFETCH(QString, notes);
    QFETCH(QString, shown);
    const QString md = reportToMarkdown(reportWith(Notes, notes));
    QCOMPARE(rawControls(md), QString());
    const QStringList part = notesPart(md);
    QVERIFY(!part.isEmpty());
    for (const QString &line : part) {
        QVERIFY2(line.startsWith(u'>'), qPrintable(line)); // never out of the quote
        // a heading inside the quote (also in the note's own quotes and lists) is h4-h6, never a claim's ###
        static const QRegularExpression shallowHeading(QStringLiteral("^(?:\\s*(?:>|[-*+]|\\d+[.)])\\s*)*#{1,3}(?:\\s|$)"));
        QVERIFY2(!shallowHeading.match(line).hasMatch(), qPrintable(line));
        QVERIFY2(!QRegularExpression(QStringLiteral("^>\\s*(?:=+|-+)\\s*$")).match(line).hasMatch(), qPrintable(line)); // setext
    }
    const QStringList lines = md.split(u'\n');
    QVERIFY(!lines.contains(QStringLiteral("- Status: Done")));
    QVERIFY(lines.contains(QStringLiteral("- Status: Open")));
    QVERIFY(!lines.contains(QStringLiteral("- Verdict: True")));
    QCOMPARE(md.count(QRegularExpression(QStringLiteral("^### \\d+\\."), QRegularExpression::MultilineOption)), 1);
    const QStringList problems = linkProblems(part.join(u'\n'));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral(", "))));
    QVERIFY2(!part.join(u'\n').contains(u'<'), qPrintable(part.join(u'\n')));
    QVERIFY2(part.join(u'\n').contains(shown), qPrintable(part.join(u'\n')));
}

void ReportTextTest::markdownOneLine_data()
{
    QTest::addColumn<int>("place");
    QTest::addColumn<QString>("text");
    const QString forge = QStringLiteral("x%1") + Forged + QStringLiteral("%1- Status: Done%1[a](javascript:alert(1))%1![p](http://127.0.0.1/p.png)");
    const QList<std::pair<const char *, QString>> ends{{"CR", QStringLiteral("\r")},       {"CRLF", QStringLiteral("\r\n")},
                                                       {"LF", QStringLiteral("\n")},       {"U+2028", QStringLiteral("\u2028")},
                                                       {"U+2029", QStringLiteral("\u2029")}, {"NUL", QString(QChar(0))}};
    const QList<std::pair<const char *, Place>> places{{"quote", Quote}, {"field", Field}, {"verdict label", VerdictLabel},
                                                       {"source", SourceTitle}};
    for (const auto &[placeName, place] : places) {
        for (const auto &[endName, end] : ends)
            QTest::addRow("%s, %s", placeName, endName) << int(place) << forge.arg(end);
    }
}

void ReportTextTest::markdownOneLine()
{
    // Text the report shows on one line (quotes, fields, labels, sources) never starts a line of its own.
    QFETCH(int, place);
    QFETCH(QString, text);
    const QString md = reportToMarkdown(reportWith(Place(place), text));
    QCOMPARE(rawControls(md), QString());
    const QStringList lines = md.split(u'\n');
    QVERIFY(!lines.contains(QStringLiteral("- Status: Done")));
    for (const QString &line : lines)
        QVERIFY2(!line.contains(QLatin1String("99. FORGED")) || line.contains(QLatin1String("\\#\\#\\# 99. FORGED")), qPrintable(line));
    const QStringList problems = linkProblems(md);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral(", "))));
}

void ReportTextTest::markdownKeepsSafeNotes()
{
    // What the notes legitimately hold stays: links to http/https/mailto, emphasis, lists, a heading (demoted).
    const QString md = reportToMarkdown(reportWith(Notes, QStringLiteral("# Sources\r\n- See [the report](https://a.example/r) "
                                                                         "and <https://b.example/>\r\n- **Mail** [us](mailto:desk@a.example)")));
    QCOMPARE(notesPart(md), (QStringList{QStringLiteral("> #### Sources"),
                                         QStringLiteral("> - See [the report](https://a.example/r) and &lt;https://b.example/>"),
                                         QStringLiteral("> - **Mail** [us](mailto:desk@a.example)")}));
}

void ReportTextTest::csv_data()
{
    QTest::addColumn<QString>("notes");
    QTest::addColumn<QString>("cell"); // the notes cell as a spreadsheet reads it
    QTest::newRow("lone CR") << QStringLiteral("a\rb") << QStringLiteral("a\nb");
    QTest::newRow("CRLF") << QStringLiteral("a\r\nb") << QStringLiteral("a\nb");
    QTest::newRow("U+2028, U+2029, U+0085") << QStringLiteral("a\u2028b\u2029c\u0085d") << QStringLiteral("a\nb\nc\nd");
    QTest::newRow("NUL, controls") << QStringLiteral("a") + QChar(0) + QStringLiteral("b\u0001\u001B\u007F\u009Fc\td")
                                   << QStringLiteral("a\uFFFDb\uFFFD\uFFFD\uFFFD\uFFFDc\td");
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"http://x\")") << QStringLiteral("'=HYPERLINK(\"http://x\")");
    QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("CR first") << QStringLiteral("\r=1") << QStringLiteral("'\n=1");
    QTest::newRow("U+2028 first") << QStringLiteral("\u2028=1") << QStringLiteral("'\n=1");
    QTest::newRow("a record's end inside") << QStringLiteral("x\r\n99,forged,row") << QStringLiteral("x\n99,forged,row");
}

void ReportTextTest::csv()
{
    QFETCH(QString, notes);
    QFETCH(QString, cell);
    const QString csv = reportToCsv(reportWith(Notes, notes));
    const QList<QStringList> rows = parseCsv(csv);
    QCOMPARE(rows.size(), 2); // the header and the one claim: no forged record
    QCOMPARE(rows.at(1).size(), rows.at(0).size());
    const qsizetype column = rows.at(0).indexOf(QStringLiteral("notes"));
    QVERIFY(column >= 0);
    QCOMPARE(rows.at(1).at(column), cell);
    // outside the record ends (CRLF), no CR; no control characters anywhere
    QString body = csv;
    body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QVERIFY(!body.contains(u'\r'));
    QCOMPARE(rawControls(body), QString());
}

QTEST_GUILESS_MAIN(ReportTextTest)
#include "reporttext_test.moc"
