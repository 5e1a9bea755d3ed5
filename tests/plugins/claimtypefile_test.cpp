// SPDX-License-Identifier: GPL-2.0-or-later
// Declarative claim-type files (*.claimtype.json) that are wrong, each with the exact located error the plugin
// manager reports for it (in the manner of Qt Creator's pluginspec tests and their spec_wrong*.xml files).
#include "pluginmanager.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;

class ClaimTypeFileTest : public QObject
{
    Q_OBJECT

    // Loads `bytes` as the only plugin of a fresh directory: its record, and the manager's list of problems.
    static PluginRecord load(const QByteArray &bytes, QTemporaryDir &dir, QStringList *errors)
    {
        QFile f(dir.filePath(QStringLiteral("wrong.claimtype.json")));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return PluginRecord();
        f.close();
        PluginManager m;
        m.setSearchPaths({dir.path()});
        m.loadPlugins();
        *errors = m.errors();
        const QList<PluginRecord> all = m.plugins();
        return all.size() == 1 ? all.first() : PluginRecord();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void wrongFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected"); ///< %1 is the file's path
        const QString api = QString::number(PluginApiVersion);
        QTest::newRow("syntax") << QByteArray("{\n  \"id\": \"x\",\n  \"name\": }")
                                << "%1:3:11: error: invalid JSON: syntax error while parsing value - unexpected '}'; "
                                   "expected '[', '{', or a literal";
        QTest::newRow("not an object") << QByteArray("[1]") << "%1:1:1: error: the file must hold one JSON object";
        QTest::newRow("missing id") << QByteArray("\n{\"name\": \"N\"}") << "%1:2:1: error: missing required key \"id\"";
        QTest::newRow("bad id") << QByteArray("{\"id\": \"Bad Id\", \"name\": \"N\"}")
                                << "%1:1:8: error: /id: \"Bad Id\" is not a valid id (lower-case letters, digits, '.', '_', '-')";
        QTest::newRow("unknown key with a slash")
            << QByteArray("{\"id\": \"x\", \"name\": \"N\", \"a/b\": 1}") << "%1:1:33: error: /a~1b: unknown key \"a/b\"";
        QTest::newRow("api version") << QByteArray("{\"id\": \"x\", \"name\": \"N\", \"apiVersion\": 2}")
                                     << "%1:1:40: error: /apiVersion: API version 2 is not supported (this Claimbench supports "
                                            + api + ")";
        QTest::newRow("colour") << QByteArray("{\n \"id\": \"x\",\n \"name\": \"N\",\n \"colour\": \"red\"\n}")
                                << "%1:4:12: error: /colour: must be a colour like \"#1f77b4\"";
        // Columns count code points (é, –, “ and ” are 2 or 3 bytes each).
        QTest::newRow("columns in code points")
            << QByteArray("{\"id\": \"x\", \"name\": \"N" "\xC3\xA9" "e " "\xE2\x80\x93" " " "\xE2\x80\x9C" "test"
                          "\xE2\x80\x9D" "\", \"fields\": [{\"name\": \"" "\xC3\xA9" "\", \"kind\": \"colour\"}]}")
            << "%1:1:70: error: /fields/0/kind: unknown kind \"colour\" (expected one of text, number, date, url, choice, "
               "boolean)";
        QTest::newRow("duplicate field") << QByteArray("{\"id\": \"x\", \"name\": \"N\", \"fields\": [{\"name\": \"a\"}, {\"name\": \"a\"}]}")
                                         << "%1:1:61: error: /fields/1/name: duplicate field name \"a\"";
        QTest::newRow("choice without choices")
            << QByteArray("{\"id\": \"x\", \"name\": \"N\", \"fields\": [{\"name\": \"a\", \"kind\": \"choice\"}]}")
            << "%1:1:37: error: /fields/0: a choice field needs a non-empty \"choices\" array";
        QTest::newRow("empty step") << QByteArray("{\"id\": \"x\", \"name\": \"N\", \"checklist\": [\"ok\", \"  \"]}")
                                    << "%1:1:46: error: /checklist/1: a step needs text";
        QTest::newRow("bad pattern") << QByteArray("{\"id\": \"x\", \"name\": \"N\", \"detectors\": [{\"pattern\": \"(\"}]}")
                                     << "%1:1:52: error: /detectors/0/pattern: invalid regular expression: missing closing "
                                        "parenthesis (at offset 1)";
        QTest::newRow("group out of range")
            << QByteArray("{\"id\": \"x\", \"name\": \"N\", \"detectors\": [{\"pattern\": \"a\", \"group\": 1}]}")
            << "%1:1:66: error: /detectors/0/group: must be a capture group of the pattern (0..0)";
        // The key is written with an escape in the file; it is found all the same.
        QTest::newRow("unknown key written with an escape")
            << QByteArray("{\"id\": \"x\", \"name\": \"N\", \"detectors\": [{\"pattern\": \"a\", \"\\u0061bc\": 1}]}")
            << "%1:1:69: error: /detectors/0/abc: unknown key \"abc\"";
        // 170 bytes nested 67 deep (the object and 66 arrays) used to hang the plugin manager; the 65th level is
        // refused where it opens.
        QTest::newRow("nested 66 deep") << QByteArray("{\"id\": \"x\", \"name\": \"N\", \"$schema\": " + QByteArray(66, '[')
                                                      + QByteArray(66, ']') + "}")
                                        << "%1:1:100: error: nested deeper than 64 levels";
        QTest::newRow("nested 500,000 deep") << QByteArray("\n" + QByteArray(500000, '[') + QByteArray(500000, ']'))
                                             << "%1:2:65: error: nested deeper than 64 levels";
        // Duplicate keys are refused (a parser would keep the last silently), at the repeated key, escapes decoded.
        QTest::newRow("duplicate key") << QByteArray("{\"id\": \"x\", \"name\": \"N\", \"id\": \"y\"}")
                                       << "%1:1:26: error: /id: duplicate key \"id\"";
        QTest::newRow("second detectors array")
            << QByteArray("{\"id\": \"x\", \"name\": \"N\",\n \"detectors\": [{\"pattern\": \"a\"}],\n \"detectors\": []}")
            << "%1:3:2: error: /detectors: duplicate key \"detectors\"";
        QTest::newRow("duplicate key written with an escape")
            << QByteArray("{\"id\": \"x\", \"name\": \"N\", \"detectors\": [{\"pattern\": \"a\", \"\\u0070attern\": \"b\"}]}")
            << "%1:1:57: error: /detectors/0/pattern: duplicate key \"pattern\"";
    }
    void wrongFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList errors;
        const PluginRecord r = load(bytes, dir, &errors);
        QVERIFY(r.isValid());
        QCOMPARE(r.state, PluginRecord::Rejected);
        QVERIFY(r.declarative);
        QCOMPARE(r.id, QStringLiteral("wrong")); // named after the file when it has no valid id
        QCOMPARE(r.error.path, r.path);
        QCOMPARE(r.error.toString(), expected.arg(r.path));
        QCOMPARE(errors, QStringList{expected.arg(r.path)});
    }

    void tooLargeIsNotInTheText()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QByteArray bytes = "{\"id\": \"x\", \"name\": \"N\", \"description\": \"";
        bytes += QByteArray(1024 * 1024, 'a');
        bytes += "\"}";
        QStringList errors;
        const PluginRecord r = load(bytes, dir, &errors);
        QVERIFY(r.isValid());
        QCOMPARE(r.state, PluginRecord::Rejected);
        QCOMPARE(r.error, (LocatedError{r.path, 0, 0, QStringLiteral("file too large (%1 bytes; at most %2)")
                                                          .arg(bytes.size()).arg(1024 * 1024)}));
        QCOMPARE(r.error.toString(), r.path + QStringLiteral(": error: file too large (%1 bytes; at most 1048576)")
                                                  .arg(bytes.size()));
    }

    void deepestNestingIsAccepted()
    {
        // 64 levels (the object and 63 arrays) are the limit, not beyond it; the same key in two objects is no
        // duplicate.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList errors;
        const PluginRecord r = load("{\"id\": \"x\", \"name\": \"N\", \"fields\": [{\"name\": \"a\"}, {\"name\": \"b\"}], "
                                    "\"$schema\": " + QByteArray(63, '[') + QByteArray(63, ']') + "}",
                                    dir, &errors);
        QCOMPARE(errors, QStringList());
        QCOMPARE(r.state, PluginRecord::Running);
    }

    void goodFileHasNoError()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList errors;
        const PluginRecord r = load("{\"id\": \"x\", \"name\": \"N\", \"fields\": [{\"name\": \"a\", \"kind\": \"choice\", "
                                    "\"choices\": [\"p\"]}]}",
                                    dir, &errors);
        QVERIFY(r.isValid());
        QCOMPARE(r.state, PluginRecord::Running);
        QVERIFY(!r.error.isValid());
        QCOMPARE(r.error, LocatedError());
        QVERIFY(errors.isEmpty());
    }
};

QTEST_GUILESS_MAIN(ClaimTypeFileTest)
#include "claimtypefile_test.moc"
