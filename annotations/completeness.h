// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// When a claim may be called done: it has a verdict and every field its claim type requires. The checklist is
// progress, not a condition. The core cannot see the plugin API: the workbench fills a CompletenessRule from a
// plugin's ClaimType (its required fields and its checklist's step ids).
//
//     const Completeness c = completeness(claim, rule);
//     if (!c.isComplete())
//         ask(tr("Done needs: %1").arg(missingForDone(c))); // "Done needs: a verdict; Speaker"

#include "claim.h"
#include "claimbench_annotations_export.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Claimbench {

/// What a claim type asks of a claim before it is done. The default asks only for a verdict.
struct CompletenessRule {
    struct Field {
        QString name;  ///< key in Claim::fields
        QString label; ///< as people read it; the name when empty
        friend bool operator==(const Field &, const Field &) = default;
    };
    QList<Field> requiredFields; ///< in the claim type's order
    QStringList checklist;       ///< the claim type's step ids, in order
    friend bool operator==(const CompletenessRule &, const CompletenessRule &) = default;
};

/// What a claim lacks to be done, and how far its checklist is.
struct Completeness {
    bool needsVerdict = false;
    QList<CompletenessRule::Field> missingFields; ///< required fields without a value, in the rule's order
    int checklistDone = 0;  ///< steps of the rule's checklist ticked
    int checklistTotal = 0; ///< steps in the rule's checklist
    bool isComplete() const { return !needsVerdict && missingFields.isEmpty(); }
    friend bool operator==(const Completeness &, const Completeness &) = default;
};

/// True when a field's value counts as filled in: not null or absent, not a blank string, not an empty array or
/// object. Numbers (0 too) and booleans (false too) are values.
CLAIMBENCH_ANNOTATIONS_EXPORT bool isFilledValue(const QJsonValue &value);

/// What `claim` lacks to be done under `rule`, and its checklist's progress (steps the rule does not list are
/// not counted).
CLAIMBENCH_ANNOTATIONS_EXPORT Completeness completeness(const Claim &claim, const CompletenessRule &rule);

/// The missing things as people read them, "; "-separated: "a verdict; Speaker; Date"; empty when complete.
CLAIMBENCH_ANNOTATIONS_EXPORT QString missingForDone(const Completeness &completeness);

// --- The publish gate: whether a claim may go out (ClaimReview) -------------------------------------------------
//
//     const PublishCheck check = publishCheck(claim, PublishRule{settings.requireSecondReview()});
//     if (!check.mayPublish())
//         warn(tr("Claim %1 left out: %2").arg(n).arg(check.reasons.join(QStringLiteral("; "))));

/// What the desk asks before a claim is published.
struct PublishRule {
    /// A second reviewer must approve the claim (ClaimSet::approve()): someone who neither marked it nor set its
    /// verdict.
    bool requireSecondReview = false;
    friend bool operator==(const PublishRule &, const PublishRule &) = default;
};

/// Why a claim may not be published yet.
enum class PublishBlocker {
    NotDone,           ///< its status is not done
    NoVerdict,         ///< no verdict
    NoStatement,       ///< no claim statement (ClaimReview claimReviewed)
    NoClaimant,        ///< no claimant name (itemReviewed.author)
    Conflict,          ///< an unresolved merge conflict
    CheckAgain,        ///< its text changed after the verdict (Claim::reReview)
    NotApproved,       ///< a second review is required and nobody approved it
    SelfApproved,      ///< a second review is required and it was approved by its author or verdict's author
    ChangedAfterApproval, ///< the verdict, statement, claimant or conclusion changed after the approval
};

/// The publish gate's answer for one claim.
struct PublishCheck {
    QList<PublishBlocker> blockers; ///< in the enum's order
    QStringList reasons;            ///< the same for people, one per blocker ("not done (in progress)")
    bool mayPublish() const { return blockers.isEmpty(); }
    friend bool operator==(const PublishCheck &, const PublishCheck &) = default;
};

/// Whether `claim` may be published under `rule`: done, a verdict, a statement and a claimant, no conflict and
/// nothing to check again, and with a required second review an approval by another reviewer than the one who
/// marked it or set its verdict, given after the last change of the verdict, statement, claimant or conclusion.
CLAIMBENCH_ANNOTATIONS_EXPORT PublishCheck publishCheck(const Claim &claim, const PublishRule &rule);

} // namespace Claimbench
