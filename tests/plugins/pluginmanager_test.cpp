// SPDX-License-Identifier: GPL-2.0-or-later
// The plugin manager against the built-in plugins and deliberately broken fixture plugins.
#include "pluginmanager.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <tuple>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

using namespace Claimbench;

class PluginManagerTest : public QObject
{
    Q_OBJECT

    static QString fixtureDir() { return QStringLiteral(CLAIMBENCH_FIXTURE_DIR); }
    static QString hostileDir(const QString &name) { return fixtureDir() + QStringLiteral("/hostile/") + name; }
    static QString fixtureText() { return QStringLiteral("Unemployment rose by 12% last year."); }

    QTemporaryDir m_tmp;
    int m_caches = 0;
    /// A fresh, empty probe cache for one test (the tests that share one say so).
    QString freshCache() { return m_tmp.filePath(QStringLiteral("cache-%1/plugin-probes.json").arg(++m_caches)); }

    static QStringList pluginIds(const QList<PluginSuggestion> &found)
    {
        QStringList ids;
        for (const PluginSuggestion &s : found)
            if (!ids.contains(s.pluginId))
                ids << s.pluginId;
        return ids;
    }
    static QString builtinDir() { return QStringLiteral(CLAIMBENCH_PLUGIN_DIR); }

    static PluginRecord byFile(const PluginManager &m, const QString &fileNamePart)
    {
        for (const PluginRecord &r : m.plugins())
            if (QFileInfo(r.path).fileName().contains(fileNamePart))
                return r;
        return PluginRecord();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        QVERIFY2(QFileInfo(PluginManager::defaultPluginHostPath()).isExecutable(), qPrintable(PluginManager::defaultPluginHostPath()));
    }

