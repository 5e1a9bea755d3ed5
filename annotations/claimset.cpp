// SPDX-License-Identifier: GPL-2.0-or-later
#include "claimset.h"

#include <QHash>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

namespace Claimbench {

namespace {
QDateTime nowUtc()
{
    // Whole seconds: the sidecar stays readable and round-trips exactly.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), QTimeZone::UTC);
}

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject targetToJson(const Claim &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("start"), c.start < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(c.start)));
    o.insert(QStringLiteral("end"), c.start < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(c.end)));
    o.insert(QStringLiteral("exact"), c.quote.exact);
    o.insert(QStringLiteral("prefix"), c.quote.prefix);
    o.insert(QStringLiteral("suffix"), c.quote.suffix);
    return o;
}

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
}
} // namespace

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

class ClaimSetPrivate
{
public:
    ClaimSetData data;
    QString author;
    mutable QHash<QUuid, qsizetype> index;
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
            indexDirty = true;
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

    void record(Claim &c, const QString &field, const QJsonValue &from, const QJsonValue &to)
    {
        const QDateTime now = nowUtc();
        c.history.append(HistoryEntry{now, author, field, from, to});
        c.modified = now;
    }
};

ClaimSet::ClaimSet(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ClaimSetPrivate>())
{
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

QUuid ClaimSet::addClaim(const Claim &claim)
{
    Claim c = claim;
    if (c.id.isNull())
        c.id = QUuid::createUuid();
    else if (d->find(c.id) >= 0)
        return QUuid();
    const QDateTime now = nowUtc();
    if (!c.created.isValid())
        c.created = now;
    if (!c.modified.isValid())
        c.modified = c.created;
    if (c.createdBy.isEmpty())
        c.createdBy = d->author;
    c.history.append(HistoryEntry{now, d->author, QStringLiteral("created"), QJsonValue(), QJsonValue(c.claimType)});
    d->insertSorted(c);
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
    Q_EMIT claimRemoved(id);
    Q_EMIT changed();
    return c;
}

bool ClaimSet::restoreClaim(const Claim &claim)
{
    if (!claim.isValid() || d->find(claim.id) >= 0)
        return false;
    Claim c = claim;
    const QDateTime now = nowUtc();
    c.history.append(HistoryEntry{now, d->author, QStringLiteral("restored"), QJsonValue(), QJsonValue()});
    d->insertSorted(c);
    Q_EMIT claimAdded(c.id);
    Q_EMIT changed();
    return true;
}

QJsonValue ClaimSet::field(const QUuid &id, const QString &field) const
{
    const qsizetype i = d->find(id);
    if (i < 0)
        return QJsonValue(QJsonValue::Undefined);
    const Claim &c = d->data.claims.at(i);
    if (field == QLatin1String("claimType"))
        return c.claimType;
    if (field == QLatin1String("status"))
        return statusToString(c.status);
    if (field == QLatin1String("verdict"))
        return stringOrNull(c.verdict);
    if (field == QLatin1String("notes"))
        return c.notes;
    if (field == QLatin1String("sources")) {
        QJsonArray a;
        for (const Source &s : c.sources)
            a.append(sourceToJson(s));
        return a;
    }
    if (field == QLatin1String("target"))
        return targetToJson(c);
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

QJsonValue ClaimSet::setField(const QUuid &id, const QString &field, const QJsonValue &value, bool *ok)
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
        stored = statusToString(status);
    } else if (field == QLatin1String("verdict")) {
        if (!clear && (!value.isString()
                       || (!value.toString().isEmpty() && d->data.ratingScale.level(value.toString()).id.isEmpty())))
            return previous;
        c.verdict = value.toString();
        stored = stringOrNull(c.verdict);
    } else if (field == QLatin1String("notes")) {
        if (!clear && !value.isString())
            return previous;
        c.notes = value.toString();
        stored = c.notes;
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
    d->record(c, field, previous, stored);
    d->data.claims[i] = c;
    if (field == QLatin1String("target"))
        d->reposition(i);
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
    if (d->data.document == document)
        return;
    d->data.document = document;
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
