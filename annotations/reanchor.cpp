// SPDX-License-Identifier: GPL-2.0-or-later
#include "reanchor.h"

#include <QLoggingCategory>

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <vector>

namespace Claimbench {

namespace {

// ---------------------------------------------------------------------------------------------------------------
// Myers' bit-parallel approximate string matching (G. Myers, "A fast bit-vector algorithm for approximate string
// matching based on dynamic programming", 1999), in the blocked form (Hyyrö) so that patterns of any length work.
// Search mode: a match may start anywhere in the text, so row 0 of the DP matrix is all zeros.

class Myers
{
public:
    explicit Myers(QStringView pattern)
        : m_m(pattern.size())
        , m_blocks((pattern.size() + 63) / 64)
    {
        // Map each distinct pattern character to a row of block masks; every other character maps to row 0 (all
        // zero masks).
        m_slot.assign(65536, 0);
        m_peq.assign(size_t(m_blocks), 0);
        for (qsizetype i = 0; i < m_m; ++i) {
            const char16_t c = pattern[i].unicode();
            if (m_slot[c] == 0) {
                m_slot[c] = int(m_peq.size() / size_t(m_blocks));
                m_peq.resize(m_peq.size() + size_t(m_blocks), 0);
            }
            m_peq[size_t(m_slot[c]) * size_t(m_blocks) + size_t(i / 64)] |= std::uint64_t(1) << (i % 64);
        }
    }

