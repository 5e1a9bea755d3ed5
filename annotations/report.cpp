// SPDX-License-Identifier: GPL-2.0-or-later
#include "report.h"
#include "report_p.h"
#include "readabletext.h"

#include "labels.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Claimbench {

using namespace ReportDetail;

namespace ReportDetail {

void appendEscaped(QString &out, QStringView text)
{
    const qsizetype n = text.size();
    const QChar *p = text.data();
    qsizetype runStart = 0;
    auto flush = [&](qsizetype i) {
        if (i > runStart)
            out.append(p + runStart, i - runStart);
    };
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i].unicode();
        if (c > u'>' && !(c >= 0xD800 && c <= 0xDFFF) && c < 0xFFFE)
            continue; // the common case: nothing to do
        const char *replacement = nullptr;
        bool invalid = false;
        switch (c) {
        case u'&': replacement = "&amp;"; break;
        case u'<': replacement = "&lt;"; break;
        case u'>': replacement = "&gt;"; break;
        case u'"': replacement = "&quot;"; break;
        case u'\'': replacement = "&#39;"; break;
        case u'\t':
        case u'\n':
        case u'\r': continue;
        default:
            if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                invalid = true;
            } else if (c >= 0xD800 && c <= 0xDBFF) {
                if (i + 1 < n && p[i + 1].isLowSurrogate()) {
                    ++i; // a valid pair
                    continue;
                }
                invalid = true;
            } else if (c >= 0xDC00 && c <= 0xDFFF) {
                invalid = true;
            } else {
                continue;
            }
        }
        flush(i);
        if (invalid)
            out.append(QChar(0xFFFD));
        else
            out.append(QLatin1String(replacement));
        runStart = i + 1;
    }
    flush(n);
}

QString humanLabel(QStringView id)
{
    QString out;
    out.reserve(id.size() + 4);
    for (qsizetype i = 0; i < id.size(); ++i) {
        const QChar c = id.at(i);
        if (c == u'-' || c == u'_' || c == u'.') {
            if (!out.isEmpty() && !out.endsWith(u' '))
                out += u' ';
        } else if (c.isUpper() && i > 0 && id.at(i - 1).isLower()) { // camelCase
            out += u' ';
            out += c.toLower();
        } else {
            out += c;
        }
    }
    out = out.trimmed();
    if (!out.isEmpty())
        out[0] = out.at(0).toUpper();
    return out.isEmpty() ? id.toString() : out;
}

QString historyFieldLabel(const Report &report, const ReportEntry &entry, const QString &field)
{
    QString given;
    for (const ReportClaimTypeInfo &t : report.options.claimTypes) {
        if (t.id != entry.claim.claimType)
            continue;
        if (field.startsWith(QLatin1String("fields."))) {
            const QStringView name = QStringView(field).mid(7);
            for (const ReportClaimTypeInfo::Field &f : t.fields) {
                if (f.name == name)
                    given = f.label;
            }
        } else if (field.startsWith(QLatin1String("checklist."))) {
            const QStringView id = QStringView(field).mid(10);
            for (const ReportClaimTypeInfo::Step &st : t.checklist) {
                if (st.id == id)
                    given = st.text;
            }
        }
    }
    if (given.isEmpty() && field.startsWith(QLatin1String("fields.")))
        given = humanLabel(QStringView(field).mid(7));
    else if (given.isEmpty() && field.startsWith(QLatin1String("checklist.")))
        given = humanLabel(QStringView(field).mid(10));
    return fieldLabel(field, given);
}

QString historyValueText(const Report &report, const QString &field, const QJsonValue &value)
{
    if (value.isString()) {
        const QString id = value.toString();
        if (field == QLatin1String("status")) {
            const QString label = statusLabel(id);
            return label.isEmpty() ? id : label;
        }
        if (field == QLatin1String("verdict")) {
            const RatingLevel level = report.ratingScale.level(id);
            return level.id.isEmpty() ? id : level.label;
        }
        if (field == QLatin1String("claimType") || field == QLatin1String("created")) { // created: with its type
            for (const ReportClaimTypeInfo &t : report.options.claimTypes) {
                if (t.id == id && !t.name.isEmpty())
                    return t.name;
            }
            return id;
        }
    }
    if (field == QLatin1String("target") && value.isObject() && value.toObject().value(QLatin1String("exact")).isString())
        return value.toObject().value(QLatin1String("exact")).toString();
    return jsonValueText(value);
}

