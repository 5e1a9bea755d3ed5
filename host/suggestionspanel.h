// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_host_export.h"

#include <QWidget>
#include <memory>

class QTreeWidget;

namespace Claimbench {

class DocumentController;
class SuggestionsPanelPrivate;

/// "Find claims": runs the plugins' detectors in a worker thread (one plugin after the other, with progress,
/// cancel and a timeout that disables a hanging detector), then lists the suggestions to accept (they become
/// claims) or dismiss (remembered in the sidecar, not suggested again).
class CLAIMBENCH_HOST_EXPORT SuggestionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SuggestionsPanel(DocumentController *controller, QWidget *parent = nullptr);
    ~SuggestionsPanel() override;

    void setTimeout(int milliseconds);
    bool isRunning() const;
    QTreeWidget *list() const;

public Q_SLOTS:
    void findClaims();
    void cancel();
    void acceptCurrent();
    void dismissCurrent();

Q_SIGNALS:
    void finished(int count);
    void problem(const QString &message);
    void claimAccepted(const QUuid &id);

private:
    std::unique_ptr<SuggestionsPanelPrivate> d;
};

} // namespace Claimbench
