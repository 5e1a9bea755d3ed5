// SPDX-License-Identifier: GPL-2.0-or-later
#include "pluginmanager.h"

#include "claimtypefile_p.h"
#include "pluginprotocol_p.h"
#include "readabletext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibrary>
#include <QLocale>
#include <QLoggingCategory>
#include <QMutex>
#include <QPluginLoader>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimeZone>

#include <dlfcn.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>

#include <algorithm>
#include <cmath>
#include <exception>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "claimbench_plugins_debug.h"

namespace Claimbench {

QString stateToString(PluginRecord::State state)
{
    switch (state) {
    case PluginRecord::Read:
        return QStringLiteral("read");
    case PluginRecord::Rejected:
        return QStringLiteral("rejected");
    case PluginRecord::Loaded:
        return QStringLiteral("loaded");
    case PluginRecord::Running:
        return QStringLiteral("running");
    case PluginRecord::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

namespace {
constexpr auto DeclarativeSuffix = QLatin1StringView(".claimtype.json");

struct Entry {
    PluginRecord record;
    ClaimTypeProvider *provider = nullptr;
    ClaimDetector *detector = nullptr;
    std::shared_ptr<const ClaimTypeFile> declarative;
    std::shared_ptr<QPluginLoader> loader; // destroying a QPluginLoader does not unload its library
    bool isolated = false; // a library whose code runs in claimbench-pluginhost workers
    QList<ClaimType> types;
};

QString threwMessage(const QString &call, const QString &what)
{
    return what.isEmpty() ? PluginManager::tr("threw from %1(): unknown exception").arg(call)
                          : PluginManager::tr("threw from %1(): %2").arg(call, what);
}

QString signalName(int signal)
{
    if (const char *abbrev = sigabbrev_np(signal))
        return QStringLiteral("SIG") + QLatin1String(abbrev);
    return PluginManager::tr("signal %1").arg(signal);
}

/// The user's message for an error line of the worker (pluginprotocol_p.h).
QString workerError(const QJsonObject &line, qint64 memoryLimit)
{
    const QString kind = line.value(QLatin1String("error")).toString();
    const QString call = line.value(QLatin1String("call")).toString();
    const QString detail = line.value(QLatin1String("detail")).toString();
    if (kind == QLatin1String(PluginProtocol::CannotLoad))
        return PluginManager::tr("cannot load: %1").arg(detail);
    if (kind == QLatin1String(PluginProtocol::NoProvider))
        return PluginManager::tr("does not implement Claimbench::ClaimTypeProvider");
    if (kind == QLatin1String(PluginProtocol::NoDetector))
        return PluginManager::tr("does not implement Claimbench::ClaimDetector");
    if (kind == QLatin1String(PluginProtocol::Threw))
        return threwMessage(call, detail);
    if (kind == QLatin1String(PluginProtocol::OutOfMemory))
        return PluginManager::tr("exceeded the memory limit (%1 MiB) in %2()").arg(memoryLimit / (1024 * 1024)).arg(call);
    return PluginManager::tr("the plugin host reported an unknown error \"%1\"").arg(kind);
}

/// One claimbench-pluginhost process: started with its input, then read line by line until it ends, runs past a
/// deadline or is cancelled (then it is killed). Its standard error is the host's (plugins' warnings).
class WorkerProcess
{
public:
    enum Event { Line, Finished, Expired, Cancelled };

    ~WorkerProcess() { kill(); }

    bool start(const QString &program, const QStringList &args, const QByteArray &input, QString *error)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // A worker never outlives the thread that started it (a killed workbench leaves no endless detector behind).
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_process.start(program, args);
        if (!m_process.waitForStarted(-1)) {
            *error = PluginManager::tr("cannot start the plugin host %1: %2").arg(program, m_process.errorString());
            return false;
        }
        if (!input.isEmpty())
            m_process.write(input);
        m_process.closeWriteChannel();
        return true;
    }

    /// The next protocol line, or why there is none.
    Event next(QJsonObject *line, const QDeadlineTimer &deadline, const Cancellation *cancel)
    {
        for (;;) {
            while (m_process.canReadLine()) {
                const QJsonDocument doc = QJsonDocument::fromJson(m_process.readLine());
                if (doc.isObject()) {
                    *line = doc.object();
                    return Line;
                }
            }
            if (m_process.state() == QProcess::NotRunning)
                return Finished;
            if (cancel && cancel->isCancelled()) {
                kill();
                return Cancelled;
            }
            if (deadline.hasExpired()) {
                kill();
                return Expired;
            }
            // Wake up now and then to see a cancellation; the deadline itself is exact.
            qint64 wait = deadline.remainingTime();
            if (cancel)
                wait = wait < 0 ? 100 : std::min<qint64>(wait, 100);
            m_process.waitForReadyRead(int(wait));
        }
    }

    /// How it ended, e.g. "crashed (SIGSEGV) while loading".
    QString endReason(const QString &stage) const
    {
        if (m_process.exitStatus() == QProcess::CrashExit)
            return PluginManager::tr("crashed (%1) %2").arg(signalName(m_process.exitCode()), stage);
        return PluginManager::tr("exited with code %1 %2").arg(m_process.exitCode()).arg(stage);
    }

    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(-1);
        }
    }

private:
    QProcess m_process;
};

/// What probing a library in a worker gave: its claim types, or why not (`failure`).
struct Probe {
    QString failure;
    bool cacheable = true; ///< false when the worker could not even start (nothing is known of the plugin)
    bool detector = false;
    QList<ClaimType> types;
};

QString secondsText(std::chrono::milliseconds limit)
{
    return QString::number(double(limit.count()) / 1000.0);
}

} // namespace

