// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "anchorstore.h"
#include "claim.h"
#include "reanchor.h"
#include "claimbench_annotations_export.h"

#include <QObject>
#include <QStringView>

#include <functional>
#include <memory>

namespace Claimbench {

class ClaimSetPrivate;

/// The claims of one open document. Every operation is reversible (add ↔ remove, remove ↔ restore, a field
/// change ↔ the same change back), emits a change notification and appends to the claim's history.
/// The GUI's QUndoCommands are built from these pairs.
///
/// History: consecutive changes of one field of one claim by one author, each within HistoryMergeSeconds of the
/// one before, are one entry from the first old value to the last new value (gone when they cancel out).
///
/// Live positions (like KTextEditor's document and its MovingRanges): once a text is attached (attachText()),
/// the set owns its claims' live positions in that text (anchors(), UTF-16) and follows its edits
/// (applyTextEdit()). An edit that changes the text inside a claim makes its quote follow, with a "target"
/// history entry, and marks a claim that had a verdict or was done for re-review; a claim whose whole text is
/// deleted becomes an orphan (its quote kept). While attached, the start/end in data() are where a claim was
/// when it was last attached, moved or re-quoted; snapshot() gives the live positions in code points.
class CLAIMBENCH_ANNOTATIONS_EXPORT ClaimSet : public QObject
{
    Q_OBJECT
public:
    explicit ClaimSet(QObject *parent = nullptr);
    ~ClaimSet() override;

    const ClaimSetData &data() const;
    void setData(const ClaimSetData &data); ///< replaces everything; emits reset()

    const QList<Claim> &claims() const;
    qsizetype count() const;
    Claim claim(const QUuid &id) const; ///< invalid when unknown
    qsizetype indexOf(const QUuid &id) const;

    /// The author recorded in history for the following operations (the reviewer).
    void setAuthor(const QString &author);
    QString author() const;

    static constexpr int HistoryMergeSeconds = 60;
    /// The clock for history and modification times (the current UTC time by default); for tests. Times are
    /// recorded in whole seconds.
    void setClock(std::function<QDateTime()> clock);

    /// Adds a claim (id created when null; created/modified/createdBy filled when empty; a "created" history
    /// entry appended). `live` is its range in the attached text (UTF-16), ignored when no text is attached.
    /// Returns the id, or a null id when a claim with that id exists.
    QUuid addClaim(const Claim &claim, const Anchor &live = Anchor());
    /// Removes a claim (and its live position) and returns it as it was (for restoreClaim); invalid when unknown.
    Claim removeClaim(const QUuid &id);
    /// Puts back a removed claim exactly as it was, plus a "restored" history entry; `live` as in addClaim().
    bool restoreClaim(const Claim &claim, const Anchor &live = Anchor());

    /// Sets one field and records history. `field` is one of: "claimType", "status", "verdict", "notes",
    /// "fields.<name>", "checklist.<step>", "sources" (array of source objects), "target" (object
    /// {start,end,exact,prefix,suffix}), the fact-check's "claimant" (object {name, role, type}: claimantToJson()),
    /// "statement", "conclusion", "appearance" (object {url, date}: appearanceToJson()), "assignee", and "approval"
    /// (object {approvedBy, approved}: approvalToJson(); approve() checks who may give it). A null value clears the
    /// field. Returns the previous value; `ok` false for an unknown claim, field or an invalid value (e.g. an
    /// unknown status). A `reason` (what the person said about why, e.g. Done although a verdict is missing) goes
    /// into the change's history entry (HistoryEntry::reason), which is then never merged with the next change.
    QJsonValue setField(const QUuid &id, const QString &field, const QJsonValue &value, bool *ok = nullptr,
                        const QString &reason = QString());
    QJsonValue field(const QUuid &id, const QString &field) const;
    /// Resolves a merge conflict (Claim::conflicts): sets `field` to `chosen` through setField() (history recorded)
    /// and drops that field's conflicts. For "removed", `chosen` true keeps the claim, false removes it. Emits
    /// claimChanged(id, "conflicts") and changed(). False for an unknown claim, no such conflict, or a value
    /// setField() refuses.
    bool resolveConflict(const QUuid &id, const QString &field, const QJsonValue &chosen);

