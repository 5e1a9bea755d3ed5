// SPDX-License-Identifier: GPL-2.0-or-later
#include "mainwindow.h"

#include "atomicfile.h"
#include "claimeditor.h"
#include "claimset.h"
#include "claimspanel.h"
#include "checkedbefore.h"
#include "claimtypestyle.h"
#include "deskindex.h"
#include "deskview.h"
#include "documentcontroller.h"
#include "recoveryjournal.h"
#include "inspector.h"
#include "lazyhighlighter.h"
#include "messagebar.h"
#include "pluginmanager.h"
#include "pluginsdialog.h"
#include "preferencesdialog.h"
#include "reportpreview.h"
#include "reviewerdialog.h"
#include "searchbar.h"
#include "settings.h"
#include "shortcutsdialog.h"
#include "openarticledialog.h"
#include "suggestionspanel.h"
#include "typepicker.h"

#include "desk.h"
#include "desklearning.h"
#include "desktraining.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QActionGroup>
#include <QApplication>
#include <QRegularExpression>
#include <QGuiApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTextBlock>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Claimbench {

namespace {
// Without any plugin the workbench still lets people mark claims.
QList<ClaimType> fallbackTypes()
{
    ClaimType t;
    t.id = QStringLiteral("claim");
    t.name = QObject::tr("Claim");
    t.description = QObject::tr("A statement to check");
    t.colour = QStringLiteral("#4a7fd4");
    return {t};
}
} // namespace

class MainWindowPrivate
{
public:
    MainWindow *q = nullptr;
    PluginManager *plugins = nullptr;
    ClaimEditor *editor = nullptr;
    MessageBar *messages = nullptr;
    DocumentController *controller = nullptr;
    ClaimsPanel *panel = nullptr;
    Inspector *inspector = nullptr;
    SuggestionsPanel *suggestions = nullptr;
    ReportPreview *preview = nullptr;
    QDockWidget *panelDock = nullptr;
    QDockWidget *inspectorDock = nullptr;
    QDockWidget *suggestionsDock = nullptr;
    QDockWidget *previewDock = nullptr;
    // The desk (File > Open Desk) and "Checked before?".
    DeskView *desk = nullptr;
    CheckedBeforePanel *checkedBefore = nullptr;
    QDockWidget *deskDock = nullptr;
    QDockWidget *checkedBeforeDock = nullptr;
    QMenu *recentMenu = nullptr;
    QMenu *syntaxMenu = nullptr;
    QLabel *positionLabel = nullptr;
    QLabel *encodingLabel = nullptr;
    QLabel *claimsLabel = nullptr;
    QHash<QString, QAction *> actions;
    QUuid current;
    QString lastType;
    bool snapToWords = false;

    QAction *makeAction(const QString &name, const QString &text, const QKeySequence &shortcut, QObject *receiver,
                        std::function<void()> slot, const QString &accessible = QString())
    {
        auto *a = new QAction(text, q);
        a->setObjectName(name);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        QString plain = text;
        plain.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
        a->setToolTip(shortcut.isEmpty() ? plain
                                         : QStringLiteral("%1 (%2)").arg(plain, shortcut.toString(QKeySequence::NativeText)));
        // Accessible names come from the text; the tooltip and status tip say what it does.
        a->setStatusTip(accessible.isEmpty() ? plain : accessible);
        a->setProperty("accessibleName", accessible.isEmpty() ? plain : accessible);
        QObject::connect(a, &QAction::triggered, receiver, [slot] { slot(); });
        actions.insert(name, a);
        return a;
    }

    QList<ClaimType> claimTypes() const
    {
        QList<ClaimType> types = plugins->claimTypes();
        return types.isEmpty() ? fallbackTypes() : types;
    }

    void updateTitle()
    {
        const QString name = controller->isOpen() ? QFileInfo(controller->path()).fileName() : MainWindow::tr("No document");
        q->setWindowTitle(MainWindow::tr("%1[*] — Claimbench").arg(name));
        q->setWindowModified(controller->isModified());
        // The encoding, as Kate shows it: the document is saved in it.
        const DocumentEncoding e = controller->encoding();
        encodingLabel->setVisible(controller->isOpen() && e.isValid());
        encodingLabel->setText(e.bom ? MainWindow::tr("%1 with BOM").arg(QString::fromLatin1(e.name)) : QString::fromLatin1(e.name));
        encodingLabel->setToolTip(MainWindow::tr("The document's encoding: it is saved in the same encoding."));
    }

    void updateClaimCount()
    {
        const ClaimSet *set = controller->claims();
        int orphans = 0, done = 0;
        for (const Claim &c : set->claims()) {
            orphans += c.isOrphan() ? 1 : 0;
            done += c.status == ClaimStatus::Done ? 1 : 0;
        }
        // Two numbers in one message (claims, and of them done): each form in words.
        const int n = int(set->count());
        QString text = n == 0 ? MainWindow::tr("No claims")
            : n == 1          ? MainWindow::tr("1 claim, %1 done").arg(done)
                              : MainWindow::tr("%1 claims, %2 done").arg(n).arg(done);
        if (orphans > 0)
            text += orphans == 1 ? MainWindow::tr(", 1 orphaned") : MainWindow::tr(", %1 orphaned").arg(orphans);
        claimsLabel->setText(text);
    }

    void updateActions()
    {
        const bool open = controller->isOpen();
        const bool hasSelection = editor->textCursor().hasSelection();
        const bool editable = open && !controller->claimsReadOnly();
        actions[QStringLiteral("markClaim")]->setEnabled(editable && hasSelection);
        const Claim c = controller->claims()->claim(current);
        actions[QStringLiteral("removeClaim")]->setEnabled(editable && c.isValid());
        actions[QStringLiteral("reattach")]->setEnabled(editable && c.isValid() && c.isOrphan() && hasSelection);
        for (const char *n : {"save", "saveAs", "export", "findClaims", "nextClaim", "previousClaim"})
            actions[QLatin1String(n)]->setEnabled(open);
        actions[QStringLiteral("openOriginal")]->setEnabled(open && OriginalPage::isAvailable(controller->claims()->data().document.source));
    }

    void addRecent(const QString &path) { Settings().addRecentFile(path); }