class PluginManagerPrivate
{
public:
    explicit PluginManagerPrivate(PluginManager *q) : q(q) {}

    PluginManager *q;
    QStringList searchPaths = PluginManager::defaultSearchPaths();
    mutable QMutex mutex; // guards entries[*].record.state/error (detect() runs on worker threads)
    QList<Entry> entries;
    PluginManager::Isolation isolation = PluginManager::Isolation::Worker;
    std::chrono::milliseconds timeLimit = PluginManager::DefaultTimeLimit;
    qint64 memoryLimit = PluginManager::DefaultMemoryLimit;
    QString hostPath = PluginManager::defaultPluginHostPath();
    QString cachePath = PluginManager::defaultProbeCachePath();
    QJsonObject cache; // the probe cache file's "probes"
    bool cacheChanged = false;
    int probes = 0;

    int indexOf(const QString &id) const
    {
        for (qsizetype i = 0; i < entries.size(); ++i)
            if (entries[i].record.id == id && entries[i].record.state != PluginRecord::Rejected)
                return int(i);
        return -1;
    }

    bool idTaken(const QString &id, QString *where) const
    {
        for (const Entry &e : entries) {
            if (e.record.state != PluginRecord::Rejected && e.record.id == id) {
                *where = e.record.path;
                return true;
            }
        }
        return false;
    }

    void fail(const QString &pluginId, const QString &reason)
    {
        {
            QMutexLocker lock(&mutex);
            const int i = indexOf(pluginId);
            if (i < 0)
                return;
            PluginRecord &rec = entries[i].record;
            if (rec.state == PluginRecord::Failed)
                return;
            rec.state = PluginRecord::Failed;
            rec.error = LocatedError{rec.path, 0, 0, reason};
        }
        qCWarning(lcPlugins).noquote() << "plugin" << pluginId << "failed:" << reason;
        Q_EMIT q->pluginFailed(pluginId, reason);
    }

    // The one choke point for calls into plugin code: nothing a plugin throws crosses it.
    template<typename F>
    bool guarded(const QString &pluginId, const char *call, F &&f)
    {
        QString reason;
        try {
            f();
            return true;
        } catch (const std::exception &e) {
            reason = threwMessage(QLatin1String(call), QString::fromLocal8Bit(e.what()));
        } catch (...) {
            reason = threwMessage(QLatin1String(call), QString());
        }
        fail(pluginId, reason);
        return false;
    }

    void reject(PluginRecord record, const QString &reason)
    {
        const LocatedError error{record.path, 0, 0, reason};
        reject(std::move(record), error);
    }
    void reject(PluginRecord record, const LocatedError &error)
    {
        record.state = PluginRecord::Rejected;
        record.error = error;
        qCWarning(lcPlugins).noquote() << error.toString();
        Entry e;
        e.record = record;
        entries << e;
    }

    void loadLibrary(const QString &path);
    void loadInProcess(Entry &e);
    void loadIsolated(Entry &e);
    void acceptLibrary(Entry &e);
    void loadDeclarative(const QString &path);
    bool acceptTypes(Entry &entry);

    Probe probe(const QString &path);
    void readCache();
    void writeCache();
    void detectInWorkers(const QList<QString> &pluginIds, const QList<QString> &paths, QStringView text,
                         const Cancellation &cancel, QList<std::optional<QList<Suggestion>>> &found);
};

bool PluginManagerPrivate::acceptTypes(Entry &entry)
{
    for (const ClaimType &t : std::as_const(entry.types)) {
        if (!t.isValid()) {
            entry.record.state = PluginRecord::Failed;
            entry.record.error = LocatedError{entry.record.path, 0, 0, PluginManager::tr("returned a claim type without an id")};
            return false;
        }
        for (const Entry &other : std::as_const(entries)) {
            if (other.record.state != PluginRecord::Running)
                continue;
            for (const ClaimType &o : other.types) {
                if (o.id == t.id) {
                    entry.record.state = PluginRecord::Failed;
                    entry.record.error = LocatedError{entry.record.path, 0, 0,
                                                      PluginManager::tr("claim type \"%1\" is already provided by plugin \"%2\"")
                                                          .arg(t.id, other.record.id)};
                    return false;
                }
            }
        }
    }
    return true;
}

