// SPDX-License-Identifier: GPL-2.0-or-later
#include "claimspanel.h"

#include "claimset.h"
#include "claimtypestyle.h"
#include "completeness.h"
#include "documentcontroller.h"
#include "inspector.h"
#include "labels.h"
#include "pluginmanager.h"
#include "readabletext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Claimbench {

namespace {
QIcon dot(const QColor &c)
{
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pm);
}

// A claim that needs attention: its text changed after it was rated or done, or a merge left conflicting changes.
bool needsAttention(const Claim &c)
{
    return !c.reReview.isEmpty() || !c.conflicts.isEmpty();
}

// The Attention column of a claim's row: "Check again" and/or "Conflict", why (tooltip) and the reasons' ids.
void setAttention(QTreeWidgetItem *item, const Claim &c)
{
    QStringList words, why, reasons;
    if (!c.reReview.isEmpty()) {
        words << ClaimsPanel::tr("Check again");
        why << (c.reReview == QLatin1String("text-changed")
                    ? ClaimsPanel::tr("The claimed text changed after it was rated: check it again.")
                    : ClaimsPanel::tr("This claim needs checking again (%1).").arg(c.reReview));
        reasons << QStringLiteral("check-again");
    }
    if (!c.conflicts.isEmpty()) {
        QStringList fields, removed;
        for (const FieldConflict &fc : c.conflicts) {
            if (fc.field == QLatin1String("removed")) // null on the side that removed it
                removed << (fc.theirs.isNull() ? ClaimsPanel::tr("Another reviewer removed this claim while it was changed "
                                                             "here. Keep or remove it in the inspector.")
                                           : ClaimsPanel::tr("This claim was removed here while another reviewer changed "
                                                             "it. Keep or remove it in the inspector."));
            else if (const QString label = fieldLabel(fc.field); !fields.contains(label))
                fields << label;
        }
        words << ClaimsPanel::tr("Conflict");
        if (!fields.isEmpty())
            why << ClaimsPanel::tr("Another reviewer changed the same fields differently: %1. Choose a value in the "
                                   "inspector.").arg(fields.join(QStringLiteral(", ")));
        why << removed;
        reasons << QStringLiteral("conflict");
    }
    const int col = ClaimsPanel::AttentionColumn;
    item->setText(col, words.join(QStringLiteral(", ")));
    item->setToolTip(col, why.join(u'\n'));
    item->setData(col, ClaimsPanel::AttentionRole, reasons);
    if (reasons.isEmpty())
        return;
    const bool conflict = !c.conflicts.isEmpty();
    item->setIcon(col, dot(conflict ? QColor(0xd9, 0x53, 0x4f) : QColor(0xe0, 0xa0, 0x20)));
    item->setForeground(col, conflict ? QColor(0x8a, 0x2a, 0x26) : QColor(0x6b, 0x4e, 0x00));
    QFont f = item->font(col);
    f.setBold(true);
    item->setFont(col, f);
}
} // namespace

class ClaimsPanelPrivate
{
public:
    DocumentController *controller = nullptr;
    QLineEdit *search = nullptr;
    QComboBox *type = nullptr;
    QComboBox *status = nullptr;
    QComboBox *verdict = nullptr;
    QTreeWidget *tree = nullptr;
    QTreeWidgetItem *anchored = nullptr;
    QTreeWidgetItem *orphans = nullptr;
    QPushButton *reattach = nullptr;
    QTimer debounce;
    QUuid current;
    bool rebuilding = false;
    bool filtersStale = true;

    void fillFilters()
    {
        const QString t = type->currentData().toString();
        const QString v = verdict->currentData().toString();
        QSignalBlocker b1(type), b2(verdict);
        type->clear();
        type->addItem(ClaimsPanel::tr("All types"), QString());
        QStringList ids;
        if (controller->plugins()) {
            for (const ClaimType &ct : controller->plugins()->claimTypes()) {
                type->addItem(dot(controller->style()->colour(ct.id)), ct.name, ct.id);
                ids.append(ct.id);
            }
        }
        for (const Claim &c : controller->claims()->claims()) {
            if (!ids.contains(c.claimType)) {
                ids.append(c.claimType);
                type->addItem(dot(controller->style()->colour(c.claimType)), c.claimType, c.claimType);
            }
        }
        type->setCurrentIndex(std::max(0, type->findData(t)));
        verdict->clear();
        verdict->addItem(ClaimsPanel::tr("Any verdict"), QString());
        verdict->addItem(ClaimsPanel::tr("No verdict yet"), QStringLiteral("-"));
        for (const RatingLevel &l : controller->claims()->data().ratingScale.levels)
            verdict->addItem(l.label, l.id);
        verdict->setCurrentIndex(std::max(0, verdict->findData(v)));
    }