    void fillRecent()
    {
        recentMenu->clear();
        const QStringList recent = Settings().recentFiles();
        for (int i = 0; i < recent.size(); ++i) {
            const QString path = recent[i];
            QAction *a = recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
            a->setToolTip(path);
            QObject::connect(a, &QAction::triggered, q, [this, path] { q->openFile(path, true); });
        }
        if (recent.isEmpty())
            recentMenu->addAction(MainWindow::tr("(none)"))->setEnabled(false);
    }

    void fillSyntaxMenu()
    {
        if (!syntaxMenu->isEmpty())
            return;
        KSyntaxHighlighting::Repository &repository = syntaxRepository();
        QAction *none = syntaxMenu->addAction(MainWindow::tr("None"));
        QObject::connect(none, &QAction::triggered, q, [this] { editor->setSyntaxDefinition({}); });
        QHash<QString, QMenu *> sections;
        for (const KSyntaxHighlighting::Definition &def : repository.definitions()) {
            if (def.isHidden())
                continue;
            QMenu *&menu = sections[def.translatedSection()];
            if (!menu)
                menu = syntaxMenu->addMenu(def.translatedSection());
            QAction *a = menu->addAction(def.translatedName());
            QObject::connect(a, &QAction::triggered, q, [this, def] {
                editor->setSyntaxDefinition(def);
                q->statusBar()->showMessage(MainWindow::tr("Highlighting: %1").arg(def.translatedName()), 3000);
            });
        }
    }

