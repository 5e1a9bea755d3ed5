// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_host_export.h"

#include <QDialog>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Claimbench {

class DeskTrainingDialogPrivate;

/// "Train Desk Model": trains the check-worthy detector's desk model from the desk's decisions
/// (CheckWorthy::trainDeskFolder(), plugin/checkworthy/desklearning.h) in a worker thread, with progress and
/// Cancel, then says what it learnt from (accepted and marked claims, dismissed suggestions) and where it wrote
/// the model. Closing the dialog while it runs cancels it (nothing is written).
class CLAIMBENCH_HOST_EXPORT DeskTrainingDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DeskTrainingDialog(const QString &deskDir, QWidget *parent = nullptr);
    ~DeskTrainingDialog() override;

    QString deskDir() const;
    bool isRunning() const;
    QString summary() const; ///< what the dialog says: progress, then the result
    QProgressBar *progressBar() const;
    QPushButton *cancelButton() const;

public Q_SLOTS:
    /// Starts the training (once).
    void start();
    void cancel();

Q_SIGNALS:
    /// The training ended: `ok` when the desk model was written.
    void finished(bool ok);

protected:
    void reject() override;

private:
    std::unique_ptr<DeskTrainingDialogPrivate> d;
};

} // namespace Claimbench
