// SPDX-License-Identifier: GPL-2.0-or-later
#include "claimset.h"
#include "merge.h"
#include "sidecar.h"
#include "sidecar_p.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <functional>

using namespace Claimbench;

Q_DECLARE_METATYPE(ClaimSetData)

namespace {
QUuid uuid(int n)
{
    return QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}
const QUuid A = uuid(1), B = uuid(2), C = uuid(3);

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 11, 20), QTime(9, minute), QTimeZone::UTC);
}

Claim claim(const QUuid &id, qsizetype start = 1)
{
    Claim c;
    c.id = id;
    c.claimType = QStringLiteral("quantity");
    c.quote.exact = QStringLiteral("x");
    c.start = start;
    c.end = start + 1;
    c.created = c.modified = at(0);
    c.history = {{at(0), QStringLiteral("Ana"), QStringLiteral("created"), QJsonValue(), QStringLiteral("quantity")}};
    return c;
}

ClaimSetData set(const QList<Claim> &claims)
{
    ClaimSetData d;
    d.document = {QStringLiteral("a.txt"), QStringLiteral("text/plain"), QString(), 100};
    d.claims = claims;
    d.sortClaims();
    return d;
}

Claim with(Claim c, const std::function<void(Claim &)> &change)
{
    change(c);
    return c;
}

FieldConflict conflict(const char *field, const QJsonValue &base, const QJsonValue &mine, const QJsonValue &theirs)
{
    return FieldConflict{QLatin1String(field), base, mine, theirs};
}
} // namespace

class MergeTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matrix_data()
    {
        QTest::addColumn<ClaimSetData>("base");
        QTest::addColumn<ClaimSetData>("mine");
        QTest::addColumn<ClaimSetData>("theirs");
        QTest::addColumn<ClaimSetData>("expected");
        QTest::addColumn<QList<QUuid>>("conflicted");
        const Claim a = claim(A), b = claim(B, 5), c = claim(C, 9);
        auto notes = [](const char *n) { return [n](Claim &x) { x.notes = QLatin1String(n); }; };
        const QList<QUuid> none;

        QTest::newRow("added on each side") << set({}) << set({a}) << set({b}) << set({a, b}) << none;
        QTest::newRow("added on both sides alike") << set({}) << set({a, c}) << set({a, b}) << set({a, b, c}) << none;
        {
            const Claim m = with(a, [](Claim &x) { x.verdict = QStringLiteral("true"); x.notes = QStringLiteral("same"); });
            const Claim t = with(a, [](Claim &x) { x.verdict = QStringLiteral("false"); x.notes = QStringLiteral("same"); });
            QTest::newRow("added on both sides differently")
                << set({}) << set({m}) << set({t})
                << set({with(m, [](Claim &x) { x.conflicts = {conflict("verdict", QJsonValue(), QStringLiteral("true"), QStringLiteral("false"))}; })})
                << QList<QUuid>{A};
        }
        QTest::newRow("changed in theirs only") << set({a}) << set({a, c}) << set({with(a, notes("t"))})
                                                << set({with(a, notes("t")), c}) << none;
        QTest::newRow("changed in mine only") << set({a, b}) << set({with(a, notes("m")), b}) << set({a})
                                              << set({with(a, notes("m"))}) << none;
        {
            const Claim done = with(a, [](Claim &x) { x.status = ClaimStatus::Done; });
            QTest::newRow("same change on both sides") << set({a}) << set({done}) << set({done, b}) << set({done, b}) << none;
        }
        QTest::newRow("different fields combine")
            << set({a}) << set({with(a, notes("m"))}) << set({with(a, [](Claim &x) { x.verdict = QStringLiteral("true"); x.checklist[QStringLiteral("s")] = true; })})
            << set({with(a, [](Claim &x) { x.notes = QStringLiteral("m"); x.verdict = QStringLiteral("true"); x.checklist[QStringLiteral("s")] = true; })})
            << none;
        QTest::newRow("same field changed differently")
            << set({a}) << set({with(a, notes("m"))}) << set({with(a, notes("t"))})
            << set({with(a, [](Claim &x) { x.notes = QStringLiteral("m"); x.conflicts = {conflict("notes", QString(), QStringLiteral("m"), QStringLiteral("t"))}; })})
            << QList<QUuid>{A};
        {
            // 2^53 + 1 and 2^53 are one double: only an exact comparison sees two changes.
            auto n = [](qint64 v) { return [v](Claim &x) { x.fields[QStringLiteral("n")] = v; }; };
            QTest::newRow("exact numbers")
                << set({with(a, n(1))}) << set({with(a, n(9007199254740993))}) << set({with(a, n(9007199254740992))})
                << set({with(a, [](Claim &x) {
                       x.fields[QStringLiteral("n")] = qint64(9007199254740993);
                       x.conflicts = {conflict("fields.n", 1, qint64(9007199254740993), qint64(9007199254740992))};
                   })})
                << QList<QUuid>{A};
        }
        {
            const FieldConflict cf = conflict("notes", QString(), QStringLiteral("m"), QStringLiteral("t"));
            const auto withConflict = [&cf](const char *n) {
                return [n, cf](Claim &x) { x.notes = QLatin1String(n); x.conflicts = {cf}; };
            };
            QTest::newRow("an identical conflict is not repeated")
                << set({a}) << set({with(a, withConflict("m"))}) << set({with(a, withConflict("t"))})
                << set({with(a, withConflict("m"))}) << none;
            const FieldConflict other = conflict("verdict", QJsonValue(), QStringLiteral("true"), QStringLiteral("false"));
            QTest::newRow("existing conflicts of both sides kept")
                << set({a}) << set({with(a, [&cf](Claim &x) { x.conflicts = {cf}; })})
                << set({with(a, [&other](Claim &x) { x.conflicts = {other}; })})
                << set({with(a, [&cf, &other](Claim &x) { x.conflicts = {cf, other}; })}) << none;
        }
        QTest::newRow("deleted in theirs, unchanged in mine") << set({a, b}) << set({a, b, c}) << set({b}) << set({b, c}) << none;
        QTest::newRow("deleted in mine, unchanged in theirs") << set({a, b}) << set({b}) << set({a, b, c}) << set({b, c}) << none;
        QTest::newRow("deleted in mine, changed in theirs")
            << set({a, b}) << set({b}) << set({with(a, notes("t")), b})
            << set({with(a, [](Claim &x) { x.notes = QStringLiteral("t"); x.conflicts = {conflict("removed", true, QJsonValue(), true)}; }), b})
            << QList<QUuid>{A};
        QTest::newRow("deleted in theirs, changed in mine")
            << set({a, b}) << set({with(a, notes("m")), b}) << set({b})
            << set({with(a, [](Claim &x) { x.notes = QStringLiteral("m"); x.conflicts = {conflict("removed", true, true, QJsonValue())}; }), b})
            << QList<QUuid>{A};
        QTest::newRow("deleted on both sides") << set({a, b}) << set({b, c}) << set({b}) << set({b, c}) << none;
        {
            const Claim orphan = with(a, [](Claim &x) { x.start = x.end = -1; });
            const Claim moved = with(a, [](Claim &x) { x.start = 7; x.end = 8; });
            const Claim movedElsewhere = with(a, [](Claim &x) { x.start = 3; x.end = 4; });
            QTest::newRow("orphan here, re-anchored there") << set({a}) << set({orphan}) << set({moved}) << set({moved}) << none;
            QTest::newRow("re-anchored here, orphan there") << set({a}) << set({moved}) << set({orphan}) << set({moved}) << none;
            QJsonObject tb{{QStringLiteral("start"), 1}, {QStringLiteral("end"), 2}, {QStringLiteral("exact"), QStringLiteral("x")},
                           {QStringLiteral("prefix"), QString()}, {QStringLiteral("suffix"), QString()}};
            QJsonObject tm = tb, tt = tb;
            tm[QStringLiteral("start")] = 7;
            tm[QStringLiteral("end")] = 8;
            tt[QStringLiteral("start")] = 3;
            tt[QStringLiteral("end")] = 4;
            QTest::newRow("moved differently on both sides")
                << set({a}) << set({moved}) << set({movedElsewhere})
                << set({with(moved, [&](Claim &x) { x.conflicts = {conflict("target", tb, tm, tt)}; })}) << QList<QUuid>{A};
        }
        {
            const HistoryEntry h2{at(2), QStringLiteral("Ben"), QStringLiteral("notes"), QString(), QStringLiteral("t")};
            const HistoryEntry h3{at(3), QStringLiteral("Ana"), QStringLiteral("verdict"), QJsonValue(), QStringLiteral("true")};
            const Claim m = with(a, [&](Claim &x) { x.verdict = QStringLiteral("true"); x.history.append(h3); x.modified = at(3); });
            const Claim t = with(a, [&](Claim &x) { x.notes = QStringLiteral("t"); x.history.append(h2); x.modified = at(2); });
            QTest::newRow("history: union by time, modified the later")
                << set({a}) << set({m}) << set({t})
                << set({with(a, [&](Claim &x) {
                       x.verdict = QStringLiteral("true");
                       x.notes = QStringLiteral("t");
                       x.history << h2 << h3;
                       x.modified = at(3);
                   })})
                << none;
        }
        {
            ClaimSetData b0 = set({a}), m = b0, t = b0, e = b0;
            b0.reviewers = {QStringLiteral("R1"), QStringLiteral("R0")};
            m.reviewers = {QStringLiteral("R0"), QStringLiteral("R1"), QStringLiteral("R2")};
            t.reviewers = {QStringLiteral("R1"), QStringLiteral("R0"), QStringLiteral("R3")};
            e.reviewers = {QStringLiteral("R1"), QStringLiteral("R0"), QStringLiteral("R2"), QStringLiteral("R3")};
            const DismissedSuggestion d1{QStringLiteral("t"), QStringLiteral("q1")}, d2{QStringLiteral("t"), QStringLiteral("q2")};
            m.dismissed = {d1};
            t.dismissed = {d2};
            e.dismissed = {d1, d2};
            m.extra.insert(QStringLiteral("x-m"), 1);
            t.extra.insert(QStringLiteral("x-t"), 2);
            e.extra = {{QStringLiteral("x-m"), 1}, {QStringLiteral("x-t"), 2}};
            t.ratingScale.levels.removeLast();
            e.ratingScale = t.ratingScale;
            t.document.sha256 = QString(64, QLatin1Char('b')); // the document: mine's, the one this writer has open
            QTest::newRow("top level: reviewers, dismissed, extra, rating scale") << b0 << m << t << e << none;
        }
        {
            // The fact-check members merge per field like the notes: the claimant as one field (name and role
            // together: a name with another person's role would be wrong), the appearance as one.
            const Claimant ana{QStringLiteral("Ana"), QStringLiteral("Mayor")};
            const Claimant ben{QStringLiteral("Ben"), QStringLiteral("MP")};
            const Claim m = with(a, [&](Claim &x) {
                x.claimant = ana;
                x.statement = QStringLiteral("mine");
                x.assignee = QStringLiteral("Ana");
            });
            const Claim t = with(a, [&](Claim &x) {
                x.claimant = ben;
                x.statement = QStringLiteral("mine");
                x.conclusion = QStringLiteral("theirs");
                x.appearance = {QStringLiteral("https://example.org/t"), QDate(2026, 11, 2)};
                x.approvedBy = QStringLiteral("Cy");
                x.approved = at(5);
            });
            QTest::newRow("fact-check fields")
                << set({a}) << set({m}) << set({t})
                << set({with(m, [&](Claim &x) {
                       x.conclusion = QStringLiteral("theirs");
                       x.appearance = t.appearance;
                       x.approvedBy = QStringLiteral("Cy");
                       x.approved = at(5);
                       x.conflicts = {conflict("claimant", QJsonValue(),
                                               QJsonObject{{QStringLiteral("name"), QStringLiteral("Ana")},
                                                           {QStringLiteral("role"), QStringLiteral("Mayor")}},
                                               QJsonObject{{QStringLiteral("name"), QStringLiteral("Ben")},
                                                           {QStringLiteral("role"), QStringLiteral("MP")}})};
                   })})
                << QList<QUuid>{A};
        }
        {
            // Where the article came from: the side that changed it. The publication: member by member.
            ClaimSetData b0 = set({a}), m = b0, t = b0, e = b0;
            b0.publication.publisher = QStringLiteral("Desk");
            m.publication = b0.publication;
            m.publication.url = QStringLiteral("https://desk.example.org/r");
            t.publication = b0.publication;
            t.publication.publisher = QStringLiteral("Desk Ltd");
            t.publication.datePublished = QDate(2026, 11, 29);
            t.document.source.url = QStringLiteral("https://news.example/a");
            e.publication = {QStringLiteral("Desk Ltd"), QString(), QString(), QStringLiteral("https://desk.example.org/r"),
                             QString(), QDate(2026, 11, 29)};
            e.document.source = t.document.source;
            QTest::newRow("top level: publication, document source") << b0 << m << t << e << none;
        }
        {
            // A number's text in the file follows its value into the merge.
            const Claim t = with(a, [](Claim &x) {
                x.fields[QStringLiteral("n")] = 1;
                x.numberTexts.insert(QStringLiteral("/fields/n"), "1.0");
            });
            QTest::newRow("number texts follow the value")
                << set({a}) << set({with(a, notes("m"))}) << set({t})
                << set({with(t, notes("m"))}) << none;
        }
    }
    void matrix()
    {
        QFETCH(ClaimSetData, base);
        QFETCH(ClaimSetData, mine);
        QFETCH(ClaimSetData, theirs);
        QFETCH(ClaimSetData, expected);
        QFETCH(QList<QUuid>, conflicted);
        const MergeResult r = mergeClaimSets(base, mine, theirs);
        QCOMPARE(r.merged.claims.size(), expected.claims.size());
        for (qsizetype i = 0; i < expected.claims.size(); ++i) {
            QCOMPARE(r.merged.claims.at(i).conflicts, expected.claims.at(i).conflicts);
            QCOMPARE(r.merged.claims.at(i), expected.claims.at(i));
        }
        QCOMPARE(r.merged, expected);
        QCOMPARE(Sidecar::serialize(r.merged), Sidecar::serialize(expected)); // exact, numbers too
        QCOMPARE(r.conflicted, conflicted);
        QCOMPARE(r.isClean(), conflicted.isEmpty());

        // Properties: deterministic; a side equal to base gives the other side.
        QCOMPARE(mergeClaimSets(base, mine, theirs).merged, r.merged);
        QCOMPARE(mergeClaimSets(base, mine, base).merged, mine);
        QCOMPARE(mergeClaimSets(base, base, theirs).merged, theirs);
        QCOMPARE(mergeClaimSets(base, theirs, theirs).merged, theirs);
        QVERIFY(mergeClaimSets(base, mine, base).isClean());
    }
    void numberTextWritten()
    {
        const Claim a = claim(A);
        const Claim t = with(a, [](Claim &x) {
            x.fields[QStringLiteral("n")] = 1;
            x.numberTexts.insert(QStringLiteral("/fields/n"), "1.0");
        });
        const MergeResult r = mergeClaimSets(set({a}), set({with(a, [](Claim &x) { x.notes = QStringLiteral("m"); })}), set({t}));
        QVERIFY(Sidecar::serialize(r.merged).contains("\"n\": 1.0\n"));
    }
    void resolve_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("chosen");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("notes"); // afterwards; empty: the claim is gone
        QTest::newRow("theirs") << QStringLiteral("notes") << QJsonValue(QStringLiteral("t")) << true << QStringLiteral("t");
        QTest::newRow("mine") << QStringLiteral("notes") << QJsonValue(QStringLiteral("m")) << true << QStringLiteral("m");
        QTest::newRow("no such conflict") << QStringLiteral("verdict") << QJsonValue(QStringLiteral("true")) << false << QStringLiteral("m");
        QTest::newRow("keep the claim") << QStringLiteral("removed") << QJsonValue(true) << true << QStringLiteral("m");
        QTest::newRow("remove the claim") << QStringLiteral("removed") << QJsonValue(false) << true << QString();
    }
    void resolve()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, chosen);
        QFETCH(bool, ok);
        QFETCH(QString, notes);
        Claim a = with(claim(A), [](Claim &x) {
            x.notes = QStringLiteral("m");
            x.conflicts = {conflict("notes", QString(), QStringLiteral("m"), QStringLiteral("t")),
                           conflict("removed", true, true, QJsonValue())};
        });
        ClaimSet set;
        set.setAuthor(QStringLiteral("Ana"));
        set.setData(::set({a}));
        QSignalSpy changedClaim(&set, &ClaimSet::claimChanged);
        QSignalSpy changed(&set, &ClaimSet::changed);
        QCOMPARE(set.resolveConflict(A, field, chosen), ok);
        if (notes.isEmpty()) {
            QCOMPARE(set.count(), 0);
            return;
        }
        const Claim after = set.claim(A);
        QCOMPARE(after.notes, notes);
        QList<QString> left;
        for (const FieldConflict &c : after.conflicts)
            left.append(c.field);
        QCOMPARE(left.contains(field), !ok && field == QLatin1String("notes"));
        QCOMPARE(after.conflicts.size(), ok ? 1 : 2);
        if (!ok) {
            QCOMPARE(changed.count(), 0);
            return;
        }
        QCOMPARE(changedClaim.last(), (QList<QVariant>{A, QStringLiteral("conflicts")}));
        QVERIFY(changed.count() >= 1);
        const bool valueChanged = field == QLatin1String("notes") && notes != QLatin1String("m");
        QCOMPARE(after.history.size(), a.history.size() + (valueChanged ? 1 : 0));
        if (valueChanged)
            QCOMPARE(after.history.last().field, QStringLiteral("notes"));
    }
    void resolveRefusesInvalidValue()
    {
        ClaimSet set;
        set.setData(::set({with(claim(A), [](Claim &x) { x.conflicts = {conflict("status", QStringLiteral("open"), QStringLiteral("done"), QStringLiteral("open"))}; })}));
        QVERIFY(!set.resolveConflict(A, QStringLiteral("status"), QStringLiteral("finished")));
        QCOMPARE(set.claim(A).conflicts.size(), 1);
        QVERIFY(!set.resolveConflict(B, QStringLiteral("status"), QStringLiteral("open")));
        QVERIFY(set.resolveConflict(A, QStringLiteral("status"), QStringLiteral("open")));
        QCOMPARE(set.claim(A).conflicts.size(), 0);
        QCOMPARE(set.claim(A).status, ClaimStatus::Open);
    }
    // The git merge driver's order-free merge: A into B and B into A give the same claims, conflicts and bytes.
    void unorderedIsSymmetric_data()
    {
        QTest::addColumn<ClaimSetData>("base");
        QTest::addColumn<ClaimSetData>("a");
        QTest::addColumn<ClaimSetData>("b");
        QTest::addColumn<int>("conflicts");
        const ClaimSetData base = set({claim(A), claim(B, 5)});
        QTest::newRow("same field") << base
            << set({with(claim(A), [](Claim &x) { x.verdict = QStringLiteral("true"); }), claim(B, 5)})
            << set({with(claim(A), [](Claim &x) { x.verdict = QStringLiteral("false"); }), claim(B, 5)}) << 1;
        QTest::newRow("removed and changed") << base << set({claim(A)})
            << set({claim(A), with(claim(B, 5), [](Claim &x) { x.notes = QStringLiteral("kept"); })}) << 1;
        QTest::newRow("different fields") << base
            << set({with(claim(A), [](Claim &x) { x.notes = QStringLiteral("n"); }), claim(B, 5)})
            << set({with(claim(A), [](Claim &x) { x.verdict = QStringLiteral("true"); }), claim(B, 5)}) << 0;
        QTest::newRow("history at the same time") << base
            << set({with(claim(A), [](Claim &x) {
                   x.notes = QStringLiteral("n");
                   x.history.append({at(5), QStringLiteral("Ana"), QStringLiteral("notes"), QString(), QStringLiteral("n")});
               }), claim(B, 5)})
            << set({with(claim(A), [](Claim &x) {
                   x.verdict = QStringLiteral("true");
                   x.history.append({at(5), QStringLiteral("Ben"), QStringLiteral("verdict"), QJsonValue(), QStringLiteral("true")});
               }), claim(B, 5)}) << 0;
        QTest::newRow("created by, both") << base
            << set({with(claim(A), [](Claim &x) { x.createdBy = QStringLiteral("Ana"); }), claim(B, 5)})
            << set({with(claim(A), [](Claim &x) { x.createdBy = QStringLiteral("Ben"); }), claim(B, 5)}) << 0;
        ClaimSetData ra = base, rb = base;
        ra.reviewers = {QStringLiteral("Ana")};
        rb.reviewers = {QStringLiteral("Ben")};
        ra.dismissed = {{QStringLiteral("quantity"), QStringLiteral("12%")}};
        rb.dismissed = {{QStringLiteral("quantity"), QStringLiteral("40 km")}};
        QTest::newRow("reviewers and dismissals") << base << ra << rb << 0;
    }
    void unorderedIsSymmetric()
    {
        QFETCH(ClaimSetData, base);
        QFETCH(ClaimSetData, a);
        QFETCH(ClaimSetData, b);
        QFETCH(int, conflicts);
        const MergeResult ab = mergeClaimSetsUnordered(base, a, b), ba = mergeClaimSetsUnordered(base, b, a);
        QCOMPARE(ab.merged, ba.merged);
        QCOMPARE(Sidecar::serialize(ab.merged), Sidecar::serialize(ba.merged));
        QCOMPARE(ab.conflicted, ba.conflicted);
        QCOMPARE(ab.conflicted.size(), conflicts);
        // Still a merge: everything either side changed is in it (as the value, or as a conflict's two values).
        QCOMPARE(ab.merged, mergeClaimSets(base, Sidecar::serialize(a) <= Sidecar::serialize(b) ? a : b,
                                           Sidecar::serialize(a) <= Sidecar::serialize(b) ? b : a).merged);
        qsizetype found = 0;
        for (const Claim &c : ab.merged.claims)
            found += c.conflicts.size();
        QCOMPARE(found, qsizetype(conflicts));
    }
    // The driver orders the sides by their bytes without writing both whole: the same order as comparing
    // Sidecar::serialize() of each, wherever the first difference is.
    void compareSerializedIsByteOrder_data()
    {
        QTest::addColumn<ClaimSetData>("a");
        QTest::addColumn<ClaimSetData>("b");
        QList<Claim> claims;
        for (int i = 0; i < 300; ++i)
            claims.append(claim(uuid(i + 1), 2 * i));
        const ClaimSetData many = set(claims);
        auto changed = [&many](const std::function<void(ClaimSetData &)> &change) {
            ClaimSetData d = many;
            change(d);
            return d;
        };
        QTest::newRow("equal") << many << many;
        QTest::newRow("reviewers (before the claims)")
            << changed([](ClaimSetData &d) { d.reviewers = {QStringLiteral("Ben")}; })
            << changed([](ClaimSetData &d) { d.reviewers = {QStringLiteral("Ana")}; });
        QTest::newRow("a claim in the middle")
            << changed([](ClaimSetData &d) { d.claims[150].notes = QStringLiteral("b"); })
            << changed([](ClaimSetData &d) { d.claims[150].notes = QStringLiteral("a"); });
        QTest::newRow("non-ASCII sorts after ASCII (UTF-8 bytes)")
            << changed([](ClaimSetData &d) { d.claims[7].notes = QStringLiteral("caf\u00e9"); })
            << changed([](ClaimSetData &d) { d.claims[7].notes = QStringLiteral("cafz"); });
        QTest::newRow("the last claim")
            << changed([](ClaimSetData &d) { d.claims.last().verdict = QStringLiteral("true"); })
            << changed([](ClaimSetData &d) { d.claims.last().verdict = QStringLiteral("false"); });
        QTest::newRow("one claim fewer") << changed([](ClaimSetData &d) { d.claims.removeLast(); }) << many;
        QTest::newRow("dismissed (after the claims)")
            << changed([](ClaimSetData &d) { d.dismissed = {{QStringLiteral("quantity"), QStringLiteral("40 km")}}; })
            << changed([](ClaimSetData &d) { d.dismissed = {{QStringLiteral("quantity"), QStringLiteral("12%")}}; });
        QTest::newRow("claims in another order, same bytes")
            << changed([](ClaimSetData &d) { std::reverse(d.claims.begin(), d.claims.end()); }) << many;
        QTest::newRow("no claims") << set({}) << set({claim(A)});
    }
    void compareSerializedIsByteOrder()
    {
        QFETCH(ClaimSetData, a);
        QFETCH(ClaimSetData, b);
        const QByteArray ab = Sidecar::serialize(a), bb = Sidecar::serialize(b);
        const int expected = ab < bb ? -1 : (ab == bb ? 0 : 1);
        QCOMPARE(SidecarInternal::compareSerialized(a, b), expected);
        QCOMPARE(SidecarInternal::compareSerialized(b, a), -expected);
    }
    // At the size of a desk's long article, with ids that differ only in their last bytes (as generated ids do):
    // both orders give the same bytes, the merge is the one in the order of the sides' bytes, nothing is lost.
    void unorderedAtScale()
    {
        constexpr int N = 3000;
        QList<Claim> claims;
        for (int i = 0; i < N; ++i)
            claims.append(claim(uuid(i + 1), 3 * i));
        const ClaimSetData base = set(claims);
        ClaimSetData a = base, b = base;
        for (int i = 0; i < N; i += 10)
            a.claims[i].notes = QStringLiteral("a %1").arg(i);
        for (int i = 5; i < N; i += 10)
            b.claims[i].verdict = QStringLiteral("false");
        for (int i = 0; i < N; i += 100)
            b.claims[i].notes = QStringLiteral("b %1").arg(i); // same field: a conflict
        a.claims.removeAt(N - 2);                              // removed on one side only
        b.claims.append(claim(uuid(N + 1), 3 * N));           // added
        const MergeResult ab = mergeClaimSetsUnordered(base, a, b), ba = mergeClaimSetsUnordered(base, b, a);
        const QByteArray bytes = Sidecar::serialize(ab.merged);
        QCOMPARE(Sidecar::serialize(ba.merged), bytes);
        QCOMPARE(ab.conflicted, ba.conflicted);
        QCOMPARE(ab.conflicted.size(), N / 100);
        const bool aFirst = Sidecar::serialize(a) <= Sidecar::serialize(b);
        QCOMPARE(Sidecar::serialize(mergeClaimSets(base, aFirst ? a : b, aFirst ? b : a).merged), bytes);
        QCOMPARE(ab.merged.claims.size(), qsizetype(N)); // N - 1 kept + 1 added
        for (qsizetype i = 0; i < ab.merged.claims.size(); ++i) {
            const Claim &c = ab.merged.claims.at(i);
            QCOMPARE(c.id, uuid(int(i) + (i >= N - 2 ? 2 : 1)));
            if (i % 100 == 0) {
                QCOMPARE(c.conflicts.size(), 1);
                QCOMPARE(c.conflicts.first().field, QStringLiteral("notes"));
            } else if (i % 10 == 0) {
                QCOMPARE(c.notes, QStringLiteral("a %1").arg(i));
            } else if (i % 10 == 5 && i < N - 2) {
                QCOMPARE(c.verdict, QStringLiteral("false"));
            }
        }
    }
    void unorderedKeepsChangedDocument()
    {
        const ClaimSetData base = set({claim(A)});
        ClaimSetData changed = base;
        changed.document.sha256 = QStringLiteral("ab");
        changed.document.length = 120;
        ClaimSetData other = base;
        other.claims[0].notes = QStringLiteral("n");
        QCOMPARE(mergeClaimSetsUnordered(base, changed, other).merged.document, changed.document);
        QCOMPARE(mergeClaimSetsUnordered(base, other, changed).merged.document, changed.document);
        QCOMPARE(mergeClaimSetsUnordered(base, other, changed).merged.claims.first().notes, QStringLiteral("n"));
    }
};

QTEST_GUILESS_MAIN(MergeTest)
#include "merge_test.moc"
