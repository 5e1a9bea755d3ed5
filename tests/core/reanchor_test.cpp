// SPDX-License-Identifier: GPL-2.0-or-later
#include "reanchor.h"

#include <QTest>

using namespace Claimbench;

namespace {
const QString P1 = QStringLiteral(
    "Essex County Council has a decades long partnership with Jiangsu province in China, which is said to have "
    "brought millions of pounds to the county\u2019s economy.\n\n");
const QString P2 = QStringLiteral(
    "Bosses also believe its relationship with the communist country has encouraged cultural and education links "
    "between the two areas.\n\n");
const QString P3 = QStringLiteral(
    "The relationship is again being questioned after members of Hong Kong\u2019s parliament were removed leading "
    "to a mass resignation from the pro-democracy opposition.\n");
const QString Claimed = QStringLiteral("brought millions of pounds to the county\u2019s economy");

// A claim on the `occurrence`-th (0-based) appearance of `exact` in `document`.
Claim claimOn(const QString &document, const QString &exact, int occurrence = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = document.indexOf(exact, at + 1);
    Claim c;
    c.id = QUuid::createUuid();
    c.claimType = QStringLiteral("quantity");
    const qsizetype start = toCodePoints(document, at);
    const qsizetype end = toCodePoints(document, at + exact.size());
    c.quote = quoteAt(document, start, end);
    c.start = start;
    c.end = end;
    return c;
}

QString textAt(const QString &document, qsizetype start, qsizetype end)
{
    const qsizetype s = toUtf16(document, start), e = toUtf16(document, end);
    return document.mid(s, e - s);
}
} // namespace

class ReanchorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quote()
    {
        const QString doc = QStringLiteral("\U0001F600") + QString(40, QLatin1Char('a')) + QStringLiteral("XY")
            + QString(40, QLatin1Char('b')) + QStringLiteral("\U0001F600");
        const TextQuote q = quoteAt(doc, 41, 43);
        QCOMPARE(q.exact, QStringLiteral("XY"));
        QCOMPARE(q.prefix, QString(32, QLatin1Char('a')));
        QCOMPARE(q.suffix, QString(32, QLatin1Char('b')));
        const TextQuote edge = quoteAt(doc, 1, 2);
        QCOMPARE(edge.prefix, QStringLiteral("\U0001F600")); // whole code points
        QCOMPARE(quoteAt(doc, 80, 90), TextQuote());
    }

    void reanchor_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("exact");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("expectedText");
        QTest::addColumn<qsizetype>("expectedStart"); // code points; -1: don't check

        const QString base = P1 + P2 + P3;
        QTest::newRow("unchanged") << base << Claimed << 0 << base << "exact" << Claimed << qsizetype(-1);
        QTest::newRow("inserted before") << base << Claimed << 0 << QStringLiteral("A new lead paragraph.\n\n") + base
                                         << "moved" << Claimed << qsizetype(-1);
        QTest::newRow("inserted after") << base << Claimed << 0 << base + QStringLiteral("\nUpdate: more.\n")
                                        << "exact" << Claimed << qsizetype(-1);
        QString inside = base;
        inside.replace(QStringLiteral("millions of pounds"), QStringLiteral("many millions of pounds"));
        QTest::newRow("inserted inside") << base << Claimed << 0 << inside << "fuzzy"
                                         << QStringLiteral("brought many millions of pounds to the county\u2019s economy")
                                         << qsizetype(-1);
        QString changed = QStringLiteral("Intro.\n\n") + base;
        changed.replace(QStringLiteral("millions of pounds to"), QStringLiteral("billions of euros into"));
        QTest::newRow("words changed inside") << base << Claimed << 0 << changed << "fuzzy"
                                              << QStringLiteral("brought billions of euros into the county\u2019s economy")
                                              << qsizetype(-1);
        QTest::newRow("paragraphs reordered") << base << Claimed << 0 << P3 + P2 + P1 << "moved" << Claimed
                                              << qsizetype(-1);
        QTest::newRow("claim deleted") << base << Claimed << 0 << P2 + P3 << "orphan" << QString() << qsizetype(-1);
        QTest::newRow("sentence rewritten") << base << Claimed << 0
                                            << P2 + QStringLiteral("Nobody knows what it is worth.\n\n") + P3
                                            << "orphan" << QString() << qsizetype(-1);

        // The same words twice: the claim is on the second; context, not the first match, decides.
        const QString twice = QStringLiteral("Alpha said the council will pay for it. Beta said the council will "
                                             "not pay for anything at all.");
        const QString words = QStringLiteral("the council will");
        QTest::newRow("same words twice, text before")
            << twice << words << 1 << QStringLiteral("Yesterday, ") + twice << "moved" << words
            << qsizetype(11 + twice.indexOf(words, 20));
        // Text inserted so that the *first* occurrence lands exactly on the claim's old position.
        const qsizetype second = twice.indexOf(words, 20), first = twice.indexOf(words);
        const QString shifted = QString(second - first, QLatin1Char('.')) + twice;
        QTest::newRow("same words twice, first lands on old position")
            << twice << words << 1 << shifted << "moved" << words << qsizetype(second + (second - first));
        QTest::newRow("same words twice, unchanged") << twice << words << 1 << twice << "exact" << words
                                                     << qsizetype(second);

        // Unicode: positions are code points ("caf" is code point 29: BOM, emoji and flag letters count one each); emoji, flags, combining marks, CRLF, BOM.
        const QString uni = QStringLiteral("\uFEFFNews \U0001F600 from the UK \U0001F1EC\U0001F1E7:\r\n"
                                           "The caf\u0065\u0301 sold 3\u00A0000 cr\u00E8me br\u00FBl\u00E9es \U0001F36E in a day.\r\n");
        const QString uniQuote = QStringLiteral("caf\u0065\u0301 sold 3\u00A0000 cr\u00E8me br\u00FBl\u00E9es \U0001F36E");
        QTest::newRow("unicode unchanged") << uni << uniQuote << 0 << uni << "exact" << uniQuote << qsizetype(29);
        QString uniMoved = uni;
        uniMoved.insert(1, QStringLiteral("\U0001F1EB\U0001F1F7\U0001F600 "));
        QTest::newRow("unicode moved") << uni << uniQuote << 0 << uniMoved << "moved" << uniQuote << qsizetype(33);
        QString uniFuzzy = uniMoved;
        uniFuzzy.replace(QStringLiteral("sold"), QStringLiteral("sells"));
        QTest::newRow("unicode fuzzy")
            << uni << uniQuote << 0 << uniFuzzy << "fuzzy"
            << QStringLiteral("caf\u0065\u0301 sells 3\u00A0000 cr\u00E8me br\u00FBl\u00E9es \U0001F36E") << qsizetype(33);
        QString crlf = uni;
        crlf.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        QTest::newRow("CRLF became LF") << uni << uniQuote << 0 << crlf << "moved" << uniQuote << qsizetype(28);
    }
    void reanchor()
    {
        QFETCH(QString, before);
        QFETCH(QString, exact);
        QFETCH(int, occurrence);
        QFETCH(QString, after);
        QFETCH(QString, state);
        QFETCH(QString, expectedText);
        QFETCH(qsizetype, expectedStart);

        const Claim original = claimOn(before, exact, occurrence);
        QCOMPARE(textAt(before, original.start, original.end), exact);
        QList<Claim> claims{original};
        const QList<AnchorResult> results = Claimbench::reanchor(after, claims);
        QCOMPARE(results.size(), 1);
        const AnchorResult &r = results.at(0);
        QCOMPARE(r.id, original.id);
        QCOMPARE(anchorStateToString(r.state), state);
        QCOMPARE(claims.at(0).start, r.start);
        QCOMPARE(claims.at(0).end, r.end);
        QCOMPARE(claims.at(0).quote, original.quote); // the last known quote is kept
        if (r.state == AnchorState::Orphan) {
            QCOMPARE(r.start, qsizetype(-1));
            QCOMPARE(r.score, 0.0);
            QVERIFY(claims.at(0).isOrphan());
            return;
        }
        QCOMPARE(textAt(after, r.start, r.end), expectedText);
        if (expectedStart >= 0)
            QCOMPARE(r.start, expectedStart);
        if (r.state == AnchorState::Fuzzy) {
            QVERIFY(r.score > 0.5);
            QVERIFY(r.score < 1.0);
        } else {
            QCOMPARE(r.score, 1.0);
        }
    }

    void manyClaimsAndSummary()
    {
        const QString base = P1 + P2 + P3;
        QList<Claim> claims{claimOn(base, Claimed), claimOn(base, QStringLiteral("the two areas")),
                            claimOn(base, QStringLiteral("mass resignation"))};
        Claim orphan;
        orphan.id = QUuid::createUuid();
        orphan.quote.exact = QStringLiteral("cultural and education links");
        claims.append(orphan); // an orphan whose words are back gets re-attached
        QString after = P3 + P2 + P1;
        after.replace(QStringLiteral("two areas"), QStringLiteral("two regions"));
        after.remove(QStringLiteral("mass resignation"));
        const QList<AnchorResult> results = Claimbench::reanchor(after, claims);
        const AnchorSummary s = summarize(results);
        QCOMPARE(s.exact, 0);
        QCOMPARE(s.moved, 2);
        QCOMPARE(s.fuzzy, 1);
        QCOMPARE(s.orphan, 1);
        QCOMPARE(results.at(3).state, AnchorState::Moved);
        QCOMPARE(textAt(after, claims.at(3).start, claims.at(3).end), orphan.quote.exact);
        QCOMPARE(results.at(2).state, AnchorState::Orphan);
    }
    void stateNames()
    {
        QCOMPARE(anchorStateToString(AnchorState::Exact), QStringLiteral("exact"));
        QCOMPARE(anchorStateToString(AnchorState::Moved), QStringLiteral("moved"));
        QCOMPARE(anchorStateToString(AnchorState::Fuzzy), QStringLiteral("fuzzy"));
        QCOMPARE(anchorStateToString(AnchorState::Orphan), QStringLiteral("orphan"));
    }
};

QTEST_GUILESS_MAIN(ReanchorTest)
#include "reanchor_test.moc"
