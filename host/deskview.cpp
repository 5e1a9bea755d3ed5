// SPDX-License-Identifier: GPL-2.0-or-later
#include "deskview.h"

#include "claimset.h"
#include "deskindex.h"
#include "documentcontroller.h"
#include "labels.h"
#include "settings.h"

#include <QAbstractTableModel>
#include <QAction>
#include <QColor>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTimeZone>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <numeric>

namespace Claimbench {

namespace {
constexpr int PathRole = Qt::UserRole;
constexpr int ClaimRole = Qt::UserRole + 1;

QString verdictLabel(const QString &id)
{
    if (id.isEmpty())
        return QString();
    const RatingLevel level = RatingScale::defaultScale().level(id);
    return level.id.isEmpty() ? id : level.label;
}

QString shortText(const QString &s, int max = 120)
{
    const QString t = s.simplified();
    return t.size() > max ? t.left(max - 1) + QChar(0x2026) : t;
}

/// Empty cells first, numbers as numbers, the rest as text.
bool lessThan(const QVariant &a, const QVariant &b)
{
    if (!a.isValid() || !b.isValid())
        return !a.isValid() && b.isValid();
    if (a.typeId() == QMetaType::Int && b.typeId() == QMetaType::Int)
        return a.toInt() < b.toInt();
    return a.toString() < b.toString();
}

/// A list's rows as the index gave them; the texts are made when the view asks for them (no item per row).
/// sort(): stable, by a column's display value; column -1 is the index's order.
class DeskRowsModel : public QAbstractTableModel
{
public:
    DeskRowsModel(const QStringList &headers, QObject *parent)
        : QAbstractTableModel(parent)
        , m_headers(headers)
    {
    }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_order.size());
    }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_headers.size());
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
            return m_headers.at(section);
        return QVariant();
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_order.size())
            return QVariant();
        return value(m_order.at(index.row()), index.column(), role);
    }
    void sort(int column, Qt::SortOrder order) override
    {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QList<int> before = m_order;
        std::iota(m_order.begin(), m_order.end(), 0);
        if (column >= 0 && column < m_headers.size()) {
            QList<QVariant> keys(m_order.size());
            for (int row = 0; row < int(keys.size()); ++row)
                keys[row] = value(row, column, Qt::DisplayRole);
            std::stable_sort(m_order.begin(), m_order.end(), [&](int x, int y) {
                return order == Qt::AscendingOrder ? lessThan(keys.at(x), keys.at(y)) : lessThan(keys.at(y), keys.at(x));
            });
        }
        QList<int> at(m_order.size());
        for (int i = 0; i < int(m_order.size()); ++i)
            at[m_order.at(i)] = i;
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        for (const QModelIndex &i : from)
            to.append(index(at.at(before.at(i.row())), i.column()));
        changePersistentIndexList(from, to);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

protected:
    /// `row` in the index's order.
    virtual QVariant value(int row, int column, int role) const = 0;
    /// After the rows changed: `rows` of them, in the index's order.
    void reset(qsizetype rows)
    {
        m_order.resize(rows);
        std::iota(m_order.begin(), m_order.end(), 0);
    }

private:
    QStringList m_headers;
    QList<int> m_order; ///< the rows as shown, as indexes in the index's order
};

/// One row per article: its counts (DeskIndex::articles()).
class DeskArticlesModel : public DeskRowsModel
{
public:
    DeskArticlesModel(const QStringList &headers, QObject *parent)
        : DeskRowsModel(headers, parent)
        , m_statuses(allStatusIds())
    {
    }
    void setRows(QList<DeskArticleRow> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        reset(m_rows.size());
        endResetModel();
    }
    const QList<DeskArticleRow> &rows() const { return m_rows; }

protected:
    QVariant value(int row, int column, int role) const override
    {
        const DeskArticleRow &a = m_rows.at(row);
        const int statuses = int(m_statuses.size());
        const auto count = [](int n) { return n ? QVariant(n) : QVariant(); };
        switch (role) {
        case Qt::DisplayRole:
            if (column == 0)
                return a.relativePath;
            if (column == 1)
                return a.error.isEmpty() ? QVariant(a.claims) : QVariant(DeskView::tr("unreadable"));
            if (column < 2 + statuses)
                return count(a.byStatus.value(m_statuses.at(column - 2)));
            if (column == 2 + statuses) {
                QStringList verdicts;
                for (auto it = a.byVerdict.cbegin(); it != a.byVerdict.cend(); ++it)
                    verdicts.append(QStringLiteral("%1 %2").arg(verdictLabel(it.key())).arg(*it));
                return verdicts.join(QLatin1String(", "));
            }
            if (column == 3 + statuses)
                return count(a.conflicted);
            if (column == 4 + statuses)
                return count(a.assignedToMe);
            if (column == 5 + statuses)
                return count(a.waitingForMe);
            return QVariant();
        case Qt::ToolTipRole:
            return column == 0 && !a.error.isEmpty() ? QVariant(a.error) : QVariant();
        case Qt::ForegroundRole:
            return column == 1 && !a.error.isEmpty() ? QVariant(QColor(0xb0, 0x20, 0x20)) : QVariant();
        case Qt::TextAlignmentRole:
            return column >= 1 && column < 2 + statuses ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
        case PathRole:
            return a.documentPath;
        default:
            return QVariant();
        }
    }

private:
    QStringList m_statuses;
    QList<DeskArticleRow> m_rows;
};

