// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// JSON that is safe to paste into HTML. ClaimReview is published inside <script type="application/ld+json">, and
// the report model and the W3C collection end up in pages too: there a raw "</script>" in a claimed quote, a note,
// a verdict label or the organisation ends the element and runs the article's markup as the fact-checker's own
// script. Every JSON the core writes for others goes through htmlSafeJson() (reportToJson, reportToClaimReview,
// W3c::exportCollection), so no output can carry `<`, `>`, `&`, U+2028 or U+2029 raw.

#include "claimbench_annotations_export.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Claimbench {

/// `json` (UTF-8 JSON text, as any serialiser writes it) with `<`, `>`, `&`, U+2028 and U+2029 written as
/// `\u003c`, `\u003e`, `\u0026`, `\u2028`, `\u2029`. These can only occur inside strings, where the escapes mean
/// the same characters: the result parses to the same values, and can be embedded in HTML and JavaScript.
CLAIMBENCH_ANNOTATIONS_EXPORT QByteArray htmlSafeJson(QByteArrayView json);

} // namespace Claimbench
