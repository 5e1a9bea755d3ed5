// SPDX-License-Identifier: GPL-2.0-or-later
#include "suggestionspanel.h"

#include "claimeditor.h"
#include "claimset.h"
#include "documentcontroller.h"
#include "pluginmanager.h"
#include "readabletext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <mutex>
#include <thread>

namespace Claimbench {

namespace {
// Shared with the worker thread; outlives the panel when a detector hangs.
struct Job {
    std::mutex mutex;
    QString text;
    QString mediaType; ///< the document's: detectors read its readable text
    QStringList pluginIds;
    QList<QStringList> pluginTypes;
    PluginManager *plugins = nullptr;
    Cancellation cancel;
    QString running; // the plugin being run
    int done = 0;
};
} // namespace

class SuggestionsPanelPrivate
{
public:
    SuggestionsPanel *q = nullptr;
    DocumentController *controller = nullptr;
    QTreeWidget *list = nullptr;
    QProgressBar *progress = nullptr;
    QLabel *status = nullptr;
    QPushButton *find = nullptr;
    QPushButton *cancel = nullptr;
    QPushButton *accept = nullptr;
    QPushButton *dismiss = nullptr;
    std::shared_ptr<Job> job;
    QTimer timeout;
    QTimer poll;
    int timeoutMs = 20000;

    // Accepting or dismissing changes the claims: not while they are read-only (an unreadable sidecar) or loading.
    bool claimsEditable() const
    {
        return controller->isOpen() && !controller->isLoadingClaims() && !controller->claimsReadOnly();
    }
    void updateButtons()
    {
        const bool enabled = list->currentItem() && claimsEditable();
        accept->setEnabled(enabled);
        dismiss->setEnabled(enabled);
        const QString why = claimsEditable() ? QString() : SuggestionsPanel::tr("The claims are read-only: %1").arg(controller->claimsReadOnlyReason());
        accept->setToolTip(why);
        dismiss->setToolTip(why);
    }

    void updateCount()
    {
        const int n = list->topLevelItemCount();
        status->setText(n ? SuggestionsPanel::tr("%n suggestion(s)", nullptr, n) : SuggestionsPanel::tr("No suggestions left"));
    }

    void setRunning(bool running)
    {
        progress->setVisible(running);
        cancel->setEnabled(running);
        find->setEnabled(!running);
    }

    /// What the detectors found that is still to be decided: neither dismissed nor covered by a claim.
    QList<PluginSuggestion> undecided(const QList<PluginSuggestion> &found, const QString &text) const
    {
        const QList<DismissedSuggestion> dismissed = controller->claims()->data().dismissed;
        QList<PluginSuggestion> open;
        for (const PluginSuggestion &ps : found) {
            const Suggestion &s = ps.suggestion;
            if (!s.isValid() || s.end > text.size())
                continue;
            if (dismissed.contains(DismissedSuggestion{s.claimType, text.mid(s.start, s.end - s.start)}))
                continue;
            // Already covered by a claim (of that type, or of any type for most of its length): not suggested.
            bool known = false;
            for (const AnchorStore::Entry &e : controller->claims()->anchors().query(s.start, s.end)) {
                const Claim c = controller->claims()->claim(e.key);
                if (!c.isValid())
                    continue;
                const qsizetype overlap = std::min<qsizetype>(e.anchor.end(), s.end) - std::max<qsizetype>(e.anchor.start(), s.start);
                if (overlap > 0 && (c.claimType == s.claimType || overlap * 2 > s.end - s.start))
                    known = true;
            }
            if (!known)
                open.append(ps);
        }
        return open;
    }

