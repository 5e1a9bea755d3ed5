// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_host_export.h"

#include <QModelIndex>
#include <QUuid>
#include <QWidget>
#include <memory>

class QTreeView;
class QLineEdit;
class QComboBox;

namespace Claimbench {

class DocumentController;
class ClaimsPanelPrivate;

/// The claims dock: every claim with quote, type, status, verdict and reviewer; filters by type, status and
/// verdict; a text search; orphans in their own section with "re-attach to selection".
/// A claim that needs attention shows it in the Attention column: "Check again" when its text changed after it was
/// rated or done (Claim::reReview), "Conflict" when a merge left conflicting changes (Claim::conflicts); the status
/// filter's "Needs attention" shows only those, and the sections' titles count them. The Checklist column counts the
/// steps of a claim's checklist ticked; the header's tooltip says what the editor's highlights mean.
///
/// In proportion to what it holds (#18): the tree is a view of a model over the claim set whose rows are the
/// claims' ids (in document order, as filtered); every text, icon and tooltip is made from the claim when the view
/// asks for it (for the rows it paints), none is stored per row. Two sections, the claims and the orphans (hidden
/// while there are none); a claim's row holds its id at column 0 under Qt::UserRole.
class CLAIMBENCH_HOST_EXPORT ClaimsPanel : public QWidget
{
    Q_OBJECT
public:
    /// The tree's columns. The checklist's progress ("2/4", shown after the status) is the last one.
    enum Column { QuoteColumn, TypeColumn, StatusColumn, VerdictColumn, ReviewerColumn, AttentionColumn, ChecklistColumn };
    /// Item data in the Attention column: the reasons a claim needs attention, a QStringList of "check-again" and/or
    /// "conflict" (empty when none).
    static constexpr int AttentionRole = Qt::UserRole + 1;
    /// The status filter's item data for "Needs attention" (the others are -1, any status, and ClaimStatus values).
    static constexpr int NeedsAttentionFilter = -2;

    explicit ClaimsPanel(DocumentController *controller, QWidget *parent = nullptr);
    ~ClaimsPanel() override;

    void setCurrentClaim(const QUuid &id);
    QUuid currentClaim() const;
    /// Rebuilds now (normally debounced after changes).
    void refresh();

    QTreeView *tree() const;
    /// The row of claim `id` (at `column`) in tree()'s model; invalid when it is not shown.
    QModelIndex indexOf(const QUuid &id, int column = QuoteColumn) const;
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
