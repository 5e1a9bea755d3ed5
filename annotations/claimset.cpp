// SPDX-License-Identifier: GPL-2.0-or-later
#include "claimset.h"

#include "merge.h"
#include "sidecar_p.h"

#include <QCoreApplication>

#include <QHash>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>
#include <vector>

namespace Claimbench {

namespace {
const QString TextChanged = QStringLiteral("text-changed");
// Code points of context either side of a quote; at most twice as many UTF-16 units.
constexpr int QuoteContext = 32;

// Up to `count` code points of `text` before / after a UTF-16 position, never splitting a surrogate pair.
QStringView contextBefore(QStringView text, qsizetype pos, int count)
{
    qsizetype i = pos;
    for (int n = 0; n < count && i > 0; ++n) {
        --i;
        if (i > 0 && text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
            --i;
    }
    return text.sliced(i, pos - i);
}

QStringView contextAfter(QStringView text, qsizetype pos, int count)
{
    qsizetype i = pos;
    for (int n = 0; n < count && i < text.size(); ++n) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++i;
    }
    return text.sliced(pos, i - pos);
}

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject targetToJson(qsizetype start, qsizetype end, const TextQuote &quote)
{
    QJsonObject o;
    o.insert(QStringLiteral("start"), start < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(start)));
    o.insert(QStringLiteral("end"), start < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(end)));
    o.insert(QStringLiteral("exact"), quote.exact);
    o.insert(QStringLiteral("prefix"), quote.prefix);
    o.insert(QStringLiteral("suffix"), quote.suffix);
    return o;
}

QJsonObject targetToJson(const Claim &c)
{
    return targetToJson(c.start, c.end, c.quote);
}

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
}
} // namespace

TextQuote quoteAtUtf16(QStringView text, qsizetype start, qsizetype end)
{
    if (start < 0 || end < start || end > text.size())
        return {};
    return TextQuote{text.sliced(start, end - start).toString(), contextBefore(text, start, QuoteContext).toString(),
                     contextAfter(text, end, QuoteContext).toString()};
}

QJsonObject sourceToJson(const Source &source)
{
    QJsonObject o = source.extra;
    auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    o.insert(QStringLiteral("url"), source.url);
    put("title", source.title);
    put("publisher", source.publisher);
    if (source.accessed.isValid())
        o.insert(QStringLiteral("accessed"), source.accessed.toString(Qt::ISODate));
    put("archiveUrl", source.archiveUrl);
    put("excerpt", source.excerpt);
    put("note", source.note);
    return o;
}

Source sourceFromJson(const QJsonObject &object)
{
    Source s;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &k = it.key();
        if (k == QLatin1String("url"))
            s.url = it->toString();
        else if (k == QLatin1String("title"))
            s.title = it->toString();
        else if (k == QLatin1String("publisher"))
            s.publisher = it->toString();
        else if (k == QLatin1String("accessed"))
            s.accessed = QDate::fromString(it->toString(), Qt::ISODate);
        else if (k == QLatin1String("archiveUrl"))
            s.archiveUrl = it->toString();
        else if (k == QLatin1String("excerpt"))
            s.excerpt = it->toString();
        else if (k == QLatin1String("note"))
            s.note = it->toString();
        else
            s.extra.insert(k, *it);
    }
    return s;
}

QJsonValue claimantToJson(const Claimant &claimant)
{
    if (claimant == Claimant())
        return QJsonValue(QJsonValue::Null);
    QJsonObject o = claimant.extra;
    o.insert(QStringLiteral("name"), claimant.name);
    if (!claimant.role.isEmpty())
        o.insert(QStringLiteral("role"), claimant.role);
    if (claimant.organisation)
        o.insert(QStringLiteral("type"), QStringLiteral("organization"));
    return o;
}

bool claimantFromJson(const QJsonValue &value, Claimant *claimant)
{
    Claimant c;
    if (value.isNull() || value.isUndefined()) {
        *claimant = c;
        return true;
    }
    if (!value.isObject())
        return false;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString &k = it.key();
        if (k == QLatin1String("name") || k == QLatin1String("role") || k == QLatin1String("type")) {
            if (!it->isString() && !it->isNull())
                return false;
            const QString v = it->toString();
            if (k == QLatin1String("name"))
                c.name = v;
            else if (k == QLatin1String("role"))
                c.role = v;
            else if (v == QLatin1String("organization"))
                c.organisation = true;
            else if (!v.isEmpty() && v != QLatin1String("person"))
                return false;
        } else {
            c.extra.insert(k, *it);
        }
    }
    *claimant = c;
    return true;
}