/// Claims of the desk (assigned to me, waiting for my second review, search results).
class DeskClaimsModel : public DeskRowsModel
{
public:
    DeskClaimsModel(const QStringList &headers, bool withSnippet, QObject *parent)
        : DeskRowsModel(headers, parent)
        , m_withSnippet(withSnippet)
    {
    }
    void setRows(const QString &deskDir, QList<DeskClaimRow> rows)
    {
        beginResetModel();
        m_desk = QDir(deskDir);
        m_rows = std::move(rows);
        reset(m_rows.size());
        endResetModel();
    }

protected:
    QVariant value(int row, int column, int role) const override
    {
        const DeskClaimRow &r = m_rows.at(row);
        switch (role) {
        case Qt::DisplayRole:
            switch (column) {
            case 0:
                return r.relativePath;
            case 1:
                return shortText(m_withSnippet && !r.snippet.isEmpty() ? r.snippet
                                                                         : (r.statement.isEmpty() ? r.quote : r.statement));
            case 2:
                return statusLabel(r.status);
            case 3:
                return verdictLabel(r.verdict);
            case 4:
                return r.createdBy;
            default:
                return QVariant();
            }
        case Qt::ToolTipRole:
            return column == 1 ? QVariant(r.quote) : QVariant();
        case PathRole:
            return m_desk.absoluteFilePath(r.relativePath);
        case ClaimRole:
            return r.id;
        default:
            return QVariant();
        }
    }

private:
    bool m_withSnippet = false;
    QDir m_desk;
    QList<DeskClaimRow> m_rows;
};

QTreeView *makeList(QAbstractItemModel *model, QWidget *parent)
{
    auto *list = new QTreeView(parent);
    list->setModel(model);
    list->setRootIsDecorated(false);
    list->setItemsExpandable(false);
    list->setUniformRowHeights(true); // 5,000 rows: no per-row size queries
    list->setAlternatingRowColors(true);
    list->header()->setStretchLastSection(true);
    list->header()->setSortIndicator(-1, Qt::AscendingOrder); // the index's order until a header is clicked
    list->setSortingEnabled(true);
    return list;
}
} // namespace

QString approveInWorkbench(DocumentController *controller, const QUuid &id, const QString &reviewer, bool outsideDesk,
                           const QDateTime &now)
{
    const Claim c = controller->claims()->claim(id);
    if (!c.isValid())
        return DeskView::tr("That claim is no longer in the article.");
    const QString refusal = approvalRefusal(c, reviewer, secondReviewRequired(controller->path(), outsideDesk));
    if (!refusal.isEmpty())
        return refusal;
    const QDateTime at = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    const QDateTime when = QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch(), QTimeZone::UTC);
    if (!controller->setField(id, QStringLiteral("approval"),
                              QJsonObject{{QStringLiteral("approvedBy"), reviewer},
                                          {QStringLiteral("approved"), when.toString(Qt::ISODate)}}))
        return DeskView::tr("The approval could not be recorded.");
    return QString();
}

class DeskViewPrivate
{
public:
    DeskView *q = nullptr;
    QString dir;
    QString reviewer;
    QString error;
    DeskSettings settings;
    std::unique_ptr<DeskIndex> index;
    QLabel *summary = nullptr;
    QLineEdit *searchBox = nullptr;
    QTabWidget *tabs = nullptr;
    DeskArticlesModel *articleRows = nullptr;
    DeskClaimsModel *assignedRows = nullptr;
    DeskClaimsModel *waitingRows = nullptr;
    DeskClaimsModel *resultRows = nullptr;
    QTreeView *articles = nullptr;
    QTreeView *assigned = nullptr;
    QTreeView *waiting = nullptr;
    QTreeView *results = nullptr;
    QAction *approve = nullptr;
    QLabel *approvalMessage = nullptr;
    std::function<DocumentController *(const QString &)> openArticles;
    std::function<QDateTime()> clock;

