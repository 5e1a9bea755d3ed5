// SPDX-License-Identifier: GPL-2.0-or-later
// The desk view (File → Open Desk) and the "Checked before?" panel on a generated desk of 60 articles, alone and
// in the workbench window: lists by status, assigned to me, waiting for my second review, search, opening an
// article at a claim, and a claim just marked looked up in the desk with its verdict reused.
#include "checkedbefore.h"
#include "claimeditor.h"
#include "claimset.h"
#include "deskindex.h"
#include "deskview.h"
#include "documentcontroller.h"
#include "mainwindow.h"
#include "pluginmanager.h"
#include "sidecar.h"
#include "webengine.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Claimbench;

namespace {
const char *const StatType = R"({"id": "stat", "name": "Statistic", "colour": "#d04040"})";
const QString Text = QStringLiteral("The minister said unemployment fell to 3.9 percent in 2023. Rail fares rise again.\n");

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

Claim claim(int article, int n, const QString &quote, ClaimStatus status, const char *verdict, const char *author,
            const char *assignee = "")
{
    Claim c;
    c.id = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-%1%2").arg(article, 6, 10, QLatin1Char('0')).arg(n, 6, 10, QLatin1Char('0')));
    c.claimType = QStringLiteral("stat");
    c.quote.exact = quote;
    c.start = Text.indexOf(quote) < 0 ? 0 : Text.indexOf(quote);
    c.end = c.start + quote.size();
    c.status = status;
    c.verdict = QLatin1String(verdict);
    c.createdBy = QLatin1String(author);
    c.assignee = QLatin1String(assignee);
    c.created = c.modified = QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::UTC);
    return c;
}

/// `c` with its verdict set by `by` (a "verdict" history entry: lastVerdictAuthor()).
Claim verdictBy(Claim c, const char *by)
{
    HistoryEntry e;
    e.when = QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::UTC);
    e.author = QLatin1String(by);
    e.field = QStringLiteral("verdict");
    e.to = c.verdict;
    c.history.append(e);
    return c;
}

Claim claimIn(const QString &sidecarPath, const QUuid &id)
{
    const Sidecar::ReadResult r = Sidecar::read(sidecarPath);
    for (const Claim &c : r.data.claims) {
        if (c.id == id)
            return c;
    }
    return Claim();
}

/// A desk list's rows and cells (views over models: Qt::UserRole the document path, + 1 the claim id).
int rowCount(const QTreeView *list)
{
    return list->model()->rowCount();
}
QVariant cell(const QTreeView *list, int row, int column, int role = Qt::DisplayRole)
{
    return list->model()->index(row, column).data(role);
}
void selectRow(QTreeView *list, int row)
{
    list->setCurrentIndex(list->model()->index(row, 0));
}

QStringList rowIds(const QTreeView *list)
{
    QStringList r;
    for (int i = 0; i < rowCount(list); ++i)
        r.append(cell(list, i, 0, Qt::UserRole + 1).toUuid().toString(QUuid::WithoutBraces).right(2));
    return r;
}

/// A small desk (second review required) of three claims that Tom marked: one he rated (waits for Priya), one
/// Priya rated (she is not its second reviewer: not waiting for her, Approve refused), one that needs a second
/// review; the claim ids end in 01, 02, 03.
struct ApprovalDesk {
    QTemporaryDir dir;
    QString story, other;
};
void makeApprovalDesk(ApprovalDesk &desk)
{
    desk.story = desk.dir.filePath(QStringLiteral("news/story.txt"));
    desk.other = desk.dir.filePath(QStringLiteral("news/other.txt"));
    QVERIFY(writeFile(desk.story, Text.toUtf8()));
    QVERIFY(writeFile(desk.other, Text.toUtf8()));
    ClaimSetData a, b;
    a.document = identifyDocument(desk.story, Text.toUtf8());
    a.claims = {verdictBy(claim(70, 1, QStringLiteral("Rail fares rise again"), ClaimStatus::Done, "true", "Tom Hale"), "Tom Hale"),
                verdictBy(claim(70, 2, QStringLiteral("unemployment fell to 3.9 percent in 2023"), ClaimStatus::Done,
                                "mostly-true", "Tom Hale"),
                          "Priya Natarajan")};
    a.sortClaims();
    b.document = identifyDocument(desk.other, Text.toUtf8());
    b.claims = {claim(71, 3, QStringLiteral("Rail fares rise again"), ClaimStatus::NeedsSecondReview, "false", "Tom Hale")};
    QVERIFY(!Sidecar::write(Sidecar::pathFor(desk.story), a).isValid());
    QVERIFY(!Sidecar::write(Sidecar::pathFor(desk.other), b).isValid());
    DeskSettings s;
    s.requireSecondReview = true;
    QVERIFY(!DeskFile::write(desk.dir.path(), s).isValid());
}

