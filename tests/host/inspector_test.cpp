// SPDX-License-Identifier: GPL-2.0-or-later
// The inspector never loses what was typed: notes and field text not yet committed go into the model before any
// other change of the claim, before the form is reloaded, and before the claims are saved.
#include "claimeditor.h"
#include "claimset.h"
#include "documentcontroller.h"
#include "inspector.h"
#include "pluginmanager.h"
#include "sidecar.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;

namespace {
const QString Text = QStringLiteral("Essex has a partnership with Jiangsu. It brought £2 million to the economy.\n");

struct Fixture {
    QTemporaryDir dir;
    PluginManager plugins;
    ClaimEditor editor;
    DocumentController controller{&editor, &plugins};
    Inspector inspector{&controller};
    QString path;
    QUuid id;
    Fixture()
    {
        plugins.setSearchPaths({QStringLiteral(CLAIMBENCH_PLUGIN_DIR)}); // the built-in claim types
        plugins.loadPlugins();
        path = dir.filePath(QStringLiteral("article.txt"));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(Text.toUtf8());
    }
    bool open()
    {
        if (!controller.open(path))
            return false;
        const int at = int(Text.indexOf(QStringLiteral("£2 million")));
        id = controller.markClaim(QStringLiteral("quantity"), at, at + 10);
        inspector.setClaim(id);
        inspector.show();
        return !id.isNull() && plugins.claimType(QStringLiteral("quantity")).isValid();
    }
    QCheckBox *checklistBox(const QString &step) const
    {
        return inspector.findChild<QCheckBox *>(QStringLiteral("checklist.") + step);
    }
};
} // namespace

class InspectorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Typed notes, then at once (long before the notes' idle commit) a checklist box or the status: both kept.
    void notesThenAnotherFieldKeepsBoth_data()
    {
        QTest::addColumn<QString>("then");
        QTest::newRow("checklist box") << QStringLiteral("checklist");
        QTest::newRow("status") << QStringLiteral("status");
    }
    void notesThenAnotherFieldKeepsBoth()
    {
        QFETCH(QString, then);
        Fixture f;
        QVERIFY(f.open());
        f.inspector.notesEdit()->setFocus();
        QTest::keyClicks(f.inspector.notesEdit(), QStringLiteral("Checked with ONS"));
        QCOMPARE(f.controller.claims()->claim(f.id).notes, QString()); // not committed yet: the idle timer waits
        if (then == QLatin1String("checklist")) {
            QCheckBox *box = f.checklistBox(QStringLiteral("primary-source"));
            QVERIFY(box);
            box->click();
            QCOMPARE(f.controller.claims()->claim(f.id).checklist.value(QStringLiteral("primary-source")), true);
        } else {
            QVERIFY(f.controller.setField(f.id, QStringLiteral("status"), QStringLiteral("in-progress")));
            QCOMPARE(f.controller.claims()->claim(f.id).status, ClaimStatus::InProgress);
        }
        QCOMPARE(f.controller.claims()->claim(f.id).notes, QStringLiteral("Checked with ONS"));
        QCOMPARE(f.inspector.notesEdit()->toPlainText(), QStringLiteral("Checked with ONS"));
        QVERIFY(f.controller.saveSidecar());
        const Sidecar::ReadResult r = Sidecar::read(Sidecar::pathFor(f.path));
        QVERIFY(r.ok());
        QCOMPARE(r.data.claims.first().notes, QStringLiteral("Checked with ONS"));
    }

    // Saving (autosave, Save, quit) commits what was typed first.
    void saveCommitsTypedNotes()
    {
        Fixture f;
        QVERIFY(f.open());
        QTest::keyClicks(f.inspector.notesEdit(), QStringLiteral("typed just before quitting"));
        QVERIFY(f.controller.close());
        const Sidecar::ReadResult r = Sidecar::read(Sidecar::pathFor(f.path));
        QVERIFY(r.ok());
        QCOMPARE(r.data.claims.first().notes, QStringLiteral("typed just before quitting"));
    }

    // A field's text typed and not yet confirmed (no Return, no focus change) survives a checklist click.
    void fieldTextThenChecklistKeepsBoth()
    {
        Fixture f;
        QVERIFY(f.open());
        auto *unit = f.inspector.findChild<QLineEdit *>(QStringLiteral("fields.unit"));
        QVERIFY(unit);
        QTest::keyClicks(unit, QStringLiteral("GBP"));
        f.checklistBox(QStringLiteral("context"))->click();
        const Claim c = f.controller.claims()->claim(f.id);
        QCOMPARE(c.fields.value(QStringLiteral("unit")).toString(), QStringLiteral("GBP"));
        QCOMPARE(c.checklist.value(QStringLiteral("context")), true);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    InspectorTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "inspector_test.moc"
