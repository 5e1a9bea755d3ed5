// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claim.h"
#include "claimbench_annotations_export.h"
#include "documenttext.h"
#include "locatederror.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace Claimbench {

/// A problem in a sidecar: the project's one located error (`PATH:LINE:COLUMN: error: MESSAGE`).
using SidecarError = LocatedError;

/// The sidecar file `<document>.claims.json` ("format": "claimbench.claims", "version": 1).
/// See docs/sidecar-format.md and annotations/schema/claims-v1.schema.json.
/// nlohmann/json stays inside: every failure comes out as a located SidecarError.
class CLAIMBENCH_ANNOTATIONS_EXPORT Sidecar
{
public:
    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxFileSize = 256LL * 1024 * 1024;
    static constexpr int MaxDepth = 64;

    /// "article.txt" → "article.txt.claims.json"
    static QString pathFor(const QString &documentPath);

    struct ReadResult {
        ClaimSetData data;
        QList<SidecarError> errors;
        bool ok() const { return errors.isEmpty(); }
    };

    /// Reads and validates a sidecar. With `documentLength` (code points), positions beyond it are errors.
    static ReadResult read(const QString &path, std::optional<qsizetype> documentLength = std::nullopt);
    static ReadResult parse(const QByteArray &bytes, const QString &pathForMessages,
                            std::optional<qsizetype> documentLength = std::nullopt);

    /// Deterministic bytes: stable key order, claims sorted by start then id, 2-space indent, final newline.
    static QByteArray serialize(const ClaimSetData &data);

    /// Atomic write (writeFileAtomically(), annotations/atomicfile.h): on any failure the previous file is intact
    /// and no temporary file is left. Returns an invalid error on success.
    static SidecarError write(const QString &path, const ClaimSetData &data);
    /// write() of bytes that serialize() made (for a caller that needs them too, e.g. to recognise its own save).
    static SidecarError writeSerialized(const QString &path, const QByteArray &bytes);
};

/// The identity of a document from its path and bytes: name, media type from the extension, SHA-256 of the bytes,
/// and the length (code points) and encoding of decodeText(bytes). The encoding is left empty (unknown) when the
/// bytes are empty or do not decode losslessly.
CLAIMBENCH_ANNOTATIONS_EXPORT DocumentIdentity identifyDocument(const QString &path, const QByteArray &bytes);
/// The same with the bytes already decoded (by decodeText(), or in an encoding the reviewer picked): the length
/// and encoding come from `decoded`, and the bytes are not decoded again.
CLAIMBENCH_ANNOTATIONS_EXPORT DocumentIdentity identifyDocument(const QString &path, const QByteArray &bytes,
                                                                const DecodedText &decoded);
/// Old name of decodeText(bytes).text (annotations/documenttext.h), for the callers not moved yet: use that.
CLAIMBENCH_ANNOTATIONS_EXPORT QString decodeDocument(const QByteArray &bytes);

} // namespace Claimbench