QString excerpt(const QString &s, qsizetype max)
{
    const QString simplified = s.simplified();
    if (simplified.size() <= max)
        return simplified;
    qsizetype cut = max;
    if (simplified.at(cut - 1).isHighSurrogate())
        --cut;
    return simplified.left(cut) + QChar(0x2026);
}

QString conflictHeading()
{
    return tr("Unresolved conflict");
}

QString displayDateTime(const QDateTime &when)
{
    if (!when.isValid())
        return QString();
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

QString isoDateTime(const QDateTime &when)
{
    if (!when.isValid())
        return QString();
    return when.toUTC().toString(Qt::ISODate);
}

QString jsonValueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::abs(d) < 1e15 && d == static_cast<double>(static_cast<qint64>(d))) // range first: the cast is UB outside it
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::Bool: return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << jsonValueText(v);
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined: break;
    }
    return QString();
}

QString safeColour(const QString &colour)
{
    if (colour.size() != 7 || colour.at(0) != u'#')
        return QString();
    for (qsizetype i = 1; i < 7; ++i) {
        const QChar c = colour.at(i);
        if (!c.isDigit() && !(c >= u'a' && c <= u'f') && !(c >= u'A' && c <= u'F'))
            return QString();
    }
    return colour.toLower();
}

QString entryStatement(const ReportEntry &entry)
{
    const QString statement = entry.claim.statement.simplified();
    return statement.isEmpty() ? entry.claim.quote.exact.simplified() : statement;
}

QString claimantText(const Claimant &claimant)
{
    const QString name = claimant.name.simplified();
    const QString role = claimant.role.simplified();
    if (name.isEmpty() || role.isEmpty())
        return name.isEmpty() ? role : name;
    return tr("%1, %2").arg(name, role);
}

QString articleName(const Report &report)
{
    const QString title = report.document.source.title.simplified();
    if (!title.isEmpty())
        return title;
    return report.document.fileName.isEmpty() ? tr("untitled document") : report.document.fileName;
}

QString reportAuthor(const Report &report)
{
    if (!report.publication.publisher.isEmpty())
        return report.publication.publisher;
    return report.summary.reviewers.join(QStringLiteral(", "));
}

QString reportSubject(const Report &report)
{
    const QString site = report.document.source.siteName.simplified();
    const QString article = site.isEmpty() ? tr("Fact-check of \u201C%1\u201D").arg(articleName(report))
                                           : tr("Fact-check of \u201C%1\u201D (%2)").arg(articleName(report), site);
    return tr("%1: %2, %3 with a verdict")
        .arg(article, report.summary.total == 1 ? tr("1 claim") : tr("%1 claims").arg(report.summary.total),
             QString::number(report.summary.rated));
}

QString encodingText(const DocumentEncoding &encoding)
{
    if (!encoding.isValid())
        return QString();
    const QString name = QString::fromLatin1(encoding.name);
    return encoding.bom ? tr("%1 with byte-order mark").arg(name) : name;
}

QString verdictColour(int value, int worst, int best)
{
    if (value <= 0 || best <= worst)
        return QStringLiteral("#5b5b70"); // off the truth scale: slate
    // red (false) → amber → green (true), dark enough for white text
    static const char *const palette[] = {"#b3261e", "#c4501a", "#a86b00", "#5f7d1b", "#1e7a3c"};
    const double t = std::clamp(double(value - worst) / double(best - worst), 0.0, 1.0);
    return QLatin1String(palette[qRound(t * 4)]);
}

} // namespace ReportDetail

