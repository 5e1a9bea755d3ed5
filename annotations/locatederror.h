// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_annotations_export.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Claimbench {

/// A problem in a file the project reads (a sidecar, a W3C import, a *.claimtype.json, a plugin library),
/// located for people and editors: `PATH:LINE:COLUMN: error: MESSAGE`, or `PATH: error: MESSAGE` when the problem
/// is not in the file's text. Invalid (no error) by default.
struct CLAIMBENCH_ANNOTATIONS_EXPORT LocatedError {
    QString path;
    int line = 0;   ///< 1-based; 0 when the problem is not in the file's text (e.g. I/O, a library's metadata)
    int column = 0; ///< 1-based, in code points
    QString message; ///< for JSON files, starts with the JSON pointer of the bad value, e.g. "/claims/3/start: ..."
    bool isValid() const { return !message.isEmpty(); }
    QString toString() const;
    friend bool operator==(const LocatedError &, const LocatedError &) = default;
};

/// A 1-based line and column (in code points) in a text; invalid (0, 0) by default.
struct TextLocation {
    int line = 0;
    int column = 0;
    bool isValid() const { return line > 0; }
    friend bool operator==(const TextLocation &, const TextLocation &) = default;
};

/// Where byte `offset` of the UTF-8 text `utf8` is: lines end at '\n', columns count code points (UTF-8
/// continuation bytes are not counted). `offset` is clamped to the text.
CLAIMBENCH_ANNOTATIONS_EXPORT TextLocation locateOffset(QByteArrayView utf8, qsizetype offset);

/// The error `message` in `path`, at byte `offset` of its UTF-8 text `utf8` (see locateOffset()).
CLAIMBENCH_ANNOTATIONS_EXPORT LocatedError locatedError(const QString &path, QByteArrayView utf8, qsizetype offset,
                                                        const QString &message);

/// The byte offset where the value at the JSON pointer `pointer` (RFC 6901: "" is the whole document,
/// "/fields/0/kind", "~1" and "~0" escape '/' and '~') starts in the JSON text `json`, or -1 when there is none.
/// Keys are compared decoded (escapes in the text are understood). Tolerates malformed JSON (it only walks the
/// text) and skips a leading UTF-8 byte-order mark. For locating errors: each call walks the text up to the value.
CLAIMBENCH_ANNOTATIONS_EXPORT qsizetype jsonValueOffset(QByteArrayView json, QStringView pointer);
/// jsonValueOffset() of each of `pointers`, in one pass over the text (for many errors in a large file).
CLAIMBENCH_ANNOTATIONS_EXPORT QList<qsizetype> jsonValueOffsets(QByteArrayView json, const QStringList &pointers);

/// A key as a JSON pointer token: "~" → "~0", "/" → "~1".
CLAIMBENCH_ANNOTATIONS_EXPORT QString jsonPointerToken(QStringView key);

/// A key that an object repeats; invalid (none) by default.
struct JsonDuplicateKey {
    qsizetype offset = -1; ///< byte offset of the repeated key's opening quote
    QString pointer;       ///< JSON pointer of the object that has the key twice ("" for the top level)
    QString key;           ///< the key, decoded
    bool isValid() const { return offset >= 0; }
};
/// The first key in the JSON text `json` that its object already has (compared decoded: "a" and "\u0061" are
/// the same key), or an invalid one. Parsers keep the last of repeated keys, silently; every reader of the
/// project's files refuses them with this. One pass, for text a parser accepted (malformed text is only walked);
/// skips a leading UTF-8 byte-order mark.
CLAIMBENCH_ANNOTATIONS_EXPORT JsonDuplicateKey findDuplicateKey(QByteArrayView json);

} // namespace Claimbench
