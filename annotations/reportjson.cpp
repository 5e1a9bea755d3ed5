// SPDX-License-Identifier: GPL-2.0-or-later
// The report model as JSON, and schema.org ClaimReview JSON-LD. nlohmann stays in this file.
#include "report.h"
#include "report_p.h"

#include "jsonoutput.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

#include <nlohmann/json.hpp>

namespace Claimbench {

using namespace ReportDetail;
using Json = nlohmann::ordered_json;

namespace {

Json str(const QString &s)
{
    return Json(s.toStdString());
}

Json strOrNull(const QString &s)
{
    return s.isEmpty() ? Json(nullptr) : str(s);
}

Json dateOrNull(const QDateTime &d)
{
    return d.isValid() ? str(isoDateTime(d)) : Json(nullptr);
}

Json fromQt(const QJsonValue &v, int depth = 0)
{
    if (depth > 64)
        return nullptr;
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::abs(d) < 1e15 && d == static_cast<double>(static_cast<qint64>(d))) // range first: the cast is UB outside it
            return static_cast<qint64>(d);
        return d;
    }
    case QJsonValue::String: return str(v.toString());
    case QJsonValue::Array: {
        Json a = Json::array();
        for (const QJsonValue &x : v.toArray())
            a.push_back(fromQt(x, depth + 1));
        return a;
    }
    case QJsonValue::Object: {
        Json o = Json::object();
        const QJsonObject obj = v.toObject();
        for (auto it = obj.constBegin(); it != obj.constEnd(); ++it)
            o[it.key().toStdString()] = fromQt(it.value(), depth + 1);
        return o;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined: break;
    }
    return nullptr;
}

Json counts(const QList<ReportCount> &list)
{
    Json a = Json::array();
    for (const ReportCount &c : list)
        a.push_back({{"id", strOrNull(c.id)}, {"label", str(c.label)}, {"count", c.count}});
    return a;
}

Json numbers(const QList<int> &list)
{
    Json a = Json::array();
    for (int n : list)
        a.push_back(n);
    return a;
}

QByteArray dump(const Json &j)
{
    return htmlSafeJson(j.dump(2, ' ', false, Json::error_handler_t::replace)) + '\n'; // embeddable in HTML
}

Json sourceJson(const Source &s)
{
    return {{"title", str(s.title)},
            {"url", str(s.url)},
            {"publisher", str(s.publisher)},
            {"accessed", s.accessed.isValid() ? str(s.accessed.toString(Qt::ISODate)) : Json(nullptr)},
            {"archiveUrl", str(s.archiveUrl)},
            {"excerpt", str(s.excerpt)},
            {"note", str(s.note)}};
}

// The article's origin (DocumentSource); null for a local file.
Json sourceOrNull(const DocumentSource &s)
{
    if (s.isEmpty() && s.siteName.isEmpty() && s.byline.isEmpty())
        return nullptr;
    Json redirects = Json::array();
    for (const QString &r : s.redirects)
        redirects.push_back(str(r));
    return {{"url", str(s.url)},
            {"redirects", redirects},
            {"title", str(s.title)},
            {"siteName", str(s.siteName)},
            {"byline", str(s.byline)},
            {"publishedTime", strOrNull(s.publishedTime)},
            {"lang", str(s.lang)},
            {"dir", str(s.dir)},
            {"retrieved", dateOrNull(s.retrieved)},
            {"sha256", str(s.sha256)},
            {"snapshot", str(s.snapshot)},
            {"mediaType", str(s.mediaType)}};
}

// Who publishes the review (Report::publication); null when nothing is known.
Json publicationOrNull(const Publication &p)
{
    if (p.isEmpty() && p.publisherUrl.isEmpty() && p.logoUrl.isEmpty())
        return nullptr;
    return {{"publisher", str(p.publisher)},
            {"publisherUrl", str(p.publisherUrl)},
            {"logoUrl", str(p.logoUrl)},
            {"url", str(p.url)},
            {"headline", str(p.headline)},
            {"datePublished", p.datePublished.isValid() ? str(p.datePublished.toString(Qt::ISODate)) : Json(nullptr)}};
}

