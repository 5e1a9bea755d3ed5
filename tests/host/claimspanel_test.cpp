// SPDX-License-Identifier: GPL-2.0-or-later
// The claims panel: its verdict filter follows the document's rating scale.
#include "claimeditor.h"
#include "claimset.h"
#include "claimspanel.h"
#include "documentcontroller.h"

#include <QComboBox>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;

class ClaimsPanelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void verdictFilterFollowsRatingScale()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Spending rose by 12 percent last year.\n");
        f.close();
        ClaimEditor editor;
        DocumentController controller(&editor, nullptr);
        QVERIFY(controller.open(path));
        Claim claim; // a claim of a type no plugin provides: the type filter lists it
        claim.id = QUuid::createUuid();
        claim.claimType = QStringLiteral("quantity");
        claim.quote.exact = QStringLiteral("12 percent");
        claim.start = 17;
        claim.end = 27;
        controller.claims()->addClaim(claim);
        ClaimsPanel panel(&controller);
        QTRY_COMPARE(panel.typeFilter()->count(), 2);
        QComboBox *filter = panel.verdictFilter();
        QTRY_VERIFY(filter->findData(QStringLiteral("mostly-true")) >= 0);

        RatingScale scale;
        scale.levels = {{QStringLiteral("correct"), QStringLiteral("Correct"), 2},
                        {QStringLiteral("wrong"), QStringLiteral("Wrong"), 1}};
        controller.claims()->setRatingScale(scale);
        QTRY_VERIFY(filter->findData(QStringLiteral("correct")) >= 0);
        QCOMPARE(filter->itemText(filter->findData(QStringLiteral("wrong"))), QStringLiteral("Wrong"));
        QCOMPARE(filter->findData(QStringLiteral("mostly-true")), -1);
        QCOMPARE(filter->count(), 4); // any verdict, no verdict yet, and the two levels
    }
};

QTEST_MAIN(ClaimsPanelTest)
#include "claimspanel_test.moc"
