// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_plugins_export.h"
#include "claimtypeprovider.h"
#include "locatederror.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <chrono>
#include <memory>

namespace Claimbench {

/// What the manager knows of one plugin (a Qt plugin library or a declarative *.claimtype.json file),
/// in the spirit of Qt Creator's ExtensionSystem::PluginSpec.
struct PluginRecord {
    enum State { Read, Rejected, Loaded, Running, Failed };
    QString id;
    QString name;
    QString version;
    QString description;
    int apiVersion = 0;
    QStringList claimTypes;
    QString path;
    bool declarative = false;
    bool hasDetector = false;
    /// Metadata `"fallback": {"minConfidence": p}`: a generic detector (the trained check-worthy model) whose
    /// suggestions give way to any other detector's on the same passage, and are shown alone only from
    /// confidence p (combineSuggestions()).
    bool fallback = false;
    double fallbackMinConfidence = 0;
    State state = Read;
    /// Why it was rejected or failed, invalid otherwise: in the plugin's file (`path`), line 0 with the reason,
    /// or for a malformed *.claimtype.json at the bad value (`PATH:LINE:COLUMN: error: /pointer: message`).
    LocatedError error;
    bool isValid() const { return !path.isEmpty(); }
};

CLAIMBENCH_PLUGINS_EXPORT QString stateToString(PluginRecord::State state);

/// A suggestion with the plugin that made it. Offsets: UTF-16 into the scanned text.
struct PluginSuggestion {
    Suggestion suggestion;
    QString pluginId;
};

/// One suggestion per passage, as the workbench and the CLI show them (the detectors' own lists overlap: a
/// sentence with a figure in hearsay gets a quantity, a quote-attribution and a check-worthy suggestion). A
/// fallback plugin's suggestion (its id in `fallbackMinConfidence`) below its minimum confidence is dropped. Of
/// overlapping suggestions the first in this order is kept: another detector's before a fallback's, then the
/// higher confidence, the shorter span, the earlier start, the claim type, the plugin. The kept one's rationale
/// names the claim types of those it stands for (`typeNames`: id → name; the id where none is given), "; also:
/// Quantity". Invalid suggestions and those whose confidence is not a number are left out. Sorted as
/// PluginManager::detect() sorts.
CLAIMBENCH_PLUGINS_EXPORT QList<PluginSuggestion> combineSuggestions(const QList<PluginSuggestion> &all,
                                                                     const QHash<QString, double> &fallbackMinConfidence,
                                                                     const QHash<QString, QString> &typeNames = {});

class PluginManagerPrivate;

/// Finds, checks and loads claim-type plugins. Metadata is read before any code is loaded. Plugin code runs out of
/// process, as a browser isolates its tabs: each library is probed (loaded, its claimTypes() read) in a
/// claimbench-pluginhost worker, and detectors run in workers with a time and a memory limit. A crash, a hang, a
/// memory blow-up or an exception marks that plugin failed with the reason (its record's error: "crashed (SIGSEGV)
/// while loading", "timed out: ...", "exceeded the memory limit ..."); the host and the other plugins go on.
class CLAIMBENCH_PLUGINS_EXPORT PluginManager : public QObject
{
    Q_OBJECT
public:
    /// Where library plugins' code runs. Worker: in claimbench-pluginhost processes (the default, always, in the
    /// workbench and the CLI). InProcess: loaded into this process, unprotected; only to measure what isolation
    /// costs (tools/benchmarks/plugin_bench). Declarative claim types are data and always run in process.
    enum class Isolation { Worker, InProcess };
    /// How long one detector may run on one text before its worker is killed and the plugin marked failed.
    static constexpr std::chrono::milliseconds DefaultTimeLimit{10000};
    /// Address space one detector (or a library's loading and claimTypes()) may add to its worker (RLIMIT_AS).
    static constexpr qint64 DefaultMemoryLimit = 2LL * 1024 * 1024 * 1024;
    /// How long loading a library and its claimTypes() may take in a worker.
    static constexpr std::chrono::milliseconds LoadTimeLimit{30000};

    explicit PluginManager(QObject *parent = nullptr);
    ~PluginManager() override;

    /// Set these before loadPlugins().
    void setIsolation(Isolation isolation);
    Isolation isolation() const;
    void setTimeLimit(std::chrono::milliseconds limit);
    std::chrono::milliseconds timeLimit() const;
    void setMemoryLimit(qint64 bytes);
    qint64 memoryLimit() const;
    /// The worker program: claimbench-pluginhost in <libexecdir>/claimbench, found relative to this library.
    static QString defaultPluginHostPath();
    void setPluginHostPath(const QString &path);
    QString pluginHostPath() const;

    /// What probing each library gave (its claim types, or why it failed: a crash included), by the SHA-256 of its
    /// file, so that the next start neither probes it again nor crashes again; a changed file is probed anew.
    /// Default: CacheLocation/plugin-probes.json; empty: no cache.
    static QString defaultProbeCachePath();
    void setProbeCachePath(const QString &path);
    QString probeCachePath() const;
    /// How many libraries this manager probed in a worker (those the cache did not answer).
    int probeCount() const;

    /// The built-in directory beside the binaries, the user's plugin directory (AppDataLocation/plugins),
    /// then CLAIMBENCH_PLUGIN_PATH entries.
    static QStringList defaultSearchPaths();
    void setSearchPaths(const QStringList &paths);
    QStringList searchPaths() const;

    /// Discovers and loads everything in the search paths, in a sorted, deterministic order.
    void loadPlugins();

    QList<PluginRecord> plugins() const;
    PluginRecord plugin(const QString &id) const;

    /// Claim types of the running plugins, sorted by name.
    QList<ClaimType> claimTypes() const;
    ClaimType claimType(const QString &id) const; ///< invalid when unknown
    QString pluginForClaimType(const QString &claimTypeId) const;

    /// Runs every running detector (or those providing `types`, when not empty) over `text`; re-entrant, may
    /// be called from a worker thread. A detector that throws, crashes, runs over the time limit or the memory
    /// limit is marked failed (pluginFailed is emitted) and the others go on; cancelling kills the running worker.
    /// Sorted by start, then end, then claim type.
    QList<PluginSuggestion> detect(QStringView text, const Cancellation &cancel = Cancellation(),
                                   const QStringList &types = {}) const;

    /// detect() on what a reader reads of a document's `source` of `mediaType` (readableDocument(): for Markdown
    /// and HTML source the text without markup, scripts and styles; other types as they are), with each
    /// suggestion's offsets mapped back into `source` (UTF-16), so that suggestions are text a reader recognises
    /// and anchors still point into the source. The one way documents are scanned (the workbench and the CLI).
    QList<PluginSuggestion> detectInDocument(QStringView source, QStringView mediaType,
                                             const Cancellation &cancel = Cancellation(),
                                             const QStringList &types = {}) const;

    /// combineSuggestions() with the loaded plugins' fallback settings and claim type names: what detect() or
    /// detectInDocument() found, one suggestion per passage, as the workbench and the CLI show it.
    QList<PluginSuggestion> combine(const QList<PluginSuggestion> &all) const;

    /// Disables a plugin at run time (e.g. a detector that hung), with the reason shown to the user.
    void markFailed(const QString &pluginId, const QString &reason);

    /// The error of each rejected or failed plugin, as text (LocatedError::toString()), in load order.
    QStringList errors() const;

Q_SIGNALS:
    void pluginFailed(const QString &pluginId, const QString &reason);

private:
    std::unique_ptr<PluginManagerPrivate> d;
};

} // namespace Claimbench
