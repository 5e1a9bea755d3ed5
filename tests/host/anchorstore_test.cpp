// SPDX-License-Identifier: GPL-2.0-or-later
// The editor's anchor store: it must give exactly what the core's pure transform() gives, edit after edit,
// whatever the number of anchors, and it must follow real typing in the editor widget.
#include "anchorstore.h"
#include "claimeditor.h"
#include "lazyhighlighter.h"

#include <KSyntaxHighlighting/Definition>

#include <KSyntaxHighlighting/Repository>

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

using namespace Claimbench;

class AnchorStoreTest : public QObject
{
    Q_OBJECT
private:
    static QList<AnchorStore::Entry> reference(const QList<AnchorStore::Entry> &entries, const TextEdit &edit,
                                               QList<QUuid> *lost)
    {
        QList<AnchorStore::Entry> result;
        for (const auto &e : entries) {
            const Anchor a = transform(e.anchor, edit);
            if (a.isValid())
                result.append({e.key, a});
            else
                lost->append(e.key);
        }
        return result;
    }
    static void compareStores(const AnchorStore &store, const QList<AnchorStore::Entry> &expected)
    {
        QCOMPARE(store.count(), expected.size());
        for (const auto &e : expected)
            QCOMPARE(store.anchor(e.key), e.anchor);
    }

private Q_SLOTS:
    void followsEdits_data()
    {
        QTest::addColumn<int>("anchors");
        QTest::addColumn<int>("edits");
        QTest::addColumn<int>("maxLength");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("few short") << 20 << 400 << 30 << 1u;
        QTest::newRow("many short, several chunks") << 3000 << 600 << 40 << 2u;
        QTest::newRow("long anchors spanning edits") << 300 << 400 << 6000 << 3u;
        QTest::newRow("dense, big deletions") << 1000 << 300 << 200 << 4u;
    }
    void followsEdits()
    {
        QFETCH(int, anchors);
        QFETCH(int, edits);
        QFETCH(int, maxLength);
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        qsizetype length = 200000;
        QList<AnchorStore::Entry> model;
        for (int i = 0; i < anchors; ++i) {
            const qsizetype s = rng.bounded(int(length - maxLength));
            const qsizetype len = rng.bounded(maxLength + 1);
            Anchor::InsertBehaviours ib;
            if (rng.bounded(2))
                ib |= Anchor::ExpandLeft;
            if (rng.bounded(2))
                ib |= Anchor::ExpandRight;
            const auto eb = rng.bounded(4) == 0 ? Anchor::AllowEmpty : Anchor::InvalidateIfEmpty;
            model.append({QUuid::createUuid(), Anchor(s, s + len, ib, eb)});
        }
        AnchorStore store;
        QList<QUuid> reported;
        store.setInvalidatedCallback([&](const QUuid &key, const Anchor &) { reported.append(key); });
        store.reset(model);
        compareStores(store, model);
        for (int i = 0; i < edits; ++i) {
            TextEdit edit;
            edit.position = rng.bounded(int(length));
            const int kind = rng.bounded(3);
            edit.removed = kind == 1 ? 0 : std::min<qsizetype>(rng.bounded(kind == 2 ? 3000 : 50), length - edit.position);
            edit.added = kind == 0 ? 0 : rng.bounded(kind == 2 ? 3000 : 20);
            QList<QUuid> lost;
            model = reference(model, edit, &lost);
            reported.clear();
            store.applyEdit(edit);
            length += edit.added - edit.removed;
            std::sort(lost.begin(), lost.end());
            std::sort(reported.begin(), reported.end());
            QCOMPARE(reported, lost);
            if (i % 25 == 0 || i == edits - 1)
                compareStores(store, model);
        }
        // query() gives exactly the intersecting anchors, sorted by start.
        for (int i = 0; i < 50; ++i) {
            const qsizetype from = rng.bounded(int(length));
            const qsizetype to = from + rng.bounded(5000);
            QSet<QUuid> expected;
            for (const auto &e : model) {
                const Anchor &a = e.anchor;
                if (a.start() < to && (a.end() > from || (a.isEmpty() && a.start() >= from)))
                    expected.insert(e.key);
            }
            const auto got = store.query(from, to);
            QSet<QUuid> gotKeys;
            for (int k = 0; k < got.size(); ++k) {
                gotKeys.insert(got[k].key);
                if (k > 0)
                    QVERIFY(got[k - 1].anchor.start() <= got[k].anchor.start());
            }
            QCOMPARE(gotKeys, expected);
        }
    }

