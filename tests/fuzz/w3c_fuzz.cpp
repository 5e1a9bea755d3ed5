// SPDX-License-Identifier: GPL-2.0-or-later
// libFuzzer target for the W3C Web Annotation importer: any bytes must give either located errors and no claims,
// or claims that survive the round trips a user makes unchanged: export → import, and import → sidecar (write,
// read) → export, byte for byte. Positions are taken on a fixed document with characters outside the BMP, so that
// quotes come from it through the code point index. Sanitizers report the rest.
#include "sidecar.h"
#include "w3c.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
using namespace Claimbench;

const QString &document()
{
    static const QString text = QStringLiteral(
        "The council said tourism rose 12% in 2025 \U0001F600 and exports doubled. \u4e2d\u6587 caf\u00e9 "
        "\U00020BB7\U0001D11E e\u0301 \uFEFFzero-width \U0001F1EC\U0001F1E7 flags. The minister denied it.\n");
    return text;
}

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "w3c_fuzz: %s\n", what);
    std::abort();
}

/// The claims without their fields: Hypothesis tags land in fields, and the W3C export does not write them.
QList<Claim> withoutFields(QList<Claim> claims)
{
    for (Claim &c : claims)
        c.fields = QJsonObject();
    return claims;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const W3c::ImportResult r = W3c::importAnnotations(bytes, QStringLiteral("fuzz.json"), document());
    if (!r.ok()) {
        for (const LocatedError &e : r.errors) {
            if (e.line < 1 || e.column < 1 || e.message.isEmpty())
                fail("an error without a location");
        }
        if (!r.data.claims.isEmpty() || r.skipped != 0)
            fail("claims imported despite errors");
        return 0;
    }
    // Export → import gives the same claims.
    const QByteArray exported = W3c::exportCollection(r.data);
    const W3c::ImportResult again = W3c::importAnnotations(exported, QStringLiteral("again.json"), document());
    if (!again.ok() || again.skipped != 0)
        fail("the export does not import");
    if (withoutFields(again.data.claims) != withoutFields(r.data.claims))
        fail("export → import changed the claims");
    // Import → sidecar → export: what was imported can be saved, read back unchanged and exported alike.
    const Sidecar::ReadResult saved = Sidecar::parse(Sidecar::serialize(r.data), QStringLiteral("fuzz.claims.json"));
    if (!saved.ok())
        fail(qPrintable(QLatin1String("the sidecar written does not read: ") + saved.errors.value(0).toString()));
    if (!(saved.data == r.data))
        fail("import → sidecar changed the claims");
    if (W3c::exportCollection(saved.data) != exported)
        fail("import → sidecar → export differs from the export");
    return 0;
}