QJsonValue appearanceToJson(const Appearance &appearance)
{
    if (appearance == Appearance())
        return QJsonValue(QJsonValue::Null);
    QJsonObject o = appearance.extra;
    if (!appearance.url.isEmpty())
        o.insert(QStringLiteral("url"), appearance.url);
    if (appearance.date.isValid())
        o.insert(QStringLiteral("date"), appearance.date.toString(Qt::ISODate));
    return o;
}

bool appearanceFromJson(const QJsonValue &value, Appearance *appearance)
{
    Appearance a;
    if (value.isNull() || value.isUndefined()) {
        *appearance = a;
        return true;
    }
    if (!value.isObject())
        return false;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString &k = it.key();
        if (k == QLatin1String("url")) {
            if (!it->isString() && !it->isNull())
                return false;
            a.url = it->toString();
        } else if (k == QLatin1String("date")) {
            if (!it->isString() && !it->isNull())
                return false;
            const QString d = it->toString();
            if (!d.isEmpty()) {
                a.date = QDate::fromString(d, Qt::ISODate);
                if (!a.date.isValid())
                    return false;
            }
        } else {
            a.extra.insert(k, *it);
        }
    }
    *appearance = a;
    return true;
}

QJsonValue approvalToJson(const Claim &claim)
{
    if (claim.approvedBy.isEmpty() && !claim.approved.isValid())
        return QJsonValue(QJsonValue::Null);
    QJsonObject o;
    o.insert(QStringLiteral("approvedBy"), claim.approvedBy);
    o.insert(QStringLiteral("approved"), claim.approved.isValid()
                                             ? QJsonValue(claim.approved.toUTC().toString(Qt::ISODate))
                                             : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject publicationToJson(const Publication &publication)
{
    QJsonObject o = publication.extra;
    auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("publisher", publication.publisher);
    put("publisherUrl", publication.publisherUrl);
    put("logoUrl", publication.logoUrl);
    put("url", publication.url);
    put("headline", publication.headline);
    if (publication.datePublished.isValid())
        o.insert(QStringLiteral("datePublished"), publication.datePublished.toString(Qt::ISODate));
    return o;
}

Publication publicationFromJson(const QJsonObject &object)
{
    Publication p;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &k = it.key();
        if (k == QLatin1String("publisher"))
            p.publisher = it->toString();
        else if (k == QLatin1String("publisherUrl"))
            p.publisherUrl = it->toString();
        else if (k == QLatin1String("logoUrl"))
            p.logoUrl = it->toString();
        else if (k == QLatin1String("url"))
            p.url = it->toString();
        else if (k == QLatin1String("headline"))
            p.headline = it->toString();
        else if (k == QLatin1String("datePublished"))
            p.datePublished = QDate::fromString(it->toString(), Qt::ISODate);
        else
            p.extra.insert(k, *it);
    }
    return p;
}

bool needsSecondReviewer(const Claim &claim, bool requireSecondReview)
{
    return requireSecondReview || claim.status == ClaimStatus::NeedsSecondReview;
}

bool awaitsSecondReviewBy(const Claim &claim, const QString &reviewer, bool requireSecondReview)
{
    const bool needsIt = claim.status == ClaimStatus::NeedsSecondReview
        || (requireSecondReview && claim.status == ClaimStatus::Done);
    return needsIt && claim.approvedBy.isEmpty() && approvalRefusal(claim, reviewer, true).isEmpty();
}

QString approvalRefusal(const Claim &claim, const QString &reviewer, bool requireSecondReview)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Claimbench::ClaimSet", text); };
    if (reviewer.trimmed().isEmpty())
        return tr("Set your name (Preferences) before approving: an approval records who gave it.");
    if (claim.verdict.isEmpty())
        return tr("There is no verdict to approve yet.");
    if (!needsSecondReviewer(claim, requireSecondReview))
        return QString();
    if (reviewer == claim.createdBy)
        return tr("%1 marked this claim: the desk requires a second reviewer to approve it.").arg(reviewer);
    if (reviewer == lastVerdictAuthor(claim))
        return tr("%1 set the verdict: the desk requires a second reviewer to approve it.").arg(reviewer);
    return QString();
}

void prefillFactCheck(Claim *claim)
{
    if (claim->statement.isEmpty())
        claim->statement = claim->quote.exact.simplified();
    const QJsonValue speaker = claim->fields.value(QStringLiteral("speaker"));
    if (claim->claimant.name.isEmpty() && speaker.isString())
        claim->claimant.name = speaker.toString().trimmed();
}

