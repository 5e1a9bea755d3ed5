// SPDX-License-Identifier: GPL-2.0-or-later
// Memory and start-up against KWrite (#18), both as real windows on a private Xvfb, on the same generated 5 MB
// plain-text article: the time from starting the program to its main window being mapped, and once it has
// settled (no CPU used for a while) the resident memory of the process and of its process tree (Qt WebEngine's
// children), as RSS and as PSS (shared pages divided among the processes that map them). Claimbench runs twice:
// without claims and with 10,000 claims in the sidecar. Each program runs Runs times; the table has the medians.
// Prints a Markdown section for docs/performance.md.
#include "claim.h"
#include "claimeditor.h"
#include "claimset.h"
#include "claimspanel.h"
#include "documentcontroller.h"
#include "lazyhighlighter.h"
#include "mainwindow.h"
#include "pluginmanager.h"
#include "reportpreview.h"
#include "sidecar.h"
#include "webengine.h"

#include <QApplication>
#include <QDockWidget>
#include <QSignalSpy>
#include <QTest>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QStringList>
#include <QTemporaryDir>

#include <xcb/xcb.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <malloc.h>
#include <map>
#include <optional>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace Claimbench;

namespace {
constexpr int Runs = 3;
constexpr qsizetype ArticleBytes = 5 * 1000 * 1000;
constexpr int ClaimCount = 10000;

// Plain prose in paragraphs: what a fact-checker pastes from a web page.
QString generateArticle(qsizetype bytes)
{
    static const QStringList words = {
        QStringLiteral("council"),  QStringLiteral("partnership"), QStringLiteral("province"), QStringLiteral("million"),
        QStringLiteral("pounds"),   QStringLiteral("economy"),     QStringLiteral("security"), QStringLiteral("law"),
        QStringLiteral("the"),      QStringLiteral("of"),          QStringLiteral("and"),      QStringLiteral("a"),
        QStringLiteral("reported"), QStringLiteral("percent"),     QStringLiteral("2023"),     QStringLiteral("minister"),
        QStringLiteral("said"),     QStringLiteral("growth"),      QStringLiteral("rose"),     QStringLiteral("fell")};
    QRandomGenerator rng(42);
    QString text;
    text.reserve(bytes + 200);
    while (text.size() < bytes) {
        const int sentences = 2 + rng.bounded(5);
        for (int s = 0; s < sentences; ++s) {
            const int n = 8 + rng.bounded(14);
            for (int w = 0; w < n; ++w) {
                QString word = words[rng.bounded(int(words.size()))];
                if (w == 0)
                    word[0] = word[0].toUpper();
                text += word;
                text += w + 1 < n ? QLatin1Char(' ') : QLatin1Char('.');
            }
            text += QLatin1Char(' ');
        }
        text += QStringLiteral("\n\n");
    }
    return text;
}

QList<Claim> generateClaims(const QString &text, int count)
{
    QRandomGenerator rng(7);
    QList<Claim> claims;
    claims.reserve(count);
    for (int i = 0; i < count; ++i) {
        Claim c;
        c.id = QUuid::fromBytes(QByteArray::number(i).rightJustified(16, '0').constData());
        c.claimType = QStringLiteral("quantity");
        c.start = rng.bounded(int(text.size() - 200));
        c.end = c.start + 10 + rng.bounded(120);
        c.quote.exact = text.mid(c.start, c.end - c.start);
        c.status = ClaimStatus(rng.bounded(4));
        claims.append(c);
    }
    return claims;
}

qint64 rssKiB(pid_t pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

qint64 pssKiB(pid_t pid)
{
    QFile f(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("Pss:"))
            return line.mid(4).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

// pid, parent and CPU ticks (user + system) of every process.
struct Proc {
    pid_t ppid = 0;
    qint64 ticks = 0;
};
std::map<pid_t, Proc> processes()
{
    std::map<pid_t, Proc> all;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &e : entries) {
        bool ok = false;
        const pid_t pid = e.toInt(&ok);
        if (!ok)
            continue;
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray stat = f.readAll();
        const qsizetype close = stat.lastIndexOf(')'); // the name may hold spaces
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (fields.size() < 13)
            continue;
        all[pid] = Proc{pid_t(fields.at(1).toInt()), fields.at(11).toLongLong() + fields.at(12).toLongLong()};
    }
    return all;
}

std::vector<pid_t> tree(pid_t root, const std::map<pid_t, Proc> &all)
{
    std::vector<pid_t> out{root};
    for (size_t i = 0; i < out.size(); ++i)
        for (const auto &[pid, p] : all)
            if (p.ppid == out[i])
                out.push_back(pid);
    return out;
}

struct Sample {
    double shownMs = -1;
    qint64 rss = 0, treeRss = 0, treePss = 0;
    int children = 0;
};

// Waits for the first top-level window of at least 300×200 to be mapped on `conn` (an X server without a window
// manager: top-level windows are the root's children). False after `timeoutMs`.
bool waitForWindow(xcb_connection_t *conn, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    pollfd fd{xcb_get_file_descriptor(conn), POLLIN, 0};
    while (t.elapsed() < timeoutMs) {
        while (xcb_generic_event_t *ev = xcb_poll_for_event(conn)) {
            const bool map = (ev->response_type & 0x7f) == XCB_MAP_NOTIFY;
            xcb_window_t w = map ? reinterpret_cast<xcb_map_notify_event_t *>(ev)->window : 0;
            const bool override = map && reinterpret_cast<xcb_map_notify_event_t *>(ev)->override_redirect;
            std::free(ev);
            if (!map || override)
                continue;
            xcb_get_geometry_reply_t *g = xcb_get_geometry_reply(conn, xcb_get_geometry(conn, w), nullptr);
            const bool big = g && g->width >= 300 && g->height >= 200;
            std::free(g);
            if (big)
                return true;
        }
        if (xcb_connection_has_error(conn))
            return false;
        ::poll(&fd, 1, 20);
    }
    return false;
}

std::optional<Sample> runOnce(int display, const QStringList &command, const QString &home)
{
    Sample s;
    const QByteArray name = ":" + QByteArray::number(display);
    xcb_connection_t *conn = xcb_connect(name.constData(), nullptr);
    if (xcb_connection_has_error(conn)) {
        xcb_disconnect(conn);
        return std::nullopt;
    }
    xcb_screen_t *screen = xcb_setup_roots_iterator(xcb_get_setup(conn)).data;
    const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
    xcb_change_window_attributes(conn, screen->root, XCB_CW_EVENT_MASK, &mask);
    xcb_flush(conn);

    std::vector<QByteArray> args;
    for (const QString &a : command)
        args.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const QByteArray homeBytes = home.toLocal8Bit();
    QElapsedTimer t;
    t.start();
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::setpgid(0, 0);
        ::setenv("DISPLAY", name.constData(), 1);
        ::setenv("QT_QPA_PLATFORM", "xcb", 1);
        ::setenv("HOME", homeBytes.constData(), 1);
        ::setenv("XDG_CONFIG_HOME", (homeBytes + "/.config").constData(), 1);
        ::setenv("XDG_DATA_HOME", (homeBytes + "/.local/share").constData(), 1);
        ::setenv("XDG_CACHE_HOME", (homeBytes + "/.cache").constData(), 1);
        ::setenv("XDG_RUNTIME_DIR", (homeBytes + "/run").constData(), 1);
        ::unsetenv("DBUS_SESSION_BUS_ADDRESS");
        const int null = ::open("/dev/null", O_WRONLY);
        ::dup2(null, 1);
        ::dup2(null, 2);
        ::execvp(argv[0], argv.data());
        ::_exit(127);
    }
    if (pid < 0) {
        xcb_disconnect(conn);
        return std::nullopt;
    }
    if (waitForWindow(conn, 60000))
        s.shownMs = double(t.nsecsElapsed()) / 1e6;
    xcb_disconnect(conn);

    // Settled: the whole tree used no more than 2 ticks of CPU in 1.5 s (or 90 s passed).
    qint64 lastTicks = -1;
    QElapsedTimer quiet, limit;
    quiet.start();
    limit.start();
    std::vector<pid_t> members;
    while (limit.elapsed() < 90000) {
        ::usleep(250 * 1000);
        const auto all = processes();
        if (!all.count(pid))
            break;
        members = tree(pid, all);
        qint64 ticks = 0;
        for (pid_t m : members)
            ticks += all.at(m).ticks;
        if (lastTicks < 0 || ticks - lastTicks > 2) {
            lastTicks = ticks;
            quiet.restart();
        } else if (quiet.elapsed() >= 1500) {
            break;
        }
    }
    s.rss = rssKiB(pid);
    for (pid_t m : members) {
        s.treeRss += rssKiB(m);
        s.treePss += pssKiB(m);
    }
    s.children = int(members.size()) - 1;

    ::kill(-pid, SIGTERM);
    for (int i = 0; i < 50; ++i) {
        if (::waitpid(pid, nullptr, WNOHANG) == pid)
            break;
        ::usleep(100 * 1000);
        if (i == 49) {
            ::kill(-pid, SIGKILL);
            ::waitpid(pid, nullptr, 0);
        }
    }
    ::kill(-pid, SIGKILL); // what is left of the group (WebEngine's helpers)
    if (s.shownMs < 0)
        return std::nullopt;
    return s;
}


// The heap in use (glibc: small chunks and mmapped blocks), after returning what is free to the system.
qint64 heapBytes()
{
    ::malloc_trim(0);
    const struct mallinfo2 m = ::mallinfo2();
    return qint64(m.uordblks + m.hblkhd);
}

// Run by main() as a child (offscreen): the heap the claims cost, part by part. Prints "part NAME BYTES".
int partsChild(int argc, char **argv, const QString &plain, const QString &claimed)
{
    prepareWebEngine();
    QApplication app(argc, argv);
    QFile f(claimed);
    if (!f.open(QIODevice::ReadOnly))
        return 1;
    const QString text = QString::fromUtf8(f.readAll());
    auto part = [](const char *name, qint64 bytes) { std::printf("part %s %lld\n", name, static_cast<long long>(bytes)); };
    {
        const qint64 h0 = heapBytes();
        ClaimSetData data;
        data.claims = generateClaims(text, ClaimCount);
        const qint64 h1 = heapBytes();
        ClaimSet set;
        set.setData(data);
        data = ClaimSetData();
        const qint64 h2 = heapBytes();
        set.attachText(text);
        const qint64 h3 = heapBytes();
        part("claims", h1 - h0);
        part("claimset", h2 - h0);
        part("anchors", h3 - h2);
    }
    PluginManager plugins;
    plugins.setSearchPaths({QStringLiteral(CLAIMBENCH_PLUGIN_DIR)});
    plugins.loadPlugins();
    auto window = [&](const QString &path, qint64 *panel) -> qint64 {
        const qint64 before = heapBytes();
        auto *w = new MainWindow(&plugins);
        w->resize(1500, 900);
        if (!w->openFile(path))
            return -1;
        w->show();
        QCoreApplication::processEvents();
        w->editor()->highlighter()->finish();
        w->editor()->viewport()->repaint();
        QCoreApplication::processEvents();
        const qint64 shown = heapBytes() - before;
        if (panel) {
            // The claims panel: a second one over the same claims, rows made (its model's), widgets included.
            const qint64 h = heapBytes();
            auto *second = new ClaimsPanel(w->controller(), w);
            second->refresh();
            *panel = heapBytes() - h;
            delete second;
        }
        w->controller()->close();
        delete w;
        return shown;
    };
    window(plain, nullptr); // once for what every process loads once (syntax definitions, fonts, plugins' data)
    const qint64 without = window(plain, nullptr);
    qint64 panel = 0;
    const qint64 with = window(claimed, &panel);
    if (without < 0 || with < 0)
        return 1;
    part("window-without", without);
    part("window-with", with);
    part("panel", panel);
    std::fflush(stdout);
    return 0;
}

// Run by main() as a child on the private Xvfb: the workbench's window in this process with the claimed article,
// the report preview's dock raised, until the preview has loaded and everything settled; then one line per
// process of the tree on standard output: "proc KIND RSS_KIB PSS_KIB" (KIND: "workbench" or WebEngine's --type).
int previewChild(int argc, char **argv, const QString &path)
{
    prepareWebEngine();
    QApplication app(argc, argv);
    PluginManager plugins;
    plugins.setSearchPaths({QStringLiteral(CLAIMBENCH_PLUGIN_DIR)});
    plugins.loadPlugins();
    MainWindow window(&plugins);
    window.resize(1500, 900);
    if (!window.openFile(path))
        return 1;
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("previewDock"));
    if (!dock)
        return 1;
    QSignalSpy loaded(window.reportPreview(), &ReportPreview::loaded);
    QElapsedTimer shown;
    shown.start();
    dock->raise();
    if (!loaded.wait(120000))
        return 1;
    // From raising the dock to the page drawn (its load finished): the first show, WebEngine's start included.
    std::printf("shown %lld\n", static_cast<long long>(shown.elapsed()));
    if (const QString shots = qEnvironmentVariable("CLAIMBENCH_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QTest::qWait(1000); // a picture for people to look at, not a measure
        window.grab().save(shots + QStringLiteral("/memory-bench-preview.png"));
    }
    // settle: no CPU in the tree for 1.5 s
    qint64 last = -1;
    QElapsedTimer quiet, limit;
    quiet.start();
    limit.start();
    while (limit.elapsed() < 60000) {
        QTest::qWait(250);
        const auto all = processes();
        qint64 ticks = 0;
        for (pid_t m : tree(::getpid(), all))
            ticks += all.at(m).ticks;
        if (last < 0 || ticks - last > 2) {
            last = ticks;
            quiet.restart();
        } else if (quiet.elapsed() >= 1500) {
            break;
        }
    }
    for (pid_t m : tree(::getpid(), processes())) {
        QByteArray kind = "workbench";
        QFile cmd(QStringLiteral("/proc/%1/cmdline").arg(m));
        if (m != ::getpid() && cmd.open(QIODevice::ReadOnly)) {
            kind = "other";
            for (const QByteArray &a : cmd.readAll().split('\0'))
                if (a.startsWith("--type="))
                    kind = a.mid(7);
        }
        std::printf("proc %s %lld %lld\n", kind.constData(), static_cast<long long>(rssKiB(m)),
                    static_cast<long long>(pssKiB(m)));
    }
    std::fflush(stdout);
    return 0;
}

template<typename T>
T median(std::vector<T> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? T{} : v[v.size() / 2];
}

Sample medianOf(const std::vector<Sample> &samples)
{
    std::vector<double> shown;
    std::vector<qint64> rss, treeRss, treePss;
    std::vector<int> children;
    for (const Sample &s : samples) {
        shown.push_back(s.shownMs);
        rss.push_back(s.rss);
        treeRss.push_back(s.treeRss);
        treePss.push_back(s.treePss);
        children.push_back(s.children);
    }
    return Sample{median(shown), median(rss), median(treeRss), median(treePss), median(children)};
}

QString mb(qint64 kib)
{
    return QStringLiteral("%1 MB").arg(double(kib) / 1024.0, 0, 'f', 0);
}

void row(const QString &what, const QString &value, const QString &goal, const QString &result)
{
    std::printf("| %s | %s | %s | %s |\n", qPrintable(what), qPrintable(value), qPrintable(goal), qPrintable(result));
}
} // namespace

