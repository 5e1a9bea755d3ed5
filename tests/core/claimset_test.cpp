// SPDX-License-Identifier: GPL-2.0-or-later
#include "claimset.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Claimbench;

namespace {
Claim makeClaim(qsizetype start, qsizetype end, const QString &exact)
{
    Claim c;
    c.claimType = QStringLiteral("quantity");
    c.start = start;
    c.end = end;
    c.quote.exact = exact;
    return c;
}
} // namespace

class ClaimSetTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void setRatingScaleIsReversible()
    {
        ClaimSet set;
        const QUuid id = set.addClaim(makeClaim(10, 20, QStringLiteral("quote")));
        QVERIFY(set.setField(id, QStringLiteral("verdict"), QStringLiteral("half-true")).isNull());
        QSignalSpy scaleChanged(&set, &ClaimSet::ratingScaleChanged);
        QSignalSpy changed(&set, &ClaimSet::changed);
        RatingScale scale;
        scale.levels = {RatingLevel{QStringLiteral("correct"), QStringLiteral("Correct"), 3},
                        RatingLevel{QStringLiteral("wrong"), QStringLiteral("Wrong"), 1}};
        const RatingScale previous = set.setRatingScale(scale);
        QCOMPARE(previous, RatingScale::defaultScale());
        QCOMPARE(set.data().ratingScale, scale);
        QCOMPARE(set.data().ratingScale.level(QStringLiteral("correct")).value, 3);
        QCOMPARE(scaleChanged.count(), 1);
        QCOMPARE(changed.count(), 1);
        // Verdicts are left alone, and no history is written for the document-wide scale.
        QCOMPARE(set.claim(id).verdict, QStringLiteral("half-true"));
        // The same scale again is no change.
        QCOMPARE(set.setRatingScale(scale), scale);
        QCOMPARE(scaleChanged.count(), 1);
        QCOMPARE(changed.count(), 1);
        // Setting the returned scale back undoes it.
        QCOMPARE(set.setRatingScale(previous), scale);
        QCOMPARE(set.data().ratingScale, RatingScale::defaultScale());
        QCOMPARE(scaleChanged.count(), 2);
        QCOMPARE(changed.count(), 2);
    }
    void addKeepsPositionOrder()
    {
        ClaimSet set;
        set.setAuthor(QStringLiteral("ana"));
        QSignalSpy added(&set, &ClaimSet::claimAdded);
        QSignalSpy changed(&set, &ClaimSet::changed);
        const QUuid late = set.addClaim(makeClaim(50, 60, QStringLiteral("late")));
        const QUuid early = set.addClaim(makeClaim(10, 20, QStringLiteral("early")));
        QVERIFY(!late.isNull());
        QCOMPARE(added.count(), 2);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(set.count(), 2);
        QCOMPARE(set.claims().at(0).id, early);
        QCOMPARE(set.indexOf(late), 1);
        const Claim c = set.claim(early);
        QCOMPARE(c.createdBy, QStringLiteral("ana"));
        QVERIFY(c.created.isValid());
        QCOMPARE(c.history.size(), 1);
        QCOMPARE(c.history.at(0).field, QStringLiteral("created"));
        // The same id twice is refused.
        Claim dup = c;
        QVERIFY(set.addClaim(dup).isNull());
        QCOMPARE(set.count(), 2);
    }
    void setFieldRecordsHistory_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QJsonValue>("before");
        QTest::newRow("status") << QStringLiteral("status") << QJsonValue(QStringLiteral("in-progress"))
                                << QJsonValue(QStringLiteral("open"));
        QTest::newRow("verdict") << QStringLiteral("verdict") << QJsonValue(QStringLiteral("mostly-false"))
                                 << QJsonValue(QJsonValue::Null);
        QTest::newRow("notes") << QStringLiteral("notes") << QJsonValue(QStringLiteral("*checked*"))
                               << QJsonValue(QString());
        QTest::newRow("claimType") << QStringLiteral("claimType") << QJsonValue(QStringLiteral("x-unknown"))
                                   << QJsonValue(QStringLiteral("quantity"));
        QTest::newRow("fields") << QStringLiteral("fields.unit") << QJsonValue(QStringLiteral("GBP"))
                                << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("checklist") << QStringLiteral("checklist.primary-source") << QJsonValue(true)
                                   << QJsonValue(QJsonValue::Null);
        QJsonObject source{{QStringLiteral("url"), QStringLiteral("https://example.org/a")}};
        QTest::newRow("sources") << QStringLiteral("sources") << QJsonValue(QJsonArray{source})
                                 << QJsonValue(QJsonArray());
    }
    void setFieldRecordsHistory()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QJsonValue, before);
        ClaimSet set;
        set.setAuthor(QStringLiteral("ben"));
        const QUuid id = set.addClaim(makeClaim(0, 4, QStringLiteral("text")));
        QSignalSpy changedSpy(&set, &ClaimSet::claimChanged);
        bool ok = false;
        const QJsonValue previous = set.setField(id, field, value, &ok);
        QVERIFY(ok);
        QCOMPARE(previous.isUndefined() ? QJsonValue(QJsonValue::Null) : previous,
                 before.isUndefined() ? QJsonValue(QJsonValue::Null) : before);
        QCOMPARE(set.field(id, field), value);
        QCOMPARE(changedSpy.count(), 1);
        QCOMPARE(changedSpy.at(0).at(1).toString(), field);
        const Claim c = set.claim(id);
        QCOMPARE(c.history.size(), 2);
        QCOMPARE(c.history.last().field, field);
        QCOMPARE(c.history.last().author, QStringLiteral("ben"));
        QCOMPARE(c.history.last().to, value);
        // Reversible: setting the previous value back restores the claim's field.
        QVERIFY(set.setField(id, field, previous, &ok) == value);
        QVERIFY(ok);
        const QJsonValue restored = set.field(id, field);
        QVERIFY(restored == previous || (restored.isNull() && (previous.isNull() || previous.isUndefined()))
                || (restored.isString() && restored.toString().isEmpty() && previous.toString().isEmpty()));
        QCOMPARE(set.claim(id).history.size(), 3);
    }
    void setFieldRejects_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("unknown status") << QStringLiteral("status") << QJsonValue(QStringLiteral("finished"));
        QTest::newRow("unknown verdict") << QStringLiteral("verdict") << QJsonValue(QStringLiteral("pants"));
        QTest::newRow("unknown field") << QStringLiteral("colour") << QJsonValue(QStringLiteral("red"));
        QTest::newRow("checklist not bool") << QStringLiteral("checklist.x") << QJsonValue(3);
        QTest::newRow("target reversed")
            << QStringLiteral("target")
            << QJsonValue(QJsonObject{{QStringLiteral("start"), 5}, {QStringLiteral("end"), 2}});
    }
    void setFieldRejects()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        ClaimSet set;
        const QUuid id = set.addClaim(makeClaim(0, 4, QStringLiteral("text")));
        const Claim before = set.claim(id);
        QSignalSpy changed(&set, &ClaimSet::changed);
        bool ok = true;
        set.setField(id, field, value, &ok);
        QVERIFY(!ok);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(set.claim(id), before);
        set.setField(QUuid::createUuid(), QStringLiteral("notes"), QStringLiteral("x"), &ok);
        QVERIFY(!ok);
    }
    void removeAndRestore()
    {
        ClaimSet set;
        const QUuid id = set.addClaim(makeClaim(3, 8, QStringLiteral("words")));
        set.addClaim(makeClaim(0, 1, QStringLiteral("a")));
        QSignalSpy removed(&set, &ClaimSet::claimRemoved);
        QSignalSpy added(&set, &ClaimSet::claimAdded);
        const Claim old = set.claim(id);
        const Claim taken = set.removeClaim(id);
        QCOMPARE(taken, old);
        QCOMPARE(removed.count(), 1);
        QVERIFY(!set.claim(id).isValid());
        QCOMPARE(set.indexOf(id), qsizetype(-1));
        QVERIFY(!set.removeClaim(id).isValid());
        QVERIFY(set.restoreClaim(taken));
        QCOMPARE(added.count(), 1);
        const Claim back = set.claim(id);
        QCOMPARE(back.history.size(), old.history.size() + 1);
        QCOMPARE(back.history.last().field, QStringLiteral("restored"));
        QCOMPARE(set.indexOf(id), 1);
        QVERIFY(!set.restoreClaim(taken));
    }
    void positionsAndOrphans()
    {
        ClaimSet set;
        const QUuid a = set.addClaim(makeClaim(0, 4, QStringLiteral("aaaa")));
        const QUuid b = set.addClaim(makeClaim(10, 14, QStringLiteral("bbbb")));
        QSignalSpy moved(&set, &ClaimSet::claimMoved);
        QVERIFY(set.setPosition(a, 20, 24));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(set.claims().at(0).id, b);
        QVERIFY(set.setPosition(b, -1, -1));
        QVERIFY(set.claim(b).isOrphan());
        QCOMPARE(set.claim(b).quote.exact, QStringLiteral("bbbb"));
        QCOMPARE(set.claims().last().id, b);
        QVERIFY(!set.setPosition(a, 5, 2));
        QCOMPARE(set.claim(a).history.size(), 1); // following text is not a review change
    }
    void setDataAndDismissed()
    {
        ClaimSet set;
        QSignalSpy reset(&set, &ClaimSet::reset);
        ClaimSetData data;
        Claim x = makeClaim(9, 10, QStringLiteral("x"));
        x.id = QUuid::createUuid();
        Claim y = makeClaim(1, 2, QStringLiteral("y"));
        y.id = QUuid::createUuid();
        data.claims = {x, y};
        set.setData(data);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(set.claims().at(0).id, y.id);
        QCOMPARE(set.claim(x.id).quote.exact, QStringLiteral("x"));
        QSignalSpy changed(&set, &ClaimSet::changed);
        const DismissedSuggestion s{QStringLiteral("quantity"), QStringLiteral("42 million")};
        set.addDismissed(s);
        set.addDismissed(s);
        QCOMPARE(set.data().dismissed.size(), 1);
        QVERIFY(set.removeDismissed(s));
        QVERIFY(!set.removeDismissed(s));
        set.setReviewers({QStringLiteral("ana")});
        QCOMPARE(set.data().reviewers, QStringList{QStringLiteral("ana")});
        QCOMPARE(changed.count(), 3);
    }
    void sourceJson()
    {
        Source s;
        s.url = QStringLiteral("https://example.org");
        s.title = QStringLiteral("T");
        s.accessed = QDate(2026, 11, 1);
        s.extra.insert(QStringLiteral("x-future"), 1);
        const QJsonObject o = sourceToJson(s);
        QCOMPARE(o.value(QStringLiteral("accessed")).toString(), QStringLiteral("2026-11-01"));
        QCOMPARE(sourceFromJson(o), s);
    }
};

QTEST_GUILESS_MAIN(ClaimSetTest)
#include "claimset_test.moc"
