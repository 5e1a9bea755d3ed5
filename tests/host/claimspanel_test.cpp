// SPDX-License-Identifier: GPL-2.0-or-later
// The claims panel: its verdict filter follows the document's rating scale; claims to check again or with merge
// conflicts are marked (text, tooltip, role), counted and found by the "Needs attention" filter.
#include "claimeditor.h"
#include "claimset.h"
#include "claimspanel.h"
#include "documentcontroller.h"
#include "pluginmanager.h"

#include <QComboBox>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QHeaderView>
#include <QTreeWidget>

using namespace Claimbench;

namespace {

// A document with one sentence per claim the tests need.
const QByteArray Text = "Spending rose by 12 percent last year.\nThe mayor said it was a record.\nPrices fell in May.\n";

Claim claimAt(int n, const QString &exact, qsizetype start)
{
    Claim c;
    c.id = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
    c.claimType = QStringLiteral("quantity");
    c.quote.exact = exact;
    c.start = start;
    c.end = start + exact.size();
    return c;
}

QTreeWidgetItem *itemFor(ClaimsPanel &panel, const QUuid &id)
{
    QTreeWidget *tree = panel.tree();
    for (int s = 0; s < tree->topLevelItemCount(); ++s) {
        QTreeWidgetItem *section = tree->topLevelItem(s);
        for (int i = 0; i < section->childCount(); ++i) {
            if (section->child(i)->data(0, Qt::UserRole).toUuid() == id)
                return section->child(i);
        }
    }
    return nullptr;
}

} // namespace

class ClaimsPanelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void verdictFilterFollowsRatingScale();
    void attentionMarkers_data();
    void attentionMarkers();
    void needsAttentionFilter();
    void markerGoesWhenResolved();
    void checklistProgress();
    void headerExplainsHighlights();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ClaimEditor> m_editor;
    std::unique_ptr<DocumentController> m_controller;
};

void ClaimsPanelTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("a.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(Text);
    f.close();
    m_editor = std::make_unique<ClaimEditor>();
    m_controller = std::make_unique<DocumentController>(m_editor.get(), nullptr);
    QVERIFY(m_controller->open(path));
}

void ClaimsPanelTest::cleanup()
{
    m_controller.reset();
    m_editor.reset();
    m_dir.reset();
}

void ClaimsPanelTest::verdictFilterFollowsRatingScale()
{
    m_controller->claims()->addClaim(claimAt(1, QStringLiteral("12 percent"), 17)); // a type no plugin provides
    ClaimsPanel panel(m_controller.get());
    QCOMPARE(panel.typeFilter()->count(), 2); // the type filter lists it
    QComboBox *filter = panel.verdictFilter();
    QVERIFY(filter->findData(QStringLiteral("mostly-true")) >= 0);

    RatingScale scale;
    scale.levels = {{QStringLiteral("correct"), QStringLiteral("Correct"), 2},
                    {QStringLiteral("wrong"), QStringLiteral("Wrong"), 1}};
    m_controller->claims()->setRatingScale(scale);
    panel.refresh(); // what the panel does right after the change (no waiting for its timer)
    QVERIFY(filter->findData(QStringLiteral("correct")) >= 0);
    QCOMPARE(filter->itemText(filter->findData(QStringLiteral("wrong"))), QStringLiteral("Wrong"));
    QCOMPARE(filter->findData(QStringLiteral("mostly-true")), -1);
    QCOMPARE(filter->count(), 4); // any verdict, no verdict yet, and the two levels
}

void ClaimsPanelTest::attentionMarkers_data()
{
    QTest::addColumn<QString>("reReview");
    QTest::addColumn<QStringList>("conflictFields");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("reasons");
    QTest::addColumn<QStringList>("tooltipHas"); // what the tooltip must say; empty: no tooltip

    QTest::newRow("none") << QString() << QStringList() << QString() << QStringList() << QStringList();
    QTest::newRow("text changed") << QStringLiteral("text-changed") << QStringList() << QStringLiteral("Check again")
                                  << QStringList{QStringLiteral("check-again")}
                                  << QStringList{QStringLiteral("The claimed text changed after it was rated: check it again")};
    QTest::newRow("conflicts") << QString() << QStringList{QStringLiteral("verdict"), QStringLiteral("notes")}
                               << QStringLiteral("Conflict") << QStringList{QStringLiteral("conflict")}
                               << QStringList{QStringLiteral("Verdict, Notes")};
    QTest::newRow("removed on one side") << QString() << QStringList{QStringLiteral("removed")} << QStringLiteral("Conflict")
                                         << QStringList{QStringLiteral("conflict")}
                                         << QStringList{QStringLiteral("removed this claim")};
    QTest::newRow("both") << QStringLiteral("text-changed") << QStringList{QStringLiteral("fields.figure")}
                          << QStringLiteral("Check again, Conflict")
                          << QStringList{QStringLiteral("check-again"), QStringLiteral("conflict")}
                          << QStringList{QStringLiteral("check it again"), QStringLiteral("figure")};
}

