// SPDX-License-Identifier: GPL-2.0-or-later
// The words people read for the core's ids (annotations/labels.h): statuses and history fields, and the report's
// history, which shows them instead of the ids (quote-attribution, fields.quote, in-progress → needs-second-review).
#include "labels.h"
#include "report.h"

#include <QTest>
#include <QTimeZone>

using namespace Claimbench;

class LabelsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusLabels_data();
    void statusLabels();
    void unknownStatusId();
    void fieldLabels_data();
    void fieldLabels();
    void reportHistory_data();
    void reportHistory();
};

void LabelsTest::statusLabels_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("label");
    QTest::newRow("open") << int(ClaimStatus::Open) << QStringLiteral("Open");
    QTest::newRow("in-progress") << int(ClaimStatus::InProgress) << QStringLiteral("In progress");
    QTest::newRow("needs-second-review") << int(ClaimStatus::NeedsSecondReview) << QStringLiteral("Needs second review");
    QTest::newRow("done") << int(ClaimStatus::Done) << QStringLiteral("Done");
    QTest::newRow("dismissed") << int(ClaimStatus::Dismissed) << QStringLiteral("Dismissed");
}

void LabelsTest::statusLabels()
{
    QFETCH(int, status);
    QFETCH(QString, label);
    const auto s = ClaimStatus(status);
    QCOMPARE(statusLabel(s), label);
    // the sidecar's id (the row's name) gives the same label
    QCOMPARE(statusToString(s), QString::fromLatin1(QTest::currentDataTag()));
    QCOMPARE(statusLabel(statusToString(s)), label);
}

void LabelsTest::unknownStatusId()
{
    QCOMPARE(statusLabel(QStringLiteral("waiting")), QString());
    QCOMPARE(statusLabel(QString()), QString());
    QCOMPARE(statusLabel(QStringLiteral("In progress")), QString()); // a label is not an id
}

void LabelsTest::fieldLabels_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("label");
    QTest::newRow("status") << QStringLiteral("status") << QString() << QStringLiteral("Status");
    QTest::newRow("verdict") << QStringLiteral("verdict") << QString() << QStringLiteral("Verdict");
    QTest::newRow("notes") << QStringLiteral("notes") << QString() << QStringLiteral("Notes");
    QTest::newRow("claimType") << QStringLiteral("claimType") << QString() << QStringLiteral("Claim type");
    QTest::newRow("sources") << QStringLiteral("sources") << QString() << QStringLiteral("Sources");
    QTest::newRow("target") << QStringLiteral("target") << QString() << QStringLiteral("Claimed text");
    QTest::newRow("created") << QStringLiteral("created") << QString() << QStringLiteral("Created");
    QTest::newRow("removed") << QStringLiteral("removed") << QString() << QStringLiteral("Removed");
    QTest::newRow("restored") << QStringLiteral("restored") << QString() << QStringLiteral("Restored");
    QTest::newRow("given ignored for status") << QStringLiteral("status") << QStringLiteral("X") << QStringLiteral("Status");
    QTest::newRow("field, named") << QStringLiteral("fields.quote") << QStringLiteral("Quoted words") << QStringLiteral("Quoted words");
    QTest::newRow("field, by its name") << QStringLiteral("fields.quote") << QString() << QStringLiteral("quote");
    QTest::newRow("step, named") << QStringLiteral("checklist.compare") << QStringLiteral("Compare with official statistics")
                                 << QStringLiteral("Checklist: Compare with official statistics");
    QTest::newRow("step, by its id") << QStringLiteral("checklist.x") << QString() << QStringLiteral("Checklist: x");
    QTest::newRow("empty field name") << QStringLiteral("fields.") << QStringLiteral("X") << QStringLiteral("fields.");
    QTest::newRow("unknown") << QStringLiteral("colour") << QStringLiteral("X") << QStringLiteral("colour");
    QTest::newRow("case matters") << QStringLiteral("Status") << QString() << QStringLiteral("Status");
    QTest::newRow("prefix only in front") << QStringLiteral("myfields.quote") << QString() << QStringLiteral("myfields.quote");
}

void LabelsTest::fieldLabels()
{
    QFETCH(QString, field);
    QFETCH(QString, given);
    QFETCH(QString, label);
    QCOMPARE(fieldLabel(field, given), label);
}

void LabelsTest::reportHistory_data()
{
    QTest::addColumn<int>("layout");
    QTest::newRow("full") << int(ReportLayout::Full);
    QTest::newRow("compact") << int(ReportLayout::Compact);
}

