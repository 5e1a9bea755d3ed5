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

#include <QAbstractItemModel>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
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

// Why a claim needs attention: the column's words, the tooltip's lines and the reasons' ids.
struct Attention {
    QStringList words, why, reasons;
};

Attention attentionOf(const Claim &c)
{
    Attention a;
    if (!c.reReview.isEmpty()) {
        a.words << ClaimsPanel::tr("Check again");
        a.why << (c.reReview == QLatin1String("text-changed")
                      ? ClaimsPanel::tr("The claimed text changed after it was rated: check it again.")
                      : ClaimsPanel::tr("This claim needs checking again (%1).").arg(c.reReview));
        a.reasons << QStringLiteral("check-again");
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
        a.words << ClaimsPanel::tr("Conflict");
        if (!fields.isEmpty())
            a.why << ClaimsPanel::tr("Another reviewer changed the same fields differently: %1. Choose a value in the "
                                     "inspector.").arg(fields.join(QStringLiteral(", ")));
        a.why << removed;
        a.reasons << QStringLiteral("conflict");
    }
    return a;
}

// The claims as two sections (claims, orphans) of rows; a row is a claim's id, everything else comes from the
// claim when asked. Top-level rows have internal id 0, a section's rows the section's number + 1.
class ClaimsModel : public QAbstractItemModel
{
public:
    enum Section { Anchored, Orphans, SectionCount };

    explicit ClaimsModel(DocumentController *controller, QObject *parent)
        : QAbstractItemModel(parent), m_controller(controller)
    {
    }

    /// New rows (what the filters let through) and the sections' titles.
    void setRows(QList<QUuid> anchored, QList<QUuid> orphans, const QString &anchoredTitle, const QString &orphansTitle)
    {
        beginResetModel();
        m_rows[Anchored] = std::move(anchored);
        m_rows[Orphans] = std::move(orphans);
        m_titles[Anchored] = anchoredTitle;
        m_titles[Orphans] = orphansTitle;
        m_dots.clear(); // colours may have changed
        endResetModel();
    }
    const QList<QUuid> &rows(Section section) const { return m_rows[section]; }
    QModelIndex sectionIndex(Section section) const { return createIndex(section, 0, quintptr(0)); }
    QModelIndex indexOf(const QUuid &id, int column) const
    {
        for (int s = 0; s < SectionCount; ++s) {
            if (const qsizetype row = m_rows[s].indexOf(id); row >= 0)
                return createIndex(int(row), column, quintptr(s + 1));
        }
        return QModelIndex();
    }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override
    {
        if (row < 0 || column < 0 || column >= ColumnCount)
            return QModelIndex();
        if (!parent.isValid())
            return row < SectionCount ? createIndex(row, column, quintptr(0)) : QModelIndex();
        if (parent.internalId() != 0 || parent.column() != 0 || row >= m_rows[parent.row()].size())
            return QModelIndex();
        return createIndex(row, column, quintptr(parent.row() + 1));
    }
    QModelIndex parent(const QModelIndex &child) const override
    {
        if (!child.isValid() || child.internalId() == 0)
            return QModelIndex();
        return createIndex(int(child.internalId() - 1), 0, quintptr(0));
    }
    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        if (!parent.isValid())
            return SectionCount;
        if (parent.internalId() != 0 || parent.column() != 0)
            return 0;
        return int(m_rows[parent.row()].size());
    }
    int columnCount(const QModelIndex & = QModelIndex()) const override { return ColumnCount; }
    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!index.isValid())
            return Qt::NoItemFlags;
        return index.internalId() == 0 ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
            return QVariant();
        if (role == Qt::DisplayRole) {
            switch (section) {
            case ClaimsPanel::QuoteColumn: return ClaimsPanel::tr("Quote");
            case ClaimsPanel::TypeColumn: return ClaimsPanel::tr("Type");
            case ClaimsPanel::StatusColumn: return ClaimsPanel::tr("Status");
            case ClaimsPanel::VerdictColumn: return ClaimsPanel::tr("Verdict");
            case ClaimsPanel::ReviewerColumn: return ClaimsPanel::tr("Reviewer");
            case ClaimsPanel::AttentionColumn: return ClaimsPanel::tr("Attention");
            case ClaimsPanel::ChecklistColumn: return ClaimsPanel::tr("Checklist");
            }
        }
        // What the highlights in the text mean, wherever the pointer rests on the header.
        if (role == Qt::ToolTipRole)
            return section == ClaimsPanel::ChecklistColumn
                ? ClaimsPanel::tr("<p>Steps of the verification checklist done.</p>") + Inspector::highlightLegend()
                : Inspector::highlightLegend();
        return QVariant();
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return QVariant();
        if (index.internalId() == 0)
            return sectionData(index, role);
        const ClaimSet *set = m_controller->claims();
        const QList<QUuid> &rows = m_rows[index.internalId() - 1];
        if (index.row() >= rows.size())
            return QVariant();
        const QUuid &id = rows.at(index.row());
        if (index.column() == ClaimsPanel::QuoteColumn && role == Qt::UserRole)
            return id;
        // a claim removed since the rows were made (the panel refreshes a moment after changes): nothing
        const qsizetype at = set->indexOf(id);
        if (at < 0)
            return QVariant();
        const Claim &c = set->claims().at(at);
        switch (index.column()) {
        case ClaimsPanel::QuoteColumn: return quoteData(c, role);
        case ClaimsPanel::AttentionColumn: return attentionData(c, role);
        case ClaimsPanel::ChecklistColumn: return checklistData(c, role);
        default: break;
        }
        if (role != Qt::DisplayRole)
            return QVariant();
        switch (index.column()) {
        case ClaimsPanel::TypeColumn: {
            const ClaimType ct = claimType(c);
            return ct.isValid() ? ct.name : c.claimType;
        }
        case ClaimsPanel::StatusColumn: return statusLabel(c.status);
        case ClaimsPanel::VerdictColumn: {
            const RatingLevel level = set->data().ratingScale.level(c.verdict);
            return level.id.isEmpty() ? c.verdict : level.label;
        }
        case ClaimsPanel::ReviewerColumn: return reviewerOf(c);
        default: return QVariant();
        }
    }