namespace {

// One side of a conflict as plain text: sources by their titles (or addresses), an absent value as "empty".
QString conflictValueText(const Report &report, const QString &field, const QJsonValue &value)
{
    if (field == QLatin1String("sources") && value.isArray()) {
        QStringList titles;
        for (const QJsonValue &v : value.toArray()) {
            const QJsonObject o = v.toObject();
            const QString title = o.value(QLatin1String("title")).toString();
            titles << (title.isEmpty() ? o.value(QLatin1String("url")).toString() : title);
        }
        return titles.isEmpty() ? tr("no sources") : titles.join(QStringLiteral("; "));
    }
    return historyValueText(report, field, value);
}

ReportEntry::Conflict conflictOf(const Report &report, const ReportEntry &entry, const FieldConflict &c)
{
    ReportEntry::Conflict out;
    out.field = c.field;
    out.label = historyFieldLabel(report, entry, c.field);
    if (c.field == QLatin1String("removed")) {
        // the side that removed the claim has null, the other true (docs/sidecar-format.md, "Merging")
        const bool removedHere = c.mine.isNull() || c.mine.isUndefined();
        out.mine = removedHere ? tr("removed") : tr("kept");
        out.theirs = removedHere ? tr("kept") : tr("removed");
        out.text = removedHere ? tr("Removed here, changed by the other reviewer")
                               : tr("Changed here, removed by the other reviewer");
        return out;
    }
    out.mine = conflictValueText(report, c.field, c.mine);
    out.theirs = conflictValueText(report, c.field, c.theirs);
    auto shown = [](const QString &v) { return v.isEmpty() ? tr("empty") : excerpt(v, 120); };
    out.text = tr("%1: %2 (here) / %3 (other reviewer)").arg(out.label, shown(out.mine), shown(out.theirs));
    return out;
}

QString checkAgainText(const Claim &c)
{
    if (c.reReview.isEmpty())
        return QString();
    if (c.reReview == QLatin1String("text-changed"))
        return c.verdict.isEmpty() ? tr("Check again: the claimed text changed after the review")
                                   : tr("Check again: the claimed text changed after the verdict");
    return tr("Check again: this claim needs reviewing again (%1)").arg(c.reReview);
}

bool isSentenceEnd(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'\u2026';
}

bool isClosingQuote(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'\u201D' || c == u'\u2019' || c == u')' || c == u'\u00BB';
}

// The sentence holding text[s, e) (UTF-16), bounded by line breaks and by 400 code units either way.
std::pair<qsizetype, qsizetype> sentenceAround(const QString &text, qsizetype s, qsizetype e)
{
    constexpr qsizetype Limit = 400;
    qsizetype a = s;
    const qsizetype minA = std::max<qsizetype>(0, s - Limit);
    while (a > minA) {
        const QChar c = text.at(a - 1);
        if (c == u'\n')
            break;
        if (c.isSpace() && a >= 2 && (isSentenceEnd(text.at(a - 2)) || (isClosingQuote(text.at(a - 2)) && a >= 3
                                                                         && isSentenceEnd(text.at(a - 3)))))
            break;
        --a;
    }
    if (a == minA && a > 0) { // cut mid-sentence: start at a word
        while (a < s && !text.at(a).isSpace())
            ++a;
    }
    qsizetype b = e;
    const qsizetype maxB = std::min(text.size(), e + Limit);
    while (b < maxB) {
        const QChar c = text.at(b);
        if (c == u'\n')
            break;
        ++b;
        if (isSentenceEnd(c) && (b == text.size() || text.at(b).isSpace() || isClosingQuote(text.at(b)))) {
            while (b < maxB && isClosingQuote(text.at(b)))
                ++b;
            break;
        }
    }
    if (b == maxB && b < text.size()) {
        while (b > e && !text.at(b - 1).isSpace())
            --b;
    }
    while (a < s && text.at(a).isSpace())
        ++a;
    while (b > e && text.at(b - 1).isSpace())
        --b;
    if (a > s)
        a = s;
    return {a, b};
}

} // namespace