    // Each hostile plugin alone with the good fixtures: a recorded failure with its reason, in the plugin's own
    // file, while this process (the host) goes on and the good plugins' suggestions are kept.
    void hostilePlugins_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("failsLoading");
        QTest::addColumn<QString>("reason");
        QTest::newRow("segfault in detect") << "segvdetect" << "fixture-segvdetect" << false << "crashed (SIGSEGV) in detect()";
        QTest::newRow("abort in constructor") << "abortctor" << "fixture-abortctor" << true << "crashed (SIGABRT) while loading";
        QTest::newRow("crash in claimTypes") << "crashtypes" << "fixture-crashtypes" << true << "crashed (SIGSEGV) in claimTypes()";
        QTest::newRow("endless detector") << "endless" << "fixture-endless" << false
                                          << "timed out: its detector did not finish within 1 s";
        QTest::newRow("unbounded allocation") << "hog" << "fixture-hog" << false
                                              << "exceeded the memory limit (128 MiB) in detect()";
    }

    void hostilePlugins()
    {
        QFETCH(QString, name);
        QFETCH(QString, id);
        QFETCH(bool, failsLoading);
        QFETCH(QString, reason);
        PluginManager m;
        m.setProbeCachePath(freshCache());
        m.setTimeLimit(1000ms); // the endless detector is killed when it passes; nothing here measures time
        m.setMemoryLimit(128LL * 1024 * 1024);
        m.setSearchPaths({fixtureDir(), hostileDir(name)});
        m.loadPlugins();
        QCOMPARE(m.plugin(QStringLiteral("fixture-good")).state, PluginRecord::Running);
        PluginRecord r = m.plugin(id);
        QVERIFY(r.isValid());
        QCOMPARE(QFileInfo(r.path).absolutePath(), hostileDir(name));
        QCOMPARE(r.state, failsLoading ? PluginRecord::Failed : PluginRecord::Running);
        QSignalSpy failed(&m, &PluginManager::pluginFailed);
        const QList<PluginSuggestion> found = m.detect(fixtureText());
        QStringList reasons; // of this plugin (the throwing fixture fails too)
        for (const QList<QVariant> &signal : std::as_const(failed))
            if (signal.at(0).toString() == id)
                reasons << signal.at(1).toString();
        QCOMPARE(reasons, failsLoading ? QStringList() : QStringList{reason});
        r = m.plugin(id);
        QCOMPARE(r.state, PluginRecord::Failed);
        QCOMPARE(r.error, (LocatedError{r.path, 0, 0, reason}));
        QVERIFY(m.errors().contains(r.path + QStringLiteral(": error: ") + reason));
        QVERIFY(!m.claimType(id).isValid());
        // The others' results are kept: the good fixture suggested its first word.
        QVERIFY2(pluginIds(found).contains(QStringLiteral("fixture-good")), qPrintable(pluginIds(found).join(u',')));
        // A failed plugin is not run again.
        failed.clear();
        QVERIFY(pluginIds(m.detect(fixtureText())).contains(QStringLiteral("fixture-good")));
        for (const QList<QVariant> &signal : std::as_const(failed))
            QVERIFY(signal.at(0).toString() != id);
    }

    // What probing found, a crash included, is cached by the library's hash: the next start does not probe (or
    // crash) again; a changed library is probed anew.
    void probeCache()
    {
        const QString cache = freshCache();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("libfixture_abortctor.so"));
        QVERIFY(QFile::copy(hostileDir(QStringLiteral("abortctor")) + QStringLiteral("/libfixture_abortctor.so"), copy));
        QVERIFY(QFile::copy(fixtureDir() + QStringLiteral("/libfixture_good.so"), dir.filePath(QStringLiteral("libfixture_good.so"))));
        const QString reason = QStringLiteral("crashed (SIGABRT) while loading");
        {
            PluginManager first;
            first.setProbeCachePath(cache);
            first.setSearchPaths({dir.path()});
            first.loadPlugins();
            QCOMPARE(first.probeCount(), 2);
            QCOMPARE(first.plugin(QStringLiteral("fixture-abortctor")).error.message, reason);
        }
        QVERIFY(QFileInfo::exists(cache));
        {
            PluginManager second;
            second.setProbeCachePath(cache);
            second.setSearchPaths({dir.path()});
            second.loadPlugins();
            QCOMPARE(second.probeCount(), 0);
            QCOMPARE(second.plugin(QStringLiteral("fixture-abortctor")).state, PluginRecord::Failed);
            QCOMPARE(second.plugin(QStringLiteral("fixture-abortctor")).error.message, reason);
            // The good plugin's claim types come from the cache too, and its detector runs.
            QCOMPARE(second.plugin(QStringLiteral("fixture-good")).state, PluginRecord::Running);
            QCOMPARE(second.claimType(QStringLiteral("fixture-good")).name, QStringLiteral("Fixture good"));
            QVERIFY(pluginIds(second.detect(fixtureText())).contains(QStringLiteral("fixture-good")));
        }
        {
            QFile f(copy); // another build of the plugin: other bytes, probed again
            QVERIFY(f.open(QIODevice::Append));
            QVERIFY(f.write("rebuilt") == 7);
        }
        PluginManager third;
        third.setProbeCachePath(cache);
        third.setSearchPaths({dir.path()});
        third.loadPlugins();
        QCOMPARE(third.probeCount(), 1);
        QCOMPARE(third.plugin(QStringLiteral("fixture-abortctor")).error.message, reason);
        // Without a cache every start probes.
        PluginManager uncached;
        uncached.setProbeCachePath(QString());
        uncached.setSearchPaths({dir.path()});
        uncached.loadPlugins();
        QCOMPARE(uncached.probeCount(), 2);
    }

    // The probe reads claim types whole: fields, choices, checklist and guidance reach the host as the plugin made them.
    void isolatedMatchesInProcess()
    {
        PluginManager isolated;
        isolated.setProbeCachePath(freshCache());
        isolated.setSearchPaths({builtinDir()});
        isolated.loadPlugins();
        PluginManager inProcess;
        inProcess.setIsolation(PluginManager::Isolation::InProcess);
        inProcess.setSearchPaths({builtinDir()});
        inProcess.loadPlugins();
        QCOMPARE(inProcess.probeCount(), 0);
        QCOMPARE(isolated.probeCount(), int(isolated.plugins().size()));
        QCOMPARE(isolated.claimTypes(), inProcess.claimTypes());
        const QString text = QStringLiteral("The law criminalised protests. Unemployment rose by 12% in 2019. "
                                            "\"We will win\", she said. Prices will rise next year, causing strikes.");
        const QList<PluginSuggestion> a = isolated.detect(text);
        const QList<PluginSuggestion> b = inProcess.detect(text);
        QVERIFY(a.size() >= 4);
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].suggestion, b[i].suggestion);
            QCOMPARE(a[i].pluginId, b[i].pluginId);
        }
    }

    // The workbench calls detect() from a plain worker thread (no event loop): the workers run the same from there.
    void detectFromAThread()
    {
        PluginManager m;
        m.setProbeCachePath(freshCache());
        m.setSearchPaths({fixtureDir(), hostileDir(QStringLiteral("segvdetect"))});
        m.loadPlugins();
        QList<PluginSuggestion> found;
        std::thread([&] { found = m.detect(fixtureText()); }).join();
        QVERIFY(pluginIds(found).contains(QStringLiteral("fixture-good")));
        QCOMPARE(m.plugin(QStringLiteral("fixture-segvdetect")).error.message, QStringLiteral("crashed (SIGSEGV) in detect()"));
    }

    void missingPluginHost()
    {
        PluginManager m;
        m.setProbeCachePath(freshCache());
        m.setPluginHostPath(m_tmp.filePath(QStringLiteral("no-such-pluginhost")));
        m.setSearchPaths({fixtureDir()});
        m.loadPlugins();
        const PluginRecord r = m.plugin(QStringLiteral("fixture-good"));
        QCOMPARE(r.state, PluginRecord::Failed);
        QVERIFY2(r.error.message.startsWith(QStringLiteral("cannot start the plugin host ")), qPrintable(r.error.message));
        // Declarative claim types need no worker.
        QCOMPARE(m.plugin(QStringLiteral("waiting-times")).state, PluginRecord::Running);
    }

    void builtinPluginsLoad()
    {
        PluginManager m;
        m.setSearchPaths({builtinDir()});
        m.loadPlugins();
        QStringList running;
        for (const PluginRecord &r : m.plugins()) {
            QCOMPARE(r.state, PluginRecord::Running);
            QVERIFY2(!r.error.isValid(), qPrintable(r.error.toString()));
            QVERIFY(r.hasDetector);
            QCOMPARE(r.apiVersion, PluginApiVersion);
            running << r.id;
        }
        running.sort();
        QCOMPARE(running, QStringList({QStringLiteral("causation"), QStringLiteral("check-worthy"), QStringLiteral("laws-rules"), QStringLiteral("prediction"),
                                       QStringLiteral("quantity"), QStringLiteral("quote-attribution"),
                                       QStringLiteral("temporal-event")}));
        const QList<ClaimType> types = m.claimTypes();
        QCOMPARE(types.size(), 7);
        for (qsizetype i = 1; i < types.size(); ++i)
            QVERIFY(QString::localeAwareCompare(types[i - 1].name, types[i].name) <= 0); // sorted by name
        for (const ClaimType &t : types) {
            QVERIFY(!t.fields.isEmpty());
            QVERIFY(t.checklist.size() >= 3);
            QVERIFY(!t.guidance.isEmpty());
            QVERIFY(QRegularExpression(QStringLiteral("^#[0-9a-f]{6}$")).match(t.colour).hasMatch());
            QCOMPARE(m.pluginForClaimType(t.id), t.id);
        }
        QVERIFY(m.errors().isEmpty());
        QCOMPARE(m.claimType(QStringLiteral("quantity")).name, QStringLiteral("Quantity"));
        QVERIFY(!m.claimType(QStringLiteral("no-such-type")).isValid());
    }

    void loadOrderIsSorted()
    {
        PluginManager m;
        m.setSearchPaths({builtinDir(), fixtureDir()});
        m.loadPlugins();
        const QList<PluginRecord> all = m.plugins();
        QStringList builtin, fixtures;
        for (const PluginRecord &r : all)
            (r.path.startsWith(builtinDir()) ? builtin : fixtures) << QFileInfo(r.path).fileName();
        QVERIFY(!builtin.isEmpty());
        QVERIFY(!fixtures.isEmpty());
        QCOMPARE(all.first().path.startsWith(builtinDir()), true); // directories in search-path order
        QStringList sorted = fixtures;
        sorted.sort();
        QCOMPARE(fixtures, sorted); // files by name within a directory
    }

    void brokenFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("loadMarker");
        QTest::newRow("wrong apiVersion") << "fixture_wrongapi" << int(PluginRecord::Rejected)
                                          << "API version 99 is not supported" << "CLAIMBENCH_FIXTURE_LOADED_WRONGAPI";
        QTest::newRow("wrong IID") << "fixture_wrongiid" << int(PluginRecord::Rejected)
                                   << "wrong interface id \"org.example.SomethingElse/1\"" << "CLAIMBENCH_FIXTURE_LOADED_WRONGIID";
        QTest::newRow("no metadata") << "fixture_nometadata" << int(PluginRecord::Rejected) << "no Claimbench metadata"
                                     << "CLAIMBENCH_FIXTURE_LOADED_NOMETADATA";
        QTest::newRow("missing fields") << "fixture_missingfields" << int(PluginRecord::Rejected)
                                        << "missing or invalid metadata: version, claimTypes, fallback (an object with a "
                                           "minConfidence from 0 to 1)"
                                        << "CLAIMBENCH_FIXTURE_LOADED_MISSINGFIELDS";
        QTest::newRow("duplicate id") << "fixture_duplicate" << int(PluginRecord::Rejected)
                                      << "duplicate id \"quantity\"" << "CLAIMBENCH_FIXTURE_LOADED_DUPLICATE";
        QTest::newRow("malformed claimtype.json") << "malformed.claimtype.json" << int(PluginRecord::Rejected)
                                                  << "/fields/0/kind: unknown kind \"colour\"" << QString();
        QTest::newRow("claimtype.json syntax") << "badsyntax.claimtype.json" << int(PluginRecord::Rejected)
                                               << "invalid JSON" << QString();
        QTest::newRow("good library") << "fixture_good" << int(PluginRecord::Running) << QString() << QString();
        QTest::newRow("good claimtype.json") << "good.claimtype.json" << int(PluginRecord::Running) << QString() << QString();
    }

    void brokenFixtures()
    {
        QFETCH(QString, file);
        QFETCH(int, state);
        QFETCH(QString, reason);
        QFETCH(QString, loadMarker);
        PluginManager m;
        m.setSearchPaths({builtinDir(), fixtureDir()});
        m.loadPlugins();
        const PluginRecord r = byFile(m, file);
        QVERIFY2(r.isValid(), qPrintable(file));
        QCOMPARE(int(r.state), state);
        if (reason.isEmpty()) {
            QVERIFY2(!r.error.isValid(), qPrintable(r.error.toString()));
        } else {
            QVERIFY2(r.error.message.contains(reason), qPrintable(r.error.toString()));
            QVERIFY(m.errors().contains(r.error.toString()));
            // In the plugin's own file; a library's problems are not in a text (line 0), a claim-type file's are.
            QCOMPARE(r.error.path, r.path);
            QCOMPARE(r.error.line > 0, r.declarative);
        }
        // Metadata is checked before loading: a rejected library's code never ran.
        if (!loadMarker.isEmpty())
            QVERIFY(!qEnvironmentVariableIsSet(loadMarker.toLatin1().constData()));
        // The good plugins still load next to the broken ones.
        QCOMPARE(m.plugin(QStringLiteral("quantity")).state, PluginRecord::Running);
        QCOMPARE(m.plugin(QStringLiteral("fixture-good")).state, PluginRecord::Running);
    }

    void malformedClaimTypeIsLocated()
    {
        PluginManager m;
        m.setSearchPaths({fixtureDir()});
        m.loadPlugins();
        const PluginRecord malformed = byFile(m, QStringLiteral("malformed.claimtype.json"));
        QCOMPARE(malformed.error.line, 5);
        QCOMPARE(malformed.error.column, 31);
        QCOMPARE(malformed.error.toString(), malformed.path + QStringLiteral(":5:31: error: /fields/0/kind: unknown kind \"colour\" "
                                                                      "(expected one of text, number, date, url, choice, boolean)"));
        const PluginRecord syntax = byFile(m, QStringLiteral("badsyntax.claimtype.json"));
        QCOMPARE(syntax.error.line, 4);
        QCOMPARE(syntax.error.column, 16);
        QVERIFY(syntax.error.toString().startsWith(syntax.path + QStringLiteral(":4:16: error: invalid JSON")));
    }

    void libraryErrorIsInItsFile()
    {
        PluginManager m;
        m.setSearchPaths({fixtureDir()});
        m.loadPlugins();
        const PluginRecord r = byFile(m, QStringLiteral("fixture_wrongapi"));
        QCOMPARE(r.error, (LocatedError{r.path, 0, 0, QStringLiteral("API version 99 is not supported (this Claimbench "
                                                                    "supports %1)").arg(PluginApiVersion)}));
        QCOMPARE(r.error.toString(), r.path + QStringLiteral(": error: API version 99 is not supported (this Claimbench "
                                                             "supports %1)").arg(PluginApiVersion));
    }

    void declarativeClaimType()
    {
        PluginManager m;
        m.setSearchPaths({fixtureDir()});
        m.loadPlugins();
        const PluginRecord r = m.plugin(QStringLiteral("waiting-times"));
        QVERIFY(r.declarative);
        QVERIFY(r.hasDetector);
        QCOMPARE(r.version, QStringLiteral("1.2.0"));
        const ClaimType t = m.claimType(QStringLiteral("waiting-times"));
        QCOMPARE(t.name, QStringLiteral("Waiting times"));
        QCOMPARE(t.colour, QStringLiteral("#aa3377"));
        QCOMPARE(t.fields.size(), 2);
        QCOMPARE(t.fields[1].kind, FieldDefinition::Choice);
        QCOMPARE(t.fields[1].choices, QStringList({QStringLiteral("18 weeks"), QStringLiteral("4 hours")}));
        QVERIFY(t.fields[0].required);
        QCOMPARE(t.checklist.size(), 2);
        QCOMPARE(t.checklist[1].id, QStringLiteral("step-2"));
        const QString text = QStringLiteral("Hospital Waiting lists grew, and waiting times too.");
        const QList<PluginSuggestion> found = m.detect(text, Cancellation(), {QStringLiteral("waiting-times")});
        QCOMPARE(found.size(), 2);
        QCOMPARE(text.mid(found[0].suggestion.start, found[0].suggestion.end - found[0].suggestion.start), QStringLiteral("Waiting lists"));
        QCOMPARE(text.mid(found[1].suggestion.start, found[1].suggestion.end - found[1].suggestion.start), QStringLiteral("waiting times"));
        QCOMPARE(found[0].pluginId, QStringLiteral("waiting-times"));
        QCOMPARE(found[0].suggestion.rationale, QStringLiteral("mentions waiting times"));
    }

    void throwingDetectorIsMarkedFailed()
    {
        PluginManager m;
        m.setSearchPaths({builtinDir(), fixtureDir()});
        m.loadPlugins();
        QCOMPARE(m.plugin(QStringLiteral("fixture-throws")).state, PluginRecord::Running);
        QSignalSpy failed(&m, &PluginManager::pluginFailed);
        const QString text = QStringLiteral("Unemployment rose by 12% last year.");
        const QList<PluginSuggestion> found = m.detect(text);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("fixture-throws"));
        QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("threw from detect(): fixture detector exploded")));
        const PluginRecord r = m.plugin(QStringLiteral("fixture-throws"));
        QCOMPARE(r.state, PluginRecord::Failed);
        QCOMPARE(r.error.path, r.path);
        QCOMPARE(r.error.line, 0);
        QVERIFY(m.errors().contains(r.error.toString()));
        // The others went on: the quantity detector and the good fixture still suggested.
        QStringList plugins;
        for (const PluginSuggestion &s : found)
            plugins << s.pluginId;
        QVERIFY(plugins.contains(QStringLiteral("quantity")));
        QVERIFY(plugins.contains(QStringLiteral("fixture-good")));
        // The good fixture's suggestion of a claim type it does not provide was dropped.
        for (const PluginSuggestion &s : found)
            QVERIFY(s.suggestion.claimType != QStringLiteral("not-mine"));
        // A failed plugin is not called again, and its claim types are gone.
        m.detect(text);
        QCOMPARE(failed.count(), 1);
        QVERIFY(!m.claimType(QStringLiteral("fixture-throws")).isValid());
    }

    void markFailedAtRunTime()
    {
        PluginManager m;
        m.setSearchPaths({builtinDir()});
        m.loadPlugins();
        QSignalSpy failed(&m, &PluginManager::pluginFailed);
        m.markFailed(QStringLiteral("quantity"), QStringLiteral("hung for 10 s"));
        QCOMPARE(failed.count(), 1);
        const PluginRecord quantity = m.plugin(QStringLiteral("quantity"));
        QCOMPARE(quantity.state, PluginRecord::Failed);
        QCOMPARE(quantity.error, (LocatedError{quantity.path, 0, 0, QStringLiteral("hung for 10 s")}));
        QCOMPARE(m.errors(), QStringList{quantity.path + QStringLiteral(": error: hung for 10 s")});
        const QList<PluginSuggestion> found = m.detect(QStringLiteral("It cost £4.5m."));
        for (const PluginSuggestion &s : found)
            QVERIFY(s.pluginId != QStringLiteral("quantity"));
    }

    void typesFilterAndOrder()
    {
        PluginManager m;
        m.setSearchPaths({builtinDir()});
        m.loadPlugins();
        const QString text = QStringLiteral("The law criminalised protests. Unemployment rose by 12% in 2019.");
        const QList<PluginSuggestion> all = m.detect(text);
        QVERIFY(all.size() >= 2);
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all[i - 1].suggestion.start <= all[i].suggestion.start);
        // Every detector's list, on a longer text, in the one order (start, end, claim type): the lists are merged.
        QString longer;
        for (int i = 0; i < 40; ++i)
            longer += text + u" He said the council will cut 300 jobs because of the new law by 2027. "_s;
        const QList<PluginSuggestion> merged = m.detect(longer);
        QVERIFY(pluginIds(merged).size() >= 4);
        for (qsizetype i = 1; i < merged.size(); ++i) {
            const Suggestion &a = merged[i - 1].suggestion, &b = merged[i].suggestion;
            QVERIFY(std::tuple(a.start, a.end, a.claimType) <= std::tuple(b.start, b.end, b.claimType));
        }
        const QList<PluginSuggestion> only = m.detect(text, Cancellation(), {QStringLiteral("quantity")});
        QVERIFY(!only.isEmpty());
        for (const PluginSuggestion &s : only)
            QCOMPARE(s.suggestion.claimType, QStringLiteral("quantity"));
        Cancellation cancel;
        cancel.cancel();
        QVERIFY(m.detect(text, cancel).isEmpty());
    }

    // One suggestion per passage: a fallback's gives way to another detector's, and alone it needs its minimum
    // confidence; of overlapping suggestions the surer, then the shorter, is kept, and names the others' types.
    void combineOnePerPassage_data()
    {
        QTest::addColumn<QStringList>("input"); // "plugin type start end confidence" each
        QTest::addColumn<QStringList>("expected"); // "plugin type start end" each, then "| rationale" if it grew
        QTest::newRow("a rule's before the fallback's")
            << QStringList{u"generic generic 0 40 0.9"_s, u"rule quantity 10 20 0.6"_s} << QStringList{u"rule quantity 10 20 | r; also: Generic"_s};
        QTest::newRow("the fallback alone, sure enough")
            << QStringList{u"generic generic 0 40 0.6"_s} << QStringList{u"generic generic 0 40"_s};
        QTest::newRow("the fallback alone, below its minimum")
            << QStringList{u"generic generic 0 40 0.4"_s, u"rule quantity 50 60 0.1"_s} << QStringList{u"rule quantity 50 60"_s};
        QTest::newRow("the surer of two rules")
            << QStringList{u"rule quantity 0 30 0.6"_s, u"rule2 hearsay 5 30 0.8"_s} << QStringList{u"rule2 hearsay 5 30 | r; also: Quantity"_s};
        QTest::newRow("as sure: the shorter")
            << QStringList{u"rule2 hearsay 0 30 0.7"_s, u"rule quantity 5 30 0.7"_s} << QStringList{u"rule quantity 5 30 | r; also: hearsay"_s};
        QTest::newRow("apart: both")
            << QStringList{u"rule quantity 0 10 0.7"_s, u"generic generic 10 40 0.9"_s}
            << QStringList{u"rule quantity 0 10"_s, u"generic generic 10 40"_s};
        QTest::newRow("a chain keeps both ends")
            << QStringList{u"rule quantity 0 10 0.9"_s, u"rule2 hearsay 5 25 0.5"_s, u"rule quantity 20 30 0.8"_s}
            << QStringList{u"rule quantity 0 10"_s, u"rule quantity 20 30 | r; also: hearsay"_s};
        QTest::newRow("an empty span or no number is left out")
            << QStringList{u"rule quantity 5 5 0.9"_s, u"rule2 hearsay 0 10 nan"_s, u"rule quantity 0 10 0.3"_s}
            << QStringList{u"rule quantity 0 10"_s};
        QTest::newRow("the same type is not named again")
            << QStringList{u"rule quantity 0 10 0.9"_s, u"rule quantity 2 10 0.5"_s} << QStringList{u"rule quantity 0 10"_s};
    }

    void combineOnePerPassage()
    {
        QFETCH(QStringList, input);
        QFETCH(QStringList, expected);
        QList<PluginSuggestion> all;
        for (const QString &line : std::as_const(input)) {
            const QStringList f = line.split(u' ');
            PluginSuggestion ps;
            ps.pluginId = f[0];
            ps.suggestion.claimType = f[1];
            ps.suggestion.start = f[2].toInt();
            ps.suggestion.end = f[3].toInt();
            ps.suggestion.confidence = f[4].toDouble();
            ps.suggestion.rationale = u"r"_s;
            all << ps;
        }
        std::sort(all.begin(), all.end(), [](const PluginSuggestion &a, const PluginSuggestion &b) {
            return a.suggestion.start < b.suggestion.start;
        });
        const QList<PluginSuggestion> kept =
            combineSuggestions(all, {{u"generic"_s, 0.5}}, {{u"generic"_s, u"Generic"_s}, {u"quantity"_s, u"Quantity"_s}});
        QStringList got;
        for (const PluginSuggestion &ps : kept) {
            QString line = u"%1 %2 %3 %4"_s.arg(ps.pluginId, ps.suggestion.claimType).arg(ps.suggestion.start).arg(ps.suggestion.end);
            if (ps.suggestion.rationale != u"r"_s)
                line += u" | "_s + ps.suggestion.rationale;
            got << line;
        }
        QCOMPARE(got, expected);
    }

    // The built-in trained detector is the fallback (its metadata), the rules are not; the workbench and the CLI
    // show its suggestions only where no rule suggests and from its minimum confidence.
    void builtinCheckWorthyIsAFallback()
    {
        PluginManager m;
        m.setSearchPaths({builtinDir()});
        m.loadPlugins();
        for (const PluginRecord &r : m.plugins())
            QCOMPARE(r.fallback, r.id == u"check-worthy"_s);
        const PluginRecord trained = m.plugin(u"check-worthy"_s);
        QVERIFY(trained.fallbackMinConfidence > 0 && trained.fallbackMinConfidence < 1);
        const QString text = u"Essex County Council has a decades long partnership with Jiangsu, which is said to have "
                             "brought millions of pounds to the county's economy."_s;
        const QList<PluginSuggestion> all = m.detect(text);
        QVERIFY(pluginIds(all).size() >= 2);
        QVERIFY(std::any_of(all.cbegin(), all.cend(), [&](const PluginSuggestion &ps) {
            return ps.pluginId == u"check-worthy"_s && ps.suggestion.confidence >= trained.fallbackMinConfidence;
        }));
        const QList<PluginSuggestion> shown = m.combine(all);
        QVERIFY(!shown.isEmpty());
        QVERIFY(shown.size() < all.size());
        QVERIFY(!pluginIds(shown).contains(u"check-worthy"_s)); // the rules suggest here: it gives way
        QVERIFY(std::any_of(shown.cbegin(), shown.cend(), [&](const PluginSuggestion &ps) {
            return ps.suggestion.rationale.contains(u"also: "_s) && ps.suggestion.rationale.contains(m.claimType(u"check-worthy"_s).name);
        }));
    }

    void defaultSearchPaths()
    {
        qputenv("CLAIMBENCH_PLUGIN_PATH", "/tmp/a:/tmp/b");
        const QStringList paths = PluginManager::defaultSearchPaths();
        qunsetenv("CLAIMBENCH_PLUGIN_PATH");
        QVERIFY(paths.size() >= 3);
        QCOMPARE(paths.mid(paths.size() - 2), QStringList({QStringLiteral("/tmp/a"), QStringLiteral("/tmp/b")}));
        QVERIFY(paths.first().endsWith(QStringLiteral("/plugins/claimbench"))); // <plugindir>/claimbench (KDEInstallDirs)
        QVERIFY(paths.at(1).endsWith(QStringLiteral("/plugins")));
    }
};

QTEST_GUILESS_MAIN(PluginManagerTest)
#include "pluginmanager_test.moc"
