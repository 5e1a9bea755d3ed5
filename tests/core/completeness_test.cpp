// SPDX-License-Identifier: GPL-2.0-or-later
// When a claim may be called done (annotations/completeness.h): a verdict and the claim type's required fields;
// the checklist is counted, not required.
#include "completeness.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

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
} // namespace

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
