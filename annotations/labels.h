// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The words people read for the core's ids, in one place: a claim's status and the fields a claim's history
// records. The reports, the workbench and the CLI show these (translated, context "Claimbench::Labels"); the
// sidecar and the JSON exports keep the ids.
//
//     Claimbench::statusLabel(Claimbench::ClaimStatus::NeedsSecondReview); // "Needs second review"
//     Claimbench::statusLabel(QStringLiteral("in-progress"));             // "In progress"
//     Claimbench::fieldLabel(QStringLiteral("checklist.primary-source"));  // "Checklist: primary-source"

#include "claim.h"
#include "claimbench_annotations_export.h"

#include <QString>

namespace Claimbench {

/// "Open", "In progress", "Needs second review", "Done", "Dismissed".
CLAIMBENCH_ANNOTATIONS_EXPORT QString statusLabel(ClaimStatus status);
/// The label of a status id as the sidecar writes it ("needs-second-review" → "Needs second review"); empty when
/// `id` is not one.
CLAIMBENCH_ANNOTATIONS_EXPORT QString statusLabel(const QString &id);

/// A history entry's field (HistoryEntry::field) as people read it: "status" → "Status", "verdict" → "Verdict",
/// "notes" → "Notes", "claimType" → "Claim type", "sources" → "Sources", "target" → "Claimed text", "created" →
/// "Created", "removed" → "Removed", "restored" → "Restored"; "fields.<name>" → `given` (the claim type's label
/// for the field), else <name>; "checklist.<step>" → "Checklist: " + `given` (the step's text), else the step
/// id. Another field is shown as it is. `given` is only used for "fields." and "checklist." fields.
CLAIMBENCH_ANNOTATIONS_EXPORT QString fieldLabel(const QString &field, const QString &given = QString());

} // namespace Claimbench
