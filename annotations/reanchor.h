// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claim.h"
#include "claimbench_annotations_export.h"

#include <QList>
#include <QStringView>

namespace Claimbench {

/// How a claim was found again in a (possibly changed) document.
enum class AnchorState {
    Exact, ///< the saved position still holds the quote
    Moved, ///< the quote was found exactly elsewhere (disambiguated by prefix/suffix and nearness)
    Fuzzy, ///< found approximately (bit-parallel Myers), with a score
    Orphan ///< not found; kept with its last known quote
};
CLAIMBENCH_ANNOTATIONS_EXPORT QString anchorStateToString(AnchorState state); ///< "exact", "moved", "fuzzy", "orphan"

struct AnchorResult {
    QUuid id;
    AnchorState state = AnchorState::Orphan;
    qsizetype start = -1; ///< code points
    qsizetype end = -1;
    double score = 0.0; ///< 1 for exact and moved; 0..1 for fuzzy; 0 for orphans
};

struct AnchorSummary {
    int exact = 0, moved = 0, fuzzy = 0, orphan = 0;
};

/// Re-anchors claims on `document` following the Hypothesis client's order: position (if the text there equals
/// the quote) → exact search disambiguated by prefix/suffix and distance → approximate search → orphan.
/// Updates each claim's start/end in place (code points; orphans get -1 and keep their quote).
CLAIMBENCH_ANNOTATIONS_EXPORT QList<AnchorResult> reanchor(QStringView document, QList<Claim> &claims);
CLAIMBENCH_ANNOTATIONS_EXPORT AnchorSummary summarize(const QList<AnchorResult> &results);

/// The quote of [start, end) in `document` (code points): the exact text plus up to 32 code points of prefix and
/// suffix. An empty quote when the range is not inside the document.
CLAIMBENCH_ANNOTATIONS_EXPORT TextQuote quoteAt(QStringView document, qsizetype start, qsizetype end);

} // namespace Claimbench
