// SPDX-License-Identifier: GPL-2.0-or-later
// The document controller keeps work safe: claims follow typing and become re-attachable orphans when their
// text goes; the sidecar is saved by itself; changes by other programs are noticed by content (not for a touch
// or our own saves) and reloading re-anchors; a killed session is recovered on the next start.
#include "claimeditor.h"
#include "claimset.h"
#include "claimspanel.h"
#include "documentcontroller.h"
#include "recoveryjournal.h"
#include "lazyhighlighter.h"
#include "pluginmanager.h"
#include "atomicfile.h"
#include "documenttext.h"
#include "sidecar.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

#include <cstdio>

using namespace Claimbench;

namespace {
const QString Text = QStringLiteral("Essex has a partnership with Jiangsu. It brought £2 million to the economy.\n"
                                    "A second paragraph.\n");

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

struct Fixture {
    QTemporaryDir dir;
    PluginManager plugins;
    ClaimEditor editor;
    DocumentController controller{&editor, &plugins};
    QString path;
    Fixture()
    {
        plugins.setSearchPaths({});
        plugins.loadPlugins();
        path = dir.filePath(QStringLiteral("article.txt"));
        writeFile(path, Text.toUtf8());
        editor.resize(700, 400);
        editor.show();
    }
    QUuid mark(const QString &quote)
    {
        const int at = int(editor.toPlainText().indexOf(quote));
        return controller.markClaim(QStringLiteral("quantity"), at, at + int(quote.size()));
    }
    void select(int start, int end)
    {
        QTextCursor c(editor.document());
        c.setPosition(start);
        c.setPosition(end, QTextCursor::KeepAnchor);
        editor.setTextCursor(c);
    }
};

// The child process of killedSessionIsRecovered: edits, lets the journal be written, says READY, waits to die.
int recoveryChild(const QString &path)
{
    PluginManager plugins;
    plugins.setSearchPaths({});
    plugins.loadPlugins();
    ClaimEditor editor;
    DocumentController controller(&editor, &plugins);
    if (!controller.open(path))
        return 3;
    editor.show();
    QTextCursor c(editor.document());
    c.setPosition(0);
    editor.setTextCursor(c);
    QTest::keyClicks(&editor, QStringLiteral("UNSAVED "));
    const int at = int(editor.toPlainText().indexOf(QStringLiteral("£2 million")));
    controller.markClaim(QStringLiteral("quantity"), at, at + 10);
    // Wait for the autosave (sidecar + journal) like a real session, then report.
    QSignalSpy saved(&controller, &DocumentController::sidecarSaved);
    if (!saved.wait(10000))
        return 4;
    QTest::qWait(100);
    std::fputs("READY\n", stdout);
    std::fflush(stdout);
    return QApplication::exec(); // killed here
}
} // namespace

class DocumentControllerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void openReanchorsAndKeepsOrphans()
    {
        Fixture f;
        // A sidecar written for an older version of the text: one claim moved, one whose text is gone.
        ClaimSetData data;
        Claim moved;
        moved.id = QUuid::createUuid();
        moved.claimType = QStringLiteral("quantity");
        moved.quote = {QStringLiteral("£2 million"), {}, {}};
        moved.start = 3;
        moved.end = 13;
        Claim gone = moved;
        gone.id = QUuid::createUuid();
        gone.quote = {QStringLiteral("a sentence that is no longer there at all"), {}, {}};
        data.claims = {moved, gone};
        data.document = identifyDocument(f.path, QByteArrayLiteral("An older version of the article, long enough."));
        QVERIFY(!Sidecar::write(Sidecar::pathFor(f.path), data).isValid());
        QVERIFY(f.controller.open(f.path));
        const AnchorSummary s = summarize(f.controller.lastAnchoring());
        QCOMPARE(s.moved, 1);
        QCOMPARE(s.orphan, 1);
        QCOMPARE(f.controller.claims()->count(), 2);
        QVERIFY(f.controller.claims()->claim(gone.id).isOrphan());
        int a = 0, b = 0;
        QVERIFY(f.controller.range(moved.id, &a, &b));
        QCOMPARE(f.editor.toPlainText().mid(a, b - a), QStringLiteral("£2 million"));
        ClaimsPanel panel(&f.controller);
        QCOMPARE(panel.visibleOrphans(), QList<QUuid>{gone.id});
    }

    void claimsLoadInTheBackground()
    {
        Fixture f;
        QVERIFY(f.controller.open(f.path));
        const QUuid id = f.mark(QStringLiteral("Jiangsu"));
        QVERIFY(f.controller.saveSidecar());
        const QByteArray sidecar = readFile(Sidecar::pathFor(f.path));
        Fixture g;
        QVERIFY(writeFile(g.path, readFile(f.path)));
        QVERIFY(writeFile(Sidecar::pathFor(g.path), sidecar));
        QSignalSpy loaded(&g.controller, &DocumentController::claimsLoaded);
        QVERIFY(g.controller.open(g.path, DocumentController::OpenMode::ClaimsInBackground));
        QCOMPARE(g.editor.toPlainText(), Text); // the text first
        if (g.controller.isLoadingClaims()) {
            QVERIFY(g.editor.isReadOnly());
            QVERIFY(!g.controller.saveSidecar()); // never the empty set over the real sidecar
            QCOMPARE(readFile(Sidecar::pathFor(g.path)), sidecar);
            QVERIFY(loaded.wait(10000));
        }
        QCOMPARE(loaded.count(), 1);
        QVERIFY(!g.controller.isLoadingClaims());
        QVERIFY(!g.editor.isReadOnly());
        QCOMPARE(g.controller.claims()->count(), 1);
        QVERIFY(g.controller.claims()->anchor(id).isValid());
    }

    void deletedTextOrphansAndUndoBringsItBack()
    {
        Fixture f;
        QVERIFY(f.controller.open(f.path));
        const QUuid id = f.mark(QStringLiteral("£2 million"));
        QVERIFY(!id.isNull());
        QSignalSpy orphaned(&f.controller, &DocumentController::claimOrphaned);
        const int at = int(f.editor.toPlainText().indexOf(QStringLiteral("brought")));
        f.select(at, at + 25); // "brought £2 million to the"
        f.editor.setFocus();
        QTest::keyClick(&f.editor, Qt::Key_Delete);
        QCOMPARE(orphaned.count(), 1);
        QVERIFY(f.controller.claims()->claim(id).isOrphan());
        QVERIFY(f.controller.snapshot().claims.first().isOrphan());
        // Undo the deletion: the claim is anchored again on its text.
        f.controller.undoStack()->undo();
        QVERIFY(!f.controller.claims()->claim(id).isOrphan());
        int a = 0, b = 0;
        QVERIFY(f.controller.range(id, &a, &b));
        QCOMPARE(f.editor.toPlainText().mid(a, b - a), QStringLiteral("£2 million"));
        f.controller.undoStack()->redo();
        QVERIFY(f.controller.claims()->claim(id).isOrphan());
        // Re-attach the orphan to a selection; undo detaches it again.
        const int to = int(f.editor.toPlainText().indexOf(QStringLiteral("economy")));
        QVERIFY(f.controller.reattach(id, to, to + 7));
        QVERIFY(!f.controller.claims()->claim(id).isOrphan());
        QCOMPARE(f.controller.snapshot().claims.first().quote.exact, QStringLiteral("economy"));
        f.controller.undoStack()->undo();
        QVERIFY(f.controller.claims()->claim(id).isOrphan());
    }

    // Real typing in the editor moves claims: the claim set follows the document's edits.
    void typingMovesClaims_data()
    {
        QTest::addColumn<int>("offset"); // from the claim's start
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("start"); // from the claim's old start
        QTest::addColumn<int>("end");
        // The claim is "Jiangsu" (7 characters).
        QTest::newRow("before") << -10 << QStringLiteral("Oh. ") << 4 << 11;
        QTest::newRow("inside") << 3 << QStringLiteral("xyz") << 0 << 10;
        QTest::newRow("after") << 9 << QStringLiteral("indeed ") << 0 << 7;
        QTest::newRow("at start does not expand") << 0 << QStringLiteral("X") << 1 << 8;
        QTest::newRow("at end does not expand") << 7 << QStringLiteral("X") << 0 << 7;
        QTest::newRow("new line before") << -29 << QStringLiteral("\n") << 1 << 8;
    }
    void typingMovesClaims()
    {
        QFETCH(int, offset);
        QFETCH(QString, typed);
        QFETCH(int, start);
        QFETCH(int, end);
        Fixture f;
        QVERIFY(f.controller.open(f.path));
        const QUuid id = f.mark(QStringLiteral("Jiangsu"));
        const int at = int(Text.indexOf(QStringLiteral("Jiangsu")));
        f.select(at + offset, at + offset);
        f.editor.setFocus();
        for (const QChar ch : typed) {
            if (ch == QLatin1Char('\n'))
                QTest::keyClick(&f.editor, Qt::Key_Return);
            else
                QTest::keyClicks(&f.editor, QString(ch));
        }
        QCOMPARE(f.controller.claims()->anchor(id), Anchor(at + start, at + end));
        int a = 0, b = 0;
        QVERIFY(f.controller.range(id, &a, &b));
        QCOMPARE(f.editor.toPlainText().mid(a, b - a), f.controller.claims()->claim(id).quote.exact);
    }

    // Typing inside a rated claim: the claim set's quote follows at once (no snapshot) and it needs re-review.
    void typingInsideARatedClaimRequotes()
    {
        Fixture f;
        QVERIFY(f.controller.open(f.path));
        const QUuid id = f.mark(QStringLiteral("£2 million"));
        QVERIFY(f.controller.setField(id, QStringLiteral("verdict"), QStringLiteral("true")));
        QVERIFY(f.controller.setField(id, QStringLiteral("status"), QStringLiteral("done")));
        QSignalSpy changed(f.controller.claims(), &ClaimSet::claimChanged);
        const int at = int(f.editor.toPlainText().indexOf(QStringLiteral("million")));
        f.select(at, at);
        f.editor.setFocus();
        QTest::keyClicks(&f.editor, QStringLiteral("and a half "));
        const Claim c = f.controller.claims()->claim(id);
        QCOMPARE(c.quote.exact, QStringLiteral("£2 and a half million"));
        QCOMPARE(c.reReview, QStringLiteral("text-changed"));
        QCOMPARE(c.verdict, QStringLiteral("true"));
        QCOMPARE(c.history.last().field, QStringLiteral("target"));
        QCOMPARE(c.history.last().from.toObject().value(QStringLiteral("exact")).toString(), QStringLiteral("£2 million"));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().at(1).toString(), QStringLiteral("target"));
        // The sidecar gets the same quote and the mark's cause; a new verdict clears it.
        QCOMPARE(f.controller.snapshot().claims.first().quote.exact, c.quote.exact);
        QVERIFY(f.controller.setField(id, QStringLiteral("verdict"), QStringLiteral("half-true")));
        QCOMPARE(f.controller.claims()->claim(id).reReview, QString());
    }

    // Deleting text that cuts into a claim: its quote follows; undo gives back its text, quote and history.
    void undoingACutGivesTheQuoteBack()
    {
        Fixture f;
        QVERIFY(f.controller.open(f.path));
        const QUuid id = f.mark(QStringLiteral("£2 million"));
        const Claim before = f.controller.claims()->claim(id);
        const int at = int(f.editor.toPlainText().indexOf(QStringLiteral("£2 million")));
        f.select(at - 8, at + 3); // "brought £2 "
        f.editor.setFocus();
        QTest::keyClick(&f.editor, Qt::Key_Delete);
        QCOMPARE(f.controller.claims()->claim(id).quote.exact, QStringLiteral("million"));
        QCOMPARE(f.controller.claims()->claim(id).history.last().field, QStringLiteral("target"));
        f.controller.undoStack()->undo();
        QCOMPARE(f.controller.claims()->claim(id).quote, before.quote);
        QCOMPARE(f.controller.claims()->claim(id).history, before.history);
        QCOMPARE(f.controller.claims()->anchor(id), Anchor(at, at + 10));
        f.controller.undoStack()->redo();
        QCOMPARE(f.controller.claims()->claim(id).quote.exact, QStringLiteral("million"));
    }

    // Arrowing through the verdicts: one undo step and one history entry; one undo restores the first value.
    void fieldStepsAreOneUndoStep_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("label");
        QTest::newRow("verdict") << QStringLiteral("verdict")
                                 << QStringList{QStringLiteral("true"), QStringLiteral("mostly-true"),
                                                QStringLiteral("half-true"), QStringLiteral("mostly-false"),
                                                QStringLiteral("false"), QStringLiteral("misleading"),
                                                QStringLiteral("unproven"), QStringLiteral("not-checkable")}
                                 << QStringLiteral("Change verdict");
        QTest::newRow("status") << QStringLiteral("status")
                                << QStringList{QStringLiteral("in-progress"), QStringLiteral("needs-second-review"),
                                               QStringLiteral("done")}
                                << QStringLiteral("Change status");
        QTest::newRow("notes") << QStringLiteral("notes") << QStringList{QStringLiteral("a"), QStringLiteral("ab")}
                               << QStringLiteral("Change notes");
    }
    void fieldStepsAreOneUndoStep()
    {
        QFETCH(QString, field);
        QFETCH(QStringList, values);
        QFETCH(QString, label);
        Fixture f;
        QVERIFY(f.controller.open(f.path));
        const QUuid id = f.mark(QStringLiteral("Jiangsu"));
        f.controller.undoStack()->clear();
        const QJsonValue first = f.controller.claims()->field(id, field);
        const qsizetype entries = f.controller.claims()->claim(id).history.size();
        for (const QString &v : values)
            QVERIFY(f.controller.setField(id, field, v));
        QCOMPARE(f.controller.undoStack()->count(), 1);
        QCOMPARE(f.controller.undoStack()->undoText(), label);
        QCOMPARE(f.controller.claims()->claim(id).history.size(), entries + 1);
        QCOMPARE(f.controller.claims()->claim(id).history.last().to, QJsonValue(values.last()));
        f.controller.undoStack()->undo();
        QCOMPARE(f.controller.claims()->field(id, field), first);
        QCOMPARE(f.controller.claims()->claim(id).history.size(), entries); // within the minute: undone entirely
        f.controller.undoStack()->redo();
        QCOMPARE(f.controller.claims()->field(id, field), QJsonValue(values.last()));
        // A checklist step is ticked, with its own label.
        QVERIFY(f.controller.setField(id, QStringLiteral("checklist.primary"), true));
        QCOMPARE(f.controller.undoStack()->undoText(), QStringLiteral("Tick checklist step"));
    }

    // Highlighting changes formats, which the document reports as a change: claims must not move for it.
    void highlightingDoesNotMoveClaims()
    {
        Fixture f;
        QString text;
        for (int i = 0; i < 2000; ++i)
            text += QStringLiteral("# Heading %1\nSome *text* with `code` here.\n").arg(i);
        const QString path = f.dir.filePath(QStringLiteral("long.md"));
        QVERIFY(writeFile(path, text.toUtf8()));
        QVERIFY(f.controller.open(path));
        const QUuid id = f.controller.markClaim(QStringLiteral("quantity"), 40000, 40010);
        QVERIFY(!id.isNull());
        f.editor.setSyntaxDefinition(KSyntaxHighlighting::Repository().definitionForFileName(path));
        f.editor.highlighter()->finish();
        QCOMPARE(f.controller.claims()->anchor(id), Anchor(40000, 40010));
        QCOMPARE(f.controller.claims()->claim(id).history.size(), 1);
    }

    void sidecarIsAutosavedDocumentIsNot()
    {
        Fixture f;
        QVERIFY(f.controller.open(f.path));
        QSignalSpy saved(&f.controller, &DocumentController::sidecarSaved);
        QTextCursor c(f.editor.document());
        c.setPosition(0);
        f.editor.setTextCursor(c);
        QTest::keyClicks(&f.editor, QStringLiteral("New. "));
        const QUuid id = f.mark(QStringLiteral("Jiangsu"));
        QVERIFY(saved.wait(5000));
        const Sidecar::ReadResult r = Sidecar::read(Sidecar::pathFor(f.path));
        QVERIFY(r.ok());
        QCOMPARE(r.data.claims.size(), 1);
        QCOMPARE(r.data.claims.first().id, id);
        QCOMPARE(r.data.claims.first().quote.exact, QStringLiteral("Jiangsu"));
        QCOMPARE(readFile(f.path), Text.toUtf8()); // the text waits for an explicit save
        QVERIFY(f.controller.isModified());
        QVERIFY(f.controller.save());
        QVERIFY(readFile(f.path).startsWith("New. Essex"));
        QVERIFY(!f.controller.isModified());
    }

    void externalChanges_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<bool>("prompt");
        QTest::newRow("touch (same bytes)") << QStringLiteral("touch") << false;
        QTest::newRow("our own save") << QStringLiteral("save") << false;
        QTest::newRow("document edited elsewhere") << QStringLiteral("document") << true;
        QTest::newRow("sidecar edited elsewhere (merged, not asked)") << QStringLiteral("sidecar") << false;
    }
    void externalChanges()
    {
        QFETCH(QString, what);
        QFETCH(bool, prompt);
        Fixture f;
        QVERIFY(f.controller.open(f.path));
        const QUuid id = f.mark(QStringLiteral("£2 million"));
        QVERIFY(f.controller.saveSidecar());
        QSignalSpy changed(&f.controller, &DocumentController::externallyChanged);
        if (what == QLatin1String("touch")) {
            QVERIFY(writeFile(f.path, Text.toUtf8()));
        } else if (what == QLatin1String("save")) {
            QVERIFY(f.controller.save());
        } else if (what == QLatin1String("document")) {
            QVERIFY(writeFile(f.path, (QStringLiteral("An editor's new first sentence. ") + Text).toUtf8()));
        } else {
            ClaimSetData data = Sidecar::read(Sidecar::pathFor(f.path)).data;
            data.claims.first().verdict = QStringLiteral("false");
            data.claims.first().notes = QStringLiteral("set by a colleague");
            QVERIFY(!Sidecar::write(Sidecar::pathFor(f.path), data).isValid());
        }
        // The file watcher notices by itself; checking again must not prompt twice.
        if (prompt)
            QTRY_COMPARE(changed.count(), 1);
        const QByteArray onDisk = readFile(Sidecar::pathFor(f.path));
        f.controller.checkExternalChanges();
        QCOMPARE(changed.count(), prompt ? 1 : 0);
        if (what == QLatin1String("sidecar")) {
            // Nothing of ours was unsaved: the colleague's file is the review now, and it is not rewritten.
            QCOMPARE(f.controller.claims()->claim(id).verdict, QStringLiteral("false"));
            QCOMPARE(f.controller.claims()->claim(id).notes, QStringLiteral("set by a colleague"));
            QVERIFY(f.controller.claimsOnDisk());
            QVERIFY(f.controller.close());
            QCOMPARE(readFile(Sidecar::pathFor(f.path)), onDisk);
        }
        if (!prompt)
            return;
        const auto kind = changed.first().at(0).value<DocumentController::ExternalChange>();
        QCOMPARE(kind, what == QLatin1String("document") ? DocumentController::ExternalChange::Document
                                                         : DocumentController::ExternalChange::Sidecar);
        const AnchorSummary s = f.controller.reloadFromDisk();
        QCOMPARE(s.moved, 1);
        QVERIFY(f.editor.toPlainText().startsWith(QStringLiteral("An editor's")));
        int a = 0, b = 0;
        QVERIFY(f.controller.range(id, &a, &b));
        QCOMPARE(f.editor.toPlainText().mid(a, b - a), QStringLiteral("£2 million"));
        f.controller.checkExternalChanges();
        QCOMPARE(changed.count(), 1); // the reload's own sidecar write is not a change
    }

    // A sidecar that cannot be read is never written: not on quit, not by autosave, not after typing.
    void unreadableSidecarIsNeverWritten_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::newRow("mistyped status") << QByteArray("\"status\": \"open\"") << QByteArray("\"status\": \"opne\"");
        QTest::newRow("newer version") << QByteArray("\"version\": 1") << QByteArray("\"version\": 2");
        QTest::newRow("syntax error") << QByteArray("\"claims\": [") << QByteArray("\"claims\": [[");
    }
    void unreadableSidecarIsNeverWritten()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        Fixture f;
        QByteArray bytes;
        {
            Fixture writer;
            writer.path = f.path;
            QVERIFY(writer.controller.open(f.path));
            writer.mark(QStringLiteral("Jiangsu"));
            writer.mark(QStringLiteral("£2 million"));
            QVERIFY(writer.controller.close());
            bytes = readFile(Sidecar::pathFor(f.path));
        }
        QVERIFY(bytes.contains(from));
        bytes.replace(from, to);
        QVERIFY(writeFile(Sidecar::pathFor(f.path), bytes));

        QSignalSpy problems(&f.controller, &DocumentController::problem);
        QVERIFY(f.controller.open(f.path));
        QVERIFY(f.controller.claimsReadOnly());
        QCOMPARE(problems.count(), 1);
        QVERIFY(f.controller.claimsReadOnlyReason().contains(QStringLiteral("cannot be read")));
        QVERIFY(f.controller.claimsReadOnlyReason().contains(QStringLiteral(":1:")) // located
                || f.controller.claimsReadOnlyReason().contains(QStringLiteral("claims.json:")));
        QVERIFY(f.mark(QStringLiteral("Essex")).isNull()); // no claims while the file cannot be read
        QTextCursor c(f.editor.document());
        c.setPosition(0);
        f.editor.setTextCursor(c);
        QTest::keyClicks(&f.editor, QStringLiteral("Typed. "));
        QVERIFY(!f.controller.saveSidecar());
        QVERIFY(f.controller.save()); // the text can still be saved
        QVERIFY(f.controller.close());
        QCOMPARE(readFile(Sidecar::pathFor(f.path)), bytes);
    }

    // Two windows on one document: the one that closes last does not overwrite the other's claims.
    void twoWindowsKeepBothReviewersClaims()
    {
        Fixture a;
        ClaimEditor editorB;
        DocumentController b(&editorB, &a.plugins);
        QVERIFY(a.controller.open(a.path));
        QVERIFY(b.open(a.path));
        a.controller.setReviewer(QStringLiteral("Ana"));
        b.setReviewer(QStringLiteral("Ben"));
        const QUuid first = a.mark(QStringLiteral("Jiangsu"));
        QVERIFY(a.controller.close()); // A quits: 1 claim on disk
        QVERIFY(b.close());            // B, idle, quits after: still 1
        Sidecar::ReadResult r = Sidecar::read(Sidecar::pathFor(a.path));
        QVERIFY(r.ok());
        QCOMPARE(r.data.claims.size(), 1);
        QCOMPARE(r.data.claims.first().id, first);

        // Both mark a claim, both save: both on disk (and in both windows after the second save).
        Fixture c;
        c.path = a.path;
        ClaimEditor editorD;
        DocumentController d(&editorD, &a.plugins);
        QVERIFY(c.controller.open(a.path));
        QVERIFY(d.open(a.path));
        const QUuid mine = c.mark(QStringLiteral("£2 million"));
        const int at = int(editorD.toPlainText().indexOf(QStringLiteral("A second paragraph")));
        const QUuid theirs = d.markClaim(QStringLiteral("quantity"), at, at + 8);
        QVERIFY(c.controller.saveSidecar());
        QVERIFY(d.saveSidecar());
        r = Sidecar::read(Sidecar::pathFor(a.path));
        QVERIFY(r.ok());
        QCOMPARE(r.data.claims.size(), 3);
        QVERIFY(d.claims()->claim(mine).isValid());
        int s = 0, e = 0;
        QVERIFY(d.range(mine, &s, &e));
        QCOMPARE(editorD.toPlainText().mid(s, e - s), QStringLiteral("£2 million"));
        QVERIFY(c.controller.syncSidecar());
        QVERIFY(c.controller.claims()->claim(theirs).isValid());
    }

    // Different fields changed in two windows combine; the same field changed differently is a conflict that
    // keeps both values in the sidecar.
    void concurrentChangesMergeByField()
    {
        Fixture a;
        ClaimEditor editorB;
        DocumentController b(&editorB, &a.plugins);
        QVERIFY(a.controller.open(a.path));
        const QUuid id = a.mark(QStringLiteral("£2 million"));
        QVERIFY(a.controller.saveSidecar());
        QVERIFY(b.open(a.path));
        QVERIFY(a.controller.setField(id, QStringLiteral("verdict"), QStringLiteral("mostly-true")));
        QVERIFY(b.setField(id, QStringLiteral("notes"), QStringLiteral("Ben's notes")));
        QVERIFY(a.controller.saveSidecar());
        QVERIFY(b.saveSidecar());
        Sidecar::ReadResult r = Sidecar::read(Sidecar::pathFor(a.path));
        QVERIFY(r.ok());
        QCOMPARE(r.data.claims.first().verdict, QStringLiteral("mostly-true"));
        QCOMPARE(r.data.claims.first().notes, QStringLiteral("Ben's notes"));
        QVERIFY(r.data.claims.first().conflicts.isEmpty());

        QVERIFY(a.controller.setField(id, QStringLiteral("status"), QStringLiteral("done")));
        QVERIFY(b.setField(id, QStringLiteral("status"), QStringLiteral("in-progress")));
        QVERIFY(a.controller.saveSidecar());
        QSignalSpy merged(&b, &DocumentController::claimsMerged);
        QVERIFY(b.saveSidecar());
        QCOMPARE(merged.count(), 1);
        QCOMPARE(merged.first().at(0).toInt(), 1);
        r = Sidecar::read(Sidecar::pathFor(a.path));
        QVERIFY(r.ok());
        const Claim c = r.data.claims.first();
        QCOMPARE(c.status, ClaimStatus::InProgress); // the writer's own value stays current...
        QCOMPARE(c.conflicts.size(), 1);            // ...and the other one is kept for a person to choose
        QCOMPARE(c.conflicts.first().field, QStringLiteral("status"));
        QCOMPARE(c.conflicts.first().theirs, QJsonValue(QStringLiteral("done")));
        QCOMPARE(c.conflicts.first().mine, QJsonValue(QStringLiteral("in-progress")));
        QCOMPARE(b.claims()->claim(id).conflicts.size(), 1);
    }

    // Settling a conflict is one undoable step: undo brings back the conflict and the value before the choice.
    void resolvingAConflictIsUndoable()
    {
        Fixture a;
        ClaimEditor editorB;
        DocumentController b(&editorB, &a.plugins);
        QVERIFY(a.controller.open(a.path));
        const QUuid id = a.mark(QStringLiteral("£2 million"));
        QVERIFY(a.controller.saveSidecar());
        QVERIFY(b.open(a.path));
        QVERIFY(a.controller.setField(id, QStringLiteral("status"), QStringLiteral("done")));
        QVERIFY(b.setField(id, QStringLiteral("status"), QStringLiteral("in-progress")));
        QVERIFY(a.controller.saveSidecar());
        QVERIFY(b.saveSidecar());
        QCOMPARE(b.claims()->claim(id).conflicts.size(), 1);

        QVERIFY(b.resolveConflict(id, QStringLiteral("status"), QStringLiteral("done")));
        QCOMPARE(b.claims()->claim(id).status, ClaimStatus::Done);
        QVERIFY(b.claims()->claim(id).conflicts.isEmpty());
        QCOMPARE(b.undoStack()->undoText(), QStringLiteral("Resolve conflict"));
        b.undoStack()->undo();
        QCOMPARE(b.claims()->claim(id).conflicts.size(), 1);
        QCOMPARE(b.claims()->claim(id).status, ClaimStatus::InProgress);
        int start = -1, end = -1;
        QVERIFY(b.range(id, &start, &end)); // still where it was in the text
        QCOMPARE(editorB.toPlainText().mid(start, end - start), QStringLiteral("£2 million"));
        b.undoStack()->redo();
        QCOMPARE(b.claims()->claim(id).status, ClaimStatus::Done);
        QVERIFY(b.claims()->claim(id).conflicts.isEmpty());
        QVERIFY(!b.resolveConflict(id, QStringLiteral("status"), QStringLiteral("done"))); // nothing left to settle
    }

    // A document is saved in the encoding it came in: one edit changes only the edited bytes.
    void encodingsRoundTripByteExact_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after"); // "New. " typed at the start, in the same encoding
        QTest::addColumn<QString>("shown");    // the status bar's name of the encoding
        const QString text = QStringLiteral("It brought \u00A32 million \u2019to the \u201Ccounty\u201D\u2019s\u00E9conomy.\n");
        const QByteArray cp1252 = "It brought \xA3" "2 million \x92to the \x93" "county\x94\x92s\xE9" "conomy.\n";
        QTest::newRow("windows-1252") << cp1252 << QByteArray("New. " + cp1252) << QStringLiteral("windows-1252");
        const QByteArray latin1 = "Caf\xE9 au lait co\xFBte \xA3" "3.\n";
        QTest::newRow("latin-1") << latin1 << QByteArray("New. " + latin1) << QStringLiteral("windows-1252");
        auto utf16 = [](const QString &t, bool le) {
            QByteArray b = le ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
            for (QChar c : t) {
                const char lo = char(c.unicode() & 0xFF), hi = char(c.unicode() >> 8);
                b.append(le ? lo : hi).append(le ? hi : lo);
            }
            return b;
        };
        QTest::newRow("UTF-16LE with BOM") << utf16(text, true) << utf16(QStringLiteral("New. ") + text, true)
                                           << QStringLiteral("UTF-16LE with BOM");
        QTest::newRow("UTF-16BE with BOM") << utf16(text, false) << utf16(QStringLiteral("New. ") + text, false)
                                           << QStringLiteral("UTF-16BE with BOM");
        QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF" + text.toUtf8())
                                        << QByteArray("\xEF\xBB\xBF" + (QStringLiteral("New. ") + text).toUtf8())
                                        << QStringLiteral("UTF-8 with BOM");
    }
    void encodingsRoundTripByteExact()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(QString, shown);
        Fixture f;
        QVERIFY(writeFile(f.path, before));
        QVERIFY(f.controller.open(f.path));
        QVERIFY(!f.editor.toPlainText().contains(QChar(0xFFFD)));
        const DocumentEncoding e = f.controller.encoding();
        QCOMPARE(e.bom ? QStringLiteral("%1 with BOM").arg(QString::fromLatin1(e.name)) : QString::fromLatin1(e.name), shown);
        QTextCursor c(f.editor.document());
        c.setPosition(0);
        f.editor.setTextCursor(c);
        QTest::keyClicks(&f.editor, QStringLiteral("New. "));
        QVERIFY(f.controller.save());
        QCOMPARE(readFile(f.path), after);
    }

    // Bytes that do not decode losslessly are shown read-only and never saved (no U+FFFD written for good).
    void undecodableDocumentIsReadOnly()
    {
        Fixture f;
        const QByteArray bytes = "Caf\xC3\xA9 na\xC3\xAFve r\xC3\xA9sum\xC3\xA9 \xC3\x28 and more \xC3\xA9t\xC3\xA9.\n";
        QVERIFY(writeFile(f.path, bytes));
        QSignalSpy problems(&f.controller, &DocumentController::problem);
        QVERIFY(f.controller.open(f.path));
        QVERIFY(f.editor.isReadOnly());
        QVERIFY(f.controller.claimsReadOnly());
        QVERIFY(problems.count() >= 1);
        QVERIFY(!f.controller.save());
        QVERIFY(f.controller.close());
        QCOMPARE(readFile(f.path), bytes);
        QVERIFY(!QFileInfo::exists(Sidecar::pathFor(f.path)));
    }

    // A save that fails (a full disk, a read-only folder: injected here) loses nothing: close() says the claims
    // are not on disk, the journal stays, the next start offers it and recovering puts the claims back.
    void failedSaveKeepsTheJournalForTheNextStart()
    {
        Fixture f;
        const QString sidecar = Sidecar::pathFor(f.path);
        const QString absolute = QFileInfo(f.path).absoluteFilePath();
        {
            ClaimEditor editor;
            DocumentController controller(&editor, &f.plugins);
            QVERIFY(controller.open(f.path));
            const int at = int(Text.indexOf(QStringLiteral("£2 million")));
            QVERIFY(!controller.markClaim(QStringLiteral("quantity"), at, at + 10).isNull());
            setAtomicWriteFailureForTesting([sidecar](const QString &path) { return path == sidecar; });
            QVERIFY(!controller.saveSidecar());
            QVERIFY(!controller.claimsOnDisk());
            QVERIFY(!controller.lastSaveError().isEmpty());
            QVERIFY(!controller.close()); // the window asks the user now
            setAtomicWriteFailureForTesting({});
        }
        QVERIFY(!QFileInfo::exists(sidecar));
        QVERIFY(QFileInfo::exists(RecoveryJournal::pathFor(f.path)));
        QVERIFY(RecoveryJournal::pending().contains(absolute));

        QSignalSpy offered(&f.controller, &DocumentController::recoveryAvailable);
        QVERIFY(f.controller.open(f.path));
        QCOMPARE(offered.count(), 1);
        QVERIFY(f.controller.recover());
        QCOMPARE(f.controller.claims()->count(), 1);
        QVERIFY(f.controller.claimsOnDisk()); // recovering saved them
        QCOMPARE(Sidecar::read(sidecar).data.claims.size(), 1);
        QVERIFY(f.controller.close());
        QVERIFY(!QFileInfo::exists(RecoveryJournal::pathFor(f.path)));
        QVERIFY(!RecoveryJournal::pending().contains(absolute));
    }

    // A journal whose claims are on disk (nothing unsaved) is not offered.
    void journalWithNothingUnsavedIsNotOffered()
    {
        Fixture f;
        QVERIFY(f.controller.open(f.path));
        f.mark(QStringLiteral("Jiangsu"));
        QVERIFY(f.controller.saveSidecar());
        QVERIFY(f.controller.writeRecoveryJournal());
        QVERIFY(!RecoveryJournal::pending().contains(QFileInfo(f.path).absoluteFilePath()));
        QVERIFY(f.controller.setField(f.controller.claims()->claims().first().id, QStringLiteral("notes"),
                                      QStringLiteral("x")));
        QVERIFY(f.controller.writeRecoveryJournal()); // now the journal holds notes the sidecar does not
        QVERIFY(RecoveryJournal::pending().contains(QFileInfo(f.path).absoluteFilePath()));
        QVERIFY(f.controller.close());
    }

    void keepMineOverwritesOnSave()
    {
        Fixture f;
        QVERIFY(f.controller.open(f.path));
        QSignalSpy changed(&f.controller, &DocumentController::externallyChanged);
        QVERIFY(writeFile(f.path, QByteArrayLiteral("Something else entirely.\n")));
        f.controller.checkExternalChanges();
        QCOMPARE(changed.count(), 1);
        f.controller.keepMine();
        QVERIFY(f.controller.isModified());
        f.controller.checkExternalChanges();
        QCOMPARE(changed.count(), 1);
        QVERIFY(f.controller.save());
        QCOMPARE(readFile(f.path), Text.toUtf8());
    }

    void killedSessionIsRecovered()
    {
        Fixture f;
        QFile::remove(RecoveryJournal::pathFor(f.path));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLAIMBENCH_RECOVERY_CHILD"), f.path);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QByteArray out;
        while (!out.contains("READY") && child.waitForReadyRead(20000))
            out += child.readAllStandardOutput();
        QVERIFY2(out.contains("READY"), child.readAllStandardError().constData());
        child.kill(); // SIGKILL: no close(), no cleanup
        QVERIFY(child.waitForFinished());
        QCOMPARE(readFile(f.path), Text.toUtf8()); // the text was never saved

        QVERIFY(RecoveryJournal::pending().contains(QFileInfo(f.path).absoluteFilePath()));
        QSignalSpy offered(&f.controller, &DocumentController::recoveryAvailable);
        QVERIFY(f.controller.open(f.path));
        QCOMPARE(offered.count(), 1);
        QVERIFY(f.controller.hasRecovery());
        QVERIFY(f.controller.recover());
        QVERIFY(f.editor.toPlainText().startsWith(QStringLiteral("UNSAVED Essex")));
        QVERIFY(f.controller.isModified());
        QCOMPARE(f.controller.claims()->count(), 1);
        const QUuid id = f.controller.claims()->claims().first().id;
        int a = 0, b = 0;
        QVERIFY(f.controller.range(id, &a, &b));
        QCOMPARE(f.editor.toPlainText().mid(a, b - a), QStringLiteral("£2 million"));
        // Saving makes the journal go away.
        QVERIFY(f.controller.save());
        QVERIFY(!QFileInfo::exists(RecoveryJournal::pathFor(f.path)));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QString child = qEnvironmentVariable("CLAIMBENCH_RECOVERY_CHILD");
    if (!child.isEmpty())
        return recoveryChild(child);
    DocumentControllerTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "documentcontroller_test.moc"