    /// Approves the claim for publishing as `reviewer` (Claim::approvedBy, Claim::approved = now), recorded as an
    /// "approval" change (setField()). Refused, with a reason for people in `error`, when approvalRefusal() gives
    /// one: no reviewer name, no verdict, or, when it needs a second reviewer (`requireSecondReview` or its status),
    /// the reviewer marked the claim or set its verdict. Undo by setting "approval" back to what field() gave before.
    bool approve(const QUuid &id, const QString &reviewer, bool requireSecondReview, QString *error = nullptr);

    /// Moves a claim's position (code points; no history: following text is not a review change).
    /// start < 0 makes it an orphan (and drops its live position); the quote is kept.
    bool setPosition(const QUuid &id, qsizetype start, qsizetype end);

    /// Attaches the open text: every claim's live position from its start/end (code points in `text`). Claims
    /// that `anchoring` (the re-anchoring of `text`) found only approximately (AnchorState::Fuzzy) take the
    /// quote of the text they were found on, as if that text had been edited (see applyTextEdit()).
    void attachText(QStringView text, const QList<AnchorResult> &anchoring = {});
    bool isTextAttached() const;
    /// A piece of the attached text after an edit: its UTF-16 units [from, to) (0 <= from <= to), cut short at
    /// the end of the text.
    using TextSlice = std::function<QString(qsizetype from, qsizetype to)>;
    /// Follows one edit of the attached text (UTF-16 units). `textAfter` is the whole text after the edit.
    void applyTextEdit(const TextEdit &edit, QStringView textAfter);
    /// The same, reading only pieces of the text after the edit: the inserted text (with one unit either side)
    /// and, when the edit changed the text of a claim, that claim with its quote's context. An edit costs
    /// O(log n) plus the claim's length, whatever the size of the text (an editor gives the pieces from its
    /// document instead of copying all of it for every keystroke).
    void applyTextEdit(const TextEdit &edit, const TextSlice &textAfter);
    /// The live positions of the claims in the attached text (UTF-16); orphans have none.
    const AnchorStore &anchors() const;
    Anchor anchor(const QUuid &id) const; ///< invalid for orphans and when no text is attached
    /// Puts a claim at `live` in the attached text `text` (UTF-16), e.g. when undo brings back deleted text;
    /// an invalid anchor makes it an orphan. When the text there is not its quote, the quote follows as for an
    /// edit (history, re-review). False when unknown or no text is attached.
    bool setAnchor(const QUuid &id, const Anchor &live, QStringView text);
    /// The data with live positions (code points in `text`, the attached text) and quotes from `text`; what the
    /// sidecar gets. Without an attached text, data() as it is.
    ClaimSetData snapshot(QStringView text) const;