QString lastVerdictAuthor(const Claim &claim)
{
    for (auto it = claim.history.crbegin(); it != claim.history.crend(); ++it) {
        if (it->field == QLatin1String("verdict"))
            return it->author;
    }
    return QString();
}

class ClaimSetPrivate
{
public:
    ClaimSet *q = nullptr;
    ClaimSetData data;
    QString author;
    std::function<QDateTime()> clock;
    AnchorStore anchors;
    bool attached = false;
    // Claims whose last history entry was written here and may take the next change of its field; with the
    // claim's reReview before that entry, given back when the entry cancels out.
    QHash<IdKey, QString> openEntries;
    // Filled by the anchor store during one applyEdit(); a touched claim with where it began before the edit
    // in code points.
    std::vector<std::pair<QUuid, Anchor>> lost;
    struct Touched {
        QUuid id;
        Anchor before, after;
        qsizetype startBefore;
    };
    std::vector<Touched> touched;
    // Where every surrogate pair of the attached text begins (UTF-16), sorted and kept up to date with its edits:
    // code points without reading the text from its start (for text without characters outside the BMP, an
    // empty list and code points == UTF-16 units). An edit costs O(log n) plus the pairs after it.
    std::vector<qsizetype> pairs;
    mutable QHash<IdKey, qsizetype> index;
    mutable bool indexDirty = true;

    qsizetype find(const QUuid &id) const
    {
        if (indexDirty) {
            index.clear();
            index.reserve(data.claims.size());
            for (qsizetype i = 0; i < data.claims.size(); ++i)
                index.insert(data.claims.at(i).id, i);
            indexDirty = false;
        }
        return index.value(id, -1);
    }

    // Puts the claim at `i` where the file order wants it; returns its new index.
    qsizetype reposition(qsizetype i)
    {
        const Claim &c = data.claims.at(i);
        auto &cl = data.claims;
        qsizetype j = i;
        while (j > 0 && claimOrderLess(c, cl.at(j - 1)))
            --j;
        if (j == i) {
            while (j + 1 < cl.size() && claimOrderLess(cl.at(j + 1), c))
                ++j;
        }
        if (j != i) {
            cl.move(i, j);
            // Only the claims between the two places changed index: keep the index (a rebuild is O(n) and this
            // runs for every edit inside a claim).
            if (!indexDirty) {
                for (qsizetype k = std::min(i, j); k <= std::max(i, j); ++k)
                    index.insert(cl.at(k).id, k);
            }
        }
        return j;
    }

    qsizetype insertSorted(const Claim &c)
    {
        auto &cl = data.claims;
        const auto it = std::upper_bound(cl.begin(), cl.end(), c, claimOrderLess);
        const qsizetype i = it - cl.begin();
        cl.insert(i, c);
        indexDirty = true;
        return i;
    }

