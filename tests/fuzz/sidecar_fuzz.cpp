// SPDX-License-Identifier: GPL-2.0-or-later
// libFuzzer target for the sidecar reader: any bytes must give either located errors or a set that survives a
// write/read round trip unchanged. Sanitizers report the rest.
#include "sidecar.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace Claimbench;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Sidecar::ReadResult r = Sidecar::parse(bytes, QStringLiteral("fuzz.claims.json"));
    if (!r.ok()) {
        for (const SidecarError &e : r.errors) {
            if (e.line < 1 || e.column < 1 || e.message.isEmpty())
                std::abort(); // every problem in the bytes is located
        }
        return 0;
    }
    const QByteArray again = Sidecar::serialize(r.data);
    const Sidecar::ReadResult back = Sidecar::parse(again, QStringLiteral("again.claims.json"));
    if (!back.ok() || !(back.data == r.data) || Sidecar::serialize(back.data) != again)
        std::abort();
    return 0;
}
