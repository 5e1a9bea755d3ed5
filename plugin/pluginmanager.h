// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_plugins_export.h"
#include "claimtypeprovider.h"
#include "locatederror.h"

#include <QObject>
#include <QStringList>
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

class PluginManagerPrivate;

/// Finds, checks and loads claim-type plugins. Metadata is read before any code is loaded; every call into
/// plugin code goes through one choke point that catches everything, marks the plugin failed and reports it.
/// The host keeps running whatever a plugin does.
class CLAIMBENCH_PLUGINS_EXPORT PluginManager : public QObject
{
    Q_OBJECT
public:
    explicit PluginManager(QObject *parent = nullptr);
    ~PluginManager() override;

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
    /// be called from a worker thread. A detector that throws is marked failed (pluginFailed is emitted) and
    /// the others go on. Sorted by start, then end, then claim type.
    QList<PluginSuggestion> detect(QStringView text, const Cancellation &cancel = Cancellation(),
                                   const QStringList &types = {}) const;

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