    QDateTime now() const
    {
        // Whole seconds: the sidecar stays readable and round-trips exactly.
        const QDateTime t = clock ? clock() : QDateTime::currentDateTimeUtc();
        return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), QTimeZone::UTC);
    }

    void recordEvent(Claim &c, const QString &event, const QDateTime &now, const QJsonValue &to = QJsonValue())
    {
        c.history.append(HistoryEntry{now, author, event, QJsonValue(), to});
        openEntries.remove(c.id);
        noteReviewer();
    }

    // Whoever changes a claim is one of the review's reviewers (the sidecar's `reviewers`, the report's
    // "Reviewed by").
    void noteReviewer()
    {
        if (!author.isEmpty() && !data.reviewers.contains(author))
            data.reviewers.append(author);
    }

    enum class Recorded { Appended, Merged, Cancelled };
    // A change of `field` (already made to `c`; `reReviewBefore` is c.reReview before it). Merges into the
    // claim's last entry when that is the same field by the same author within HistoryMergeSeconds.
    // A change with a reason is an entry of its own, never merged.
    Recorded record(Claim &c, const QString &reReviewBefore, const QString &field, const QJsonValue &from,
                    const QJsonValue &to, const QString &reason = QString())
    {
        const QDateTime now = this->now();
        c.modified = now;
        const auto open = openEntries.constFind(c.id);
        if (reason.isEmpty() && open != openEntries.cend() && !c.history.isEmpty()) {
            HistoryEntry &last = c.history.last();
            const qint64 age = last.when.secsTo(now);
            if (last.field == field && last.author == author && age >= 0 && age <= ClaimSet::HistoryMergeSeconds) {
                if (last.from == to) { // back where it started: as if nothing happened
                    c.history.removeLast();
                    c.reReview = *open;
                    openEntries.erase(open);
                    return Recorded::Cancelled;
                }
                last.to = to;
                last.when = now;
                return Recorded::Merged;
            }
        }
        c.history.append(HistoryEntry{now, author, field, from, to, reason});
        if (reason.isEmpty())
            openEntries.insert(c.id, reReviewBefore);
        else
            openEntries.remove(c.id);
        noteReviewer();
        return Recorded::Appended;
    }

    // Code point offset of UTF-16 offset `utf16` in the attached text: minus one for each pair wholly before it.
    qsizetype toCodePoints(qsizetype utf16) const
    {
        return utf16 - (std::lower_bound(pairs.cbegin(), pairs.cend(), utf16 - 1) - pairs.cbegin());
    }

    // Appends to `out` where the surrogate pairs of `piece` (which begins at `offset`) begin, for pairs that begin
    // in [from, to).
    static void findPairs(QStringView piece, qsizetype offset, qsizetype from, qsizetype to, std::vector<qsizetype> &out)
    {
        const qsizetype end = std::min(piece.size() - 1, to - offset);
        for (qsizetype i = std::max<qsizetype>(0, from - offset); i < end; ++i) {
            if (piece[i].isHighSurrogate() && piece[i + 1].isLowSurrogate())
                out.push_back(offset + i++);
        }
    }

    // Follows one edit with the surrogate pairs: those the edit removed or split go, those after it move, and the
    // inserted text (with the units either side, where a pair can be joined or split) is looked at again.
    void followPairs(const TextEdit &edit, const ClaimSet::TextSlice &textAfter)
    {
        const qsizetype from = std::max<qsizetype>(0, edit.position - 1);
        const auto first = std::lower_bound(pairs.begin(), pairs.end(), from);
        const auto last = std::lower_bound(first, pairs.end(), edit.position + edit.removed);
        const qsizetype delta = edit.added - edit.removed;
        if (delta != 0) {
            for (auto it = last; it != pairs.end(); ++it)
                *it += delta;
        }
        const auto at = pairs.erase(first, last);
        const qsizetype to = edit.position + edit.added; // the pair starting there (if any) was kept
        const QString piece = textAfter(from, to + 1);
        std::vector<qsizetype> found;
        findPairs(piece, from, from, to, found);
        pairs.insert(at, found.cbegin(), found.cend());
    }

    // The claim at `i` (touched by `edit`) is at `t.after` in the text after the edit, and the edit changed its
    // text: its quote follows, with a "target" history entry. False when its text is the same. Reads only the claim
    // and its context.
    bool followText(qsizetype i, const Touched &t, const ClaimSet::TextSlice &textAfter)
    {
        Claim &c = data.claims[i];
        const qsizetype offset = std::max<qsizetype>(0, t.after.start() - 2 * QuoteContext);
        const QString piece = textAfter(offset, t.after.end() + 2 * QuoteContext);
        // The piece holds 2 * QuoteContext units either side (unless the text ends there), enough for QuoteContext
        // code points: its cut ends never change the context.
        const TextQuote quote = quoteAtUtf16(piece, t.after.start() - offset, t.after.end() - offset);
        if (quote.exact == c.quote.exact)
            return false;
        const QJsonObject from = targetToJson(t.startBefore, t.startBefore + codePointLength(c.quote.exact), c.quote);
        c.start = toCodePoints(t.after.start());
        c.end = toCodePoints(t.after.end());
        c.quote = quote;
        requote(c, from);
        return true;
    }

    // Records the claim's new target (already in `c`) against `from` and marks it for re-review when it had been
    // reviewed (unless the change cancelled out).
    void requote(Claim &c, const QJsonObject &from)
    {
        const QString reReviewBefore = c.reReview;
        if (record(c, reReviewBefore, QStringLiteral("target"), from, targetToJson(c)) == Recorded::Cancelled)
            return;
        if (!c.verdict.isEmpty() || c.status == ClaimStatus::Done)
            c.reReview = TextChanged;
    }

    void applyEdit(const TextEdit &edit, const ClaimSet::TextSlice &textAfter)
    {
        if (!attached)
            return;
        lost.clear();
        touched.clear();
        anchors.applyEdit(edit); // fills `touched` with code points before the edit: pairs are not updated yet
        followPairs(edit, textAfter);
        if (lost.empty() && touched.empty())
            return;
        QList<std::pair<QUuid, Anchor>> orphaned, requoted;
        for (const auto &[id, before] : lost) {
            const qsizetype i = find(id);
            if (i < 0)
                continue;
            Claim &c = data.claims[i];
            c.start = c.end = -1;
            reposition(i);
            orphaned.append({id, before});
        }
        for (const Touched &t : touched) {
            const qsizetype i = find(t.id);
            if (i >= 0 && followText(i, t, textAfter)) {
                reposition(i);
                requoted.append({t.id, t.before});
            }
        }
        lost.clear();
        touched.clear();
        if (orphaned.isEmpty() && requoted.isEmpty())
            return;
        for (const auto &[id, before] : orphaned) {
            Q_EMIT q->claimMoved(id);
            Q_EMIT q->claimOrphaned(id, before);
        }
        for (const auto &[id, before] : requoted) {
            Q_EMIT q->claimChanged(id, QStringLiteral("target"));
            Q_EMIT q->claimTextEdited(id, before);
        }
        Q_EMIT q->changed();
    }
};

