// SPDX-License-Identifier: GPL-2.0-or-later
#include "deskview.h"

#include "deskindex.h"
#include "labels.h"

#include <QColor>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
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
        list->setSortingEnabled(true);
        list->sortByColumn(-1, Qt::AscendingOrder); // keep the index's order until a header is clicked
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
    d->tabs->addTab(d->waiting, tr("Waiting for my second review"));
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
