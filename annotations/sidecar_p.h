// SPDX-License-Identifier: GPL-2.0-or-later
// Internal to the sidecar code (and its tests and fuzz target): not part of the public API.
#pragma once

#include "sidecar.h"

#include <QByteArrayView>

#include <optional>

namespace Claimbench::SidecarInternal {

/// The one-pass reader for well-formed files (see sidecarreader.cpp). Builds the data straight from the bytes
/// (valid UTF-8 without a leading byte-order mark, as Sidecar::parse() has checked), or gives up with nullopt at
/// the first thing it does not handle or that is wrong, and Sidecar::parse() then runs the full reader, which
/// explains every problem with its location. Whenever it returns data, that data equals the full reader's.
CLAIMBENCH_ANNOTATIONS_EXPORT std::optional<ClaimSetData> readWellFormed(QByteArrayView json,
                                                                        std::optional<qsizetype> documentLength);

/// Sidecar::parse() without the one-pass reader: Qt's JSON parser, then the validator.
CLAIMBENCH_ANNOTATIONS_EXPORT Sidecar::ReadResult parseValidated(const QByteArray &bytes, const QString &path,
                                                                std::optional<qsizetype> documentLength);

/// ISO 8601 date and time as the sidecar stores it, in UTC; invalid when `s` is not one.
QDateTime parseIsoUtc(const QString &s);

inline constexpr char FormatName[] = "claimbench.claims";

} // namespace Claimbench::SidecarInternal