    /// One suggestion per passage of those still to be decided (combined after the decided ones are taken out,
    /// so that dismissing or marking the passage's best suggestion leaves the others to be suggested).
    void show(const QList<PluginSuggestion> &found)
    {
        list->clear();
        const QString text = controller->editor()->toPlainText();
        QList<QPair<QUuid, QPair<int, int>>> ranges;
        QStringList types;
        for (const PluginSuggestion &ps : controller->plugins()->combine(undecided(found, text))) {
            const Suggestion &s = ps.suggestion;
            const QString quote = text.mid(s.start, s.end - s.start);
            const QUuid key = QUuid::createUuid();
            const ClaimType ct = controller->plugins()->claimType(s.claimType);
            const QString readable = readableText(quote, controller->claims()->data().document.mediaType);
            auto *item = new QTreeWidgetItem(list, {readable.simplified().left(80), ct.isValid() ? ct.name : s.claimType,
                                                    QLocale().toString(s.confidence * 100, 'f', 0) + QLatin1Char('%'),
                                                    s.rationale});
            item->setData(0, Qt::UserRole, key);
            item->setData(1, Qt::UserRole, s.claimType);
            item->setData(2, Qt::UserRole, quote);
            item->setToolTip(0, readable);
            ranges.append({key, {int(s.start), int(s.end)}});
            types.append(s.claimType);
        }
        controller->setSuggestions(ranges, types);
        updateCount();
        if (list->topLevelItemCount())
            list->setCurrentItem(list->topLevelItem(0));
    }
};

SuggestionsPanel::SuggestionsPanel(DocumentController *controller, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<SuggestionsPanelPrivate>())
{
    setObjectName(QStringLiteral("suggestionsPanel"));
    d->q = this;
    d->controller = controller;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    d->find = new QPushButton(tr("Find claims"), this);
    d->find->setAccessibleName(tr("Find claims with the detectors"));
    d->cancel = new QPushButton(tr("Cancel"), this);
    d->cancel->setAccessibleName(tr("Cancel finding claims"));
    d->status = new QLabel(this);
    d->status->setObjectName(QStringLiteral("suggestionsStatus"));
    top->addWidget(d->find);
    top->addWidget(d->cancel);
    top->addWidget(d->status, 1);
    d->progress = new QProgressBar(this);
    d->progress->setAccessibleName(tr("Detector progress"));
    d->list = new QTreeWidget(this);
    d->list->setAccessibleName(tr("Suggestions"));
    d->list->setHeaderLabels({tr("Text"), tr("Type"), tr("Confidence"), tr("Why")});
    d->list->setRootIsDecorated(false);
    d->list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *bottom = new QHBoxLayout;
    d->accept = new QPushButton(tr("&Accept"), this);
    d->accept->setAccessibleName(tr("Accept the suggestion as a claim"));
    d->dismiss = new QPushButton(tr("&Dismiss"), this);
    d->dismiss->setAccessibleName(tr("Dismiss the suggestion"));
    bottom->addStretch(1);
    bottom->addWidget(d->accept);
    bottom->addWidget(d->dismiss);
    layout->addLayout(top);
    layout->addWidget(d->progress);
    layout->addWidget(d->list, 1);
    layout->addLayout(bottom);
    d->setRunning(false);
    d->updateButtons();
    connect(d->list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        d->updateButtons();
        // A single click (or arrowing through the list) shows the suggestion in the text.
        if (item) {
            const QUuid key = item->data(0, Qt::UserRole).toUuid();
            if (d->controller->suggestionAnchor(key).isValid())
                d->controller->editor()->revealAnchor(key);
        }
    });
    connect(controller, &DocumentController::opened, this, [this] { d->updateButtons(); });
    connect(controller, &DocumentController::claimsLoaded, this, [this] { d->updateButtons(); });
    connect(d->find, &QPushButton::clicked, this, &SuggestionsPanel::findClaims);
    connect(d->cancel, &QPushButton::clicked, this, &SuggestionsPanel::cancel);
    connect(d->accept, &QPushButton::clicked, this, &SuggestionsPanel::acceptCurrent);
    connect(d->dismiss, &QPushButton::clicked, this, &SuggestionsPanel::dismissCurrent);
    connect(d->list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QUuid key = item->data(0, Qt::UserRole).toUuid();
        if (d->controller->suggestionAnchor(key).isValid())
            d->controller->editor()->revealAnchor(key);
    });
    d->timeout.setSingleShot(true);
    d->poll.setInterval(50);
    connect(&d->poll, &QTimer::timeout, this, [this] {
        if (!d->job)
            return;
        std::lock_guard lock(d->job->mutex);
        d->progress->setValue(d->job->done);
        if (!d->job->running.isEmpty())
            d->status->setText(tr("Running %1…").arg(d->controller->plugins()->plugin(d->job->running).name));
    });
    connect(&d->timeout, &QTimer::timeout, this, [this] {
        if (!d->job)
            return;
        QString hung;
        {
            std::lock_guard lock(d->job->mutex);
            hung = d->job->running;
        }
        d->job->cancel.cancel();
        d->job.reset(); // the worker keeps its own reference until the detector returns, if ever
        d->poll.stop();
        d->setRunning(false);
        const QString reason = tr("its detector did not finish within %1 seconds").arg(d->timeoutMs / 1000.0);
        if (!hung.isEmpty())
            d->controller->plugins()->markFailed(hung, reason);
        d->status->setText(tr("Stopped"));
        Q_EMIT problem(tr("The plugin “%1” was disabled: %2.").arg(hung, reason));
        Q_EMIT finished(0);
    });
}

