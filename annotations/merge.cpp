// SPDX-License-Identifier: GPL-2.0-or-later
#include "merge.h"

#include "claimset.h"
#include "sidecar.h"
#include "sidecar_p.h"

#include <QCborValue>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <optional>

namespace Claimbench {

QJsonValue claimField(const Claim &c, const QString &field)
{
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    if (field == QLatin1String("claimType"))
        return c.claimType;
    if (field == QLatin1String("status"))
        return statusToString(c.status);
    if (field == QLatin1String("verdict"))
        return orNull(c.verdict);
    if (field == QLatin1String("notes"))
        return c.notes;
    if (field == QLatin1String("claimant"))
        return claimantToJson(c.claimant);
    if (field == QLatin1String("statement"))
        return orNull(c.statement);
    if (field == QLatin1String("conclusion"))
        return orNull(c.conclusion);
    if (field == QLatin1String("appearance"))
        return appearanceToJson(c.appearance);
    if (field == QLatin1String("assignee"))
        return orNull(c.assignee);
    if (field == QLatin1String("approval"))
        return approvalToJson(c);
    if (field == QLatin1String("sources")) {
        QJsonArray a;
        for (const Source &s : c.sources)
            a.append(sourceToJson(s));
        return a;
    }
    if (field == QLatin1String("target")) {
        const QJsonValue none(QJsonValue::Null);
        return QJsonObject{{QStringLiteral("start"), c.start < 0 ? none : QJsonValue(qint64(c.start))},
                           {QStringLiteral("end"), c.start < 0 ? none : QJsonValue(qint64(c.end))},
                           {QStringLiteral("exact"), c.quote.exact},
                           {QStringLiteral("prefix"), c.quote.prefix},
                           {QStringLiteral("suffix"), c.quote.suffix}};
    }
    if (field.startsWith(QLatin1String("fields."))) {
        const QJsonValue v = c.fields.value(field.mid(7));
        return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
    }
    if (field.startsWith(QLatin1String("checklist."))) {
        const auto it = c.checklist.constFind(field.mid(10));
        return it == c.checklist.cend() ? QJsonValue(QJsonValue::Null) : QJsonValue(*it);
    }
    return QJsonValue(QJsonValue::Undefined);
}

namespace {

using SidecarInternal::pointerToken;

enum Side { Base, Mine, Theirs };

/// Exactly equal JSON (an integer and a double differ; every integer digit counts).
bool sameJson(const QJsonValue &a, const QJsonValue &b)
{
    return QCborValue::fromJsonValue(a) == QCborValue::fromJsonValue(b);
}

// --- number texts (ClaimSetData/Claim::numberTexts) follow the values they belong to ----------------------------

/// The texts under `prefix` ("/fields/amount"), keyed by the rest of their pointer ("", "/0").
NumberTexts textsUnder(const NumberTexts &texts, const QString &prefix)
{
    NumberTexts r;
    for (auto it = texts.lowerBound(prefix); it != texts.cend() && it.key().startsWith(prefix); ++it) {
        const QString rest = it.key().mid(prefix.size());
        if (rest.isEmpty() || rest.startsWith(QLatin1Char('/')))
            r.insert(rest, *it);
    }
    return r;
}
void removeTextsUnder(NumberTexts *texts, const QString &prefix)
{
    for (const QString &rest : textsUnder(*texts, prefix).keys())
        texts->remove(prefix + rest);
}
void putTexts(NumberTexts *texts, const QString &prefix, const NumberTexts &relative)
{
    for (auto it = relative.cbegin(); it != relative.cend(); ++it)
        texts->insert(prefix + it.key(), *it);
}
/// Replaces the texts under `prefix` by those `from` has there.
void takeTexts(NumberTexts *texts, const NumberTexts &from, const QString &prefix)
{
    removeTextsUnder(texts, prefix);
    putTexts(texts, prefix, textsUnder(from, prefix));
}
QString indexPrefix(const char *list, qsizetype i)
{
    return QLatin1Char('/') + QLatin1String(list) + QLatin1Char('/') + QString::number(i);
}

/// A value with the texts of its numbers: what "changed" means for one field.
struct Value {
    QJsonValue json;
    NumberTexts texts;
    bool operator==(const Value &o) const { return sameJson(json, o.json) && texts == o.texts; }
};

QString fieldPrefix(const QString &field)
{
    if (field.startsWith(QLatin1String("fields.")))
        return QLatin1String("/fields/") + pointerToken(field.mid(7));
    if (field == QLatin1String("sources"))
        return QStringLiteral("/sources");
    return QString(); // no free-form numbers
}

Value fieldOf(const Claim *c, const QString &field)
{
    if (!c)
        return {QJsonValue(QJsonValue::Null), {}};
    const QString prefix = fieldPrefix(field);
    return {claimField(*c, field), prefix.isEmpty() ? NumberTexts() : textsUnder(c->numberTexts, prefix)};
}

/// Copies one setField() field from `from` (null: the claim did not exist) into `to`.
void takeField(Claim *to, const Claim *from, const QString &field)
{
    static const Claim absent;
    const Claim &f = from ? *from : absent;
    if (field == QLatin1String("claimType")) {
        to->claimType = f.claimType;
    } else if (field == QLatin1String("status")) {
        to->status = f.status;
    } else if (field == QLatin1String("verdict")) {
        to->verdict = f.verdict;
    } else if (field == QLatin1String("notes")) {
        to->notes = f.notes;
    } else if (field == QLatin1String("claimant")) {
        to->claimant = f.claimant;
    } else if (field == QLatin1String("statement")) {
        to->statement = f.statement;
    } else if (field == QLatin1String("conclusion")) {
        to->conclusion = f.conclusion;
    } else if (field == QLatin1String("appearance")) {
        to->appearance = f.appearance;
    } else if (field == QLatin1String("assignee")) {
        to->assignee = f.assignee;
    } else if (field == QLatin1String("approval")) {
        to->approvedBy = f.approvedBy;
        to->approved = f.approved;
    } else if (field == QLatin1String("sources")) {
        to->sources = f.sources;
    } else if (field == QLatin1String("target")) {
        to->start = f.start;
        to->end = f.end;
        to->quote = f.quote;
    } else if (field.startsWith(QLatin1String("fields."))) {
        const QString name = field.mid(7);
        if (f.fields.contains(name))
            to->fields.insert(name, f.fields.value(name));
        else
            to->fields.remove(name);
    } else if (field.startsWith(QLatin1String("checklist."))) {
        const QString step = field.mid(10);
        if (f.checklist.contains(step))
            to->checklist.insert(step, f.checklist.value(step));
        else
            to->checklist.remove(step);
    }
    const QString prefix = fieldPrefix(field);
    if (!prefix.isEmpty())
        takeTexts(&to->numberTexts, f.numberTexts, prefix);
}

/// A three-way choice for a value nobody resolves by hand: the changed side, mine when both changed.
template<typename T>
Side choose(const std::optional<T> &b, const T &m, const T &t)
{
    if (m == t)
        return Mine;
    if (b && m == *b)
        return Theirs;
    return Mine;
}

/// Which elements of three lists survive a merge of them as sets: an element added on either side is added, one
/// removed on either side is removed. In the order of `first` (base or mine), then mine's new ones, then theirs'.
template<typename T>
QList<std::pair<Side, qsizetype>> mergeSets(const QList<T> &b, const QList<T> &m, const QList<T> &t, bool baseOrder)
{
    QList<std::pair<Side, qsizetype>> picks;
    QList<T> taken;
    auto add = [&](Side side, qsizetype i, const T &x) {
        if (!taken.contains(x)) {
            taken.append(x);
            picks.append({side, i});
        }
    };
    const QList<T> &first = baseOrder ? b : m;
    for (qsizetype i = 0; i < first.size(); ++i) {
        const T &x = first.at(i);
        if (m.contains(x) && (t.contains(x) || !b.contains(x)))
            add(Mine, m.indexOf(x), x);
    }
    for (qsizetype i = 0; i < m.size(); ++i) {
        if (!b.contains(m.at(i)))
            add(Mine, i, m.at(i));
    }
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (!b.contains(t.at(i)))
            add(Theirs, i, t.at(i));
    }
    return picks;
}

/// Three-way merge of unknown members by key; mine wins when both changed one. The texts of the numbers follow.
QJsonObject mergeExtra(const QJsonObject *b, const QJsonObject &m, const QJsonObject &t, NumberTexts *texts,
                       const NumberTexts &theirTexts, const QString &prefix, const QSet<QString> &skip = {})
{
    QJsonObject r = m;
    QStringList keys = m.keys() + t.keys();
    if (b)
        keys += b->keys();
    keys.removeDuplicates();
    for (const QString &k : std::as_const(keys)) {
        if (skip.contains(k))
            continue;
        const std::optional<QJsonValue> bv = b ? std::optional(b->value(k)) : std::nullopt;
        if (choose(bv, m.value(k), t.value(k)) == Theirs) {
            if (t.contains(k))
                r.insert(k, t.value(k));
            else
                r.remove(k);
            takeTexts(texts, theirTexts, prefix + QLatin1Char('/') + pointerToken(k));
        }
    }
    return r;
}

/// Both changed the claim (or added it with the same id): merge it field by field.
Claim mergeClaim(const Claim *b, const Claim &m, const Claim &t, bool *newConflicts)
{
    Claim r = m;
    QStringList names = {QStringLiteral("claimType"), QStringLiteral("status"),    QStringLiteral("verdict"),
                         QStringLiteral("notes"),     QStringLiteral("sources"),   QStringLiteral("target"),
                         QStringLiteral("claimant"),  QStringLiteral("statement"), QStringLiteral("conclusion"),
                         QStringLiteral("appearance"), QStringLiteral("assignee"), QStringLiteral("approval")};
    QStringList dynamic;
    for (const Claim *c : {b, &m, &t}) {
        if (!c)
            continue;
        for (const QString &k : c->fields.keys())
            dynamic.append(QLatin1String("fields.") + k);
        for (const QString &k : c->checklist.keys())
            dynamic.append(QLatin1String("checklist.") + k);
    }
    dynamic.sort();
    dynamic.removeDuplicates();
    names += dynamic;

    QList<FieldConflict> found;
    QList<Value> foundValues[3];
    for (const QString &field : std::as_const(names)) {
        const Value bv = fieldOf(b, field), mv = fieldOf(&m, field), tv = fieldOf(&t, field);
        if (mv == tv || tv == bv)
            continue; // mine's stays
        if (mv == bv) {
            takeField(&r, &t, field);
            continue;
        }
        if (field == QLatin1String("target") && m.isOrphan() != t.isOrphan()) {
            if (m.isOrphan())
                takeField(&r, &t, field); // re-anchored there: the anchored one wins
            continue;
        }
        found.append(FieldConflict{field, b ? bv.json : QJsonValue(QJsonValue::Null), mv.json, tv.json});
        foundValues[Base].append(b ? bv : Value{QJsonValue(QJsonValue::Null), {}});
        foundValues[Mine].append(mv);
        foundValues[Theirs].append(tv);
    }

    // What no one resolves by hand: the changed side, mine when both changed.
    const std::optional<QString> bReReview = b ? std::optional(b->reReview) : std::nullopt;
    if (choose(bReReview, m.reReview, t.reReview) == Theirs)
        r.reReview = t.reReview;
    const std::optional<QString> bCreatedBy = b ? std::optional(b->createdBy) : std::nullopt;
    if (choose(bCreatedBy, m.createdBy, t.createdBy) == Theirs)
        r.createdBy = t.createdBy;
    const std::optional<QDateTime> bCreated = b ? std::optional(b->created) : std::nullopt;
    if (choose(bCreated, m.created, t.created) == Theirs)
        r.created = t.created;
    r.modified = std::max(m.modified, t.modified);
    {
        const std::optional<QJsonObject> bt = b ? std::optional(b->targetExtra) : std::nullopt;
        if (choose(bt, m.targetExtra, t.targetExtra) == Theirs) {
            r.targetExtra = t.targetExtra;
            takeTexts(&r.numberTexts, t.numberTexts, QStringLiteral("/target"));
        }
    }
    r.extra = mergeExtra(b ? &b->extra : nullptr, m.extra, t.extra, &r.numberTexts, t.numberTexts, QString());

    // History: both sides' entries, once each, by time (stable).
    struct Entry {
        HistoryEntry entry;
        NumberTexts texts;
    };
    QList<Entry> history;
    for (const Claim *c : {&m, &t}) {
        for (qsizetype i = 0; i < c->history.size(); ++i) {
            const HistoryEntry &h = c->history.at(i);
            if (std::none_of(history.cbegin(), history.cend(), [&h](const Entry &e) { return e.entry == h; }))
                history.append({h, textsUnder(c->numberTexts, indexPrefix("history", i))});
        }
    }
    std::stable_sort(history.begin(), history.end(),
                     [](const Entry &x, const Entry &y) { return x.entry.when < y.entry.when; });
    removeTextsUnder(&r.numberTexts, QStringLiteral("/history"));
    r.history.clear();
    for (const Entry &e : std::as_const(history)) {
        putTexts(&r.numberTexts, indexPrefix("history", r.history.size()), e.texts);
        r.history.append(e.entry);
    }

    // Conflicts: those either side had (one resolved on one side stays resolved), then the new ones.
    static const QList<FieldConflict> noConflicts;
    const QList<std::pair<Side, qsizetype>> kept = mergeSets(b ? b->conflicts : noConflicts, m.conflicts, t.conflicts, false);
    removeTextsUnder(&r.numberTexts, QStringLiteral("/conflicts"));
    r.conflicts.clear();
    for (const auto &[side, i] : kept) {
        const Claim &from = side == Mine ? m : t;
        putTexts(&r.numberTexts, indexPrefix("conflicts", r.conflicts.size()),
                 textsUnder(from.numberTexts, indexPrefix("conflicts", i)));
        r.conflicts.append(from.conflicts.at(i));
    }
    *newConflicts = false;
    for (qsizetype k = 0; k < found.size(); ++k) {
        if (r.conflicts.contains(found.at(k)))
            continue;
        const QString at = indexPrefix("conflicts", r.conflicts.size());
        putTexts(&r.numberTexts, at + QLatin1String("/base"), foundValues[Base].at(k).texts);
        putTexts(&r.numberTexts, at + QLatin1String("/mine"), foundValues[Mine].at(k).texts);
        putTexts(&r.numberTexts, at + QLatin1String("/theirs"), foundValues[Theirs].at(k).texts);
        r.conflicts.append(found.at(k));
        *newConflicts = true;
    }
    SidecarInternal::pruneNumberTexts(&r);
    return r;
}

/// A claim one side removed and the other changed: the changed one stays, with a "removed" conflict.
Claim keptOverRemoval(const Claim &changed, bool mineRemoved, bool *newConflict)
{
    Claim r = changed;
    const FieldConflict c{QStringLiteral("removed"), true, mineRemoved ? QJsonValue(QJsonValue::Null) : QJsonValue(true),
                          mineRemoved ? QJsonValue(true) : QJsonValue(QJsonValue::Null)};
    *newConflict = !r.conflicts.contains(c);
    if (*newConflict)
        r.conflicts.append(c);
    return r;
}

/// Claims by id (IdKey: QHash<QUuid> made the lookups of 10,000 numbered ids quadratic).
using ClaimIndex = QHash<IdKey, qsizetype>;

ClaimIndex indexOf(const ClaimSetData &d)
{
    ClaimIndex index;
    index.reserve(d.claims.size());
    for (qsizetype i = 0; i < d.claims.size(); ++i)
        index.insert(d.claims.at(i).id, i);
    return index;
}

const Claim *findClaim(const ClaimIndex &index, const ClaimSetData &d, const QUuid &id)
{
    const qsizetype i = index.value(id, -1);
    return i < 0 ? nullptr : &d.claims.at(i);
}

/// The elements of three lists picked by mergeSets(), with the texts of their numbers (under "/NAME/i").
template<typename T>
QList<T> pickList(const QList<std::pair<Side, qsizetype>> &picks, const QList<T> &m, const QList<T> &t,
                  const ClaimSetData &mine, const ClaimSetData &theirs, const char *name, NumberTexts *texts)
{
    QList<T> r;
    for (const auto &[side, i] : picks) {
        putTexts(texts, indexPrefix(name, r.size()),
                 textsUnder((side == Mine ? mine : theirs).numberTexts, indexPrefix(name, i)));
        r.append((side == Mine ? m : t).at(i));
    }
    return r;
}

} // namespace