private:
    static constexpr int ColumnCount = ClaimsPanel::ChecklistColumn + 1;

    static QString reviewerOf(const Claim &c) { return c.history.isEmpty() ? c.createdBy : c.history.last().author; }
    ClaimType claimType(const Claim &c) const
    {
        return m_controller->plugins() ? m_controller->plugins()->claimType(c.claimType) : ClaimType();
    }
    // one icon per colour for all rows, not a pixmap per claim
    QIcon dotFor(const QColor &colour) const
    {
        auto icon = m_dots.constFind(colour.rgba());
        if (icon == m_dots.cend())
            icon = m_dots.insert(colour.rgba(), dot(colour));
        return *icon;
    }

    QVariant sectionData(const QModelIndex &index, int role) const
    {
        if (index.column() != 0)
            return QVariant();
        if (role == Qt::DisplayRole)
            return m_titles[index.row()];
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return QVariant();
    }

    QVariant quoteData(const Claim &c, int role) const
    {
        switch (role) {
        case Qt::DisplayRole: {
            // What a reader sees: Markdown's ** and HTML's tags and entities gone (the claim still anchors the source).
            QString quote = readable(c).simplified();
            if (quote.size() > 90)
                quote = quote.left(88) + QChar(0x2026);
            return quote;
        }
        case Qt::ToolTipRole: return ClaimsPanel::tr("%1\n\nReviewer: %2").arg(readable(c), reviewerOf(c));
        case Qt::DecorationRole: return dotFor(m_controller->style()->colour(c.claimType));
        default: return QVariant();
        }
    }
    QString readable(const Claim &c) const
    {
        return readableText(c.quote.exact, m_controller->claims()->data().document.mediaType);
    }

    QVariant attentionData(const Claim &c, int role) const
    {
        if (role == ClaimsPanel::AttentionRole)
            return attentionOf(c).reasons;
        if (role == Qt::DisplayRole)
            return needsAttention(c) ? attentionOf(c).words.join(QStringLiteral(", ")) : QString();
        if (role == Qt::ToolTipRole)
            return needsAttention(c) ? attentionOf(c).why.join(u'\n') : QString();
        if (!needsAttention(c))
            return QVariant();
        const bool conflict = !c.conflicts.isEmpty();
        switch (role) {
        case Qt::DecorationRole: return dotFor(conflict ? QColor(0xd9, 0x53, 0x4f) : QColor(0xe0, 0xa0, 0x20));
        case Qt::ForegroundRole: return QBrush(conflict ? QColor(0x8a, 0x2a, 0x26) : QColor(0x6b, 0x4e, 0x00));
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        default: return QVariant();
        }
    }

    QVariant checklistData(const Claim &c, int role) const
    {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::TextAlignmentRole)
            return QVariant();
        const Completeness k = completeness(c, Inspector::completenessRule(claimType(c)));
        if (k.checklistTotal <= 0)
            return QVariant();
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        if (role == Qt::ToolTipRole)
            return ClaimsPanel::tr("Checklist: %1 of %2 steps done").arg(k.checklistDone).arg(k.checklistTotal);
        return QStringLiteral("%1/%2").arg(k.checklistDone).arg(k.checklistTotal);
    }

    DocumentController *m_controller;
    QList<QUuid> m_rows[SectionCount];
    QString m_titles[SectionCount];
    mutable QHash<QRgb, QIcon> m_dots;
};
} // namespace