// The person or body a claim is attributed to, from the usual field names of the claim types.
QString claimAuthor(const Claim &c)
{
    static const char *const names[] = {"speaker", "claimant", "author", "attributedTo", "attributed-to", "person"};
    for (const char *n : names) {
        const QString v = jsonValueText(c.fields.value(QLatin1String(n))).trimmed();
        if (!v.isEmpty())
            return v;
    }
    return QString();
}

} // namespace

QByteArray reportToJson(const Report &report)
{
    const ReportSummary &s = report.summary;
    Json scale = Json::array();
    for (const RatingLevel &l : report.ratingScale.levels)
        scale.push_back({{"id", str(l.id)}, {"label", str(l.label)}, {"value", l.value}});
    Json reviewers = Json::array();
    for (const QString &r : s.reviewers)
        reviewers.push_back(str(r));

    Json claims = Json::array();
    for (const ReportEntry &e : report.entries) {
        const Claim &c = e.claim;
        Json fields = Json::array();
        for (const ReportEntry::Field &f : e.fields)
            fields.push_back({{"name", str(f.name)}, {"label", str(f.label)}, {"value", str(f.value)},
                              {"raw", fromQt(c.fields.value(f.name))}});
        Json steps = Json::array();
        for (const ReportEntry::Step &st : e.checklist)
            steps.push_back({{"id", str(st.id)}, {"text", str(st.text)}, {"done", st.done}});
        Json sources = Json::array();
        for (const Source &src : c.sources)
            sources.push_back(sourceJson(src));
        Json who = Json::array();
        for (const ReportEntry::Reviewer &r : e.reviewers)
            who.push_back({{"name", str(r.name)}, {"last", dateOrNull(r.last)}});
        Json history = Json::array();
        for (const HistoryEntry &h : c.history)
            history.push_back({{"when", dateOrNull(h.when)}, {"author", str(h.author)}, {"field", str(h.field)},
                               {"from", fromQt(h.from)}, {"to", fromQt(h.to)}});
        Json conflicts = Json::array();
        for (qsizetype i = 0; i < e.conflicts.size() && i < c.conflicts.size(); ++i) {
            const ReportEntry::Conflict &x = e.conflicts.at(i);
            const FieldConflict &raw = c.conflicts.at(i);
            conflicts.push_back({{"field", str(x.field)}, {"label", str(x.label)}, {"base", fromQt(raw.base)},
                                 {"mine", fromQt(raw.mine)}, {"theirs", fromQt(raw.theirs)}, {"text", str(x.text)}});
        }
        Json verdict = nullptr;
        if (!c.verdict.isEmpty())
            verdict = {{"id", str(c.verdict)}, {"label", str(e.verdictLabel)}, {"value", e.verdictValue}};
        Json claim = {
            {"number", e.number},
            {"id", str(c.id.toString(QUuid::WithoutBraces))},
            {"type", {{"id", str(c.claimType)}, {"name", str(e.typeName)}, {"colour", strOrNull(e.typeColour)}}},
            {"status", {{"id", str(statusToString(c.status))}, {"label", str(e.statusLabel)}}},
            {"verdict", verdict},
            {"orphan", c.isOrphan()},
            {"start", c.isOrphan() ? Json(nullptr) : Json(c.start)},
            {"end", c.isOrphan() ? Json(nullptr) : Json(c.end)},
            {"quote", {{"exact", str(c.quote.exact)}, {"prefix", str(c.quote.prefix)}, {"suffix", str(c.quote.suffix)}}},
            {"context", str(e.context)},
            {"statement", str(c.statement)},
            {"claimant", c.claimant.isEmpty() ? Json(nullptr) : Json{{"name", str(c.claimant.name)}, {"role", str(c.claimant.role)}}},
            {"conclusion", str(c.conclusion)},
            {"appearance", c.appearance.isEmpty() ? Json(nullptr)
                                                  : Json{{"url", str(c.appearance.url)},
                                                         {"date", c.appearance.date.isValid() ? str(c.appearance.date.toString(Qt::ISODate)) : Json(nullptr)}}},
            {"fields", fields},
            {"checklist", {{"done", e.checklistDone}, {"total", e.checklist.size()}, {"steps", steps}}},
            {"sources", sources},
            {"notes", str(c.notes)},
            {"createdBy", str(c.createdBy)},
            {"created", dateOrNull(c.created)},
            {"modified", dateOrNull(c.modified)},
            {"reviewers", who},
            {"history", history},
            {"reReview", c.reReview.isEmpty() ? Json(nullptr) : Json{{"id", str(c.reReview)}, {"label", str(e.checkAgain)}}},
            {"conflicts", conflicts},
        };
        claims.push_back(std::move(claim));
    }

    const Json root = {
        {"format", "claimbench.report"},
        {"version", 1},
        {"title", str(report.title)},
        {"generatedAt", dateOrNull(report.options.generatedAt)},
        {"organisation", strOrNull(report.options.organisation)},
        {"url", strOrNull(report.options.url)},
        {"document",
         {{"fileName", str(report.document.fileName)},
          {"mediaType", str(report.document.mediaType)},
          {"sha256", str(report.document.sha256)},
          {"length", report.document.length},
          {"source", sourceOrNull(report.document.source)}}},
        {"publication", publicationOrNull(report.publication)},
        {"ratingScale", scale},
        {"summary",
         {{"total", s.total},
          {"anchored", s.anchored},
          {"orphans", s.orphans},
          {"rated", s.rated},
          {"byVerdict", counts(s.byVerdict)},
          {"byType", counts(s.byType)},
          {"byStatus", counts(s.byStatus)},
          {"open", numbers(s.open)},
          {"unrated", numbers(s.unrated)},
          {"checkAgain", numbers(s.checkAgain)},
          {"conflicted", numbers(s.conflicted)},
          {"reviewers", reviewers},
          {"firstCreated", dateOrNull(s.firstCreated)},
          {"lastModified", dateOrNull(s.lastModified)}}},
        {"claims", claims},
    };
    return dump(root);
}

