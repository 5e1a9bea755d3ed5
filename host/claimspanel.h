// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_host_export.h"

#include <QUuid>
#include <QWidget>
#include <memory>

class QTreeWidget;
class QLineEdit;
class QComboBox;

namespace Claimbench {

class DocumentController;
class ClaimsPanelPrivate;

/// The claims dock: every claim with quote, type, status, verdict and reviewer; filters by type, status and
/// verdict; a text search; orphans in their own section with "re-attach to selection".
class CLAIMBENCH_HOST_EXPORT ClaimsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimsPanel(DocumentController *controller, QWidget *parent = nullptr);
    ~ClaimsPanel() override;

    void setCurrentClaim(const QUuid &id);
    QUuid currentClaim() const;
    /// Rebuilds now (normally debounced after changes).
    void refresh();

    QTreeWidget *tree() const;
    QLineEdit *searchField() const;
    QComboBox *typeFilter() const;
    QComboBox *statusFilter() const;
    QComboBox *verdictFilter() const;
    /// Claims shown (after filtering), orphans included.
    QList<QUuid> visibleClaims() const;
    QList<QUuid> visibleOrphans() const;

Q_SIGNALS:
    void claimActivated(const QUuid &id); ///< click or Enter: jump to it
    void reattachRequested(const QUuid &id);

private:
    std::unique_ptr<ClaimsPanelPrivate> d;
};

} // namespace Claimbench