ClaimSet::ClaimSet(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ClaimSetPrivate>())
{
    d->q = this;
    d->anchors.setInvalidatedCallback([this](const QUuid &id, const Anchor &before) { d->lost.emplace_back(id, before); });
    d->anchors.setChangedCallback([this](const QUuid &id, const Anchor &before, const Anchor &after) {
        d->touched.push_back({id, before, after, d->toCodePoints(before.start())});
    });
}

ClaimSet::~ClaimSet() = default;

const ClaimSetData &ClaimSet::data() const
{
    return d->data;
}

void ClaimSet::setData(const ClaimSetData &data)
{
    d->data = data;
    d->data.sortClaims();
    d->indexDirty = true;
    d->anchors.clear();
    d->pairs.clear();
    d->attached = false;
    d->openEntries.clear();
    Q_EMIT reset();
    Q_EMIT changed();
}

const QList<Claim> &ClaimSet::claims() const
{
    return d->data.claims;
}

qsizetype ClaimSet::count() const
{
    return d->data.claims.size();
}

Claim ClaimSet::claim(const QUuid &id) const
{
    const qsizetype i = d->find(id);
    return i < 0 ? Claim() : d->data.claims.at(i);
}

qsizetype ClaimSet::indexOf(const QUuid &id) const
{
    return d->find(id);
}

void ClaimSet::setAuthor(const QString &author)
{
    d->author = author;
}

QString ClaimSet::author() const
{
    return d->author;
}

void ClaimSet::setClock(std::function<QDateTime()> clock)
{
    d->clock = std::move(clock);
}

QUuid ClaimSet::addClaim(const Claim &claim, const Anchor &live)
{
    Claim c = claim;
    if (c.id.isNull())
        c.id = QUuid::createUuid();
    else if (d->find(c.id) >= 0)
        return QUuid();
    const QDateTime now = d->now();
    if (!c.created.isValid())
        c.created = now;
    if (!c.modified.isValid())
        c.modified = c.created;
    if (c.createdBy.isEmpty())
        c.createdBy = d->author;
    d->recordEvent(c, QStringLiteral("created"), now, QJsonValue(c.claimType));
    d->insertSorted(c);
    if (d->attached && live.isValid())
        d->anchors.set(c.id, live);
    Q_EMIT claimAdded(c.id);
    Q_EMIT changed();
    return c.id;
}

Claim ClaimSet::removeClaim(const QUuid &id)
{
    const qsizetype i = d->find(id);
    if (i < 0)
        return Claim();
    Claim c = d->data.claims.takeAt(i);
    d->indexDirty = true;
    d->anchors.remove(id);
    Q_EMIT claimRemoved(id);
    Q_EMIT changed();
    return c;
}

bool ClaimSet::restoreClaim(const Claim &claim, const Anchor &live)
{
    if (!claim.isValid() || d->find(claim.id) >= 0)
        return false;
    Claim c = claim;
    d->recordEvent(c, QStringLiteral("restored"), d->now());
    d->insertSorted(c);
    if (d->attached && live.isValid())
        d->anchors.set(c.id, live);
    Q_EMIT claimAdded(c.id);
    Q_EMIT changed();
    return true;
}

QJsonValue ClaimSet::field(const QUuid &id, const QString &field) const
{
    const qsizetype i = d->find(id);
    return i < 0 ? QJsonValue(QJsonValue::Undefined) : claimField(d->data.claims.at(i), field);
}

