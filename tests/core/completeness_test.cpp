// SPDX-License-Identifier: GPL-2.0-or-later
// When a claim may be called done (annotations/completeness.h): a verdict and the claim type's required fields;
// the checklist is counted, not required.
#include "completeness.h"

#include <functional>

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Claimbench;

namespace {
CompletenessRule quoteRule()
{
    CompletenessRule rule;
    rule.requiredFields = {{QStringLiteral("speaker"), QStringLiteral("Speaker")}, {QStringLiteral("date"), QString()}};
    rule.checklist = {QStringLiteral("recording"), QStringLiteral("context"), QStringLiteral("speaker-confirmed"),
                      QStringLiteral("full-quote")};
    return rule;
}

QDateTime at(int hour)
{
    return QDateTime(QDate(2026, 11, 28), QTime(hour, 0), QTimeZone::UTC);
}

/// A claim that passes the publish gate even with a required second review: done, rated, a statement and a
/// claimant, marked by Ana, rated by Ben, approved by Cy after the last change.
Claim publishable()
{
    Claim c;
    c.id = QUuid::fromString(QStringLiteral("9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10"));
    c.status = ClaimStatus::Done;
    c.verdict = QStringLiteral("false");
    c.statement = QStringLiteral("Essex gained millions of pounds from the partnership");
    c.claimant = {QStringLiteral("Kevin Bentley"), QStringLiteral("Council leader")};
    c.createdBy = QStringLiteral("Ana");
    c.history = {{at(9), QStringLiteral("Ana"), QStringLiteral("created"), QJsonValue(), QStringLiteral("quantity")},
                 {at(10), QStringLiteral("Ben"), QStringLiteral("verdict"), QJsonValue(), QStringLiteral("false")},
                 {at(12), QStringLiteral("Cy"), QStringLiteral("approval"), QJsonValue(), QJsonObject()}};
    c.approvedBy = QStringLiteral("Cy");
    c.approved = at(12);
    return c;
}
} // namespace

Q_DECLARE_METATYPE(Claimbench::PublishBlocker)
Q_DECLARE_METATYPE(std::function<void(Claimbench::Claim &)>)

class CompletenessTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filledValues_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("filled");
        QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << false;
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false;
        QTest::newRow("empty string") << QJsonValue(QString()) << false;
        QTest::newRow("blank string") << QJsonValue(QStringLiteral("  \t")) << false;
        QTest::newRow("empty array") << QJsonValue(QJsonArray()) << false;
        QTest::newRow("empty object") << QJsonValue(QJsonObject()) << false;
        QTest::newRow("text") << QJsonValue(QStringLiteral("Boris Johnson")) << true;
        QTest::newRow("zero") << QJsonValue(0) << true;
        QTest::newRow("false") << QJsonValue(false) << true;
        QTest::newRow("array") << QJsonValue(QJsonArray{1}) << true;
        QTest::newRow("object") << QJsonValue(QJsonObject{{QStringLiteral("exact"), QStringLiteral("x")}}) << true;
    }
    void filledValues()
    {
        QFETCH(QJsonValue, value);
        QFETCH(bool, filled);
        QCOMPARE(isFilledValue(value), filled);
    }

    void missing_data()
    {
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<QString>("missing");
        QTest::newRow("nothing done") << QString() << QJsonObject() << false << QStringLiteral("a verdict; Speaker; date");
        QTest::newRow("blank speaker")
            << QStringLiteral("true") << QJsonObject{{QStringLiteral("speaker"), QStringLiteral(" ")}} << false
            << QStringLiteral("Speaker; date");
        QTest::newRow("only the verdict missing")
            << QString()
            << QJsonObject{{QStringLiteral("speaker"), QStringLiteral("A. Minister")}, {QStringLiteral("date"), QStringLiteral("2024-03-01")}}
            << false << QStringLiteral("a verdict");
        QTest::newRow("complete")
            << QStringLiteral("mostly-false")
            << QJsonObject{{QStringLiteral("speaker"), QStringLiteral("A. Minister")}, {QStringLiteral("date"), QStringLiteral("2024-03-01")}}
            << true << QString();
    }
    void missing()
    {
        QFETCH(QString, verdict);
        QFETCH(QJsonObject, fields);
        QFETCH(bool, complete);
        QFETCH(QString, missing);
        Claim claim;
        claim.id = QUuid::createUuid();
        claim.verdict = verdict;
        claim.fields = fields;
        const Completeness c = completeness(claim, quoteRule());
        QCOMPARE(c.isComplete(), complete);
        QCOMPARE(c.needsVerdict, verdict.isEmpty());
        QCOMPARE(missingForDone(c), missing);
    }

    // A type that requires nothing still needs a verdict.
    void defaultRuleNeedsAVerdict()
    {
        Claim claim;
        claim.id = QUuid::createUuid();
        QCOMPARE(missingForDone(completeness(claim, CompletenessRule())), QStringLiteral("a verdict"));
        claim.verdict = QStringLiteral("unproven");
        QVERIFY(completeness(claim, CompletenessRule()).isComplete());
    }

    // The publish gate: each condition on its own, with its reason for people.
    void publishGate_data()
    {
        using Change = std::function<void(Claim &)>;
        QTest::addColumn<Change>("change");
        QTest::addColumn<bool>("requireSecondReview");
        QTest::addColumn<QList<PublishBlocker>>("blockers");
        QTest::addColumn<QStringList>("reasons");
        const Change none = [](Claim &) {};
        QTest::newRow("publishable") << none << true << QList<PublishBlocker>() << QStringList();
        QTest::newRow("in progress") << Change([](Claim &c) { c.status = ClaimStatus::InProgress; }) << false
                                     << QList<PublishBlocker>{PublishBlocker::NotDone}
                                     << QStringList{QStringLiteral("not done (in progress)")};
        QTest::newRow("awaiting second review")
            << Change([](Claim &c) { c.status = ClaimStatus::NeedsSecondReview; }) << false
            << QList<PublishBlocker>{PublishBlocker::NotDone} << QStringList{QStringLiteral("not done (needs second review)")};
        QTest::newRow("no verdict") << Change([](Claim &c) { c.verdict.clear(); }) << false
                                    << QList<PublishBlocker>{PublishBlocker::NoVerdict} << QStringList{QStringLiteral("no verdict")};
        QTest::newRow("blank statement") << Change([](Claim &c) { c.statement = QStringLiteral("  "); }) << false
                                         << QList<PublishBlocker>{PublishBlocker::NoStatement}
                                         << QStringList{QStringLiteral("no claim statement")};
        QTest::newRow("role but no claimant name") << Change([](Claim &c) { c.claimant.name.clear(); }) << false
                                                   << QList<PublishBlocker>{PublishBlocker::NoClaimant}
                                                   << QStringList{QStringLiteral("no claimant")};
        QTest::newRow("conflict")
            << Change([](Claim &c) { c.conflicts = {{QStringLiteral("verdict"), QJsonValue(), QStringLiteral("false"), QStringLiteral("true")}}; })
            << false << QList<PublishBlocker>{PublishBlocker::Conflict}
            << QStringList{QStringLiteral("an unresolved conflict between two reviewers")};
        QTest::newRow("check again") << Change([](Claim &c) { c.reReview = QStringLiteral("text-changed"); }) << false
                                     << QList<PublishBlocker>{PublishBlocker::CheckAgain}
                                     << QStringList{QStringLiteral("to check again: the claimed text changed after the verdict")};
        const Change unapproved = [](Claim &c) {
            c.approvedBy.clear();
            c.approved = QDateTime();
        };
        QTest::newRow("not approved, not required") << unapproved << false << QList<PublishBlocker>() << QStringList();
        QTest::newRow("not approved, required") << unapproved << true << QList<PublishBlocker>{PublishBlocker::NotApproved}
                                                << QStringList{QStringLiteral("not approved by a second reviewer")};
        QTest::newRow("approved by its author")
            << Change([](Claim &c) { c.approvedBy = QStringLiteral("Ana"); }) << true
            << QList<PublishBlocker>{PublishBlocker::SelfApproved}
            << QStringList{QStringLiteral("approved by Ana, who marked it or set its verdict: a second reviewer must approve it")};
        QTest::newRow("approved by the verdict's author")
            << Change([](Claim &c) { c.approvedBy = QStringLiteral("Ben"); }) << true
            << QList<PublishBlocker>{PublishBlocker::SelfApproved}
            << QStringList{QStringLiteral("approved by Ben, who marked it or set its verdict: a second reviewer must approve it")};
        QTest::newRow("statement changed after the approval")
            << Change([](Claim &c) {
                   c.history.append({at(13), QStringLiteral("Ben"), QStringLiteral("statement"), QJsonValue(), QStringLiteral("x")});
               })
            << true << QList<PublishBlocker>{PublishBlocker::ChangedAfterApproval}
            << QStringList{QStringLiteral("Claim statement changed after Cy approved it")};
        QTest::newRow("notes changed after the approval: still approved")
            << Change([](Claim &c) {
                   c.history.append({at(13), QStringLiteral("Ben"), QStringLiteral("notes"), QString(), QStringLiteral("x")});
               })
            << true << QList<PublishBlocker>() << QStringList();
        QTest::newRow("several, in order")
            << Change([](Claim &c) {
                   c = Claim();
                   c.id = QUuid::createUuid();
               })
            << true
            << QList<PublishBlocker>{PublishBlocker::NotDone, PublishBlocker::NoVerdict, PublishBlocker::NoStatement,
                                     PublishBlocker::NoClaimant, PublishBlocker::NotApproved}
            << QStringList{QStringLiteral("not done (open)"), QStringLiteral("no verdict"), QStringLiteral("no claim statement"),
                           QStringLiteral("no claimant"), QStringLiteral("not approved by a second reviewer")};
    }
    void publishGate()
    {
        using Change = std::function<void(Claim &)>;
        QFETCH(Change, change);
        QFETCH(bool, requireSecondReview);
        QFETCH(QList<PublishBlocker>, blockers);
        QFETCH(QStringList, reasons);
        Claim c = publishable();
        change(c);
        const PublishCheck check = publishCheck(c, PublishRule{requireSecondReview});
        QCOMPARE(check.blockers, blockers);
        QCOMPARE(check.reasons, reasons);
        QCOMPARE(check.mayPublish(), blockers.isEmpty());
    }

    // Progress counts the rule's steps that are ticked; unticked, unknown and other types' steps do not count.
    void checklistProgress()
    {
        Claim claim;
        claim.id = QUuid::createUuid();
        claim.checklist = {{QStringLiteral("recording"), true},
                           {QStringLiteral("context"), false},
                           {QStringLiteral("full-quote"), true},
                           {QStringLiteral("not-in-this-type"), true}};
        const Completeness c = completeness(claim, quoteRule());
        QCOMPARE(c.checklistDone, 2);
        QCOMPARE(c.checklistTotal, 4);
        const Completeness none = completeness(claim, CompletenessRule());
        QCOMPARE(none.checklistDone, 0);
        QCOMPARE(none.checklistTotal, 0);
    }
};

QTEST_GUILESS_MAIN(CompletenessTest)
#include "completeness_test.moc"
