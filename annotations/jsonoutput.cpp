// SPDX-License-Identifier: GPL-2.0-or-later
#include "jsonoutput.h"

namespace Claimbench {

QByteArray htmlSafeJson(QByteArrayView json)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 16);
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        switch (c) {
        case '<': out += "\\u003c"; continue;
        case '>': out += "\\u003e"; continue;
        case '&': out += "\\u0026"; continue;
        default: break;
        }
        // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8: line ends to JavaScript, not to JSON.
        if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' && (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
            out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
            i += 2;
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace Claimbench
