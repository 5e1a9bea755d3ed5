// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claim.h"
#include "claimbench_annotations_export.h"
#include "locatederror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>

namespace Claimbench {

/// A desk's settings, versioned with it in the desk folder's `.claimbench-desk.json` (see docs/desk.md). The
/// defaults (no file): no second review required, no reviewers listed.
struct DeskSettings {
    bool requireSecondReview = false; ///< approving a done claim needs a reviewer other than its author
    QStringList reviewers;            ///< the desk's reviewers (suggested for assignment)
    QJsonObject extra = {};           ///< unknown keys from the file, kept on round-trip
    friend bool operator==(const DeskSettings &, const DeskSettings &) = default;
};

/// The desk file `.claimbench-desk.json` ("format": "claimbench.desk", "version": 1).
class CLAIMBENCH_ANNOTATIONS_EXPORT DeskFile
{
public:
    static constexpr int FormatVersion = 1;
    static QString fileName();                       ///< ".claimbench-desk.json"
    static QString pathFor(const QString &deskDir); ///< DIR/.claimbench-desk.json

    struct ReadResult {
        DeskSettings settings;
        bool exists = false; ///< false: no desk file, the defaults
        QList<LocatedError> errors;
        bool ok() const { return errors.isEmpty(); }
    };
    /// Reads the desk file of `deskDir`; no file is the defaults (ok, exists false).
    static ReadResult read(const QString &deskDir);
    static ReadResult parse(const QByteArray &bytes, const QString &pathForMessages);
    /// Deterministic bytes (known keys in order, unknown ones after them sorted, 2-space indent, final newline).
    static QByteArray serialize(const DeskSettings &settings);
    /// Atomic write (writeFileAtomically()). Returns an invalid error on success.
    static LocatedError write(const QString &deskDir, const DeskSettings &settings);
};

/// One article of a desk: a sidecar and the document it belongs to.
struct DeskArticle {
    QString relativePath; ///< the document's path from the desk folder, '/'-separated ("politics/essex.txt")
    QString documentPath; ///< absolute; the document may be missing
    QString sidecarPath;  ///< absolute: documentPath + ".claims.json"
    friend bool operator==(const DeskArticle &, const DeskArticle &) = default;
};

/// Every sidecar (`*.claims.json`) under `deskDir`, in its subfolders too (not in hidden ones such as `.git`),
/// sorted by relative path.
CLAIMBENCH_ANNOTATIONS_EXPORT QList<DeskArticle> findDeskArticles(const QString &deskDir);

/// Whether `claim` is assigned to `reviewer` (a non-empty name).
CLAIMBENCH_ANNOTATIONS_EXPORT bool isAssignedTo(const Claim &claim, const QString &reviewer);
/// awaitsSecondReviewBy() (claimset.h, the one second-review rule) on a desk with `settings`: the claim needs a
/// second review (status needs-second-review, or done on a desk that requires second review), is not approved,
/// has a verdict, and `reviewer` neither marked it (createdBy; an unknown author waits for everyone) nor was the
/// last to set its verdict.
CLAIMBENCH_ANNOTATIONS_EXPORT bool waitsForSecondReviewBy(const Claim &claim, const QString &reviewer,
                                                          const DeskSettings &settings);

/// The folder of the desk that holds `path` (a document or a folder): the nearest folder, from `path`'s own
/// folder up, with a desk file (`.claimbench-desk.json`); empty when there is none (or `path` is empty).
CLAIMBENCH_ANNOTATIONS_EXPORT QString deskDirOf(const QString &path);
/// Whether approving the claims of the document at `documentPath` is under the second-review rule: its desk file's
/// requireSecondReview when the document is in a desk (deskDirOf(); the desk's file wins over the reviewer's
/// Preferences, and one that cannot be read requires it), else `outsideDesk` (the reviewer's Preferences).
CLAIMBENCH_ANNOTATIONS_EXPORT bool secondReviewRequired(const QString &documentPath, bool outsideDesk);

/// What approveOnDisk() did.
struct DiskApproval {
    bool approved = false;      ///< the approval is in the sidecar on disk
    QString refusal;            ///< approvalRefusal()'s reason, for people: nothing was written
    QList<LocatedError> errors; ///< the sidecar could not be read or written (located): nothing was written
    bool ok() const { return approved; }
};

/// Approves claim `id` of the article `documentPath` in its sidecar on disk, for an article that is not open (an
/// open one goes through its DocumentController, one undoable step): reads the sidecar as it is now
/// (loadReview(): the one loader; positions as saved), approves it as `reviewer` with ClaimSet::approve() under
/// secondReviewRequired(documentPath, outsideDesk), and writes it atomically (Sidecar::writeSerialized()). Just
/// before writing the file is read again: when another writer changed it meanwhile, the approval starts again on
/// their version (their change is never written over; at most 3 tries, then an error). `clock`: for tests.
CLAIMBENCH_ANNOTATIONS_EXPORT DiskApproval approveOnDisk(const QString &documentPath, const QUuid &id,
                                                         const QString &reviewer, bool outsideDesk = false,
                                                         const std::function<QDateTime()> &clock = {});

/// What a desk holds: counts of its articles' claims, for `reviewer`.
struct CLAIMBENCH_ANNOTATIONS_EXPORT DeskCounts {
    int articles = 0;
    int unreadable = 0; ///< sidecars that could not be read (not counted otherwise)
    int claims = 0;
    QMap<QString, int> byStatus;  ///< status id ("open", "done"...) → claims; every status present
    QMap<QString, int> byVerdict; ///< verdict id → claims; "" for claims without a verdict
    int conflicted = 0;    ///< claims with unresolved merge conflicts
    int reReview = 0;      ///< claims flagged for review again
    int approved = 0;      ///< claims with an approver
    int assignedToMe = 0;  ///< isAssignedTo(reviewer)
    int waitingForMe = 0;  ///< waitsForSecondReviewBy(reviewer)

    DeskCounts();
    void addClaim(const Claim &claim, const QString &reviewer, const DeskSettings &settings);
    void addArticle(const ClaimSetData &data, const QString &reviewer, const DeskSettings &settings);
    /// {"articles", "unreadable", "claims", "status": {...}, "verdict": {...}, "conflicted", "reReview",
    /// "approved", "assignedToMe", "waitingForMe"}
    QJsonObject toJson() const;
    friend bool operator==(const DeskCounts &, const DeskCounts &) = default;
};

/// `git config user.name` in `dir` (the reviewer name a desk in a git work tree suggests); empty when git is
/// missing or has no name.
CLAIMBENCH_ANNOTATIONS_EXPORT QString gitUserName(const QString &dir);

} // namespace Claimbench
