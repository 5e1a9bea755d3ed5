// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_host_export.h"

#include <QDateTime>
#include <QUuid>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTreeView;

namespace Claimbench {

class DeskIndex;
class DocumentController;
struct DeskSettings;
class DeskViewPrivate;

/// Approves claim `id` of the article open in `controller` as `reviewer`: the core's rule (approvalRefusal() under
/// secondReviewRequired() of the article: its desk file wins over `outsideDesk`, the reviewer's Preferences), then
/// one undoable step (DocumentController::setField("approval"), approved at `now`). The one approve path of an
/// open article (the inspector's Approve and the desk view's). Returns the refusal for people; empty: approved.
CLAIMBENCH_HOST_EXPORT QString approveInWorkbench(DocumentController *controller, const QUuid &id,
                                                  const QString &reviewer, bool outsideDesk,
                                                  const QDateTime &now = QDateTime());

/// File → Open Desk: a folder of articles (usually a git work tree) and their claims, from the desk's index
/// (host/desk/deskindex.h): every article with its claims by status and verdict, what is assigned to me, what
/// waits for my second review, and a search box. Activating a row asks to open that article (at that claim).
/// The lists are views over models of the index's rows (texts made when a row is shown; a desk of 5,000 articles
/// and 200,000 claims holds no item per row): column 0's Qt::UserRole is the document's absolute path,
/// Qt::UserRole + 1 the claim's id (claim lists). Clicking a header sorts; refilled lists come in the index's order.
/// The list of what waits for my second review has Approve (button, Ctrl+Shift+A, context menu): an article open
/// in the workbench is approved through its DocumentController (approveInWorkbench(): undoable there), any other
/// in its sidecar on disk (approveOnDisk(): read, approve, written atomically, another writer's save never
/// written over). A refusal is shown in words above the list.
class CLAIMBENCH_HOST_EXPORT DeskView : public QWidget
{
    Q_OBJECT
public:
    explicit DeskView(QWidget *parent = nullptr);
    ~DeskView() override;

    /// Opens the desk `dir` for `reviewer` (empty: git config user.name there), bringing its index up to date.
    /// `cacheDir` empty: the user's cache. False, with errorString(), when the desk file or the index cannot be read.
    bool openDesk(const QString &dir, const QString &reviewer = QString(), const QString &cacheDir = QString());
    /// Brings the index up to date again (after a save or a git pull) and refills the lists.
    void refresh();
    QString deskDir() const;
    QString reviewer() const;
    QString errorString() const;
    /// The open desk's index (for the "Checked before?" panel), null before openDesk().
    DeskIndex *index() const;
    const DeskSettings &settings() const;

    QLineEdit *searchBox() const;
    QTabWidget *tabs() const;
    QTreeView *articleList() const; ///< one row per article
    QTreeView *assignedList() const;
    QTreeView *waitingList() const;
    QTreeView *searchList() const;

    /// Runs a search now (the search box does, as one types).
    void search(const QString &query);

    /// How the view finds the article open in the workbench at a document path (null: not open). Unset: none is.
    void setOpenArticles(std::function<DocumentController *(const QString &documentPath)> find);
    /// The Approve action of the "waiting for my second review" list (its button, shortcut and context menu).
    QAction *approveAction() const;
    /// What the last Approve said: the refusal or the error in words, or what was approved.
    QLabel *approvalMessage() const;
    /// Approves the current row of the waiting list (the Approve action). False when refused or not written.
    bool approveCurrent();
    /// Approves claim `id` of the article `documentPath` as reviewer(), then refreshes the lists. False, with the
    /// reason in approvalMessage(), when refused or when the sidecar cannot be read or written.
    bool approve(const QString &documentPath, const QUuid &id);
    /// The clock approvals are given at (the current time by default); for tests.
    void setClock(std::function<QDateTime()> clock);

Q_SIGNALS:
    /// A row was activated: open `documentPath`, and select `claim` when it is not null.
    void articleActivated(const QString &documentPath, const QUuid &claim);
    /// The index changed (openDesk(), refresh()).
    void deskChanged();
    /// A claim was approved from the desk view (through the open article's controller or on disk).
    void claimApproved(const QString &documentPath, const QUuid &claim);

private:
    std::unique_ptr<DeskViewPrivate> d;
};

} // namespace Claimbench