void PluginManagerPrivate::loadLibrary(const QString &path)
{
    PluginRecord rec;
    rec.path = path;
    auto loader = std::make_shared<QPluginLoader>(path);
    // Everything below is decided from the metadata alone: no plugin code runs before it is accepted.
    const QJsonObject meta = loader->metaData();
    if (meta.isEmpty())
        return reject(rec, PluginManager::tr("not a Qt plugin (no plugin metadata found)"));
    const QString iid = meta.value(QLatin1String("IID")).toString();
    if (iid != QLatin1String(ClaimTypeProvider_iid))
        return reject(rec, PluginManager::tr("wrong interface id \"%1\" (expected \"%2\")").arg(iid, QLatin1String(ClaimTypeProvider_iid)));
    const QJsonObject md = meta.value(QLatin1String("MetaData")).toObject();
    if (md.isEmpty())
        return reject(rec, PluginManager::tr("no Claimbench metadata (Q_PLUGIN_METADATA needs FILE with id, name, version, apiVersion, description, claimTypes)"));
    rec.id = md.value(QLatin1String("id")).toString();
    rec.name = md.value(QLatin1String("name")).toString();
    rec.version = md.value(QLatin1String("version")).toString();
    rec.description = md.value(QLatin1String("description")).toString();
    rec.apiVersion = md.value(QLatin1String("apiVersion")).toInt(0);
    for (const QJsonValue &v : md.value(QLatin1String("claimTypes")).toArray())
        rec.claimTypes << v.toString();
    QStringList missing;
    for (const char *key : {"id", "name", "version", "description"})
        if (!md.value(QLatin1String(key)).isString() || md.value(QLatin1String(key)).toString().isEmpty())
            missing << QLatin1String(key);
    if (!md.value(QLatin1String("apiVersion")).isDouble())
        missing << QStringLiteral("apiVersion");
    const QJsonValue types = md.value(QLatin1String("claimTypes"));
    if (!types.isArray() || types.toArray().isEmpty()
        || std::any_of(rec.claimTypes.cbegin(), rec.claimTypes.cend(), [](const QString &s) { return s.isEmpty(); }))
        missing << QStringLiteral("claimTypes");
    if (md.contains(QLatin1String("fallback"))) {
        const QJsonValue min = md.value(QLatin1String("fallback")).toObject().value(QLatin1String("minConfidence"));
        rec.fallback = true;
        rec.fallbackMinConfidence = min.toDouble(-1);
        if (!min.isDouble() || !(rec.fallbackMinConfidence >= 0 && rec.fallbackMinConfidence <= 1))
            missing << QStringLiteral("fallback (an object with a minConfidence from 0 to 1)");
    }
    if (!missing.isEmpty())
        return reject(rec, PluginManager::tr("missing or invalid metadata: %1").arg(missing.join(QStringLiteral(", "))));
    if (rec.apiVersion != PluginApiVersion)
        return reject(rec, PluginManager::tr("API version %1 is not supported (this Claimbench supports %2)")
                               .arg(rec.apiVersion).arg(PluginApiVersion));
    QString where;
    if (idTaken(rec.id, &where))
        return reject(rec, PluginManager::tr("duplicate id \"%1\" (already provided by %2)").arg(rec.id, where));

    Entry entry;
    entry.record = rec;
    entry.loader = loader;
    entries << entry;
    Entry &e = entries.last();
    if (isolation == PluginManager::Isolation::Worker)
        loadIsolated(e);
    else
        loadInProcess(e);
    if (e.record.state == PluginRecord::Failed)
        qCWarning(lcPlugins).noquote() << e.record.error.toString();
}

void PluginManagerPrivate::loadInProcess(Entry &e)
{
    const QString &path = e.record.path;
    QObject *instance = e.loader->instance();
    if (!instance) {
        e.record.state = PluginRecord::Failed;
        e.record.error = LocatedError{path, 0, 0, PluginManager::tr("cannot load: %1").arg(e.loader->errorString())};
        return;
    }
    e.record.state = PluginRecord::Loaded;
    e.provider = qobject_cast<ClaimTypeProvider *>(instance);
    e.detector = qobject_cast<ClaimDetector *>(instance);
    e.record.hasDetector = e.detector != nullptr;
    if (!e.provider) {
        e.record.state = PluginRecord::Failed;
        e.record.error = LocatedError{path, 0, 0, PluginManager::tr("does not implement Claimbench::ClaimTypeProvider")};
        return;
    }
    QList<ClaimType> provided;
    if (!guarded(e.record.id, "claimTypes", [&] { provided = e.provider->claimTypes(); }))
        return;
    e.types = provided;
    // Plugins are never unloaded: the library stays loaded for the rest of the session.
    acceptLibrary(e);
}

