// SPDX-License-Identifier: GPL-2.0-or-later
// The editor's screen state follows the model at once: the gutter widens when the document passes 9,999 lines,
// a claim's margin marker goes when its look goes (not at the next scroll), and revealing a claim brings it to the
// middle of the view (not to its bottom edge) unless it is already visible.
#include "anchorstore.h"
#include "claimeditor.h"

#include <QApplication>
#include <QImage>
#include <QTest>
#include <QTextBlock>

using namespace Claimbench;

namespace {
QString lines(int n)
{
    QString text;
    for (int i = 1; i <= n; ++i)
        text += QStringLiteral("Line %1 of the article.\n").arg(i);
    return text;
}

QWidget *gutter(ClaimEditor &editor)
{
    for (QWidget *w : editor.findChildren<QWidget *>()) {
        if (w->accessibleName() == QStringLiteral("Line numbers"))
            return w;
    }
    return nullptr;
}

int pixelsOf(const QImage &image, const QColor &colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            n += image.pixelColor(x, y) == colour ? 1 : 0;
    }
    return n;
}
// Counts the paint events a widget gets.
struct PaintCounter : QObject {
    int count = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        count += event->type() == QEvent::Paint ? 1 : 0;
        return false;
    }
};
} // namespace

class ClaimEditorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gutterWidensWithTheLineCount()
    {
        ClaimEditor editor;
        editor.resize(600, 400);
        editor.show();
        editor.setDocumentText(lines(50));
        QWidget *numbers = gutter(editor);
        QVERIFY(numbers);
        const int narrow = numbers->width();
        QTextCursor c(editor.document());
        c.movePosition(QTextCursor::End);
        c.insertText(lines(12000)); // past 9,999 lines by typing, not by a new document
        QVERIFY(editor.blockCount() > 10000);
        QVERIFY(numbers->width() > narrow);
        // Every digit of the largest number fits in the room left of the markers (16 px).
        const int needed = editor.fontMetrics().horizontalAdvance(QString::number(editor.blockCount())) + 16;
        QVERIFY2(numbers->width() >= needed, qPrintable(QStringLiteral("%1 < %2").arg(numbers->width()).arg(needed)));
    }

    void marginMarkersFollowTheLooks()
    {
        ClaimEditor editor;
        editor.resize(600, 300);
        editor.show();
        editor.setDocumentText(lines(20));
        AnchorStore claims, suggestions;
        const QUuid key = QUuid::createUuid();
        claims.set(key, Anchor(0, 10));
        editor.setAnchorStores(&claims, &suggestions);
        const QColor colour(0x12, 0xab, 0x34);
        ClaimLook look;
        look.colour = colour;
        editor.setLook(key, look);
        QWidget *numbers = gutter(editor);
        QVERIFY(numbers);
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(pixelsOf(numbers->grab().toImage(), colour) > 0);
        PaintCounter painted;
        numbers->installEventFilter(&painted);
        QApplication::processEvents();
        painted.count = 0;
        editor.removeLook(key); // as undoing "Mark claim" does
        QApplication::processEvents();
        QVERIFY(painted.count > 0); // the gutter is painted again now, not at the next scroll
        QCOMPARE(pixelsOf(numbers->grab().toImage(), colour), 0);
        editor.setAnchorStores(nullptr, nullptr);
    }

    void revealingBringsAClaimToTheMiddle()
    {
        ClaimEditor editor;
        editor.resize(600, 300);
        editor.show();
        const QString text = lines(400);
        editor.setDocumentText(text);
        AnchorStore claims, suggestions;
        const QUuid far = QUuid::createUuid();
        const qsizetype at = text.indexOf(QStringLiteral("Line 300 "));
        claims.set(far, Anchor(at, at + 8));
        const QUuid near = QUuid::createUuid();
        claims.set(near, Anchor(0, 4));
        editor.setAnchorStores(&claims, &suggestions);
        QVERIFY(editor.revealAnchor(far));
        const QRect cursor = editor.cursorRect();
        const int middle = editor.viewport()->height() / 2;
        QVERIFY2(std::abs(cursor.center().y() - middle) <= cursor.height(),
                 qPrintable(QStringLiteral("cursor at %1, middle %2").arg(cursor.center().y()).arg(middle)));
        // A claim already in view: the view stays where it is.
        const int first = editor.firstVisibleBlockNumber();
        const qsizetype visible = editor.document()->findBlockByNumber(first + 2).position();
        const QUuid inView = QUuid::createUuid();
        claims.set(inView, Anchor(visible, visible + 4));
        QVERIFY(editor.revealAnchor(inView));
        QCOMPARE(editor.firstVisibleBlockNumber(), first);
        editor.setAnchorStores(nullptr, nullptr);
    }
};

QTEST_MAIN(ClaimEditorTest)
#include "claimeditor_test.moc"