    bool maybeSave()
    {
        if (!controller->isOpen() || !controller->isModified())
            return true;
        const auto answer = QMessageBox::question(
            q, MainWindow::tr("Unsaved changes"),
            MainWindow::tr("The text of %1 has changes that are not saved. Save them? Discarding them keeps your claims.")
                .arg(QFileInfo(controller->path()).fileName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save)
            return controller->save();
        if (controller->claimsOnDisk())
            controller->discardRecovery(); // the user threw the text changes away: nothing to recover
        return true;
    }

    // Closes the document. When its claims could not be written, asks what to do with them first; the recovery
    // journal keeps them unless the user discards them or saves them elsewhere. False: keep the document open.
    bool closeDocument()
    {
        if (controller->close())
            return true;
        const QString name = QFileInfo(controller->path()).fileName();
        QMessageBox box(QMessageBox::Warning, MainWindow::tr("Claims not saved"),
                        MainWindow::tr("The claims of %1 could not be saved.").arg(name), QMessageBox::NoButton, q);
        box.setObjectName(QStringLiteral("claimsNotSaved"));
        box.setInformativeText(MainWindow::tr("%1\n\nSave them to another file, or keep them: Claimbench offers them "
                                              "again the next time it starts.")
                                   .arg(controller->lastSaveError()));
        QPushButton *saveAs = box.addButton(MainWindow::tr("Save Claims &As…"), QMessageBox::AcceptRole);
        QPushButton *keep = box.addButton(MainWindow::tr("&Keep for Recovery"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(MainWindow::tr("&Discard Claims"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        saveAs->setObjectName(QStringLiteral("saveAs"));
        keep->setObjectName(QStringLiteral("keep"));
        discard->setObjectName(QStringLiteral("discard"));
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() == keep)
            return true;
        if (box.clickedButton() == discard) {
            controller->discardRecovery();
            return true;
        }
        if (box.clickedButton() != saveAs)
            return false;
        const QString path = QFileDialog::getSaveFileName(
            q, MainWindow::tr("Save Claims As"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(QFileInfo(controller->sidecarPath()).fileName()),
            MainWindow::tr("Claims (*.claims.json)"));
        if (path.isEmpty())
            return false;
        if (!controller->saveSidecarAs(path)) {
            messages->post(MainWindow::tr("The claims could not be saved to %1: %2").arg(path, controller->errorString()),
                           MessageBar::Error);
            return false;
        }
        controller->discardRecovery();
        return true;
    }

    // File > New Article / Paste as New Article: the article gets a file first (so everything typed or marked in it
    // can be saved), then opens.
    void newArticle(const QString &text)
    {
        if (!text.isNull() && text.trimmed().isEmpty()) {
            messages->post(MainWindow::tr("The clipboard holds no text to paste as an article."), MessageBar::Information);
            return;
        }
        // A name from the first words of the text, in the folder of the current article (or Documents).
        QString name = MainWindow::tr("Untitled article");
        const QString firstLine = text.trimmed().section(QLatin1Char('\n'), 0, 0).simplified();
        if (!firstLine.isEmpty()) {
            name = firstLine.left(60).section(QLatin1Char(' '), 0, 7);
            name.replace(QRegularExpression(QStringLiteral("[^\\w\\s-]")), QString());
            name = name.simplified();
        }
        const QString folder = controller->isOpen() ? QFileInfo(controller->path()).path()
                                                    : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(q, text.isNull() ? MainWindow::tr("New Article")
                                                                           : MainWindow::tr("Paste as New Article"),
                                                          QDir(folder).filePath(name + QStringLiteral(".txt")),
                                                          MainWindow::tr("Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"),
                                                          nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            q->createArticle(path, text.isNull() ? QString() : text);
    }

    void markClaim()
    {
        if (!controller->isOpen())
            return;
        if (!editor->textCursor().hasSelection()) {
            messages->post(MainWindow::tr("Select the text of the claim first, then mark it."), MessageBar::Information, {},
                           QStringLiteral("select-first"));
            return;
        }
        const QString type = TypePicker::pick(claimTypes(), lastType, q);
        if (type.isEmpty())
            return;
        lastType = type;
        const QUuid id = q->markSelection(type);
        if (id.isNull())
            return;
        inspectorDock->show();
        inspectorDock->raise();
        q->activateWindow(); // back from the picker
        inspector->focusFirst();
    }

    void goToClaim(bool forward)
    {
        const int pos = editor->textCursor().selectionStart();
        const AnchorStore &anchors = controller->claims()->anchors(); // claims only, not suggestions
        const AnchorStore::Entry e = forward ? anchors.next(pos) : anchors.previous(pos);
        if (!e.key.isNull())
            q->selectClaim(e.key);
    }

    void reattach(const QUuid &id)
    {
        const QTextCursor c = editor->textCursor();
        if (!c.hasSelection()) {
            messages->post(MainWindow::tr("Select the text the orphan belongs to, then re-attach it."),
                           MessageBar::Information, {}, QStringLiteral("select-first"));
            return;
        }
        if (controller->reattach(id, c.selectionStart(), c.selectionEnd()))
            q->selectClaim(id, false);
    }

    void showPlugins()
    {
        PluginsDialog dialog(plugins, q);
        dialog.exec();
    }

    void showPreferences()
    {
        PreferencesDialog dialog(controller, claimTypes(), q);
        if (dialog.exec() != QDialog::Accepted)
            return;
        dialog.apply();
        snapToWords = Settings().snapToWords();
        actions[QStringLiteral("snapToWords")]->setChecked(snapToWords);
    }

    void onExternalChange(DocumentController::ExternalChange what)
    {
        const QString file = QFileInfo(what == DocumentController::ExternalChange::Document ? controller->path()
                                                                                           : controller->sidecarPath())
                                 .fileName();
        messages->post(MainWindow::tr("%1 was changed by another program. Reload it (claims are re-anchored), or keep "
                                      "your version?")
                           .arg(file),
                       MessageBar::Question,
                       {{MainWindow::tr("Reload"),
                         [this] {
                             const AnchorSummary s = controller->reloadFromDisk();
                             messages->post(MainWindow::tr("Reloaded. Claims: %1 exact, %2 moved, %3 fuzzy, %4 orphaned.")
                                                .arg(s.exact)
                                                .arg(s.moved)
                                                .arg(s.fuzzy)
                                                .arg(s.orphan),
                                            s.orphan ? MessageBar::Warning : MessageBar::Information, {},
                                            QStringLiteral("reanchored"));
                         }},
                        {MainWindow::tr("Keep mine"), [this] { controller->keepMine(); }}},
                       QStringLiteral("external-change"));
    }
};

MainWindow::MainWindow(PluginManager *plugins, QWidget *parent)
    : QMainWindow(parent)
    , d(std::make_unique<MainWindowPrivate>())
{
    d->q = this;
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    if (plugins) {
        d->plugins = plugins;
    } else {
        d->plugins = new PluginManager(this);
        d->plugins->setSearchPaths(PluginManager::defaultSearchPaths());
        d->plugins->loadPlugins();
    }
    const Settings settings;
    d->snapToWords = settings.snapToWords();

    // Central: message bar over the editor.
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    d->messages = new MessageBar(central);
    d->editor = new ClaimEditor(central);
    layout->addWidget(d->messages);
    layout->addWidget(d->editor, 1);
    setCentralWidget(central);

    // Without a document nothing may be typed that could never be saved.
    d->editor->setReadOnly(true);
    d->editor->setPlaceholderText(tr("Open an article (Ctrl+O), create one (Ctrl+N), or paste one as a new article "
                                     "(Ctrl+Shift+N)."));
    d->controller = new DocumentController(d->editor, d->plugins, this);
    d->controller->setReviewer(settings.reviewer());
    for (const ClaimType &t : d->plugins->claimTypes())
        d->controller->style()->setColour(t.id, settings.claimTypeColour(t.id));

    d->panel = new ClaimsPanel(d->controller, this);
    d->inspector = new Inspector(d->controller, this);
    d->suggestions = new SuggestionsPanel(d->controller, this);
    d->preview = new ReportPreview(d->controller, this);
    auto dock = [this](const QString &name, const QString &title, QWidget *w, Qt::DockWidgetArea area) {
        auto *dw = new QDockWidget(title, this);
        dw->setObjectName(name);
        dw->setWidget(w);
        dw->setAccessibleName(title);
        addDockWidget(area, dw);
        return dw;
    };
    d->panelDock = dock(QStringLiteral("claimsDock"), tr("Claims"), d->panel, Qt::LeftDockWidgetArea);
    d->inspectorDock = dock(QStringLiteral("inspectorDock"), tr("Inspector"), d->inspector, Qt::RightDockWidgetArea);
    d->previewDock = dock(QStringLiteral("previewDock"), tr("Report preview"), d->preview, Qt::RightDockWidgetArea);
    d->suggestionsDock = dock(QStringLiteral("suggestionsDock"), tr("Suggestions"), d->suggestions, Qt::LeftDockWidgetArea);
    tabifyDockWidget(d->inspectorDock, d->previewDock);
    d->inspectorDock->raise();
    // The preview (and Qt WebEngine) is drawn, and so started, only once its tab is raised or its dock shown.
    d->preview->setOnScreen(false);
    connect(d->previewDock, &QDockWidget::visibilityChanged, d->preview, &ReportPreview::setOnScreen);
    splitDockWidget(d->panelDock, d->suggestionsDock, Qt::Vertical);
    resizeDocks({d->panelDock, d->inspectorDock}, {470, 400}, Qt::Horizontal);
    resizeDocks({d->panelDock, d->suggestionsDock}, {520, 200}, Qt::Vertical);
    d->desk = new DeskView(this);
    d->checkedBefore = new CheckedBeforePanel(this);
    d->deskDock = dock(QStringLiteral("deskDock"), tr("Desk"), d->desk, Qt::BottomDockWidgetArea);
    d->checkedBeforeDock = dock(QStringLiteral("checkedBeforeDock"), tr("Checked before?"), d->checkedBefore,
                                Qt::BottomDockWidgetArea);
    splitDockWidget(d->deskDock, d->checkedBeforeDock, Qt::Horizontal);
    d->deskDock->hide();
    d->checkedBeforeDock->hide();

    // Actions.
    QUndoStack *undo = d->controller->undoStack();
    QAction *undoAction = undo->createUndoAction(this, tr("&Undo"));
    undoAction->setObjectName(QStringLiteral("undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = undo->createRedoAction(this, tr("&Redo"));
    redoAction->setObjectName(QStringLiteral("redo"));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &k : {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)}) {
        if (!redoKeys.contains(k)) // the same key twice would make the shortcut ambiguous
            redoKeys.append(k);
    }
    redoAction->setShortcuts(redoKeys);
    d->actions.insert(QStringLiteral("undo"), undoAction);
    d->actions.insert(QStringLiteral("redo"), redoAction);
    d->editor->setUndoRedoActions(undoAction, redoAction);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(d->makeAction(QStringLiteral("newArticle"), tr("&New Article…"), QKeySequence::New, this,
                                  [this] { d->newArticle(QString()); }, tr("Create a new, empty article file")));
    file->addAction(d->makeAction(QStringLiteral("pasteAsNew"), tr("&Paste as New Article…"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                                  [this] { d->newArticle(QGuiApplication::clipboard()->text()); },
                                  tr("Save the text on the clipboard as a new article and open it")));
    file->addAction(d->makeAction(QStringLiteral("open"), tr("&Open…"), QKeySequence::Open, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a document"), QFileInfo(currentFile()).path(),
                                                          tr("Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"));
        if (!path.isEmpty())
            openFile(path, true);
    }));
    file->addAction(d->makeAction(QStringLiteral("openArticle"), tr("Open &Article…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this, [this] {
        if (const QString path = OpenArticleDialog::ask(this); !path.isEmpty())
            openFile(path, true);
    }, tr("Read a web page, Word file or PDF as the article a reader sees, keeping the original")));
    file->addAction(d->makeAction(QStringLiteral("openOriginal"), tr("Open Ori&ginal Page"), QKeySequence(), this, [this] {
        const QString error = OriginalPage::open(d->controller->claims()->data().document.source, d->controller->path());
        if (!error.isEmpty())
            d->messages->post(error, MessageBar::Warning, {}, QStringLiteral("original"));
    }, tr("Open the page the article was read from, as it was kept (its offline copy, else the original bytes), in the browser")));
    d->recentMenu = file->addMenu(tr("Open &Recent"));
    connect(d->recentMenu, &QMenu::aboutToShow, this, [this] { d->fillRecent(); });
    file->addAction(d->makeAction(QStringLiteral("openDesk"), tr("Open &Desk…"), QKeySequence(), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a desk: a folder of articles"),
                                                              QFileInfo(currentFile()).path());
        if (!dir.isEmpty())
            openDesk(dir);
    }, tr("Show every article of a folder with its claims, and search them")));
    file->addAction(d->makeAction(QStringLiteral("save"), tr("&Save"), QKeySequence::Save, this, [this] {
        if (d->controller->save())
            statusBar()->showMessage(tr("Saved %1").arg(d->controller->path()), 3000);
    }));
    file->addAction(d->makeAction(QStringLiteral("saveAs"), tr("Save &As…"), QKeySequence::SaveAs, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save as"), currentFile());
        if (!path.isEmpty() && d->controller->saveAs(path)) {
            d->addRecent(d->controller->path());
            d->updateTitle();
        }
    }));
    file->addSeparator();
    file->addAction(d->makeAction(QStringLiteral("export"), tr("&Export Report…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, [this] {
        ExportDialog dialog(d->controller, this);
        dialog.exec();
    }));
    file->addSeparator();
    file->addAction(d->makeAction(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, this, [this] { close(); }));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(undoAction);
    edit->addAction(redoAction);
    edit->addSeparator();
    edit->addAction(d->makeAction(QStringLiteral("preferences"), tr("&Preferences…"), QKeySequence::Preferences, this,
                                  [this] { d->showPreferences(); }));
    d->actions[QStringLiteral("preferences")]->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));

