// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkedbefore.h"

#include "deskindex.h"
#include "labels.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Claimbench {

namespace {
constexpr int ArticleRole = Qt::UserRole;
constexpr int ClaimRole = Qt::UserRole + 1;
constexpr int VerdictRole = Qt::UserRole + 2;
} // namespace

class CheckedBeforePanelPrivate
{
public:
    DeskIndex *index = nullptr;
    QString deskDir;
    QUuid forClaim;
    QLabel *heading = nullptr;
    QTreeWidget *list = nullptr;
    QPushButton *reuse = nullptr;
    QPushButton *open = nullptr;

    void updateButtons()
    {
        const QTreeWidgetItem *item = list->currentItem();
        reuse->setEnabled(item && !forClaim.isNull() && !item->data(0, VerdictRole).toString().isEmpty());
        open->setEnabled(item != nullptr);
    }
};

CheckedBeforePanel::CheckedBeforePanel(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<CheckedBeforePanelPrivate>())
{
    setObjectName(QStringLiteral("checkedBefore"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    d->heading = new QLabel(this);
    d->heading->setWordWrap(true);
    layout->addWidget(d->heading);
    d->list = new QTreeWidget(this);
    d->list->setHeaderLabels({tr("Match"), tr("Verdict"), tr("Article"), tr("Earlier claim")});
    d->list->setRootIsDecorated(false);
    d->list->setUniformRowHeights(true);
    d->list->setWordWrap(false);
    d->list->setColumnWidth(0, 56);
    d->list->setColumnWidth(1, 100);
    d->list->setColumnWidth(2, 150);
    d->list->header()->setStretchLastSection(true);
    layout->addWidget(d->list, 1);
    auto *buttons = new QHBoxLayout;
    d->reuse = new QPushButton(tr("&Reuse verdict"), this);
    d->reuse->setToolTip(tr("Give the new claim this verdict, with a link to the earlier check in its notes"));
    d->open = new QPushButton(tr("Open &earlier check"), this);
    buttons->addWidget(d->reuse);
    buttons->addWidget(d->open);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(d->list, &QTreeWidget::currentItemChanged, this, [this] { d->updateButtons(); });
    connect(d->reuse, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = d->list->currentItem())
            Q_EMIT reuseVerdict(d->forClaim, item->data(0, VerdictRole).toString(), item->data(0, ArticleRole).toString(),
                                item->data(0, ClaimRole).toUuid());
    });
    auto openItem = [this](const QTreeWidgetItem *item) {
        if (item)
            Q_EMIT openEarlier(QDir(d->deskDir).absoluteFilePath(item->data(0, ArticleRole).toString()),
                               item->data(0, ClaimRole).toUuid());
    };
    connect(d->open, &QPushButton::clicked, this, [this, openItem] { openItem(d->list->currentItem()); });
    connect(d->list, &QTreeWidget::itemActivated, this, openItem);
    clear();
}

CheckedBeforePanel::~CheckedBeforePanel() = default;

void CheckedBeforePanel::setIndex(DeskIndex *index, const QString &deskDir)
{
    d->index = index;
    d->deskDir = deskDir;
    clear();
}

void CheckedBeforePanel::clear()
{
    d->forClaim = QUuid();
    d->list->clear();
    d->heading->setText(d->index ? tr("Mark a claim to see whether the desk has checked something like it before.")
                                 : tr("Open a desk (File → Open Desk…) to see earlier checks of similar claims."));
    d->updateButtons();
}

void CheckedBeforePanel::showSimilar(const QString &text, const QUuid &forClaim)
{
    clear();
    d->forClaim = forClaim;
    if (!d->index)
        return;
    const QList<DeskClaimRow> rows = d->index->similar(text, 10, 0.2, forClaim);
    const QString shown = text.simplified().size() > 80 ? text.simplified().left(79) + QChar(0x2026) : text.simplified();
    d->heading->setText(rows.isEmpty() ? tr("Not checked before: nothing on the desk like “%1”.").arg(shown.toHtmlEscaped())
                                       : (rows.size() == 1 ? tr("Checked before? 1 earlier claim like “%1”:")
                                                           : tr("Checked before? %1 earlier claims like “%2”:").arg(rows.size()))
                                             .arg(shown.toHtmlEscaped()));
    const RatingScale scale = RatingScale::defaultScale();
    for (const DeskClaimRow &r : rows) {
        auto *item = new QTreeWidgetItem(d->list);
        item->setText(0, QStringLiteral("%1%").arg(qRound(r.score * 100)));
        const RatingLevel level = scale.level(r.verdict);
        item->setText(1, r.verdict.isEmpty() ? statusLabel(r.status) : (level.id.isEmpty() ? r.verdict : level.label));
        item->setText(2, r.relativePath);
        item->setToolTip(2, r.relativePath);
        item->setText(3, (r.statement.isEmpty() ? r.quote : r.statement).simplified());
        item->setToolTip(3, r.quote);
        item->setData(0, ArticleRole, r.relativePath);
        item->setData(0, ClaimRole, r.id);
        item->setData(0, VerdictRole, r.verdict);
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (d->list->topLevelItemCount())
        d->list->setCurrentItem(d->list->topLevelItem(0));
    d->updateButtons();
}

QTreeWidget *CheckedBeforePanel::list() const { return d->list; }
QPushButton *CheckedBeforePanel::reuseButton() const { return d->reuse; }
QUuid CheckedBeforePanel::currentClaim() const { return d->forClaim; }

} // namespace Claimbench