void PluginManagerPrivate::loadIsolated(Entry &e)
{
    e.loader.reset(); // the metadata was all this process reads of the library
    e.isolated = true;
    const QString &path = e.record.path;
    // The cache is keyed by the SHA-256 of the file's bytes (and the locale: claim types' names may be translated).
    // Hashing a library takes longer than the rest of a start: a file unchanged (path, size, time) since it was
    // hashed keeps its hash.
    const QFileInfo info(path);
    const qint64 size = info.size();
    const qint64 modified = info.lastModified(QTimeZone::UTC).toMSecsSinceEpoch();
    const QString locale = QLatin1Char('/') + QLocale().name();
    QString key;
    for (auto it = cache.constBegin(); it != cache.constEnd() && key.isEmpty(); ++it) {
        const QJsonObject o = it.value().toObject();
        if (it.key().endsWith(locale) && o.value(QLatin1String("path")).toString() == path
            && o.value(QLatin1String("size")).toInteger(-1) == size && o.value(QLatin1String("modified")).toInteger(-1) == modified)
            key = it.key();
    }
    if (key.isEmpty()) {
        QFile file(path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (file.open(QIODevice::ReadOnly) && hash.addData(&file))
            key = QString::fromLatin1(hash.result().toHex()) + locale;
    }
    auto remember = [&](QJsonObject o) {
        o.insert(QStringLiteral("path"), path);
        o.insert(QStringLiteral("size"), size);
        o.insert(QStringLiteral("modified"), modified);
        if (cache.value(key).toObject() != o) {
            cache.insert(key, o);
            cacheChanged = true;
        }
    };
    Probe result;
    if (!key.isEmpty() && cache.contains(key)) {
        const QJsonObject o = cache.value(key).toObject();
        remember(o); // the same bytes elsewhere, or touched: known by its path, size and time from now on
        result.failure = o.value(QLatin1String("failure")).toString();
        result.detector = o.value(QLatin1String("detector")).toBool();
        for (const QJsonValue &v : o.value(QLatin1String("claimTypes")).toArray())
            result.types << PluginProtocol::claimTypeFromJson(v.toObject());
    } else {
        result = probe(path);
        if (result.cacheable && !key.isEmpty()) {
            QJsonObject o;
            if (!result.failure.isEmpty()) {
                o.insert(QStringLiteral("failure"), result.failure);
            } else {
                QJsonArray types;
                for (const ClaimType &t : std::as_const(result.types))
                    types.append(PluginProtocol::claimTypeToJson(t));
                o.insert(QStringLiteral("detector"), result.detector);
                o.insert(QStringLiteral("claimTypes"), types);
            }
            remember(o);
        }
    }
    if (!result.failure.isEmpty()) {
        e.record.state = PluginRecord::Failed;
        e.record.error = LocatedError{path, 0, 0, result.failure};
        return;
    }
    e.record.state = PluginRecord::Loaded;
    e.record.hasDetector = result.detector;
    e.types = result.types;
    acceptLibrary(e);
}

void PluginManagerPrivate::acceptLibrary(Entry &e)
{
    for (const ClaimType &t : std::as_const(e.types)) {
        if (!e.record.claimTypes.contains(t.id)) {
            e.record.state = PluginRecord::Failed;
            e.record.error = LocatedError{e.record.path, 0, 0,
                                          PluginManager::tr("claim type \"%1\" is not listed in the metadata's claimTypes").arg(t.id)};
            return;
        }
    }
    if (!acceptTypes(e))
        return;
    e.record.state = PluginRecord::Running;
}

Probe PluginManagerPrivate::probe(const QString &path)
{
    ++probes;
    Probe result;
    WorkerProcess worker;
    if (!worker.start(hostPath, {QStringLiteral("probe"), QStringLiteral("--memory-limit"), QString::number(memoryLimit), path},
                      QByteArray(), &result.failure)) {
        result.cacheable = false;
        return result;
    }
    QString stage = PluginManager::tr("while loading");
    const QDeadlineTimer deadline(PluginManager::LoadTimeLimit);
    QJsonObject line;
    for (;;) {
        switch (worker.next(&line, deadline, nullptr)) {
        case WorkerProcess::Line:
            if (line.value(QLatin1String("stage")).toString() == QLatin1String("claimTypes")) {
                stage = PluginManager::tr("in claimTypes()");
            } else if (line.contains(QLatin1String("error"))) {
                result.failure = workerError(line, memoryLimit);
                return result;
            } else if (line.contains(QLatin1String("claimTypes"))) {
                for (const QJsonValue &v : line.value(QLatin1String("claimTypes")).toArray())
                    result.types << PluginProtocol::claimTypeFromJson(v.toObject());
                result.detector = line.value(QLatin1String("detector")).toBool();
                return result;
            }
            break;
        case WorkerProcess::Expired:
            result.failure = PluginManager::tr("timed out %1 (more than %2 s)").arg(stage, secondsText(PluginManager::LoadTimeLimit));
            return result;
        case WorkerProcess::Finished:
        case WorkerProcess::Cancelled:
            result.failure = worker.endReason(stage);
            return result;
        }
    }
}

void PluginManagerPrivate::readCache()
{
    if (cachePath.isEmpty())
        return;
    QFile file(cachePath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject root = QJsonDocument::fromJson(file.read(64 * 1024 * 1024)).object();
    // Another protocol or API version: what it says may no longer hold; probe again.
    if (root.value(QLatin1String("format")).toInt() == PluginProtocol::Version
        && root.value(QLatin1String("apiVersion")).toInt() == PluginApiVersion)
        cache = root.value(QLatin1String("probes")).toObject();
}

void PluginManagerPrivate::writeCache()
{
    if (cachePath.isEmpty() || !cacheChanged)
        return;
    // Other search paths (another program, a test) share the file; forget only libraries that are gone.
    for (auto it = cache.begin(); it != cache.end();) {
        if (QFileInfo::exists(it.value().toObject().value(QLatin1String("path")).toString()))
            ++it;
        else
            it = cache.erase(it);
    }
    QDir().mkpath(QFileInfo(cachePath).absolutePath());
    QSaveFile file(cachePath);
    const QJsonObject root{{QStringLiteral("format"), PluginProtocol::Version},
                           {QStringLiteral("apiVersion"), PluginApiVersion},
                           {QStringLiteral("probes"), cache}};
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0
        || !file.commit())
        qCWarning(lcPlugins).noquote() << "cannot write the plugin probe cache" << cachePath << file.errorString();
    cacheChanged = false;
}

// The isolated detectors run in claimbench-pluginhost processes, in order. A worker that crashes, runs out of
// memory or time takes only the plugin it was running with it: the next worker goes on with the rest.
void PluginManagerPrivate::detectInWorkers(const QList<QString> &pluginIds, const QList<QString> &paths, QStringView text,
                                           const Cancellation &cancel, QList<std::optional<QList<Suggestion>>> &found)
{
    const QByteArray input(reinterpret_cast<const char *>(text.utf16()), text.size() * qsizetype(sizeof(char16_t)));
    qsizetype next = 0;
    while (next < paths.size() && !cancel.isCancelled()) {
        QStringList args{QStringLiteral("detect"), QStringLiteral("--memory-limit"), QString::number(memoryLimit)};
        args += paths.mid(next);
        WorkerProcess worker;
        QString error;
        if (!worker.start(hostPath, args, input, &error)) {
            for (qsizetype k = next; k < paths.size(); ++k)
                fail(pluginIds.at(k), error);
            return;
        }
        qsizetype current = next; // the plugin the worker is at
        bool inDetect = false;
        QDeadlineTimer deadline(PluginManager::LoadTimeLimit);
        QJsonObject line;
        auto indexIn = [&](const char *key) {
            const qsizetype k = next + qsizetype(line.value(QLatin1String(key)).toInteger(-1));
            return k >= current && k < paths.size() ? k : qsizetype(-1);
        };
        bool done = false;
        while (!done) {
            switch (worker.next(&line, deadline, &cancel)) {
            case WorkerProcess::Line:
                if (const qsizetype k = indexIn("load"); k >= 0) {
                    current = k;
                    inDetect = false;
                    deadline = QDeadlineTimer(PluginManager::LoadTimeLimit);
                } else if (line.contains(QLatin1String("begin"))) {
                    inDetect = true;
                    deadline = QDeadlineTimer(timeLimit);
                } else if (const qsizetype k = indexIn("done"); k >= 0) {
                    if (line.contains(QLatin1String("error")))
                        fail(pluginIds.at(k), workerError(line, memoryLimit));
                    else
                        found[k] = PluginProtocol::suggestionsFromJson(line.value(QLatin1String("suggestions")).toArray());
                    current = k + 1;
                    inDetect = false;
                    deadline = QDeadlineTimer(PluginManager::LoadTimeLimit);
                }
                break;
            case WorkerProcess::Cancelled:
                return;
            case WorkerProcess::Expired:
                if (current < paths.size())
                    fail(pluginIds.at(current),
                         inDetect ? PluginManager::tr("timed out: its detector did not finish within %1 s").arg(secondsText(timeLimit))
                                  : PluginManager::tr("timed out while loading (more than %1 s)").arg(secondsText(PluginManager::LoadTimeLimit)));
                done = true;
                break;
            case WorkerProcess::Finished:
                if (current < paths.size())
                    fail(pluginIds.at(current), worker.endReason(inDetect ? PluginManager::tr("in detect()")
                                                                          : PluginManager::tr("while loading")));
                done = true;
                break;
            }
        }
        next = current + 1;
    }
}

void PluginManagerPrivate::loadDeclarative(const QString &path)
{
    PluginRecord rec;
    rec.path = path;
    rec.declarative = true;
    rec.apiVersion = PluginApiVersion;
    auto file = std::make_shared<ClaimTypeFile>(ClaimTypeFile::read(path));
    if (!file->ok()) {
        rec.id = QFileInfo(path).fileName().chopped(DeclarativeSuffix.size());
        return reject(rec, file->error);
    }
    rec.id = file->type.id;
    rec.name = file->type.name;
    rec.description = file->type.description;
    rec.version = file->version;
    rec.apiVersion = file->apiVersion;
    rec.claimTypes = {file->type.id};
    rec.hasDetector = !file->detectors.isEmpty();
    QString where;
    if (idTaken(rec.id, &where))
        return reject(rec, PluginManager::tr("duplicate id \"%1\" (already provided by %2)").arg(rec.id, where));
    Entry e;
    e.record = rec;
    e.declarative = file;
    e.types = {file->type};
    if (acceptTypes(e))
        e.record.state = PluginRecord::Running;
    entries << e;
}

PluginManager::PluginManager(QObject *parent) : QObject(parent), d(std::make_unique<PluginManagerPrivate>(this)) {}

PluginManager::~PluginManager() = default;

QStringList PluginManager::defaultSearchPaths()
{
    QStringList paths;
    const QString appDir = QCoreApplication::applicationDirPath();
    if (!appDir.isEmpty())
        paths << QDir::cleanPath(appDir + QLatin1Char('/') + QLatin1String(CLAIMBENCH_PLUGIN_RELDIR));
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!data.isEmpty())
        paths << data + QStringLiteral("/plugins");
    const QStringList env = qEnvironmentVariable("CLAIMBENCH_PLUGIN_PATH").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    paths << env;
    return paths;
}

