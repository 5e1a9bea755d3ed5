// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "anchor.h"
#include "claim.h"
#include "documenttext.h"
#include "claimbench_host_export.h"
#include "reanchor.h"

#include <QObject>
#include <QUuid>
#include <memory>

class QUndoStack;

namespace Claimbench {

class ClaimEditor;
class ClaimSet;
class ClaimTypeStyle;
class PluginManager;
class RecoveryJournal;
class DocumentControllerPrivate;

/// One open document: its text in a ClaimEditor, its claims in a ClaimSet (the model), the sidecar next to it.
/// The parts, along Kate's lines: the file on disk (DocumentFile: path, encoding, identity, watching), the
/// recovery journal (RecoveryJournal, Kate's swap file), the undoable claim steps (claimcommands.h) and how claim
/// types look (ClaimTypeStyle); this class joins them and owns the sidecar's base for merges.
///
/// Never lose work: the sidecar is written atomically within AutosaveDelayMs of any change and on close; the
/// document itself only on save(). Unsaved text and claims are also journalled to a recovery file in
/// AppDataLocation, offered again after a crash. Text edits and claim operations share one QUndoStack.
/// Changes on disk by another program are noticed by content hash (a touch or our own saves are not changes).
///
/// Positions: the ClaimSet owns the claims' live positions in the open text and follows its edits (forwarded
/// from the editor's document); the suggestions' live positions are the controller's. The editor paints both.
/// snapshot() is the claim set's snapshot of the current text plus the document's identity.
class CLAIMBENCH_HOST_EXPORT DocumentController : public QObject
{
    Q_OBJECT
public:
    static constexpr int AutosaveDelayMs = 1500;

    DocumentController(ClaimEditor *editor, PluginManager *plugins, QObject *parent = nullptr);
    ~DocumentController() override;

    enum class OpenMode {
        Synchronous,        ///< the claims are there when open() returns
        ClaimsInBackground, ///< the text is shown (read-only) at once; claimsLoaded() follows
    };
    /// Opens `path` and its sidecar (claims re-anchored; orphans kept). False with errorString() on failure.
    bool open(const QString &path, OpenMode mode = OpenMode::Synchronous);
    /// True between a background open() and claimsLoaded(): the editor is read-only, nothing is saved.
    bool isLoadingClaims() const;
    /// Saves the document (and the sidecar). False with errorString() on failure.
    bool save();
    bool saveAs(const QString &path);
    /// Writes the sidecar now (autosave does this within AutosaveDelayMs of a change). Saving knows its base: when
    /// another window or program changed the file since it was read or written here, the two are merged three
    /// ways by claim and field (mergeClaimSets(); a field changed on both sides becomes a conflict kept in the
    /// claim) and the merge is written. Never writes over a sidecar it cannot read. False when nothing was
    /// written: errorString() says why and the claims go to the recovery journal.
    bool saveSidecar();
    /// Takes in what another writer put in the sidecar: adopted as it is when nothing here is unsaved, merged and
    /// saved otherwise (the file watcher calls this). Emits claimsMerged(). False when the file cannot be read.
    bool syncSidecar();
    /// Writes the claims to another file (when the sidecar's folder cannot be written).
    bool saveSidecarAs(const QString &path);
    /// Saves the claims if they changed; drops the recovery journal only when they are on disk. Returns
    /// claimsOnDisk(): when false the caller asks the user (the journal is kept for the next start).
    bool close();
    /// The document's encoding, detected on open and kept on save (shown in the status bar).
    DocumentEncoding encoding() const;
    /// True when every claim change is in the sidecar (or there is nothing to save).
    bool claimsOnDisk() const;
    /// Why the last write of the sidecar failed; empty when it did not.
    QString lastSaveError() const;
    /// The sidecar exists but could not be read: its claims are not loaded, none can be marked or changed, and it
    /// is never written (the reason, with the located errors, in claimsReadOnlyReason()).
    bool claimsReadOnly() const;
    QString claimsReadOnlyReason() const;
    QString errorString() const;

