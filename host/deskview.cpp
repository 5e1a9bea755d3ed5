// SPDX-License-Identifier: GPL-2.0-or-later
#include "deskview.h"

#include "claimset.h"
#include "deskindex.h"
#include "documentcontroller.h"
#include "labels.h"
#include "settings.h"

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
#include <QTreeWidget>
#include <QVBoxLayout>

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

QTreeWidget *makeList(const QStringList &headers, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true); // 5,000 rows: no per-row size queries
    list->setAlternatingRowColors(true);
    list->setSortingEnabled(true);
    list->header()->setStretchLastSection(true);
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
    QTreeWidget *articles = nullptr;
    QTreeWidget *assigned = nullptr;
    QTreeWidget *waiting = nullptr;
    QTreeWidget *results = nullptr;
    QAction *approve = nullptr;
    QLabel *approvalMessage = nullptr;
    std::function<DocumentController *(const QString &)> openArticles;
    std::function<QDateTime()> clock;

    void say(const QString &text, bool bad)
    {
        approvalMessage->setText(text);
        approvalMessage->setStyleSheet(bad ? QStringLiteral("QLabel { color: #a94442; }") : QString());
    }

    void fillClaims(QTreeWidget *list, const QList<DeskClaimRow> &rows, bool withSnippet)
    {
        list->setSortingEnabled(false);
        list->clear();
        QList<QTreeWidgetItem *> items;
        items.reserve(rows.size());
        const QDir desk(dir);
        for (const DeskClaimRow &r : rows) {
            auto *item = new QTreeWidgetItem;
            item->setText(0, r.relativePath);
            item->setText(1, shortText(withSnippet && !r.snippet.isEmpty() ? r.snippet
                                                                            : (r.statement.isEmpty() ? r.quote : r.statement)));
            item->setToolTip(1, r.quote);
            item->setText(2, statusLabel(r.status));
            item->setText(3, verdictLabel(r.verdict));
            item->setText(4, r.createdBy);
            item->setData(0, PathRole, desk.absoluteFilePath(r.relativePath));
            item->setData(0, ClaimRole, r.id);
            items.append(item);
        }
        list->addTopLevelItems(items);
        // Keep the index's order until a header is clicked (enabling sorting sorts by the header's indicator,
        // column 0 descending by default).
        list->header()->setSortIndicator(-1, Qt::AscendingOrder);
        list->setSortingEnabled(true);
    }

    void fill()
    {
        articles->setSortingEnabled(false);
        articles->clear();
        const QList<DeskArticleRow> rows = index->articles(reviewer, settings);
        QList<QTreeWidgetItem *> items;
        items.reserve(rows.size());
        const QStringList statuses = allStatusIds();
        for (const DeskArticleRow &a : rows) {
            auto *item = new QTreeWidgetItem;
            item->setText(0, a.relativePath);
            item->setData(0, PathRole, a.documentPath);
            if (!a.error.isEmpty()) {
                item->setText(1, DeskView::tr("unreadable"));
                item->setToolTip(0, a.error);
                item->setForeground(1, QColor(0xb0, 0x20, 0x20));
            } else {
                item->setData(1, Qt::DisplayRole, a.claims);
            }
            for (qsizetype i = 0; i < statuses.size(); ++i) {
                if (const int n = a.byStatus.value(statuses.at(i)))
                    item->setData(2 + int(i), Qt::DisplayRole, n);
            }
            QStringList verdicts;
            for (auto it = a.byVerdict.cbegin(); it != a.byVerdict.cend(); ++it)
                verdicts.append(QStringLiteral("%1 %2").arg(verdictLabel(it.key())).arg(*it));
            item->setText(2 + int(statuses.size()), verdicts.join(QLatin1String(", ")));
            if (a.conflicted)
                item->setData(3 + int(statuses.size()), Qt::DisplayRole, a.conflicted);
            if (a.assignedToMe)
                item->setData(4 + int(statuses.size()), Qt::DisplayRole, a.assignedToMe);
            if (a.waitingForMe)
                item->setData(5 + int(statuses.size()), Qt::DisplayRole, a.waitingForMe);
            for (int c = 1; c < 2 + int(statuses.size()); ++c)
                item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
            items.append(item);
        }
        articles->addTopLevelItems(items);
        articles->setSortingEnabled(true);
        articles->sortByColumn(0, Qt::AscendingOrder);

        const QList<DeskClaimRow> mine = index->assignedTo(reviewer);
        const QList<DeskClaimRow> second = index->waitingForSecondReview(reviewer, settings);
        fillClaims(assigned, mine, false);
        fillClaims(waiting, second, false);
        tabs->setTabText(1, DeskView::tr("Assigned to me (%1)").arg(mine.size()));
        tabs->setTabText(2, DeskView::tr("Waiting for my second review (%1)").arg(second.size()));

        const DeskCounts c = index->counts(reviewer, settings);
        QStringList parts;
        for (const QString &s : statuses) {
            ClaimStatus status = ClaimStatus::Open;
            statusFromString(s, &status);
            parts.append(QStringLiteral("%1 %2").arg(statusLabel(status).toLower()).arg(c.byStatus.value(s)));
        }
        summary->setText(DeskView::tr("<b>%1</b> — %2 articles, %3 claims: %4%5<br>Reviewer: %6%7")
                             .arg(QDir::toNativeSeparators(dir).toHtmlEscaped())
                             .arg(c.articles)
                             .arg(c.claims)
                             .arg(parts.join(QLatin1String(", ")))
                             .arg(c.conflicted ? DeskView::tr(", <b>%1 with conflicts</b>").arg(c.conflicted) : QString())
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
    d->articles = makeList(articleHeaders, this);
    d->articles->setObjectName(QStringLiteral("deskArticles"));
    const QStringList claimHeaders{tr("Article"), tr("Claim"), tr("Status"), tr("Verdict"), tr("Author")};
    d->assigned = makeList(claimHeaders, this);
    d->assigned->setObjectName(QStringLiteral("deskAssigned"));
    d->waiting = makeList(claimHeaders, this);
    d->waiting->setObjectName(QStringLiteral("deskWaiting"));
    d->results = makeList(claimHeaders, this);
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
    connect(d->waiting, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { d->approve->setEnabled(current != nullptr); });
    d->tabs->addTab(waitingPage, tr("Waiting for my second review"));
    d->tabs->addTab(d->results, tr("Search"));
    for (QTreeWidget *list : {d->articles, d->assigned, d->waiting, d->results}) {
        list->header()->setSectionResizeMode(0, QHeaderView::Interactive);
        list->setColumnWidth(0, 220);
        connect(list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
            Q_EMIT articleActivated(item->data(0, PathRole).toString(), item->data(0, ClaimRole).toUuid());
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
        d->results->clear();
        d->tabs->setTabText(3, tr("Search"));
        return;
    }
    const QList<DeskClaimRow> rows = d->index->search(query, 200);
    d->fillClaims(d->results, rows, true);
    d->tabs->setTabText(3, tr("Search (%1)").arg(rows.size()));
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
    const QTreeWidgetItem *item = d->waiting->currentItem();
    if (!item) {
        d->say(tr("Select a claim to approve."), true);
        return false;
    }
    return approve(item->data(0, PathRole).toString(), item->data(0, ClaimRole).toUuid());
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
QTreeWidget *DeskView::articleList() const { return d->articles; }
QTreeWidget *DeskView::assignedList() const { return d->assigned; }
QTreeWidget *DeskView::waitingList() const { return d->waiting; }
QTreeWidget *DeskView::searchList() const { return d->results; }

} // namespace Claimbench
