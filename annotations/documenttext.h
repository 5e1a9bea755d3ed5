// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_annotations_export.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace Claimbench {

/// How a document's bytes become text and back. Invalid (empty name) by default.
struct DocumentEncoding {
    QByteArray name;  ///< "UTF-8", "windows-1252", "ISO-8859-1", "UTF-16LE", "UTF-16BE", ... (names QStringDecoder
                      ///< accepts: Qt's own and ICU's)
    bool bom = false; ///< the file starts with a byte-order mark (kept on save)
    bool isValid() const { return !name.isEmpty(); }
    friend bool operator==(const DocumentEncoding &, const DocumentEncoding &) = default;
};

/// A document's text as decoded from its bytes.
struct DecodedText {
    QString text;               ///< with an error: a lossy rendering (U+FFFD for bad bytes), for showing read-only
    DocumentEncoding encoding;  ///< with an error: the encoding that was tried
    QString error;              ///< non-empty when the bytes could not be decoded losslessly (then read-only)
    qsizetype errorOffset = -1; ///< the byte offset the error is about; -1 when none or not known
    bool ok() const { return error.isEmpty(); }
};

/// Decodes a document's bytes:
/// 1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) gives the encoding; the mark is not part of the text;
/// 2. else valid UTF-8 (ASCII included) is UTF-8;
/// 3. else text that is mostly UTF-8 (at least as many valid multi-byte sequences as runs of invalid bytes, or
///    only a multi-byte sequence cut off at the very end) is an error "not valid UTF-8 at byte N", not a guess;
/// 4. else KEncodingProber's guess (windows-1252 when it has none, is less than 50% sure, or guesses UTF-8); a NUL
///    byte there means the file is not text.
/// Every accepted decoding is verified: encodeText(text, encoding) gives back exactly `bytes`; when it does not,
/// the result has an error. Latin-1 text is reported as windows-1252, its superset (as the WHATWG Encoding
/// Standard reads "ISO-8859-1"): the same bytes round-trip, and € ’ “ typed later can be saved.
CLAIMBENCH_ANNOTATIONS_EXPORT DecodedText decodeText(const QByteArray &bytes);

/// Decodes `bytes` in a known encoding (e.g. one recorded in the sidecar, or one the reviewer picked); with
/// encoding.bom the bytes must start with that encoding's byte-order mark. An error when the bytes do not
/// decode losslessly in it (the text is then a lossy rendering).
CLAIMBENCH_ANNOTATIONS_EXPORT DecodedText decodeText(const QByteArray &bytes, const DocumentEncoding &encoding);

/// The bytes to save `text` in `encoding` (its byte-order mark first when encoding.bom). Fails (empty bytes,
/// *error set) when a character cannot be represented in the encoding, saying which and where (code points);
/// never writes U+FFFD, '?' or any other substitute for a character (each output is verified by decoding it).
CLAIMBENCH_ANNOTATIONS_EXPORT QByteArray encodeText(QStringView text, const DocumentEncoding &encoding,
                                                    QString *error = nullptr);

/// The byte-order mark of a Unicode encoding ("UTF-8", "UTF-16LE", ...); empty for others.
CLAIMBENCH_ANNOTATIONS_EXPORT QByteArray byteOrderMark(const QByteArray &encodingName);

} // namespace Claimbench