    QMenu *claims = menuBar()->addMenu(tr("&Claims"));
    QAction *mark = d->makeAction(QStringLiteral("markClaim"), tr("&Mark Claim…"), QKeySequence(Qt::CTRL | Qt::Key_M), this,
                                  [this] { d->markClaim(); }, tr("Mark the selected text as a claim"));
    claims->addAction(mark);
    claims->addAction(d->makeAction(QStringLiteral("removeClaim"), tr("&Remove Claim"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete),
                                    this, [this] { d->controller->removeClaim(d->current); }));
    claims->addAction(d->makeAction(QStringLiteral("reattach"), tr("Re-&attach Orphan to Selection"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this, [this] { d->reattach(d->current); }));
    claims->addSeparator();
    claims->addAction(d->makeAction(QStringLiteral("nextClaim"), tr("&Next Claim"), QKeySequence(Qt::Key_F8), this,
                                    [this] { d->goToClaim(true); }));
    claims->addAction(d->makeAction(QStringLiteral("previousClaim"), tr("&Previous Claim"), QKeySequence(Qt::SHIFT | Qt::Key_F8),
                                    this, [this] { d->goToClaim(false); }));
    claims->addSeparator();
    claims->addAction(d->makeAction(QStringLiteral("findClaims"), tr("&Find Claims"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
                                    this, [this] {
                                        d->suggestionsDock->show();
                                        d->suggestionsDock->raise();
                                        d->suggestions->findClaims();
                                    }, tr("Find claims with the detectors")));
    claims->addAction(d->makeAction(QStringLiteral("acceptSuggestion"), tr("&Accept Suggestion"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
                                    this, [this] { d->suggestions->acceptCurrent(); }));
    claims->addAction(d->makeAction(QStringLiteral("dismissSuggestion"), tr("&Dismiss Suggestion"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace),
                                    this, [this] { d->suggestions->dismissCurrent(); }));
    claims->addSeparator();
    QAction *snap = d->makeAction(QStringLiteral("snapToWords"), tr("Snap to &Whole Words"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_W), this,
                                  [this] {
                                      d->snapToWords = d->actions[QStringLiteral("snapToWords")]->isChecked();
                                      Settings().setSnapToWords(d->snapToWords);
                                  });
    snap->setCheckable(true);
    snap->setChecked(d->snapToWords);
    claims->addAction(snap);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    d->syntaxMenu = view->addMenu(tr("&Highlighting"));
    connect(d->syntaxMenu, &QMenu::aboutToShow, this, [this] { d->fillSyntaxMenu(); });
    QAction *wrap = d->makeAction(QStringLiteral("wordWrap"), tr("&Word Wrap"), QKeySequence(Qt::ALT | Qt::Key_Z), this, [this] {
        d->editor->setLineWrapMode(d->actions[QStringLiteral("wordWrap")]->isChecked() ? QPlainTextEdit::WidgetWidth
                                                                                      : QPlainTextEdit::NoWrap);
    });
    wrap->setCheckable(true);
    wrap->setChecked(true);
    view->addAction(wrap);
    QAction *lines = d->makeAction(QStringLiteral("lineNumbers"), tr("&Line Numbers"), QKeySequence(Qt::Key_F11), this, [this] {
        d->editor->setShowLineNumbers(d->actions[QStringLiteral("lineNumbers")]->isChecked());
    });
    lines->setCheckable(true);
    lines->setChecked(true);
    view->addAction(lines);
    view->addSeparator();
    struct DockKey {
        QDockWidget *dock;
        const char *name;
        QKeySequence key;
        QWidget *focus;
    };
    for (const DockKey &k : {DockKey{d->panelDock, "focusClaims", QKeySequence(Qt::ALT | Qt::Key_1), d->panel->tree()},
                             DockKey{d->inspectorDock, "focusInspector", QKeySequence(Qt::ALT | Qt::Key_2), d->inspector},
                             DockKey{d->suggestionsDock, "focusSuggestions", QKeySequence(Qt::ALT | Qt::Key_3), d->suggestions->list()},
                             DockKey{d->previewDock, "focusPreview", QKeySequence(Qt::ALT | Qt::Key_4), d->preview}}) {
        QDockWidget *dw = k.dock;
        QWidget *focus = k.focus;
        view->addAction(d->makeAction(QLatin1String(k.name), tr("Show %1").arg(dw->windowTitle()), k.key, this, [this, dw, focus] {
            dw->show();
            dw->raise();
            if (focus == d->inspector)
                d->inspector->focusFirst();
            else
                focus->setFocus(Qt::ShortcutFocusReason);
        }, tr("Show the %1 panel and move the keyboard focus into it").arg(dw->windowTitle())));
    }
    view->addAction(d->makeAction(QStringLiteral("focusEditor"), tr("Go to the &Text"), QKeySequence(Qt::ALT | Qt::Key_0), this,
                                  [this] { d->editor->setFocus(Qt::ShortcutFocusReason); }));

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(d->makeAction(QStringLiteral("plugins"), tr("&Plugins…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this,
                                   [this] { d->showPlugins(); }));
    // The check-worthy detector's desk model (docs/detection.md): trained here, used for the documents of a desk.
    tools->addAction(d->makeAction(QStringLiteral("trainDeskModel"), tr("Train &Desk Model…"), QKeySequence(), this, [this] {
        QString desk = deskDirOf(d->controller->path());
        if (desk.isEmpty())
            desk = d->desk->deskDir();
        if (desk.isEmpty()) {
            d->messages->post(tr("Open a document of a desk, or a desk, to train its model."), MessageBar::Warning, {},
                              QStringLiteral("desk-model"));
            return;
        }
        auto *dialog = new DeskTrainingDialog(desk, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        dialog->start();
    }, tr("Train the check-worthy detector's model of this desk from its accepted and dismissed suggestions")));
    connect(d->controller, &DocumentController::opened, this, [this] { CheckWorthy::useDeskModelFor(d->controller->path()); });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(d->makeAction(QStringLiteral("about"), tr("&About Claimbench"), QKeySequence(Qt::SHIFT | Qt::Key_F1), this, [this] {
        QMessageBox::about(this, tr("About Claimbench"),
                           tr("<h3>Claimbench %1</h3><p>A workbench for fact-checkers: mark the claims in an article, "
                              "check them, and hand the desk a review report.</p><p>Qt %2, KDE Frameworks "
                              "SyntaxHighlighting. Licensed under the GPL, version 2 or later.</p>")
                               .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    }));

    // Find and Replace, the standard Edit actions, Help → Keyboard Shortcuts (issue #12, point 1). The search bar
    // goes under the editor (Kate's inline bar); the edit actions follow the editor: Copy needs a selection,
    // Cut, Paste and Replace an editable text. The shortcuts dialog is built from the window's actions.
    {
        ClaimEditor *e = d->editor;
        auto *search = new SearchBar(e, d->controller->undoStack(), e->parentWidget());
        search->setObjectName(QStringLiteral("searchBar"));
        if (auto *box = qobject_cast<QBoxLayout *>(e->parentWidget()->layout()))
            box->insertWidget(box->indexOf(e) + 1, search);
        undoAction->setStatusTip(tr("Undo the last change to the text or the claims"));
        redoAction->setStatusTip(tr("Redo the last change that was undone"));
        QAction *before = d->actions[QStringLiteral("preferences")];
        auto add = [&](const char *name, const QString &text, const QList<QKeySequence> &keys, std::function<void()> slot,
                       const QString &tip) {
            QAction *a = d->makeAction(QLatin1String(name), text, keys.value(0), this, std::move(slot), tip);
            a->setShortcuts(keys);
            edit->insertAction(before, a);
            return a;
        };
        QAction *cut = add("cut", tr("Cu&t"), QKeySequence::keyBindings(QKeySequence::Cut), [e] { e->cut(); },
                           tr("Move the selected text to the clipboard"));
        QAction *copy = add("copy", tr("&Copy"), QKeySequence::keyBindings(QKeySequence::Copy), [e] { e->copy(); },
                            tr("Copy the selected text to the clipboard"));
        QAction *paste = add("paste", tr("&Paste"), QKeySequence::keyBindings(QKeySequence::Paste), [e] { e->paste(); },
                             tr("Insert the clipboard's text at the cursor"));
        add("selectAll", tr("Select &All"), QKeySequence::keyBindings(QKeySequence::SelectAll), [e] { e->selectAll(); },
            tr("Select the whole text"));
        edit->insertSeparator(before);
        add("find", tr("&Find…"), {QKeySequence(Qt::CTRL | Qt::Key_F)}, [search] { search->openFind(); },
            tr("Search the text (a bar under the text; Esc closes it)"));
        add("findNext", tr("Find &Next"), {QKeySequence(Qt::Key_F3)}, [search] { search->findNext(); },
            tr("Go to the next match of the search"));
        add("findPrevious", tr("Find Pre&vious"), {QKeySequence(Qt::SHIFT | Qt::Key_F3)}, [search] { search->findPrevious(); },
            tr("Go to the previous match of the search"));
        QAction *replace = add("replace", tr("R&eplace…"), {QKeySequence(Qt::CTRL | Qt::Key_R)}, [search] { search->openReplace(); },
                               tr("Replace matches of the search in the text"));
        edit->insertSeparator(before);
        auto follow = [e, cut, copy, paste, replace] {
            const bool editable = !e->isReadOnly();
            const bool selection = e->textCursor().hasSelection();
            cut->setEnabled(editable && selection);
            copy->setEnabled(selection);
            paste->setEnabled(editable);
            replace->setEnabled(editable);
        };
        connect(e, &QPlainTextEdit::selectionChanged, this, follow);
        connect(e, &ClaimEditor::readOnlyChanged, this, follow);
        follow();
        QAction *shortcuts = d->makeAction(QStringLiteral("keyboardShortcuts"), tr("&Keyboard Shortcuts"), QKeySequence(Qt::Key_F1),
                                           this, [this] {
                                               ShortcutsDialog dialog(this);
                                               dialog.exec();
                                           }, tr("List every action with its keys"));
        help->insertAction(d->actions[QStringLiteral("about")], shortcuts);
    }

    // What each action does, in words (status bar, tooltips' neighbours, Help → Keyboard Shortcuts).
    {
        static const struct {
            const char *action;
            const char *tip;
        } tips[] = {
            {"open", QT_TR_NOOP("Open an article and its claims")},
            {"save", QT_TR_NOOP("Save the article's text (claims are saved as you work)")},
            {"saveAs", QT_TR_NOOP("Save the article and its claims under another name")},
            {"export", QT_TR_NOOP("Write the review report or an export (HTML, PDF, Markdown, CSV, JSON, ClaimReview, W3C)")},
            {"quit", QT_TR_NOOP("Close the window and quit")},
            {"preferences", QT_TR_NOOP("Your name, the organisation, claim type colours and editing options")},
            {"removeClaim", QT_TR_NOOP("Remove the claim shown in the inspector (undo brings it back)")},
            {"reattach", QT_TR_NOOP("Attach the selected orphan claim to the text selected in the editor")},
            {"nextClaim", QT_TR_NOOP("Go to the next claim in the text")},
            {"previousClaim", QT_TR_NOOP("Go to the previous claim in the text")},
            {"acceptSuggestion", QT_TR_NOOP("Mark the selected suggestion as a claim")},
            {"dismissSuggestion", QT_TR_NOOP("Dismiss the selected suggestion; it is not suggested again")},
            {"snapToWords", QT_TR_NOOP("Extend selections to whole words when marking (Alt-drag selects exact characters)")},
            {"wordWrap", QT_TR_NOOP("Wrap long lines at the window's edge")},
            {"lineNumbers", QT_TR_NOOP("Show line numbers beside the text")},
            {"focusEditor", QT_TR_NOOP("Move the keyboard focus to the article's text")},
            {"plugins", QT_TR_NOOP("The claim-type plugins: which are loaded, and why any failed")},
            {"about", QT_TR_NOOP("Version, licence and libraries")},
        };
        for (const auto &t : tips) {
            if (QAction *a = d->actions.value(QLatin1String(t.action)))
                a->setStatusTip(tr(t.tip));
        }
    }

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    auto icon = [](const char *theme, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QLatin1String(theme), QApplication::style()->standardIcon(fallback));
    };
    d->actions[QStringLiteral("open")]->setIcon(icon("document-open", QStyle::SP_DialogOpenButton));
    d->actions[QStringLiteral("save")]->setIcon(icon("document-save", QStyle::SP_DialogSaveButton));
    undoAction->setIcon(icon("edit-undo", QStyle::SP_ArrowBack));
    redoAction->setIcon(icon("edit-redo", QStyle::SP_ArrowForward));
    // The toolbar says just "Undo"/"Redo" (the menu and the tooltip say what): buttons do not jump as the text
    // of the step changes.
    undoAction->setIconText(tr("Undo"));
    redoAction->setIconText(tr("Redo"));
    d->actions[QStringLiteral("nextClaim")]->setIcon(icon("go-down", QStyle::SP_ArrowDown));
    d->actions[QStringLiteral("previousClaim")]->setIcon(icon("go-up", QStyle::SP_ArrowUp));
    for (const char *n : {"open", "save"})
        bar->addAction(d->actions[QLatin1String(n)]);
    bar->addSeparator();
    bar->addAction(undoAction);
    bar->addAction(redoAction);
    bar->addSeparator();
    bar->addAction(mark);
    for (const char *n : {"previousClaim", "nextClaim", "findClaims", "export"})
        bar->addAction(d->actions[QLatin1String(n)]);
    for (QAction *a : bar->actions()) {
        if (QWidget *w = bar->widgetForAction(a))
            w->setAccessibleName(a->property("accessibleName").toString().isEmpty() ? a->text().remove(QLatin1Char('&'))
                                                                                      : a->property("accessibleName").toString());
    }
    d->editor->setExtraContextActions({mark, d->actions[QStringLiteral("reattach")]});

    d->positionLabel = new QLabel(this);
    d->claimsLabel = new QLabel(this);
    d->claimsLabel->setObjectName(QStringLiteral("claimCount"));
    d->encodingLabel = new QLabel(this);
    d->encodingLabel->setObjectName(QStringLiteral("encoding"));
    statusBar()->addPermanentWidget(d->claimsLabel);
    statusBar()->addPermanentWidget(d->encodingLabel);
    statusBar()->addPermanentWidget(d->positionLabel);

    // Wiring.
    connect(d->editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        const QTextCursor c = d->editor->textCursor();
        d->positionLabel->setText(tr("Line %1, column %2").arg(c.blockNumber() + 1).arg(c.positionInBlock() + 1));
    });
    connect(d->editor, &QPlainTextEdit::selectionChanged, this, [this] { d->updateActions(); });
    connect(d->editor, &ClaimEditor::claimClicked, this, [this](const QUuid &id) { selectClaim(id, false); });
    connect(d->editor, &ClaimEditor::filesDropped, this, [this](const QStringList &paths) {
        if (OpenArticleDialog::needsImport(paths.first())) { // a web address, a saved page, Word or PDF: Open Article
            if (const QString path = OpenArticleDialog::ask(this, paths.first()); !path.isEmpty())
                openFile(path, true);
            return;
        }
        openFile(paths.first(), true);
    });
    connect(d->panel, &ClaimsPanel::claimActivated, this, [this](const QUuid &id) { selectClaim(id); });
    connect(d->panel, &ClaimsPanel::reattachRequested, this, [this](const QUuid &id) { d->reattach(id); });
    connect(d->inspector, &Inspector::removeRequested, this, [this](const QUuid &id) { d->controller->removeClaim(id); });
    connect(d->suggestions, &SuggestionsPanel::problem, this,
            [this](const QString &m) { d->messages->post(m, MessageBar::Warning); });
    connect(d->suggestions, &SuggestionsPanel::claimAccepted, this, [this](const QUuid &id) { selectClaim(id, false); });
    connect(d->plugins, &PluginManager::pluginFailed, this, [this](const QString &id, const QString &reason) {
        d->messages->post(tr("The plugin “%1” was disabled: %2").arg(id, reason), MessageBar::Warning, {},
                          QStringLiteral("plugin-") + id);
    });
    // Plugins that were rejected or failed while loading: say so once, with the reasons a click away.
    if (const QStringList problems = d->plugins->errors(); !problems.isEmpty()) {
        d->messages->post(tr("%n plugin(s) could not be loaded: %1", nullptr, int(problems.size()))
                              .arg(problems.first()),
                          MessageBar::Warning, {{tr("Details…"), [this] { d->showPlugins(); }}},
                          QStringLiteral("plugin-load-errors"));
    }
    connect(d->controller, &DocumentController::problem, this,
            [this](const QString &m) { d->messages->post(m, MessageBar::Error); });
    connect(d->controller, &DocumentController::modificationChanged, this, [this] { d->updateTitle(); });
    // The desk: open its articles; a claim just marked is looked up in it ("Checked before?").
    connect(d->desk, &DeskView::articleActivated, this, [this](const QString &path, const QUuid &id) {
        if (path != currentFile() && !openFile(path))
            return;
        if (!id.isNull())
            selectClaim(id);
    });
    connect(d->checkedBefore, &CheckedBeforePanel::openEarlier, d->desk, &DeskView::articleActivated);
    connect(d->checkedBefore, &CheckedBeforePanel::reuseVerdict, this,
            [this](const QUuid &id, const QString &verdict, const QString &article, const QUuid &earlier) {
                const Claim c = d->controller->claims()->claim(id);
                if (!c.isValid())
                    return;
                d->controller->setField(id, QStringLiteral("verdict"), verdict);
                const QString link = tr("Verdict reused from the earlier check of claim %1 in [%2](%2).")
                                         .arg(earlier.toString(QUuid::WithoutBraces), article);
                d->controller->setField(id, QStringLiteral("notes"), c.notes.isEmpty() ? link : c.notes + QLatin1String("\n\n") + link);
            });
    connect(d->controller->claims(), &ClaimSet::claimAdded, this, [this](const QUuid &id) {
        if (!d->desk->index())
            return;
        const Claim c = d->controller->claims()->claim(id);
        d->checkedBefore->showSimilar(c.statement.isEmpty() ? c.quote.exact : c.statement, id);
        d->checkedBeforeDock->show();
    });
    connect(d->controller, &DocumentController::sidecarSaved, d->desk, &DeskView::refresh);
    // The desk view's Approve goes through the controller when the article is open here (undo there).
    d->desk->setOpenArticles([this](const QString &path) -> DocumentController * {
        return d->controller->isOpen() && QFileInfo(d->controller->path()) == QFileInfo(path) ? d->controller : nullptr;
    });
    connect(d->controller, &DocumentController::externallyChanged, this,
            [this](DocumentController::ExternalChange what) { d->onExternalChange(what); });
    connect(d->controller, &DocumentController::claimsMerged, this, [this](int conflicts) {
        if (conflicts > 0)
            d->messages->post(tr("Another reviewer changed %n claim(s) you also changed. Both versions are kept: "
                                 "choose one in the inspector.", nullptr, conflicts),
                              MessageBar::Warning, {}, QStringLiteral("merged"));
        else
            statusBar()->showMessage(tr("Claims saved by another window or program were merged."), 5000);
        d->updateActions();
    });
    connect(d->controller, &DocumentController::claimOrphaned, this, [this] {
        statusBar()->showMessage(tr("A claim lost its text and is now an orphan (Undo brings it back)."), 5000);
    });
    connect(d->controller, &DocumentController::recoveryAvailable, this, [this] {
        d->messages->post(tr("Unsaved changes to %1 from a session that ended unexpectedly were found. Recover them?")
                              .arg(QFileInfo(d->controller->path()).fileName()),
                          MessageBar::Question,
                          {{tr("Recover"), [this] { d->controller->recover(); d->updateTitle(); }},
                           {tr("Discard"), [this] { d->controller->discardRecovery(); }}},
                          QStringLiteral("recovery"));
    });
    connect(d->controller, &DocumentController::claimsReanchored, this, [this](const AnchorSummary &s) {
        if (s.moved || s.fuzzy || s.orphan)
            d->messages->post(tr("The text differs from when the claims were saved. Claims: %1 exact, %2 moved, %3 fuzzy, "
                                 "%4 orphaned (orphans are listed in the claims panel).")
                                  .arg(s.exact)
                                  .arg(s.moved)
                                  .arg(s.fuzzy)
                                  .arg(s.orphan),
                              s.orphan ? MessageBar::Warning : MessageBar::Information, {}, QStringLiteral("reanchored"));
        d->updateClaimCount();
        d->updateActions();
    });
    connect(d->controller->claims(), &ClaimSet::changed, this, [this] {
        d->updateClaimCount();
        d->updateActions();
    });
    connect(d->controller->claims(), &ClaimSet::claimRemoved, this, [this](const QUuid &id) {
        if (id == d->current)
            selectClaim(QUuid(), false);
    });
    connect(d->controller->claims(), &ClaimSet::claimAdded, this, [this](const QUuid &id) {
        // Redo of "mark claim" and undo of "remove claim" bring the claim back into view.
        if (d->current.isNull())
            selectClaim(id, false);
    });

    d->updateTitle();
    d->updateActions();
    d->updateClaimCount();
    resize(1440, 900);
    // Articles are mostly Markdown or HTML: read those syntax files while the window waits for the user.
    QTimer::singleShot(0, this, [] { warmUpSyntaxDefinitions({QStringLiteral("Markdown"), QStringLiteral("HTML")}); });
}

MainWindow::~MainWindow() = default;

bool MainWindow::openFile(const QString &path, bool claimsInBackground)
{
    if (d->controller->isOpen() && QFileInfo(path).absoluteFilePath() == d->controller->path())
        return true;
    if (!d->maybeSave() || !d->closeDocument())
        return false;
    selectClaim(QUuid(), false);
    if (!d->controller->open(path, claimsInBackground ? DocumentController::OpenMode::ClaimsInBackground
                                                      : DocumentController::OpenMode::Synchronous)) {
        d->messages->post(d->controller->errorString(), MessageBar::Error, {}, QStringLiteral("open-error"));
        d->editor->setReadOnly(!d->controller->isOpen());
        return false;
    }
    d->messages->withdraw(QStringLiteral("open-error")); // an earlier failure is no longer news
    d->addRecent(d->controller->path());
    d->updateTitle();
    d->updateActions();
    d->updateClaimCount();
    return true;
}

bool MainWindow::askForReviewer()
{
    Settings settings;
    if (settings.hasReviewer())
        return true;
    ReviewerDialog dialog(Settings::suggestedReviewer(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.name().isEmpty())
        return false; // asked again on the next start
    settings.setReviewer(dialog.name());
    d->controller->setReviewer(settings.reviewer());
    return true;
}

bool MainWindow::createArticle(const QString &path, const QString &text)
{
    if (QFileInfo::exists(path)) {
        // Never over an article that is there (and its claims): open it, or choose another name.
        d->messages->post(tr("%1 already exists. Open it, or choose another name for the new article.")
                              .arg(QFileInfo(path).fileName()),
                          MessageBar::Warning, {{tr("Open it"), [this, path] { openFile(path, true); }}},
                          QStringLiteral("open-error"));
        return false;
    }
    QString body = text;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (!body.isEmpty() && !body.endsWith(QLatin1Char('\n')))
        body += QLatin1Char('\n');
    const LocatedError e = writeFileAtomically(path, body.toUtf8());
    if (e.isValid()) {
        d->messages->post(tr("The new article could not be created: %1").arg(e.message), MessageBar::Error, {},
                          QStringLiteral("open-error"));
        return false;
    }
    return openFile(path);
}

QString MainWindow::currentFile() const
{
    return d->controller->path();
}

QString MainWindow::syntaxName() const
{
    return d->editor->syntaxName();
}

void MainWindow::selectClaim(const QUuid &id, bool reveal)
{
    d->current = id;
    d->editor->setCurrentClaim(id);
    d->panel->setCurrentClaim(id);
    d->inspector->setClaim(id);
    if (reveal && !id.isNull())
        d->editor->revealAnchor(id);
    d->updateActions();
}

QUuid MainWindow::currentClaim() const
{
    return d->current;
}

QUuid MainWindow::markSelection(const QString &claimType)
{
    QTextCursor c = d->editor->textCursor();
    if (!c.hasSelection())
        return {};
    int start = c.selectionStart();
    int end = c.selectionEnd();
    if (d->snapToWords && !d->editor->isExactSelection()) {
        QTextCursor s(d->editor->document());
        s.setPosition(start);
        if (!s.atBlockStart() && s.document()->characterAt(start - 1).isLetterOrNumber()) {
            s.movePosition(QTextCursor::StartOfWord);
            start = s.position();
        }
        s.setPosition(end);
        if (s.document()->characterAt(end).isLetterOrNumber()) {
            s.movePosition(QTextCursor::EndOfWord);
            end = s.position();
        }
    }
    // Whitespace at either end is never part of a claim.
    const QString text = d->editor->toPlainText();
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    const QUuid id = d->controller->markClaim(claimType, start, end);
    if (!id.isNull()) {
        d->panel->refresh();
        selectClaim(id, false);
    }
    return id;
}

ClaimEditor *MainWindow::editor() const
{
    return d->editor;
}

DocumentController *MainWindow::controller() const
{
    return d->controller;
}

ClaimsPanel *MainWindow::claimsPanel() const
{
    return d->panel;
}

Inspector *MainWindow::inspector() const
{
    return d->inspector;
}

SuggestionsPanel *MainWindow::suggestions() const
{
    return d->suggestions;
}

ReportPreview *MainWindow::reportPreview() const
{
    return d->preview;
}

MessageBar *MainWindow::messageBar() const
{
    return d->messages;
}

PluginManager *MainWindow::plugins() const
{
    return d->plugins;
}

bool MainWindow::openDesk(const QString &dir)
{
    if (!d->desk->openDesk(dir, Settings().reviewer())) {
        d->messages->post(tr("The desk %1 cannot be opened: %2").arg(dir, d->desk->errorString()), MessageBar::Error);
        return false;
    }
    d->checkedBefore->setIndex(d->desk->index(), d->desk->deskDir());
    d->deskDock->show();
    d->checkedBeforeDock->show();
    d->deskDock->raise();
    resizeDocks({d->deskDock, d->checkedBeforeDock}, {width() * 3 / 5, width() * 2 / 5}, Qt::Horizontal);
    return true;
}

DeskView *MainWindow::deskView() const
{
    return d->desk;
}

CheckedBeforePanel *MainWindow::checkedBefore() const
{
    return d->checkedBefore;
}

QAction *MainWindow::action(const QString &name) const
{
    return d->actions.value(name);
}

void MainWindow::offerPendingRecoveries()
{
    const QStringList paths = RecoveryJournal::pending();
    for (const QString &path : paths) {
        if (path == d->controller->path() || !QFileInfo::exists(path))
            continue;
        d->messages->post(tr("%1 has unsaved work from a session that ended unexpectedly.").arg(path), MessageBar::Question,
                          {{tr("Open it"), [this, path] { openFile(path, true); }}}, QStringLiteral("pending-") + path);
    }
}

void MainWindow::settle()
{
    d->editor->highlighter()->finish();
    d->panel->refresh();
    QApplication::processEvents();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!d->maybeSave() || !d->closeDocument()) {
        event->ignore();
        return;
    }
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        const QString source = url.isLocalFile() ? url.toLocalFile() : url.toString();
        if (OpenArticleDialog::needsImport(source)) { // a web address, a saved page, Word or PDF: Open Article
            if (const QString path = OpenArticleDialog::ask(this, source); !path.isEmpty())
                openFile(path, true);
            break;
        }
        if (url.isLocalFile()) {
            openFile(url.toLocalFile(), true);
            break;
        }
    }
}

} // namespace Claimbench
