// SPDX-License-Identifier: GPL-2.0-or-later
// Internal to the sidecar code (and its tests and fuzz target): not part of the public API.
#pragma once

#include "sidecar.h"

#include <QByteArrayView>

#include <optional>
#include <string_view>

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

// --- Numbers kept exactly (Claim::numberTexts, ClaimSetData::numberTexts) ----------------------------------------
// A QJsonValue holds an integer that fits 64 bits exactly and any other number as a double (an integral double that
// fits is stored as that integer: "7.0", "1e3" and "-0" all become the integer). The writer writes the value's
// canonical text (numberText()); where the file had another text for it, the readers keep that text by JSON pointer
// and the writer puts it back while the value at that pointer is still the number the text denotes.

/// The value Qt's JSON parser stores for the text of a JSON number (undefined when it is not one or overflows).
QJsonValue numberValue(std::string_view text);
/// The writer's text for a number: the integer, or the shortest text that reads back as the same double.
QByteArray numberText(const QJsonValue &number);
/// Same number, stored alike (an integer or a double with the same bits).
bool sameNumber(const QJsonValue &a, const QJsonValue &b);
/// The value at a JSON pointer inside the free-form parts of a claim (fields, target/source/history/conflict unknown
/// members and values, the claim's unknown members), relative to the claim; undefined elsewhere.
QJsonValue freeValueAt(const Claim &claim, QStringView pointer);
/// The same for the top level outside the claims (the document's, levels' and dismissed suggestions' unknown
/// members, unknown top-level members).
QJsonValue freeValueAt(const ClaimSetData &data, QStringView pointer);
/// Whether `text` is worth keeping at `pointer`: the value there is the number it denotes and the writer's text
/// for it differs.
bool keepsNumberText(const QJsonValue &valueThere, const QByteArray &text);
/// Drops the texts that freeValueAt() does not confirm (after the values changed).
void pruneNumberTexts(Claim *claim);
void pruneNumberTexts(ClaimSetData *data); ///< the top level and every claim
/// A JSON pointer token: "~" → "~0", "/" → "~1".
QString pointerToken(const QString &key);

} // namespace Claimbench::SidecarInternal