    void addDismissed(const DismissedSuggestion &s);
    bool removeDismissed(const DismissedSuggestion &s);
    void setReviewers(const QStringList &reviewers);
    /// The document's identity; an empty `document.source` keeps the current one (callers that identify the file
    /// again do not know where it came from: the sidecar does).
    void setDocument(const DocumentIdentity &document);
    /// Replaces the document's rating scale and returns the previous one (setting that back undoes it). Emits
    /// ratingScaleChanged() and changed() when the scale differs; claims' verdicts are left as they are.
    RatingScale setRatingScale(const RatingScale &scale);
    /// Replaces who publishes the review (ClaimSetData::publication) and returns the previous one (setting that
    /// back undoes it). Emits publicationChanged() and changed() when it differs.
    Publication setPublication(const Publication &publication);

Q_SIGNALS:
    void claimAdded(const QUuid &id);
    void claimRemoved(const QUuid &id);
    void claimChanged(const QUuid &id, const QString &field);
    void claimMoved(const QUuid &id);
    /// An edit deleted the whole text of a claim: it is an orphan now; `before` was its live position.
    void claimOrphaned(const QUuid &id, const Claimbench::Anchor &before);
    /// An edit changed the text inside a claim and its quote followed; `before` was its live position (undoing
    /// the edit puts it back there with setAnchor()).
    void claimTextEdited(const QUuid &id, const Claimbench::Anchor &before);
    void reset();
    void ratingScaleChanged();
    void publicationChanged();
    void changed(); ///< after any of the above: for autosave and the report preview

private:
    std::unique_ptr<ClaimSetPrivate> d;
};

/// The quote of [start, end) in `text` in UTF-16 units: the exact text plus up to 32 code points either side.
CLAIMBENCH_ANNOTATIONS_EXPORT TextQuote quoteAtUtf16(QStringView text, qsizetype start, qsizetype end);

/// The fact-check members as setField() takes them and field() gives them. An empty claimant / appearance is null;
/// *FromJson() are false for a value of the wrong shape (and leave the output alone).
CLAIMBENCH_ANNOTATIONS_EXPORT QJsonValue claimantToJson(const Claimant &claimant);
CLAIMBENCH_ANNOTATIONS_EXPORT bool claimantFromJson(const QJsonValue &value, Claimant *claimant);
CLAIMBENCH_ANNOTATIONS_EXPORT QJsonValue appearanceToJson(const Appearance &appearance);
CLAIMBENCH_ANNOTATIONS_EXPORT bool appearanceFromJson(const QJsonValue &value, Appearance *appearance);
/// {"approvedBy": NAME, "approved": ISO 8601 UTC} or null when the claim is not approved.
CLAIMBENCH_ANNOTATIONS_EXPORT QJsonValue approvalToJson(const Claim &claim);
/// Publication ↔ JSON object as in the sidecar's "publication" (empty members omitted, unknown ones kept).
CLAIMBENCH_ANNOTATIONS_EXPORT QJsonObject publicationToJson(const Publication &publication);
CLAIMBENCH_ANNOTATIONS_EXPORT Publication publicationFromJson(const QJsonObject &object);

// --- The second-review rule: the one definition for approving (the inspector, the desk view, ClaimSet::approve()),
// "waiting for my second review" (desk status, the desk index, the desk view) and the desk's counts.

/// Whether approving `claim` needs a second reviewer: the desk requires second review (`requireSecondReview`:
/// its desk file, secondReviewRequired() in desk.h) or the claim's status is needs-second-review.
CLAIMBENCH_ANNOTATIONS_EXPORT bool needsSecondReviewer(const Claim &claim, bool requireSecondReview);
/// Why `reviewer` may not approve `claim` (for people), or empty when they may: no reviewer name, no verdict,
/// or, when it needs a second reviewer (needsSecondReviewer()), the reviewer marked the claim (createdBy) or was
/// the last to set its verdict.
CLAIMBENCH_ANNOTATIONS_EXPORT QString approvalRefusal(const Claim &claim, const QString &reviewer,
                                                      bool requireSecondReview);
/// Whether `claim` waits for `reviewer`'s second review: it needs one (status needs-second-review, or done while
/// the desk requires second review), nobody approved it yet, and `reviewer` may approve it as its second reviewer
/// (approvalRefusal() with the second-review rule gives no reason: a name, a verdict, and neither its author nor
/// the last to set its verdict; an unknown author waits for everyone). Exactly the claims the desk view's
/// Approve accepts.
CLAIMBENCH_ANNOTATIONS_EXPORT bool awaitsSecondReviewBy(const Claim &claim, const QString &reviewer,
                                                        bool requireSecondReview);
/// What marking a claim fills in for the fact-check, where it is empty: the statement from the quote (its
/// whitespace simplified), the claimant's name from the claim type's "speaker" field (a quote's speaker).
CLAIMBENCH_ANNOTATIONS_EXPORT void prefillFactCheck(Claim *claim);
/// The author of the claim's last "verdict" history entry; empty when there is none.
CLAIMBENCH_ANNOTATIONS_EXPORT QString lastVerdictAuthor(const Claim &claim);

/// Source ↔ JSON object, as in the sidecar and in setField("sources").
CLAIMBENCH_ANNOTATIONS_EXPORT QJsonObject sourceToJson(const Source &source);
CLAIMBENCH_ANNOTATIONS_EXPORT Source sourceFromJson(const QJsonObject &object);

} // namespace Claimbench