SuggestionsPanel::~SuggestionsPanel()
{
    if (d->job)
        d->job->cancel.cancel();
}

void SuggestionsPanel::setTimeout(int milliseconds)
{
    d->timeoutMs = milliseconds;
}

bool SuggestionsPanel::isRunning() const
{
    return bool(d->job);
}

QTreeWidget *SuggestionsPanel::list() const
{
    return d->list;
}

void SuggestionsPanel::findClaims()
{
    if (d->job || !d->controller->isOpen() || !d->controller->plugins())
        return;
    auto job = std::make_shared<Job>();
    job->text = d->controller->editor()->toPlainText();
    job->mediaType = d->controller->claims()->data().document.mediaType;
    job->plugins = d->controller->plugins();
    for (const PluginRecord &r : job->plugins->plugins()) {
        if (r.hasDetector && r.state == PluginRecord::Running) {
            job->pluginIds.append(r.id);
            job->pluginTypes.append(r.claimTypes);
        }
    }
    if (job->pluginIds.isEmpty()) {
        d->status->setText(tr("No detector is available"));
        Q_EMIT finished(0);
        return;
    }
    d->job = job;
    d->progress->setRange(0, int(job->pluginIds.size()));
    d->progress->setValue(0);
    d->setRunning(true);
    d->status->setText(tr("Finding claims…"));
    d->timeout.start(d->timeoutMs);
    d->poll.start();
    QPointer<SuggestionsPanel> self(this);
    std::thread([job, self] {
        QList<PluginSuggestion> all;
        for (qsizetype i = 0; i < job->pluginIds.size() && !job->cancel.isCancelled(); ++i) {
            {
                std::lock_guard lock(job->mutex);
                job->running = job->pluginIds[i];
            }
            all += job->plugins->detectInDocument(job->text, job->mediaType, job->cancel, job->pluginTypes[i]);
            std::lock_guard lock(job->mutex);
            job->done = int(i + 1);
        }
        QMetaObject::invokeMethod(
            qApp,
            [job, self, all] {
                if (!self || self->d->job != job)
                    return; // timed out or cancelled meanwhile
                self->d->job.reset();
                self->d->timeout.stop();
                self->d->poll.stop();
                self->d->setRunning(false);
                if (job->cancel.isCancelled()) {
                    self->d->status->setText(tr("Cancelled"));
                    Q_EMIT self->finished(0);
                    return;
                }
                std::vector<PluginSuggestion> sorted(all.cbegin(), all.cend());
                std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
                    return a.suggestion.start < b.suggestion.start;
                });
                self->d->show(QList<PluginSuggestion>(sorted.cbegin(), sorted.cend()));
                Q_EMIT self->finished(self->d->list->topLevelItemCount());
            },
            Qt::QueuedConnection);
    }).detach();
}

void SuggestionsPanel::cancel()
{
    if (d->job)
        d->job->cancel.cancel();
}

void SuggestionsPanel::acceptCurrent()
{
    QTreeWidgetItem *item = d->list->currentItem();
    if (!item || !d->claimsEditable())
        return;
    const QUuid key = item->data(0, Qt::UserRole).toUuid();
    const Anchor a = d->controller->suggestionAnchor(key);
    const QString type = item->data(1, Qt::UserRole).toString();
    delete item;
    d->controller->removeSuggestion(key);
    d->updateCount();
    if (a.isValid()) {
        const QUuid id = d->controller->markClaim(type, int(a.start()), int(a.end()));
        if (!id.isNull())
            Q_EMIT claimAccepted(id);
    }
}

void SuggestionsPanel::dismissCurrent()
{
    QTreeWidgetItem *item = d->list->currentItem();
    if (!item || !d->claimsEditable())
        return;
    const QUuid key = item->data(0, Qt::UserRole).toUuid();
    d->controller->claims()->addDismissed(
        DismissedSuggestion{item->data(1, Qt::UserRole).toString(), item->data(2, Qt::UserRole).toString()});
    delete item;
    d->controller->removeSuggestion(key);
    d->updateCount();
}

} // namespace Claimbench
