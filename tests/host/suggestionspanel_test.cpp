// SPDX-License-Identifier: GPL-2.0-or-later
// "Find claims" runs detectors in the background: cancel works, and a detector that hangs is disabled after the
// timeout with a message while the session goes on.
#include "claimeditor.h"
#include "documentcontroller.h"
#include "pluginmanager.h"
#include "suggestionspanel.h"

#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Claimbench;

class SuggestionsPanelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void hangingDetectorIsDisabled()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Some text with 5 percent in it.\n");
        f.close();
        PluginManager plugins;
        plugins.setSearchPaths({QStringLiteral(CLAIMBENCH_HOST_FIXTURE_DIR)});
        plugins.loadPlugins();
        QCOMPARE(plugins.plugin(QStringLiteral("fixture-hang")).state, PluginRecord::Running);
        ClaimEditor editor;
        DocumentController controller(&editor, &plugins);
        QVERIFY(controller.open(path));
        SuggestionsPanel panel(&controller);
        panel.setTimeout(300);
        QSignalSpy problem(&panel, &SuggestionsPanel::problem);
        QSignalSpy failed(&plugins, &PluginManager::pluginFailed);
        QSignalSpy finished(&panel, &SuggestionsPanel::finished);
        panel.findClaims();
        QVERIFY(panel.isRunning());
        QVERIFY(finished.wait(3000));
        QVERIFY(!panel.isRunning());
        QCOMPARE(problem.count(), 1);
        QVERIFY(problem.first().at(0).toString().contains(QStringLiteral("fixture-hang")));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(plugins.plugin(QStringLiteral("fixture-hang")).state, PluginRecord::Failed);
        // The session goes on: the next run skips the disabled detector.
        panel.findClaims();
        QVERIFY(!panel.isRunning());
        QCOMPARE(panel.list()->topLevelItemCount(), 0);
    }
};

QTEST_MAIN(SuggestionsPanelTest)
#include "suggestionspanel_test.moc"
