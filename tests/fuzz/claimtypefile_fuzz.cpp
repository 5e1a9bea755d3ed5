// SPDX-License-Identifier: GPL-2.0-or-later
// libFuzzer target for the claim-type file reader (*.claimtype.json, plugin/claimtypefile.cpp): any bytes must give
// either one located error (line and column in the text, a message) or a claim type with a valid id whose
// regular-expression detectors run over a short text and suggest only spans inside it. Reading is deterministic.
// Sanitizers report the rest.
#include "claimtypefile_p.h"

#include <QRegularExpression>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace Claimbench;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString path = QStringLiteral("fuzz.claimtype.json");
    const ClaimTypeFile f = ClaimTypeFile::parse(bytes, path);
    const ClaimTypeFile again = ClaimTypeFile::parse(bytes, path);
    if (f.error != again.error || f.type.id != again.type.id)
        std::abort(); // the same bytes read twice differ
    if (!f.ok()) {
        // Every problem in the bytes is located in them (only I/O problems have no line).
        if (f.error.path != path || f.error.line < 1 || f.error.column < 1 || f.error.message.isEmpty())
            std::abort();
        return 0;
    }
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    if (!idPattern.match(f.type.id).hasMatch() || f.type.name.trimmed().isEmpty() || f.version.isEmpty())
        std::abort();
    for (const RegexDetector &d : f.detectors)
        if (!d.expression.isValid() || d.group < 0 || d.group > d.expression.captureCount() || !(d.confidence >= 0)
            || !(d.confidence <= 1))
            std::abort();
    // A short text: the detectors' patterns are the input's, and a catastrophic one is PCRE2's match limit's job.
    const QString text = QStringLiteral("Unemployment rose by 12% (۱۲ درصد, १२ प्रतिशत, １２％).");
    for (const Suggestion &s : f.detect(text, Cancellation()))
        if (!s.isValid() || s.end > text.size() || s.claimType != f.type.id)
            std::abort();
    return 0;
}