    void say(const QString &text, bool bad)
    {
        approvalMessage->setText(text);
        approvalMessage->setStyleSheet(bad ? QStringLiteral("QLabel { color: #a94442; }") : QString());
    }

    void fillClaims(QTreeView *list, DeskClaimsModel *model, QList<DeskClaimRow> rows)
    {
        model->setRows(dir, std::move(rows));
        list->header()->setSortIndicator(-1, Qt::AscendingOrder); // the index's order until a header is clicked
    }

    void fill()
    {
        articleRows->setRows(index->articles(reviewer, settings));
        articles->sortByColumn(0, Qt::AscendingOrder);

        QList<DeskClaimRow> mine = index->assignedTo(reviewer);
        QList<DeskClaimRow> second = index->waitingForSecondReview(reviewer, settings);
        tabs->setTabText(1, DeskView::tr("Assigned to me (%1)").arg(mine.size()));
        tabs->setTabText(2, DeskView::tr("Waiting for my second review (%1)").arg(second.size()));
        fillClaims(assigned, assignedRows, std::move(mine));
        fillClaims(waiting, waitingRows, std::move(second));
        approve->setEnabled(waiting->currentIndex().isValid());

        // The summary from the article rows (the index's counts for the same reviewer and settings).
        int readable = 0, claims = 0, conflicted = 0;
        QMap<QString, int> byStatus;
        for (const DeskArticleRow &a : articleRows->rows()) {
            readable += a.error.isEmpty() ? 1 : 0;
            claims += a.claims;
            conflicted += a.conflicted;
            for (auto it = a.byStatus.cbegin(); it != a.byStatus.cend(); ++it)
                byStatus[it.key()] += *it;
        }
        QStringList parts;
        for (const QString &s : allStatusIds()) {
            ClaimStatus status = ClaimStatus::Open;
            statusFromString(s, &status);
            parts.append(QStringLiteral("%1 %2").arg(statusLabel(status).toLower()).arg(byStatus.value(s)));
        }
        summary->setText(DeskView::tr("<b>%1</b> — %2 articles, %3 claims: %4%5<br>Reviewer: %6%7")
                             .arg(QDir::toNativeSeparators(dir).toHtmlEscaped())
                             .arg(readable)
                             .arg(claims)
                             .arg(parts.join(QLatin1String(", ")))
                             .arg(conflicted ? DeskView::tr(", <b>%1 with conflicts</b>").arg(conflicted) : QString())
                             .arg(reviewer.isEmpty() ? DeskView::tr("(not set)") : reviewer.toHtmlEscaped())
                             .arg(settings.requireSecondReview ? DeskView::tr(" · second review required") : QString()));
        if (!searchBox->text().trimmed().isEmpty())
            q->search(searchBox->text());
    }
};

