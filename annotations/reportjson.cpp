// SPDX-License-Identifier: GPL-2.0-or-later
// The report model as JSON, and schema.org ClaimReview JSON-LD. nlohmann stays in this file.
#include "report.h"
#include "report_p.h"

#include "completeness.h"
#include "export.h"
#include "jsonoutput.h"

#include <QCoreApplication>

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
        for (const HistoryEntry &h : c.history) {
            Json entry = {{"when", dateOrNull(h.when)}, {"author", str(h.author)}, {"field", str(h.field)},
                          {"from", fromQt(h.from)}, {"to", fromQt(h.to)}};
            if (!h.reason.isEmpty())
                entry["reason"] = str(h.reason);
            history.push_back(std::move(entry));
        }
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

namespace {

/// The date part of an ISO 8601 date or date-time as a page gives it ("2026-11-20T08:00:00Z" → 2026-11-20).
QDate isoDatePart(const QString &s)
{
    return QDate::fromString(s.left(10), Qt::ISODate);
}

/// The review's datePublished for one claim: the publication's date; else when the report is published
/// (ReportOptions::generatedAt); else when its verdict was last set; else its last change.
QDate reviewDate(const Report &report, const Claim &c)
{
    if (report.publication.datePublished.isValid())
        return report.publication.datePublished;
    if (report.options.generatedAt.isValid())
        return report.options.generatedAt.toUTC().date();
    QDateTime published;
    for (const HistoryEntry &h : c.history) {
        if (h.field == QLatin1String("verdict") && h.when.isValid())
            published = h.when;
    }
    if (!published.isValid())
        published = c.modified;
    return published.isValid() ? published.toUTC().date() : QDate();
}

/// itemReviewed: the claim, who made it, where and when.
Json itemReviewed(const Report &report, const Claim &c)
{
    Json item = {{"@type", "Claim"}};
    Claimant claimant = c.claimant;
    if (claimant.name.trimmed().isEmpty())
        claimant.name = claimAuthor(c); // a quote's speaker, for claims marked before the claimant existed
    if (!claimant.name.trimmed().isEmpty()) {
        Json author = {{"@type", claimant.organisation ? "Organization" : "Person"}, {"name", str(claimant.name)}};
        if (!claimant.role.isEmpty()) {
            // schema.org: a Person's jobTitle; an Organization has none, its role is a description
            author[claimant.organisation ? "description" : "jobTitle"] = str(claimant.role);
        }
        item["author"] = author;
    }
    const DocumentSource &source = report.document.source;
    const QString articleUrl = !source.url.isEmpty() ? source.url : report.options.documentUrl;
    const bool inArticle = c.appearance.url.isEmpty() || c.appearance.url == articleUrl;
    QDate made = c.appearance.date;
    if (!made.isValid() && inArticle)
        made = isoDatePart(source.publishedTime);
    if (made.isValid())
        item["datePublished"] = str(made.toString(Qt::ISODate));
    Json appearance = {{"@type", "CreativeWork"}};
    const QString url = inArticle ? articleUrl : c.appearance.url;
    if (!url.isEmpty())
        appearance["url"] = str(url);
    if (inArticle) {
        if (!source.title.isEmpty())
            appearance["headline"] = str(source.title);
        else if (!report.document.fileName.isEmpty())
            appearance["name"] = str(report.document.fileName);
        if (const QDate d = isoDatePart(source.publishedTime); d.isValid())
            appearance["datePublished"] = str(d.toString(Qt::ISODate));
        if (!source.siteName.isEmpty())
            appearance["publisher"] = {{"@type", "Organization"}, {"name", str(source.siteName)}};
    } else if (c.appearance.date.isValid()) {
        appearance["datePublished"] = str(c.appearance.date.toString(Qt::ISODate));
    }
    if (appearance.size() > 1)
        item["appearance"] = appearance;
    return item;
}

QString reviewTr(const char *text)
{
    return QCoreApplication::translate("Claimbench::ClaimReview", text);
}

} // namespace