// Offscreen pictures for people to look at (only when asked for: CLAIMBENCH_SCREENSHOT_DIR).
void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CLAIMBENCH_SCREENSHOT_DIR");
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return;
    for (int i = 0; i < 3; ++i)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}
} // namespace

class DeskViewTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_desk;
    QTemporaryDir m_cache;
    QTemporaryDir m_plugins;
    std::unique_ptr<PluginManager> m_manager;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_desk.isValid() && m_cache.isValid());
        // 60 articles: one economy story checked before, the rest ordinary.
        for (int i = 0; i < 60; ++i) {
            const QString rel = QStringLiteral("%1/story-%2.txt").arg(i % 3 ? QStringLiteral("local") : QStringLiteral("politics")).arg(i, 2, 10, QLatin1Char('0'));
            QVERIFY(writeFile(m_desk.filePath(rel), Text.toUtf8()));
            ClaimSetData d;
            d.document = identifyDocument(m_desk.filePath(rel), Text.toUtf8());
            d.claims = {claim(i, 0, QStringLiteral("Rail fares rise again"), i % 2 ? ClaimStatus::Done : ClaimStatus::Open,
                              i % 2 ? "true" : "", i % 4 ? "Tom Hale" : "Priya Natarajan", i == 7 ? "Priya Natarajan" : "")};
            if (i == 12)
                d.claims.append(claim(i, 1, QStringLiteral("unemployment fell to 3.9 percent in 2023"), ClaimStatus::Done,
                                      "mostly-true", "Tom Hale"));
            d.sortClaims();
            QVERIFY(!Sidecar::write(Sidecar::pathFor(m_desk.filePath(rel)), d).isValid());
        }
        DeskSettings s;
        s.requireSecondReview = true;
        QVERIFY(!DeskFile::write(m_desk.path(), s).isValid());
        QVERIFY(writeFile(m_plugins.filePath(QStringLiteral("stat.claimtype.json")), StatType));
        m_manager = std::make_unique<PluginManager>();
        m_manager->setSearchPaths({m_plugins.path()});
        m_manager->loadPlugins();
    }

    void lists()
    {
        DeskView view;
        QVERIFY2(view.openDesk(m_desk.path(), QStringLiteral("Priya Natarajan"), m_cache.path()), qPrintable(view.errorString()));
        QCOMPARE(rowCount(view.articleList()), 60);
        QCOMPARE(cell(view.articleList(), 0, 0).toString(), QStringLiteral("local/story-01.txt"));
        QCOMPARE(cell(view.articleList(), 0, 1).toInt(), 1);
        QCOMPARE(cell(view.articleList(), 0, 7).toString(), QStringLiteral("True 1")); // the verdicts column
        QCOMPARE(rowCount(view.assignedList()), 1);
        QCOMPARE(cell(view.assignedList(), 0, 0).toString(), QStringLiteral("local/story-07.txt"));
        // Done and not approved (the desk requires second review), by someone else: Tom's 30 done claims (every
        // odd story) and his economy claim.
        QCOMPARE(rowCount(view.waitingList()), 31);
        QCOMPARE(view.tabs()->tabText(2), QStringLiteral("Waiting for my second review (31)"));
        view.resize(1300, 700);
        view.show();
        screenshot(&view, QStringLiteral("desk-articles"));
        view.tabs()->setCurrentIndex(2);
        screenshot(&view, QStringLiteral("desk-waiting"));
        // Approve the first of them (not open anywhere: in its sidecar on disk); it leaves the list.
        selectRow(view.waitingList(), 0);
        const QString approvedArticle = cell(view.waitingList(), 0, 0, Qt::UserRole).toString();
        const QUuid approvedId = cell(view.waitingList(), 0, 0, Qt::UserRole + 1).toUuid();
        view.approveAction()->trigger();
        QCOMPARE(claimIn(Sidecar::pathFor(approvedArticle), approvedId).approvedBy, QStringLiteral("Priya Natarajan"));
        QCOMPARE(rowCount(view.waitingList()), 30);
        selectRow(view.waitingList(), 0);
        screenshot(&view, QStringLiteral("desk-approved"));

        QSignalSpy activated(&view, &DeskView::articleActivated);
        emit view.assignedList()->activated(view.assignedList()->model()->index(0, 2));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(0).toString(), m_desk.filePath(QStringLiteral("local/story-07.txt")));
        QCOMPARE(activated.first().at(1).toUuid(), QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-000007000000")));
    }

    /// The lists are views over models: clicking a header sorts (numbers as numbers, ties in the index's order)
    /// and the current row stays the current row.
    void sortByHeader()
    {
        DeskView view;
        QVERIFY(view.openDesk(m_desk.path(), QStringLiteral("Priya Natarajan"), m_cache.path()));
        QTreeView *list = view.articleList();
        list->sortByColumn(1, Qt::DescendingOrder); // claims: story-12 has two, every other one
        QCOMPARE(cell(list, 0, 0).toString(), QStringLiteral("politics/story-12.txt"));
        QCOMPARE(cell(list, 0, 1).toInt(), 2);
        QCOMPARE(cell(list, 1, 0).toString(), QStringLiteral("local/story-01.txt"));
        QCOMPARE(cell(list, 59, 0).toString(), QStringLiteral("politics/story-57.txt"));
        list->sortByColumn(0, Qt::DescendingOrder);
        QCOMPARE(cell(list, 0, 0).toString(), QStringLiteral("politics/story-57.txt"));
        selectRow(list, 0);
        list->sortByColumn(0, Qt::AscendingOrder);
        QCOMPARE(list->currentIndex().row(), 59);
        QCOMPARE(list->currentIndex().data(Qt::UserRole).toString(), m_desk.filePath(QStringLiteral("politics/story-57.txt")));
        QCOMPARE(cell(list, 0, 0).toString(), QStringLiteral("local/story-01.txt"));
    }

    void searchBox()
    {
        DeskView view;
        QVERIFY(view.openDesk(m_desk.path(), QStringLiteral("Tom Hale"), m_cache.path()));
        QTest::keyClicks(view.searchBox(), QStringLiteral("unemploy"));
        QCOMPARE(view.tabs()->currentIndex(), 3);
        QCOMPARE(rowCount(view.searchList()), 1);
        QCOMPARE(cell(view.searchList(), 0, 0).toString(), QStringLiteral("politics/story-12.txt"));
        QCOMPARE(cell(view.searchList(), 0, 3).toString(), QStringLiteral("Mostly true"));
        view.searchBox()->clear();
        QCOMPARE(rowCount(view.searchList()), 0);
    }

    void refreshSeesChanges()
    {
        DeskView view;
        QVERIFY(view.openDesk(m_desk.path(), QStringLiteral("Priya Natarajan"), m_cache.path()));
        const QString extra = m_desk.filePath(QStringLiteral("new/extra.txt"));
        QVERIFY(writeFile(extra, Text.toUtf8()));
        ClaimSetData d;
        d.claims = {claim(99, 0, QStringLiteral("Rail fares rise again"), ClaimStatus::Open, "", "Tom Hale", "Priya Natarajan")};
        QVERIFY(!Sidecar::write(Sidecar::pathFor(extra), d).isValid());
        view.refresh();
        QCOMPARE(rowCount(view.articleList()), 61);
        QCOMPARE(rowCount(view.assignedList()), 2);
        QVERIFY(QFile::remove(Sidecar::pathFor(extra)));
        view.refresh();
        QCOMPARE(rowCount(view.articleList()), 60);
    }

    void checkedBeforePanel()
    {
        DeskIndex index(m_desk.path(), m_cache.path());
        QVERIFY(index.update().ok());
        CheckedBeforePanel panel;
        panel.setIndex(&index, m_desk.path());
        const QUuid mine = QUuid::createUuid();
        panel.showSimilar(QStringLiteral("Unemployment fell to 3.9 percent"), mine);
        QCOMPARE(panel.list()->topLevelItemCount(), 1);
        QCOMPARE(panel.list()->topLevelItem(0)->text(1), QStringLiteral("Mostly true"));
        QCOMPARE(panel.list()->topLevelItem(0)->text(2), QStringLiteral("politics/story-12.txt"));
        QVERIFY(panel.reuseButton()->isEnabled());
        QSignalSpy reuse(&panel, &CheckedBeforePanel::reuseVerdict);
        panel.reuseButton()->click();
        QCOMPARE(reuse.size(), 1);
        QCOMPARE(reuse.first().at(0).toUuid(), mine);
        QCOMPARE(reuse.first().at(1).toString(), QStringLiteral("mostly-true"));
        QCOMPARE(reuse.first().at(2).toString(), QStringLiteral("politics/story-12.txt"));

        panel.showSimilar(QStringLiteral("The lighthouse keepers went on strike"), mine);
        QCOMPARE(panel.list()->topLevelItemCount(), 0);
        QVERIFY(!panel.reuseButton()->isEnabled());
    }

    /// Approve in the desk view, for an article that is not open: through the core, in the sidecar on disk; the
    /// claim leaves the list. The claim whose verdict I set is not in my list, and approving it is refused in words.
    void approveFromTheList()
    {
        ApprovalDesk desk;
        makeApprovalDesk(desk);
        DeskView view;
        QVERIFY(view.openDesk(desk.dir.path(), QStringLiteral("Priya Natarajan"), m_cache.path()));
        const QDateTime at(QDate(2026, 12, 1), QTime(20, 30), QTimeZone::UTC);
        view.setClock([at] { return at; });
        QCOMPARE(rowIds(view.waitingList()), (QStringList{QStringLiteral("03"), QStringLiteral("01")}));
        // The action: a button, a shortcut, the list's context menu.
        QVERIFY(view.waitingList()->actions().contains(view.approveAction()));
        QCOMPARE(view.approveAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        QVERIFY(view.findChild<QToolButton *>(QStringLiteral("deskApproveButton")));
        QVERIFY(!view.approveAction()->isEnabled()); // nothing selected

        view.resize(1300, 500);
        view.show();
        view.tabs()->setCurrentIndex(2);
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view)); // a shortcut needs its window active
        selectRow(view.waitingList(), 1); // ...01 in news/story.txt
        view.waitingList()->setFocus();
        QVERIFY(view.approveAction()->isEnabled());
        QSignalSpy approved(&view, &DeskView::claimApproved);
        QTest::keyClick(view.waitingList(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(approved.size(), 1);
        const QUuid first = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-000070000001"));
        const Claim onDisk = claimIn(Sidecar::pathFor(desk.story), first);
        QCOMPARE(onDisk.approvedBy, QStringLiteral("Priya Natarajan"));
        QCOMPARE(onDisk.approved, at);
        QCOMPARE(rowIds(view.waitingList()), QStringList{QStringLiteral("03")});
        QCOMPARE(view.tabs()->tabText(2), QStringLiteral("Waiting for my second review (1)"));
        QVERIFY2(view.approvalMessage()->text().contains(QLatin1String("Approved in news/story.txt")),
                 qPrintable(view.approvalMessage()->text()));
        screenshot(&view, QStringLiteral("desk-approve"));

        // The claim Priya rated herself: refused, in words, and nothing written.
        const QByteArray before = [&] {
            QFile f(Sidecar::pathFor(desk.story));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(!view.approve(desk.story, QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-000070000002"))));
        QCOMPARE(view.approvalMessage()->text(),
                 QStringLiteral("Priya Natarajan set the verdict: the desk requires a second reviewer to approve it."));
        QFile f(Sidecar::pathFor(desk.story));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    /// Approve in the desk view for an article open in the workbench: through its DocumentController (saved,
    /// one undoable step there), not behind its back on disk.
    void approveOpenArticle()
    {
        ApprovalDesk desk;
        makeApprovalDesk(desk);
        ClaimEditor editor;
        DocumentController controller(&editor, m_manager.get());
        QVERIFY2(controller.open(desk.other), qPrintable(controller.errorString()));
        controller.setReviewer(QStringLiteral("Priya Natarajan"));
        DeskView view;
        QVERIFY(view.openDesk(desk.dir.path(), QStringLiteral("Priya Natarajan"), m_cache.path()));
        view.setOpenArticles([&](const QString &path) {
            return QFileInfo(path) == QFileInfo(desk.other) ? &controller : nullptr;
        });
        const QUuid id = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-000071000003"));
        selectRow(view.waitingList(), 0);
        QCOMPARE(rowIds(view.waitingList()).first(), QStringLiteral("03"));
        const int steps = controller.undoStack()->count();
        view.approveAction()->trigger();
        QCOMPARE(controller.claims()->claim(id).approvedBy, QStringLiteral("Priya Natarajan"));
        QCOMPARE(controller.undoStack()->count(), steps + 1);
        QCOMPARE(claimIn(Sidecar::pathFor(desk.other), id).approvedBy, QStringLiteral("Priya Natarajan")); // saved
        QCOMPARE(rowIds(view.waitingList()), QStringList{QStringLiteral("01")});
        controller.undoStack()->undo();
        QVERIFY(controller.claims()->claim(id).approvedBy.isEmpty());
        QVERIFY(controller.saveSidecar());
        view.refresh();
        QCOMPARE(rowIds(view.waitingList()), (QStringList{QStringLiteral("03"), QStringLiteral("01")}));
    }

    /// The inspector's Approve follows the same rule with the desk file of the article's desk, whatever the
    /// Preferences say (off here): Priya set the verdict, so she may not approve it.
    void inspectorFollowsTheDesk()
    {
        ApprovalDesk desk;
        makeApprovalDesk(desk);
        MainWindow w(m_manager.get());
        w.show();
        QVERIFY(w.openFile(desk.story));
        w.controller()->setReviewer(QStringLiteral("Priya Natarajan"));
        const QUuid mine = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-000070000002"));
        w.selectClaim(mine);
        auto *approve = w.findChild<QPushButton *>(QStringLiteral("approve"));
        auto *approval = w.findChild<QLabel *>(QStringLiteral("approval"));
        QVERIFY(approve && approval);
        approve->click();
        QVERIFY(w.controller()->claims()->claim(mine).approvedBy.isEmpty());
        QVERIFY2(approval->text().contains(QLatin1String("set the verdict: the desk requires a second reviewer")),
                 qPrintable(approval->text()));
        // Tom's own rating: Priya is its second reviewer.
        const QUuid toms = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-000070000001"));
        w.selectClaim(toms);
        approve->click();
        QCOMPARE(w.controller()->claims()->claim(toms).approvedBy, QStringLiteral("Priya Natarajan"));
    }

    /// In the workbench: Open Desk, open an article from it, mark a claim; "Checked before?" lists the earlier
    /// check and reusing it sets the verdict with a link in the notes.
    void inTheWorkbench()
    {
        MainWindow w(m_manager.get());
        w.resize(1400, 900);
        w.show();
        QVERIFY(w.openDesk(m_desk.path()));
        QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("deskDock"))->isVisible());
        screenshot(&w, QStringLiteral("desk-window"));
        const QString article = m_desk.filePath(QStringLiteral("local/story-04.txt"));
        emit w.deskView()->articleActivated(article, QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-000004000000")));
        QCOMPARE(QFileInfo(w.currentFile()).absoluteFilePath(), QFileInfo(article).absoluteFilePath());
        QCOMPARE(w.currentClaim(), QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-000004000000")));

        QTextCursor c = w.editor()->textCursor();
        const int start = int(Text.indexOf(QLatin1String("unemployment")));
        c.setPosition(start);
        c.setPosition(start + int(QStringLiteral("unemployment fell to 3.9 percent").size()), QTextCursor::KeepAnchor);
        w.editor()->setTextCursor(c);
        const QUuid marked = w.markSelection(QStringLiteral("stat"));
        QVERIFY(!marked.isNull());
        QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("checkedBeforeDock"))->isVisible());
        QCOMPARE(w.checkedBefore()->currentClaim(), marked);
        QCOMPARE(w.checkedBefore()->list()->topLevelItemCount(), 1);
        screenshot(&w, QStringLiteral("checked-before"));
        w.checkedBefore()->reuseButton()->click();
        const Claim reused = w.controller()->claims()->claim(marked);
        QCOMPARE(reused.verdict, QStringLiteral("mostly-true"));
        QVERIFY2(reused.notes.contains(QLatin1String("00000000-0000-4000-8000-000012000001"))
                     && reused.notes.contains(QLatin1String("politics/story-12.txt")),
                 qPrintable(reused.notes));
    }
};

int main(int argc, char **argv)
{
    Claimbench::prepareWebEngine(); // the window's report preview
    QApplication app(argc, argv);
    DeskViewTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "deskview_test.moc"