class ClaimsPanelPrivate
{
public:
    DocumentController *controller = nullptr;
    QLineEdit *search = nullptr;
    QComboBox *type = nullptr;
    QComboBox *status = nullptr;
    QComboBox *verdict = nullptr;
    QTreeView *tree = nullptr;
    ClaimsModel *model = nullptr;
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
        QList<QUuid> anchored, orphans;
        int anchoredAttention = 0, orphansAttention = 0;
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
            (c.isOrphan() ? orphans : anchored).append(c.id);
            if (needsAttention(c))
                ++(c.isOrphan() ? orphansAttention : anchoredAttention);
        }
        const QString anchoredTitle = anchoredAttention ? ClaimsPanel::tr("Claims (%1, %2 need attention)")
                                                              .arg(anchored.size()).arg(anchoredAttention)
                                                        : ClaimsPanel::tr("Claims (%1)").arg(anchored.size());
        const QString orphansTitle = orphansAttention ? ClaimsPanel::tr("Orphans (%1, %2 need attention): their text is gone")
                                                            .arg(orphans.size()).arg(orphansAttention)
                                                      : ClaimsPanel::tr("Orphans (%1): their text is gone").arg(orphans.size());
        const bool noOrphans = orphans.isEmpty();
        model->setRows(std::move(anchored), std::move(orphans), anchoredTitle, orphansTitle);
        // a reset forgets the view's spans, expansions and hidden rows
        for (int section = 0; section < ClaimsModel::SectionCount; ++section) {
            tree->setFirstColumnSpanned(section, QModelIndex(), true);
            tree->expand(model->sectionIndex(ClaimsModel::Section(section)));
        }
        tree->setRowHidden(ClaimsModel::Orphans, QModelIndex(), noOrphans);
        // the Attention column only while a claim needs it
        tree->setColumnHidden(ClaimsPanel::AttentionColumn, anchoredAttention + orphansAttention == 0);
        if (const QModelIndex at = model->indexOf(current, 0); at.isValid())
            tree->setCurrentIndex(at);
        rebuilding = false;
        updateButtons();
    }

    void updateButtons()
    {
        const QModelIndex at = tree->currentIndex();
        reattach->setEnabled(at.isValid() && at.parent() == model->sectionIndex(ClaimsModel::Orphans));
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
    d->tree = new QTreeView(this);
    d->tree->setAccessibleName(tr("Claims"));
    d->model = new ClaimsModel(controller, this);
    d->tree->setModel(d->model); // its header's labels and tooltips (the highlights' legend) are the model's
    d->tree->setRootIsDecorated(true);
    d->tree->setUniformRowHeights(true);
    d->tree->setAlternatingRowColors(true);
    d->tree->header()->setStretchLastSection(false);
    d->tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int i = 1; i < d->model->columnCount(); ++i)
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
    auto activate = [this](const QModelIndex &index) {
        const QUuid id = index.siblingAtColumn(QuoteColumn).data(Qt::UserRole).toUuid();
        if (!id.isNull()) {
            d->current = id;
            Q_EMIT claimActivated(id);
        }
    };
    connect(d->tree, &QTreeView::activated, this, activate);
    connect(d->tree, &QTreeView::clicked, this, activate);
    connect(d->tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { d->updateButtons(); });
    connect(d->reattach, &QPushButton::clicked, this, [this] {
        if (const QModelIndex at = d->tree->currentIndex(); at.isValid())
            Q_EMIT reattachRequested(at.siblingAtColumn(QuoteColumn).data(Qt::UserRole).toUuid());
    });
    d->fillFilters();
    refresh();
}

ClaimsPanel::~ClaimsPanel() = default;

void ClaimsPanel::setCurrentClaim(const QUuid &id)
{
    d->current = id;
    if (const QModelIndex at = d->model->indexOf(id, 0); at.isValid()) {
        QSignalBlocker b(d->tree);
        d->tree->setCurrentIndex(at);
        d->tree->scrollTo(at);
        d->updateButtons();
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

QTreeView *ClaimsPanel::tree() const
{
    return d->tree;
}

QModelIndex ClaimsPanel::indexOf(const QUuid &id, int column) const
{
    return d->model->indexOf(id, column);
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
    return d->model->rows(ClaimsModel::Anchored) + d->model->rows(ClaimsModel::Orphans);
}

QList<QUuid> ClaimsPanel::visibleOrphans() const
{
    return d->model->rows(ClaimsModel::Orphans);
}

} // namespace Claimbench