QJsonValue ClaimSet::setField(const QUuid &id, const QString &field, const QJsonValue &value, bool *ok,
                              const QString &reason)
{
    if (ok)
        *ok = false;
    const qsizetype i = d->find(id);
    if (i < 0)
        return QJsonValue(QJsonValue::Undefined);
    const QJsonValue previous = this->field(id, field);
    if (previous.isUndefined())
        return previous;
    Claim c = d->data.claims.at(i);
    const QString reReviewBefore = c.reReview;
    QJsonValue stored = value; // the value as the history records it
    const bool clear = value.isNull() || value.isUndefined();

    if (field == QLatin1String("claimType")) {
        if (!clear && !value.isString())
            return previous;
        c.claimType = value.toString();
        stored = c.claimType;
    } else if (field == QLatin1String("status")) {
        ClaimStatus status = ClaimStatus::Open;
        if (!clear && (!value.isString() || !statusFromString(value.toString(), &status)))
            return previous;
        c.status = status;
        c.reReview.clear(); // reviewed again
        stored = statusToString(status);
    } else if (field == QLatin1String("verdict")) {
        if (!clear && (!value.isString()
                       || (!value.toString().isEmpty() && d->data.ratingScale.level(value.toString()).id.isEmpty())))
            return previous;
        c.verdict = value.toString();
        c.reReview.clear(); // reviewed again
        stored = stringOrNull(c.verdict);
    } else if (field == QLatin1String("notes")) {
        if (!clear && !value.isString())
            return previous;
        c.notes = value.toString();
        stored = c.notes;
    } else if (field == QLatin1String("statement") || field == QLatin1String("conclusion")
               || field == QLatin1String("assignee")) {
        if (!clear && !value.isString())
            return previous;
        QString &member = field == QLatin1String("statement") ? c.statement
                        : field == QLatin1String("conclusion") ? c.conclusion
                                                               : c.assignee;
        member = value.toString();
        stored = stringOrNull(member);
    } else if (field == QLatin1String("claimant")) {
        if (!claimantFromJson(value, &c.claimant))
            return previous;
        stored = claimantToJson(c.claimant);
    } else if (field == QLatin1String("appearance")) {
        if (!appearanceFromJson(value, &c.appearance))
            return previous;
        stored = appearanceToJson(c.appearance);
    } else if (field == QLatin1String("approval")) {
        if (clear) {
            c.approvedBy.clear();
            c.approved = QDateTime();
        } else {
            if (!value.isObject())
                return previous;
            const QJsonObject o = value.toObject();
            const QJsonValue by = o.value(QStringLiteral("approvedBy"));
            const QJsonValue at = o.value(QStringLiteral("approved"));
            if (!by.isString() || by.toString().isEmpty() || !(at.isString() || at.isNull() || at.isUndefined()))
                return previous;
            const QDateTime when = at.isString() ? SidecarInternal::parseIsoUtc(at.toString()) : QDateTime();
            if (at.isString() && !when.isValid())
                return previous;
            c.approvedBy = by.toString();
            c.approved = when;
        }
        stored = approvalToJson(c);
    } else if (field == QLatin1String("sources")) {
        if (!clear && !value.isArray())
            return previous;
        QList<Source> sources;
        for (const QJsonValue &v : value.toArray()) {
            if (!v.isObject())
                return previous;
            sources.append(sourceFromJson(v.toObject()));
        }
        c.sources = sources;
        QJsonArray a;
        for (const Source &s : sources)
            a.append(sourceToJson(s));
        stored = a;
    } else if (field == QLatin1String("target")) {
        if (!value.isObject())
            return previous;
        const QJsonObject o = value.toObject();
        const QJsonValue s = o.value(QStringLiteral("start")), e = o.value(QStringLiteral("end"));
        if (s.isNull() && e.isNull()) {
            c.start = c.end = -1;
        } else if (isInteger(s) && isInteger(e) && s.toDouble() >= 0 && e.toDouble() >= s.toDouble()) {
            c.start = qsizetype(s.toDouble());
            c.end = qsizetype(e.toDouble());
        } else {
            return previous;
        }
        c.quote.exact = o.value(QStringLiteral("exact")).toString();
        c.quote.prefix = o.value(QStringLiteral("prefix")).toString();
        c.quote.suffix = o.value(QStringLiteral("suffix")).toString();
        stored = targetToJson(c);
    } else if (field.startsWith(QLatin1String("fields."))) {
        const QString name = field.mid(7);
        if (name.isEmpty())
            return previous;
        if (clear)
            c.fields.remove(name);
        else
            c.fields.insert(name, value);
        stored = clear ? QJsonValue(QJsonValue::Null) : value;
    } else if (field.startsWith(QLatin1String("checklist."))) {
        const QString step = field.mid(10);
        if (step.isEmpty() || (!clear && !value.isBool()))
            return previous;
        if (clear)
            c.checklist.remove(step);
        else
            c.checklist.insert(step, value.toBool());
        stored = clear ? QJsonValue(QJsonValue::Null) : value;
    } else {
        return previous;
    }

    if (ok)
        *ok = true;
    if (stored == previous)
        return previous; // nothing changed: no history, no notification
    d->record(c, reReviewBefore, field, previous, stored, reason.simplified());
    d->data.claims[i] = c;
    if (field == QLatin1String("target")) {
        if (c.isOrphan())
            d->anchors.remove(id);
        d->reposition(i);
    }
    Q_EMIT claimChanged(id, field);
    Q_EMIT changed();
    return previous;
}

