// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claim.h"
#include "claimbench_annotations_export.h"

#include <QList>
#include <QUuid>

namespace Claimbench {

struct MergeResult {
    ClaimSetData merged;
    QList<QUuid> conflicted; ///< claims that got new conflicts
    bool isClean() const { return conflicted.isEmpty(); }
};

/// Three-way merge by claim id and field (like git, but per claim): base = what this writer last read or
/// wrote, mine = its current state, theirs = what is on disk now. Pure and deterministic; see
/// docs/sidecar-format.md ("Merging") for what wins where.
CLAIMBENCH_ANNOTATIONS_EXPORT MergeResult mergeClaimSets(const ClaimSetData &base, const ClaimSetData &mine,
                                                         const ClaimSetData &theirs);

/// The git merge driver's merge (`claimbench-cli merge BASE OURS THEIRS`): mergeClaimSets() with the two sides in
/// an order that does not depend on which one is "ours" (the side whose Sidecar::serialize() bytes sort first plays
/// "mine"), so that merging A into B and B into A give the same claims, the same conflicts and the same bytes: two
/// reviewers who pull each other converge. The document identity is the side's that changed it from base (the
/// first side's when both did). A conflict's "mine" is therefore the first side, not necessarily git's "ours".
CLAIMBENCH_ANNOTATIONS_EXPORT MergeResult mergeClaimSetsUnordered(const ClaimSetData &base, const ClaimSetData &a,
                                                                  const ClaimSetData &b);

/// A claim's field as ClaimSet::field() gives it ("status", "verdict", "notes", "claimType", "sources", "target",
/// "fields.NAME", "checklist.STEP"; null for an absent field or checklist step); undefined for another name.
CLAIMBENCH_ANNOTATIONS_EXPORT QJsonValue claimField(const Claim &claim, const QString &field);

} // namespace Claimbench
