// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "anchor.h"
#include "claim.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QUndoCommand>
#include <QUuid>

class QTextDocument;

namespace Claimbench {

class ClaimSet;
class PluginManager;

/// What the undo commands of a review act on (DocumentController provides it): the claim set, the open text and
/// the editor's looks. The commands only change the claim set; the looks follow through refreshLook().
class ClaimCommandContext
{
public:
    virtual ~ClaimCommandContext() = default;
    virtual ClaimSet *claimSet() const = 0;
    virtual QTextDocument *textDocument() const = 0;
    virtual PluginManager *pluginManager() const = 0;
    /// The editor shows the claim as it is now (or not at all when it is gone).
    virtual void refreshLook(const QUuid &id) = 0;
    /// True while a text step is being undone or redone: those edits are not new steps.
    virtual void setReplayingText(bool replaying) = 0;
    /// A text step is being deleted (the context may point at the newest one).
    virtual void textCommandDeleted(const class TextCommand *command) = 0;
};

/// One step of QTextDocument's own undo history, inside the review's QUndoStack. The edit has happened when it is
/// pushed. Claims whose text the step deleted or cut into come back to where they were when it is undone.
class TextCommand : public QUndoCommand
{
public:
    explicit TextCommand(ClaimCommandContext *context);
    ~TextCommand() override;
    void undo() override;
    void redo() override;
    /// A claim this step's edits orphaned or changed; undo puts it back where it was before the first of them.
    void addTouched(const QUuid &id, const Anchor &before);

private:
    ClaimCommandContext *m_context;
    bool m_first = true;
    QList<QPair<QUuid, Anchor>> m_touched;
};

class AddClaimCommand : public QUndoCommand
{
public:
    AddClaimCommand(ClaimCommandContext *context, const Claim &claim, const Anchor &anchor);
    void redo() override;
    void undo() override;
    QUuid claimId() const { return m_claim.id; }

private:
    ClaimCommandContext *m_context;
    Claim m_claim;
    Anchor m_anchor;
    bool m_first = true;
};

class RemoveClaimCommand : public QUndoCommand
{
public:
    RemoveClaimCommand(ClaimCommandContext *context, const QUuid &id);
    void redo() override;
    void undo() override;

private:
    ClaimCommandContext *m_context;
    QUuid m_id;
    Claim m_claim;
    Anchor m_anchor;
};

/// One field change. Consecutive changes of the same field of the same claim (typing in a text field, arrowing
/// through the verdicts) merge into one step, as the claim set's history merges them into one entry; a step that
/// ends where it started goes away.
class SetFieldCommand : public QUndoCommand
{
public:
    /// A change with a `reason` (for its history entry) never merges with the next.
    SetFieldCommand(ClaimCommandContext *context, const QUuid &id, const QString &field, const QJsonValue &value,
                    const QString &reason = QString());
    void redo() override;
    void undo() override;
    static constexpr int Id = 1;
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand *other) override;
    /// False when the first redo() was refused (unknown field, wrong type).
    bool ok() const { return m_ok; }

private:
    ClaimCommandContext *m_context;
    QUuid m_id;
    QString m_field;
    QJsonValue m_value;
    QJsonValue m_previous;
    QString m_reason;
    bool m_first = true;
    bool m_ok = false;
};

/// Moves a claim (an orphan, usually) to another range of the text; `target` is its new target in the sidecar.
class ReattachCommand : public QUndoCommand
{
public:
    ReattachCommand(ClaimCommandContext *context, const QUuid &id, const Anchor &anchor, const QJsonObject &target);
    void redo() override;
    void undo() override;

private:
    ClaimCommandContext *m_context;
    QUuid m_id;
    Anchor m_anchor;
    Anchor m_before;
    QJsonObject m_target;
    QJsonValue m_previous;
};

class SetRatingScaleCommand : public QUndoCommand
{
public:
    SetRatingScaleCommand(ClaimCommandContext *context, const RatingScale &scale);
    void redo() override;
    void undo() override;

private:
    ClaimCommandContext *m_context;
    RatingScale m_scale;
    RatingScale m_previous;
};

/// Replaces who publishes the review and where (ClaimSet::setPublication()); undo puts the previous one back.
class SetPublicationCommand : public QUndoCommand
{
public:
    SetPublicationCommand(ClaimSet *claims, const Publication &publication);
    void redo() override;
    void undo() override;

private:
    ClaimSet *m_claims;
    Publication m_publication;
    Publication m_previous;
};

/// Settles a merge conflict (ClaimSet::resolveConflict()); undo brings the claim back as it was, conflict included.
class ResolveConflictCommand : public QUndoCommand
{
public:
    ResolveConflictCommand(ClaimCommandContext *context, const QUuid &id, const QString &field, const QJsonValue &chosen);
    void redo() override;
    void undo() override;
    /// False when the first redo() was refused (no such conflict, a value of the wrong type).
    bool ok() const { return m_ok; }

private:
    ClaimCommandContext *m_context;
    QUuid m_id;
    QString m_field;
    QJsonValue m_chosen;
    Claim m_before;
    Anchor m_anchor;
    bool m_ok = false;
    bool m_applied = false;
};

} // namespace Claimbench