MergeResult mergeClaimSets(const ClaimSetData &base, const ClaimSetData &mine, const ClaimSetData &theirs)
{
    MergeResult result;
    ClaimSetData &r = result.merged;
    if (theirs == base || mine == theirs) {
        r = mine;
        r.sortClaims();
        return result;
    }
    if (mine == base) {
        r = theirs;
        r.sortClaims();
        return result;
    }

    // The top level. The document is the one this writer has open; where it came from (document.source) takes the
    // side that changed it, mine when both did. The publication merges member by member, the same way.
    r.document = mine.document;
    if (choose(std::optional(base.document.source), mine.document.source, theirs.document.source) == Theirs)
        r.document.source = theirs.document.source;
    {
        NumberTexts none;
        const QJsonObject bp = publicationToJson(base.publication);
        r.publication = publicationFromJson(mergeExtra(&bp, publicationToJson(mine.publication),
                                                       publicationToJson(theirs.publication), &none, none, QString()));
    }
    r.numberTexts.clear();
    r.reviewers.clear();
    for (const auto &[side, i] : mergeSets(base.reviewers, mine.reviewers, theirs.reviewers, true))
        r.reviewers.append((side == Mine ? mine : theirs).reviewers.at(i));
    r.dismissed = pickList(mergeSets(base.dismissed, mine.dismissed, theirs.dismissed, false), mine.dismissed,
                           theirs.dismissed, mine, theirs, "dismissed", &r.numberTexts);
    if (choose(std::optional(base.ratingScale), mine.ratingScale, theirs.ratingScale) == Theirs) {
        r.ratingScale = theirs.ratingScale;
        for (qsizetype i = 0; i < r.ratingScale.levels.size(); ++i)
            putTexts(&r.numberTexts, indexPrefix("ratingScale", i), textsUnder(theirs.numberTexts, indexPrefix("ratingScale", i)));
    } else {
        r.ratingScale = mine.ratingScale;
        for (qsizetype i = 0; i < r.ratingScale.levels.size(); ++i)
            putTexts(&r.numberTexts, indexPrefix("ratingScale", i), textsUnder(mine.numberTexts, indexPrefix("ratingScale", i)));
    }
    for (auto it = mine.extra.constBegin(); it != mine.extra.constEnd(); ++it)
        takeTexts(&r.numberTexts, mine.numberTexts, QLatin1Char('/') + pointerToken(it.key()));
    r.extra = mergeExtra(&base.extra, mine.extra, theirs.extra, &r.numberTexts, theirs.numberTexts, QString());

    // The claims, by id.
    const ClaimIndex bi = indexOf(base), mi = indexOf(mine), ti = indexOf(theirs);
    QList<QUuid> ids;
    ids.reserve(mine.claims.size());
    QSet<IdKey> seen;
    seen.reserve(mine.claims.size());
    for (const ClaimSetData *d : {&mine, &theirs, &base}) {
        for (const Claim &c : d->claims) {
            if (!seen.contains(c.id)) {
                seen.insert(c.id);
                ids.append(c.id);
            }
        }
    }
    r.claims.reserve(ids.size());
    for (const QUuid &id : std::as_const(ids)) {
        const Claim *b = findClaim(bi, base, id), *m = findClaim(mi, mine, id), *t = findClaim(ti, theirs, id);
        bool conflicted = false;
        if (m && t) {
            if (*m == *t || (b && *t == *b))
                r.claims.append(*m);
            else if (b && *m == *b)
                r.claims.append(*t);
            else
                r.claims.append(mergeClaim(b, *m, *t, &conflicted));
        } else if (m || t) {
            const Claim &present = m ? *m : *t;
            if (!b)
                r.claims.append(present); // added on one side
            else if (!(present == *b))
                r.claims.append(keptOverRemoval(present, !m, &conflicted));
            // else: removed on one side, unchanged on the other: removed
        }
        if (conflicted)
            result.conflicted.append(id);
    }
    r.sortClaims();
    return result;
}

MergeResult mergeClaimSetsUnordered(const ClaimSetData &base, const ClaimSetData &a, const ClaimSetData &b)
{
    const bool aFirst = a == b || SidecarInternal::compareSerialized(a, b) <= 0;
    const ClaimSetData &first = aFirst ? a : b, &second = aFirst ? b : a;
    MergeResult result = mergeClaimSets(base, first, second);
    // The document identity of the side that changed it; its source was merged on its own by mergeClaimSets.
    const DocumentSource source = result.merged.document.source;
    auto identityOnly = [](DocumentIdentity d) {
        d.source = {};
        return d;
    };
    result.merged.document = identityOnly(first.document) == identityOnly(base.document) ? second.document : first.document;
    result.merged.document.source = source;
    return result;
}

} // namespace Claimbench
