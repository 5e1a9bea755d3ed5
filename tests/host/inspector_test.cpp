// SPDX-License-Identifier: GPL-2.0-or-later
// The inspector never loses what was typed: notes and field text not yet committed go into the model before any
// other change of the claim, before the form is reloaded, and before the claims are saved. Tab goes through the
// whole form and a space never clicks a sources button; Done needs a verdict and the required fields (or a reason);
// fields are checked by kind; with no claim it explains the highlights.
#include "claimeditor.h"
#include "claimset.h"
#include "documentcontroller.h"
#include "inspector.h"
#include "completeness.h"
#include "pluginmanager.h"
#include "settings.h"
#include "sidecar.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTreeWidget>
#include <QUndoStack>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;

namespace {
const QString Text = QStringLiteral("Essex has a partnership with Jiangsu. It brought £2 million to the economy.\n");

// A claim type with a field of every kind, one of them required, and a two-step checklist.
const QByteArray KindsType = R"({
    "id": "kinds", "name": "Kinds",
    "fields": [
        {"name": "speaker", "label": "Speaker", "kind": "text", "required": true},
        {"name": "count", "label": "Count", "kind": "number"},
        {"name": "when", "label": "When", "kind": "date"},
        {"name": "link", "label": "Link", "kind": "url"},
        {"name": "direct", "label": "Direct", "kind": "boolean"},
        {"name": "scope", "label": "Scope", "kind": "choice", "choices": ["local", "national"]}
    ],
    "checklist": [{"id": "one", "text": "First step"}, {"id": "two", "text": "Second step"}]
})";

struct Fixture {
    QTemporaryDir dir;
    PluginManager plugins;
    ClaimEditor editor;
    DocumentController controller{&editor, &plugins};
    Inspector inspector{&controller};
    QString path;
    QUuid id;
    Fixture()
    {
        QDir(dir.path()).mkpath(QStringLiteral("types"));
        QFile type(dir.filePath(QStringLiteral("types/kinds.claimtype.json")));
        if (type.open(QIODevice::WriteOnly))
            type.write(KindsType);
        type.close();
        // the built-in claim types and "kinds"
        plugins.setSearchPaths({QStringLiteral(CLAIMBENCH_PLUGIN_DIR), dir.filePath(QStringLiteral("types"))});
        plugins.loadPlugins();
        path = dir.filePath(QStringLiteral("article.txt"));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(Text.toUtf8());
    }
    bool open(const QString &claimType = QStringLiteral("quantity"))
    {
        if (!controller.open(path))
            return false;
        const int at = int(Text.indexOf(QStringLiteral("£2 million")));
        id = controller.markClaim(claimType, at, at + 10);
        inspector.setClaim(id);
        inspector.resize(420, 900);
        inspector.show();
        return !id.isNull() && plugins.claimType(claimType).isValid();
    }
    Claim claim() const { return controller.claims()->claim(id); }
    QCheckBox *checklistBox(const QString &step) const
    {
        return inspector.findChild<QCheckBox *>(QStringLiteral("checklist.") + step);
    }
    template<typename T = QWidget>
    T *child(const QString &name) const
    {
        return inspector.findChild<T *>(name);
    }
    // The widget with the keyboard in the inspector's window (active or not).
    QWidget *focus() const { return inspector.window()->focusWidget(); }
    void askStatus(const QString &status)
    {
        QComboBox *box = inspector.statusBox();
        const int index = box->findData(status);
        box->setCurrentIndex(index);
        Q_EMIT box->activated(index);
    }
};

// Counts the source dialogs shown and closes each one at once (from its own event loop).
struct SourceDialogWatcher : QObject {
    int shown = 0;
    SourceDialogWatcher() { qApp->installEventFilter(this); }
    ~SourceDialogWatcher() override { qApp->removeEventFilter(this); }
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() == QEvent::Show) {
            if (auto *dialog = qobject_cast<SourceDialog *>(o)) {
                ++shown;
                QMetaObject::invokeMethod(dialog, &QDialog::reject, Qt::QueuedConnection);
            }
        }
        return false;
    }
};

