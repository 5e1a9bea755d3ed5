// SPDX-License-Identifier: GPL-2.0-or-later
// The claims panel: its verdict filter follows the document's rating scale; claims to check again or with merge
// conflicts are marked (text, tooltip, role), counted and found by the "Needs attention" filter. It is a model over
// the claim set (#18): a row's text comes from the claim when asked (a change shows before any rebuild), quotes are
// shown readable, the filters and the search keep the document's order, selection and activation go by claim id.
#include "claimeditor.h"
#include "claimset.h"
#include "claimspanel.h"
#include "documentcontroller.h"
#include "pluginmanager.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QHeaderView>
#include <QTreeView>

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

// What the panel's row of claim `id` shows in `column` under `role`.
QVariant cell(const ClaimsPanel &panel, const QUuid &id, int column, int role = Qt::DisplayRole)
{
    return panel.indexOf(id, column).data(role);
}

QString sectionTitle(const ClaimsPanel &panel, int section)
{
    return panel.tree()->model()->index(section, 0).data().toString();
}

QVariant header(const ClaimsPanel &panel, int column, int role = Qt::DisplayRole)
{
    return panel.tree()->model()->headerData(column, Qt::Horizontal, role);
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
    void textComesFromTheClaimWhenAsked();
    void readableQuotes();
    void filtersKeepTheDocumentOrder_data();
    void filtersKeepTheDocumentOrder();
    void selectionAndActivation();
    void orphansSection();

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

    const int col = ClaimsPanel::AttentionColumn;
    QVERIFY(panel.indexOf(marked.id, col).isValid());
    QCOMPARE(header(panel, col).toString(), QStringLiteral("Attention"));
    QCOMPARE(cell(panel, marked.id, col).toString(), text);
    QCOMPARE(cell(panel, marked.id, col, ClaimsPanel::AttentionRole).toStringList(), reasons);
    const QString tooltip = cell(panel, marked.id, col, Qt::ToolTipRole).toString();
    QCOMPARE(tooltip.isEmpty(), tooltipHas.isEmpty());
    for (const QString &part : std::as_const(tooltipHas))
        QVERIFY2(tooltip.contains(part), qPrintable(tooltip));
    // the column is there while a claim needs it, and the section's title counts those claims
    QCOMPARE(panel.tree()->isColumnHidden(col), reasons.isEmpty());
    QCOMPARE(sectionTitle(panel, 0),
             reasons.isEmpty() ? QStringLiteral("Claims (2)") : QStringLiteral("Claims (2, 1 need attention)"));

    // the other claim has no marker
    QVERIFY(panel.indexOf(plain.id, col).isValid());
    QVERIFY(cell(panel, plain.id, col).toString().isEmpty());
    QVERIFY(cell(panel, plain.id, col, Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(cell(panel, plain.id, col, ClaimsPanel::AttentionRole).toStringList().isEmpty());
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
    QCOMPARE(cell(panel, conflicted.id, ClaimsPanel::AttentionColumn).toString(), QStringLiteral("Conflict"));

    QVERIFY(m_controller->claims()->resolveConflict(conflicted.id, QStringLiteral("verdict"), QStringLiteral("false")));
    panel.refresh();
    QVERIFY(panel.indexOf(conflicted.id).isValid());
    QVERIFY(cell(panel, conflicted.id, ClaimsPanel::AttentionColumn).toString().isEmpty());
    QVERIFY(cell(panel, conflicted.id, ClaimsPanel::AttentionColumn, ClaimsPanel::AttentionRole).toStringList().isEmpty());
    QVERIFY(panel.tree()->isColumnHidden(ClaimsPanel::AttentionColumn));
    QCOMPARE(sectionTitle(panel, 0), QStringLiteral("Claims (1)"));
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
    QCOMPARE(cell(panel, ticked.id, ClaimsPanel::ChecklistColumn).toString(), QStringLiteral("1/") + total);
    QCOMPARE(cell(panel, ticked.id, ClaimsPanel::ChecklistColumn, Qt::ToolTipRole).toString(),
             QStringLiteral("Checklist: 1 of %1 steps done").arg(total));
    QVERIFY(panel.indexOf(unknown.id).isValid());
    QCOMPARE(cell(panel, unknown.id, ClaimsPanel::ChecklistColumn).toString(), QString());
    // shown right after the status
    QCOMPARE(panel.tree()->header()->visualIndex(ClaimsPanel::ChecklistColumn),
             panel.tree()->header()->visualIndex(ClaimsPanel::StatusColumn) + 1);

    QVERIFY(controller.setField(ticked.id, QStringLiteral("checklist.") + quantity.checklist.at(1).id, true));
    panel.refresh();
    QCOMPARE(cell(panel, ticked.id, ClaimsPanel::ChecklistColumn).toString(), QStringLiteral("2/") + total);
}

// The header's tooltip says what filled, underlined, dashed and dotted highlights mean.
void ClaimsPanelTest::headerExplainsHighlights()
{
    ClaimsPanel panel(m_controller.get());
    for (int column : {int(ClaimsPanel::QuoteColumn), int(ClaimsPanel::StatusColumn), int(ClaimsPanel::ChecklistColumn)}) {
        const QString tip = header(panel, column, Qt::ToolTipRole).toString();
        for (const QString &word : {QStringLiteral("Filled"), QStringLiteral("Underlined"), QStringLiteral("dashed underline"),
                                    QStringLiteral("Dotted underline"), QStringLiteral("Done"), QStringLiteral("suggestion")})
            QVERIFY2(tip.contains(word), qPrintable(tip));
    }
}

// A row holds the claim's id only: what it shows is read from the claim when the view asks, so a change shows
// at once, before the panel's (debounced) refresh.
void ClaimsPanelTest::textComesFromTheClaimWhenAsked()
{
    const Claim c = claimAt(1, QStringLiteral("12 percent"), 17);
    m_controller->claims()->addClaim(c);
    ClaimsPanel panel(m_controller.get());
    QCOMPARE(cell(panel, c.id, ClaimsPanel::StatusColumn).toString(), QStringLiteral("Open"));
    QCOMPARE(cell(panel, c.id, ClaimsPanel::VerdictColumn).toString(), QString());
    QVERIFY(m_controller->setField(c.id, QStringLiteral("verdict"), QStringLiteral("mostly-true")));
    QVERIFY(m_controller->setField(c.id, QStringLiteral("status"), QStringLiteral("in-progress")));
    // no refresh()
    QCOMPARE(cell(panel, c.id, ClaimsPanel::VerdictColumn).toString(), QStringLiteral("Mostly true"));
    QCOMPARE(cell(panel, c.id, ClaimsPanel::StatusColumn).toString(), QStringLiteral("In progress"));
    QCOMPARE(cell(panel, c.id, ClaimsPanel::TypeColumn).toString(), QStringLiteral("quantity")); // no plugin: its id
    QCOMPARE(cell(panel, c.id, ClaimsPanel::QuoteColumn, Qt::UserRole).value<QUuid>(), c.id);
    QVERIFY(!cell(panel, c.id, ClaimsPanel::QuoteColumn, Qt::DecorationRole).value<QIcon>().isNull()); // its type's dot
    // removed before the refresh: an empty row, never another claim's text
    QVERIFY(m_controller->claims()->removeClaim(c.id).isValid());
    QCOMPARE(cell(panel, c.id, ClaimsPanel::QuoteColumn).toString(), QString());
    panel.refresh();
    QVERIFY(!panel.indexOf(c.id).isValid());
    QCOMPARE(panel.tree()->model()->rowCount(panel.tree()->model()->index(0, 0)), 0);
}

// Quotes are shown as a reader sees them: Markdown's markup gone; long ones cut with an ellipsis; the tooltip has
// the whole readable quote and the reviewer.
void ClaimsPanelTest::readableQuotes()
{
    const QString path = m_dir->filePath(QStringLiteral("b.md"));
    const QByteArray text = "Spending rose by **12 percent** last year. " + QByteArray(120, 'x') + "\n";
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    QVERIFY(m_controller->open(path));
    QCOMPARE(m_controller->claims()->data().document.mediaType, QStringLiteral("text/markdown"));
    Claim marked = claimAt(1, QStringLiteral("**12 percent**"), 17);
    Claim longer = claimAt(2, QString::fromLatin1(text.mid(43, 100)), 43);
    m_controller->claims()->setAuthor(QStringLiteral("Ada")); // who adds them: their reviewer
    m_controller->claims()->addClaim(marked);
    m_controller->claims()->addClaim(longer);
    ClaimsPanel panel(m_controller.get());
    QCOMPARE(cell(panel, marked.id, ClaimsPanel::QuoteColumn).toString(), QStringLiteral("12 percent"));
    QCOMPARE(cell(panel, marked.id, ClaimsPanel::QuoteColumn, Qt::ToolTipRole).toString(),
             QStringLiteral("12 percent\n\nReviewer: Ada"));
    QCOMPARE(cell(panel, longer.id, ClaimsPanel::QuoteColumn).toString(), QString(88, u'x') + QChar(0x2026));
}

void ClaimsPanelTest::filtersKeepTheDocumentOrder_data()
{
    QTest::addColumn<QString>("type");    // the type filter's data; empty: all
    QTest::addColumn<QString>("verdict"); // the verdict filter's data; empty: any
    QTest::addColumn<QString>("search");
    QTest::addColumn<QList<int>>("shown"); // claim numbers, in the panel's order

    QTest::newRow("all") << QString() << QString() << QString() << QList<int>{1, 2, 3};
    QTest::newRow("type") << QStringLiteral("prediction") << QString() << QString() << QList<int>{1, 3};
    QTest::newRow("no verdict yet") << QString() << QStringLiteral("-") << QString() << QList<int>{2};
    QTest::newRow("a verdict") << QString() << QStringLiteral("false") << QString() << QList<int>{3};
    QTest::newRow("search the quote") << QString() << QString() << QStringLiteral("RECORD") << QList<int>{2};
    QTest::newRow("search the notes") << QString() << QString() << QStringLiteral("budget") << QList<int>{1, 3};
    QTest::newRow("type and search") << QStringLiteral("prediction") << QString() << QStringLiteral("prices")
                                     << QList<int>{3};
    QTest::newRow("nothing") << QStringLiteral("quantity") << QStringLiteral("false") << QString() << QList<int>{};
}

void ClaimsPanelTest::filtersKeepTheDocumentOrder()
{
    QFETCH(QString, type);
    QFETCH(QString, verdict);
    QFETCH(QString, search);
    QFETCH(QList<int>, shown);

    Claim first = claimAt(1, QStringLiteral("12 percent"), 17);
    first.claimType = QStringLiteral("prediction");
    first.verdict = QStringLiteral("true");
    first.notes = QStringLiteral("From the budget.");
    Claim second = claimAt(2, QStringLiteral("a record"), 61);
    Claim third = claimAt(3, QStringLiteral("Prices fell"), 71);
    third.claimType = QStringLiteral("prediction");
    third.verdict = QStringLiteral("false");
    third.notes = QStringLiteral("Budget office");
    // added out of order: the set (and the panel) keep the document's
    for (const Claim &c : {third, first, second})
        m_controller->claims()->addClaim(c);
    const QList<QUuid> ids{first.id, second.id, third.id};
    ClaimsPanel panel(m_controller.get());
    if (!type.isEmpty()) {
        QVERIFY(panel.typeFilter()->findData(type) >= 0);
        panel.typeFilter()->setCurrentIndex(panel.typeFilter()->findData(type));
    }
    if (!verdict.isEmpty()) {
        QVERIFY(panel.verdictFilter()->findData(verdict) >= 0);
        panel.verdictFilter()->setCurrentIndex(panel.verdictFilter()->findData(verdict));
    }
    panel.searchField()->setText(search);
    panel.refresh(); // the search's debounce, without waiting for it
    QList<QUuid> expected;
    for (int n : shown)
        expected << ids.at(n - 1);
    QCOMPARE(panel.visibleClaims(), expected);
    // the view shows exactly those rows, in that order
    const QAbstractItemModel *model = panel.tree()->model();
    const QModelIndex section = model->index(0, 0);
    QCOMPARE(model->rowCount(section), int(expected.size()));
    for (int row = 0; row < model->rowCount(section); ++row)
        QCOMPARE(model->index(row, 0, section).data(Qt::UserRole).value<QUuid>(), expected.at(row));
    QCOMPARE(sectionTitle(panel, 0), QStringLiteral("Claims (%1)").arg(expected.size()));
}

// setCurrentClaim() selects the claim's row (and survives a rebuild); a click or Enter on a row says which claim;
// only an orphan's row enables "Re-attach to selection", which names that orphan.
void ClaimsPanelTest::selectionAndActivation()
{
    const Claim first = claimAt(1, QStringLiteral("12 percent"), 17);
    const Claim second = claimAt(2, QStringLiteral("a record"), 61);
    Claim orphan = claimAt(3, QStringLiteral("gone words"), -1);
    orphan.start = orphan.end = -1;
    for (const Claim &c : {first, second, orphan})
        m_controller->claims()->addClaim(c);
    QVERIFY(m_controller->claims()->claim(orphan.id).isOrphan());
    ClaimsPanel panel(m_controller.get());
    panel.resize(600, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *reattach = panel.findChild<QPushButton *>();
    QVERIFY(reattach);

    panel.setCurrentClaim(second.id);
    QCOMPARE(panel.currentClaim(), second.id);
    QCOMPARE(panel.tree()->currentIndex().data(Qt::UserRole).value<QUuid>(), second.id);
    QVERIFY(!reattach->isEnabled());
    panel.refresh();
    QCOMPARE(panel.tree()->currentIndex().data(Qt::UserRole).value<QUuid>(), second.id);

    QSignalSpy activated(&panel, &ClaimsPanel::claimActivated);
    panel.tree()->setCurrentIndex(panel.indexOf(first.id));
    panel.tree()->setFocus();
    QTest::keyClick(panel.tree(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.last().at(0).value<QUuid>(), first.id);
    QCOMPARE(panel.currentClaim(), first.id);
    // a click on another column of a row names the same claim
    const QRect cellRect = panel.tree()->visualRect(panel.indexOf(second.id, ClaimsPanel::StatusColumn));
    QVERIFY(cellRect.isValid());
    QTest::mouseClick(panel.tree()->viewport(), Qt::LeftButton, {}, cellRect.center());
    QCOMPARE(activated.last().at(0).value<QUuid>(), second.id);
    // a section's title is not a claim: nothing is activated
    const int before = activated.count();
    QTest::mouseClick(panel.tree()->viewport(), Qt::LeftButton, {},
                      panel.tree()->visualRect(panel.tree()->model()->index(0, 0)).center());
    QCOMPARE(activated.count(), before);

    QSignalSpy reattachRequested(&panel, &ClaimsPanel::reattachRequested);
    panel.setCurrentClaim(orphan.id);
    QVERIFY(reattach->isEnabled());
    reattach->click();
    QCOMPARE(reattachRequested.count(), 1);
    QCOMPARE(reattachRequested.last().at(0).value<QUuid>(), orphan.id);
}

// Orphans have their own section, hidden while there are none.
void ClaimsPanelTest::orphansSection()
{
    m_controller->claims()->addClaim(claimAt(1, QStringLiteral("12 percent"), 17));
    ClaimsPanel panel(m_controller.get());
    QVERIFY(panel.tree()->isRowHidden(1, QModelIndex()));
    QVERIFY(panel.visibleOrphans().isEmpty());
    Claim orphan = claimAt(2, QStringLiteral("gone words"), -1);
    orphan.start = orphan.end = -1;
    m_controller->claims()->addClaim(orphan);
    panel.refresh();
    QVERIFY(!panel.tree()->isRowHidden(1, QModelIndex()));
    QCOMPARE(panel.visibleOrphans(), QList<QUuid>{orphan.id});
    QCOMPARE(panel.visibleClaims().size(), 2);
    QCOMPARE(sectionTitle(panel, 1), QStringLiteral("Orphans (1): their text is gone"));
    QCOMPARE(panel.indexOf(orphan.id).parent(), panel.tree()->model()->index(1, 0));
    QVERIFY(panel.tree()->isFirstColumnSpanned(1, QModelIndex()));
    QVERIFY(panel.tree()->isExpanded(panel.tree()->model()->index(1, 0)));
}

QTEST_MAIN(ClaimsPanelTest)
#include "claimspanel_test.moc"
