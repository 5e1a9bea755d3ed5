// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claim.h"
#include "claimbench_annotations_export.h"
#include "documenttext.h"
#include "reanchor.h"
#include "sidecar.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace Claimbench {

/// The largest document loadReview() reads (a larger one is a located error, not an allocation failure).
inline constexpr qint64 MaxDocumentSize = 256LL * 1024 * 1024;

/// A file's bytes, read whole, or why not. Invalid error on success.
struct FileContents {
    bool exists = false; ///< something (a file, a directory, a FIFO...) is at the path
    QByteArray bytes;
    SidecarError error;  ///< `PATH: error: cannot open: ...`, `not a regular file`, `file too large ...`
    bool tooLarge = false; ///< the error is that the file is larger than allowed
    bool ok() const { return !error.isValid(); }
};

/// Reads a regular file of at most `maxSize` bytes. Refuses directories, FIFOs, devices and sockets before opening
/// them (reading /dev/zero or a FIFO would never end), and larger files, with a located error.
CLAIMBENCH_ANNOTATIONS_EXPORT FileContents readRegularFile(const QString &path, qint64 maxSize);

struct ReviewLoadOptions {
    enum class Reanchor {
        Always,            ///< find every claim again in the text (the workbench, `anchor`)
        IfDocumentChanged, ///< only when the document's SHA-256 differs from the sidecar's (`report`)
        Never              ///< positions as saved (`validate`, `export`)
    };
    enum class SidecarMode {
        Optional, ///< a missing sidecar is an empty review (the workbench)
        Required, ///< a missing sidecar is an error (`cannot open: ...`)
        Ignore    ///< do not read it (`import`, `scan`)
    };
    Reanchor reanchor = Reanchor::Always;
    SidecarMode sidecar = SidecarMode::Optional;
    std::optional<QString> sidecarPath; ///< instead of Sidecar::pathFor(documentPath)
    /// Decode the document in this encoding instead of detecting it (one the reviewer picked, or the sidecar
    /// recorded); bytes that do not decode losslessly in it are an error as usual.
    std::optional<DocumentEncoding> encoding;
    bool checkPositions = false;        ///< positions beyond the document's end are sidecar errors (`validate`)
};

/// A document and its claims as read from disk: the one way the workbench and every CLI command load a review.
/// Errors are located at the paths as the caller gave them; the path fields are absolute.
struct CLAIMBENCH_ANNOTATIONS_EXPORT LoadedReview {
    QString documentPath;         ///< absolute; empty when only a sidecar was loaded
    bool documentRead = false;    ///< documentBytes are the whole file
    QByteArray documentBytes;
    DecodedText document;         ///< text + encoding (+ error: then the text is a lossy rendering)
    DocumentIdentity identity;    ///< name, media type, SHA-256 of the bytes, length (code points) of document.text
    QString sidecarPath;          ///< absolute
    bool sidecarExists = false;
    bool sidecarValid = false;    ///< read and parsed without errors
    QByteArray sidecarBytes;      ///< exactly as read (the base for a later three-way merge)
    DocumentIdentity savedIdentity; ///< the sidecar's "document" as saved (empty without a valid sidecar)
    /// Located errors: the document (unreadable, too big, not a regular file, not decodable losslessly), then the
    /// sidecar (unreadable, invalid, newer format).
    QList<SidecarError> errors;
    /// The claims (re-anchored as the options say; orphans kept), with data.document = identity when a document
    /// was read. Empty claims when the sidecar is missing or unreadable.
    ClaimSetData data;
    QList<AnchorResult> anchoring; ///< one per claim, in the order the sidecar listed them; empty when not re-anchored

    bool ok() const { return errors.isEmpty(); }
    /// The document was read and decoded losslessly: it may be edited and saved in document.encoding.
    bool documentEditable() const { return documentRead && document.ok(); }
    /// False: there is a sidecar that could not be read; never write over it (the workbench opens claims read-only).
    bool sidecarReadable() const { return !sidecarExists || sidecarValid; }
    /// The sidecar records a document whose SHA-256 is not this document's.
    bool documentChanged() const;
};

/// Reads and decodes the document (at most MaxDocumentSize bytes), then does loadClaims(). With an empty
/// `documentPath` and options.sidecarPath set, only the sidecar is loaded (no identity, no re-anchoring).
CLAIMBENCH_ANNOTATIONS_EXPORT LoadedReview loadReview(const QString &documentPath, const ReviewLoadOptions &options = {});

/// The first half of loadReview(), cheap enough for the GUI thread: reads and decodes the document (in `encoding`
/// when given, else as decodeText() detects it); no hashing.
CLAIMBENCH_ANNOTATIONS_EXPORT LoadedReview loadDocument(const QString &documentPath,
                                                        const std::optional<DocumentEncoding> &encoding = std::nullopt);
/// The second half (a worker's job for a large review): the document's identity, the sidecar (removing what an
/// interrupted save left next to it), its validation and the re-anchoring. Nothing is read from the sidecar when
/// the document could not be read.
CLAIMBENCH_ANNOTATIONS_EXPORT void loadClaims(LoadedReview &review, const ReviewLoadOptions &options = {});

} // namespace Claimbench
