// SPDX-License-Identifier: GPL-2.0-or-later
// How claim types look belongs to one window: the user's colour wins over the plugin's, a type no plugin knows
// gets a stable colour from its id, and two windows' choices do not leak into each other (no global table).
#include "claimtypestyle.h"
#include "pluginmanager.h"

#include <QSignalSpy>
#include <QTest>

using namespace Claimbench;

class ClaimTypeStyleTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void userColourWinsAndCanBeRemoved()
    {
        ClaimTypeStyle style(nullptr);
        const QColor fallback = style.colour(QStringLiteral("quantity"));
        QVERIFY(fallback.isValid());
        QSignalSpy changed(&style, &ClaimTypeStyle::changed);
        style.setColour(QStringLiteral("quantity"), QColor(Qt::red));
        QCOMPARE(style.colour(QStringLiteral("quantity")), QColor(Qt::red));
        QCOMPARE(style.userColour(QStringLiteral("quantity")), QColor(Qt::red));
        QCOMPARE(changed.count(), 1);
        style.setColour(QStringLiteral("quantity"), QColor(Qt::red)); // the same again: nothing to repaint
        QCOMPARE(changed.count(), 1);
        style.setColour(QStringLiteral("quantity"), QColor()); // back to the plugin's (here: the id's) colour
        QCOMPARE(style.colour(QStringLiteral("quantity")), fallback);
        QVERIFY(!style.userColour(QStringLiteral("quantity")).isValid());
        QCOMPARE(changed.count(), 2);
    }

    void fallbackIsStableAndDiffersByType()
    {
        ClaimTypeStyle a(nullptr), b(nullptr);
        QCOMPARE(a.colour(QStringLiteral("causation")), b.colour(QStringLiteral("causation")));
        QVERIFY(a.colour(QStringLiteral("causation")) != a.colour(QStringLiteral("prediction")));
        QCOMPARE(a.name(QStringLiteral("no-such-type")), QStringLiteral("no-such-type"));
    }

    void windowsDoNotShareChoices()
    {
        ClaimTypeStyle first(nullptr), second(nullptr);
        first.setColour(QStringLiteral("quantity"), QColor(Qt::green));
        QCOMPARE(first.colour(QStringLiteral("quantity")), QColor(Qt::green));
        QVERIFY(second.colour(QStringLiteral("quantity")) != QColor(Qt::green));
        QVERIFY(!second.userColour(QStringLiteral("quantity")).isValid());
    }
};

QTEST_GUILESS_MAIN(ClaimTypeStyleTest)
#include "claimtypestyle_test.moc"