    void rebuild()
    {
        rebuilding = true;
        const ClaimSet *set = controller->claims();
        const QString t = type->currentData().toString();
        const int s = status->currentData().toInt();
        const QString v = verdict->currentData().toString();
        const QString q = search->text().trimmed();
        tree->setUpdatesEnabled(false);
        qDeleteAll(anchored->takeChildren());
        qDeleteAll(orphans->takeChildren());
        QTreeWidgetItem *currentItem = nullptr;
        int anchoredAttention = 0, orphansAttention = 0;
        const RatingScale scale = set->data().ratingScale;
        QHash<QRgb, QIcon> dots;
        for (const Claim &c : set->claims()) {
            if (!t.isEmpty() && c.claimType != t)
                continue;
            if (s >= 0 && int(c.status) != s)
                continue;
            if (s == ClaimsPanel::NeedsAttentionFilter && !needsAttention(c))
                continue;
            if (v == QLatin1String("-") ? !c.verdict.isEmpty() : (!v.isEmpty() && c.verdict != v))
                continue;
            if (!q.isEmpty() && !c.quote.exact.contains(q, Qt::CaseInsensitive) && !c.notes.contains(q, Qt::CaseInsensitive))
                continue;
            const ClaimType ct = controller->plugins() ? controller->plugins()->claimType(c.claimType) : ClaimType();
            const RatingLevel level = scale.level(c.verdict);
            const QString reviewer = c.history.isEmpty() ? c.createdBy : c.history.last().author;
            // What a reader sees: Markdown's ** and HTML's tags and entities gone (the claim still anchors the source).
            const QString readable = readableText(c.quote.exact, set->data().document.mediaType);
            QString quote = readable.simplified();
            if (quote.size() > 90)
                quote = quote.left(88) + QChar(0x2026);
            auto *item = new QTreeWidgetItem(c.isOrphan() ? orphans : anchored,
                                             {quote, ct.isValid() ? ct.name : c.claimType, statusLabel(c.status),
                                              level.id.isEmpty() ? c.verdict : level.label, reviewer});
            item->setData(0, Qt::UserRole, c.id);
            const QColor colour = controller->style()->colour(c.claimType);
            auto icon = dots.constFind(colour.rgba()); // one icon per colour for all rows, not a pixmap per claim
            if (icon == dots.cend())
                icon = dots.insert(colour.rgba(), dot(colour));
            item->setIcon(0, *icon);
            item->setToolTip(0, ClaimsPanel::tr("%1\n\nReviewer: %2").arg(readable, reviewer));
            setAttention(item, c);
            if (const Completeness k = completeness(c, Inspector::completenessRule(ct)); k.checklistTotal > 0) {
                item->setText(ClaimsPanel::ChecklistColumn, QStringLiteral("%1/%2").arg(k.checklistDone).arg(k.checklistTotal));
                item->setTextAlignment(ClaimsPanel::ChecklistColumn, Qt::AlignCenter);
                item->setToolTip(ClaimsPanel::ChecklistColumn, ClaimsPanel::tr("Checklist: %1 of %2 steps done")
                                                                   .arg(k.checklistDone).arg(k.checklistTotal));
            }
            if (needsAttention(c))
                ++(c.isOrphan() ? orphansAttention : anchoredAttention);
            if (c.id == current)
                currentItem = item;
        }
        anchored->setText(0, anchoredAttention ? ClaimsPanel::tr("Claims (%1, %2 need attention)")
                                                     .arg(anchored->childCount()).arg(anchoredAttention)
                                               : ClaimsPanel::tr("Claims (%1)").arg(anchored->childCount()));
        orphans->setText(0, orphansAttention ? ClaimsPanel::tr("Orphans (%1, %2 need attention): their text is gone")
                                                   .arg(orphans->childCount()).arg(orphansAttention)
                                             : ClaimsPanel::tr("Orphans (%1): their text is gone").arg(orphans->childCount()));
        // the Attention column only while a claim needs it
        tree->setColumnHidden(ClaimsPanel::AttentionColumn, anchoredAttention + orphansAttention == 0);
        orphans->setHidden(orphans->childCount() == 0);
        tree->setUpdatesEnabled(true);
        if (currentItem)
            tree->setCurrentItem(currentItem);
        rebuilding = false;
        updateButtons();
    }

