// SPDX-License-Identifier: GPL-2.0-or-later
#include "pluginprotocol_p.h"

#include <cmath>
#include <limits>

namespace Claimbench::PluginProtocol {

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

QJsonObject claimTypeToJson(const ClaimType &type)
{
    QJsonArray fields;
    for (const FieldDefinition &f : type.fields)
        fields.append(QJsonObject{{QStringLiteral("name"), f.name},
                                  {QStringLiteral("label"), f.label},
                                  {QStringLiteral("kind"), int(f.kind)},
                                  {QStringLiteral("choices"), QJsonArray::fromStringList(f.choices)},
                                  {QStringLiteral("required"), f.required}});
    QJsonArray checklist;
    for (const ChecklistStep &s : type.checklist)
        checklist.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("text"), s.text}});
    return QJsonObject{{QStringLiteral("id"), type.id},
                       {QStringLiteral("name"), type.name},
                       {QStringLiteral("description"), type.description},
                       {QStringLiteral("colour"), type.colour},
                       {QStringLiteral("icon"), type.icon},
                       {QStringLiteral("fields"), fields},
                       {QStringLiteral("checklist"), checklist},
                       {QStringLiteral("guidance"), type.guidance}};
}

ClaimType claimTypeFromJson(const QJsonObject &o)
{
    ClaimType t;
    t.id = str(o, "id");
    t.name = str(o, "name");
    t.description = str(o, "description");
    t.colour = str(o, "colour");
    t.icon = str(o, "icon");
    t.guidance = str(o, "guidance");
    for (const QJsonValue &v : o.value(QLatin1String("fields")).toArray()) {
        const QJsonObject f = v.toObject();
        FieldDefinition d;
        d.name = str(f, "name");
        d.label = str(f, "label");
        const int kind = f.value(QLatin1String("kind")).toInt();
        d.kind = kind >= FieldDefinition::Text && kind <= FieldDefinition::Boolean ? FieldDefinition::Kind(kind)
                                                                                  : FieldDefinition::Text;
        for (const QJsonValue &c : f.value(QLatin1String("choices")).toArray())
            d.choices << c.toString();
        d.required = f.value(QLatin1String("required")).toBool();
        t.fields << d;
    }
    for (const QJsonValue &v : o.value(QLatin1String("checklist")).toArray())
        t.checklist << ChecklistStep{str(v.toObject(), "id"), str(v.toObject(), "text")};
    return t;
}

QJsonArray suggestionsToJson(const QList<Suggestion> &suggestions)
{
    QJsonArray out;
    for (const Suggestion &s : suggestions) {
        // JSON has no NaN or infinity: those travel as text, so that the manager sanitises what the plugin returned.
        const QJsonValue confidence = std::isfinite(s.confidence) ? QJsonValue(s.confidence)
                                                                  : QJsonValue(QString::number(s.confidence));
        out.append(QJsonArray{qint64(s.start), qint64(s.end), s.claimType, confidence, s.rationale});
    }
    return out;
}

QList<Suggestion> suggestionsFromJson(const QJsonArray &array)
{
    QList<Suggestion> out;
    out.reserve(array.size());
    for (const QJsonValue &v : array) {
        const QJsonArray a = v.toArray();
        if (a.size() != 5)
            continue; // dropped like any other invalid suggestion
        const QJsonValue c = a.at(3);
        double confidence = c.toDouble();
        if (c.isString()) {
            const QString s = c.toString();
            confidence = s == QLatin1String("inf")    ? std::numeric_limits<double>::infinity()
                         : s == QLatin1String("-inf") ? -std::numeric_limits<double>::infinity()
                                                      : std::numeric_limits<double>::quiet_NaN();
        }
        out << Suggestion{qsizetype(a.at(0).toInteger(-1)), qsizetype(a.at(1).toInteger(-1)), a.at(2).toString(),
                          confidence, a.at(4).toString()};
    }
    return out;
}

} // namespace Claimbench::PluginProtocol
