// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Declarative claim types: a *.claimtype.json file defines one claim type (fields, checklist, guidance) and
// optional regular-expression detectors, without compiling anything. See docs/claimtype-format.md.
// Private to the plugin manager; nlohmann/json stays inside claimtypefile.cpp.

#include "claimtypeprovider.h"
#include "locatederror.h"

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
    /// The deepest nesting of objects and arrays accepted (as in sidecars); a claim type needs 3.
    static constexpr int MaxDepth = 64;

    ClaimType type;
    QString version;
    int apiVersion = PluginApiVersion;
    QList<RegexDetector> detectors;

    /// Why the file is not a claim type, at the bad value ("/pointer: message"; line 0 for I/O); invalid when ok.
    LocatedError error;
    bool ok() const { return !error.isValid(); }

    static ClaimTypeFile read(const QString &path);
    static ClaimTypeFile parse(const QByteArray &bytes, const QString &pathForMessages);

    /// Runs the regular-expression detectors; offsets are UTF-16. Re-entrant.
    QList<Suggestion> detect(QStringView text, const Cancellation &cancel) const;
};

} // namespace Claimbench
