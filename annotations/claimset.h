// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claim.h"
#include "claimbench_annotations_export.h"

#include <QObject>
#include <memory>

namespace Claimbench {

class ClaimSetPrivate;

/// The claims of one open document. Every operation is reversible (add ↔ remove, remove ↔ restore, a field
/// change ↔ the same change back), emits a change notification and appends to the claim's history.
/// The GUI's QUndoCommands are built from these pairs.
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

    /// Adds a claim (id created when null; created/modified/createdBy filled when empty; a "created" history
    /// entry appended). Returns the id, or a null id when a claim with that id exists.
    QUuid addClaim(const Claim &claim);
    /// Removes a claim and returns it as it was (for restoreClaim); invalid when unknown.
    Claim removeClaim(const QUuid &id);
    /// Puts back a removed claim exactly as it was, plus a "restored" history entry.
    bool restoreClaim(const Claim &claim);

    /// Sets one field and records history. `field` is one of: "claimType", "status", "verdict", "notes",
    /// "fields.<name>", "checklist.<step>", "sources" (array of source objects), "target" (object
    /// {start,end,exact,prefix,suffix}). A null value clears the field. Returns the previous value;
    /// `ok` false for an unknown claim, field or an invalid value (e.g. an unknown status).
    QJsonValue setField(const QUuid &id, const QString &field, const QJsonValue &value, bool *ok = nullptr);
    QJsonValue field(const QUuid &id, const QString &field) const;

    /// Moves a claim's position after text edits (no history: following text is not a review change).
    /// start < 0 makes it an orphan; the quote is kept.
    bool setPosition(const QUuid &id, qsizetype start, qsizetype end);

    void addDismissed(const DismissedSuggestion &s);
    bool removeDismissed(const DismissedSuggestion &s);
    void setReviewers(const QStringList &reviewers);
    void setDocument(const DocumentIdentity &document);
    /// Replaces the document's rating scale and returns the previous one (setting that back undoes it). Emits
    /// ratingScaleChanged() and changed() when the scale differs; claims' verdicts are left as they are.
    RatingScale setRatingScale(const RatingScale &scale);

Q_SIGNALS:
    void claimAdded(const QUuid &id);
    void claimRemoved(const QUuid &id);
    void claimChanged(const QUuid &id, const QString &field);
    void claimMoved(const QUuid &id);
    void reset();
    void ratingScaleChanged();
    void changed(); ///< after any of the above: for autosave and the report preview

private:
    std::unique_ptr<ClaimSetPrivate> d;

public:
    /// Resolves a merge conflict (Claim::conflicts): sets `field` to `chosen` through setField() (history recorded)
    /// and drops that field's conflicts. For "removed", `chosen` true keeps the claim, false removes it. Emits
    /// claimChanged(id, "conflicts") and changed(). False for an unknown claim, no such conflict, or a value
    /// setField() refuses.
    bool resolveConflict(const QUuid &id, const QString &field, const QJsonValue &chosen);
};

/// Source ↔ JSON object, as in the sidecar and in setField("sources").
CLAIMBENCH_ANNOTATIONS_EXPORT QJsonObject sourceToJson(const Source &source);
CLAIMBENCH_ANNOTATIONS_EXPORT Source sourceFromJson(const QJsonObject &object);

} // namespace Claimbench
