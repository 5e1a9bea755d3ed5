// SPDX-License-Identifier: GPL-2.0-or-later
#include "claimcommands.h"

#include "claimset.h"
#include "pluginmanager.h"

#include <QCoreApplication>
#include <QTextDocument>

#include <algorithm>

namespace Claimbench {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Claimbench::ClaimCommands", text);
}

// What the Edit menu says for a change of `field` of the claim `id` to `value`.
QString fieldChangeLabel(const ClaimCommandContext *context, const QUuid &id, const QString &field, const QJsonValue &value)
{
    if (field == QLatin1String("verdict"))
        return tr("Change verdict");
    if (field == QLatin1String("status"))
        return tr("Change status");
    if (field == QLatin1String("notes"))
        return tr("Change notes");
    if (field == QLatin1String("claimType"))
        return tr("Change claim type");
    if (field == QLatin1String("sources"))
        return tr("Change sources");
    if (field == QLatin1String("target"))
        return tr("Change claim text");
    if (field.startsWith(QLatin1String("checklist.")))
        return value.toBool() ? tr("Tick checklist step") : tr("Untick checklist step");
    QString name = field;
    if (field.startsWith(QLatin1String("fields."))) {
        name = field.mid(7);
        if (PluginManager *plugins = context->pluginManager()) {
            const ClaimType type = plugins->claimType(context->claimSet()->claim(id).claimType);
            for (const FieldDefinition &f : type.fields) {
                if (f.name == name && !f.label.isEmpty())
                    name = f.label;
            }
        }
    }
    return tr("Change %1").arg(name);
}
} // namespace

TextCommand::TextCommand(ClaimCommandContext *context)
    : QUndoCommand(tr("Edit text"))
    , m_context(context)
{
}

TextCommand::~TextCommand()
{
    m_context->textCommandDeleted(this);
}

void TextCommand::undo()
{
    m_context->setReplayingText(true);
    QTextDocument *document = m_context->textDocument();
    document->undo();
    if (!m_touched.isEmpty()) {
        ClaimSet *claims = m_context->claimSet();
        const QString text = document->toPlainText();
        for (auto it = m_touched.crbegin(); it != m_touched.crend(); ++it) {
            if (!claims->claim(it->first).isValid())
                continue;
            const qsizetype max = text.size();
            claims->setAnchor(it->first, Anchor(std::min(it->second.start(), max), std::min(it->second.end(), max)), text);
        }
    }
    m_context->setReplayingText(false);
}

void TextCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    m_context->setReplayingText(true);
    m_context->textDocument()->redo();
    m_context->setReplayingText(false);
}

void TextCommand::addTouched(const QUuid &id, const Anchor &before)
{
    if (std::none_of(m_touched.cbegin(), m_touched.cend(), [&id](const auto &t) { return t.first == id; }))
        m_touched.append({id, before});
}

AddClaimCommand::AddClaimCommand(ClaimCommandContext *context, const Claim &claim, const Anchor &anchor)
    : QUndoCommand(tr("Mark claim"))
    , m_context(context)
    , m_claim(claim)
    , m_anchor(anchor)
{
    prefillFactCheck(&m_claim); // the statement from the quote, the claimant from a quote's speaker
}

void AddClaimCommand::redo()
{
    ClaimSet *claims = m_context->claimSet();
    if (m_first) {
        m_first = false;
        m_claim.id = claims->addClaim(m_claim, m_anchor);
    } else {
        claims->restoreClaim(m_claim, m_anchor);
    }
    m_context->refreshLook(m_claim.id);
}

void AddClaimCommand::undo()
{
    ClaimSet *claims = m_context->claimSet();
    const Anchor a = claims->anchor(m_claim.id);
    if (a.isValid())
        m_anchor = a;
    m_claim = claims->removeClaim(m_claim.id);
    m_context->refreshLook(m_claim.id);
}

RemoveClaimCommand::RemoveClaimCommand(ClaimCommandContext *context, const QUuid &id)
    : QUndoCommand(tr("Remove claim"))
    , m_context(context)
    , m_id(id)
{
}

void RemoveClaimCommand::redo()
{
    ClaimSet *claims = m_context->claimSet();
    m_anchor = claims->anchor(m_id);
    m_claim = claims->removeClaim(m_id);
    m_context->refreshLook(m_id);
}

