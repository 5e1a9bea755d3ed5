// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Declarative claim types: a *.claimtype.json file defines one claim type (fields, checklist, guidance) and
// optional regular-expression detectors, without compiling anything. See docs/claimtype-format.md.
// Private to the plugin manager; nlohmann/json stays inside claimtypefile.cpp.

#include "claimtypeprovider.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QString>

namespace Claimbench {

struct RegexDetector {
    QRegularExpression expression;
    int group = 0;
    double confidence = 0.5;
    QString rationale;
};

struct ClaimTypeFile {
    static constexpr qint64 MaxFileSize = 1024 * 1024;

    ClaimType type;
    QString version;
    int apiVersion = PluginApiVersion;
    QList<RegexDetector> detectors;

    QString error; ///< "/pointer: message"; empty when the file is valid
    int line = 0;  ///< 1-based; 0 when not located in the text (I/O)
    int column = 0; ///< 1-based, code points
    bool ok() const { return error.isEmpty(); }

    static ClaimTypeFile read(const QString &path);
    static ClaimTypeFile parse(const QByteArray &bytes);

    /// Runs the regular-expression detectors; offsets are UTF-16. Re-entrant.
    QList<Suggestion> detect(QStringView text, const Cancellation &cancel) const;
};

} // namespace Claimbench
