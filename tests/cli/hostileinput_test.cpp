// SPDX-License-Identifier: GPL-2.0-or-later
// claimbench-cli against what must not crash, hang or lie: plugins that crash, abort, never return or allocate
// without bound; inputs that are not regular files or are over the documented cap; a standard output that
// cannot be written. Run as a process on the built binary.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {
const QString example = QStringLiteral(CLAIMBENCH_SOURCE_DIR "/examples/essex-jiangsu.txt");
const QString exampleSidecar = example + u".claims.json"_s;
QString fixtures()
{
    return QStringLiteral(CLAIMBENCH_BINARY_DIR "/tests/plugins/fixtures");
}
QString hostile(const QString &name)
{
    return fixtures() + u"/hostile/"_s + name;
}
} // namespace

class HostileInputTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Result {
        bool finished = false; ///< exited normally (no crash; a hang is not finished either)
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    Result run(const QStringList &args, const QString &pluginPath = QString(), const QString &stdoutFile = QString())
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CLAIMBENCH_PLUGIN_PATH"_s, pluginPath);
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));   // no user plugins
        env.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s)); // this test's probe cache
        p.setProcessEnvironment(env);
        if (!stdoutFile.isEmpty())
            p.setStandardOutputFile(stdoutFile);
        p.start(QStringLiteral(CLAIMBENCH_CLI), args);
        // A guard against a hang, not a measurement: a command that blocks fails the test here.
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished(-1);
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit, p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QString fifo;
    QString directory;
    QString huge;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        fifo = m_dir.filePath(u"fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        directory = m_dir.filePath(u"directory"_s);
        QVERIFY(QDir().mkpath(directory));
        // One byte over the documented cap (256 MiB), sparse: nothing of it is written to the disk.
        huge = m_dir.filePath(u"huge.txt"_s);
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(256LL * 1024 * 1024 + 1));
    }

    // --- plugins that crash, abort, hang or allocate without bound -------------------------------------------

    void pluginsListsBrokenPlugins_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        QTest::newRow("abort in constructor") << "abortctor" << "crashed (SIGABRT) while loading";
        QTest::newRow("crash in claimTypes") << "crashtypes" << "crashed (SIGSEGV) in claimTypes()";
    }

    void pluginsListsBrokenPlugins()
    {
        QFETCH(QString, name);
        QFETCH(QString, reason);
        const QString path = fixtures() + u':' + hostile(name);
        const Result json = run({u"plugins"_s, u"--json"_s}, path);
        QVERIFY(json.finished);
        QCOMPARE(json.code, 0);
        QJsonObject found;
        bool goodRunning = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(json.out).object().value(u"plugins"_s).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"id"_s).toString() == u"fixture-"_s + name)
                found = o;
            if (o.value(u"id"_s).toString() == u"fixture-good"_s)
                goodRunning = o.value(u"state"_s).toString() == u"running"_s;
        }
        QCOMPARE(found.value(u"state"_s).toString(), u"failed"_s);
        QCOMPARE(found.value(u"error"_s).toString(), reason);
        QVERIFY(goodRunning);
        // The listing says the same; the second run answers from the probe cache, with the same reason.
        const Result text = run({u"plugins"_s}, path);
        QVERIFY(text.finished);
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QString(found.value(u"path"_s).toString() + u": error: "_s + reason).toUtf8()),
                 text.out.constData());
    }

    void scanSurvivesDetectors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("reason");
        QTest::newRow("segfault") << "segvdetect" << QStringList() << "crashed (SIGSEGV) in detect()";
        QTest::newRow("endless") << "endless" << QStringList{u"--time-limit"_s, u"1"_s}
                                 << "timed out: its detector did not finish within 1 s";
        QTest::newRow("unbounded allocation") << "hog" << QStringList{u"--memory-limit"_s, u"128"_s}
                                              << "exceeded the memory limit (128 MiB) in detect()";
    }

    void scanSurvivesDetectors()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, options);
        QFETCH(QString, reason);
        const Result r = run(QStringList{u"scan"_s, example, u"--json"_s} + options, fixtures() + u':' + hostile(name));
        QVERIFY(r.finished);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QString(u"plugin 'fixture-"_s + name + u"' failed: "_s + reason).toUtf8()), r.err.constData());
        // The other plugins' suggestions are all there: the built-in detectors' and the good fixture's.
        QSet<QString> plugins;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).object().value(u"suggestions"_s).toArray())
            plugins << v.toObject().value(u"plugin"_s).toString();
        QVERIFY(plugins.contains(u"quantity"_s));
        QVERIFY(plugins.contains(u"fixture-good"_s));
        QVERIFY(!plugins.contains(u"fixture-"_s + name));
    }

    // --- inputs that are not regular files, or too large ----------------------------------------------------

    void inputsAreChecked_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("args"); // BAD stands for the bad input
        const QString out = m_dir.filePath(u"out.json"_s);
        const QList<std::pair<const char *, QStringList>> commands = {
            {"scan DOC", {u"scan"_s, u"BAD"_s}},
            {"validate SIDECAR", {u"validate"_s, u"BAD"_s}},
            {"validate --document", {u"validate"_s, exampleSidecar, u"--document"_s, u"BAD"_s}},
            {"anchor --document", {u"anchor"_s, u"--document"_s, u"BAD"_s, u"--sidecar"_s, exampleSidecar}},
            {"anchor --sidecar", {u"anchor"_s, u"--document"_s, example, u"--sidecar"_s, u"BAD"_s}},
            {"anchor --w3c", {u"anchor"_s, u"--document"_s, example, u"--w3c"_s, u"BAD"_s}},
            {"import --w3c", {u"import"_s, u"--w3c"_s, u"BAD"_s, u"--document"_s, example, u"-o"_s, out}},
            {"import --document", {u"import"_s, u"--w3c"_s, exampleSidecar, u"--document"_s, u"BAD"_s, u"-o"_s, out}},
            {"export --w3c", {u"export"_s, u"--w3c"_s, u"BAD"_s, u"-o"_s, u"-"_s}},
            {"report DOC", {u"report"_s, u"BAD"_s, u"-o"_s, u"-"_s}},
            {"report --sidecar", {u"report"_s, example, u"--sidecar"_s, u"BAD"_s, u"-o"_s, u"-"_s}},
            {"report --template", {u"report"_s, example, u"--template"_s, u"BAD"_s, u"-o"_s, u"-"_s}},
        };
        for (const char *kind : {"/dev/zero", "fifo", "directory", "over the cap"})
            for (const auto &[name, args] : commands)
                QTest::addRow("%s: %s", name, kind) << QString::fromLatin1(kind) << args;
    }

    void inputsAreChecked()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, args);
        const QString bad = kind == u"/dev/zero"_s ? kind : kind == u"fifo"_s ? fifo : kind == u"directory"_s ? directory : huge;
        args.replaceInStrings(QRegularExpression(u"^BAD$"_s), bad);
        const Result r = run(args);
        QVERIFY2(r.finished, "the command hung or crashed");
        QCOMPARE(r.code, 1);
        // PATH: error: MESSAGE (or PATH:LINE:COLUMN: error: MESSAGE), first on standard error, nothing else.
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.startsWith(bad + u':'), qPrintable(err));
        QVERIFY2(err.contains(u": error: "_s), qPrintable(err));
        QVERIFY2(!err.contains(u"claimbench-cli: "_s), qPrintable(err));
        const bool templateDir = kind == u"directory"_s && args.contains(u"--template"_s); // a directory of templates
        const QString why = templateDir ? u"neither report.html nor report.css"_s
                            : kind == u"directory"_s ? u"is a directory"_s
                            : kind == u"over the cap"_s ? u"file too large"_s
                                                        : u"not a regular file"_s;
        QVERIFY2(err.contains(why), qPrintable(err));
    }

    // --- standard output that cannot be written -------------------------------------------------------------

    void writeErrorsOnStandardOutput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("report md") << QStringList{u"report"_s, example, u"--format"_s, u"md"_s, u"-o"_s, u"-"_s};
        QTest::newRow("report csv") << QStringList{u"report"_s, example, u"--format"_s, u"csv"_s, u"-o"_s, u"-"_s};
        QTest::newRow("report json") << QStringList{u"report"_s, example, u"--format"_s, u"json"_s, u"-o"_s, u"-"_s};
        QTest::newRow("export (small)") << QStringList{u"export"_s, u"--w3c"_s, exampleSidecar, u"-o"_s, u"-"_s};
        QTest::newRow("scan --json") << QStringList{u"scan"_s, example, u"--json"_s};
        QTest::newRow("scan") << QStringList{u"scan"_s, example};
        QTest::newRow("validate") << QStringList{u"validate"_s, exampleSidecar};
        QTest::newRow("anchor --json") << QStringList{u"anchor"_s, u"--document"_s, example, u"--sidecar"_s, exampleSidecar, u"--json"_s};
        QTest::newRow("plugins --json") << QStringList{u"plugins"_s, u"--json"_s};
        QTest::newRow("--version") << QStringList{u"--version"_s};
        QTest::newRow("--help") << QStringList{u"--help"_s};
    }

    void writeErrorsOnStandardOutput()
    {
        QFETCH(QStringList, args);
        const Result full = run(args, QString(), u"/dev/full"_s);
        QVERIFY(full.finished);
        QCOMPARE(full.code, 1);
        QVERIFY2(full.err.contains("standard output: error: cannot write: No space left on device\n"), full.err.constData());
        QCOMPARE(full.err.count("standard output: error:"), 1); // said once
        // The same command with a writable standard output succeeds.
        const Result ok = run(args, QString(), m_dir.filePath(u"stdout.txt"_s));
        QVERIFY(ok.finished);
        QCOMPARE(ok.code, 0);
        QVERIFY(QFileInfo(m_dir.filePath(u"stdout.txt"_s)).size() > 0);
    }

    // --- the error shape ------------------------------------------------------------------------------------

    void reportTemplateErrorIsLocated()
    {
        const Result r = run({u"report"_s, example, u"--template"_s, directory, u"-o"_s, u"-"_s});
        QVERIFY(r.finished);
        QCOMPARE(r.code, 1);
        QCOMPARE(QString::fromUtf8(r.err), directory + u": error: neither report.html nor report.css in this directory\n"_s);
    }
};

QTEST_GUILESS_MAIN(HostileInputTest)
#include "hostileinput_test.moc"