void ClaimsPanelTest::attentionMarkers()
{
    QFETCH(QString, reReview);
    QFETCH(QStringList, conflictFields);
    QFETCH(QString, text);
    QFETCH(QStringList, reasons);
    QFETCH(QStringList, tooltipHas);

    Claim plain = claimAt(1, QStringLiteral("12 percent"), 17);
    Claim marked = claimAt(2, QStringLiteral("a record"), 61);
    marked.verdict = QStringLiteral("true");
    marked.status = ClaimStatus::Done;
    marked.reReview = reReview;
    for (const QString &field : std::as_const(conflictFields)) {
        FieldConflict fc;
        fc.field = field;
        fc.mine = field == QLatin1String("removed") ? QJsonValue(true) : QJsonValue(QStringLiteral("true"));
        fc.theirs = field == QLatin1String("removed") ? QJsonValue() : QJsonValue(QStringLiteral("false"));
        marked.conflicts.append(fc);
    }
    m_controller->claims()->addClaim(plain);
    m_controller->claims()->addClaim(marked);
    ClaimsPanel panel(m_controller.get());

    QTreeWidgetItem *item = itemFor(panel, marked.id);
    QVERIFY(item);
    const int col = ClaimsPanel::AttentionColumn;
    QCOMPARE(panel.tree()->headerItem()->text(col), QStringLiteral("Attention"));
    QCOMPARE(item->text(col), text);
    QCOMPARE(item->data(col, ClaimsPanel::AttentionRole).toStringList(), reasons);
    const QString tooltip = item->toolTip(col);
    QCOMPARE(tooltip.isEmpty(), tooltipHas.isEmpty());
    for (const QString &part : std::as_const(tooltipHas))
        QVERIFY2(tooltip.contains(part), qPrintable(tooltip));
    // the column is there while a claim needs it, and the section's title counts those claims
    QCOMPARE(panel.tree()->isColumnHidden(col), reasons.isEmpty());
    QCOMPARE(panel.tree()->topLevelItem(0)->text(0),
             reasons.isEmpty() ? QStringLiteral("Claims (2)") : QStringLiteral("Claims (2, 1 need attention)"));

    // the other claim has no marker
    QTreeWidgetItem *other = itemFor(panel, plain.id);
    QVERIFY(other);
    QVERIFY(other->text(col).isEmpty());
    QVERIFY(other->toolTip(col).isEmpty());
    QVERIFY(other->data(col, ClaimsPanel::AttentionRole).toStringList().isEmpty());
}

void ClaimsPanelTest::needsAttentionFilter()
{
    Claim plain = claimAt(1, QStringLiteral("12 percent"), 17);
    Claim changed = claimAt(2, QStringLiteral("a record"), 61);
    changed.reReview = QStringLiteral("text-changed");
    Claim conflicted = claimAt(3, QStringLiteral("Prices fell"), 71);
    conflicted.conflicts = {{QStringLiteral("verdict"), QJsonValue(), QStringLiteral("true"), QStringLiteral("false")}};
    for (const Claim &c : {plain, changed, conflicted})
        m_controller->claims()->addClaim(c);
    ClaimsPanel panel(m_controller.get());
    QCOMPARE(panel.visibleClaims().size(), 3);

    QComboBox *status = panel.statusFilter();
    const int index = status->findData(ClaimsPanel::NeedsAttentionFilter);
    QVERIFY(index >= 0);
    QCOMPARE(status->itemText(index), QStringLiteral("Needs attention"));
    status->setCurrentIndex(index); // refreshes at once
    QCOMPARE(panel.visibleClaims(), (QList<QUuid>{changed.id, conflicted.id}));
    status->setCurrentIndex(status->findData(-1));
    QCOMPARE(panel.visibleClaims().size(), 3);
}

