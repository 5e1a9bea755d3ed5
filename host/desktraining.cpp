// SPDX-License-Identifier: GPL-2.0-or-later
#include "desktraining.h"

#include "desklearning.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <thread>

namespace Claimbench {

class DeskTrainingDialogPrivate
{
public:
    QString deskDir;
    QLabel *text = nullptr;
    QProgressBar *progress = nullptr;
    QDialogButtonBox *buttons = nullptr;
    QPushButton *cancel = nullptr;
    Cancellation cancellation;
    bool started = false;
    bool running = false;
    bool finished = false;
};

DeskTrainingDialog::DeskTrainingDialog(const QString &deskDir, QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<DeskTrainingDialogPrivate>())
{
    d->deskDir = deskDir;
    setWindowTitle(tr("Train Desk Model"));
    auto *layout = new QVBoxLayout(this);
    d->text = new QLabel(tr("Learn from the decisions of the desk %1: every marked or accepted claim is an example of "
                            "a check-worthy sentence, every dismissed suggestion one of a sentence that is not.")
                             .arg(QDir::toNativeSeparators(deskDir)),
                         this);
    d->text->setWordWrap(true);
    d->text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(d->text);
    d->progress = new QProgressBar(this);
    d->progress->setRange(0, 0);
    d->progress->setAccessibleName(tr("Training progress"));
    layout->addWidget(d->progress);
    d->buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    d->cancel = d->buttons->button(QDialogButtonBox::Cancel);
    connect(d->buttons, &QDialogButtonBox::rejected, this, &DeskTrainingDialog::reject);
    layout->addWidget(d->buttons);
    resize(480, sizeHint().height());
}

DeskTrainingDialog::~DeskTrainingDialog()
{
    d->cancellation.cancel(); // a running training stops before it writes; its result is dropped
}

QString DeskTrainingDialog::deskDir() const
{
    return d->deskDir;
}

bool DeskTrainingDialog::isRunning() const
{
    return d->running;
}

QString DeskTrainingDialog::summary() const
{
    return d->text->text();
}

QProgressBar *DeskTrainingDialog::progressBar() const
{
    return d->progress;
}

QPushButton *DeskTrainingDialog::cancelButton() const
{
    return d->cancel;
}

void DeskTrainingDialog::start()
{
    if (d->started)
        return;
    d->started = true;
    d->running = true;
    d->text->setText(tr("Reading the desk's articles…"));
    QPointer<DeskTrainingDialog> self(this);
    const QString dir = d->deskDir;
    const Cancellation cancel = d->cancellation;
    std::thread([self, dir, cancel] {
        const CheckWorthy::DeskTraining t = CheckWorthy::trainDeskFolder(
            dir, CheckWorthy::Model::shipped(), cancel, [self](int done, int total) {
                QMetaObject::invokeMethod(qApp, [self, done, total] {
                    if (!self || !self->d->running)
                        return;
                    self->d->progress->setRange(0, total);
                    self->d->progress->setValue(done);
                    self->d->text->setText(done < total ? DeskTrainingDialog::tr("Reading the desk's articles: %1 of %2…").arg(done).arg(total - 1)
                                                        : DeskTrainingDialog::tr("Training…"));
                });
            });
        QMetaObject::invokeMethod(qApp, [self, t] {
            if (!self)
                return;
            DeskTrainingDialogPrivate *d = self->d.get();
            d->running = false;
            d->finished = true;
            d->progress->setRange(0, 1);
            d->progress->setValue(t.ok() ? 1 : 0);
            QString text;
            if (t.cancelled) {
                text = DeskTrainingDialog::tr("Cancelled: no desk model was written.");
            } else if (!t.ok()) {
                text = DeskTrainingDialog::tr("No desk model was written: %1").arg(t.error.toString());
            } else {
                text = DeskTrainingDialog::tr("Learnt from %1 accepted or marked claims and %2 dismissed suggestions in %3 "
                                              "articles; %4 weights of the shipped model changed.")
                           .arg(t.model.positives())
                           .arg(t.model.negatives())
                           .arg(t.decisions.articles)
                           .arg(t.model.size())
                       + QLatin1Char('\n')
                       + DeskTrainingDialog::tr("Wrote %1; the check-worthy detector uses it for the documents of this desk.")
                             .arg(QDir::toNativeSeparators(t.path));
            }
            if (!t.decisions.skipped.isEmpty())
                text += QLatin1Char('\n') + DeskTrainingDialog::tr("Sidecars that could not be read and were skipped: %1.")
                                                        .arg(t.decisions.skipped.size());
            d->text->setText(text);
            d->buttons->setStandardButtons(QDialogButtonBox::Close);
            d->cancel = nullptr;
            Q_EMIT self->finished(t.ok());
        });
    }).detach();
}

void DeskTrainingDialog::cancel()
{
    if (d->finished)
        return;
    d->cancellation.cancel(); // before start(): it stops at its first step
    if (!d->running)
        return;
    d->text->setText(tr("Cancelling…"));
    if (d->cancel)
        d->cancel->setEnabled(false);
}

void DeskTrainingDialog::reject()
{
    cancel();
    if (!d->running) // running: it stays open to say that nothing was written
        QDialog::reject();
}

} // namespace Claimbench
