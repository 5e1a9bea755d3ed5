// SPDX-License-Identifier: GPL-2.0-or-later
#include "reportclaimtypes.h"

namespace Claimbench {

QList<ReportClaimTypeInfo> reportClaimTypes(const QList<ClaimType> &types)
{
    QList<ReportClaimTypeInfo> out;
    out.reserve(types.size());
    for (const ClaimType &t : types) {
        ReportClaimTypeInfo info;
        info.id = t.id;
        info.name = t.name;
        info.colour = t.colour;
        for (const FieldDefinition &f : t.fields)
            info.fields.append({f.name, f.label});
        for (const ChecklistStep &s : t.checklist)
            info.checklist.append({s.id, s.text});
        out.append(info);
    }
    return out;
}

} // namespace Claimbench