    /// dist[j] = the edit distance between the pattern and the best substring of `text` ending at j (exclusive),
    /// for j = 0..text.size(). `anchored`: the substring must start at 0 (text[0, j) as a whole, row 0 of the
    /// matrix is 0, 1, 2, ...), which finds where a match found backwards begins.
    std::vector<int> endDistances(QStringView text, bool anchored = false) const
    {
        std::vector<int> dist(size_t(text.size()) + 1);
        if (m_m == 0)
            return dist;
        const size_t blocks = size_t(m_blocks);
        std::vector<std::uint64_t> P(blocks, ~std::uint64_t(0)), M(blocks, 0);
        std::vector<int> score(blocks);
        for (size_t b = 0; b < blocks; ++b)
            score[b] = int(std::min<qsizetype>(qsizetype(b + 1) * 64, m_m));
        const int lastBit = int((m_m - 1) % 64);
        dist[0] = int(m_m);
        for (qsizetype j = 0; j < text.size(); ++j) {
            const std::uint64_t *peq = &m_peq[size_t(m_slot[text[j].unicode()]) * blocks];
            int carry = anchored ? 1 : 0;
            for (size_t b = 0; b < blocks; ++b) {
                const std::uint64_t lastRow = std::uint64_t(1) << (b + 1 == blocks ? lastBit : 63);
                std::uint64_t pV = P[b], mV = M[b];
                const std::uint64_t hInNeg = carry < 0 ? 1 : 0;
                const std::uint64_t hInPos = carry > 0 ? 1 : 0;
                const std::uint64_t eq = peq[b] | hInNeg;
                const std::uint64_t xV = eq | mV;
                const std::uint64_t xH = (((eq & pV) + pV) ^ pV) | eq;
                std::uint64_t pH = mV | ~(xH | pV);
                std::uint64_t mH = pV & xH;
                carry = (pH & lastRow) ? 1 : ((mH & lastRow) ? -1 : 0);
                pH = (pH << 1) | hInPos;
                mH = (mH << 1) | hInNeg;
                P[b] = mH | ~(xV | pH);
                M[b] = pH & xV;
                score[b] += carry;
            }
            dist[size_t(j) + 1] = score[blocks - 1];
        }
        return dist;
    }

private:
    qsizetype m_m;
    qsizetype m_blocks;
    std::vector<int> m_slot;
    std::vector<std::uint64_t> m_peq;
};

QString reversed(QStringView s)
{
    QString r(s.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < s.size(); ++i)
        r[s.size() - 1 - i] = s[i];
    return r;
}

struct Span {
    qsizetype start = -1, end = -1; // UTF-16
    int errors = 0;
};

/// Approximate matches of `pattern` in text[from, to) with at most maxErrors errors, best first (at most `limit`).
std::vector<Span> approximateMatches(QStringView text, QStringView pattern, qsizetype from, qsizetype to,
                                     int maxErrors, size_t limit)
{
    std::vector<Span> out;
    from = std::max<qsizetype>(from, 0);
    to = std::min(to, text.size());
    if (pattern.isEmpty() || from >= to)
        return out;
    const Myers forward(pattern);
    const std::vector<int> d = forward.endDistances(text.sliced(from, to - from));
    // Local minima at or below maxErrors are the candidate match ends.
    std::vector<std::pair<int, qsizetype>> ends;
    const qsizetype n = qsizetype(d.size()) - 1;
    for (qsizetype j = 1; j <= n; ++j) {
        const int v = d[size_t(j)];
        if (v > maxErrors)
            continue;
        if (v < d[size_t(j) - 1] && (j == n || v <= d[size_t(j) + 1]))
            ends.emplace_back(v, j);
    }
    std::sort(ends.begin(), ends.end());
    if (ends.size() > limit)
        ends.resize(limit);
    if (ends.empty())
        return out;
    const QString rpattern = reversed(pattern);
    const Myers backward(rpattern);
    for (const auto &[errors, endLocal] : ends) {
        // The start: align the reversed pattern with the text leftwards from the end (anchored there).
        const qsizetype end = from + endLocal;
        const qsizetype span = pattern.size() + maxErrors;
        const qsizetype left = std::max<qsizetype>(0, end - span);
        const QString rtext = reversed(text.sliced(left, end - left));
        const std::vector<int> rd = backward.endDistances(rtext, true);
        qsizetype bestLen = -1;
        int bestD = std::numeric_limits<int>::max();
        for (qsizetype i = 0; i < qsizetype(rd.size()); ++i) {
            const int v = rd[size_t(i)];
            if (v < bestD || (v == bestD && std::abs(i - pattern.size()) < std::abs(bestLen - pattern.size()))) {
                bestD = v;
                bestLen = i;
            }
        }
        if (end - bestLen < end)
            out.push_back(Span{end - bestLen, end, std::max(errors, bestD)});
        // The cheapest start is not always the right one: a word inserted at the quote's start costs more than
        // mis-aligning the first word. Other local minima a little costlier compete too, on prefix similarity.
        const int slack = std::max(4, int(pattern.size() / 4));
        int extra = 0;
        for (qsizetype i = 1; i < qsizetype(rd.size()) && extra < 3; ++i) {
            const int v = rd[size_t(i)];
            if (i == bestLen || v > bestD + slack || v > maxErrors)
                continue;
            if (v < rd[size_t(i) - 1] && (i + 1 == qsizetype(rd.size()) || v <= rd[size_t(i) + 1])) {
                out.push_back(Span{end - i, end, std::max(errors, v)});
                ++extra;
            }
        }
    }
    return out;
}

/// Levenshtein distance (small strings: prefixes and suffixes).
int editDistance(QStringView a, QStringView b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    std::iota(row.begin(), row.end(), 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diag = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[size_t(j)];
            row[size_t(j)] = std::min({up + 1, row[size_t(j) - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[size_t(b.size())];
}

// ---------------------------------------------------------------------------------------------------------------

constexpr int ContextCodePoints = 32;
constexpr qsizetype Window = 8192; // UTF-16 units searched around the expected position before the whole text
constexpr double QuoteWeight = 50, PrefixWeight = 20, SuffixWeight = 20, PositionWeight = 2;
constexpr double TotalWeight = QuoteWeight + PrefixWeight + SuffixWeight + PositionWeight;

class Anchorer
{
public:
    Anchorer(QStringView doc)
        : m_doc(doc)
        , m_index(doc)
    {
        // A budget for whole-text approximate searches, so that anchoring on an unrelated text stays bounded;
        // claims beyond it become orphans (kept, re-attachable) rather than hanging the program.
        m_fullSearchBudget = 400'000'000;
    }

    AnchorResult anchor(Claim &claim)
    {
        AnchorResult r;
        r.id = claim.id;
        const QString &exact = claim.quote.exact;
        const qsizetype len = exact.size();

        qsizetype oldPos = -1;
        if (claim.start >= 0) {
            oldPos = m_index.toUtf16(claim.start);
            if (oldPos < 0)
                oldPos = std::min<qsizetype>(claim.start, m_doc.size());
        }
        const qsizetype expected = oldPos < 0 ? -1 : std::clamp<qsizetype>(oldPos + m_delta, 0, m_doc.size());

        if (len == 0) {
            // Nothing to search for: keep a valid position, else orphan.
            if (oldPos >= 0)
                return found(claim, r, AnchorState::Exact, oldPos, oldPos, 1.0, oldPos);
            return orphan(claim, r);
        }

        // 1. The saved position still holds the quote, with its context: exact.
        const bool atOld = oldPos >= 0 && oldPos + len <= m_doc.size() && m_doc.sliced(oldPos, len) == exact;
        if (atOld && contextScore(claim, oldPos, oldPos + len) >= 1.0)
            return found(claim, r, AnchorState::Exact, oldPos, oldPos + len, 1.0, oldPos);

        // 2. Exact search, disambiguated by prefix/suffix and nearness.
        if (const qsizetype at = exactSearch(claim, expected); at >= 0) {
            const AnchorState state = at == oldPos ? AnchorState::Exact : AnchorState::Moved;
            return found(claim, r, state, at, at + len, 1.0, oldPos);
        }

        // 3. Approximate search, scored by quote, prefix, suffix and position.
        double score = 0;
        const Span s = fuzzySearch(claim, expected, &score);
        if (s.start >= 0)
            return found(claim, r, AnchorState::Fuzzy, s.start, s.end, score, oldPos);

        return orphan(claim, r);
    }

private:
    QStringView m_doc;
    CodePointIndex m_index;
    qsizetype m_delta = 0; // how far the last anchored claim moved (UTF-16): the next one probably moved as far
    qint64 m_fullSearchBudget = 0;

    AnchorResult found(Claim &claim, AnchorResult &r, AnchorState state, qsizetype start, qsizetype end,
                       double score, qsizetype oldPos)
    {
        r.state = state;
        r.start = m_index.toCodePoints(start);
        r.end = m_index.toCodePoints(end);
        r.score = score;
        claim.start = r.start;
        claim.end = r.end;
        if (oldPos >= 0)
            m_delta = start - oldPos;
        return r;
    }
    static AnchorResult orphan(Claim &claim, AnchorResult &r)
    {
        r.state = AnchorState::Orphan;
        r.start = r.end = -1;
        r.score = 0;
        claim.start = claim.end = -1;
        return r;
    }

    // The text before `start` / after `end`, as long as the stored context (in UTF-16 units).
    QStringView before(qsizetype start, qsizetype n) const
    {
        const qsizetype from = std::max<qsizetype>(0, start - n);
        return m_doc.sliced(from, start - from);
    }
    QStringView after(qsizetype end, qsizetype n) const
    {
        return m_doc.sliced(end, std::min(n, m_doc.size() - end));
    }

    /// 0..1: how much of the stored prefix and suffix surround [start, end) exactly (common suffix/prefix).
    double contextScore(const Claim &c, qsizetype start, qsizetype end) const
    {
        const QString &p = c.quote.prefix, &s = c.quote.suffix;
        double ps = 1, ss = 1;
        if (!p.isEmpty()) {
            const QStringView b = before(start, p.size());
            qsizetype k = 0;
            while (k < b.size() && b[b.size() - 1 - k] == p[p.size() - 1 - k])
                ++k;
            ps = double(k) / double(p.size());
        }
        if (!s.isEmpty()) {
            const QStringView a = after(end, s.size());
            qsizetype k = 0;
            while (k < a.size() && a[k] == s[k])
                ++k;
            ss = double(k) / double(s.size());
        }
        return (ps + ss) / 2;
    }
    double positionScore(qsizetype at, qsizetype expected) const
    {
        if (expected < 0 || m_doc.isEmpty())
            return 1;
        return 1.0 - std::min(1.0, double(std::abs(at - expected)) / double(m_doc.size()));
    }

    qsizetype exactSearch(const Claim &c, qsizetype expected) const
    {
        const QString &q = c.quote.exact;
        const qsizetype len = q.size();
        // Near the expected position first: a match there with its whole context beats anything farther away.
        if (expected >= 0) {
            if (expected + len <= m_doc.size() && m_doc.sliced(expected, len) == q
                && contextScore(c, expected, expected + len) >= 1.0)
                return expected;
            const qsizetype from = std::max<qsizetype>(0, expected - Window);
            const qsizetype to = std::min(m_doc.size(), expected + len + Window);
            const QStringView window = m_doc.sliced(0, to);
            qsizetype best = -1;
            double bestContext = -1;
            for (qsizetype at = window.indexOf(q, from); at >= 0; at = window.indexOf(q, at + 1)) {
                const double context = contextScore(c, at, at + len);
                if (context > bestContext
                    || (context == bestContext && std::abs(at - expected) < std::abs(best - expected))) {
                    bestContext = context;
                    best = at;
                }
            }
            // A perfect context nearby is the best possible answer. Half of it is good enough not to scan the whole
            // text (a copy-edit next to the claim), which keeps re-anchoring a large edited text fast.
            if (best >= 0 && bestContext >= 0.5)
                return best;
        }
        qsizetype best = -1;
        double bestScore = -1;
        int seen = 0;
        for (qsizetype at = m_doc.indexOf(q); at >= 0 && seen < 100000; at = m_doc.indexOf(q, at + 1), ++seen) {
            const double score = (PrefixWeight + SuffixWeight) * contextScore(c, at, at + len)
                + PositionWeight * positionScore(at, expected);
            if (score > bestScore) {
                bestScore = score;
                best = at;
            }
        }
        return best;
    }

    Span fuzzySearch(const Claim &c, qsizetype expected, double *bestScore)
    {
        const QString &q = c.quote.exact;
        const qsizetype len = q.size();
        const int maxErrors = int(std::min<qsizetype>(256, len / 2));
        auto best = [&](const std::vector<Span> &spans) {
            Span chosen;
            double top = -1;
            for (Span s : spans) {
                // Never split a surrogate pair.
                if (s.start > 0 && m_doc[s.start].isLowSurrogate())
                    --s.start;
                if (s.end < m_doc.size() && m_doc[s.end].isLowSurrogate())
                    ++s.end;
                const double quoteSim = 1.0 - double(s.errors) / double(len);
                const QString &p = c.quote.prefix, &x = c.quote.suffix;
                const double prefixSim =
                    p.isEmpty() ? 1.0 : 1.0 - double(editDistance(p, before(s.start, p.size()))) / double(p.size());
                const double suffixSim =
                    x.isEmpty() ? 1.0 : 1.0 - double(editDistance(x, after(s.end, x.size()))) / double(x.size());
                const double score = (QuoteWeight * quoteSim + PrefixWeight * prefixSim + SuffixWeight * suffixSim
                                      + PositionWeight * positionScore(s.start, expected))
                    / TotalWeight;
                // Accept a clearly similar quote, or a half-similar one whose surroundings agree.
                if ((quoteSim >= 0.75 || score >= 0.6) && score > top) {
                    top = score;
                    chosen = s;
                }
            }
            *bestScore = top;
            return chosen;
        };
        if (len < 4 || maxErrors <= 0)
            return Span();
        if (expected >= 0) {
            const Span s = best(approximateMatches(m_doc, q, expected - Window - len, expected + 2 * len + Window,
                                                   maxErrors, 16));
            if (s.start >= 0)
                return s;
        }
        const qint64 cost = qint64(m_doc.size()) * ((len + 63) / 64);
        if (cost > m_fullSearchBudget)
            return Span();
        m_fullSearchBudget -= cost;
        return best(approximateMatches(m_doc, q, 0, m_doc.size(), maxErrors, 32));
    }
};

} // namespace

QString anchorStateToString(AnchorState state)
{
    switch (state) {
    case AnchorState::Exact: return QStringLiteral("exact");
    case AnchorState::Moved: return QStringLiteral("moved");
    case AnchorState::Fuzzy: return QStringLiteral("fuzzy");
    case AnchorState::Orphan: return QStringLiteral("orphan");
    }
    return QString();
}

QList<AnchorResult> reanchor(QStringView document, QList<Claim> &claims)
{
    QList<AnchorResult> results(claims.size());
    // In document order, so that each claim's expected position follows how far its predecessor moved.
    std::vector<qsizetype> order(size_t(claims.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&claims](qsizetype a, qsizetype b) {
        const qsizetype sa = claims.at(a).start, sb = claims.at(b).start;
        if ((sa < 0) != (sb < 0))
            return sb < 0;
        return sa < sb;
    });
    Anchorer anchorer(document);
    for (const qsizetype i : order)
        results[i] = anchorer.anchor(claims[i]);
    return results;
}

AnchorSummary summarize(const QList<AnchorResult> &results)
{
    AnchorSummary s;
    for (const AnchorResult &r : results) {
        switch (r.state) {
        case AnchorState::Exact: ++s.exact; break;
        case AnchorState::Moved: ++s.moved; break;
        case AnchorState::Fuzzy: ++s.fuzzy; break;
        case AnchorState::Orphan: ++s.orphan; break;
        }
    }
    return s;
}

TextQuote quoteAt(QStringView document, qsizetype start, qsizetype end)
{
    TextQuote q;
    const qsizetype s = toUtf16(document, start);
    const qsizetype e = toUtf16(document, end);
    if (s < 0 || e < s)
        return q;
    q.exact = document.sliced(s, e - s).toString();
    qsizetype p = s;
    for (int n = 0; n < ContextCodePoints && p > 0; ++n) {
        --p;
        if (p > 0 && document[p].isLowSurrogate() && document[p - 1].isHighSurrogate())
            --p;
    }
    q.prefix = document.sliced(p, s - p).toString();
    qsizetype x = e;
    for (int n = 0; n < ContextCodePoints && x < document.size(); ++n) {
        if (document[x].isHighSurrogate() && x + 1 < document.size() && document[x + 1].isLowSurrogate())
            ++x;
        ++x;
    }
    q.suffix = document.sliced(e, x - e).toString();
    return q;
}

} // namespace Claimbench
