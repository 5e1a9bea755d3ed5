// SPDX-License-Identifier: GPL-2.0-or-later
// The anchor store (the claim set's live positions): it must give exactly what the core's pure transform() gives,
// edit after edit, whatever the number of anchors, and report exactly the anchors whose text an edit changed.
// Real typing in the editor is tested through the document controller (tests/host/documentcontroller_test).
#include "anchorstore.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <tuple>

using namespace Claimbench;

class AnchorStoreTest : public QObject
{
    Q_OBJECT
private:
    // The model: transform() on every anchor. `changed`: the anchors that stay but whose text the edit touched
    // (removed text overlapping them, or a different length afterwards).
    static QList<AnchorStore::Entry> reference(const QList<AnchorStore::Entry> &entries, const TextEdit &edit,
                                               QList<QUuid> *lost, QList<QUuid> *changed)
    {
        QList<AnchorStore::Entry> result;
        for (const auto &e : entries) {
            const Anchor a = transform(e.anchor, edit);
            if (a.isValid()) {
                result.append({e.key, a});
                const bool overlap = edit.removed > 0 && edit.position < e.anchor.end()
                    && edit.position + edit.removed > e.anchor.start();
                if (overlap || a.length() != e.anchor.length())
                    changed->append(e.key);
            } else {
                lost->append(e.key);
            }
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
        QList<QUuid> reported, reportedChanged;
        QList<std::tuple<QUuid, Anchor, Anchor, Anchor>> changes; // key, before, after, in the store then
        store.setInvalidatedCallback([&](const QUuid &key, const Anchor &) { reported.append(key); });
        store.setChangedCallback([&](const QUuid &key, const Anchor &before, const Anchor &after) {
            reportedChanged.append(key);
            if (changes.size() < 20)
                changes.append({key, before, after, store.anchor(key)});
        });
        store.reset(model);
        compareStores(store, model);
        for (int i = 0; i < edits; ++i) {
            TextEdit edit;
            edit.position = rng.bounded(int(length));
            const int kind = rng.bounded(3);
            edit.removed = kind == 1 ? 0 : std::min<qsizetype>(rng.bounded(kind == 2 ? 3000 : 50), length - edit.position);
            edit.added = kind == 0 ? 0 : rng.bounded(kind == 2 ? 3000 : 20);
            QList<QUuid> lost, changed;
            const QList<AnchorStore::Entry> previous = model;
            model = reference(model, edit, &lost, &changed);
            reported.clear();
            reportedChanged.clear();
            changes.clear();
            store.applyEdit(edit);
            length += edit.added - edit.removed;
            std::sort(lost.begin(), lost.end());
            std::sort(reported.begin(), reported.end());
            QCOMPARE(reported, lost);
            std::sort(changed.begin(), changed.end());
            std::sort(reportedChanged.begin(), reportedChanged.end());
            QCOMPARE(reportedChanged, changed);
            // The positions reported: before and after the edit, and the store already updated.
            if (i % 25 == 0 && !changes.isEmpty()) {
                QHash<QUuid, Anchor> before, after;
                for (const auto &e : previous)
                    before.insert(e.key, e.anchor);
                for (const auto &e : std::as_const(model))
                    after.insert(e.key, e.anchor);
                for (const auto &[key, was, is, stored] : std::as_const(changes)) {
                    QCOMPARE(was, before.value(key));
                    QCOMPARE(is, after.value(key));
                    QCOMPARE(stored, is);
                }
            }
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
};

QTEST_GUILESS_MAIN(AnchorStoreTest)
#include "anchorstore_test.moc"