void RemoveClaimCommand::undo()
{
    m_context->claimSet()->restoreClaim(m_claim, m_anchor);
    m_context->refreshLook(m_id);
}

SetFieldCommand::SetFieldCommand(ClaimCommandContext *context, const QUuid &id, const QString &field, const QJsonValue &value,
                                 const QString &reason)
    : QUndoCommand(fieldChangeLabel(context, id, field, value))
    , m_context(context)
    , m_id(id)
    , m_field(field)
    , m_value(value)
    , m_reason(reason)
{
}

void SetFieldCommand::redo()
{
    bool ok = false;
    const QJsonValue previous = m_context->claimSet()->setField(m_id, m_field, m_value, &ok, m_reason);
    if (m_first) {
        m_previous = previous;
        m_ok = ok;
        m_first = false;
    }
    m_context->refreshLook(m_id);
}

void SetFieldCommand::undo()
{
    m_context->claimSet()->setField(m_id, m_field, m_previous);
    m_context->refreshLook(m_id);
}

bool SetFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetFieldCommand *>(other);
    if (o->m_id != m_id || o->m_field != m_field || !m_reason.isEmpty() || !o->m_reason.isEmpty())
        return false;
    m_value = o->m_value;
    setText(o->text());
    setObsolete(m_value == m_previous);
    return true;
}

ReattachCommand::ReattachCommand(ClaimCommandContext *context, const QUuid &id, const Anchor &anchor, const QJsonObject &target)
    : QUndoCommand(tr("Re-attach claim"))
    , m_context(context)
    , m_id(id)
    , m_anchor(anchor)
    , m_target(target)
{
}

void ReattachCommand::redo()
{
    ClaimSet *claims = m_context->claimSet();
    m_before = claims->anchor(m_id);
    m_previous = claims->setField(m_id, QStringLiteral("target"), m_target);
    claims->setAnchor(m_id, m_anchor, m_context->textDocument()->toPlainText());
    m_context->refreshLook(m_id);
}

void ReattachCommand::undo()
{
    ClaimSet *claims = m_context->claimSet();
    claims->setField(m_id, QStringLiteral("target"), m_previous);
    claims->setAnchor(m_id, m_before, m_context->textDocument()->toPlainText());
    m_context->refreshLook(m_id);
}

SetRatingScaleCommand::SetRatingScaleCommand(ClaimCommandContext *context, const RatingScale &scale)
    : QUndoCommand(tr("Change rating scale"))
    , m_context(context)
    , m_scale(scale)
{
}

void SetRatingScaleCommand::redo()
{
    m_previous = m_context->claimSet()->setRatingScale(m_scale);
}

void SetRatingScaleCommand::undo()
{
    m_context->claimSet()->setRatingScale(m_previous);
}

SetPublicationCommand::SetPublicationCommand(ClaimSet *claims, const Publication &publication)
    : QUndoCommand(tr("Change the review's publication"))
    , m_claims(claims)
    , m_publication(publication)
{
}

void SetPublicationCommand::redo()
{
    m_previous = m_claims->setPublication(m_publication);
}

void SetPublicationCommand::undo()
{
    m_claims->setPublication(m_previous);
}

ResolveConflictCommand::ResolveConflictCommand(ClaimCommandContext *context, const QUuid &id, const QString &field,
                                               const QJsonValue &chosen)
    : QUndoCommand(field == QLatin1String("removed") && chosen == QJsonValue(false) ? tr("Remove conflicting claim")
                                                                                    : tr("Resolve conflict"))
    , m_context(context)
    , m_id(id)
    , m_field(field)
    , m_chosen(chosen)
{
}

void ResolveConflictCommand::redo()
{
    if (m_applied) // QUndoStack::push() after the first redo()
        return;
    ClaimSet *claims = m_context->claimSet();
    m_before = claims->claim(m_id);
    m_anchor = claims->anchor(m_id);
    m_ok = claims->resolveConflict(m_id, m_field, m_chosen);
    m_applied = m_ok;
    m_context->refreshLook(m_id);
}

void ResolveConflictCommand::undo()
{
    m_applied = false;
    ClaimSet *claims = m_context->claimSet();
    // The claim as it was before the choice: its values, the conflict and its history.
    claims->removeClaim(m_id);
    claims->restoreClaim(m_before, m_anchor);
    m_context->refreshLook(m_id);
}

} // namespace Claimbench