void PluginManager::setIsolation(Isolation isolation)
{
    d->isolation = isolation;
}

PluginManager::Isolation PluginManager::isolation() const
{
    return d->isolation;
}

void PluginManager::setTimeLimit(std::chrono::milliseconds limit)
{
    d->timeLimit = limit;
}

std::chrono::milliseconds PluginManager::timeLimit() const
{
    return d->timeLimit;
}

void PluginManager::setMemoryLimit(qint64 bytes)
{
    d->memoryLimit = bytes;
}

qint64 PluginManager::memoryLimit() const
{
    return d->memoryLimit;
}

QString PluginManager::defaultPluginHostPath()
{
    // <libdir>/libclaimbench_plugins.so → <libexecdir>/claimbench/claimbench-pluginhost, in both trees.
    Dl_info info{};
    if (!dladdr(reinterpret_cast<void *>(&PluginManager::defaultPluginHostPath), &info) || !info.dli_fname)
        return QString();
    const QString libDir = QFileInfo(QString::fromLocal8Bit(info.dli_fname)).absolutePath();
    return QDir::cleanPath(libDir + QLatin1Char('/') + QLatin1String(CLAIMBENCH_PLUGINHOST_FROM_LIBDIR) + QLatin1Char('/')
                           + QLatin1String(PluginProtocol::HostProgram));
}