Report Report::build(const ClaimSetData &data, const QString &documentText, const ReportOptions &options)
{
    Report report;
    report.m_valid = true;
    report.document = data.document;
    report.documentText = documentText;
    report.ratingScale = data.ratingScale;
    report.options = options;
    report.publication = data.publication;
    if (report.publication.publisher.isEmpty())
        report.publication.publisher = options.organisation;
    if (report.publication.url.isEmpty())
        report.publication.url = options.url;
    // The review's own headline, else the article it checks: by its title, its file name only when it has none.
    if (!options.title.isEmpty())
        report.title = options.title;
    else if (!report.publication.headline.simplified().isEmpty())
        report.title = report.publication.headline.simplified();
    else
        report.title = tr("Fact-check review: %1").arg(articleName(report));

    QHash<QString, const ReportClaimTypeInfo *> types;
    for (const ReportClaimTypeInfo &t : options.claimTypes)
        types.insert(t.id, &t);

    const CodePointIndex index(documentText);
    const qsizetype textLength = index.codePointLength();

    // anchored claims by position, then orphans (the sidecar order, kept stable)
    QList<const Claim *> anchored;
    QList<const Claim *> orphans;
    QList<std::pair<qsizetype, qsizetype>> ranges; // UTF-16, parallel to `anchored`
    for (const Claim &c : data.claims) {
        if (!c.isOrphan() && c.end >= c.start && c.end <= textLength)
            anchored << &c;
        else
            orphans << &c;
    }
    std::stable_sort(anchored.begin(), anchored.end(), [](const Claim *x, const Claim *y) {
        if (x->start != y->start)
            return x->start < y->start;
        if (x->end != y->end)
            return x->end > y->end; // the outer claim first
        return x->id < y->id;
    });

    ReportSummary &sum = report.summary;
    QStringList reviewers = data.reviewers;
    QSet<QString> reviewerSet(reviewers.cbegin(), reviewers.cend());
    auto addReviewer = [&](const QString &name) {
        if (!name.isEmpty() && !reviewerSet.contains(name)) {
            reviewerSet.insert(name);
            reviewers << name;
        }
    };

    QHash<QString, int> verdictCounts;
    QHash<QString, int> typeCounts;
    QHash<QString, QString> typeNames;
    QHash<int, int> statusCounts;

    int number = 0;
    auto addEntry = [&](const Claim &c, bool orphan) {
        ReportEntry entry;
        entry.number = ++number;
        entry.claim = c;
        if (orphan) {
            entry.claim.start = -1;
            entry.claim.end = -1;
        }
        const ReportClaimTypeInfo *type = types.value(c.claimType);
        entry.typeName = type && !type->name.isEmpty() ? type->name : c.claimType;
        if (entry.typeName.isEmpty())
            entry.typeName = tr("Unclassified");
        entry.typeColour = type ? safeColour(type->colour) : QString();
        entry.statusLabel = statusLabel(c.status);
        if (!c.verdict.isEmpty()) {
            const RatingLevel level = data.ratingScale.level(c.verdict);
            entry.verdictLabel = level.id.isEmpty() ? c.verdict : level.label;
            entry.verdictValue = level.id.isEmpty() ? 0 : level.value;
        }

        // context: the sentence in the document, or the saved quote with its prefix and suffix
        if (!orphan) {
            const qsizetype s = index.toUtf16(c.start);
            const qsizetype e = index.toUtf16(c.end);
            const auto [a, b] = sentenceAround(documentText, s, e);
            entry.context = documentText.mid(a, b - a);
            entry.quoteOffset = s - a;
            entry.quoteLength = e - s;
        } else {
            entry.context = c.quote.prefix + c.quote.exact + c.quote.suffix;
            entry.quoteOffset = c.quote.prefix.size();
            entry.quoteLength = c.quote.exact.size();
        }
        // What people read: a Markdown or HTML-source article's markup is not shown (anchors still point into the
        // source); plain text is returned as it is.
        if (const QString &type = data.document.mediaType; !type.isEmpty() && type != QLatin1String("text/plain")) {
            const QString before = readableText(QStringView(entry.context).left(entry.quoteOffset), type);
            const QString quote = readableText(QStringView(entry.context).mid(entry.quoteOffset, entry.quoteLength), type);
            const QString after = readableText(QStringView(entry.context).mid(entry.quoteOffset + entry.quoteLength), type);
            entry.context = before + quote + after;
            entry.quoteOffset = before.size();
            entry.quoteLength = quote.size();
            entry.claim.quote.exact = readableText(c.quote.exact, type);
        }

        // fields: the type's, in its order, then the others by name
        QSet<QString> seen;
        if (type) {
            for (const ReportClaimTypeInfo::Field &f : type->fields) {
                seen.insert(f.name);
                const QString value = jsonValueText(c.fields.value(f.name));
                if (!value.isEmpty())
                    entry.fields.append({f.name, f.label.isEmpty() ? humanLabel(f.name) : f.label, value});
            }
        }
        for (auto it = c.fields.constBegin(); it != c.fields.constEnd(); ++it) {
            if (seen.contains(it.key()))
                continue;
            const QString value = jsonValueText(it.value());
            if (!value.isEmpty())
                entry.fields.append({it.key(), humanLabel(it.key()), value});
        }

        QSet<QString> seenSteps;
        if (type) {
            for (const ReportClaimTypeInfo::Step &s : type->checklist) {
                seenSteps.insert(s.id);
                entry.checklist.append({s.id, s.text.isEmpty() ? humanLabel(s.id) : s.text, c.checklist.value(s.id, false)});
            }
        }
        for (auto it = c.checklist.constBegin(); it != c.checklist.constEnd(); ++it) {
            if (!seenSteps.contains(it.key()))
                entry.checklist.append({it.key(), humanLabel(it.key()), it.value()});
        }
        for (const ReportEntry::Step &s : entry.checklist)
            entry.checklistDone += s.done ? 1 : 0;

        auto touch = [&](const QString &name, const QDateTime &when) {
            if (name.isEmpty())
                return;
            addReviewer(name);
            for (ReportEntry::Reviewer &r : entry.reviewers) {
                if (r.name == name) {
                    if (when.isValid() && (!r.last.isValid() || when > r.last))
                        r.last = when.toUTC();
                    return;
                }
            }
            entry.reviewers.append({name, when.isValid() ? when.toUTC() : QDateTime()});
        };
        touch(c.createdBy, c.created);
        for (const HistoryEntry &h : c.history)
            touch(h.author, h.when);

        entry.checkAgain = checkAgainText(c);
        for (const FieldConflict &fc : c.conflicts)
            entry.conflicts.append(conflictOf(report, entry, fc));

        // summary
        ++sum.total;
        if (orphan)
            ++sum.orphans;
        else
            ++sum.anchored;
        if (!c.verdict.isEmpty()) {
            ++sum.rated;
            ++verdictCounts[c.verdict];
        } else {
            ++verdictCounts[QString()];
            if (c.status != ClaimStatus::Dismissed)
                sum.unrated << entry.number;
        }
        ++typeCounts[c.claimType];
        typeNames.insert(c.claimType, entry.typeName);
        ++statusCounts[int(c.status)];
        if (c.status == ClaimStatus::Open || c.status == ClaimStatus::InProgress
            || c.status == ClaimStatus::NeedsSecondReview)
            sum.open << entry.number;
        if (!entry.checkAgain.isEmpty())
            sum.checkAgain << entry.number;
        if (!entry.conflicts.isEmpty())
            sum.conflicted << entry.number;
        if (entry.needsAttention())
            sum.attention << entry.number;
        if (c.created.isValid() && (!sum.firstCreated.isValid() || c.created < sum.firstCreated))
            sum.firstCreated = c.created.toUTC();
        QDateTime latest = c.modified;
        for (const HistoryEntry &h : c.history) {
            if (h.when.isValid() && (!latest.isValid() || h.when > latest))
                latest = h.when;
        }
        if (latest.isValid() && (!sum.lastModified.isValid() || latest > sum.lastModified))
            sum.lastModified = latest.toUTC();

        report.entries.append(std::move(entry));
    };
    report.entries.reserve(data.claims.size());
    for (const Claim *c : std::as_const(anchored))
        addEntry(*c, false);
    for (const Claim *c : std::as_const(orphans))
        addEntry(*c, true);

    sum.reviewers = reviewers;
    for (const RatingLevel &l : data.ratingScale.levels) {
        if (const int n = verdictCounts.take(l.id))
            sum.byVerdict.append({l.id, l.label, n});
    }
    const int unratedCount = verdictCounts.take(QString());
    QStringList unknownVerdicts = verdictCounts.keys();
    unknownVerdicts.sort();
    for (const QString &v : std::as_const(unknownVerdicts))
        sum.byVerdict.append({v, v, verdictCounts.value(v)});
    if (unratedCount)
        sum.byVerdict.append({QString(), tr("No verdict yet"), unratedCount});

    for (auto it = typeCounts.constBegin(); it != typeCounts.constEnd(); ++it)
        sum.byType.append({it.key(), typeNames.value(it.key()), it.value()});
    std::sort(sum.byType.begin(), sum.byType.end(), [](const ReportCount &x, const ReportCount &y) {
        const int c = QString::compare(x.label, y.label, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : x.id < y.id;
    });
    for (const QString &id : allStatusIds()) {
        ClaimStatus status;
        if (statusFromString(id, &status) && statusCounts.value(int(status)))
            sum.byStatus.append({id, statusLabel(status), statusCounts.value(int(status))});
    }
    return report;
}

bool isSafeReportUrl(QStringView url)
{
    const QStringView u = url.trimmed();
    return u.startsWith(u"http://", Qt::CaseInsensitive) || u.startsWith(u"https://", Qt::CaseInsensitive)
        || u.startsWith(u"mailto:", Qt::CaseInsensitive);
}

QString escapeHtml(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    appendEscaped(out, text);
    return out;
}

} // namespace Claimbench
