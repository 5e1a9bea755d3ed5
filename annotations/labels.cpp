// SPDX-License-Identifier: GPL-2.0-or-later
#include "labels.h"

#include <QCoreApplication>

namespace Claimbench {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Claimbench::Labels", text);
}
} // namespace

QString statusLabel(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Open: return tr("Open");
    case ClaimStatus::InProgress: return tr("In progress");
    case ClaimStatus::NeedsSecondReview: return tr("Needs second review");
    case ClaimStatus::Done: return tr("Done");
    case ClaimStatus::Dismissed: return tr("Dismissed");
    }
    return QString();
}

QString statusLabel(const QString &id)
{
    ClaimStatus status;
    return statusFromString(id, &status) ? statusLabel(status) : QString();
}

QString fieldLabel(const QString &field, const QString &given)
{
    static constexpr QLatin1StringView fieldsPrefix("fields.");
    static constexpr QLatin1StringView checklistPrefix("checklist.");
    if (field.startsWith(fieldsPrefix) && field.size() > fieldsPrefix.size())
        return given.isEmpty() ? field.mid(fieldsPrefix.size()) : given;
    if (field.startsWith(checklistPrefix) && field.size() > checklistPrefix.size())
        return tr("Checklist: %1").arg(given.isEmpty() ? field.mid(checklistPrefix.size()) : given);
    static constexpr struct {
        QLatin1StringView id;
        const char *label;
    } known[] = {
        {QLatin1StringView("status"), QT_TRANSLATE_NOOP("Claimbench::Labels", "Status")},
        {QLatin1StringView("verdict"), QT_TRANSLATE_NOOP("Claimbench::Labels", "Verdict")},
        {QLatin1StringView("notes"), QT_TRANSLATE_NOOP("Claimbench::Labels", "Notes")},
        {QLatin1StringView("claimType"), QT_TRANSLATE_NOOP("Claimbench::Labels", "Claim type")},
        {QLatin1StringView("sources"), QT_TRANSLATE_NOOP("Claimbench::Labels", "Sources")},
        {QLatin1StringView("target"), QT_TRANSLATE_NOOP("Claimbench::Labels", "Claimed text")},
        {QLatin1StringView("created"), QT_TRANSLATE_NOOP("Claimbench::Labels", "Created")},
        {QLatin1StringView("removed"), QT_TRANSLATE_NOOP("Claimbench::Labels", "Removed")},
        {QLatin1StringView("restored"), QT_TRANSLATE_NOOP("Claimbench::Labels", "Restored")},
        {QLatin1StringView("claimant"), QT_TRANSLATE_NOOP("Claimbench::Labels", "Claimant")},
        {QLatin1StringView("statement"), QT_TRANSLATE_NOOP("Claimbench::Labels", "Claim statement")},
        {QLatin1StringView("conclusion"), QT_TRANSLATE_NOOP("Claimbench::Labels", "Conclusion")},
        {QLatin1StringView("appearance"), QT_TRANSLATE_NOOP("Claimbench::Labels", "Appearance")},
        {QLatin1StringView("assignee"), QT_TRANSLATE_NOOP("Claimbench::Labels", "Assigned to")},
        {QLatin1StringView("approval"), QT_TRANSLATE_NOOP("Claimbench::Labels", "Approval")},
    };
    for (const auto &k : known) {
        if (field == k.id)
            return tr(k.label);
    }
    return field;
}

} // namespace Claimbench