    void setAndRemove()
    {
        AnchorStore store;
        const QUuid a = QUuid::createUuid(), b = QUuid::createUuid();
        store.set(a, Anchor(10, 20));
        store.set(b, Anchor(5, 8));
        QCOMPARE(store.count(), 2);
        QCOMPARE(store.all().first().key, b);
        QCOMPARE(store.next(6).key, a);
        QCOMPARE(store.next(30).key, b); // wraps
        QCOMPARE(store.previous(6).key, b);
        QCOMPARE(store.previous(5).key, a); // wraps
        store.set(a, Anchor(1, 2));
        QCOMPARE(store.anchor(a), Anchor(1, 2));
        QVERIFY(store.remove(a));
        QVERIFY(!store.contains(a));
        QVERIFY(!store.remove(a));
        QCOMPARE(store.count(), 1);
    }

    // Real typing in the widget: before, inside and after claims.
    void editorTypingMovesClaims_data()
    {
        QTest::addColumn<int>("cursor");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        // Text "The GDP grew 5% in 2023.\nSecond line." with the claim on "grew 5%" [8, 15).
        QTest::newRow("before") << 0 << QStringLiteral("Oh. ") << 12 << 19;
        QTest::newRow("inside") << 13 << QStringLiteral("nearly ") << 8 << 22;
        QTest::newRow("after") << 16 << QStringLiteral("indeed ") << 8 << 15;
        QTest::newRow("at start does not expand") << 8 << QStringLiteral("X") << 9 << 16;
        QTest::newRow("at end does not expand") << 15 << QStringLiteral("X") << 8 << 15;
        QTest::newRow("new line before") << 0 << QStringLiteral("\n") << 9 << 16;
        QTest::newRow("next line") << 30 << QStringLiteral("abc") << 8 << 15;
    }
    void editorTypingMovesClaims()
    {
        QFETCH(int, cursor);
        QFETCH(QString, typed);
        QFETCH(int, start);
        QFETCH(int, end);
        ClaimEditor editor;
        editor.resize(600, 300);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setDocumentText(QStringLiteral("The GDP grew 5% in 2023.\nSecond line."));
        const QUuid key = QUuid::createUuid();
        editor.anchors().set(key, Anchor(8, 15));
        QTextCursor c(editor.document());
        c.setPosition(cursor);
        editor.setTextCursor(c);
        for (const QChar ch : typed) {
            if (ch == QLatin1Char('\n'))
                QTest::keyClick(&editor, Qt::Key_Return);
            else
                QTest::keyClicks(&editor, QString(ch));
        }
        QCOMPARE(editor.anchors().anchor(key), Anchor(start, end));
    }

    void deletingTheTextOrphans()
    {
        ClaimEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setDocumentText(QStringLiteral("The GDP grew 5% in 2023."));
        const QUuid key = QUuid::createUuid();
        editor.anchors().set(key, Anchor(8, 15));
        QSignalSpy lost(&editor, &ClaimEditor::anchorInvalidated);
        QTextCursor c(editor.document());
        c.setPosition(6);
        c.setPosition(17, QTextCursor::KeepAnchor);
        editor.setTextCursor(c);
        QTest::keyClick(&editor, Qt::Key_Delete);
        QCOMPARE(lost.count(), 1);
        QCOMPARE(lost.first().at(0).toUuid(), key);
        QCOMPARE(lost.first().at(1).value<Anchor>(), Anchor(8, 15));
        QVERIFY(!editor.anchors().contains(key));
    }

    // Highlighting changes formats, which the document reports as a change: claims must not move for it.
    void highlightingDoesNotMoveClaims()
    {
        ClaimEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QString text;
        for (int i = 0; i < 2000; ++i)
            text += QStringLiteral("# Heading %1\nSome *text* with `code` here.\n").arg(i);
        editor.setDocumentText(text);
        const QUuid key = QUuid::createUuid();
        editor.anchors().set(key, Anchor(40000, 40010));
        editor.setSyntaxDefinition(KSyntaxHighlighting::Repository().definitionForFileName(QStringLiteral("a.md")));
        editor.highlighter()->finish();
        QCOMPARE(editor.anchors().anchor(key), Anchor(40000, 40010));
    }
};

QTEST_MAIN(AnchorStoreTest)
#include "anchorstore_test.moc"
