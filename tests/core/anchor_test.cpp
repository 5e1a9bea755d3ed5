// SPDX-License-Identifier: GPL-2.0-or-later
// The transform() behaviour matrix (after KTextEditor's movingrange_test): insert behaviours × edit positions ×
// empty behaviours.
#include "anchor.h"

#include <QTest>

using namespace Claimbench;

Q_DECLARE_METATYPE(Anchor::InsertBehaviours)

class AnchorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults()
    {
        QVERIFY(!Anchor().isValid());
        QVERIFY(!Anchor(5, 2).isValid());
        QVERIFY(!Anchor(-1, 2).isValid());
        const Anchor a(2, 5);
        QVERIFY(a.isValid());
        QCOMPARE(a.length(), qsizetype(3));
        QCOMPARE(a.insertBehaviours(), Anchor::InsertBehaviours(Anchor::DoNotExpand));
        QCOMPARE(a.emptyBehaviour(), Anchor::InvalidateIfEmpty);
        // Invalid stays invalid; malformed edits change nothing.
        QCOMPARE(transform(Anchor(), TextEdit{0, 0, 5}), Anchor());
        QCOMPARE(transform(a, TextEdit{-1, 0, 5}), a);
        QCOMPARE(transform(a, TextEdit{0, -1, 5}), a);
    }

    void matrix_data()
    {
        QTest::addColumn<qsizetype>("start");
        QTest::addColumn<qsizetype>("end");
        QTest::addColumn<Anchor::InsertBehaviours>("insert");
        QTest::addColumn<int>("empty");
        QTest::addColumn<qsizetype>("pos");
        QTest::addColumn<qsizetype>("removed");
        QTest::addColumn<qsizetype>("added");
        QTest::addColumn<qsizetype>("newStart"); // -1: invalid afterwards
        QTest::addColumn<qsizetype>("newEnd");

        const Anchor::InsertBehaviours none = Anchor::DoNotExpand;
        const Anchor::InsertBehaviours left = Anchor::ExpandLeft;
        const Anchor::InsertBehaviours right = Anchor::ExpandRight;
        const Anchor::InsertBehaviours both = Anchor::ExpandLeft | Anchor::ExpandRight;
        const int inv = Anchor::InvalidateIfEmpty, allow = Anchor::AllowEmpty;
        auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };

        // Insertions of 3 characters into the range [10, 20), for each insert behaviour.
        struct Ins {
            const char *where;
            qsizetype pos;
            qsizetype s[4], e[4]; // none, left, right, both
        };
        const Ins ins[] = {
            {"before", 5, {13, 13, 13, 13}, {23, 23, 23, 23}},
            {"at start", 10, {13, 10, 13, 10}, {23, 23, 23, 23}},
            {"inside", 15, {10, 10, 10, 10}, {23, 23, 23, 23}},
            {"at end", 20, {10, 10, 10, 10}, {20, 20, 23, 23}},
            {"after", 25, {10, 10, 10, 10}, {20, 20, 20, 20}},
        };
        const Anchor::InsertBehaviours behaviours[] = {none, left, right, both};
        const char *names[] = {"none", "left", "right", "both"};
        for (const Ins &i : ins) {
            for (int b = 0; b < 4; ++b) {
                const QByteArray name = QByteArray("insert ") + i.where + " / " + names[b];
                row(name.constData()) << qsizetype(10) << qsizetype(20) << behaviours[b] << inv << i.pos << qsizetype(0)
                                      << qsizetype(3) << i.s[b] << i.e[b];
            }
        }

        // Insertions into an empty range at 10.
        row("empty, insert at it / none") << qsizetype(10) << qsizetype(10) << none << allow << qsizetype(10)
                                          << qsizetype(0) << qsizetype(3) << qsizetype(13) << qsizetype(13);
        row("empty, insert at it / left") << qsizetype(10) << qsizetype(10) << left << allow << qsizetype(10)
                                          << qsizetype(0) << qsizetype(3) << qsizetype(10) << qsizetype(10);
        row("empty, insert at it / right") << qsizetype(10) << qsizetype(10) << right << allow << qsizetype(10)
                                           << qsizetype(0) << qsizetype(3) << qsizetype(13) << qsizetype(13);
        row("empty, insert at it / both") << qsizetype(10) << qsizetype(10) << both << allow << qsizetype(10)
                                          << qsizetype(0) << qsizetype(3) << qsizetype(10) << qsizetype(13);

        // Removals from [10, 20).
        row("remove before") << qsizetype(10) << qsizetype(20) << none << inv << qsizetype(2) << qsizetype(5)
                             << qsizetype(0) << qsizetype(5) << qsizetype(15);
        row("remove touching start") << qsizetype(10) << qsizetype(20) << none << inv << qsizetype(5) << qsizetype(5)
                                     << qsizetype(0) << qsizetype(5) << qsizetype(15);
        row("remove overlapping start") << qsizetype(10) << qsizetype(20) << none << inv << qsizetype(5)
                                        << qsizetype(8) << qsizetype(0) << qsizetype(5) << qsizetype(12);
        row("remove inside") << qsizetype(10) << qsizetype(20) << none << inv << qsizetype(12) << qsizetype(3)
                             << qsizetype(0) << qsizetype(10) << qsizetype(17);
        row("remove overlapping end") << qsizetype(10) << qsizetype(20) << none << inv << qsizetype(15)
                                      << qsizetype(10) << qsizetype(0) << qsizetype(10) << qsizetype(15);
        row("remove after") << qsizetype(10) << qsizetype(20) << none << inv << qsizetype(20) << qsizetype(5)
                            << qsizetype(0) << qsizetype(10) << qsizetype(20);
        row("remove exactly the range, invalidate") << qsizetype(10) << qsizetype(20) << both << inv << qsizetype(10)
                                                    << qsizetype(10) << qsizetype(0) << qsizetype(-1) << qsizetype(-1);
        row("remove around the range, invalidate") << qsizetype(10) << qsizetype(20) << none << inv << qsizetype(5)
                                                   << qsizetype(20) << qsizetype(0) << qsizetype(-1) << qsizetype(-1);
        row("remove exactly the range, allow empty") << qsizetype(10) << qsizetype(20) << none << allow
                                                     << qsizetype(10) << qsizetype(10) << qsizetype(0) << qsizetype(10)
                                                     << qsizetype(10);
        row("remove around the range, allow empty") << qsizetype(10) << qsizetype(20) << none << allow << qsizetype(5)
                                                    << qsizetype(20) << qsizetype(0) << qsizetype(5) << qsizetype(5);
        row("remove around an empty range") << qsizetype(10) << qsizetype(10) << none << inv << qsizetype(5)
                                            << qsizetype(10) << qsizetype(0) << qsizetype(5) << qsizetype(5);

        // Replacements (removed and added at once, as QTextDocument::contentsChange reports them).
        row("replace before") << qsizetype(10) << qsizetype(20) << none << inv << qsizetype(0) << qsizetype(4)
                              << qsizetype(1) << qsizetype(7) << qsizetype(17);
        row("replace inside") << qsizetype(10) << qsizetype(20) << none << inv << qsizetype(12) << qsizetype(2)
                              << qsizetype(6) << qsizetype(10) << qsizetype(24);
        row("replace overlapping start") << qsizetype(10) << qsizetype(20) << none << inv << qsizetype(8)
                                         << qsizetype(4) << qsizetype(1) << qsizetype(9) << qsizetype(17);
        row("replace overlapping start, expand left") << qsizetype(10) << qsizetype(20) << left << inv << qsizetype(8)
                                                      << qsizetype(4) << qsizetype(1) << qsizetype(8) << qsizetype(17);
        row("replace overlapping end, expand right") << qsizetype(10) << qsizetype(20) << right << inv
                                                     << qsizetype(18) << qsizetype(4) << qsizetype(2) << qsizetype(10)
                                                     << qsizetype(20);
        row("replace the whole text, invalidate") << qsizetype(10) << qsizetype(20) << both << inv << qsizetype(10)
                                                  << qsizetype(10) << qsizetype(4) << qsizetype(-1) << qsizetype(-1);
        row("replace the whole text, allow empty") << qsizetype(10) << qsizetype(20) << both << allow
                                                   << qsizetype(10) << qsizetype(10) << qsizetype(4) << qsizetype(10)
                                                   << qsizetype(14);
        row("replace after") << qsizetype(10) << qsizetype(20) << both << inv << qsizetype(21) << qsizetype(3)
                             << qsizetype(9) << qsizetype(10) << qsizetype(20);
    }
    void matrix()
    {
        QFETCH(qsizetype, start);
        QFETCH(qsizetype, end);
        QFETCH(Anchor::InsertBehaviours, insert);
        QFETCH(int, empty);
        QFETCH(qsizetype, pos);
        QFETCH(qsizetype, removed);
        QFETCH(qsizetype, added);
        QFETCH(qsizetype, newStart);
        QFETCH(qsizetype, newEnd);
        const Anchor a(start, end, insert, Anchor::EmptyBehaviour(empty));
        const Anchor b = transform(a, TextEdit{pos, removed, added});
        if (newStart < 0) {
            QVERIFY(!b.isValid());
            return;
        }
        QVERIFY(b.isValid());
        QCOMPARE(b.start(), newStart);
        QCOMPARE(b.end(), newEnd);
        QCOMPARE(b.insertBehaviours(), insert);
        QCOMPARE(int(b.emptyBehaviour()), empty);
    }

    void typingFollows()
    {
        // Typing a word one character at a time right after a claim that expands right grows it; one that doesn't,
        // doesn't.
        Anchor grows(0, 5, Anchor::ExpandRight), stays(0, 5);
        for (int i = 0; i < 4; ++i) {
            grows = transform(grows, TextEdit{5 + i, 0, 1});
            stays = transform(stays, TextEdit{5 + i, 0, 1});
        }
        QCOMPARE(grows, Anchor(0, 9, Anchor::ExpandRight));
        QCOMPARE(stays, Anchor(0, 5));
        // Backspacing the whole claim away one character at a time orphans it only at the last one.
        Anchor a(10, 13);
        a = transform(a, TextEdit{12, 1, 0});
        a = transform(a, TextEdit{11, 1, 0});
        QCOMPARE(a, Anchor(10, 11));
        QVERIFY(!transform(a, TextEdit{10, 1, 0}).isValid());
    }
};

QTEST_GUILESS_MAIN(AnchorTest)
#include "anchor_test.moc"
