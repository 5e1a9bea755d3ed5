// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_host_export.h"
#include "documenttext.h"
#include "review.h"
#include "sidecar.h"

#include <QObject>
#include <QTimer>

class QFileSystemWatcher;

namespace Claimbench {

/// The document on disk, as Kate's DocumentPrivate keeps it apart from the text being edited: where it is, the
/// encoding it was decoded in and is saved in, the hash of the bytes last read or written (so that our own saves
/// and a touch are not "changes"), and the file watch over it and its sidecar.
class CLAIMBENCH_HOST_EXPORT DocumentFile : public QObject
{
    Q_OBJECT
public:
    /// How long the watch waits for a burst of file events (an atomic replace is several) to end.
    static constexpr int WatchDebounceMs = 150;

    explicit DocumentFile(QObject *parent = nullptr);
    ~DocumentFile() override;

    /// Reads `path` (the core's loadDocument(): a regular file under the size cap, decoded in its encoding) and
    /// makes it this file. On failure (review.documentRead false) nothing changes.
    LoadedReview open(const QString &path);
    /// The hash of the bytes open() read (computed with the claims, in a worker).
    void setDiskHash(const QByteArray &sha256);

    QString path() const; ///< absolute; empty before open()
    QString sidecarPath() const;
    bool isOpen() const { return !path().isEmpty(); }
    DocumentEncoding encoding() const;
    /// Non-empty when the bytes could not be decoded losslessly: the text is shown, never saved.
    QString readOnlyReason() const;

    /// Writes `text` in the document's encoding to `path` (atomically), which becomes this file's path.
    /// False with `error` when the text has no representation in the encoding or the file cannot be written.
    bool save(const QString &path, const QString &text, QString *error, QByteArray *written = nullptr);
    /// The identity of `text` as it would be saved (in its encoding; in UTF-8 when it cannot be).
    DocumentIdentity identify(const QString &text) const;

    /// True when the file on disk changed since it was read or written here and that change was not reported
    /// or set aside with keepMine() before (each change is reported once).
    bool checkForChange();
    struct Reloaded {
        bool changed = false; ///< the bytes differ from the last read or written ones; the fields below are set
        QByteArray bytes;
        DecodedText decoded;
    };
    /// Reads the file again after a change: the encoding and hash follow the new bytes.
    Reloaded reload();
    /// Sets the reported change aside: the next save overwrites it. False when no change was pending.
    bool keepMine();

    /// Watches the document and its sidecar (again: an atomic replace ends a watch). changed() follows events.
    void watch();

Q_SIGNALS:
    /// The document or its sidecar changed on disk (debounced).
    void changed();

private:
    void setReadOnlyReason(const DecodedText &decoded);
    QString m_path;
    DocumentEncoding m_encoding;
    QString m_readOnlyReason;
    QByteArray m_diskHash;    // of the bytes we loaded or saved
    QByteArray m_ignoredHash; // "keep mine"
    QByteArray m_pendingHash; // reported, not yet answered
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_debounce;
};

} // namespace Claimbench