    void updateButtons()
    {
        const QTreeWidgetItem *item = tree->currentItem();
        reattach->setEnabled(item && item->parent() == orphans);
    }

    QList<QUuid> idsOf(const QTreeWidgetItem *parent) const
    {
        QList<QUuid> ids;
        for (int i = 0; i < parent->childCount(); ++i)
            ids.append(parent->child(i)->data(0, Qt::UserRole).toUuid());
        return ids;
    }
};

ClaimsPanel::ClaimsPanel(DocumentController *controller, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<ClaimsPanelPrivate>())
{
    setObjectName(QStringLiteral("claimsPanel"));
    d->controller = controller;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    d->search = new QLineEdit(this);
    d->search->setPlaceholderText(tr("Search quotes and notes"));
    d->search->setAccessibleName(tr("Search claims"));
    d->search->setClearButtonEnabled(true);
    d->type = new QComboBox(this);
    d->type->setAccessibleName(tr("Filter by claim type"));
    d->status = new QComboBox(this);
    d->status->setAccessibleName(tr("Filter by status"));
    d->status->addItem(tr("Any status"), -1);
    for (ClaimStatus s : {ClaimStatus::Open, ClaimStatus::InProgress, ClaimStatus::NeedsSecondReview, ClaimStatus::Done,
                          ClaimStatus::Dismissed})
        d->status->addItem(statusLabel(s), int(s));
    d->status->insertSeparator(d->status->count());
    d->status->addItem(tr("Needs attention"), NeedsAttentionFilter);
    d->status->setItemData(d->status->count() - 1,
                           tr("Claims to check again (their text changed after they were rated) or with conflicting "
                              "changes from another reviewer"),
                           Qt::ToolTipRole);
    d->verdict = new QComboBox(this);
    d->verdict->setAccessibleName(tr("Filter by verdict"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(d->type, 1);
    filters->addWidget(d->status, 1);
    filters->addWidget(d->verdict, 1);
    d->tree = new QTreeWidget(this);
    d->tree->setAccessibleName(tr("Claims"));
    d->tree->setHeaderLabels({tr("Quote"), tr("Type"), tr("Status"), tr("Verdict"), tr("Reviewer"), tr("Attention"), tr("Checklist")});
    // What the highlights in the text mean, wherever the pointer rests on the header.
    for (int i = 0; i < d->tree->columnCount(); ++i)
        d->tree->headerItem()->setToolTip(i, i == ChecklistColumn ? tr("<p>Steps of the verification checklist done.</p>")
                                                                        + Inspector::highlightLegend()
                                                                  : Inspector::highlightLegend());
    d->tree->setRootIsDecorated(true);
    d->tree->setUniformRowHeights(true);
    d->tree->setAlternatingRowColors(true);
    d->tree->header()->setStretchLastSection(false);
    d->tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int i = 1; i < d->tree->columnCount(); ++i)
        d->tree->header()->setSectionResizeMode(i, QHeaderView::Interactive);
    d->tree->setColumnWidth(1, 108);
    d->tree->setColumnWidth(2, 92);
    d->tree->setColumnWidth(3, 84);
    d->tree->setColumnWidth(AttentionColumn, 96);
    d->tree->setColumnWidth(ChecklistColumn, 64);
    d->tree->header()->moveSection(ChecklistColumn, StatusColumn + 1); // the progress next to the status
    d->tree->header()->setMinimumSectionSize(40);
    d->tree->setColumnHidden(4, true); // the reviewer: shown in the tooltip and the inspector's history
    d->tree->setTextElideMode(Qt::ElideRight);
    d->anchored = new QTreeWidgetItem(d->tree, {tr("Claims")});
    d->orphans = new QTreeWidgetItem(d->tree, {tr("Orphans")});
    for (QTreeWidgetItem *section : {d->anchored, d->orphans}) {
        section->setFlags(Qt::ItemIsEnabled);
        section->setFirstColumnSpanned(true);
        QFont f = section->font(0);
        f.setBold(true);
        section->setFont(0, f);
        section->setExpanded(true);
    }
    d->reattach = new QPushButton(tr("Re-attach to selection"), this);
    d->reattach->setAccessibleName(tr("Re-attach the orphan to the selected text"));
    d->reattach->setToolTip(tr("Select the claim's text in the editor, then re-attach the orphan to it"));
    layout->addWidget(d->search);
    layout->addLayout(filters);
    layout->addWidget(d->tree, 1);
    layout->addWidget(d->reattach);

    d->debounce.setSingleShot(true);
    connect(&d->debounce, &QTimer::timeout, this, &ClaimsPanel::refresh);
    auto later = [this] { d->debounce.start(150); };
    connect(controller->claims(), &ClaimSet::changed, this, later);
    // After a reset (a document opened) the list fills right after the editor's first paint.
    connect(controller->claims(), &ClaimSet::reset, this, [this] {
        d->filtersStale = true;
        d->debounce.start(0);
    });
    // A new rating scale (Preferences) changes the verdicts the filter offers.
    connect(controller->claims(), &ClaimSet::ratingScaleChanged, this, [this] {
        d->filtersStale = true;
        d->debounce.start(0);
    });
    // New colours (Preferences): the dots of the list and of the type filter.
    connect(controller->style(), &ClaimTypeStyle::changed, this, [this] {
        d->filtersStale = true;
        d->debounce.start(0);
    });
    connect(d->search, &QLineEdit::textChanged, this, later);
    connect(d->type, &QComboBox::currentIndexChanged, this, &ClaimsPanel::refresh);
    connect(d->status, &QComboBox::currentIndexChanged, this, &ClaimsPanel::refresh);
    connect(d->verdict, &QComboBox::currentIndexChanged, this, &ClaimsPanel::refresh);
    auto activate = [this](QTreeWidgetItem *item) {
        const QUuid id = item ? item->data(0, Qt::UserRole).toUuid() : QUuid();
        if (!id.isNull()) {
            d->current = id;
            Q_EMIT claimActivated(id);
        }
    };
    connect(d->tree, &QTreeWidget::itemActivated, this, activate);
    connect(d->tree, &QTreeWidget::itemClicked, this, activate);
    connect(d->tree, &QTreeWidget::currentItemChanged, this, [this] { d->updateButtons(); });
    connect(d->reattach, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = d->tree->currentItem())
            Q_EMIT reattachRequested(item->data(0, Qt::UserRole).toUuid());
    });
    d->fillFilters();
    refresh();
}

