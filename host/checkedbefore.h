// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_host_export.h"

#include <QUuid>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Claimbench {

class DeskIndex;
class CheckedBeforePanelPrivate;

/// "Checked before?": earlier claims across the open desk with a statement or quote like the claim just marked
/// (DeskIndex::similar(): ranked, with their verdicts and articles). A verdict can be reused, with a link to the
/// earlier check; an earlier claim can be opened.
class CLAIMBENCH_HOST_EXPORT CheckedBeforePanel : public QWidget
{
    Q_OBJECT
public:
    explicit CheckedBeforePanel(QWidget *parent = nullptr);
    ~CheckedBeforePanel() override;

    /// The desk to look in (not owned; null: no desk, the panel says so).
    void setIndex(DeskIndex *index, const QString &deskDir);
    /// Lists the earlier claims like `text` for the claim `forClaim` (which is not listed itself).
    void showSimilar(const QString &text, const QUuid &forClaim);
    void clear();

    QTreeWidget *list() const;
    QPushButton *reuseButton() const;
    QUuid currentClaim() const; ///< the claim the list is for

Q_SIGNALS:
    /// Reuse the selected earlier claim's verdict for `forClaim`; `earlierArticle` is its document's path relative
    /// to the desk, `earlierClaim` its id (for the link).
    void reuseVerdict(const QUuid &forClaim, const QString &verdict, const QString &earlierArticle,
                      const QUuid &earlierClaim);
    /// Open the earlier claim's article (absolute path) at that claim.
    void openEarlier(const QString &documentPath, const QUuid &claim);

private:
    std::unique_ptr<CheckedBeforePanelPrivate> d;
};

} // namespace Claimbench