// Offscreen pictures of the inspector's states, for people to look at (only when asked for).
void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CLAIMBENCH_SCREENSHOT_DIR");
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return;
    for (int i = 0; i < 3; ++i) // the layout as a person would see it (each round may ask for another)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}
} // namespace

class InspectorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Typed notes, then at once (long before the notes' idle commit) a checklist box or the status: both kept.
    void notesThenAnotherFieldKeepsBoth_data()
    {
        QTest::addColumn<QString>("then");
        QTest::newRow("checklist box") << QStringLiteral("checklist");
        QTest::newRow("status") << QStringLiteral("status");
    }
    void notesThenAnotherFieldKeepsBoth()
    {
        QFETCH(QString, then);
        Fixture f;
        QVERIFY(f.open());
        f.inspector.notesEdit()->setFocus();
        QTest::keyClicks(f.inspector.notesEdit(), QStringLiteral("Checked with ONS"));
        QCOMPARE(f.controller.claims()->claim(f.id).notes, QString()); // not committed yet: the idle timer waits
        if (then == QLatin1String("checklist")) {
            QCheckBox *box = f.checklistBox(QStringLiteral("primary-source"));
            QVERIFY(box);
            box->click();
            QCOMPARE(f.controller.claims()->claim(f.id).checklist.value(QStringLiteral("primary-source")), true);
        } else {
            QVERIFY(f.controller.setField(f.id, QStringLiteral("status"), QStringLiteral("in-progress")));
            QCOMPARE(f.controller.claims()->claim(f.id).status, ClaimStatus::InProgress);
        }
        QCOMPARE(f.controller.claims()->claim(f.id).notes, QStringLiteral("Checked with ONS"));
        QCOMPARE(f.inspector.notesEdit()->toPlainText(), QStringLiteral("Checked with ONS"));
        QVERIFY(f.controller.saveSidecar());
        const Sidecar::ReadResult r = Sidecar::read(Sidecar::pathFor(f.path));
        QVERIFY(r.ok());
        QCOMPARE(r.data.claims.first().notes, QStringLiteral("Checked with ONS"));
    }

    // Saving (autosave, Save, quit) commits what was typed first.
    void saveCommitsTypedNotes()
    {
        Fixture f;
        QVERIFY(f.open());
        QTest::keyClicks(f.inspector.notesEdit(), QStringLiteral("typed just before quitting"));
        QVERIFY(f.controller.close());
        const Sidecar::ReadResult r = Sidecar::read(Sidecar::pathFor(f.path));
        QVERIFY(r.ok());
        QCOMPARE(r.data.claims.first().notes, QStringLiteral("typed just before quitting"));
    }

    // A field's text typed and not yet confirmed (no Return, no focus change) survives a checklist click.
    void fieldTextThenChecklistKeepsBoth()
    {
        Fixture f;
        QVERIFY(f.open());
        auto *unit = f.inspector.findChild<QLineEdit *>(QStringLiteral("fields.unit"));
        QVERIFY(unit);
        QTest::keyClicks(unit, QStringLiteral("GBP"));
        f.checklistBox(QStringLiteral("context"))->click();
        const Claim c = f.controller.claims()->claim(f.id);
        QCOMPARE(c.fields.value(QStringLiteral("unit")).toString(), QStringLiteral("GBP"));
        QCOMPARE(c.checklist.value(QStringLiteral("context")), true);
    }
    // Tab from Status goes through the verdict, every field in order, every checklist box, the sources list and
    // the notes (the form is generated after the fixed controls: without an explicit order Tab never reaches it).
    void tabGoesThroughTheWholeForm()
    {
        Fixture f;
        QVERIFY(f.open(QStringLiteral("kinds")));
        const ClaimType type = f.plugins.claimType(QStringLiteral("kinds"));
        QList<QWidget *> expected{f.inspector.verdictBox()};
        for (const char *name : {"statement", "claimantName", "claimantRole", "claimantOrganisation", "conclusion",
                                 "appearanceUrl", "appearanceDate", "assignee", "approve"})
            expected << f.child(QLatin1String(name));
        for (const FieldDefinition &fd : type.fields)
            expected << f.child(QStringLiteral("fields.") + fd.name);
        for (const ChecklistStep &step : type.checklist)
            expected << f.checklistBox(step.id);
        expected << f.inspector.sourcesList() << f.inspector.notesEdit() << f.inspector.historyView();
        QVERIFY(!expected.contains(nullptr));

        f.inspector.statusBox()->setFocus();
        QCOMPARE(f.focus(), f.inspector.statusBox());
        QList<QWidget *> visited;
        for (int i = 0; i < expected.size(); ++i) {
            QTest::keyClick(f.focus(), Qt::Key_Tab);
            visited << f.focus();
        }
        QCOMPARE(visited, expected);
        // and back with Shift+Tab from the first checklist box to the last field
        f.checklistBox(QStringLiteral("one"))->setFocus();
        QTest::keyClick(f.focus(), Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(f.focus(), f.child(QStringLiteral("fields.scope")));
    }

    // Another claim type rebuilds the form: the new fields are in the Tab order too.
    void tabOrderFollowsANewType()
    {
        Fixture f;
        QVERIFY(f.open(QStringLiteral("kinds")));
        QVERIFY(f.controller.setField(f.id, QStringLiteral("claimType"), QStringLiteral("quantity")));
        const ClaimType type = f.plugins.claimType(QStringLiteral("quantity"));
        QVERIFY(!type.fields.isEmpty() && !type.checklist.isEmpty());
        f.child(QStringLiteral("approve"))->setFocus(); // the fact-check's last control
        QTest::keyClick(f.focus(), Qt::Key_Tab);
        QCOMPARE(f.focus(), f.child(QStringLiteral("fields.") + type.fields.first().name));
        f.child(QStringLiteral("fields.") + type.fields.last().name)->setFocus();
        QTest::keyClick(f.focus(), Qt::Key_Tab);
        QCOMPARE(f.focus(), f.checklistBox(type.checklist.first().id));
    }

    // A space typed in the sources list or after Tab from it never opens the source dialog: the buttons take no
    // focus, and Tab goes from the list to the notes. Insert in the list adds a source (the keyboard's way).
    void spaceNeverOpensTheSourceDialog()
    {
        Fixture f;
        QVERIFY(f.open(QStringLiteral("kinds")));
        Source source;
        source.url = QStringLiteral("https://ons.example/gdp");
        source.title = QStringLiteral("ONS");
        const QJsonArray sources{sourceToJson(source)};
        QVERIFY(f.controller.setField(f.id, QStringLiteral("sources"), sources));
        QListWidget *list = f.inspector.sourcesList();
        QCOMPARE(list->count(), 1);
        SourceDialogWatcher watcher;
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(f.focus(), Qt::Key_Space);
        QCOMPARE(watcher.shown, 0);
        QTest::keyClick(f.focus(), Qt::Key_Tab);
        QCOMPARE(f.focus(), f.inspector.notesEdit());
        QTest::keyClicks(f.focus(), QStringLiteral(" ok"));
        QCOMPARE(watcher.shown, 0);
        QCOMPARE(f.inspector.notesEdit()->toPlainText(), QStringLiteral(" ok"));
        for (QWidget *button : f.child(QStringLiteral("addSource"))->parentWidget()->findChildren<QAbstractButton *>())
            QCOMPARE(button->focusPolicy(), Qt::NoFocus);

        // Keys in the list are shortcuts: they need the window to be the active one.
        f.inspector.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&f.inspector));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Insert);
        QCOMPARE(watcher.shown, 1);
    }

    // Alt+Shift+F, C, S, N, H give the keyboard to the fields, the checklist, the sources, the notes, the history.
    void sectionShortcuts_data()
    {
        QTest::addColumn<int>("section");
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("target");
        QTest::newRow("fields") << int(Inspector::Section::Fields) << int(Qt::Key_F) << QStringLiteral("fields.speaker");
        QTest::newRow("checklist") << int(Inspector::Section::Checklist) << int(Qt::Key_C) << QStringLiteral("checklist.one");
        QTest::newRow("sources") << int(Inspector::Section::Sources) << int(Qt::Key_S) << QStringLiteral("sources");
        QTest::newRow("notes") << int(Inspector::Section::Notes) << int(Qt::Key_N) << QStringLiteral("notes");
        QTest::newRow("history") << int(Inspector::Section::History) << int(Qt::Key_H) << QStringLiteral("history");
    }
    void sectionShortcuts()
    {
        QFETCH(int, section);
        QFETCH(int, key);
        QFETCH(QString, target);
        Fixture f;
        QVERIFY(f.open(QStringLiteral("kinds")));
        const QKeySequence shortcut = Inspector::sectionShortcut(Inspector::Section(section));
        QCOMPARE(shortcut, QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key(key)));
        QVERIFY(f.inspector.accessibleDescription().contains(shortcut.toString(QKeySequence::NativeText)));
        f.inspector.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&f.inspector));
        f.inspector.statusBox()->setFocus();
        QTest::keyClick(f.inspector.statusBox(), Qt::Key(key), Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), f.child(target));
    }

    // Done on a claim without a verdict and a required field is not set: the inspector says what is missing;
    // "Mark done anyway" needs a reason, which goes into the status change's history entry (not the notes), in one
    // undoable step, and the history list shows it.
    void doneNeedsVerdictAndRequiredFields()
    {
        Fixture f;
        QVERIFY(f.open(QStringLiteral("kinds")));
        auto *frame = f.child(QStringLiteral("doneNeeds"));
        auto *text = f.child<QLabel>(QStringLiteral("doneNeedsText"));
        auto *reason = f.child<QLineEdit>(QStringLiteral("doneReason"));
        auto *anyway = f.child<QPushButton>(QStringLiteral("markDoneAnyway"));
        QVERIFY(frame && text && reason && anyway);
        QVERIFY(!frame->isVisibleTo(&f.inspector));

        f.askStatus(QStringLiteral("done"));
        QCOMPARE(f.claim().status, ClaimStatus::Open);
        QCOMPARE(f.inspector.statusBox()->currentData().toString(), QStringLiteral("open"));
        QVERIFY(frame->isVisibleTo(&f.inspector));
        QVERIFY2(text->text().contains(QStringLiteral("Done needs:</b> a verdict; Speaker.")), qPrintable(text->text()));
        QCOMPARE(f.focus(), reason);
        QVERIFY(!anyway->isEnabled());
        QVERIFY(!anyway->autoDefault() && !anyway->isDefault());
        QTest::keyClicks(reason, QStringLiteral("Desk editor confirmed by phone"));
        QVERIFY(anyway->isEnabled());
        screenshot(&f.inspector, QStringLiteral("inspector-done-needs"));
        const int undoIndex = f.controller.undoStack()->index();
        anyway->click();

        const Claim c = f.claim();
        QCOMPARE(c.status, ClaimStatus::Done);
        QCOMPARE(c.notes, QString());
        QCOMPARE(c.history.last().field, QStringLiteral("status"));
        QCOMPARE(c.history.last().to, QJsonValue(QStringLiteral("done")));
        QCOMPARE(c.history.last().reason, QStringLiteral("done without a verdict; Speaker: Desk editor confirmed by phone"));
        auto *history = f.child<QTreeWidget>(QStringLiteral("history"));
        QVERIFY(history && history->topLevelItemCount() > 0);
        QVERIFY2(history->topLevelItem(0)->text(3).contains(QStringLiteral("Desk editor confirmed by phone")),
                 qPrintable(history->topLevelItem(0)->text(3)));
        // Still shown, as a fact: done without them.
        QVERIFY(frame->isVisibleTo(&f.inspector));
        QVERIFY2(text->text().contains(QStringLiteral("Done without:</b> a verdict; Speaker.")), qPrintable(text->text()));
        QVERIFY(!reason->isVisibleTo(&f.inspector));
        screenshot(&f.inspector, QStringLiteral("inspector-done-without"));

        QCOMPARE(f.controller.undoStack()->index(), undoIndex + 1);
        QCOMPARE(f.controller.undoStack()->text(undoIndex), QStringLiteral("Mark done anyway"));
        f.controller.undoStack()->undo();
        QCOMPARE(f.claim().status, ClaimStatus::Open);
        QCOMPARE(f.claim().notes, QString());
        QVERIFY(!frame->isVisibleTo(&f.inspector));
    }

    // A complete claim becomes done at once; filling in what was missing takes the question away.
    void completeClaimIsDoneAtOnce()
    {
        Fixture f;
        QVERIFY(f.open(QStringLiteral("kinds")));
        f.askStatus(QStringLiteral("done"));
        auto *frame = f.child(QStringLiteral("doneNeeds"));
        QVERIFY(frame->isVisibleTo(&f.inspector));
        auto *speaker = f.child<QLineEdit>(QStringLiteral("fields.speaker"));
        QTest::keyClicks(speaker, QStringLiteral("A. Minister"));
        QTest::keyClick(speaker, Qt::Key_Return);
        QVERIFY2(f.child<QLabel>(QStringLiteral("doneNeedsText"))->text().contains(QStringLiteral("Done needs:</b> a verdict.")),
                 qPrintable(f.child<QLabel>(QStringLiteral("doneNeedsText"))->text()));
        QComboBox *verdict = f.inspector.verdictBox();
        verdict->setCurrentIndex(verdict->findData(QStringLiteral("false")));
        Q_EMIT verdict->activated(verdict->currentIndex());
        QVERIFY(!frame->isVisibleTo(&f.inspector));
        QCOMPARE(f.claim().status, ClaimStatus::Open);
        f.askStatus(QStringLiteral("done"));
        QCOMPARE(f.claim().status, ClaimStatus::Done);
        QCOMPARE(f.claim().notes, QString());
        QVERIFY(!frame->isVisibleTo(&f.inspector));
    }

    // Fields by kind: dates in ISO form, numbers, http(s) addresses; what a kind refuses is not stored and a
    // message next to the field says why.
    void fieldKinds_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("shown");   // the field's text afterwards
        QTest::addColumn<QJsonValue>("stored"); // undefined: not stored
        QTest::addColumn<QString>("message");   // part of the refusal; empty: none
        const QJsonValue none(QJsonValue::Undefined);
        QTest::newRow("date q3") << QStringLiteral("when") << QStringLiteral("q3") << QStringLiteral("q3") << none
                                 << QStringLiteral("“q3” is not a date: type it as YYYY-MM-DD");
        QTest::newRow("date 30 February") << QStringLiteral("when") << QStringLiteral("2024-02-30")
                                          << QStringLiteral("2024-02-30") << none << QStringLiteral("is not a date");
        QTest::newRow("date d/m/y") << QStringLiteral("when") << QStringLiteral("31/03/2024") << QStringLiteral("31/03/2024")
                                    << none << QStringLiteral("is not a date");
        QTest::newRow("date ISO") << QStringLiteral("when") << QStringLiteral("2024-03-31") << QStringLiteral("2024-03-31")
                                  << QJsonValue(QStringLiteral("2024-03-31")) << QString();
        QTest::newRow("url without scheme") << QStringLiteral("link") << QStringLiteral("ons.example/gdp")
                                            << QStringLiteral("ons.example/gdp") << none
                                            << QStringLiteral("is not a web address");
        QTest::newRow("url ftp") << QStringLiteral("link") << QStringLiteral("ftp://ons.example/gdp")
                                 << QStringLiteral("ftp://ons.example/gdp") << none << QStringLiteral("http:// or https://");
        QTest::newRow("url https") << QStringLiteral("link") << QStringLiteral("https://ons.example/gdp")
                                   << QStringLiteral("https://ons.example/gdp")
                                   << QJsonValue(QStringLiteral("https://ons.example/gdp")) << QString();
        QTest::newRow("number") << QStringLiteral("count") << QStringLiteral("12.5") << QStringLiteral("12.5")
                                << QJsonValue(12.5) << QString();
        QTest::newRow("letters are not typable") << QStringLiteral("count") << QStringLiteral("abc") << QString() << none
                                                 << QString();
        QTest::newRow("not a whole number") << QStringLiteral("count") << QStringLiteral("1e") << QStringLiteral("1e")
                                            << none << QStringLiteral("“1e” is not a number.");
        QTest::newRow("text takes anything") << QStringLiteral("speaker") << QStringLiteral("q3") << QStringLiteral("q3")
                                             << QJsonValue(QStringLiteral("q3")) << QString();
    }
    void fieldKinds()
    {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(QString, shown);
        QFETCH(QJsonValue, stored);
        QFETCH(QString, message);
        Fixture f;
        QVERIFY(f.open(QStringLiteral("kinds")));
        auto *edit = f.child<QLineEdit>(QStringLiteral("fields.") + field);
        QVERIFY(edit);
        QTest::keyClicks(edit, typed);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(edit->text(), shown);
        QCOMPARE(f.claim().fields.value(field), stored);
        auto *label = f.child<QLabel>(QStringLiteral("fields.") + field + QStringLiteral(".message"));
        if (message.isEmpty()) {
            QVERIFY(!label || !label->isVisibleTo(&f.inspector));
        } else {
            QVERIFY(label && label->isVisibleTo(&f.inspector));
            QVERIFY2(label->text().contains(message), qPrintable(label->text()));
            QCOMPARE(edit->accessibleDescription(), label->text());
        }
        if (field == QLatin1String("when") && typed == QLatin1String("q3"))
            screenshot(&f.inspector, QStringLiteral("inspector-date-refused"));
    }

    // Refused text stays (with its message) through other changes, and is stored once corrected.
    void refusedDateStaysUntilCorrected()
    {
        Fixture f;
        QVERIFY(f.open(QStringLiteral("kinds")));
        auto *edit = f.child<QLineEdit>(QStringLiteral("fields.when"));
        auto *label = f.child<QLabel>(QStringLiteral("fields.when.message"));
        QTest::keyClicks(edit, QStringLiteral("q3"));
        QTest::keyClick(edit, Qt::Key_Return);
        f.checklistBox(QStringLiteral("one"))->click();
        QCOMPARE(f.claim().checklist.value(QStringLiteral("one")), true);
        QCOMPARE(edit->text(), QStringLiteral("q3"));
        QVERIFY(label->isVisibleTo(&f.inspector));
        QVERIFY(!f.claim().fields.contains(QStringLiteral("when")));
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("2024-07-01"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(f.claim().fields.value(QStringLiteral("when")).toString(), QStringLiteral("2024-07-01"));
        QVERIFY(!label->isVisibleTo(&f.inspector));
    }

    // The date's calendar writes the ISO date into the field and stores it.
    void calendarPicksAnIsoDate()
    {
        Fixture f;
        QVERIFY(f.open(QStringLiteral("kinds")));
        auto *calendar = f.child<QCalendarWidget>(QStringLiteral("fields.when.calendar"));
        QVERIFY(calendar);
        Q_EMIT calendar->clicked(QDate(2023, 11, 5));
        QCOMPARE(f.child<QLineEdit>(QStringLiteral("fields.when"))->text(), QStringLiteral("2023-11-05"));
        QCOMPARE(f.claim().fields.value(QStringLiteral("when")).toString(), QStringLiteral("2023-11-05"));
    }

    // Marking prefills the statement from the quote; a quote's speaker becomes its claimant (in the same undoable
    // step), unless someone named one.
    void markingPrefillsTheFactCheck()
    {
        Fixture f;
        QVERIFY(f.open(QStringLiteral("kinds")));
        QCOMPARE(f.claim().statement, QStringLiteral("£2 million"));
        QCOMPARE(f.child<QLineEdit>(QStringLiteral("statement"))->text(), QStringLiteral("£2 million"));
        QCOMPARE(f.child<QLabel>(QStringLiteral("statementHint"))->text(), QStringLiteral("10 of 75 characters"));
        auto *speaker = f.child<QLineEdit>(QStringLiteral("fields.speaker"));
        speaker->setFocus();
        QTest::keyClicks(speaker, QStringLiteral("Kevin Bentley"));
        f.inspector.commitPendingEdits();
        QCOMPARE(f.claim().claimant.name, QStringLiteral("Kevin Bentley"));
        QCOMPARE(f.child<QLineEdit>(QStringLiteral("claimantName"))->text(), QStringLiteral("Kevin Bentley"));
        f.controller.undoStack()->undo(); // one step: the speaker and the claimant
        QVERIFY(f.claim().claimant.name.isEmpty());
        QVERIFY(f.claim().fields.value(QStringLiteral("speaker")).isUndefined());
    }

    // Each fact-check field is typed, committed as its own undoable step, and shown again from the model.
    void factCheckFieldsAreUndoable_data()
    {
        QTest::addColumn<QString>("widget");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("statement") << QStringLiteral("statement") << QStringLiteral("Essex gained £2m")
                                   << QStringLiteral("statement") << QJsonValue(QStringLiteral("Essex gained £2m"));
        QTest::newRow("claimant") << QStringLiteral("claimantName") << QStringLiteral("Kevin Bentley")
                                  << QStringLiteral("claimant")
                                  << QJsonValue(QJsonObject{{QStringLiteral("name"), QStringLiteral("Kevin Bentley")}});
        QTest::newRow("role") << QStringLiteral("claimantRole") << QStringLiteral("Leader") << QStringLiteral("claimant")
                              << QJsonValue(QJsonObject{{QStringLiteral("name"), QString()}, {QStringLiteral("role"), QStringLiteral("Leader")}});
        QTest::newRow("conclusion") << QStringLiteral("conclusion") << QStringLiteral("No figure exists")
                                    << QStringLiteral("conclusion") << QJsonValue(QStringLiteral("No figure exists"));
        QTest::newRow("appearance") << QStringLiteral("appearanceDate") << QStringLiteral("2020-11-13")
                                    << QStringLiteral("appearance")
                                    << QJsonValue(QJsonObject{{QStringLiteral("date"), QStringLiteral("2020-11-13")}});
        QTest::newRow("assignee") << QStringLiteral("assignee") << QStringLiteral("Tom Hale") << QStringLiteral("assignee")
                                  << QJsonValue(QStringLiteral("Tom Hale"));
    }
    void factCheckFieldsAreUndoable()
    {
        QFETCH(QString, widget);
        QFETCH(QString, typed);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        Fixture f;
        QVERIFY(f.open());
        const QJsonValue before = f.controller.claims()->field(f.id, field);
        auto *edit = f.child<QLineEdit>(widget);
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, typed);
        QTest::keyClick(edit, Qt::Key_Return); // Return (or leaving it) commits
        QCOMPARE(f.controller.claims()->field(f.id, field), value);
        QCOMPARE(f.claim().history.last().field, field);
        f.controller.undoStack()->undo();
        QCOMPARE(f.controller.claims()->field(f.id, field), before);
        QCOMPARE(edit->text(), before.isObject() ? QString() : before.toString());
    }

    // A statement of 75 characters or more is flagged (Google advises under 75); a bad appearance date is refused.
    void statementHintAndRefusedDate()
    {
        Fixture f;
        QVERIFY(f.open());
        auto *statement = f.child<QLineEdit>(QStringLiteral("statement"));
        statement->setText(QString(80, QLatin1Char('x')));
        QCOMPARE(f.child<QLabel>(QStringLiteral("statementHint"))->text(), QStringLiteral("80 characters: Google advises under 75"));
        auto *date = f.child<QLineEdit>(QStringLiteral("appearanceDate"));
        date->setFocus();
        QTest::keyClicks(date, QStringLiteral("13/11/2020"));
        f.inspector.commitPendingEdits();
        QVERIFY(f.claim().appearance.isEmpty());
        auto *message = f.child<QLabel>(QStringLiteral("factCheckMessage"));
        QVERIFY(message->isVisibleTo(&f.inspector));
        QVERIFY(message->text().contains(QStringLiteral("YYYY-MM-DD")));
        QCOMPARE(date->text(), QStringLiteral("13/11/2020")); // kept until corrected
    }

    // Approve records the reviewer (undoable); with a second review required, the author is refused with why.
    void approveButton()
    {
        Fixture f;
        QVERIFY(f.open());
        Settings().setRequireSecondReview(true);
        const auto reset = qScopeGuard([] { Settings().setRequireSecondReview(false); });
        f.controller.setReviewer(QStringLiteral("Ana"));
        QVERIFY(f.controller.setField(f.id, QStringLiteral("verdict"), QStringLiteral("false")));
        auto *approve = f.child<QPushButton>(QStringLiteral("approve"));
        auto *approval = f.child<QLabel>(QStringLiteral("approval"));
        QVERIFY(approval->text().contains(QStringLiteral("not approved by a second reviewer")));
        approve->click();
        QVERIFY(f.claim().approvedBy.isEmpty());
        QCOMPARE(approval->text(), QStringLiteral("Ana set the verdict: the desk requires a second reviewer to approve it."));
        screenshot(&f.inspector, QStringLiteral("inspector-approve-refused"));
        f.controller.setReviewer(QStringLiteral("Ben"));
        approve->click();
        QCOMPARE(f.claim().approvedBy, QStringLiteral("Ben"));
        QVERIFY(f.claim().approved.isValid());
        QVERIFY(approval->text().startsWith(QStringLiteral("Approved by Ben, ")));
        f.controller.undoStack()->undo();
        QVERIFY(f.claim().approvedBy.isEmpty());
    }

    // The whole fact-check filled in, for people to look at.
    void factCheckScreenshot()
    {
        Fixture f;
        QVERIFY(f.open(QStringLiteral("kinds")));
        f.controller.setField(f.id, QStringLiteral("statement"), QStringLiteral("The partnership brought £2 million to Essex"));
        f.controller.setField(f.id, QStringLiteral("claimant"),
                              claimantToJson({QStringLiteral("Essex County Council"), QStringLiteral("county council"), true}));
        f.controller.setField(f.id, QStringLiteral("conclusion"), QStringLiteral("The council's own figure is £10m of contracts"));
        f.controller.setField(f.id, QStringLiteral("assignee"), QStringLiteral("Priya Natarajan"));
        QCOMPARE(f.child<QCheckBox>(QStringLiteral("claimantOrganisation"))->isChecked(), true);
        QVERIFY(f.child<QLabel>(QStringLiteral("approval"))->text().contains(QStringLiteral("not done (open)")));
        screenshot(&f.inspector, QStringLiteral("inspector-fact-check"));
    }

    // With no claim, the inspector explains the highlights (the same words as the claims panel's header tooltip).
    void legendWithoutAClaim()
    {
        Fixture f;
        auto *legend = f.child<QGroupBox>(QStringLiteral("highlightLegend"));
        QVERIFY(legend);
        f.inspector.resize(360, 520);
        f.inspector.show();
        QVERIFY(legend->isVisibleTo(&f.inspector));
        QStringList texts;
        for (const QLabel *l : legend->findChildren<QLabel *>())
            texts << l->text();
        const QString all = texts.join(u'\n');
        for (const QString &word : {QStringLiteral("Filled</b>: Done"), QStringLiteral("Underlined</b>: Open"),
                                    QStringLiteral("dashed underline</b>: Needs second review"),
                                    QStringLiteral("Dotted underline</b>: A detector's suggestion")})
            QVERIFY2(all.contains(word), qPrintable(all));
        for (const QString &word : {QStringLiteral("Filled"), QStringLiteral("Underlined"), QStringLiteral("dashed underline"),
                                    QStringLiteral("Dotted underline")})
            QVERIFY(Inspector::highlightLegend().contains(word));
        screenshot(&f.inspector, QStringLiteral("inspector-legend"));
        QVERIFY(f.open());
        QVERIFY(!legend->isVisibleTo(&f.inspector));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    InspectorTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "inspector_test.moc"