void PluginManager::setPluginHostPath(const QString &path)
{
    d->hostPath = path;
}

QString PluginManager::pluginHostPath() const
{
    return d->hostPath;
}

QString PluginManager::defaultProbeCachePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/plugin-probes.json");
}

void PluginManager::setProbeCachePath(const QString &path)
{
    d->cachePath = path;
}

QString PluginManager::probeCachePath() const
{
    return d->cachePath;
}

int PluginManager::probeCount() const
{
    return d->probes;
}

void PluginManager::setSearchPaths(const QStringList &paths)
{
    d->searchPaths = paths;
}

QStringList PluginManager::searchPaths() const
{
    return d->searchPaths;
}

void PluginManager::loadPlugins()
{
    if (!d->entries.isEmpty()) {
        qCWarning(lcPlugins) << "loadPlugins() called twice; plugins are loaded once per session";
        return;
    }
    d->readCache();
    QStringList seen;
    for (const QString &dirPath : std::as_const(d->searchPaths)) {
        const QFileInfo dirInfo(dirPath);
        if (!dirInfo.isDir())
            continue;
        const QString canonical = dirInfo.canonicalFilePath();
        if (seen.contains(canonical))
            continue;
        seen << canonical;
        // Sorted by name: the same order on every machine and every run.
        const QFileInfoList files = QDir(dirPath).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &fi : files) {
            const QString path = fi.absoluteFilePath();
            if (fi.fileName().endsWith(DeclarativeSuffix))
                d->loadDeclarative(path);
            else if (QLibrary::isLibrary(path))
                d->loadLibrary(path);
        }
    }
    d->writeCache();
}

QList<PluginRecord> PluginManager::plugins() const
{
    QMutexLocker lock(&d->mutex);
    QList<PluginRecord> out;
    out.reserve(d->entries.size());
    for (const Entry &e : std::as_const(d->entries))
        out << e.record;
    return out;
}

PluginRecord PluginManager::plugin(const QString &id) const
{
    QMutexLocker lock(&d->mutex);
    for (const Entry &e : std::as_const(d->entries))
        if (e.record.id == id)
            return e.record;
    return PluginRecord();
}

