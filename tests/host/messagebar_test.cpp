// SPDX-License-Identifier: GPL-2.0-or-later
// The message bar: non-modal, queued, actions run once, same-id messages replace each other.
#include "messagebar.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Claimbench;

class MessageBarTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void queuesAndRunsActions()
    {
        MessageBar bar;
        QVERIFY(bar.isHidden());
        int reloads = 0, keeps = 0;
        bar.post(QStringLiteral("first"), MessageBar::Question,
                 {{QStringLiteral("Reload"), [&] { ++reloads; }}, {QStringLiteral("Keep mine"), [&] { ++keeps; }}});
        bar.post(QStringLiteral("second"));
        QVERIFY(!bar.isHidden());
        QCOMPARE(bar.currentText(), QStringLiteral("first"));
        QCOMPARE(bar.pendingCount(), 1);
        // A real click on the button.
        QPushButton *reload = nullptr;
        for (QPushButton *b : bar.findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("Reload"))
                reload = b;
        QVERIFY(reload);
        QTest::mouseClick(reload, Qt::LeftButton);
        QCOMPARE(reloads, 1);
        QCOMPARE(keeps, 0);
        QCOMPARE(bar.currentText(), QStringLiteral("second"));
        QVERIFY(!bar.trigger(QStringLiteral("Reload")));
        bar.dismiss();
        QVERIFY(bar.isHidden());
        QCOMPARE(bar.currentText(), QString());
    }

    void sameIdReplaces()
    {
        MessageBar bar;
        bar.post(QStringLiteral("a"), MessageBar::Information, {}, QStringLiteral("x"));
        bar.post(QStringLiteral("b"), MessageBar::Information, {}, QStringLiteral("y"));
        bar.post(QStringLiteral("a2"), MessageBar::Warning, {}, QStringLiteral("x"));
        bar.post(QStringLiteral("b2"), MessageBar::Warning, {}, QStringLiteral("y"));
        QCOMPARE(bar.currentText(), QStringLiteral("a2"));
        QCOMPARE(bar.pendingCount(), 1);
        bar.dismiss();
        QCOMPARE(bar.currentText(), QStringLiteral("b2"));
    }

    // A message that is no longer true goes, whether shown or waiting; the others stay.
    void withdrawnMessagesGo()
    {
        MessageBar bar;
        bar.post(QStringLiteral("Cannot open a.txt"), MessageBar::Error, {}, QStringLiteral("open-error"));
        bar.post(QStringLiteral("other"), MessageBar::Information, {}, QStringLiteral("other"));
        bar.post(QStringLiteral("queued"), MessageBar::Error, {}, QStringLiteral("queued"));
        bar.withdraw(QStringLiteral("queued"));
        QCOMPARE(bar.pendingCount(), 1);
        bar.withdraw(QStringLiteral("open-error"));
        QCOMPARE(bar.currentText(), QStringLiteral("other"));
        QCOMPARE(bar.pendingCount(), 0);
        bar.withdraw(QStringLiteral("other"));
        QVERIFY(bar.isHidden());
        bar.withdraw(QStringLiteral("never-posted")); // nothing happens
        QVERIFY(bar.isHidden());
    }
};

QTEST_MAIN(MessageBarTest)
#include "messagebar_test.moc"
