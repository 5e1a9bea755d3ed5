// SPDX-License-Identifier: GPL-2.0-or-later
// libFuzzer target for the sidecar readers: any bytes must give either located errors or a set that survives a
// write/read round trip unchanged (numbers keep their text: the bytes written are the bytes read back), and the
// one-pass reader must agree with the full one (Qt's parser + the validator) whenever it answers. Sanitizers report
// the rest.
#include "sidecar.h"
#include "sidecar_p.h"

#include <QCborValue>

#include <cstdint>
#include <cstdlib>

namespace {
using namespace Claimbench;

/// QJsonValue's == treats 1 and 1.0 as equal; the readers must also agree on which one they stored.
bool sameJson(const QJsonValue &a, const QJsonValue &b)
{
    return QCborValue::fromJsonValue(a).toDiagnosticNotation() == QCborValue::fromJsonValue(b).toDiagnosticNotation();
}
bool sameJson(const QJsonObject &a, const QJsonObject &b)
{
    return sameJson(QJsonValue(a), QJsonValue(b));
}

bool identical(const ClaimSetData &a, const ClaimSetData &b)
{
    if (!(a == b) || !sameJson(a.extra, b.extra))
        return false;
    for (qsizetype i = 0; i < a.claims.size(); ++i) {
        const Claim &x = a.claims.at(i), &y = b.claims.at(i);
        if (!sameJson(x.fields, y.fields) || !sameJson(x.extra, y.extra) || !sameJson(x.targetExtra, y.targetExtra))
            return false;
        for (qsizetype h = 0; h < x.history.size(); ++h) {
            if (!sameJson(x.history.at(h).from, y.history.at(h).from) || !sameJson(x.history.at(h).to, y.history.at(h).to))
                return false;
        }
        for (qsizetype k = 0; k < x.conflicts.size(); ++k) {
            const FieldConflict &p = x.conflicts.at(k), &q = y.conflicts.at(k);
            if (!sameJson(p.base, q.base) || !sameJson(p.mine, q.mine) || !sameJson(p.theirs, q.theirs)
                || !sameJson(p.extra, q.extra))
                return false;
        }
    }
    return true;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Sidecar::ReadResult r = Sidecar::parse(bytes, QStringLiteral("fuzz.claims.json"));
    const Sidecar::ReadResult full = SidecarInternal::parseValidated(bytes, QStringLiteral("fuzz.claims.json"), std::nullopt);
    if (r.ok() != full.ok() || r.errors.size() != full.errors.size())
        std::abort(); // the one-pass reader accepted what the full one refuses
    if (!r.ok()) {
        for (qsizetype i = 0; i < r.errors.size(); ++i) {
            const SidecarError &e = r.errors.at(i);
            if (e.line < 1 || e.column < 1 || e.message.isEmpty())
                std::abort(); // every problem in the bytes is located
            if (e.toString() != full.errors.at(i).toString())
                std::abort();
        }
        return 0;
    }
    if (!identical(r.data, full.data))
        std::abort(); // the readers disagree
    const QByteArray again = Sidecar::serialize(r.data);
    const Sidecar::ReadResult back = Sidecar::parse(again, QStringLiteral("again.claims.json"));
    if (!back.ok() || !identical(back.data, r.data) || Sidecar::serialize(back.data) != again)
        std::abort();
    return 0;
}
