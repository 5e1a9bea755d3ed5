// SPDX-License-Identifier: GPL-2.0-or-later
#include "pluginmanager.h"

#include "claimtypefile_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLibrary>
#include <QLoggingCategory>
#include <QMutex>
#include <QPluginLoader>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>
#include <exception>
#include <memory>

Q_LOGGING_CATEGORY(lcPlugins, "claimbench.plugins")

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
    QList<ClaimType> types;
};
} // namespace

class PluginManagerPrivate
{
public:
    explicit PluginManagerPrivate(PluginManager *q) : q(q) {}

    PluginManager *q;
    QStringList searchPaths = PluginManager::defaultSearchPaths();
    mutable QMutex mutex; // guards entries[*].record.state/error (detect() runs on worker threads)
    QList<Entry> entries;

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
            reason = PluginManager::tr("threw from %1(): %2").arg(QLatin1String(call), QString::fromLocal8Bit(e.what()));
        } catch (...) {
            reason = PluginManager::tr("threw from %1(): unknown exception").arg(QLatin1String(call));
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
    void loadDeclarative(const QString &path);
    bool acceptTypes(Entry &entry);
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
    if (!missing.isEmpty())
        return reject(rec, PluginManager::tr("missing or invalid metadata: %1").arg(missing.join(QStringLiteral(", "))));
    if (rec.apiVersion != PluginApiVersion)
        return reject(rec, PluginManager::tr("API version %1 is not supported (this Claimbench supports %2)")
                               .arg(rec.apiVersion).arg(PluginApiVersion));
    QString where;
    if (idTaken(rec.id, &where))
        return reject(rec, PluginManager::tr("duplicate id \"%1\" (already provided by %2)").arg(rec.id, where));

    Entry entry;
    QObject *instance = loader->instance();
    if (!instance) {
        rec.state = PluginRecord::Failed;
        rec.error = LocatedError{path, 0, 0, PluginManager::tr("cannot load: %1").arg(loader->errorString())};
        qCWarning(lcPlugins).noquote() << rec.error.toString();
        entry.record = rec;
        entries << entry;
        return;
    }
    rec.state = PluginRecord::Loaded;
    entry.loader = loader;
    entry.provider = qobject_cast<ClaimTypeProvider *>(instance);
    entry.detector = qobject_cast<ClaimDetector *>(instance);
    rec.hasDetector = entry.detector != nullptr;
    entry.record = rec;
    entries << entry;
    Entry &e = entries.last();
    if (!e.provider) {
        e.record.state = PluginRecord::Failed;
        e.record.error = LocatedError{path, 0, 0, PluginManager::tr("does not implement Claimbench::ClaimTypeProvider")};
        return;
    }
    QList<ClaimType> provided;
    if (!guarded(rec.id, "claimTypes", [&] { provided = e.provider->claimTypes(); }))
        return;
    e.types = provided;
    for (const ClaimType &t : std::as_const(e.types)) {
        if (!e.record.claimTypes.contains(t.id)) {
            e.record.state = PluginRecord::Failed;
            e.record.error = LocatedError{path, 0, 0, PluginManager::tr("claim type \"%1\" is not listed in the metadata's claimTypes").arg(t.id)};
            return;
        }
    }
    if (!acceptTypes(e))
        return;
    // Plugins are never unloaded: the library stays loaded for the rest of the session.
    e.record.state = PluginRecord::Running;
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

QList<PluginSuggestion> PluginManager::detect(QStringView text, const Cancellation &cancel, const QStringList &types) const
{
    struct Job {
        QString pluginId;
        ClaimDetector *detector;
        std::shared_ptr<const ClaimTypeFile> declarative;
        QStringList provided;
    };
    QList<Job> jobs;
    {
        QMutexLocker lock(&d->mutex);
        for (const Entry &e : std::as_const(d->entries)) {
            if (e.record.state != PluginRecord::Running || !(e.detector || e.declarative))
                continue;
            QStringList provided;
            for (const ClaimType &t : e.types)
                if (types.isEmpty() || types.contains(t.id))
                    provided << t.id;
            if (!provided.isEmpty())
                jobs << Job{e.record.id, e.detector, e.declarative, provided};
        }
    }
    QList<PluginSuggestion> out;
    for (const Job &job : std::as_const(jobs)) {
        if (cancel.isCancelled())
            break;
        QList<Suggestion> found;
        const bool ok = d->guarded(job.pluginId, "detect", [&] {
            found = job.declarative ? job.declarative->detect(text, cancel) : job.detector->detect(text, cancel);
        });
        if (!ok)
            continue;
        for (Suggestion s : std::as_const(found)) {
            // A plugin's output is input: keep only sane suggestions of its own claim types.
            if (!s.isValid() || s.end > text.size() || !job.provided.contains(s.claimType))
                continue;
            if (s.start > 0 && text[s.start].isLowSurrogate())
                --s.start;
            if (s.end < text.size() && text[s.end].isLowSurrogate())
                ++s.end;
            // NaN passes std::clamp (and would be written as null): a confidence that is not a number is none.
            s.confidence = std::isfinite(s.confidence) ? std::clamp(s.confidence, 0.0, 1.0) : 0.0;
            out << PluginSuggestion{s, job.pluginId};
        }
    }
    std::sort(out.begin(), out.end(), [](const PluginSuggestion &a, const PluginSuggestion &b) {
        if (a.suggestion.start != b.suggestion.start)
            return a.suggestion.start < b.suggestion.start;
        if (a.suggestion.end != b.suggestion.end)
            return a.suggestion.end < b.suggestion.end;
        return a.suggestion.claimType < b.suggestion.claimType;
    });
    return out;
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
