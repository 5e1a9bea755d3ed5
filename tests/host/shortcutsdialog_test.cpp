// SPDX-License-Identifier: GPL-2.0-or-later
// Help → Keyboard Shortcuts lists the window's own actions (so it cannot drift from them), grouped by menu in
// the menu bar's order, with names without "&", keys and what they do; the filter narrows it by name or key.
#include "mainwindow.h"
#include "pluginmanager.h"
#include "shortcutsdialog.h"
#include "webengine.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Claimbench;

namespace {
ShortcutsDialog::Entry find(const QList<ShortcutsDialog::Entry> &entries, const QString &name)
{
    for (const ShortcutsDialog::Entry &e : entries) {
        if (e.name == name)
            return e;
    }
    return {};
}

QStringList names(const QList<ShortcutsDialog::Entry> &entries)
{
    QStringList result;
    for (const ShortcutsDialog::Entry &e : entries)
        result << e.name;
    return result;
}
} // namespace

class ShortcutsDialogTest : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<PluginManager> m_plugins;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_plugins = std::make_unique<PluginManager>();
        m_plugins->setSearchPaths({});
        m_plugins->loadPlugins();
    }

    void plainText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("mnemonic") << "&Open…" << "Open…";
        QTest::newRow("inside") << "Save &As…" << "Save As…";
        QTest::newRow("ampersand") << "Find && &Replace" << "Find & Replace";
        QTest::newRow("none") << "Claims" << "Claims";
    }

    void plainText()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(ShortcutsDialog::plainText(text), expected);
    }

    // Every action of the window, once, with what it does; menus in the menu bar's order.
    void listsTheWindowsActions()
    {
        MainWindow w(m_plugins.get());
        ShortcutsDialog dialog(&w);
        const QList<ShortcutsDialog::Entry> entries = dialog.visibleEntries();
        QCOMPARE(entries, ShortcutsDialog::entries(&w));

        const ShortcutsDialog::Entry mark = find(entries, QStringLiteral("Mark Claim…"));
        QVERIFY(mark.isValid());
        QCOMPARE(mark.action, w.action(QStringLiteral("markClaim")));
        QCOMPARE(mark.keys, QKeySequence(Qt::CTRL | Qt::Key_M).toString(QKeySequence::NativeText));
        QCOMPARE(mark.menu, QStringLiteral("Claims"));
        QCOMPARE(mark.description, QStringLiteral("Mark the selected text as a claim"));
        const ShortcutsDialog::Entry redo = find(entries, QStringLiteral("Redo"));
        QVERIFY(redo.keys.contains(QStringLiteral(", "))); // all of its keys
        QCOMPARE(find(entries, QStringLiteral("Find Next")).keys, QStringLiteral("F3"));
        QCOMPARE(find(entries, QStringLiteral("Keyboard Shortcuts")).menu, QStringLiteral("Help"));

        // Exactly the window's own actions.
        QSet<QAction *> listed;
        for (const ShortcutsDialog::Entry &e : entries) {
            QVERIFY2(!listed.contains(e.action), qPrintable(e.name));
            listed.insert(e.action);
            QVERIFY2(!e.name.contains(QLatin1Char('&')), qPrintable(e.name));
        }
        QSet<QAction *> own;
        for (QAction *a : w.findChildren<QAction *>(Qt::FindDirectChildrenOnly)) {
            if (!a->isSeparator() && !a->text().isEmpty())
                own.insert(a);
        }
        QCOMPARE(listed, own);
        QVERIFY(listed.size() >= 30);

        // Grouped: each menu's rows together, the menus in the menu bar's order.
        QStringList menuOrder;
        for (QAction *a : w.menuBar()->actions())
            menuOrder << ShortcutsDialog::plainText(a->text());
        QStringList seen;
        for (const ShortcutsDialog::Entry &e : entries) {
            if (seen.isEmpty() || seen.last() != e.menu) {
                QVERIFY2(!seen.contains(e.menu), qPrintable(e.menu));
                seen << e.menu;
            }
        }
        QCOMPARE(seen, menuOrder);
        QCOMPARE(dialog.tree()->topLevelItemCount(), menuOrder.size());
        QCOMPARE(dialog.tree()->topLevelItem(1)->text(0), QStringLiteral("Edit"));
        QCOMPARE(dialog.tree()->topLevelItem(1)->child(0)->text(0), QStringLiteral("Undo"));

        // A new action shows up the next time (in "Other" when no menu has it).
        auto *extra = new QAction(QStringLiteral("&Jump Around"), &w);
        extra->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J));
        const ShortcutsDialog::Entry jump = find(ShortcutsDialog::entries(&w), QStringLiteral("Jump Around"));
        QVERIFY(jump.isValid());
        QCOMPARE(jump.menu, QStringLiteral("Other"));
        QCOMPARE(ShortcutsDialog::entries(&w).last().action, extra);
    }

    // The filter keeps the actions whose name or keys contain it, hides empty menus, and can be typed.
    void filterNarrows()
    {
        MainWindow w(m_plugins.get());
        ShortcutsDialog dialog(&w);
        const qsizetype all = dialog.visibleEntries().size();

        dialog.setFilter(QStringLiteral("claim"));
        QCOMPARE(dialog.filterField()->text(), QStringLiteral("claim"));
        QList<ShortcutsDialog::Entry> shown = dialog.visibleEntries();
        QVERIFY(shown.size() < all);
        QVERIFY(find(shown, QStringLiteral("Mark Claim…")).isValid());
        QVERIFY(find(shown, QStringLiteral("Find Claims")).isValid());
        for (const ShortcutsDialog::Entry &e : shown)
            QVERIFY2(e.name.contains(QStringLiteral("claim"), Qt::CaseInsensitive), qPrintable(e.name));
        QVERIFY(!find(shown, QStringLiteral("Save")).isValid());

        // By key, with or without spaces, any case.
        for (const QString &key : {QStringLiteral("Ctrl+M"), QStringLiteral("ctrl + m")}) {
            dialog.setFilter(key);
            shown = dialog.visibleEntries();
            QCOMPARE(names(shown), QStringList{QStringLiteral("Mark Claim…")});
        }
        dialog.setFilter(QStringLiteral("F3"));
        QCOMPARE(names(dialog.visibleEntries()), (QStringList{QStringLiteral("Find Next"), QStringLiteral("Find Previous")}));
        // Menus without a match are hidden with their rows; the tree shows what the list says.
        int groupsShown = 0;
        int rowsShown = 0;
        for (int g = 0; g < dialog.tree()->topLevelItemCount(); ++g) {
            QTreeWidgetItem *group = dialog.tree()->topLevelItem(g);
            if (group->isHidden())
                continue;
            ++groupsShown;
            QCOMPARE(group->text(0), QStringLiteral("Edit"));
            for (int c = 0; c < group->childCount(); ++c)
                rowsShown += group->child(c)->isHidden() ? 0 : 1;
        }
        QCOMPARE(groupsShown, 1);
        QCOMPARE(rowsShown, 2);

        dialog.setFilter(QStringLiteral("no such action"));
        QVERIFY(dialog.visibleEntries().isEmpty());
        // Typed into the field.
        dialog.filterField()->clear();
        QCOMPARE(dialog.visibleEntries().size(), all);
        QTest::keyClicks(dialog.filterField(), QStringLiteral("undo"));
        QCOMPARE(names(dialog.visibleEntries()), QStringList{QStringLiteral("Undo")});
    }

    // Help → Keyboard Shortcuts opens it, over the window.
    void helpMenuOpensIt()
    {
        MainWindow w(m_plugins.get());
        w.show();
        QAction *action = w.action(QStringLiteral("keyboardShortcuts"));
        QVERIFY(action);
        QMenu *help = nullptr;
        for (QAction *a : w.menuBar()->actions()) {
            if (a->text() == QStringLiteral("&Help"))
                help = a->menu();
        }
        QVERIFY(help);
        QVERIFY(help->actions().contains(action));
        QString title;
        qsizetype rows = 0;
        QTimer::singleShot(0, qApp, [&] {
            if (auto *dialog = qobject_cast<ShortcutsDialog *>(QApplication::activeModalWidget())) {
                title = dialog->windowTitle();
                rows = dialog->visibleEntries().size();
                if (!qEnvironmentVariableIsEmpty("CLAIMBENCH_SCREENSHOT_DIR")) {
                    dialog->grab().save(qEnvironmentVariable("CLAIMBENCH_SCREENSHOT_DIR") + QStringLiteral("/find-shortcuts.png"));
                    dialog->setFilter(QStringLiteral("find"));
                    dialog->grab().save(qEnvironmentVariable("CLAIMBENCH_SCREENSHOT_DIR") + QStringLiteral("/find-shortcuts-filtered.png"));
                }
                dialog->reject();
            }
        });
        action->trigger();
        QCOMPARE(title, QStringLiteral("Keyboard Shortcuts"));
        QCOMPARE(rows, ShortcutsDialog::entries(&w).size());
    }
};

int main(int argc, char **argv)
{
    Claimbench::prepareWebEngine();
    QApplication app(argc, argv);
    ShortcutsDialogTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "shortcutsdialog_test.moc"
