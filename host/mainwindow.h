// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_host_export.h"

#include <QMainWindow>
#include <QUuid>
#include <memory>

namespace Claimbench {

class MainWindowPrivate;
class CheckedBeforePanel;
class ClaimEditor;
class DeskView;
class ClaimsPanel;
class DocumentController;
class Inspector;
class MessageBar;
class PluginManager;
class ReportPreview;
class SuggestionsPanel;

/// The workbench window: the editor with its message bar, the claims panel, the inspector, suggestions and
/// the report preview as docks, and every action in menus with a shortcut and an accessible name.
class CLAIMBENCH_HOST_EXPORT MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// With `plugins` null the window makes its own manager and loads the default plugin paths.
    explicit MainWindow(PluginManager *plugins = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a document (and its sidecar); false with a message on the message bar when it cannot be read.
    /// With `claimsInBackground` the text shows at once and the claims follow (DocumentController::claimsLoaded).
    bool openFile(const QString &path, bool claimsInBackground = false);
    /// Creates the article `path` with `text` (UTF-8; empty for a new article) and opens it. Refuses a path that
    /// exists (the message offers to open it). File > New Article and Paste as New Article ask for the path.
    bool createArticle(const QString &path, const QString &text = QString());
    /// On the first run: asks who is reviewing (the name in every history entry). True when a name is known.
    bool askForReviewer();
    QString currentFile() const;
    /// The syntax definition in use ("Markdown", "None", ...).
    QString syntaxName() const;

    /// Makes `id` the current claim everywhere (editor, claims panel, inspector); optionally moves to it.
    void selectClaim(const QUuid &id, bool reveal = true);
    QUuid currentClaim() const;
    /// Mark claim on the editor's selection with a type, without the picker (the picker calls this).
    QUuid markSelection(const QString &claimType);

    ClaimEditor *editor() const;
    DocumentController *controller() const;
    ClaimsPanel *claimsPanel() const;
    Inspector *inspector() const;
    SuggestionsPanel *suggestions() const;
    ReportPreview *reportPreview() const;
    MessageBar *messageBar() const;
    PluginManager *plugins() const;
    /// Opens the desk `dir` (File > Open Desk): the Desk and "Checked before?" docks; false with a message when its
    /// desk file or index cannot be read.
    bool openDesk(const QString &dir);
    DeskView *deskView() const;
    CheckedBeforePanel *checkedBefore() const;
    /// An action by object name ("markClaim", "nextClaim", "undo", ...).
    QAction *action(const QString &name) const;
    /// Offers (on the message bar) to open documents with unsaved work from a session that ended unexpectedly.
    void offerPendingRecoveries();
    /// Finishes background highlighting and lays everything out (screenshots, tests).
    void settle();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    std::unique_ptr<MainWindowPrivate> d;
    friend class MainWindowPrivate;
};

} // namespace Claimbench