ClaimReviewExport claimReviewExport(const Report &report, const PublishRule &rule)
{
    ClaimReviewExport out;
    const int best = report.ratingScale.best();
    const int worst = report.ratingScale.worst();
    const Publication &pub = report.publication;
    Json graph = Json::array();
    QList<int> published;
    for (const ReportEntry &e : report.entries) {
        const Claim &c = e.claim;
        if (c.status == ClaimStatus::Dismissed)
            continue; // not a claim the desk checks
        const PublishCheck check = publishCheck(c, rule);
        if (!check.mayPublish()) {
            out.leftOut.append(ExportLeftOut{e.number, c.id, check.reasons});
            out.warnings.append(reviewTr("claim %1 left out: %2").arg(e.number).arg(check.reasons.join(QStringLiteral("; "))));
            continue;
        }
        Json rating = {{"@type", "Rating"}};
        if (e.verdictValue > 0) { // on the truth scale; "unproven" and the like carry only their label
            rating["ratingValue"] = e.verdictValue;
            rating["bestRating"] = best;
            rating["worstRating"] = worst;
        }
        rating["alternateName"] = str(e.verdictLabel);
        if (!c.conclusion.isEmpty())
            rating["ratingExplanation"] = str(c.conclusion);
        Json review = {
            {"@type", "ClaimReview"},
            {"@id", str(QStringLiteral("urn:uuid:") + c.id.toString(QUuid::WithoutBraces))},
        };
        if (!pub.url.isEmpty())
            review["url"] = str(pub.url + QStringLiteral("#claim-") + QString::number(e.number));
        review["claimReviewed"] = str(c.statement);
        if (!pub.publisher.isEmpty()) {
            Json author = {{"@type", "Organization"}, {"name", str(pub.publisher)}};
            if (!pub.publisherUrl.isEmpty())
                author["url"] = str(pub.publisherUrl);
            if (!pub.logoUrl.isEmpty())
                author["logo"] = {{"@type", "ImageObject"}, {"url", str(pub.logoUrl)}};
            review["author"] = author;
        }
        if (const QDate d = reviewDate(report, c); d.isValid())
            review["datePublished"] = str(d.toString(Qt::ISODate));
        if (!pub.headline.isEmpty())
            review["headline"] = str(pub.headline);
        review["itemReviewed"] = itemReviewed(report, c);
        review["reviewRating"] = rating;
        graph.push_back(std::move(review));
        published.append(e.number);
    }
    if (!published.isEmpty()) {
        if (pub.url.isEmpty())
            out.warnings.append(reviewTr("no review URL (the publication's url, or --url): Google requires a url for "
                                   "each ClaimReview"));
        if (pub.publisher.isEmpty())
            out.warnings.append(reviewTr("no publisher (the publication's publisher, or --organisation): Google "
                                   "recommends the review's author"));
        if (published.size() > 1 && !pub.url.isEmpty()) {
            QStringList numbers;
            for (int n : std::as_const(published))
                numbers << QString::number(n);
            out.warnings.append(reviewTr("claims %1 share one page (%2, a #claim-N fragment each): Google shows one "
                                   "ClaimReview per page")
                                    .arg(numbers.join(QStringLiteral(", ")), pub.url));
        }
    }
    const Json root = {{"@context", "https://schema.org"}, {"@graph", graph}};
    out.json = dump(root);
    return out;
}

QByteArray claimReviewScript(const QByteArray &json)
{
    // One element per ClaimReview, each with its own @context: Google shows one ClaimReview per page, so each claim's
    // page takes its own element, and every JSON-LD reader takes it (some, such as the structured-data-testing-tool,
    // do not look into an @graph). dump() has made the JSON safe inside a script element already (htmlSafeJson);
    // once more costs nothing and keeps this safe for any caller's JSON.
    auto script = [](const QByteArray &element) {
        return QByteArrayLiteral("<script type=\"application/ld+json\">\n") + htmlSafeJson(element.trimmed())
            + QByteArrayLiteral("\n</script>\n");
    };
    const Json root = Json::parse(json.constBegin(), json.constEnd(), nullptr, false);
    const auto graph = root.is_object() ? root.find("@graph") : root.end();
    if (graph == root.end() || !graph->is_array() || graph->empty() || !root.contains("@context"))
        return script(json);
    QByteArray out;
    for (const Json &item : *graph) {
        Json element = {{"@context", root.at("@context")}};
        if (item.is_object())
            element.update(item);
        out += script(dump(element));
    }
    return out;
}

QByteArray reportToClaimReview(const Report &report)
{
    return claimReviewExport(report).json;
}

} // namespace Claimbench
