// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_annotations_export.h"
#include "sidecar.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace Claimbench {

/// Writes `bytes` to `path` atomically (QSaveFile: a temporary file next to it, renamed over it when complete):
/// on any failure the previous file is intact and no temporary file is left. Returns an invalid error on
/// success, else a located error `PATH: error: cannot write: REASON`.
CLAIMBENCH_ANNOTATIONS_EXPORT SidecarError writeFileAtomically(const QString &path, const QByteArray &bytes);

/// Removes what an interrupted writeFileAtomically() (a process killed mid-save) left next to `path`: QSaveFile's
/// temporary files `NAME.XXXXXX` (six letters or digits). Returns how many were removed.
CLAIMBENCH_ANNOTATIONS_EXPORT int removeInterruptedWrites(const QString &path);

/// For tests: while set, writeFileAtomically(path, ...) fails (after writing the temporary file, before it
/// replaces the file) whenever `fail(path)` returns true. An empty function clears it. Process-wide.
CLAIMBENCH_ANNOTATIONS_EXPORT void setAtomicWriteFailureForTesting(std::function<bool(const QString &path)> fail);

} // namespace Claimbench
