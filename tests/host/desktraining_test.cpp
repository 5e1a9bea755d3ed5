// SPDX-License-Identifier: GPL-2.0-or-later
// "Train Desk Model" (host/desktraining.h): the dialog trains the desk's model off the GUI thread, shows its
// progress, says what it learnt from and where it wrote the model; cancelled, it writes nothing; the workbench's
// Tools menu has the action.
#include "desk.h"
#include "desklearning.h"
#include "desktraining.h"
#include "mainwindow.h"
#include "pluginmanager.h"
#include "sidecar.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

const QString Marked = u"The state cut school funding by 12 percent in 2019, the largest cut in the nation."_s;
const QString Dismissed = u"Our county has a long partnership with Jiangsu province in China."_s;

// A desk with `articles` articles, each with one marked claim and one dismissed suggestion.
bool writeDesk(const QString &dir, int articles)
{
    if (DeskFile::write(dir, DeskSettings()).isValid())
        return false;
    for (int i = 0; i < articles; ++i) {
        const QString doc = QDir(dir).filePath(u"article%1.txt"_s.arg(i));
        const QString text = Marked + u" "_s + Dismissed + u"\n"_s;
        QFile f(doc);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(text.toUtf8());
        f.close();
        ClaimSetData data;
        Claim c;
        c.id = QUuid::createUuidV5(QUuid(), doc);
        c.claimType = u"check-worthy"_s;
        c.quote.exact = u"cut school funding by 12 percent"_s;
        c.start = text.indexOf(c.quote.exact);
        c.end = c.start + c.quote.exact.size();
        data.claims << c;
        data.dismissed << DismissedSuggestion{u"quantity"_s, u"a long partnership"_s};
        data.document = identifyDocument(doc, text.toUtf8());
        if (Sidecar::write(Sidecar::pathFor(doc), data).isValid())
            return false;
    }
    return true;
}

} // namespace

class DeskTrainingTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void trainsAndSaysWhat()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeDesk(dir.path(), 3));
        DeskTrainingDialog dialog(dir.path());
        QSignalSpy finished(&dialog, &DeskTrainingDialog::finished);
        QSignalSpy progress(dialog.progressBar(), &QProgressBar::valueChanged);
        dialog.show();
        dialog.start();
        QVERIFY(dialog.isRunning());
        QVERIFY(finished.wait(std::chrono::minutes(5))); // the signal, not a time: the bound is only a hang guard
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!dialog.isRunning());
        const QString path = CheckWorthy::deskModelPath(dir.path());
        QVERIFY(QFile::exists(path));
        QVERIFY2(dialog.summary().contains(u"Learnt from 3 accepted or marked claims and 3 dismissed suggestions in 3 articles"_s),
                 qPrintable(dialog.summary()));
        QVERIFY2(dialog.summary().contains(QDir::toNativeSeparators(path)), qPrintable(dialog.summary()));
        QVERIFY(progress.size() >= 1); // the articles read, then done
        QCOMPARE(dialog.progressBar()->value(), dialog.progressBar()->maximum());
    }

    void cancelledWritesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeDesk(dir.path(), 2));
        DeskTrainingDialog dialog(dir.path());
        QSignalSpy finished(&dialog, &DeskTrainingDialog::finished);
        dialog.show();
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton); // Cancel before the trainer's first step
        dialog.start();
        QVERIFY(finished.wait(std::chrono::minutes(5)));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(dialog.summary(), u"Cancelled: no desk model was written."_s);
        QVERIFY(!QFile::exists(CheckWorthy::deskModelPath(dir.path())));
    }

    void workbenchHasTheAction()
    {
        PluginManager plugins;
        MainWindow window(&plugins);
        QAction *action = window.findChild<QAction *>(u"trainDeskModel"_s);
        QVERIFY(action);
        QVERIFY(action->text().contains(u"Desk Model"_s));
    }
};

QTEST_MAIN(DeskTrainingTest)
#include "desktraining_test.moc"
