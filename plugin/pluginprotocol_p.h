// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// What the plugin manager and claimbench-pluginhost (the worker that runs plugin code out of process) say to each
// other. Not part of the SDK.
//
//   claimbench-pluginhost probe --memory-limit BYTES PLUGIN
//       loads one plugin and prints its claim types: {"stage":"load"}, {"stage":"claimTypes"}, then
//       {"claimTypes":[...],"detector":bool} or {"error":KIND,...}.
//   claimbench-pluginhost detect --memory-limit BYTES PLUGIN...
//       reads the text from standard input (UTF-16, native byte order, until end of file), then for each plugin in
//       order prints {"load":I}, {"begin":I} (its detect() starts now) and {"done":I,"suggestions":[...]} or
//       {"done":I,"error":KIND,...}.
//
// One compact JSON object a line, on the worker's standard output (the plugin's own output goes to standard error).
// A worker that dies mid-way is reported by the manager from the last line it read (which plugin, which stage).

#include "claimbench_plugins_export.h"
#include "claimtypeprovider.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Claimbench::PluginProtocol {

/// Bumped whenever the lines above change (the probe cache records it).
inline constexpr int Version = 1;

/// The worker program's file name (in the build tree and installed: CLAIMBENCH_PLUGINHOST_RELDIR from bin/).
inline constexpr auto HostProgram = "claimbench-pluginhost";

// Error kinds the worker reports ("error" member), turned into the user's message by the manager.
inline constexpr auto CannotLoad = "cannotLoad";     ///< + "detail": QPluginLoader::errorString()
inline constexpr auto NoProvider = "noProvider";     ///< not a Claimbench::ClaimTypeProvider
inline constexpr auto NoDetector = "noDetector";     ///< not a Claimbench::ClaimDetector
inline constexpr auto Threw = "threw";               ///< + "call", "detail": what()
inline constexpr auto OutOfMemory = "outOfMemory";   ///< + "call": std::bad_alloc under the memory limit

CLAIMBENCH_PLUGINS_EXPORT QJsonObject claimTypeToJson(const ClaimType &type);
CLAIMBENCH_PLUGINS_EXPORT ClaimType claimTypeFromJson(const QJsonObject &object);
CLAIMBENCH_PLUGINS_EXPORT QJsonArray suggestionsToJson(const QList<Suggestion> &suggestions);
CLAIMBENCH_PLUGINS_EXPORT QList<Suggestion> suggestionsFromJson(const QJsonArray &array);

} // namespace Claimbench::PluginProtocol