QList<ClaimType> PluginManager::claimTypes() const
{
    QMutexLocker lock(&d->mutex);
    QList<ClaimType> out;
    for (const Entry &e : std::as_const(d->entries))
        if (e.record.state == PluginRecord::Running)
            out << e.types;
    std::sort(out.begin(), out.end(), [](const ClaimType &a, const ClaimType &b) {
        const int c = QString::localeAwareCompare(a.name, b.name);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    return out;
}

ClaimType PluginManager::claimType(const QString &id) const
{
    QMutexLocker lock(&d->mutex);
    for (const Entry &e : std::as_const(d->entries))
        if (e.record.state == PluginRecord::Running)
            for (const ClaimType &t : e.types)
                if (t.id == id)
                    return t;
    return ClaimType();
}

QString PluginManager::pluginForClaimType(const QString &claimTypeId) const
{
    QMutexLocker lock(&d->mutex);
    for (const Entry &e : std::as_const(d->entries))
        if (e.record.state == PluginRecord::Running)
            for (const ClaimType &t : e.types)
                if (t.id == claimTypeId)
                    return e.record.id;
    return QString();
}

QList<PluginSuggestion> PluginManager::detectInDocument(QStringView source, QStringView mediaType,
                                                        const Cancellation &cancel, const QStringList &types) const
{
    const ReadableDocument readable = readableDocument(source, mediaType);
    if (readable.identity)
        return detect(source, cancel, types);
    QList<PluginSuggestion> found = detect(readable.text, cancel, types);
    QList<PluginSuggestion> mapped;
    mapped.reserve(found.size());
    for (PluginSuggestion &ps : found) {
        const auto [start, end] = readable.toSourceRange(ps.suggestion.start, ps.suggestion.end, source);
        if (end <= start)
            continue;
        ps.suggestion.start = start;
        ps.suggestion.end = end;
        mapped.append(std::move(ps));
    }
    return mapped; // the mapping keeps the order: sorted as detect() sorts
}

QList<PluginSuggestion> PluginManager::detect(QStringView text, const Cancellation &cancel, const QStringList &types) const
{
    struct Job {
        QString pluginId;
        ClaimDetector *detector;
        std::shared_ptr<const ClaimTypeFile> declarative;
        QStringList provided;
        QString isolatedPath; // runs in a worker
    };
    QList<Job> jobs;
    {
        QMutexLocker lock(&d->mutex);
        for (const Entry &e : std::as_const(d->entries)) {
            if (e.record.state != PluginRecord::Running || !(e.detector || e.declarative || (e.isolated && e.record.hasDetector)))
                continue;
            QStringList provided;
            for (const ClaimType &t : e.types)
                if (types.isEmpty() || types.contains(t.id))
                    provided << t.id;
            if (!provided.isEmpty())
                jobs << Job{e.record.id, e.detector, e.declarative, provided, e.isolated ? e.record.path : QString()};
        }
    }
    // What each job found; nothing for a plugin that failed.
    QList<std::optional<QList<Suggestion>>> found(jobs.size());
    QList<qsizetype> isolated;
    QStringList isolatedIds, isolatedPaths;
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        if (!jobs[i].isolatedPath.isEmpty()) {
            isolated << i;
            isolatedIds << jobs[i].pluginId;
            isolatedPaths << jobs[i].isolatedPath;
        }
    }
    if (!isolated.isEmpty()) {
        QList<std::optional<QList<Suggestion>>> fromWorkers(isolated.size());
        d->detectInWorkers(isolatedIds, isolatedPaths, text, cancel, fromWorkers);
        for (qsizetype k = 0; k < isolated.size(); ++k)
            found[isolated[k]] = std::move(fromWorkers[k]);
    }
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        const Job &job = jobs[i];
        if (!job.isolatedPath.isEmpty())
            continue;
        if (cancel.isCancelled())
            break;
        QList<Suggestion> list;
        if (d->guarded(job.pluginId, "detect", [&] {
                list = job.declarative ? job.declarative->detect(text, cancel) : job.detector->detect(text, cancel);
            }))
            found[i] = std::move(list);
    }
    // Checked in place, then ordered by a small key per suggestion (a plugin's list can hold a suggestion per
    // sentence of a long text): by start, end and claim type, then plugin and the plugin's own order.
    struct Key {
        qsizetype start, end;
        qsizetype job, index;
    };
    std::vector<Key> keys;
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        if (!found[i] || cancel.isCancelled())
            continue;
        const Job &job = jobs[i];
        QList<Suggestion> &list = *found[i];
        for (qsizetype k = 0; k < list.size(); ++k) {
            Suggestion &s = list[k];
            // A plugin's output is input: keep only sane suggestions of its own claim types.
            if (!s.isValid() || s.end > text.size() || !job.provided.contains(s.claimType))
                continue;
            if (s.start > 0 && text[s.start].isLowSurrogate())
                --s.start;
            if (s.end < text.size() && text[s.end].isLowSurrogate())
                ++s.end;
            // NaN passes std::clamp (and would be written as null): a confidence that is not a number is none.
            s.confidence = std::isfinite(s.confidence) ? std::clamp(s.confidence, 0.0, 1.0) : 0.0;
            keys.push_back({s.start, s.end, i, k});
        }
    }
    const auto suggestionOf = [&found](const Key &key) -> const Suggestion & { return (*found[key.job])[key.index]; };
    std::sort(keys.begin(), keys.end(), [&](const Key &a, const Key &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.end != b.end)
            return a.end < b.end;
        if (a.job == b.job && a.index == b.index)
            return false;
        if (const int c = suggestionOf(a).claimType.compare(suggestionOf(b).claimType); c != 0)
            return c < 0;
        return a.job != b.job ? a.job < b.job : a.index < b.index;
    });
    QList<PluginSuggestion> out;
    out.reserve(qsizetype(keys.size()));
    for (const Key &key : keys)
        out.append(PluginSuggestion{std::move((*found[key.job])[key.index]), jobs[key.job].pluginId});
    return out;
}

