// SPDX-License-Identifier: GPL-2.0-or-later
#include "claim.h"

#include <QTest>

using namespace Claimbench;

class ClaimTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusStrings_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("id");
        QTest::newRow("open") << int(ClaimStatus::Open) << QStringLiteral("open");
        QTest::newRow("in-progress") << int(ClaimStatus::InProgress) << QStringLiteral("in-progress");
        QTest::newRow("second") << int(ClaimStatus::NeedsSecondReview) << QStringLiteral("needs-second-review");
        QTest::newRow("done") << int(ClaimStatus::Done) << QStringLiteral("done");
        QTest::newRow("dismissed") << int(ClaimStatus::Dismissed) << QStringLiteral("dismissed");
    }
    void statusStrings()
    {
        QFETCH(int, status);
        QFETCH(QString, id);
        QCOMPARE(statusToString(ClaimStatus(status)), id);
        ClaimStatus parsed = ClaimStatus::Open;
        QVERIFY(statusFromString(id, &parsed));
        QCOMPARE(int(parsed), status);
        QVERIFY(allStatusIds().contains(id));
    }
    void unknownStatus()
    {
        ClaimStatus s = ClaimStatus::Done;
        QVERIFY(!statusFromString(QStringLiteral("Open"), &s));
        QVERIFY(!statusFromString(QString(), &s));
        QCOMPARE(s, ClaimStatus::Done);
        QCOMPARE(allStatusIds().size(), 5);
    }
    void defaultScale()
    {
        const RatingScale scale = RatingScale::defaultScale();
        QStringList ids;
        for (const RatingLevel &l : scale.levels) {
            ids << l.id;
            QVERIFY(!l.label.isEmpty());
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("true"), QStringLiteral("mostly-true"), QStringLiteral("half-true"),
                                   QStringLiteral("mostly-false"), QStringLiteral("false"),
                                   QStringLiteral("misleading"), QStringLiteral("unproven"),
                                   QStringLiteral("not-checkable")}));
        QCOMPARE(scale.level(QStringLiteral("mostly-true")).label, QStringLiteral("Mostly true"));
        QVERIFY(scale.level(QStringLiteral("pants-on-fire")).id.isEmpty());
        QCOMPARE(scale.best(), 5);
        QCOMPARE(scale.worst(), 1);
        QVERIFY(scale.level(QStringLiteral("true")).value > scale.level(QStringLiteral("false")).value);
    }
    void codePoints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("utf16");
        QTest::addColumn<qsizetype>("codePoints");
        QTest::newRow("ascii") << QStringLiteral("hello") << qsizetype(3) << qsizetype(3);
        QTest::newRow("emoji") << QStringLiteral("a\U0001F600b") << qsizetype(3) << qsizetype(2);
        QTest::newRow("flag") << QStringLiteral("\U0001F1EC\U0001F1E7x") << qsizetype(4) << qsizetype(2);
        QTest::newRow("combining") << QStringLiteral("e\u0301t") << qsizetype(2) << qsizetype(2);
        QTest::newRow("end") << QStringLiteral("\U0001F600") << qsizetype(2) << qsizetype(1);
    }
    void codePoints()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, utf16);
        QFETCH(qsizetype, codePoints);
        QCOMPARE(toCodePoints(text, utf16), codePoints);
        QCOMPARE(toUtf16(text, codePoints), utf16);
        const CodePointIndex index(text);
        QVERIFY(index.isValid());
        QCOMPARE(index.toCodePoints(utf16), codePoints);
        QCOMPARE(index.toUtf16(codePoints), utf16);
        QCOMPARE(index.codePointLength(), codePointLength(text));
        QCOMPARE(toUtf16(text, codePointLength(text) + 1), qsizetype(-1));
        QCOMPARE(index.toUtf16(codePointLength(text) + 1), qsizetype(-1));
    }
    void codePointIndexLarge()
    {
        // Across many checkpoints, the index agrees with the plain conversion everywhere.
        QString text;
        for (int i = 0; i < 5000; ++i)
            text += (i % 7 == 0) ? QStringLiteral("\U0001F600") : QStringLiteral("x");
        const CodePointIndex index(text);
        QCOMPARE(index.codePointLength(), codePointLength(text));
        for (qsizetype cp = 0; cp <= index.codePointLength(); cp += 13) {
            const qsizetype u = toUtf16(text, cp);
            QCOMPARE(index.toUtf16(cp), u);
            QCOMPARE(index.toCodePoints(u), cp);
        }
    }
    void sortClaims()
    {
        ClaimSetData data;
        Claim orphan, a, b, c;
        orphan.id = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-000000000001"));
        a.id = QUuid::fromString(QStringLiteral("f0000000-0000-4000-8000-000000000000"));
        a.start = 5;
        a.end = 9;
        b.id = QUuid::fromString(QStringLiteral("10000000-0000-4000-8000-000000000000"));
        b.start = 5;
        b.end = 6;
        c.id = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-000000000009"));
        c.start = 1;
        c.end = 2;
        data.claims = {orphan, a, b, c};
        data.sortClaims();
        QCOMPARE(data.claims.at(0).id, c.id);
        QCOMPARE(data.claims.at(1).id, b.id);
        QCOMPARE(data.claims.at(2).id, a.id);
        QCOMPARE(data.claims.at(3).id, orphan.id);
    }
};

QTEST_GUILESS_MAIN(ClaimTest)
#include "claim_test.moc"