ClaimsPanel::~ClaimsPanel() = default;

void ClaimsPanel::setCurrentClaim(const QUuid &id)
{
    d->current = id;
    for (QTreeWidgetItem *section : {d->anchored, d->orphans}) {
        for (int i = 0; i < section->childCount(); ++i) {
            if (section->child(i)->data(0, Qt::UserRole).toUuid() == id) {
                QSignalBlocker b(d->tree);
                d->tree->setCurrentItem(section->child(i));
                d->tree->scrollToItem(section->child(i));
                d->updateButtons();
                return;
            }
        }
    }
}

QUuid ClaimsPanel::currentClaim() const
{
    return d->current;
}

void ClaimsPanel::refresh()
{
    d->debounce.stop();
    if (d->filtersStale || d->type->count() <= 1) {
        d->fillFilters();
        d->filtersStale = false;
    }
    d->rebuild();
}

QTreeWidget *ClaimsPanel::tree() const
{
    return d->tree;
}

QLineEdit *ClaimsPanel::searchField() const
{
    return d->search;
}

QComboBox *ClaimsPanel::typeFilter() const
{
    return d->type;
}

QComboBox *ClaimsPanel::statusFilter() const
{
    return d->status;
}

QComboBox *ClaimsPanel::verdictFilter() const
{
    return d->verdict;
}

QList<QUuid> ClaimsPanel::visibleClaims() const
{
    return d->idsOf(d->anchored) + d->idsOf(d->orphans);
}

QList<QUuid> ClaimsPanel::visibleOrphans() const
{
    return d->idsOf(d->orphans);
}

} // namespace Claimbench
