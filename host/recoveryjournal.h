// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_host_export.h"
#include "claimset.h"

#include <QString>
#include <QStringList>

namespace Claimbench {

/// The recovery journal of one document, like Kate's swap file: the unsaved text and the claims that are not yet
/// safely in the sidecar, in AppDataLocation/recovery. Written while there is unsaved work and whenever a sidecar
/// write fails; deleted only once everything is on disk. A start offers every journal whose work is not on disk.
///
/// Two files per document (named by a hash of its absolute path): NAME.claims.json (a sidecar) is written first,
/// then NAME.json (format "claimbench.recovery", the path, whether and what text was modified), which points at it:
/// a journal is only complete when both are there.
class CLAIMBENCH_HOST_EXPORT RecoveryJournal
{
public:
    explicit RecoveryJournal(const QString &documentPath = QString());

    static QString directory();
    /// The journal's file for a document (whether or not it exists).
    static QString pathFor(const QString &documentPath);
    /// The documents whose journals hold work that is not on disk: unsaved text, or claims that differ from the
    /// document's sidecar (a failed save, a session killed before its autosave).
    static QStringList pending();

    QString documentPath() const;
    void setDocumentPath(const QString &documentPath);
    QString path() const;
    QString claimsPath() const;

    /// True when this document's journal holds work that is not on disk.
    bool hasUnsavedWork() const;

    /// Writes the journal: the claims (serialised sidecar bytes) and, when `textModified`, the text.
    /// False with `error` when it could not be written.
    bool write(const QByteArray &claims, bool textModified, const QString &text, QString *error = nullptr) const;

    struct Contents {
        bool valid = false; ///< a complete journal was read
        bool textModified = false;
        QString text;       ///< when textModified
        ClaimSetData claims;
    };
    Contents read() const;
    /// Deletes both files.
    void discard() const;

private:
    QString m_documentPath;
};

} // namespace Claimbench
