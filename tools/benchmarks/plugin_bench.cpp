// SPDX-License-Identifier: GPL-2.0-or-later
// What isolating plugins costs: the built-in detectors scanning a text in this process (unprotected) and in
// claimbench-pluginhost workers (the default: a crash, a hang or a memory blow-up takes only the worker down),
// and loading the plugins with a cold and a warm probe cache. Wall-clock time: the worker's time is the user's
// wait, and it runs in another process.
#include "pluginmanager.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Claimbench;

namespace {

constexpr int Runs = 9; // the median: other processes on a shared machine slow some runs down

template<typename F>
double medianMilliseconds(F &&f)
{
    QList<double> times;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        f();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(Runs / 2);
}

QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 1 : 0) + QStringLiteral(" ms");
}

QString goal(bool pass)
{
    return pass ? QStringLiteral("PASS") : QStringLiteral("MISS");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir cacheDir;
    const QString plugins = QStringLiteral(CLAIMBENCH_PLUGIN_DIR);

    QFile sample(QStringLiteral(CLAIMBENCH_SOURCE_DIR "/examples/essex-jiangsu.txt"));
    if (!sample.open(QIODevice::ReadOnly) || !cacheDir.isValid()) {
        out << "## Plugin isolation\n\nSkipped: examples/essex-jiangsu.txt is missing.\n";
        return 1;
    }
    const QString article = QString::fromUtf8(sample.readAll());
    QString big;
    while (big.size() < 1000 * 1000)
        big += article + QStringLiteral("\n\n");

    // Loading: in process; in workers with no cache (a first start, or after an update); with a warm cache.
    const QString cache = cacheDir.filePath(QStringLiteral("plugin-probes.json"));
    int probes = 0; // of the last load
    auto load = [&](PluginManager::Isolation isolation, const QString &cachePath) {
        PluginManager m;
        m.setIsolation(isolation);
        m.setSearchPaths({plugins});
        m.setProbeCachePath(cachePath);
        m.loadPlugins();
        probes = m.probeCount();
    };
    const double loadInProcess = medianMilliseconds([&] { load(PluginManager::Isolation::InProcess, QString()); });
    const double loadCold = medianMilliseconds([&] { load(PluginManager::Isolation::Worker, QString()); });
    load(PluginManager::Isolation::Worker, cache);
    const double loadWarm = medianMilliseconds([&] { load(PluginManager::Isolation::Worker, cache); });
    const int warmProbes = probes;

    PluginManager inProcess;
    inProcess.setIsolation(PluginManager::Isolation::InProcess);
    inProcess.setSearchPaths({plugins});
    inProcess.loadPlugins();
    PluginManager isolated;
    isolated.setSearchPaths({plugins});
    isolated.setProbeCachePath(cache);
    isolated.loadPlugins();
    QList<QStringList> perPlugin; // the workbench's Find Claims asks each plugin in turn (progress per plugin)
    for (const PluginRecord &r : isolated.plugins())
        if (r.state == PluginRecord::Running && r.hasDetector)
            perPlugin << r.claimTypes;

    // A fresh text each run (the built-in detectors cache their analysis of the last text).
    int serial = 0;
    auto scan = [&](const PluginManager &m, const QString &text) {
        return medianMilliseconds([&] { m.detect(text + QString::number(++serial)); });
    };
    auto scanPerPlugin = [&](const PluginManager &m, const QString &text) {
        return medianMilliseconds([&] {
            const QString t = text + QString::number(++serial);
            for (const QStringList &types : std::as_const(perPlugin))
                m.detect(t, Cancellation(), types);
        });
    };
    const double smallIn = scan(inProcess, article), smallOut = scan(isolated, article);
    const double bigIn = scan(inProcess, big), bigOut = scan(isolated, big);
    const double perIn = scanPerPlugin(inProcess, article), perOut = scanPerPlugin(isolated, article);
    const qsizetype found = isolated.detect(article).size();
    const bool same = found == inProcess.detect(article).size();

    out << "## Plugin isolation\n\n";
    out << "The " << perPlugin.size() << " built-in detectors in this process (unprotected) and in claimbench-pluginhost "
        << "workers (the default), wall-clock time, median of " << Runs << " runs. The sample article is "
        << article.size() / 1000 << " k characters (" << found << " suggestions, " << (same ? "the same" : "NOT the same")
        << " in both modes); the large text is the article repeated to " << big.size() / 1000 << " k characters.\n\n";
    out << "| measure | in process | in workers | cost of isolation | goal | result |\n|---|---|---|---|---|---|\n";
    out << "| scan, sample article, one call (CLI `scan`) | " << ms(smallIn) << " | " << ms(smallOut) << " | "
        << ms(smallOut - smallIn) << " | ≤ 150 ms | " << goal(smallOut - smallIn <= 150) << " |\n";
    out << "| scan, sample article, one call per plugin (workbench) | " << ms(perIn) << " | " << ms(perOut) << " | "
        << ms(perOut - perIn) << " | ≤ 500 ms | " << goal(perOut - perIn <= 500) << " |\n";
    out << "| scan, 1 M characters, one call | " << ms(bigIn) << " | " << ms(bigOut) << " | " << ms(bigOut - bigIn)
        << " | — | — |\n";
    out << "| load plugins (start-up) | " << ms(loadInProcess) << " | " << ms(loadWarm) << " (cache warm: " << warmProbes << " probes), " << ms(loadCold)
        << " (cold: one probe each) | " << ms(loadWarm - loadInProcess) << " | ≤ 100 ms warm | "
        << goal(loadWarm - loadInProcess <= 100) << " |\n\n";
    out << "A worker is started per scan: it loads Qt and the plugins and gets the text (UTF-16) through a pipe; "
           "that start is the fixed cost. The probe cache (by the SHA-256 of each library) spares the start-up "
           "probes after the first start.\n";
    out.flush();
    return same ? 0 : 1;
}
