// SPDX-License-Identifier: GPL-2.0-or-later
#include "completeness.h"

#include "claimset.h"
#include "labels.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Claimbench {

bool isFilledValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return false;
    case QJsonValue::String:
        return !value.toString().trimmed().isEmpty();
    case QJsonValue::Array:
        return !value.toArray().isEmpty();
    case QJsonValue::Object:
        return !value.toObject().isEmpty();
    case QJsonValue::Bool:
    case QJsonValue::Double:
        return true;
    }
    return false;
}

Completeness completeness(const Claim &claim, const CompletenessRule &rule)
{
    Completeness c;
    c.needsVerdict = claim.verdict.trimmed().isEmpty();
    for (const CompletenessRule::Field &f : rule.requiredFields) {
        if (!isFilledValue(claim.fields.value(f.name)))
            c.missingFields.append(f);
    }
    c.checklistTotal = int(rule.checklist.size());
    for (const QString &step : rule.checklist) {
        if (claim.checklist.value(step))
            ++c.checklistDone;
    }
    return c;
}

QString missingForDone(const Completeness &completeness)
{
    QStringList parts;
    if (completeness.needsVerdict)
        parts << QCoreApplication::translate("Claimbench::Completeness", "a verdict");
    for (const CompletenessRule::Field &f : completeness.missingFields)
        parts << (f.label.isEmpty() ? f.name : f.label);
    return parts.join(QStringLiteral("; "));
}

PublishCheck publishCheck(const Claim &claim, const PublishRule &rule)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Claimbench::Completeness", text); };
    PublishCheck check;
    auto block = [&check](PublishBlocker b, const QString &reason) {
        check.blockers.append(b);
        check.reasons.append(reason);
    };
    if (claim.status != ClaimStatus::Done)
        block(PublishBlocker::NotDone, tr("not done (%1)").arg(statusLabel(claim.status).toLower()));
    if (claim.verdict.trimmed().isEmpty())
        block(PublishBlocker::NoVerdict, tr("no verdict"));
    if (claim.statement.trimmed().isEmpty())
        block(PublishBlocker::NoStatement, tr("no claim statement"));
    if (claim.claimant.name.trimmed().isEmpty())
        block(PublishBlocker::NoClaimant, tr("no claimant"));
    if (!claim.conflicts.isEmpty())
        block(PublishBlocker::Conflict, tr("an unresolved conflict between two reviewers"));
    if (!claim.reReview.isEmpty())
        block(PublishBlocker::CheckAgain, tr("to check again: the claimed text changed after the verdict"));
    if (rule.requireSecondReview) {
        if (claim.approvedBy.isEmpty()) {
            block(PublishBlocker::NotApproved, tr("not approved by a second reviewer"));
        } else if (claim.approvedBy == claim.createdBy || claim.approvedBy == lastVerdictAuthor(claim)) {
            block(PublishBlocker::SelfApproved,
                  tr("approved by %1, who marked it or set its verdict: a second reviewer must approve it")
                      .arg(claim.approvedBy));
        } else {
            static const QStringList reviewed = {QStringLiteral("verdict"), QStringLiteral("statement"),
                                                 QStringLiteral("claimant"), QStringLiteral("conclusion")};
            for (const HistoryEntry &h : claim.history) {
                if (reviewed.contains(h.field) && claim.approved.isValid() && h.when > claim.approved) {
                    block(PublishBlocker::ChangedAfterApproval,
                          tr("%1 changed after %2 approved it").arg(fieldLabel(h.field), claim.approvedBy));
                    break;
                }
            }
        }
    }
    return check;
}

} // namespace Claimbench
