// SPDX-License-Identifier: GPL-2.0-or-later
// Find and Replace as Kate does it: incremental search as the text is typed, F3 / Shift+F3 (Enter / Shift+Enter)
// wrapping with a note, Match case / Whole words / Regular expression, an invalid expression said and survived,
// every match highlighted and counted; Replace one, Replace All as one undo step with the claims following;
// nothing to replace in a read-only text; Esc gives the keyboard back to the editor. Then the window: Ctrl+F,
// Ctrl+R and F3 through its actions, and the standard Edit actions following the editor.
#include "claimeditor.h"
#include "claimset.h"
#include "documentcontroller.h"
#include "mainwindow.h"
#include "pluginmanager.h"
#include "searchbar.h"
#include "sidecar.h"
#include "webengine.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Claimbench;

using Ranges = QList<std::pair<qsizetype, qsizetype>>;
Q_DECLARE_METATYPE(SearchOptions)

namespace {
const QString Article = QStringLiteral("The minister said the minister was right. Unemployment fell, the Minister said.\n"
                                       "Second paragraph: 5% and 15% and 5%x.\n");

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// An editor with its document controller and the bar under it, in one shown, active window.
struct Fixture {
    QTemporaryDir dir;
    PluginManager plugins;
    QWidget window;
    ClaimEditor *editor = nullptr;
    SearchBar *bar = nullptr;
    std::unique_ptr<DocumentController> controller;
    QString path;

    explicit Fixture(const QString &text = Article)
    {
        plugins.setSearchPaths({});
        plugins.loadPlugins();
        auto *layout = new QVBoxLayout(&window);
        editor = new ClaimEditor(&window);
        controller = std::make_unique<DocumentController>(editor, &plugins);
        bar = new SearchBar(editor, controller->undoStack(), &window);
        layout->addWidget(editor, 1);
        layout->addWidget(bar);
        path = dir.filePath(QStringLiteral("article.txt"));
        writeFile(path, text.toUtf8());
        window.resize(1000, 500);
    }
    bool openAndShow()
    {
        if (!controller->open(path))
            return false;
        window.show();
        window.activateWindow();
        QApplication::processEvents(); // the offscreen platform activates a shown window at once
        return window.isActiveWindow();
    }
    void setCursor(int position)
    {
        QTextCursor c(editor->document());
        c.setPosition(position);
        editor->setTextCursor(c);
    }
    QString selected() const { return editor->textCursor().selectedText(); }
    qsizetype selectionStart() const { return editor->textCursor().selectionStart(); }
    QUuid mark(const QString &quote)
    {
        const int at = int(editor->toPlainText().indexOf(quote));
        return controller->markClaim(QStringLiteral("claim"), at, at + int(quote.size()));
    }
    std::pair<int, int> range(const QUuid &id) const
    {
        int start = -1, end = -1;
        controller->range(id, &start, &end);
        return {start, end};
    }
};

void saveScreenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CLAIMBENCH_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents(); // the layout requests, as the event loop would
    w->grab().save(QDir(dir).filePath(name), "PNG");
}
} // namespace

class SearchBarTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<PluginManager> m_plugins;
    QString m_doc;

    static bool activate(QWidget *w)
    {
        w->show();
        w->activateWindow();
        QApplication::processEvents(); // the offscreen platform activates a shown window at once
        return w->isActiveWindow();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_plugins = std::make_unique<PluginManager>();
        m_plugins->setSearchPaths({});
        m_plugins->loadPlugins();
        m_doc = m_dir.filePath(QStringLiteral("article.txt"));
        QVERIFY(writeFile(m_doc, Article.toUtf8()));
    }

    // Typing searches from where the cursor was: each key narrows the match in place.
    void searchesAsYouType()
    {
        Fixture f;
        QVERIFY(f.openAndShow());
        f.setCursor(10); // after the first "minister"'s start: the next one is found
        f.bar->openFind();
        QCOMPARE(QApplication::focusWidget(), f.bar->searchField());
        QTest::keyClicks(f.bar->searchField(), QStringLiteral("mi"));
        QCOMPARE(f.selected(), QStringLiteral("mi"));
        QCOMPARE(f.selectionStart(), 22);
        QTest::keyClicks(f.bar->searchField(), QStringLiteral("nister w"));
        QCOMPARE(f.selected(), QStringLiteral("minister w"));
        QCOMPARE(f.selectionStart(), 22);
        QCOMPARE(f.bar->statusText(), QStringLiteral("1 of 1"));
        QTest::keyClicks(f.bar->searchField(), QStringLiteral("x"));
        QVERIFY(!f.editor->textCursor().hasSelection());
        QCOMPARE(f.bar->statusText(), QStringLiteral("Not found"));
        QCOMPARE(f.bar->statusLabel()->text(), QStringLiteral("Not found"));
        // Back to a match: from the same place.
        QTest::keyClick(f.bar->searchField(), Qt::Key_Backspace);
        QCOMPARE(f.selectionStart(), 22);
    }

    // Between two docks the window is narrow: the bar turns compact (icons, short option names) instead of
    // forcing the window wider than the screen, and every part of it stays inside the bar.
    void narrowWindowMakesTheBarCompact()
    {
        Fixture f;
        QVERIFY(f.openAndShow());
        f.bar->openFind();
        f.window.resize(2000, 500);
        QApplication::processEvents();
        QVERIFY(!f.bar->isCompact());
        QCOMPARE(f.bar->matchCaseBox()->text(), QStringLiteral("Match case"));
        const int full = f.bar->sizeHint().width();
        QVERIFY(f.bar->minimumWidth() > 0);
        QVERIFY2(f.bar->minimumWidth() < full, qPrintable(QStringLiteral("%1 vs %2").arg(f.bar->minimumWidth()).arg(full)));

        f.window.resize(f.bar->minimumWidth() + 20, 500); // the window's layout margins around the bar
        QApplication::processEvents();
        QVERIFY(f.bar->width() < full);
        QVERIFY(f.bar->isCompact());
        QCOMPARE(f.bar->matchCaseBox()->text(), QStringLiteral("Aa"));
        QVERIFY(!f.bar->matchCaseBox()->toolTip().isEmpty()); // the short name is explained
        for (QWidget *child : f.bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (child->isVisible())
                QVERIFY2(child->geometry().right() < f.bar->width(), qPrintable(child->objectName()));
        }
        f.window.resize(2000, 500);
        QApplication::processEvents();
        QVERIFY(!f.bar->isCompact());
        QCOMPARE(f.bar->matchCaseBox()->text(), QStringLiteral("Match case"));
    }

    // Next and previous (buttons, Enter, Shift+Enter) go round the document and say so.
    void nextAndPreviousWrap()
    {
        Fixture f;
        QVERIFY(f.openAndShow());
        f.setCursor(0);
        f.bar->openFind();
        f.bar->setSearchText(QStringLiteral("minister"));
        QCOMPARE(f.bar->matchCount(), 3);
        QCOMPARE(f.bar->currentMatch(), 0);
        QCOMPARE(f.bar->statusText(), QStringLiteral("1 of 3"));
        QVERIFY(f.bar->findNext());
        QCOMPARE(f.bar->currentMatch(), 1);
        QVERIFY(!f.bar->wrapped());
        QTest::keyClick(f.bar->searchField(), Qt::Key_Return);
        QCOMPARE(f.bar->currentMatch(), 2);
        QCOMPARE(f.selected(), QStringLiteral("Minister"));
        QVERIFY(!f.bar->wrapped());
        QTest::keyClick(f.bar->searchField(), Qt::Key_Return);
        QCOMPARE(f.bar->currentMatch(), 0);
        QVERIFY(f.bar->wrapped());
        QCOMPARE(f.bar->statusText(), QStringLiteral("1 of 3 — wrapped to the top"));
        QCOMPARE(f.bar->statusLabel()->text(), f.bar->statusText());
        QTest::keyClick(f.bar->searchField(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(f.bar->currentMatch(), 2);
        QVERIFY(f.bar->wrapped());
        QCOMPARE(f.bar->statusText(), QStringLiteral("3 of 3 — wrapped to the bottom"));
        QVERIFY(f.bar->findPrevious());
        QCOMPARE(f.bar->currentMatch(), 1);
        QVERIFY(!f.bar->wrapped());
        // From a cursor placed by the user (not on a match): the next match after it.
        f.setCursor(45);
        QVERIFY(f.bar->findNext());
        QCOMPARE(f.bar->currentMatch(), 2);
        f.setCursor(45);
        QVERIFY(f.bar->findPrevious());
        QCOMPARE(f.bar->currentMatch(), 1);
        // The buttons do the same.
        f.bar->findChild<QToolButton *>(QStringLiteral("next"))->click();
        QCOMPARE(f.bar->currentMatch(), 2);
        f.bar->findChild<QToolButton *>(QStringLiteral("previous"))->click();
        QCOMPARE(f.bar->currentMatch(), 1);
    }

    void options_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("search");
        QTest::addColumn<SearchOptions>("options");
        QTest::addColumn<Ranges>("expected");
        const QString fruit = QStringLiteral("Apple apple APPLE pineapple");
        QTest::newRow("plain, any case") << fruit << "apple" << SearchOptions{} << Ranges{{0, 5}, {6, 11}, {12, 17}, {22, 27}};
        QTest::newRow("match case") << fruit << "apple" << SearchOptions{true, false, false} << Ranges{{6, 11}, {22, 27}};
        QTest::newRow("whole words") << fruit << "apple" << SearchOptions{false, true, false} << Ranges{{0, 5}, {6, 11}, {12, 17}};
        QTest::newRow("case and words") << fruit << "apple" << SearchOptions{true, true, false} << Ranges{{6, 11}};
        QTest::newRow("regex") << fruit << "p+le\\b" << SearchOptions{false, false, true} << Ranges{{1, 5}, {7, 11}, {13, 17}, {23, 27}};
        QTest::newRow("regex, case") << fruit << "[A-Z]{2,}" << SearchOptions{true, false, true} << Ranges{{12, 17}};
        QTest::newRow("regex, words") << fruit << "\\w+apple" << SearchOptions{false, true, true} << Ranges{{18, 27}};
        // Whole words around a non-word end ("5%"): neither "15%" nor "5%x" is the word.
        const QString percent = QStringLiteral("5% and 15% and 5%x");
        QTest::newRow("words, 5%") << percent << "5%" << SearchOptions{false, true, false} << Ranges{{0, 2}};
        QTest::newRow("plain, 5%") << percent << "5%" << SearchOptions{} << Ranges{{0, 2}, {8, 10}, {15, 17}};
        // Regular expression characters are literal unless asked for.
        QTest::newRow("literal dot") << "a.c abc" << "a.c" << SearchOptions{} << Ranges{{0, 3}};
        QTest::newRow("regex dot") << "a.c abc" << "a.c" << SearchOptions{false, false, true} << Ranges{{0, 3}, {4, 7}};
        // Lines: ^ and $ are line anchors; empty matches are not matches.
        QTest::newRow("line start") << "one\ntwo\none" << "^one" << SearchOptions{false, false, true} << Ranges{{0, 3}, {8, 11}};
        QTest::newRow("empty match") << "abc" << "x*" << SearchOptions{false, false, true} << Ranges{};
    }

    // The options change what is found (in the bar and as a pattern), and every match is highlighted.
    void options()
    {
        QFETCH(QString, text);
        QFETCH(QString, search);
        QFETCH(SearchOptions, options);
        QFETCH(Ranges, expected);
        QCOMPARE(SearchPattern::compile(search, options).findAll(text), expected);

        Fixture f(text);
        QVERIFY(f.openAndShow());
        f.setCursor(0);
        f.bar->openFind();
        f.bar->setSearchText(search);
        f.bar->matchCaseBox()->setChecked(options.matchCase);
        f.bar->wholeWordsBox()->setChecked(options.wholeWords);
        f.bar->regularExpressionBox()->setChecked(options.regularExpression);
        QCOMPARE(f.bar->options(), options);
        QCOMPARE(f.bar->matches(), expected);
        const QList<QTextEdit::ExtraSelection> highlights = f.editor->extraSelections();
        QCOMPARE(highlights.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(qsizetype(highlights[i].cursor.selectionStart()), expected[i].first);
            QCOMPARE(qsizetype(highlights[i].cursor.selectionEnd()), expected[i].second);
        }
        if (!expected.isEmpty()) {
            QCOMPARE(f.selectionStart(), expected.first().first);
            QCOMPARE(f.bar->statusText(), QStringLiteral("1 of %1").arg(expected.size()));
        }
        // Closing the bar takes the highlights away.
        f.bar->dismiss();
        QVERIFY(f.editor->extraSelections().isEmpty());
    }

    // An invalid expression is said in the bar, finds nothing and breaks nothing; fixing it searches again.
    void invalidRegularExpression()
    {
        Fixture f;
        QVERIFY(f.openAndShow());
        f.bar->openReplace();
        f.bar->regularExpressionBox()->setChecked(true);
        QTest::keyClicks(f.bar->searchField(), QStringLiteral("min(ister"));
        const SearchPattern p = f.bar->pattern();
        QVERIFY(!p.isValid());
        QVERIFY(!p.error().isEmpty());
        QVERIFY(f.bar->statusText().startsWith(QStringLiteral("Invalid regular expression: ")));
        saveScreenshot(&f.window, QStringLiteral("find-bar-invalid-regex.png"));
        QCOMPARE(f.bar->statusLabel()->text(), f.bar->statusText());
        QVERIFY(f.bar->statusLabel()->isVisible());
        QCOMPARE(f.bar->matchCount(), 0);
        QVERIFY(!f.bar->findNext());
        QVERIFY(!f.bar->replaceAllButton()->isEnabled());
        QCOMPARE(f.bar->replaceAll(), 0);
        QCOMPARE(f.editor->toPlainText(), Article);
        // The same text read literally is fine, and so is the expression once closed.
        f.bar->regularExpressionBox()->setChecked(false);
        QCOMPARE(f.bar->matchCount(), 0);
        QCOMPARE(f.bar->statusText(), QStringLiteral("Not found"));
        f.bar->regularExpressionBox()->setChecked(true);
        QTest::keyClick(f.bar->searchField(), Qt::Key_End);
        QTest::keyClicks(f.bar->searchField(), QStringLiteral(")"));
        QVERIFY(f.bar->pattern().isValid());
        QCOMPARE(f.bar->matchCount(), 3);
        // The expression is checked as typed: with whole words an unbalanced ")" does not close the wrapper.
        QCOMPARE(SearchPattern::compile(QStringLiteral("ab("), {false, false, true}).errorOffset(), 3);
        QCOMPARE(SearchPattern::compile(QStringLiteral("ab("), {false, true, true}).errorOffset(), 3);
        QVERIFY(!SearchPattern::compile(QStringLiteral("a)|(b"), {false, true, true}).isValid());
        QVERIFY(!SearchPattern::compile(QStringLiteral("a)|(b"), {false, true, true}).error().isEmpty());
        QVERIFY(SearchPattern::compile(QStringLiteral("a)|(b"), {false, true, false}).isValid());
    }

    // Replace: the first press selects a match, the next ones replace it and go on to the next.
    void replaceOne()
    {
        Fixture f;
        QVERIFY(f.openAndShow());
        f.bar->openReplace();
        QVERIFY(f.bar->isReplaceMode());
        QVERIFY(f.bar->replaceField()->isVisible());
        f.bar->setSearchText(QStringLiteral("minister"));
        f.bar->setReplacementText(QStringLiteral("mayor"));
        f.setCursor(0); // not on a match
        QVERIFY(!f.bar->replace());
        QCOMPARE(f.selected(), QStringLiteral("minister"));
        QCOMPARE(f.selectionStart(), 4);
        QCOMPARE(f.editor->toPlainText(), Article);
        QVERIFY(f.bar->replace());
        QVERIFY(f.editor->toPlainText().startsWith(QStringLiteral("The mayor said the minister was right.")));
        QCOMPARE(f.selectionStart(), 19);
        QCOMPARE(f.selected(), QStringLiteral("minister"));
        QCOMPARE(f.bar->statusText(), QStringLiteral("1 of 2"));
        // Enter in the replacement field replaces too.
        QTest::keyClick(f.bar->replaceField(), Qt::Key_Return);
        QVERIFY(f.editor->toPlainText().startsWith(QStringLiteral("The mayor said the mayor was right.")));
        QCOMPARE(f.selected(), QStringLiteral("Minister"));
        QCOMPARE(f.bar->matchCount(), 1);
        // Regular expressions: groups in the replacement.
        f.bar->setOptions({true, true, true});
        f.bar->setSearchText(QStringLiteral("(\\d+)%"));
        f.bar->setReplacementText(QStringLiteral("\\1 percent"));
        f.setCursor(0);
        QVERIFY(!f.bar->replace());
        QCOMPARE(f.selected(), QStringLiteral("5%"));
        QVERIFY(f.bar->replace());
        QVERIFY(f.editor->toPlainText().contains(QStringLiteral("Second paragraph: 5 percent and 15% and 5%x.")));
        QCOMPARE(f.selected(), QStringLiteral("15%"));
    }

    void substitute_data()
    {
        QTest::addColumn<bool>("regex");
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain keeps backslashes") << false << "\\2-\\1\\n" << "\\2-\\1\\n";
        QTest::newRow("groups") << true << "\\2-\\1" << "b-a";
        QTest::newRow("whole match") << true << "[\\0]" << "[a=b]";
        QTest::newRow("escapes") << true << "\\1\\t\\2\\n\\\\" << "a\tb\n\\";
        QTest::newRow("missing group") << true << "\\7x" << "x";
        QTest::newRow("other escape kept") << true << "\\q" << "\\q";
    }

    void substitute()
    {
        QFETCH(bool, regex);
        QFETCH(QString, replacement);
        QFETCH(QString, expected);
        const SearchPattern p = SearchPattern::compile(regex ? QStringLiteral("(\\w)=(\\w)") : QStringLiteral("a=b"), {false, false, regex});
        const QRegularExpressionMatch m = p.matchAt(QStringLiteral("x a=b"), 2);
        QVERIFY(m.hasMatch());
        QCOMPARE(p.substitute(m, replacement), expected);
    }

    // Replace All is one step in the review's history; claims in and after the replaced text follow, and one
    // undo puts the text and the claims back.
    void replaceAllIsOneUndoStepAndClaimsFollow()
    {
        Fixture f;
        QVERIFY(f.openAndShow());
        const QUuid said = f.mark(QStringLiteral("The minister said"));
        const QUuid fell = f.mark(QStringLiteral("Unemployment fell"));
        QVERIFY(!said.isNull() && !fell.isNull());
        QCOMPARE(f.range(said), std::make_pair(0, 17));
        QCOMPARE(f.range(fell), std::make_pair(42, 59));
        QUndoStack *stack = f.controller->undoStack();
        const int before = stack->count();

        f.bar->openReplace();
        f.bar->setSearchText(QStringLiteral("minister"));
        f.bar->setReplacementText(QStringLiteral("prime minister"));
        f.bar->replaceAllButton()->click();
        QCOMPARE(f.bar->statusText(), QStringLiteral("3 replacement(s) made"));
        const QString replaced = QStringLiteral("The prime minister said the prime minister was right. Unemployment fell, "
                                                "the prime minister said.\n");
        QVERIFY(f.editor->toPlainText().startsWith(replaced));
        QCOMPARE(stack->count(), before + 1);
        QCOMPARE(stack->text(stack->count() - 1), QStringLiteral("Replace All"));
        QCOMPARE(f.range(said), std::make_pair(0, 23));
        QCOMPARE(f.range(fell), std::make_pair(54, 71));
        QCOMPARE(f.controller->claims()->claim(said).quote.exact, QStringLiteral("The prime minister said"));
        // The claim between two matches only moved: its text was not edited.
        QCOMPARE(f.controller->claims()->claim(fell).quote.exact, QStringLiteral("Unemployment fell"));
        // The matches are found again in the new text ("prime minister" contains "minister").
        QCOMPARE(f.bar->matchCount(), 3);

        stack->undo();
        QCOMPARE(f.editor->toPlainText(), Article);
        QCOMPARE(f.range(said), std::make_pair(0, 17));
        QCOMPARE(f.range(fell), std::make_pair(42, 59));
        QCOMPARE(stack->index(), before);
        stack->redo();
        QVERIFY(f.editor->toPlainText().startsWith(replaced));
        QCOMPARE(f.range(fell), std::make_pair(54, 71));
    }

    // A read-only text: the replace part is disabled and replaces nothing; it comes back when the text can be
    // edited again. Finding still works.
    void readOnlyTextCannotBeReplaced()
    {
        Fixture f;
        QVERIFY(f.openAndShow());
        f.bar->openReplace();
        f.bar->setSearchText(QStringLiteral("minister"));
        f.bar->setReplacementText(QStringLiteral("mayor"));
        QVERIFY(f.bar->replaceAllButton()->isEnabled());
        f.editor->setReadOnly(true);
        QVERIFY(!f.bar->replaceField()->isEnabled());
        QVERIFY(!f.bar->replaceButton()->isEnabled());
        QVERIFY(!f.bar->replaceAllButton()->isEnabled());
        QCOMPARE(f.bar->replaceAll(), 0);
        QVERIFY(!f.bar->replace());
        QCOMPARE(f.editor->toPlainText(), Article);
        QVERIFY(f.bar->findNext());
        saveScreenshot(&f.window, QStringLiteral("find-bar-read-only.png"));
        f.editor->setReadOnly(false);
        QVERIFY(f.bar->replaceField()->isEnabled());
        QVERIFY(f.bar->replaceAllButton()->isEnabled());
        QCOMPARE(f.bar->replaceAll(), 3);
    }

    // The highlights and the count follow the text while the bar is open.
    void matchesFollowTyping()
    {
        Fixture f;
        QVERIFY(f.openAndShow());
        f.bar->openFind();
        f.bar->setSearchText(QStringLiteral("minister"));
        QCOMPARE(f.editor->extraSelections().size(), 3);
        f.setCursor(0);
        f.editor->setFocus();
        QTest::keyClicks(f.editor, QStringLiteral("A minister: "));
        QCOMPARE(f.bar->matchCount(), 4);
        QCOMPARE(f.editor->extraSelections().size(), 4);
        QCOMPARE(f.bar->statusText(), QStringLiteral("4 match(es)"));
    }

    // Esc closes the bar from its fields or from the text, and the keyboard is back in the text.
    void escapeClosesAndFocusReturns()
    {
        Fixture f;
        QVERIFY(f.openAndShow());
        f.bar->openFind();
        QVERIFY(f.bar->isVisible());
        QCOMPARE(QApplication::focusWidget(), f.bar->searchField());
        QTest::keyClick(f.bar->searchField(), Qt::Key_Escape);
        QVERIFY(!f.bar->isVisible());
        QCOMPARE(QApplication::focusWidget(), f.editor);

        f.bar->openReplace();
        f.bar->replaceField()->setFocus();
        QTest::keyClick(f.bar->replaceField(), Qt::Key_Escape);
        QVERIFY(!f.bar->isVisible());
        QCOMPARE(QApplication::focusWidget(), f.editor);

        f.bar->openFind();
        f.editor->setFocus();
        QTest::keyClick(f.editor, Qt::Key_Escape);
        QVERIFY(!f.bar->isVisible());
        QCOMPARE(QApplication::focusWidget(), f.editor);
    }

    // Keyboard-complete: Tab from the search field reaches every control; each has an accessible name; opening
    // with a selection on one line searches for it.
    void keyboardAndAccessibility()
    {
        Fixture f;
        QVERIFY(f.openAndShow());
        QTextCursor c(f.editor->document());
        c.setPosition(42);
        c.setPosition(54, QTextCursor::KeepAnchor);
        f.editor->setTextCursor(c);
        f.bar->openReplace();
        QCOMPARE(f.bar->searchText(), QStringLiteral("Unemployment"));
        QCOMPARE(f.bar->statusText(), QStringLiteral("1 of 1"));
        f.bar->setSearchText(QStringLiteral("minister"));
        QList<QWidget *> reached;
        for (int i = 0; i < 12; ++i) {
            QWidget *w = QApplication::focusWidget();
            if (!w || !f.bar->isAncestorOf(w) || reached.contains(w))
                break;
            reached.append(w);
            QTest::keyClick(w, Qt::Key_Tab);
        }
        const QList<QWidget *> expected{f.bar->searchField(), f.bar->replaceField(),
                                        f.bar->findChild<QToolButton *>(QStringLiteral("previous")),
                                        f.bar->findChild<QToolButton *>(QStringLiteral("next")),
                                        f.bar->replaceButton(), f.bar->replaceAllButton(), f.bar->matchCaseBox(),
                                        f.bar->wholeWordsBox(), f.bar->regularExpressionBox(),
                                        f.bar->findChild<QToolButton *>(QStringLiteral("close"))};
        QCOMPARE(reached, expected);
        for (QWidget *w : expected)
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        // Space on a focused option toggles it.
        f.bar->wholeWordsBox()->setFocus();
        QTest::keyClick(f.bar->wholeWordsBox(), Qt::Key_Space);
        QVERIFY(f.bar->options().wholeWords);
        saveScreenshot(&f.window, QStringLiteral("find-bar-replace.png"));
    }

    // The window's side: its actions open the bar, F3 goes on, the Edit menu's actions follow the editor.



    void windowActionsOpenTheBar()
    {
        MainWindow w(m_plugins.get());
        QVERIFY(w.openFile(m_doc));
        QVERIFY(activate(&w));
        auto *bar = w.findChild<SearchBar *>(QStringLiteral("searchBar"));
        QVERIFY(bar);
        QVERIFY(!bar->isVisible());
        // Under the editor.
        QVERIFY(bar->parentWidget()->isAncestorOf(w.editor()));
        QVERIFY(bar->parentWidget()->layout()->indexOf(bar) > bar->parentWidget()->layout()->indexOf(w.editor()));

        w.action(QStringLiteral("find"))->trigger();
        QVERIFY(bar->isVisible());
        QVERIFY(!bar->isReplaceMode());
        QCOMPARE(QApplication::focusWidget(), bar->searchField());
        QTest::keyClick(bar->searchField(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());

        // The keys, from the text.
        w.editor()->setFocus();
        QCOMPARE(QApplication::focusWidget(), w.editor());
        QTest::keyClick(w.editor(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        QCOMPARE(QApplication::focusWidget(), bar->searchField());
        QTest::keyClicks(bar->searchField(), QStringLiteral("minister"));
        QCOMPARE(bar->currentMatch(), 0);
        QTest::keyClick(bar->searchField(), Qt::Key_F3);
        QCOMPARE(bar->currentMatch(), 1);
        QTest::keyClick(bar->searchField(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(bar->currentMatch(), 0);
        QTest::keyClick(bar->searchField(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(bar->currentMatch(), 2);
        QVERIFY(bar->wrapped());
        saveScreenshot(&w, QStringLiteral("find-bar-window.png"));
        QTest::keyClick(bar->searchField(), Qt::Key_Escape);
        QCOMPARE(QApplication::focusWidget(), w.editor());
        // F3 with the bar closed goes on with the last search and shows the bar, keeping the keyboard in the text.
        QTest::keyClick(w.editor(), Qt::Key_F3);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->currentMatch(), 0);
        QCOMPARE(QApplication::focusWidget(), w.editor());

        QTest::keyClick(w.editor(), Qt::Key_R, Qt::ControlModifier);
        QVERIFY(bar->isReplaceMode());
        QVERIFY(bar->replaceField()->isVisible());
        QCOMPARE(QApplication::focusWidget(), bar->searchField());
        QTest::keyClick(bar->searchField(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(!bar->isReplaceMode());
        QVERIFY(!bar->replaceField()->isVisible());
    }

    // The Edit menu: Undo, Redo, Cut, Copy, Paste, Select All, Find…, Find Next, Find Previous, Replace…,
    // Preferences; Copy needs a selection, Cut and Paste (and Replace) an editable text.
    void editActionsFollowTheEditor()
    {
        MainWindow w(m_plugins.get());
        QVERIFY(w.openFile(m_doc));
        QMenu *edit = nullptr;
        for (QAction *a : w.menuBar()->actions()) {
            if (a->menu() && a->text() == QStringLiteral("&Edit"))
                edit = a->menu();
        }
        QVERIFY(edit);
        QStringList names;
        for (QAction *a : edit->actions()) {
            if (!a->isSeparator())
                names << a->objectName();
        }
        QCOMPARE(names, (QStringList{"undo", "redo", "cut", "copy", "paste", "selectAll", "find", "findNext",
                                     "findPrevious", "replace", "preferences"}));
        QCOMPARE(w.action(QStringLiteral("copy"))->shortcut(), QKeySequence(QKeySequence::Copy));
        QCOMPARE(w.action(QStringLiteral("find"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F));
        QCOMPARE(w.action(QStringLiteral("findNext"))->shortcut(), QKeySequence(Qt::Key_F3));
        QCOMPARE(w.action(QStringLiteral("findPrevious"))->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F3));
        QCOMPARE(w.action(QStringLiteral("replace"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));

        QAction *cut = w.action(QStringLiteral("cut"));
        QAction *copy = w.action(QStringLiteral("copy"));
        QAction *paste = w.action(QStringLiteral("paste"));
        QAction *replace = w.action(QStringLiteral("replace"));
        QTextCursor c(w.editor()->document());
        w.editor()->setTextCursor(c);
        QVERIFY(!cut->isEnabled());
        QVERIFY(!copy->isEnabled());
        QVERIFY(paste->isEnabled());
        QVERIFY(replace->isEnabled());
        w.action(QStringLiteral("selectAll"))->trigger();
        QCOMPARE(w.editor()->textCursor().selectedText().size(), Article.size());
        QVERIFY(cut->isEnabled());
        QVERIFY(copy->isEnabled());
        w.editor()->setReadOnly(true);
        QVERIFY(!cut->isEnabled());
        QVERIFY(copy->isEnabled());
        QVERIFY(!paste->isEnabled());
        QVERIFY(!replace->isEnabled());
        w.editor()->setReadOnly(false);
        QVERIFY(cut->isEnabled());
        QVERIFY(paste->isEnabled());

        // Copy, then paste over a selection: through the editor, so one more step in the review's history.
        c.setPosition(4);
        c.setPosition(12, QTextCursor::KeepAnchor);
        w.editor()->setTextCursor(c);
        copy->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("minister"));
        c.setPosition(0);
        c.setPosition(3, QTextCursor::KeepAnchor);
        w.editor()->setTextCursor(c);
        const int steps = w.controller()->undoStack()->count();
        paste->trigger();
        QVERIFY(w.editor()->toPlainText().startsWith(QStringLiteral("minister minister said")));
        QCOMPARE(w.controller()->undoStack()->count(), steps + 1);
        c.setPosition(0);
        c.setPosition(9, QTextCursor::KeepAnchor);
        w.editor()->setTextCursor(c);
        cut->trigger();
        QVERIFY(w.editor()->toPlainText().startsWith(QStringLiteral("minister said")));
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("minister "));
    }
};

int main(int argc, char **argv)
{
    Claimbench::prepareWebEngine();
    QApplication app(argc, argv);
    SearchBarTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "searchbar_test.moc"