int main(int argc, char **argv)
{
    if (argc >= 4 && qstrcmp(argv[1], "--parts-child") == 0)
        return partsChild(argc, argv, QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    if (argc >= 3 && qstrcmp(argv[1], "--preview-child") == 0)
        return previewChild(argc, argv, QString::fromLocal8Bit(argv[2]));
    QCoreApplication app(argc, argv);
    std::signal(SIGPIPE, SIG_IGN);
    const QString workbench = QFileInfo(QStringLiteral(CLAIMBENCH_CLI)).absolutePath() + QStringLiteral("/claimbench");
    QTemporaryDir dir;
    if (!dir.isValid() || !QFileInfo::exists(workbench)) {
        std::fprintf(stderr, "memory_bench: no %s or no temporary folder\n", qPrintable(workbench));
        return 1;
    }
    const QString text = generateArticle(ArticleBytes);
    const QString plain = dir.filePath(QStringLiteral("article.txt"));
    const QString claimed = dir.filePath(QStringLiteral("claimed/article.txt"));
    QDir().mkpath(QFileInfo(claimed).path());
    for (const QString &p : {plain, claimed}) {
        QFile f(p);
        if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0)
            return 1;
    }
    {
        ClaimSetData data;
        data.document = identifyDocument(claimed, text.toUtf8());
        data.claims = generateClaims(text, ClaimCount);
        data.sortClaims();
        if (Sidecar::write(Sidecar::pathFor(claimed), data).isValid())
            return 1;
    }
    // A home of its own: Claimbench does not ask for a reviewer's name, KWrite restores no session.
    const QString home = dir.filePath(QStringLiteral("home"));
    QDir().mkpath(home + QStringLiteral("/.config/claimbench"));
    QDir().mkpath(home + QStringLiteral("/run"));
    QFile::setPermissions(home + QStringLiteral("/run"), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    {
        QFile conf(home + QStringLiteral("/.config/claimbench/claimbench.conf"));
        if (!conf.open(QIODevice::WriteOnly) || conf.write("[General]\nreviewer=Bench\n") < 0)
            return 1;
    }

    // A private X server; -displayfd picks a free display and tells us which.
    int pipeFds[2];
    if (::pipe(pipeFds) != 0)
        return 1;
    const pid_t xvfb = ::fork();
    if (xvfb == 0) {
        ::close(pipeFds[0]);
        const int null = ::open("/dev/null", O_WRONLY);
        ::dup2(null, 1);
        ::dup2(null, 2);
        const QByteArray fd = QByteArray::number(pipeFds[1]);
        ::execlp("Xvfb", "Xvfb", "-displayfd", fd.constData(), "-screen", "0", "1600x1000x24", "-nolisten", "tcp",
                 static_cast<char *>(nullptr));
        ::_exit(127);
    }
    ::close(pipeFds[1]);
    char buf[32] = {};
    qsizetype got = 0;
    while (got < qsizetype(sizeof buf) - 1) {
        const ssize_t n = ::read(pipeFds[0], buf + got, sizeof buf - 1 - got);
        if (n <= 0 || std::memchr(buf, '\n', size_t(got + n)))
            break;
        got += n;
    }
    ::close(pipeFds[0]);
    bool ok = false;
    const int display = QByteArray(buf).trimmed().toInt(&ok);
    if (!ok) {
        std::fprintf(stderr, "memory_bench: Xvfb did not start\n");
        ::kill(xvfb, SIGTERM);
        return 1;
    }

    struct Case {
        QString name;
        QStringList command;
        std::vector<Sample> samples;
    };
    std::vector<Case> cases{
        {QStringLiteral("KWrite"), {QStringLiteral("kwrite"), plain}, {}},
        {QStringLiteral("Claimbench, no claims"), {workbench, plain}, {}},
        {QStringLiteral("Claimbench, %1 claims").arg(ClaimCount), {workbench, claimed}, {}},
    };
    // Interleaved, so that load from other processes on the machine hits every program alike.
    for (int run = 0; run < Runs; ++run) {
        for (Case &c : cases) {
            const std::optional<Sample> s = runOnce(display, c.command, home);
            if (!s) {
                std::fprintf(stderr, "memory_bench: %s showed no window\n", qPrintable(c.name));
                ::kill(xvfb, SIGTERM);
                ::waitpid(xvfb, nullptr, 0);
                return 1;
            }
            c.samples.push_back(*s);
        }
    }
    // The workbench with the report preview shown (this program as the workbench, see previewChild()).
    struct Part {
        QByteArray kind;
        qint64 rss = 0, pss = 0;
    };
    std::vector<Part> preview;
    qint64 previewShownMs = -1;
    // Three runs (a first show varies by a few hundred ms from run to run): the median time, the last run's table.
    constexpr int PreviewRuns = 3;
    std::vector<qint64> previewShown;
    for (int run = 0; run < PreviewRuns; ++run) {
        preview.clear();
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), QStringLiteral(":%1").arg(display));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/run"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--preview-child"), claimed});
        if (!child.waitForFinished(300000) || child.exitCode() != 0) {
            std::fprintf(stderr, "memory_bench: the preview run failed: %s\n", child.readAllStandardError().constData());
            child.kill();
        }
        for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() == 4 && f.at(0) == "proc")
                preview.push_back(Part{f.at(1), f.at(2).toLongLong(), f.at(3).toLongLong()});
            else if (f.size() == 2 && f.at(0) == "shown")
                previewShown.push_back(f.at(1).toLongLong());
        }
    }
    if (previewShown.size() == size_t(PreviewRuns))
        previewShownMs = median(previewShown);
    ::kill(xvfb, SIGTERM);
    ::waitpid(xvfb, nullptr, 0);

    // Bytes per claim, part by part (offscreen, the heap of a child of its own).
    std::map<QByteArray, qint64> parts;
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--parts-child"), plain, claimed});
        if (!child.waitForFinished(300000) || child.exitCode() != 0) {
            std::fprintf(stderr, "memory_bench: the heap run failed: %s\n", child.readAllStandardError().constData());
            child.kill();
        }
        for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() == 3 && f.at(0) == "part")
                parts[f.at(1)] = f.at(2).toLongLong();
        }
    }

    const Sample kwrite = medianOf(cases[0].samples);
    const Sample none = medianOf(cases[1].samples);
    const Sample many = medianOf(cases[2].samples);
    std::printf("## Memory and start-up against KWrite\n\n");
    std::printf("The same generated %.1f MB plain-text article opened as a real window on a private Xvfb (no window "
                "manager), each program %d times, interleaved; medians. Shown: from starting the program to its main "
                "window being mapped. Memory once the process tree used no CPU for 1.5 s: resident set (RSS) of the "
                "process, and the sum over the process and its children (Qt WebEngine's), RSS and PSS.\n\n",
                double(text.toUtf8().size()) / 1e6, Runs);
    std::printf("| program | window shown | RSS, process | RSS, process tree | PSS, process tree | children |\n"
                "|---|---|---|---|---|---|\n");
    for (const auto &[label, s] : {std::pair{cases[0].name, kwrite}, std::pair{cases[1].name, none},
                                   std::pair{cases[2].name, many}})
        std::printf("| %s | %.2f s | %s | %s | %s | %d |\n", qPrintable(label), s.shownMs / 1000, qPrintable(mb(s.rss)),
                    qPrintable(mb(s.treeRss)), qPrintable(mb(s.treePss)), s.children);
    std::printf("\n| measure | value | goal | result |\n|---|---|---|---|\n");
    const double rssRatio = double(many.rss) / double(std::max<qint64>(1, kwrite.rss));
    const double treeRatio = double(many.treeRss) / double(std::max<qint64>(1, kwrite.treeRss));
    const double later = (many.shownMs - kwrite.shownMs) / 1000;
    row(QStringLiteral("RSS of the process, %1 claims / KWrite").arg(ClaimCount), QStringLiteral("%1×").arg(rssRatio, 0, 'f', 2),
        QStringLiteral("≤ 2×"), rssRatio <= 2 ? QStringLiteral("PASS") : QStringLiteral("MISS"));
    row(QStringLiteral("RSS of the process tree, %1 claims / KWrite").arg(ClaimCount), QStringLiteral("%1×").arg(treeRatio, 0, 'f', 2),
        QStringLiteral("≤ 3×"), treeRatio <= 3 ? QStringLiteral("PASS") : QStringLiteral("MISS"));
    row(QStringLiteral("window shown, %1 claims, after KWrite's").arg(ClaimCount), QStringLiteral("%1 s").arg(later, 0, 'f', 2),
        QStringLiteral("≤ 0.2 s"), later <= 0.2 ? QStringLiteral("PASS") : QStringLiteral("MISS"));
    qint64 previewRss = 0, previewPss = 0;
    for (const Part &p : preview) {
        previewRss += p.rss;
        previewPss += p.pss;
    }
    row(QStringLiteral("RSS of the process tree, %1 claims, report preview shown (informational)").arg(ClaimCount),
        preview.empty() ? QStringLiteral("failed") : QStringLiteral("%1 (%2×)").arg(mb(previewRss)).arg(double(previewRss) / double(std::max<qint64>(1, kwrite.treeRss)), 0, 'f', 2),
        QStringLiteral("—"), QStringLiteral("—"));
    row(QStringLiteral("report preview of the 5 MB article with %1 claims: its dock raised to the page drawn (first show, "
                       "Qt WebEngine started; median of 3 runs)").arg(ClaimCount),
        previewShownMs < 0 ? QStringLiteral("failed") : QStringLiteral("%1 ms").arg(previewShownMs), QStringLiteral("≤ 2000 ms"),
        previewShownMs >= 0 && previewShownMs <= 2000 ? QStringLiteral("PASS") : QStringLiteral("MISS"));
    row(QStringLiteral("memory of the 10,000 claims (RSS with / without)"),
        QStringLiteral("%1 (%2 bytes per claim)").arg(mb(many.rss - none.rss)).arg((many.rss - none.rss) * 1024 / ClaimCount),
        QStringLiteral("—"), QStringLiteral("—"));
    if (parts.size() == 6) {
        auto perClaim = [](qint64 bytes) { return QString::number(bytes / ClaimCount); };
        const qint64 window = parts["window-with"] - parts["window-without"];
        std::printf("\nThe heap the %d claims cost, in bytes per claim (glibc's heap in use after malloc_trim, offscreen, "
                    "in a child of its own; the window's figures with the syntax highlighting finished):\n\n"
                    "| part | bytes per claim |\n|---|---|\n", ClaimCount);
        std::printf("| the claims as values (QList<Claim>) | %s |\n", qPrintable(perClaim(parts["claims"])));
        std::printf("| a ClaimSet holding them | %s |\n", qPrintable(perClaim(parts["claimset"])));
        std::printf("| its anchors (live positions) once the text is attached | %s |\n", qPrintable(perClaim(parts["anchors"])));
        std::printf("| the claims panel (its model's rows and its widgets) | %s |\n", qPrintable(perClaim(parts["panel"])));
        std::printf("| the whole window with the claims, less without them | %s |\n", qPrintable(perClaim(window)));
    }
    if (!preview.empty()) {
        std::printf("\nThe workbench (in this program, the window of the %d-claim article) with the report preview's dock "
                    "raised, once the preview has loaded and settled, process by process (Qt WebEngine's by their --type):\n\n"
                    "| process | RSS | PSS |\n|---|---|---|\n", ClaimCount);
        for (const Part &p : preview)
            std::printf("| %s | %s | %s |\n", p.kind.constData(), qPrintable(mb(p.rss)), qPrintable(mb(p.pss)));
        std::printf("| all | %s | %s |\n", qPrintable(mb(previewRss)), qPrintable(mb(previewPss)));
    }
    std::printf("\n");
    return 0;
}