DeskView::DeskView(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<DeskViewPrivate>())
{
    d->q = this;
    setObjectName(QStringLiteral("deskView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    d->summary = new QLabel(tr("No desk open: File → Open Desk…"), this);
    d->summary->setWordWrap(true);
    d->summary->setTextFormat(Qt::RichText);
    layout->addWidget(d->summary);
    d->searchBox = new QLineEdit(this);
    d->searchBox->setObjectName(QStringLiteral("deskSearch"));
    d->searchBox->setPlaceholderText(tr("Search the desk: quotes, statements, claimants, notes, sources"));
    d->searchBox->setClearButtonEnabled(true);
    layout->addWidget(d->searchBox);
    d->tabs = new QTabWidget(this);
    layout->addWidget(d->tabs, 1);

    QStringList articleHeaders{tr("Article"), tr("Claims")};
    for (const QString &s : allStatusIds()) {
        ClaimStatus status = ClaimStatus::Open;
        statusFromString(s, &status);
        articleHeaders.append(statusLabel(status));
    }
    articleHeaders << tr("Verdicts") << tr("Conflicts") << tr("Assigned to me") << tr("For my review");
    d->articleRows = new DeskArticlesModel(articleHeaders, this);
    d->articles = makeList(d->articleRows, this);
    d->articles->setObjectName(QStringLiteral("deskArticles"));
    const QStringList claimHeaders{tr("Article"), tr("Claim"), tr("Status"), tr("Verdict"), tr("Author")};
    d->assignedRows = new DeskClaimsModel(claimHeaders, false, this);
    d->assigned = makeList(d->assignedRows, this);
    d->assigned->setObjectName(QStringLiteral("deskAssigned"));
    d->waitingRows = new DeskClaimsModel(claimHeaders, false, this);
    d->waiting = makeList(d->waitingRows, this);
    d->waiting->setObjectName(QStringLiteral("deskWaiting"));
    d->resultRows = new DeskClaimsModel(claimHeaders, true, this);
    d->results = makeList(d->resultRows, this);
    d->results->setObjectName(QStringLiteral("deskResults"));
    d->tabs->addTab(d->articles, tr("Articles"));
    d->tabs->addTab(d->assigned, tr("Assigned to me"));
    // The waiting list with its Approve (button, shortcut, context menu) and what the last approval said.
    auto *waitingPage = new QWidget(this);
    auto *waitingLayout = new QVBoxLayout(waitingPage);
    waitingLayout->setContentsMargins(0, 4, 0, 0);
    auto *approveRow = new QHBoxLayout;
    d->approve = new QAction(tr("&Approve"), waitingPage);
    d->approve->setObjectName(QStringLiteral("deskApprove"));
    d->approve->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    d->approve->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    d->approve->setToolTip(tr("Approve the selected claim's verdict for publishing as you (Ctrl+Shift+A): saved in "
                              "its sidecar, or in the article when it is open here (undo there)"));
    d->approve->setEnabled(false);
    waitingPage->addAction(d->approve);
    auto *approveButton = new QToolButton(waitingPage);
    approveButton->setObjectName(QStringLiteral("deskApproveButton"));
    approveButton->setDefaultAction(d->approve);
    approveButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    approveRow->addWidget(approveButton);
    d->approvalMessage = new QLabel(waitingPage);
    d->approvalMessage->setObjectName(QStringLiteral("deskApprovalMessage"));
    d->approvalMessage->setWordWrap(true);
    d->approvalMessage->setTextFormat(Qt::PlainText);
    approveRow->addWidget(d->approvalMessage, 1);
    waitingLayout->addLayout(approveRow);
    waitingLayout->addWidget(d->waiting, 1);
    d->waiting->setContextMenuPolicy(Qt::ActionsContextMenu);
    d->waiting->addAction(d->approve);
    d->waiting->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(d->approve, &QAction::triggered, this, [this] { approveCurrent(); });
    connect(d->waiting->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { d->approve->setEnabled(current.isValid()); });
    d->tabs->addTab(waitingPage, tr("Waiting for my second review"));
    d->tabs->addTab(d->results, tr("Search"));
    for (QTreeView *list : {d->articles, d->assigned, d->waiting, d->results}) {
        list->header()->setSectionResizeMode(0, QHeaderView::Interactive);
        list->setColumnWidth(0, 220);
        connect(list, &QTreeView::activated, this, [this](const QModelIndex &index) {
            const QModelIndex first = index.siblingAtColumn(0);
            Q_EMIT articleActivated(first.data(PathRole).toString(), first.data(ClaimRole).toUuid());
        });
    }
    // Count columns as wide as their headers (measuring 5,000 rows would cost more than it shows).
    for (int c = 1; c < articleHeaders.size(); ++c) {
        if (c != 2 + int(allStatusIds().size())) // the verdicts column takes what its text needs
            d->articles->setColumnWidth(c, fontMetrics().horizontalAdvance(articleHeaders.at(c)) + 24);
    }
    d->articles->setColumnWidth(2 + int(allStatusIds().size()), 220);
    d->assigned->setColumnWidth(1, 420);
    d->waiting->setColumnWidth(1, 420);
    d->results->setColumnWidth(1, 420);
    connect(d->searchBox, &QLineEdit::textChanged, this, [this](const QString &text) { search(text); });
}

DeskView::~DeskView() = default;

bool DeskView::openDesk(const QString &dir, const QString &reviewer, const QString &cacheDir)
{
    const DeskFile::ReadResult file = DeskFile::read(dir);
    if (!file.ok()) {
        d->error = file.errors.first().toString();
        return false;
    }
    auto index = std::make_unique<DeskIndex>(dir, cacheDir);
    const DeskIndexUpdate u = index->update();
    if (!u.ok()) {
        d->error = index->databasePath() + QLatin1String(": ") + u.error;
        return false;
    }
    d->dir = QDir(dir).absolutePath();
    d->reviewer = reviewer.isEmpty() ? gitUserName(dir) : reviewer;
    d->settings = file.settings;
    d->index = std::move(index);
    d->error.clear();
    d->fill();
    Q_EMIT deskChanged();
    return true;
}

void DeskView::refresh()
{
    if (!d->index)
        return;
    const DeskSettings before = d->settings;
    if (const DeskFile::ReadResult file = DeskFile::read(d->dir); file.ok())
        d->settings = file.settings;
    const DeskIndexUpdate u = d->index->update();
    if (u.indexed == 0 && u.removed == 0 && !u.rebuilt && d->settings == before)
        return; // nothing changed (the lists of a large desk are not refilled for nothing)
    d->fill();
    Q_EMIT deskChanged();
}

void DeskView::search(const QString &query)
{
    if (!d->index)
        return;
    if (query.trimmed().isEmpty()) {
        d->fillClaims(d->results, d->resultRows, {});
        d->tabs->setTabText(3, tr("Search"));
        return;
    }
    QList<DeskClaimRow> rows = d->index->search(query, 200);
    d->tabs->setTabText(3, tr("Search (%1)").arg(rows.size()));
    d->fillClaims(d->results, d->resultRows, std::move(rows));
    d->tabs->setCurrentIndex(3);
}

void DeskView::setOpenArticles(std::function<DocumentController *(const QString &)> find)
{
    d->openArticles = std::move(find);
}

void DeskView::setClock(std::function<QDateTime()> clock)
{
    d->clock = std::move(clock);
}

bool DeskView::approveCurrent()
{
    const QModelIndex current = d->waiting->currentIndex().siblingAtColumn(0);
    if (!current.isValid()) {
        d->say(tr("Select a claim to approve."), true);
        return false;
    }
    return approve(current.data(PathRole).toString(), current.data(ClaimRole).toUuid());
}

bool DeskView::approve(const QString &documentPath, const QUuid &id)
{
    if (!d->index)
        return false;
    const bool outsideDesk = Settings().requireSecondReview();
    const QDateTime now = d->clock ? d->clock() : QDateTime::currentDateTimeUtc();
    const QString article = QDir(d->dir).relativeFilePath(documentPath);
    DocumentController *open = d->openArticles ? d->openArticles(documentPath) : nullptr;
    if (open && open->isLoadingClaims()) { // its claims are being read: neither behind its back nor into it
        d->say(tr("%1 is still loading its claims; approve it when they are shown.").arg(article), true);
        return false;
    }
    if (open && open->isOpen()) {
        // Open here: through its controller (one undoable step, saved with what is unsaved there, merged).
        if (open->claimsReadOnly()) {
            d->say(tr("%1: its claims are read-only here: %2").arg(article, open->claimsReadOnlyReason()), true);
            return false;
        }
        const QString refusal = approveInWorkbench(open, id, d->reviewer, outsideDesk, now);
        if (!refusal.isEmpty()) {
            d->say(refusal, true);
            return false;
        }
        if (!open->saveSidecar()) {
            d->say(tr("Approved in the open article, not saved yet: %1").arg(open->lastSaveError()), true);
            refresh();
            return false;
        }
        d->say(tr("Approved in %1 (open: Edit → Undo takes it back).").arg(article), false);
    } else {
        const DiskApproval r = approveOnDisk(documentPath, id, d->reviewer, outsideDesk, [now] { return now; });
        if (!r.ok()) {
            QStringList errors;
            for (const LocatedError &e : r.errors)
                errors.append(e.toString());
            d->say(r.refusal.isEmpty() ? tr("Not approved: %1").arg(errors.join(QLatin1String("; "))) : r.refusal, true);
            return false;
        }
        d->say(tr("Approved in %1.").arg(article), false);
    }
    refresh();
    Q_EMIT claimApproved(documentPath, id);
    return true;
}

QAction *DeskView::approveAction() const { return d->approve; }
QLabel *DeskView::approvalMessage() const { return d->approvalMessage; }
QString DeskView::deskDir() const { return d->dir; }
QString DeskView::reviewer() const { return d->reviewer; }
QString DeskView::errorString() const { return d->error; }
DeskIndex *DeskView::index() const { return d->index.get(); }
const DeskSettings &DeskView::settings() const { return d->settings; }
QLineEdit *DeskView::searchBox() const { return d->searchBox; }
QTabWidget *DeskView::tabs() const { return d->tabs; }
QTreeView *DeskView::articleList() const { return d->articles; }
QTreeView *DeskView::assignedList() const { return d->assigned; }
QTreeView *DeskView::waitingList() const { return d->waiting; }
QTreeView *DeskView::searchList() const { return d->results; }

} // namespace Claimbench