    QString path() const;
    QString sidecarPath() const;
    bool isOpen() const;
    bool isModified() const; ///< unsaved text

    ClaimSet *claims() const;
    QUndoStack *undoStack() const;
    ClaimEditor *editor() const;
    PluginManager *plugins() const;

    /// The claims with live positions (code points) and quotes from the current text; what the sidecar gets.
    ClaimSetData snapshot() const;
    /// Which claims were found how when the document was opened or reloaded.
    QList<AnchorResult> lastAnchoring() const;

    // Claim operations, each one undoable step.
    QUuid markClaim(const QString &claimType, int selectionStart, int selectionEnd); ///< UTF-16 document positions
    void removeClaim(const QUuid &id);
    /// `reason`, when given, goes into the change's history entry (ClaimSet::setField()).
    bool setField(const QUuid &id, const QString &field, const QJsonValue &value, const QString &reason = QString());
    bool reattach(const QUuid &id, int selectionStart, int selectionEnd);
    /// Replaces the document's rating scale (one undoable step; saved in the sidecar). False when unchanged.
    bool setRatingScale(const RatingScale &scale);
    /// Settles a merge conflict on `field` of a claim with the chosen value ("removed": true keeps the claim,
    /// false removes it); one undoable step. The choice is recorded in the claim's history.
    bool resolveConflict(const QUuid &id, const QString &field, const QJsonValue &chosen);
    /// UTF-16 range of a claim in the editor; false for orphans.
    bool range(const QUuid &id, int *start, int *end) const;

    /// Suggestions: keys drawn dotted in the editor until accepted or dismissed; their ranges (UTF-16) follow
    /// the text and go when their text is deleted.
    void setSuggestions(const QList<QPair<QUuid, QPair<int, int>>> &ranges, const QStringList &types);
    void clearSuggestions();
    Anchor suggestionAnchor(const QUuid &key) const; ///< invalid when unknown or gone
    void removeSuggestion(const QUuid &key);

    // Crash recovery (RecoveryJournal::pending() lists the documents with unsaved work).
    const RecoveryJournal &recoveryJournal() const;
    /// The journal holds work that is not on disk (found when the document was opened).
    bool hasRecovery() const;
    /// Loads the journalled text and claims over the open document (one undoable step is not possible: the
    /// undo history starts there). False when there is nothing to recover.
    bool recover();
    void discardRecovery();
    /// Writes the journal now (normally done by the autosave timer while there are unsaved changes).
    bool writeRecoveryJournal();

    // External changes.
    enum class ExternalChange { None, Document, Sidecar };
    Q_ENUM(ExternalChange)
    /// Re-reads the changed file(s) from disk and re-anchors; returns the summary.
    AnchorSummary reloadFromDisk();
    /// Keeps the editor's version of the document; the next save overwrites it.
    void keepMine();
    /// Checks the files now (the file watcher calls this too).
    void checkExternalChanges();

    /// The reviewer recorded in history.
    void setReviewer(const QString &name);
    /// How claim types look in this window (the user's colours are applied to it from Settings).
    ClaimTypeStyle *style() const;

Q_SIGNALS:
    void opened();
    void claimsLoaded();
    void modificationChanged(bool modified);
    void sidecarSaved();
    /// Before the claims are written or the document closes: editors commit what was typed and not yet applied.
    void aboutToSave();
    /// Another writer's claims were taken in; `conflicts` claims got conflicting values to resolve.
    void claimsMerged(int conflicts);
    void problem(const QString &message);
    /// Another program changed the document; the window offers reload / keep mine. (Sidecar changes are merged:
    /// claimsMerged().)
    void externallyChanged(Claimbench::DocumentController::ExternalChange what);
    void recoveryAvailable();
    void claimOrphaned(const QUuid &id);
    void claimsReanchored(const Claimbench::AnchorSummary &summary);

private:
    std::unique_ptr<DocumentControllerPrivate> d;
    friend class DocumentControllerPrivate;
};

} // namespace Claimbench
