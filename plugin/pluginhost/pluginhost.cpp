// SPDX-License-Identifier: GPL-2.0-or-later
// claimbench-pluginhost: runs claim-type plugin code out of the workbench's and the CLI's process, one plugin
// call after the other, so that a plugin that crashes, hangs or allocates without bound takes only this process
// down. The plugin manager starts it (probe, detect) and reads what it prints; see pluginprotocol_p.h.
#include "claimtypeprovider.h"
#include "pluginprotocol_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QPluginLoader>

#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <exception>
#include <new>

using namespace Claimbench;

// Under AddressSanitizer (the test build): a plugin's fatal signal is the signal itself, not ASan's report and exit
// code 1; an allocation over the memory limit is a null pointer (std::bad_alloc), not ASan's abort; and a worker
// that stops with _exit() reports no leaks. Unused in other builds.
extern "C" __attribute__((visibility("default"), used)) const char *__asan_default_options()
{
    return "handle_segv=0:handle_sigbus=0:handle_sigfpe=0:handle_sigill=0:handle_abort=0:"
           "allocator_may_return_null=1:detect_leaks=0";
}

namespace {

int protocolFd = 1;

void say(const QJsonObject &line)
{
    QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact);
    bytes += '\n';
    const char *p = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(protocolFd, p, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            _exit(3); // the manager went away
        p += n;
        left -= n;
    }
}

[[noreturn]] void finish(int code)
{
    // No static destructors of plugin code, no leak report: the plugin's library stays loaded to the end.
    std::fflush(stdout);
    std::fflush(stderr);
    _exit(code);
}

QJsonObject error(const char *kind, const QString &call = QString(), const QString &detail = QString())
{
    QJsonObject o{{QStringLiteral("error"), QLatin1String(kind)}};
    if (!call.isEmpty())
        o.insert(QStringLiteral("call"), call);
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    return o;
}

QJsonObject with(QJsonObject o, const char *key, const QJsonValue &value)
{
    o.insert(QLatin1String(key), value);
    return o;
}

// Address space (bytes) the process maps now: the limit is this plus the plugin's allowance, so that the same
// allowance holds whatever the host program itself maps (AddressSanitizer's shadow, Qt's libraries).
rlim_t mappedNow()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    return rlim_t(statm.readLine().split(' ').value(0).toULongLong()) * rlim_t(sysconf(_SC_PAGESIZE));
}

class MemoryLimit
{
public:
    explicit MemoryLimit(qint64 allowance)
    {
        if (allowance <= 0 || getrlimit(RLIMIT_AS, &m_saved) != 0)
            return;
        rlimit limit = m_saved;
        const rlim_t wanted = mappedNow() + rlim_t(allowance);
        limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? wanted : std::min(wanted, limit.rlim_max);
        m_active = setrlimit(RLIMIT_AS, &limit) == 0;
    }
    ~MemoryLimit()
    {
        if (m_active)
            setrlimit(RLIMIT_AS, &m_saved);
    }
    MemoryLimit(const MemoryLimit &) = delete;
    MemoryLimit &operator=(const MemoryLimit &) = delete;

private:
    rlimit m_saved{};
    bool m_active = false;
};

int probe(qint64 memoryLimit, const QString &path)
{
    const MemoryLimit limit(memoryLimit);
    say({{QStringLiteral("stage"), QStringLiteral("load")}});
    QPluginLoader loader(path);
    QObject *instance = loader.instance();
    if (!instance) {
        say(error(PluginProtocol::CannotLoad, QString(), loader.errorString()));
        return 0;
    }
    auto *provider = qobject_cast<ClaimTypeProvider *>(instance);
    if (!provider) {
        say(error(PluginProtocol::NoProvider));
        return 0;
    }
    say({{QStringLiteral("stage"), QStringLiteral("claimTypes")}});
    QList<ClaimType> types;
    try {
        types = provider->claimTypes();
    } catch (const std::bad_alloc &) {
        say(error(PluginProtocol::OutOfMemory, QStringLiteral("claimTypes")));
        return 0;
    } catch (const std::exception &e) {
        say(error(PluginProtocol::Threw, QStringLiteral("claimTypes"), QString::fromLocal8Bit(e.what())));
        return 0;
    } catch (...) {
        say(error(PluginProtocol::Threw, QStringLiteral("claimTypes")));
        return 0;
    }
    QJsonArray list;
    for (const ClaimType &t : std::as_const(types))
        list.append(PluginProtocol::claimTypeToJson(t));
    say({{QStringLiteral("claimTypes"), list}, {QStringLiteral("detector"), qobject_cast<ClaimDetector *>(instance) != nullptr}});
    return 0;
}

QString readText()
{
    QByteArray bytes;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(0, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        bytes.append(buffer, n);
    }
    return QString(reinterpret_cast<const QChar *>(bytes.constData()), bytes.size() / qsizetype(sizeof(QChar)));
}

int detect(qint64 memoryLimit, const QStringList &paths)
{
    const QString text = readText();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QJsonValue index{qint64(i)};
        say({{QStringLiteral("load"), index}});
        QPluginLoader loader(paths.at(i));
        QObject *instance = loader.instance();
        auto *detector = instance ? qobject_cast<ClaimDetector *>(instance) : nullptr;
        if (!instance) {
            say(with(error(PluginProtocol::CannotLoad, QString(), loader.errorString()), "done", index));
            continue;
        }
        if (!detector) {
            say(with(error(PluginProtocol::NoDetector), "done", index));
            continue;
        }
        say({{QStringLiteral("begin"), index}});
        QList<Suggestion> found;
        QJsonObject failure;
        try {
            const MemoryLimit limit(memoryLimit);
            found = detector->detect(text, Cancellation());
        } catch (const std::bad_alloc &) {
            failure = error(PluginProtocol::OutOfMemory, QStringLiteral("detect"));
        } catch (const std::exception &e) {
            failure = error(PluginProtocol::Threw, QStringLiteral("detect"), QString::fromLocal8Bit(e.what()));
        } catch (...) {
            failure = error(PluginProtocol::Threw, QStringLiteral("detect"));
        }
        if (!failure.isEmpty())
            say(with(failure, "done", index));
        else
            say({{QStringLiteral("done"), index}, {QStringLiteral("suggestions"), PluginProtocol::suggestionsToJson(found)}});
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    // The protocol keeps the real standard output; whatever plugin code prints goes to standard error.
    protocolFd = ::dup(1);
    ::dup2(2, 1);
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    bool ok = false;
    const qint64 limit = args.size() >= 3 && args.at(1) == QLatin1String("--memory-limit") ? args.at(2).toLongLong(&ok) : 0;
    if (ok && args.size() == 4 && args.at(0) == QLatin1String("probe"))
        finish(probe(limit, args.at(3)));
    if (ok && args.at(0) == QLatin1String("detect"))
        finish(detect(limit, args.mid(3)));
    std::fprintf(stderr, "usage: %s probe --memory-limit BYTES PLUGIN | detect --memory-limit BYTES PLUGIN...\n"
                         "Runs Claimbench plugin code for the plugin manager; not meant to be started by hand.\n",
                 argv[0]);
    finish(2);
}