void ClaimsPanelTest::markerGoesWhenResolved()
{
    Claim conflicted = claimAt(1, QStringLiteral("12 percent"), 17);
    conflicted.conflicts = {{QStringLiteral("verdict"), QJsonValue(), QStringLiteral("true"), QStringLiteral("false")}};
    m_controller->claims()->addClaim(conflicted);
    ClaimsPanel panel(m_controller.get());
    QCOMPARE(itemFor(panel, conflicted.id)->text(ClaimsPanel::AttentionColumn), QStringLiteral("Conflict"));

    QVERIFY(m_controller->claims()->resolveConflict(conflicted.id, QStringLiteral("verdict"), QStringLiteral("false")));
    panel.refresh();
    QTreeWidgetItem *item = itemFor(panel, conflicted.id);
    QVERIFY(item);
    QVERIFY(item->text(ClaimsPanel::AttentionColumn).isEmpty());
    QVERIFY(item->data(ClaimsPanel::AttentionColumn, ClaimsPanel::AttentionRole).toStringList().isEmpty());
    QVERIFY(panel.tree()->isColumnHidden(ClaimsPanel::AttentionColumn));
    QCOMPARE(panel.tree()->topLevelItem(0)->text(0), QStringLiteral("Claims (1)"));
}


// The Checklist column shows how many of the claim type's steps are ticked ("1/5"); types without a checklist
// (or unknown to the plugins) show nothing.
void ClaimsPanelTest::checklistProgress()
{
    PluginManager plugins;
    plugins.setSearchPaths({QStringLiteral(CLAIMBENCH_PLUGIN_DIR)});
    plugins.loadPlugins();
    const ClaimType quantity = plugins.claimType(QStringLiteral("quantity"));
    QVERIFY(quantity.checklist.size() >= 2);
    ClaimEditor editor;
    DocumentController controller(&editor, &plugins);
    QVERIFY(controller.open(m_dir->filePath(QStringLiteral("a.txt"))));
    Claim ticked = claimAt(1, QStringLiteral("12 percent"), 17);
    ticked.checklist = {{quantity.checklist.at(0).id, true}, {quantity.checklist.at(1).id, false}, {QStringLiteral("other"), true}};
    Claim unknown = claimAt(2, QStringLiteral("record"), 62);
    unknown.claimType = QStringLiteral("not-a-plugin-type");
    unknown.checklist = {{QStringLiteral("x"), true}};
    controller.claims()->addClaim(ticked);
    controller.claims()->addClaim(unknown);
    ClaimsPanel panel(&controller);
    const QString total = QString::number(quantity.checklist.size());
    QCOMPARE(itemFor(panel, ticked.id)->text(ClaimsPanel::ChecklistColumn), QStringLiteral("1/") + total);
    QCOMPARE(itemFor(panel, ticked.id)->toolTip(ClaimsPanel::ChecklistColumn),
             QStringLiteral("Checklist: 1 of %1 steps done").arg(total));
    QCOMPARE(itemFor(panel, unknown.id)->text(ClaimsPanel::ChecklistColumn), QString());
    // shown right after the status
    QCOMPARE(panel.tree()->header()->visualIndex(ClaimsPanel::ChecklistColumn),
             panel.tree()->header()->visualIndex(ClaimsPanel::StatusColumn) + 1);

    QVERIFY(controller.setField(ticked.id, QStringLiteral("checklist.") + quantity.checklist.at(1).id, true));
    panel.refresh();
    QCOMPARE(itemFor(panel, ticked.id)->text(ClaimsPanel::ChecklistColumn), QStringLiteral("2/") + total);
}

// The header's tooltip says what filled, underlined, dashed and dotted highlights mean.
void ClaimsPanelTest::headerExplainsHighlights()
{
    ClaimsPanel panel(m_controller.get());
    for (int column : {int(ClaimsPanel::QuoteColumn), int(ClaimsPanel::StatusColumn), int(ClaimsPanel::ChecklistColumn)}) {
        const QString tip = panel.tree()->headerItem()->toolTip(column);
        for (const QString &word : {QStringLiteral("Filled"), QStringLiteral("Underlined"), QStringLiteral("dashed underline"),
                                    QStringLiteral("Dotted underline"), QStringLiteral("Done"), QStringLiteral("suggestion")})
            QVERIFY2(tip.contains(word), qPrintable(tip));
    }
}

QTEST_MAIN(ClaimsPanelTest)
#include "claimspanel_test.moc"
