// SPDX-License-Identifier: GPL-2.0-or-later
// claimbench-cli plugins, run as a process on the built binary, with and without the broken fixture plugins.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class PluginsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Result {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    Result run(const QStringList &args, const QString &pluginPath = QString())
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CLAIMBENCH_PLUGIN_PATH"_s, pluginPath);
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CLAIMBENCH_CLI), args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    static QString fixtures() { return QStringLiteral(CLAIMBENCH_BINARY_DIR "/tests/plugins/fixtures"); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void builtinJson()
    {
        const Result r = run({u"plugins"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        const QJsonArray plugins = root.value(u"plugins"_s).toArray();
        QCOMPARE(plugins.size(), 7);
        for (const QJsonValue &v : plugins) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(u"state"_s).toString(), u"running"_s);
            QCOMPARE(o.value(u"kind"_s).toString(), u"library"_s);
            QCOMPARE(o.value(u"apiVersion"_s).toInt(), 1);
            QVERIFY(!o.contains(u"error"_s));
        }
        const QJsonArray types = root.value(u"claimTypes"_s).toArray();
        QCOMPARE(types.size(), 7);
        for (const QJsonValue &v : types)
            QVERIFY(!v.toObject().value(u"fields"_s).toArray().isEmpty());
    }

    void fixturesReported_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("error");
        QTest::newRow("wrong api") << "libfixture_wrongapi.so" << "rejected" << "API version 99 is not supported";
        QTest::newRow("wrong iid") << "libfixture_wrongiid.so" << "rejected" << "wrong interface id";
        QTest::newRow("no metadata") << "libfixture_nometadata.so" << "rejected" << "no Claimbench metadata";
        QTest::newRow("duplicate") << "libfixture_duplicate.so" << "rejected" << "duplicate id \"quantity\"";
        QTest::newRow("malformed") << "malformed.claimtype.json" << "rejected" << "/fields/0/kind: unknown kind";
        QTest::newRow("good") << "libfixture_good.so" << "running" << QString();
        QTest::newRow("declarative") << "good.claimtype.json" << "running" << QString();
    }

    void fixturesReported()
    {
        QFETCH(QString, file);
        QFETCH(QString, state);
        QFETCH(QString, error);
        const Result r = run({u"plugins"_s, u"--json"_s}, fixtures());
        QCOMPARE(r.code, 0);
        const QJsonArray plugins = QJsonDocument::fromJson(r.out).object().value(u"plugins"_s).toArray();
        QJsonObject found;
        for (const QJsonValue &v : plugins)
            if (v.toObject().value(u"path"_s).toString().endsWith(u'/' + file))
                found = v.toObject();
        QVERIFY2(!found.isEmpty(), qPrintable(file));
        QCOMPARE(found.value(u"state"_s).toString(), state);
        QVERIFY2(found.value(u"error"_s).toString().contains(error), qPrintable(found.value(u"error"_s).toString()));
        // The text listing shows the same, with the reason.
        const Result text = run({u"plugins"_s}, fixtures());
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(file.toUtf8()));
        if (!error.isEmpty())
            QVERIFY(text.out.contains(error.toUtf8()));
    }

    void malformedIsLocated()
    {
        const Result r = run({u"plugins"_s}, fixtures());
        QVERIFY(r.out.contains("malformed.claimtype.json:5:31: error: /fields/0/kind: unknown kind \"colour\""));
    }

    void usage()
    {
        const Result r = run({u"plugins"_s, u"extra"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("no arguments expected"));
    }
};

QTEST_GUILESS_MAIN(PluginsTest)
#include "plugins_test.moc"