bool ClaimSet::setPosition(const QUuid &id, qsizetype start, qsizetype end)
{
    const qsizetype i = d->find(id);
    if (i < 0)
        return false;
    Claim &c = d->data.claims[i];
    if (start < 0) {
        start = end = -1;
        d->anchors.remove(id);
    } else if (end < start) {
        return false;
    }
    if (c.start == start && c.end == end)
        return true;
    c.start = start;
    c.end = end;
    d->reposition(i);
    Q_EMIT claimMoved(id);
    Q_EMIT changed();
    return true;
}

void ClaimSet::attachText(QStringView text, const QList<AnchorResult> &anchoring)
{
    CodePointIndex index(text);
    QList<AnchorStore::Entry> entries;
    entries.reserve(d->data.claims.size());
    for (const Claim &c : std::as_const(d->data.claims)) {
        if (c.isOrphan())
            continue;
        const qsizetype s = index.toUtf16(c.start);
        const qsizetype e = index.toUtf16(c.end);
        if (s >= 0 && e >= s)
            entries.append({c.id, Anchor(s, e)});
    }
    d->anchors.reset(entries);
    d->pairs.clear();
    ClaimSetPrivate::findPairs(text, 0, 0, text.size(), d->pairs);
    d->attached = true;
    // Found only approximately: the text there is not what was reviewed; the quote follows the text.
    QList<QUuid> requoted;
    for (const AnchorResult &r : anchoring) {
        if (r.state != AnchorState::Fuzzy)
            continue;
        const qsizetype i = d->find(r.id);
        const Anchor a = d->anchors.anchor(r.id);
        if (i < 0 || !a.isValid())
            continue;
        Claim &c = d->data.claims[i];
        const TextQuote quote = quoteAtUtf16(text, a.start(), a.end());
        if (quote.exact == c.quote.exact)
            continue;
        const QJsonObject from = targetToJson(c);
        c.quote = quote;
        d->requote(c, from);
        requoted.append(r.id);
    }
    for (const QUuid &id : std::as_const(requoted))
        Q_EMIT claimChanged(id, QStringLiteral("target"));
    if (!requoted.isEmpty())
        Q_EMIT changed();
}

bool ClaimSet::isTextAttached() const
{
    return d->attached;
}

void ClaimSet::applyTextEdit(const TextEdit &edit, QStringView textAfter)
{
    d->applyEdit(edit, [textAfter](qsizetype from, qsizetype to) {
        from = std::min(from, textAfter.size());
        return textAfter.sliced(from, std::min(to, textAfter.size()) - from).toString();
    });
}

void ClaimSet::applyTextEdit(const TextEdit &edit, const TextSlice &textAfter)
{
    d->applyEdit(edit, textAfter);
}

const AnchorStore &ClaimSet::anchors() const
{
    return d->anchors;
}

Anchor ClaimSet::anchor(const QUuid &id) const
{
    return d->anchors.anchor(id);
}

bool ClaimSet::setAnchor(const QUuid &id, const Anchor &live, QStringView text)
{
    const qsizetype i = d->find(id);
    if (i < 0 || !d->attached)
        return false;
    Claim &c = d->data.claims[i];
    bool requoted = false;
    if (live.isValid() && live.end() <= text.size()) {
        d->anchors.set(id, live);
        const QJsonObject from = targetToJson(c);
        c.start = toCodePoints(text, live.start());
        c.end = c.start + codePointLength(text.sliced(live.start(), live.length()));
        const TextQuote quote = quoteAtUtf16(text, live.start(), live.end());
        if (quote.exact != c.quote.exact) {
            c.quote = quote;
            d->requote(c, from);
            requoted = true;
        }
    } else {
        d->anchors.remove(id);
        c.start = c.end = -1;
    }
    d->reposition(i);
    Q_EMIT claimMoved(id);
    if (requoted)
        Q_EMIT claimChanged(id, QStringLiteral("target"));
    Q_EMIT changed();
    return true;
}