QList<PluginSuggestion> combineSuggestions(const QList<PluginSuggestion> &all, const QHash<QString, double> &fallbackMinConfidence,
                                           const QHash<QString, QString> &typeNames)
{
    struct Candidate {
        qsizetype index;
        bool fallback;
    };
    std::vector<Candidate> order;
    order.reserve(std::size_t(all.size()));
    for (qsizetype i = 0; i < all.size(); ++i) {
        // What detect() checks already; this function takes any list (no empty span, no NaN in the ordering).
        if (!all[i].suggestion.isValid() || !std::isfinite(all[i].suggestion.confidence))
            continue;
        const auto min = fallbackMinConfidence.constFind(all[i].pluginId);
        if (min != fallbackMinConfidence.cend() && all[i].suggestion.confidence < *min)
            continue;
        order.push_back({i, min != fallbackMinConfidence.cend()});
    }
    std::sort(order.begin(), order.end(), [&all](const Candidate &a, const Candidate &b) {
        if (a.fallback != b.fallback)
            return !a.fallback;
        const Suggestion &x = all[a.index].suggestion, &y = all[b.index].suggestion;
        if (x.confidence != y.confidence)
            return x.confidence > y.confidence;
        if (x.end - x.start != y.end - y.start)
            return x.end - x.start < y.end - y.start;
        if (x.start != y.start)
            return x.start < y.start;
        if (const int c = x.claimType.compare(y.claimType); c != 0)
            return c < 0;
        if (const int c = all[a.index].pluginId.compare(all[b.index].pluginId); c != 0)
            return c < 0;
        return a.index < b.index;
    });
    // The kept spans never overlap: by start, each with its end and what it stands for.
    struct Kept {
        qsizetype end;
        qsizetype index;
        QStringList also;
    };
    std::map<qsizetype, Kept> kept;
    const auto overlapping = [&kept](qsizetype start, qsizetype end) {
        auto it = kept.lower_bound(end); // the first kept span starting at or after `end` cannot overlap
        if (it == kept.begin())
            return kept.end();
        --it; // the last kept span starting before `end`: the only one that may reach past `start`
        return it->second.end > start ? it : kept.end();
    };
    for (const Candidate &c : order) {
        const Suggestion &s = all[c.index].suggestion;
        const auto it = overlapping(s.start, s.end);
        if (it == kept.end()) {
            kept.emplace(s.start, Kept{s.end, c.index, {}});
        } else if (s.claimType != all[it->second.index].suggestion.claimType) {
            const QString name = typeNames.value(s.claimType, s.claimType);
            if (!it->second.also.contains(name))
                it->second.also << name;
        }
    }
    QList<PluginSuggestion> out;
    out.reserve(qsizetype(kept.size()));
    for (const auto &[start, k] : kept) {
        PluginSuggestion ps = all[k.index];
        if (!k.also.isEmpty())
            ps.suggestion.rationale += QStringLiteral("; also: ") + k.also.join(QStringLiteral(", "));
        out.append(std::move(ps));
    }
    // Sorted as detect() sorts: the kept spans do not overlap, so by start alone they are in its order.
    return out;
}

QList<PluginSuggestion> PluginManager::combine(const QList<PluginSuggestion> &all) const
{
    QHash<QString, double> fallback;
    QHash<QString, QString> names;
    {
        QMutexLocker lock(&d->mutex);
        for (const Entry &e : std::as_const(d->entries)) {
            if (e.record.fallback)
                fallback.insert(e.record.id, e.record.fallbackMinConfidence);
            for (const ClaimType &t : e.types)
                names.insert(t.id, t.name);
        }
    }
    return combineSuggestions(all, fallback, names);
}

void PluginManager::markFailed(const QString &pluginId, const QString &reason)
{
    d->fail(pluginId, reason);
}

QStringList PluginManager::errors() const
{
    QMutexLocker lock(&d->mutex);
    QStringList out;
    for (const Entry &e : std::as_const(d->entries))
        if (e.record.state == PluginRecord::Rejected || e.record.state == PluginRecord::Failed)
            out << e.record.error.toString();
    return out;
}

} // namespace Claimbench
