// SPDX-License-Identifier: GPL-2.0-or-later
// The workbench window driven like a reviewer drives it: the keyboard marks a claim, picks its type, sets a
// verdict, adds a source; undo and redo take it all back and forth; save and reopen give the same sidecar.
// Also F8 navigation, suggestions (accept, dismiss, remembered) and the report preview's 2 MB path.
#include <QMenuBar>
#include <QMenu>
#include <functional>
#include "atomicfile.h"
#include "claimeditor.h"
#include "claimset.h"
#include "claimspanel.h"
#include "documentcontroller.h"
#include "recoveryjournal.h"
#include "reviewerdialog.h"
#include "inspector.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "pluginmanager.h"
#include "reportpreview.h"
#include "sidecar.h"
#include "suggestionspanel.h"
#include "typepicker.h"
#include "webengine.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Claimbench;

namespace {
const char *const Article = "The GDP grew 5% in 2023, the minister said. Unemployment fell to 3.9 percent.\n"
                            "Second paragraph without claims.\n";

const char *const ClaimType1 = R"({
  "id": "stat", "name": "Statistic", "colour": "#d04040",
  "fields": [{"name": "figure", "label": "Figure", "kind": "text"}],
  "checklist": ["Find the primary source"],
  "detectors": [{"pattern": "[0-9.]+ percent", "confidence": 0.8, "rationale": "a percentage"}]
})";
const char *const ClaimType2 = R"({"id": "quote", "name": "Quotation", "colour": "#4060d0"})";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Claim content as a reviewer sees it (history and timestamps grow with every undo/redo: append-only).
QString content(const Claim &c)
{
    QStringList sources;
    for (const Source &s : c.sources)
        sources << s.url + QLatin1Char('|') + s.title;
    return QStringList{c.claimType, c.quote.exact, QString::number(c.start), QString::number(c.end),
                       statusToString(c.status), c.verdict, sources.join(QLatin1Char(';')), c.notes}
        .join(QLatin1Char('/'));
}
} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_doc;
    std::unique_ptr<PluginManager> m_plugins;

    // Selects [start, end) with Shift+Right from start, as a keyboard user does.
    static void selectWithKeyboard(ClaimEditor *editor, int start, int end)
    {
        QTextCursor c = editor->textCursor();
        c.setPosition(start);
        editor->setTextCursor(c);
        for (int i = start; i < end; ++i)
            QTest::keyClick(editor, Qt::Key_Right, Qt::ShiftModifier);
    }

    // Answers the next modal dialog (picker or source dialog) from inside its event loop.
    template<typename F>
    static void whenModal(F &&f)
    {
        QTimer::singleShot(0, qApp, [f] {
            QWidget *w = QApplication::activeModalWidget();
            if (w)
                f(w);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QDir().mkpath(m_dir.filePath(QStringLiteral("plugins")));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("plugins/stat.claimtype.json")), ClaimType1));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("plugins/quote.claimtype.json")), ClaimType2));
        m_plugins = std::make_unique<PluginManager>();
        m_plugins->setSearchPaths({m_dir.filePath(QStringLiteral("plugins"))});
        m_plugins->loadPlugins();
        QCOMPARE(m_plugins->claimTypes().size(), 2);
    }

    void init()
    {
        m_doc = m_dir.filePath(QStringLiteral("article.txt"));
        QFile::remove(Sidecar::pathFor(m_doc));
        QVERIFY(writeFile(m_doc, Article));
    }

    void markWithKeyboardUndoRedoSaveReopen()
    {
        QByteArray saved;
        QString before;
        {
            MainWindow w(m_plugins.get());
            w.show();
            QVERIFY(QTest::qWaitForWindowActive(&w));
            QVERIFY(w.openFile(m_doc));
            ClaimEditor *editor = w.editor();
            editor->setFocus();
            selectWithKeyboard(editor, 4, 15); // "GDP grew 5%"
            QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("GDP grew 5%"));

            whenModal([](QWidget *w) {
                auto *picker = qobject_cast<TypePicker *>(w);
                if (!picker)
                    return;
                QTest::keyClicks(picker->searchField(), QStringLiteral("stat"));
                QTest::keyClick(picker->searchField(), Qt::Key_Return);
            });
            QTest::keyClick(editor, Qt::Key_M, Qt::ControlModifier);
            QCOMPARE(w.controller()->claims()->count(), 1);
            const Claim claim = w.controller()->claims()->claims().first();
            QCOMPARE(claim.claimType, QStringLiteral("stat"));
            QCOMPARE(claim.quote.exact, QStringLiteral("GDP grew 5%"));
            QCOMPARE(w.currentClaim(), claim.id);
            // The inspector has the keyboard now.
            QTRY_COMPARE(QApplication::focusWidget(), w.inspector()->statusBox());
            // The generated form: the type's field and checklist step.
            QVERIFY(w.inspector()->findChild<QLineEdit *>(QStringLiteral("fields.figure")));

            // Verdict with the keyboard: down from "(no verdict)" to the scale's first level.
            QComboBox *verdict = w.inspector()->verdictBox();
            verdict->setFocus();
            QTest::keyClick(verdict, Qt::Key_Down);
            const QString firstLevel = w.controller()->claims()->data().ratingScale.levels.first().id;
            QCOMPARE(w.controller()->claims()->claim(claim.id).verdict, firstLevel);

            // A source through the dialog.
            whenModal([](QWidget *w) {
                auto *dialog = qobject_cast<SourceDialog *>(w);
                if (!dialog)
                    return;
                QTest::keyClicks(dialog->urlField(), QStringLiteral("https://stats.example.org/gdp-2023"));
                QTest::keyClicks(dialog->titleField(), QStringLiteral("GDP 2023"));
                QTest::keyClick(dialog->titleField(), Qt::Key_Return);
            });
            w.inspector()->addSource();
            QCOMPARE(w.controller()->claims()->claim(claim.id).sources.size(), 1);
            QCOMPARE(w.inspector()->sourcesList()->count(), 1);
            before = content(w.controller()->claims()->claim(claim.id));

            // Undo everything with Ctrl+Z from the editor, then redo it with Ctrl+Shift+Z.
            QUndoStack *stack = w.controller()->undoStack();
            QCOMPARE(stack->count(), 3);
            editor->setFocus();
            for (int i = 0; i < 3; ++i)
                QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
            QCOMPARE(stack->index(), 0);
            QCOMPARE(w.controller()->claims()->count(), 0);
            QVERIFY(!w.controller()->claims()->anchor(claim.id).isValid());
            for (int i = 0; i < 3; ++i)
                QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(stack->index(), 3);
            QCOMPARE(content(w.controller()->claims()->claim(claim.id)), before);
            QCOMPARE(w.controller()->claims()->anchor(claim.id), Anchor(4, 15));

            w.activateWindow(); // the offscreen platform does not give it back after the dialogs
            QVERIFY(QTest::qWaitForWindowActive(&w));
            editor->setFocus();
            QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
            saved = readFile(Sidecar::pathFor(m_doc));
            QVERIFY(!saved.isEmpty());
            QCOMPARE(readFile(m_doc), QByteArray(Article));
            w.close();
        }
        // Reopen: the same claims, and writing them again gives the same bytes.
        MainWindow w(m_plugins.get());
        QVERIFY(w.openFile(m_doc));
        QCOMPARE(w.controller()->claims()->count(), 1);
        QCOMPARE(content(w.controller()->claims()->claims().first()), before);
        QCOMPARE(Sidecar::serialize(w.controller()->snapshot()), saved);
        QVERIFY(w.controller()->saveSidecar());
        QCOMPARE(readFile(Sidecar::pathFor(m_doc)), saved);
    }

    // Quitting when the claims could not be saved asks; Cancel keeps the window, "Keep for Recovery" quits and
    // leaves the journal for the next start, which offers it.
    void quitAsksWhenClaimsCannotBeSaved()
    {
        const QString sidecar = Sidecar::pathFor(m_doc);
        const QString absolute = QFileInfo(m_doc).absoluteFilePath();
        {
            MainWindow w(m_plugins.get());
            QVERIFY(w.openFile(m_doc));
            w.show();
            selectWithKeyboard(w.editor(), 4, 15);
            QVERIFY(!w.markSelection(m_plugins->claimTypes().first().id).isNull());
            setAtomicWriteFailureForTesting([sidecar](const QString &path) { return path == sidecar; });
            QString asked;
            whenModal([&asked](QWidget *box) {
                asked = box->objectName();
                qobject_cast<QMessageBox *>(box)->button(QMessageBox::Cancel)->click();
            });
            QVERIFY(!w.close());
            QCOMPARE(asked, QStringLiteral("claimsNotSaved"));
            QVERIFY(w.isVisible());
            asked.clear();
            whenModal([&asked](QWidget *box) {
                asked = box->objectName();
                box->findChild<QPushButton *>(QStringLiteral("keep"))->click();
            });
            QVERIFY(w.close());
            QCOMPARE(asked, QStringLiteral("claimsNotSaved"));
            setAtomicWriteFailureForTesting({});
        }
        QVERIFY(!QFileInfo::exists(sidecar));
        QVERIFY(RecoveryJournal::pending().contains(absolute));
        MainWindow next(m_plugins.get());
        QSignalSpy offered(next.controller(), &DocumentController::recoveryAvailable);
        QVERIFY(next.openFile(m_doc));
        QCOMPARE(offered.count(), 1);
        QVERIFY(next.controller()->recover());
        QCOMPARE(next.controller()->claims()->count(), 1);
        QVERIFY(next.close());
        QVERIFY(!RecoveryJournal::pending().contains(absolute));
    }

    // By default a claim is made of whole words ("Unemploy" marks "Unemployment"); dragging with Alt takes the
    // exact characters.
    void claimsSnapToWholeWordsUnlessAltDragged()
    {
        QSettings().remove(QStringLiteral("snapToWords"));
        MainWindow w(m_plugins.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(m_doc));
        QVERIFY(w.action(QStringLiteral("snapToWords"))->isChecked());
        const QString text = w.editor()->toPlainText();
        const int at = int(text.indexOf(QStringLiteral("Unemployment")));
        selectWithKeyboard(w.editor(), at + 2, at + 8); // "employ"
        const QUuid snapped = w.markSelection(m_plugins->claimTypes().first().id);
        QCOMPARE(w.controller()->claims()->claim(snapped).quote.exact, QStringLiteral("Unemployment"));

        // Alt-drag over "GDP gr": exactly those characters.
        ClaimEditor *editor = w.editor();
        QTextCursor c(editor->document());
        c.setPosition(4);
        const QPoint from = editor->cursorRect(c).center();
        c.setPosition(10);
        const QPoint to = editor->cursorRect(c).center();
        QTest::mousePress(editor->viewport(), Qt::LeftButton, Qt::AltModifier, from);
        QTest::mouseMove(editor->viewport(), to);
        QTest::mouseRelease(editor->viewport(), Qt::LeftButton, Qt::AltModifier, to);
        QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("GDP gr"));
        QVERIFY(editor->isExactSelection());
        const QUuid exact = w.markSelection(m_plugins->claimTypes().first().id);
        QCOMPARE(w.controller()->claims()->claim(exact).quote.exact, QStringLiteral("GDP gr"));
    }

    // The toolbar's Undo button keeps its text (and width) while the menu says which step it undoes.
    void undoButtonKeepsItsText()
    {
        MainWindow w(m_plugins.get());
        w.show();
        QVERIFY(w.openFile(m_doc));
        auto *bar = w.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(bar);
        QAction *undo = w.action(QStringLiteral("undo"));
        auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(undo));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Undo"));
        const int width = button->sizeHint().width();
        selectWithKeyboard(w.editor(), 4, 15);
        const QUuid id = w.markSelection(m_plugins->claimTypes().first().id);
        QVERIFY(w.controller()->setField(id, QStringLiteral("notes"), QStringLiteral("A long note")));
        QCOMPARE(undo->text(), QStringLiteral("&Undo Change notes"));
        QCOMPARE(button->text(), QStringLiteral("Undo"));
        QCOMPARE(button->sizeHint().width(), width);
    }

    // The status bar counts claims in words ("No claims", "1 claim, 0 done"), not "1 claim(s)".
    void statusBarCountsClaimsInWords()
    {
        MainWindow w(m_plugins.get());
        w.show();
        QVERIFY(w.openFile(m_doc));
        auto *label = w.findChild<QLabel *>(QStringLiteral("claimCount"));
        QVERIFY(label);
        const int before = int(w.controller()->claims()->count());
        selectWithKeyboard(w.editor(), 4, 15);
        QVERIFY(!w.markSelection(m_plugins->claimTypes().first().id).isNull());
        const int after = before + 1;
        QCOMPARE(label->text(), after == 1 ? QStringLiteral("1 claim, 0 done") : QStringLiteral("%1 claims, 0 done").arg(after));
        QVERIFY(!label->text().contains(QStringLiteral("(s)")));
    }

    // Every menu action says what it does in words (status bar, Help → Keyboard Shortcuts' "What it does"),
    // not only its name again.
    void everyActionSaysWhatItDoes()
    {
        MainWindow w(m_plugins.get());
        QStringList silent;
        int checked = 0;
        std::function<void(QMenu *)> walk = [&](QMenu *menu) {
            for (QAction *a : menu->actions()) {
                if (a->isSeparator())
                    continue;
                if (a->menu()) {
                    walk(a->menu());
                    continue;
                }
                if (a->parent() != &w && !w.findChildren<QAction *>().contains(a))
                    continue; // a recent file's entry, made on the fly
                ++checked;
                const QString name = QString(a->text()).remove(QLatin1Char('&')).remove(QStringLiteral("…"));
                QString tip = a->statusTip();
                tip.remove(QStringLiteral("…"));
                if (tip.isEmpty() || tip == name)
                    silent << name;
            }
        };
        for (QAction *a : w.menuBar()->actions()) {
            if (a->menu())
                walk(a->menu());
        }
        QVERIFY(checked > 30);
        QVERIFY2(silent.isEmpty(), qPrintable(silent.join(QStringLiteral(", "))));
    }

    // Without a document nothing accepts typing; New Article and Paste as New Article give the text a file first.
    void newArticlesHaveAFileFirst()
    {
        QTemporaryDir dir;
        MainWindow w(m_plugins.get());
        w.show();
        QVERIFY(w.editor()->isReadOnly());
        auto *hint = w.inspector()->findChild<QLabel *>(QStringLiteral("inspectorEmpty"));
        QVERIFY(hint);
        QVERIFY2(!hint->text().contains(QStringLiteral("Ctrl+M")), qPrintable(hint->text())); // nothing to mark yet
        QTest::keyClicks(w.editor(), QStringLiteral("lost words"));
        QCOMPARE(w.editor()->toPlainText(), QString());
        QVERIFY(w.action(QStringLiteral("newArticle")));
        QCOMPARE(w.action(QStringLiteral("newArticle"))->shortcut(), QKeySequence(QKeySequence::New));
        QVERIFY(w.action(QStringLiteral("pasteAsNew")));

        const QString pasted = dir.filePath(QStringLiteral("pasted.txt"));
        QVERIFY(w.createArticle(pasted, QStringLiteral("Essex has a partnership.\r\nIt brought £2 million.")));
        QCOMPARE(w.currentFile(), QFileInfo(pasted).absoluteFilePath());
        QCOMPARE(readFile(pasted), QByteArray("Essex has a partnership.\nIt brought \xC2\xA3" "2 million.\n"));
        QVERIFY(!w.editor()->isReadOnly());
        QVERIFY2(hint->text().contains(QStringLiteral("Ctrl+M")), qPrintable(hint->text()));
        selectWithKeyboard(w.editor(), 0, 5);
        QVERIFY(!w.markSelection(m_plugins->claimTypes().first().id).isNull()); // claims can be marked at once

        const QString empty = dir.filePath(QStringLiteral("new.txt"));
        QVERIFY(w.createArticle(empty));
        QCOMPARE(w.currentFile(), QFileInfo(empty).absoluteFilePath());
        QVERIFY(!w.editor()->isReadOnly());
        QTest::keyClicks(w.editor(), QStringLiteral("Typed."));
        QVERIFY(w.controller()->save());
        QCOMPARE(readFile(empty), QByteArray("Typed."));

        // An existing article (with its claims) is never replaced by a new one.
        QVERIFY(!w.createArticle(pasted, QStringLiteral("Other text")));
        QCOMPARE(readFile(pasted), QByteArray("Essex has a partnership.\nIt brought \xC2\xA3" "2 million.\n"));
        QVERIFY(w.messageBar()->currentText().contains(QStringLiteral("already exists")));
    }

    // "Cannot open" goes once a document did open.
    void openErrorsGoAfterAGoodOpen()
    {
        QTemporaryDir dir;
        MainWindow w(m_plugins.get());
        QVERIFY(!w.openFile(dir.filePath(QStringLiteral("does-not-exist.txt"))));
        QVERIFY(w.messageBar()->currentText().contains(QStringLiteral("does-not-exist.txt")));
        QVERIFY(w.editor()->isReadOnly());
        QVERIFY(w.openFile(m_doc));
        QVERIFY(!w.messageBar()->currentText().contains(QStringLiteral("does-not-exist.txt")));
    }

    // The first run asks who is reviewing; the name goes into the history and the sidecar's reviewers.
    void reviewerIsAskedOnceAndRecorded()
    {
        QSettings().remove(QStringLiteral("reviewer"));
        MainWindow w(m_plugins.get());
        w.show();
        QVERIFY(w.openFile(m_doc));
        bool asked = false;
        whenModal([&asked](QWidget *dialog) {
            auto *rd = qobject_cast<ReviewerDialog *>(dialog);
            if (!rd)
                return;
            asked = true;
            rd->nameField()->clear();
            QVERIFY(!rd->okButton()->isEnabled()); // a name is needed
            QTest::keyClicks(rd->nameField(), QStringLiteral("Ana Lopes"));
            rd->okButton()->click();
        });
        QVERIFY(w.askForReviewer());
        QVERIFY(asked);
        QCOMPARE(QSettings().value(QStringLiteral("reviewer")).toString(), QStringLiteral("Ana Lopes"));
        selectWithKeyboard(w.editor(), 4, 15);
        const QUuid id = w.markSelection(m_plugins->claimTypes().first().id);
        QVERIFY(!id.isNull());
        QCOMPARE(w.controller()->claims()->claim(id).history.first().author, QStringLiteral("Ana Lopes"));
        QVERIFY(w.controller()->saveSidecar());
        const Sidecar::ReadResult r = Sidecar::read(Sidecar::pathFor(m_doc));
        QVERIFY(r.ok());
        QVERIFY(r.data.reviewers.contains(QStringLiteral("Ana Lopes")));
        QVERIFY(w.askForReviewer()); // known now: returns at once (a dialog here would never be answered)
        QSettings().remove(QStringLiteral("reviewer"));
    }

    void pluginLoadErrorsAreShown()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(QStringLiteral("good.claimtype.json")), ClaimType1));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("broken.claimtype.json")), QByteArray("{\"id\": ")));
        PluginManager plugins;
        plugins.setSearchPaths({dir.path()});
        plugins.loadPlugins();
        QCOMPARE(plugins.claimTypes().size(), 1);
        QCOMPARE(plugins.errors().size(), 1);

        MainWindow w(&plugins);
        QVERIFY2(w.messageBar()->currentText().contains(QStringLiteral("broken.claimtype.json")),
                 qPrintable(w.messageBar()->currentText()));
        QCOMPARE(w.messageBar()->currentId(), QStringLiteral("plugin-load-errors"));

        // Without problems there is no such message.
        MainWindow clean(m_plugins.get());
        QVERIFY(clean.messageBar()->currentId() != QStringLiteral("plugin-load-errors"));
    }

    void typingAndUndoShareOneHistory()
    {
        MainWindow w(m_plugins.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.openFile(m_doc));
        ClaimEditor *editor = w.editor();
        editor->setFocus();
        selectWithKeyboard(editor, 4, 7); // "GDP"
        const QUuid id = w.markSelection(QStringLiteral("stat"));
        QVERIFY(!id.isNull());
        QTextCursor c = editor->textCursor();
        c.setPosition(0);
        editor->setTextCursor(c);
        QTest::keyClicks(editor, QStringLiteral("Yes. "));
        QCOMPARE(w.controller()->claims()->anchor(id), Anchor(9, 12));
        QUndoStack *stack = w.controller()->undoStack();
        QCOMPARE(stack->count(), 2); // mark, then the typing (QTextDocument merges the characters)
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editor->toPlainText(), QString::fromUtf8(Article));
        QCOMPARE(w.controller()->claims()->anchor(id), Anchor(4, 7));
        QCOMPARE(w.controller()->claims()->count(), 1);
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.controller()->claims()->count(), 0);
        QTest::keyClick(editor, Qt::Key_Y, Qt::ControlModifier);
        QTest::keyClick(editor, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(w.controller()->claims()->count(), 1);
        QVERIFY(editor->toPlainText().startsWith(QStringLiteral("Yes. The GDP")));
        QCOMPARE(w.controller()->claims()->anchor(id), Anchor(9, 12));
    }

    // Arrowing through the Verdict box is one undo step and one history entry; then typing inside the rated
    // claim updates its quote, history and re-review mark at once, and the inspector shows the new history.
    void verdictStepsMergeAndTypingRequotes()
    {
        MainWindow w(m_plugins.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.openFile(m_doc));
        ClaimEditor *editor = w.editor();
        editor->setFocus();
        selectWithKeyboard(editor, 8, 15); // "grew 5%"
        const QUuid id = w.markSelection(QStringLiteral("stat"));
        QVERIFY(!id.isNull());
        w.selectClaim(id);
        QCOMPARE(w.inspector()->claim(), id);
        QUndoStack *stack = w.controller()->undoStack();
        const int steps = stack->count();
        auto entries = [&](const QString &field) {
            int n = 0;
            for (const HistoryEntry &h : w.controller()->claims()->claim(id).history)
                n += h.field == field;
            return n;
        };
        QComboBox *verdict = w.inspector()->verdictBox();
        verdict->setFocus();
        const int levels = verdict->count() - 1;
        QVERIFY(levels >= 2);
        for (int i = 0; i < levels; ++i)
            QTest::keyClick(verdict, Qt::Key_Down);
        QVERIFY(!w.controller()->claims()->claim(id).verdict.isEmpty());
        QCOMPARE(stack->count(), steps + 1);
        QCOMPARE(entries(QStringLiteral("verdict")), 1);
        const int historyRows = w.inspector()->historyView()->topLevelItemCount();

        QTextCursor c = editor->textCursor();
        c.setPosition(13); // "grew |5%"
        editor->setTextCursor(c);
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("about "));
        const Claim claim = w.controller()->claims()->claim(id);
        QCOMPARE(claim.quote.exact, QStringLiteral("grew about 5%"));
        QCOMPARE(claim.reReview, QStringLiteral("text-changed"));
        QCOMPARE(entries(QStringLiteral("target")), 1);
        QCOMPARE(w.inspector()->historyView()->topLevelItemCount(), historyRows + 1);
    }

    void f8GoesFromClaimToClaim()
    {
        MainWindow w(m_plugins.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.openFile(m_doc));
        ClaimEditor *editor = w.editor();
        selectWithKeyboard(editor, 4, 7);
        const QUuid first = w.markSelection(QStringLiteral("stat"));
        selectWithKeyboard(editor, 62, 73);
        const QUuid second = w.markSelection(QStringLiteral("stat"));
        QTextCursor c = editor->textCursor();
        c.setPosition(0);
        editor->setTextCursor(c);
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_F8);
        QCOMPARE(w.currentClaim(), first);
        QTest::keyClick(editor, Qt::Key_F8);
        QCOMPARE(w.currentClaim(), second);
        QTest::keyClick(editor, Qt::Key_F8, Qt::ShiftModifier);
        QCOMPARE(w.currentClaim(), first);
        // The claims panel: Enter on a row jumps there.
        QTreeView *tree = w.claimsPanel()->tree();
        w.claimsPanel()->refresh();
        tree->setFocus();
        tree->setCurrentIndex(w.claimsPanel()->indexOf(second));
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(w.currentClaim(), second);
        QCOMPARE(editor->textCursor().position(), 62);
    }

    void suggestionsAcceptAndDismiss()
    {
        MainWindow w(m_plugins.get());
        w.show();
        QVERIFY(w.openFile(m_doc));
        SuggestionsPanel *s = w.suggestions();
        QSignalSpy finished(s, &SuggestionsPanel::finished);
        w.action(QStringLiteral("findClaims"))->trigger();
        QVERIFY(finished.wait(20000));
        QCOMPARE(s->list()->topLevelItemCount(), 1);
        QCOMPARE(s->list()->topLevelItem(0)->data(2, Qt::UserRole).toString(), QStringLiteral("3.9 percent"));
        // Drawn in the editor as a suggestion until decided.
        const QUuid key = s->list()->topLevelItem(0)->data(0, Qt::UserRole).toUuid();
        QVERIFY(w.editor()->look(key).suggestion);
        s->list()->setCurrentItem(s->list()->topLevelItem(0));
        s->dismissCurrent();
        QVERIFY(!w.editor()->look(key).isValid());
        QCOMPARE(w.controller()->claims()->data().dismissed.size(), 1);
        // Dismissed suggestions are not suggested again, also after a reopen (the sidecar remembers).
        QVERIFY(w.controller()->saveSidecar());
        MainWindow again(m_plugins.get());
        again.show();
        QVERIFY(again.openFile(m_doc));
        QSignalSpy finished2(again.suggestions(), &SuggestionsPanel::finished);
        again.suggestions()->findClaims();
        QVERIFY(finished2.wait(20000));
        QCOMPARE(again.suggestions()->list()->topLevelItemCount(), 0);
        // Accepting: a claim.
        again.controller()->claims()->removeDismissed(again.controller()->claims()->data().dismissed.first());
        again.suggestions()->findClaims();
        QVERIFY(finished2.wait(20000));
        QCOMPARE(again.suggestions()->list()->topLevelItemCount(), 1);
        again.suggestions()->list()->setCurrentItem(again.suggestions()->list()->topLevelItem(0));
        // Choosing it in the list (one click) shows it in the text.
        const Anchor shown = again.controller()->suggestionAnchor(again.suggestions()->list()->topLevelItem(0)->data(0, Qt::UserRole).toUuid());
        QCOMPARE(again.editor()->textCursor().position(), int(shown.start()));
        again.suggestions()->acceptCurrent();
        QCOMPARE(again.controller()->claims()->count(), 1);
        // The count above the list says what the list holds.
        auto *status = again.suggestions()->findChild<QLabel *>(QStringLiteral("suggestionsStatus"));
        QVERIFY(status);
        QCOMPARE(status->text(), QStringLiteral("No suggestions left"));
        QCOMPARE(again.controller()->claims()->claims().first().quote.exact, QStringLiteral("3.9 percent"));
    }

    // A review whose sidecar cannot be read is read-only: a suggestion can be looked at, not accepted or dismissed
    // (and it stays in the list rather than vanishing).
    void suggestionsCannotBeTakenIntoAReadOnlyReview()
    {
        QTemporaryDir dir;
        const QString doc = dir.filePath(QStringLiteral("article.txt"));
        QVERIFY(QFile::copy(m_doc, doc));
        const QByteArray unreadable = R"({"format": "claimbench.claims", "version": 2, "claims": []})";
        QVERIFY(writeFile(Sidecar::pathFor(doc), unreadable));
        MainWindow w(m_plugins.get());
        w.show();
        QVERIFY(w.openFile(doc));
        QVERIFY(w.controller()->claimsReadOnly());
        SuggestionsPanel *s = w.suggestions();
        QSignalSpy finished(s, &SuggestionsPanel::finished);
        s->findClaims();
        QVERIFY(finished.wait(20000));
        QCOMPARE(s->list()->topLevelItemCount(), 1);
        s->list()->setCurrentItem(s->list()->topLevelItem(0));
        int decisionButtons = 0;
        for (QPushButton *b : s->findChildren<QPushButton *>()) {
            if (b->accessibleName() == QStringLiteral("Accept the suggestion as a claim")
                || b->accessibleName() == QStringLiteral("Dismiss the suggestion")) {
                ++decisionButtons;
                QVERIFY2(!b->isEnabled(), qPrintable(b->accessibleName()));
            }
        }
        QCOMPARE(decisionButtons, 2);
        s->acceptCurrent();
        s->dismissCurrent();
        QCOMPARE(s->list()->topLevelItemCount(), 1);
        QCOMPARE(w.controller()->claims()->count(), 0);
        QVERIFY(w.controller()->claims()->data().dismissed.isEmpty());
        QCOMPARE(readFile(Sidecar::pathFor(doc)), unreadable);
    }

    void exportsEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("html") << QStringLiteral("html") << QByteArray("GDP grew 5%");
        QTest::newRow("markdown") << QStringLiteral("md") << QByteArray("GDP grew 5%");
        QTest::newRow("csv") << QStringLiteral("csv") << QByteArray("GDP grew 5%");
        QTest::newRow("json") << QStringLiteral("json") << QByteArray("\"claimbench.report\"");
        QTest::newRow("claimreview") << QStringLiteral("claimreview") << QByteArray("ClaimReview");
        QTest::newRow("w3c") << QStringLiteral("w3c") << QByteArray("GDP grew 5%");
        QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF");
    }
    void exportsEveryFormat()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, expected);
        MainWindow w(m_plugins.get());
        QVERIFY(w.openFile(m_doc));
        selectWithKeyboard(w.editor(), 4, 15);
        const QUuid id = w.markSelection(QStringLiteral("stat"));
        QVERIFY(w.controller()->setField(id, QStringLiteral("verdict"), QStringLiteral("false")));
        // ready to publish (ClaimReview's gate): done, with a claimant (the statement is prefilled from the quote)
        QVERIFY(w.controller()->setField(id, QStringLiteral("status"), QStringLiteral("done")));
        QVERIFY(w.controller()->setField(id, QStringLiteral("claimant"), QJsonObject{{QStringLiteral("name"), QStringLiteral("A")}}));
        const QString out = m_dir.filePath(QStringLiteral("export.") + format);
        QString error;
        QVERIFY2(ExportDialog::exportTo(w.controller(), format, out, &error), qPrintable(error));
        QVERIFY(readFile(out).contains(expected));
    }

    void claimReviewAuthorFromPreferences()
    {
        QSettings().setValue(QStringLiteral("organisation"), QStringLiteral("Essex Fact Desk"));
        QSettings().setValue(QStringLiteral("publicationUrl"), QStringLiteral("https://factdesk.example/reviews/1"));
        MainWindow w(m_plugins.get());
        QVERIFY(w.openFile(m_doc));
        selectWithKeyboard(w.editor(), 4, 15);
        const QUuid id = w.markSelection(QStringLiteral("stat"));
        QVERIFY(w.controller()->setField(id, QStringLiteral("verdict"), QStringLiteral("false")));
        QVERIFY(w.controller()->setField(id, QStringLiteral("status"), QStringLiteral("done")));
        QVERIFY(w.controller()->setField(id, QStringLiteral("claimant"), QJsonObject{{QStringLiteral("name"), QStringLiteral("A")}}));
        const QString out = m_dir.filePath(QStringLiteral("author.claimreview.json"));
        QString error;
        QVERIFY2(ExportDialog::exportTo(w.controller(), QStringLiteral("claimreview"), out, &error), qPrintable(error));
        QSettings().remove(QStringLiteral("organisation"));
        QSettings().remove(QStringLiteral("publicationUrl"));
        const QByteArray json = readFile(out);
        QVERIFY2(json.contains("Essex Fact Desk"), json.constData());
        QVERIFY2(json.contains("https://factdesk.example/reviews/1"), json.constData());
    }

    void ratingScaleChangeIsUndoableSavedAndOffered()
    {
        RatingScale scale = RatingScale::defaultScale();
        scale.levels.append(RatingLevel{QStringLiteral("pants-on-fire"), QStringLiteral("Pants on fire"), 1});
        {
            MainWindow w(m_plugins.get());
            QVERIFY(w.openFile(m_doc));
            selectWithKeyboard(w.editor(), 4, 15);
            const QUuid id = w.markSelection(QStringLiteral("stat"));
            w.inspector()->setClaim(id);
            QComboBox *verdict = w.inspector()->verdictBox();
            QCOMPARE(verdict->findData(QStringLiteral("pants-on-fire")), -1);

            QUndoStack *stack = w.controller()->undoStack();
            const int steps = stack->count();
            QVERIFY(w.controller()->setRatingScale(scale));
            QVERIFY(!w.controller()->setRatingScale(scale)); // unchanged: no step
            QCOMPARE(stack->count(), steps + 1);
            QCOMPARE(w.controller()->claims()->data().ratingScale, scale);
            // The inspector offers the new level at once, and a verdict can use it.
            QVERIFY(verdict->findData(QStringLiteral("pants-on-fire")) > 0);
            QCOMPARE(verdict->itemText(verdict->findData(QStringLiteral("pants-on-fire"))), QStringLiteral("Pants on fire"));
            QVERIFY(w.controller()->setField(id, QStringLiteral("verdict"), QStringLiteral("pants-on-fire")));

            // Undo takes the verdict and then the scale back; redo brings them again.
            stack->undo();
            stack->undo();
            QCOMPARE(w.controller()->claims()->data().ratingScale, RatingScale::defaultScale());
            QCOMPARE(verdict->findData(QStringLiteral("pants-on-fire")), -1);
            stack->redo();
            stack->redo();
            QCOMPARE(w.controller()->claims()->data().ratingScale, scale);
            QVERIFY(verdict->findData(QStringLiteral("pants-on-fire")) > 0);

            // Saved in the sidecar, and read back on reopen.
            QVERIFY(w.controller()->saveSidecar());
            const Sidecar::ReadResult read = Sidecar::read(Sidecar::pathFor(m_doc));
            QVERIFY(read.ok());
            QCOMPARE(read.data.ratingScale.level(QStringLiteral("pants-on-fire")).label, QStringLiteral("Pants on fire"));
            QVERIFY(readFile(Sidecar::pathFor(m_doc)).contains("pants-on-fire"));
        }
        MainWindow again(m_plugins.get());
        QVERIFY(again.openFile(m_doc));
        QCOMPARE(again.controller()->claims()->data().ratingScale, scale);
        again.inspector()->setClaim(again.controller()->claims()->claims().first().id);
        QVERIFY(again.inspector()->verdictBox()->findData(QStringLiteral("pants-on-fire")) > 0);
    }

    void ratingScaleEditedInPreferences()
    {
        MainWindow w(m_plugins.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.openFile(m_doc));
        auto *preferences = w.findChild<QAction *>(QStringLiteral("preferences"));
        QVERIFY(preferences);
        QStringList problems; // what the dialog said each time it refused OK
        whenModal([&problems](QWidget *dialog) {
            auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("ratingScaleTable"));
            auto *problem = dialog->findChild<QLabel *>(QStringLiteral("ratingScaleProblem"));
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            QPushButton *ok = buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr;
            if (!table || !problem || !ok) {
                dialog->close(); // no editable scale: give the event loop back
                return;
            }
            auto tryOk = [&] {
                ok->click();
                if (dialog->isVisible())
                    problems.append(problem->text());
            };
            const int row = table->rowCount();
            // A duplicate id is refused: the dialog stays open and says why.
            table->insertRow(row);
            table->setItem(row, 0, new QTableWidgetItem(QStringLiteral("false")));
            table->setItem(row, 1, new QTableWidgetItem(QStringLiteral("Pants on fire")));
            table->setItem(row, 2, new QTableWidgetItem(QStringLiteral("0")));
            tryOk();
            // So is a value that is not a whole number.
            table->item(row, 0)->setText(QStringLiteral("pants-on-fire"));
            table->item(row, 2)->setText(QStringLiteral("one"));
            if (dialog->isVisible())
                tryOk();
            table->item(row, 2)->setText(QStringLiteral("0"));
            if (dialog->isVisible())
                tryOk();
            if (dialog->isVisible())
                dialog->close();
        });
        preferences->trigger();
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.at(0).contains(QStringLiteral("“false”")), qPrintable(problems.at(0)));
        QVERIFY2(problems.at(1).contains(QStringLiteral("whole number")), qPrintable(problems.at(1)));
        const RatingScale scale = w.controller()->claims()->data().ratingScale;
        QCOMPARE(scale.levels.size(), RatingScale::defaultScale().levels.size() + 1);
        QCOMPARE(scale.levels.last(), (RatingLevel{QStringLiteral("pants-on-fire"), QStringLiteral("Pants on fire"), 0}));
        QCOMPARE(w.controller()->undoStack()->count(), 1);
    }

    void previewShowsLargeReports()
    {
        MainWindow w(m_plugins.get());
        w.show();
        QVERIFY(w.openFile(m_doc));
        ReportPreview *preview = w.reportPreview();
        QSignalSpy loaded(preview, &ReportPreview::loaded);
        QString big = QStringLiteral("<!DOCTYPE html><html><head><title>big</title></head><body>");
        while (big.size() < 3 * 1024 * 1024)
            big += QStringLiteral("<p>A long report paragraph with many words to make it large.</p>");
        big += QStringLiteral("<p id=\"end\">THE END</p></body></html>");
        preview->showHtml(big);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.last().at(0).toBool(), true);
        // The normal path: the report of the open document.
        preview->refresh();
        QVERIFY(loaded.wait(30000));
        QVERIFY(preview->lastHtml().contains(QStringLiteral("Content-Security-Policy")));
    }
};

int main(int argc, char **argv)
{
    Claimbench::prepareWebEngine();
    QApplication app(argc, argv);
    MainWindowTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "mainwindow_test.moc"