ClaimSetData ClaimSet::snapshot(QStringView text) const
{
    ClaimSetData data = d->data;
    if (!d->attached)
        return data;
    CodePointIndex index(text);
    QHash<IdKey, Anchor> live;
    const QList<AnchorStore::Entry> all = d->anchors.all();
    live.reserve(all.size());
    for (const AnchorStore::Entry &e : all)
        live.insert(e.key, e.anchor);
    for (Claim &c : data.claims) {
        const auto it = live.constFind(c.id);
        if (it == live.cend() || it->end() > text.size()) {
            c.start = c.end = -1;
            continue;
        }
        c.start = index.toCodePoints(it->start());
        c.end = index.toCodePoints(it->end());
        c.quote = quoteAtUtf16(text, it->start(), it->end());
    }
    data.sortClaims();
    return data;
}

void ClaimSet::addDismissed(const DismissedSuggestion &s)
{
    if (d->data.dismissed.contains(s))
        return;
    d->data.dismissed.append(s);
    Q_EMIT changed();
}

bool ClaimSet::removeDismissed(const DismissedSuggestion &s)
{
    if (!d->data.dismissed.removeOne(s))
        return false;
    Q_EMIT changed();
    return true;
}

void ClaimSet::setReviewers(const QStringList &reviewers)
{
    if (d->data.reviewers == reviewers)
        return;
    d->data.reviewers = reviewers;
    Q_EMIT changed();
}

void ClaimSet::setDocument(const DocumentIdentity &document)
{
    DocumentIdentity next = document;
    if (next.source == DocumentSource())
        next.source = d->data.document.source; // the file's identity, computed again: where it came from stays
    if (d->data.document == next)
        return;
    d->data.document = next;
    Q_EMIT changed();
}

RatingScale ClaimSet::setRatingScale(const RatingScale &scale)
{
    RatingScale previous = d->data.ratingScale;
    if (previous == scale)
        return previous;
    d->data.ratingScale = scale;
    Q_EMIT ratingScaleChanged();
    Q_EMIT changed();
    return previous;
}

bool ClaimSet::approve(const QUuid &id, const QString &reviewer, bool requireSecondReview, QString *error)
{
    const qsizetype i = d->find(id);
    const QString refusal = i < 0 ? QCoreApplication::translate("Claimbench::ClaimSet", "No such claim.")
                                  : approvalRefusal(d->data.claims.at(i), reviewer, requireSecondReview);
    if (error)
        *error = refusal;
    if (!refusal.isEmpty())
        return false;
    const QJsonObject approval{{QStringLiteral("approvedBy"), reviewer},
                               {QStringLiteral("approved"), d->now().toString(Qt::ISODate)}};
    bool ok = false;
    setField(id, QStringLiteral("approval"), approval, &ok);
    return ok;
}

Publication ClaimSet::setPublication(const Publication &publication)
{
    Publication previous = d->data.publication;
    if (previous == publication)
        return previous;
    d->data.publication = publication;
    Q_EMIT publicationChanged();
    Q_EMIT changed();
    return previous;
}

bool ClaimSet::resolveConflict(const QUuid &id, const QString &field, const QJsonValue &chosen)
{
    const qsizetype i = d->find(id);
    if (i < 0)
        return false;
    const QList<FieldConflict> &conflicts = d->data.claims.at(i).conflicts;
    if (std::none_of(conflicts.cbegin(), conflicts.cend(), [&field](const FieldConflict &c) { return c.field == field; }))
        return false;
    if (field == QLatin1String("removed")) {
        if (!chosen.isBool())
            return false;
        if (!chosen.toBool()) {
            removeClaim(id);
            return true;
        }
    } else {
        bool ok = false;
        setField(id, field, chosen, &ok);
        if (!ok)
            return false;
    }
    const qsizetype j = d->find(id);
    d->data.claims[j].conflicts.removeIf([&field](const FieldConflict &c) { return c.field == field; });
    Q_EMIT claimChanged(id, QStringLiteral("conflicts"));
    Q_EMIT changed();
    return true;
}

} // namespace Claimbench