void LabelsTest::reportHistory()
{
    // Both HTML layouts show a change the way the reviewer chose it: labels, names, the claimed words.
    QFETCH(int, layout);
    const QString text = QStringLiteral("The mayor said the bridge cost 3 million pounds.");
    const QDateTime when(QDate(2026, 11, 21), QTime(10, 0), QTimeZone::UTC);
    Claim c;
    c.id = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-000000000001"));
    c.claimType = QStringLiteral("quantity");
    c.quote.exact = QStringLiteral("3 million pounds");
    c.start = text.indexOf(c.quote.exact);
    c.end = c.start + c.quote.exact.size();
    c.status = ClaimStatus::NeedsSecondReview;
    c.verdict = QStringLiteral("mostly-true");
    auto change = [&](const char *field, const QJsonValue &from, const QJsonValue &to) {
        c.history.append({when, QStringLiteral("Ben"), QString::fromLatin1(field), from, to});
    };
    change("created", QJsonValue(), QStringLiteral("quote-attribution")); // with its type
    change("status", QStringLiteral("in-progress"), QStringLiteral("needs-second-review"));
    change("claimType", QStringLiteral("quote-attribution"), QStringLiteral("quantity"));
    change("fields.figure", QJsonValue::Null, QStringLiteral("3m"));
    change("fields.unit", QJsonValue::Null, QStringLiteral("GBP")); // no longer a field of the type: its name in words
    change("checklist.compare", false, true);
    change("verdict", QJsonValue::Null, QStringLiteral("mostly-true"));
    change("target", QJsonObject{{QStringLiteral("start"), 0}, {QStringLiteral("exact"), QStringLiteral("The mayor")}},
           QJsonObject{{QStringLiteral("start"), 31}, {QStringLiteral("exact"), QStringLiteral("3 million pounds")}});
    ClaimSetData data;
    data.document.fileName = QStringLiteral("bridge.txt");
    data.document.length = text.size();
    data.claims << c;
    ReportOptions options;
    options.layout = ReportLayout(layout);
    options.includeHistory = true; // the review record: history is what this test reads
    options.claimTypes = {
        {QStringLiteral("quantity"), QStringLiteral("Quantity"), QString(), {{QStringLiteral("figure"), QStringLiteral("Figure")}},
         {{QStringLiteral("compare"), QStringLiteral("Compare with official statistics")}}},
        {QStringLiteral("quote-attribution"), QStringLiteral("Quote or attribution"), QString(), {}, {}}};
    const QString html = reportToHtml(Report::build(data, text, options));
    const QString arrow = QStringLiteral(" \u2192 ");
    const QStringList shown = {QStringLiteral("In progress") + arrow + QStringLiteral("Needs second review"),
                               QStringLiteral("Quote or attribution") + arrow + QStringLiteral("Quantity"),
                               QStringLiteral("Checklist: Compare with official statistics"),
                               QStringLiteral("no") + arrow + QStringLiteral("yes"),
                               QStringLiteral("Mostly true"),
                               QStringLiteral("Claimed text"),
                               QStringLiteral("The mayor") + arrow + QStringLiteral("3 million pounds")};
    for (const QString &s : shown)
        QVERIFY2(html.contains(s), qPrintable(s));
    const QStringList labels = {QStringLiteral("Status"), QStringLiteral("Claim type"), QStringLiteral("Figure"),
                                QStringLiteral("Unit"), QStringLiteral("Verdict")};
    // a history row: "<td>FIELD</td><td dir="auto">CHANGE</td>" (full), "… Ben FIELD: CHANGE" (compact)
    const bool full = ReportLayout(layout) == ReportLayout::Full;
    const QString before = full ? QStringLiteral("<td>") : QStringLiteral("Ben ");
    const QString after = full ? QStringLiteral("</td><td dir=\"auto\">") : QStringLiteral(": ");
    for (const QString &l : labels)
        QVERIFY2(html.contains(before + l + after), qPrintable(l));
    QVERIFY(html.contains(before + QStringLiteral("Created") + after + QStringLiteral("Quote or attribution")));
    const QStringList ids = {QStringLiteral("in-progress") + arrow, QStringLiteral("quote-attribution") + arrow,
                             QStringLiteral("fields.figure"), QStringLiteral("checklist.compare"),
                             QStringLiteral("quote-attribution<"),
                             QStringLiteral("&quot;exact&quot;"), QStringLiteral("mostly-true<")};
    for (const QString &id : ids)
        QVERIFY2(!html.contains(id), qPrintable(id));
}

QTEST_GUILESS_MAIN(LabelsTest)
#include "labels_test.moc"
