// SPDX-License-Identifier: GPL-2.0-or-later
#include "claim.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace Claimbench {

namespace {
struct StatusName {
    ClaimStatus status;
    const char *id;
};
constexpr StatusName statusNames[] = {
    {ClaimStatus::Open, "open"},
    {ClaimStatus::InProgress, "in-progress"},
    {ClaimStatus::NeedsSecondReview, "needs-second-review"},
    {ClaimStatus::Done, "done"},
    {ClaimStatus::Dismissed, "dismissed"},
};
} // namespace

QString statusToString(ClaimStatus status)
{
    for (const StatusName &n : statusNames) {
        if (n.status == status)
            return QLatin1String(n.id);
    }
    return QString();
}

bool statusFromString(const QString &s, ClaimStatus *status)
{
    for (const StatusName &n : statusNames) {
        if (s == QLatin1String(n.id)) {
            if (status)
                *status = n.status;
            return true;
        }
    }
    return false;
}

QStringList allStatusIds()
{
    QStringList ids;
    for (const StatusName &n : statusNames)
        ids << QLatin1String(n.id);
    return ids;
}

RatingScale RatingScale::defaultScale()
{
    // value: the ClaimReview ratingValue, 5 (true) .. 1 (false); 0 means "not on the truth scale"
    // (unproven, not checkable), which best()/worst() ignore.
    RatingScale scale;
    scale.levels = {
        {QStringLiteral("true"), QCoreApplication::translate("Claimbench::RatingScale", "True"), 5},
        {QStringLiteral("mostly-true"), QCoreApplication::translate("Claimbench::RatingScale", "Mostly true"), 4},
        {QStringLiteral("half-true"), QCoreApplication::translate("Claimbench::RatingScale", "Half true"), 3},
        {QStringLiteral("mostly-false"), QCoreApplication::translate("Claimbench::RatingScale", "Mostly false"), 2},
        {QStringLiteral("false"), QCoreApplication::translate("Claimbench::RatingScale", "False"), 1},
        {QStringLiteral("misleading"), QCoreApplication::translate("Claimbench::RatingScale", "Misleading"), 2},
        {QStringLiteral("unproven"), QCoreApplication::translate("Claimbench::RatingScale", "Unproven"), 0},
        {QStringLiteral("not-checkable"), QCoreApplication::translate("Claimbench::RatingScale", "Not checkable"), 0},
    };
    return scale;
}

RatingLevel RatingScale::level(const QString &id) const
{
    for (const RatingLevel &l : levels) {
        if (l.id == id)
            return l;
    }
    return RatingLevel();
}

int RatingScale::best() const
{
    int best = 0;
    for (const RatingLevel &l : levels)
        best = std::max(best, l.value);
    return best;
}

int RatingScale::worst() const
{
    int worst = 0;
    for (const RatingLevel &l : levels) {
        if (l.value > 0 && (worst == 0 || l.value < worst))
            worst = l.value;
    }
    return worst;
}

bool claimOrderLess(const Claim &a, const Claim &b)
{
    // Orphans (start < 0) last; then by start; then by id in its textual (RFC 4122 byte) order.
    const bool ao = a.start < 0, bo = b.start < 0;
    if (ao != bo)
        return bo;
    if (!ao && a.start != b.start)
        return a.start < b.start;
    const QUuid::Id128Bytes ab = a.id.toBytes(), bb = b.id.toBytes();
    return std::memcmp(ab.data, bb.data, sizeof ab.data) < 0;
}

void ClaimSetData::sortClaims()
{
    // Read and merged sets are nearly always in order already: checking is cheap, moving 10,000 claims is not.
    if (!std::is_sorted(claims.cbegin(), claims.cend(), claimOrderLess))
        std::stable_sort(claims.begin(), claims.end(), claimOrderLess);
}

qsizetype codePointLength(QStringView text)
{
    qsizetype n = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (text[i].isHighSurrogate() && i + 1 < size && text[i + 1].isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

qsizetype toCodePoints(QStringView text, qsizetype utf16)
{
    utf16 = std::clamp<qsizetype>(utf16, 0, text.size());
    return codePointLength(text.first(utf16));
}

qsizetype toUtf16(QStringView text, qsizetype codePoints)
{
    if (codePoints < 0)
        return -1;
    qsizetype i = 0;
    const qsizetype size = text.size();
    for (qsizetype n = 0; n < codePoints; ++n) {
        if (i >= size)
            return -1;
        if (text[i].isHighSurrogate() && i + 1 < size && text[i + 1].isLowSurrogate())
            ++i;
        ++i;
    }
    return i;
}

// A checkpoint every 128 code points: a lookup walks 64 on average (the W3C import does four per annotation; at 1024
// the walks were 7 % of importing 100,000), for 8 bytes per 128 code points.
static constexpr qsizetype CheckpointStep = 128;

CodePointIndex::CodePointIndex(QStringView text)
    : m_text(text)
    , m_valid(true)
{
    const qsizetype size = text.size();
    m_checkpoints.reserve(size / CheckpointStep + 2);
    qsizetype n = 0;
    for (qsizetype i = 0; i < size; ++i) {
        if (n % CheckpointStep == 0)
            m_checkpoints.append(i);
        if (text[i].isHighSurrogate() && i + 1 < size && text[i + 1].isLowSurrogate())
            ++i;
        ++n;
    }
    m_length = n;
}

qsizetype CodePointIndex::toCodePoints(qsizetype utf16) const
{
    utf16 = std::clamp<qsizetype>(utf16, 0, m_text.size());
    if (m_checkpoints.isEmpty())
        return 0;
    // The last checkpoint at or before utf16.
    const auto it = std::upper_bound(m_checkpoints.cbegin(), m_checkpoints.cend(), utf16);
    const qsizetype k = (it - m_checkpoints.cbegin()) - 1;
    qsizetype n = k * CheckpointStep;
    qsizetype i = m_checkpoints.at(k);
    while (i < utf16) {
        if (m_text[i].isHighSurrogate() && i + 1 < m_text.size() && m_text[i + 1].isLowSurrogate())
            ++i;
        ++i;
        ++n;
    }
    return n;
}

qsizetype CodePointIndex::toUtf16(qsizetype codePoints) const
{
    if (codePoints < 0 || codePoints > m_length)
        return -1;
    if (codePoints == m_length)
        return m_text.size();
    const qsizetype k = codePoints / CheckpointStep;
    qsizetype i = m_checkpoints.at(k);
    for (qsizetype n = k * CheckpointStep; n < codePoints; ++n) {
        if (m_text[i].isHighSurrogate() && i + 1 < m_text.size() && m_text[i + 1].isLowSurrogate())
            ++i;
        ++i;
    }
    return i;
}

} // namespace Claimbench