QByteArray reportToClaimReview(const Report &report)
{
    const int best = report.ratingScale.best();
    const int worst = report.ratingScale.worst();
    Json graph = Json::array();
    for (const ReportEntry &e : report.entries) {
        const Claim &c = e.claim;
        if (c.verdict.isEmpty() || e.needsAttention())
            continue; // no verdict to publish, or one that may no longer hold
        Json rating = {{"@type", "Rating"}, {"alternateName", str(e.verdictLabel)}};
        if (e.verdictValue > 0) { // on the truth scale; "unproven" and the like carry only their label
            rating["ratingValue"] = e.verdictValue;
            rating["bestRating"] = best;
            rating["worstRating"] = worst;
        }
        Json item = {{"@type", "Claim"}};
        const QString author = claimAuthor(c);
        if (!author.isEmpty())
            item["author"] = {{"@type", "Person"}, {"name", str(author)}};
        if (!report.options.documentUrl.isEmpty() || !report.document.fileName.isEmpty()) {
            Json appearance = {{"@type", "CreativeWork"}};
            if (!report.document.fileName.isEmpty())
                appearance["name"] = str(report.document.fileName);
            if (!report.options.documentUrl.isEmpty())
                appearance["url"] = str(report.options.documentUrl);
            item["appearance"] = appearance;
        }
        // Published when the report is; without a publication time, when the verdict was last set.
        QDateTime published = report.options.generatedAt;
        if (!published.isValid()) {
            for (const HistoryEntry &h : c.history) {
                if (h.field == QLatin1String("verdict") && h.when.isValid())
                    published = h.when;
            }
            if (!published.isValid())
                published = c.modified;
        }
        Json review = {
            {"@type", "ClaimReview"},
            {"@id", str(QStringLiteral("urn:uuid:") + c.id.toString(QUuid::WithoutBraces))},
            {"claimReviewed", str(c.quote.exact)},
            {"reviewRating", rating},
            {"itemReviewed", item},
        };
        if (!report.options.organisation.isEmpty())
            review["author"] = {{"@type", "Organization"}, {"name", str(report.options.organisation)}};
        if (published.isValid())
            review["datePublished"] = str(published.toUTC().date().toString(Qt::ISODate));
        if (!report.options.url.isEmpty())
            review["url"] = str(report.options.url + QStringLiteral("#claim-") + QString::number(e.number));
        graph.push_back(std::move(review));
    }
    const Json root = {{"@context", "https://schema.org"}, {"@graph", graph}};
    return dump(root);
}

} // namespace Claimbench
