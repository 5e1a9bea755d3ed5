// SPDX-License-Identifier: GPL-2.0-or-later
// "Find claims" runs detectors in the background: cancel works, and a detector that hangs is disabled after the
// timeout with a message while the session goes on; in HTML source the detectors read what a reader reads.
#include "claimeditor.h"
#include "claimset.h"
#include "documentcontroller.h"
#include "pluginmanager.h"
#include "suggestionspanel.h"

#include <QApplication>
#include <QDir>
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

    /// A document open with the built-in detectors and a suggestions panel over it, whose watchdog is out of the
    /// way (a slow machine is not a hang; the hanging detector has its own test).
    struct Scan {
        PluginManager plugins;
        ClaimEditor editor;
        DocumentController controller{&editor, &plugins};
        SuggestionsPanel panel{&controller};
        bool opened = false;
        explicit Scan(const QString &path)
        {
            plugins.setSearchPaths({QStringLiteral(CLAIMBENCH_PLUGIN_DIR)});
            plugins.loadPlugins();
            opened = controller.open(path);
            panel.setTimeout(24 * 3600 * 1000);
        }
        /// Find Claims, until the detectors answer (an event, not a time).
        bool find()
        {
            QSignalSpy finished(&panel, &SuggestionsPanel::finished);
            panel.findClaims();
            return finished.wait(120000);
        }
    };

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

    // The article's HTML source stays as it is in the editor, but the detectors read its text: no suggestion from
    // the script, none shown with markup; accepted, the claim's quote is the source the suggestion covers.
    void detectorsReadTheReadableText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("page.html"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<html><head><script>var note = \"The mayor spent 9 million pounds on 14 statues in 2019\";</script>"
                "</head><body><p>Residents will pay <strong>4.99% more</strong> in council tax, the council confirmed "
                "on Tuesday &mdash; the largest rise in a decade.</p></body></html>\n");
        f.close();
        Scan scan(path);
        QVERIFY(scan.opened);
        QCOMPARE(scan.controller.claims()->data().document.mediaType, QStringLiteral("text/html"));
        QVERIFY(scan.find());
        QTreeWidget *list = scan.panel.list();
        QVERIFY(list->topLevelItemCount() > 0);
        QTreeWidgetItem *percentage = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = list->topLevelItem(i);
            const QString shown = item->text(0), source = item->data(2, Qt::UserRole).toString();
            QVERIFY2(!shown.contains(u'<') && !shown.contains(QStringLiteral("&mdash")), qPrintable(shown));
            QVERIFY2(!source.contains(QStringLiteral("mayor")), qPrintable(source));
            if (!percentage && shown.contains(QStringLiteral("4.99% more")))
                percentage = item;
        }
        QVERIFY(percentage);
        const QString source = percentage->data(2, Qt::UserRole).toString();
        QVERIFY2(source.contains(QStringLiteral("<strong>4.99% more</strong>")), qPrintable(source));
        list->setCurrentItem(percentage);
        QSignalSpy accepted(&scan.panel, &SuggestionsPanel::claimAccepted);
        scan.panel.acceptCurrent();
        QCOMPARE(accepted.count(), 1);
        const Claim claim = scan.controller.claims()->claim(accepted.first().at(0).toUuid());
        QCOMPARE(claim.quote.exact, source); // the accepted suggestion is gone from the list
    }

    // The list holds one suggestion per passage (PluginManager::combine()), not each detector's on the same text.
    void onePerPassage()
    {
        const QString sample = QStringLiteral(CLAIMBENCH_SOURCE_DIR "/examples/essex-jiangsu.txt");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("article.txt"));
        QVERIFY(QFile::copy(sample, path)); // without its sidecar: nothing marked or dismissed yet
        Scan scan(path);
        QVERIFY(scan.opened);
        QVERIFY(scan.find());
        QTreeWidget *list = scan.panel.list();
        const qsizetype every = scan.plugins.detect(scan.editor.toPlainText()).size();
        QVERIFY(list->topLevelItemCount() > 0);
        QVERIFY(list->topLevelItemCount() < every);
        QList<Anchor> shown;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            shown << scan.controller.suggestionAnchor(list->topLevelItem(i)->data(0, Qt::UserRole).toUuid());
        if (const QString shots = qEnvironmentVariable("CLAIMBENCH_SCREENSHOT_DIR"); !shots.isEmpty() && QDir().mkpath(shots)) {
            scan.panel.resize(900, 600); // for people to look at, only when asked for
            scan.panel.grab().save(QDir(shots).filePath(QStringLiteral("suggestions-one-per-passage.png")));
        }
        for (qsizetype i = 0; i < shown.size(); ++i) {
            QVERIFY(shown[i].isValid());
            for (qsizetype k = i + 1; k < shown.size(); ++k)
                QVERIFY(shown[i].end() <= shown[k].start() || shown[k].end() <= shown[i].start());
        }
        // Dismissing a passage's best suggestion leaves the others on it to be suggested: the list is combined
        // from what is still undecided.
        const auto row = [&](const QString &type, const QString &startsWith) -> QTreeWidgetItem * {
            for (int i = 0; i < list->topLevelItemCount(); ++i)
                if (list->topLevelItem(i)->data(1, Qt::UserRole).toString() == type
                    && list->topLevelItem(i)->data(2, Qt::UserRole).toString().startsWith(startsWith))
                    return list->topLevelItem(i);
            return nullptr;
        };
        QTreeWidgetItem *figure = row(QStringLiteral("quantity"), QStringLiteral("brought millions of pounds"));
        QVERIFY(figure);
        QVERIFY(figure->text(3).contains(QStringLiteral("also: ")));
        QVERIFY(!row(QStringLiteral("quote-attribution"), QStringLiteral("is said to have brought")));
        list->setCurrentItem(figure);
        scan.panel.dismissCurrent();
        QVERIFY(scan.find());
        QVERIFY(!row(QStringLiteral("quantity"), QStringLiteral("brought millions of pounds")));
        QVERIFY(row(QStringLiteral("quote-attribution"), QStringLiteral("is said to have brought")));
    }
};

QTEST_MAIN(SuggestionsPanelTest)
#include "suggestionspanel_test.moc"
