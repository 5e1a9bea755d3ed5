// SPDX-License-Identifier: GPL-2.0-or-later
#include "completeness.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Claimbench {

bool isFilledValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return false;
    case QJsonValue::String:
        return !value.toString().trimmed().isEmpty();
    case QJsonValue::Array:
        return !value.toArray().isEmpty();
    case QJsonValue::Object:
        return !value.toObject().isEmpty();
    case QJsonValue::Bool:
    case QJsonValue::Double:
        return true;
    }
    return false;
}

Completeness completeness(const Claim &claim, const CompletenessRule &rule)
{
    Completeness c;
    c.needsVerdict = claim.verdict.trimmed().isEmpty();
    for (const CompletenessRule::Field &f : rule.requiredFields) {
        if (!isFilledValue(claim.fields.value(f.name)))
            c.missingFields.append(f);
    }
    c.checklistTotal = int(rule.checklist.size());
    for (const QString &step : rule.checklist) {
        if (claim.checklist.value(step))
            ++c.checklistDone;
    }
    return c;
}

QString missingForDone(const Completeness &completeness)
{
    QStringList parts;
    if (completeness.needsVerdict)
        parts << QCoreApplication::translate("Claimbench::Completeness", "a verdict");
    for (const CompletenessRule::Field &f : completeness.missingFields)
        parts << (f.label.isEmpty() ? f.name : f.label);
    return parts.join(QStringLiteral("; "));
}

} // namespace Claimbench
