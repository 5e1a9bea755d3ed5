// SPDX-License-Identifier: GPL-2.0-or-later
#include "export.h"

#include "w3c.h"

#include <QCoreApplication>

#include <algorithm>

namespace Claimbench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Claimbench::Export", text);
}

struct FormatInfo {
    ExportFormat format;
    const char *id;
    const char *name;
    const char *suffix;
};

constexpr FormatInfo formatInfo[] = {
    {ExportFormat::Html, "html", QT_TRANSLATE_NOOP("Claimbench::Export", "HTML page"), "report.html"},
    {ExportFormat::Pdf, "pdf", QT_TRANSLATE_NOOP("Claimbench::Export", "PDF"), "report.pdf"},
    {ExportFormat::Markdown, "md", QT_TRANSLATE_NOOP("Claimbench::Export", "Markdown"), "report.md"},
    {ExportFormat::Csv, "csv", QT_TRANSLATE_NOOP("Claimbench::Export", "CSV (spreadsheet)"), "report.csv"},
    {ExportFormat::Json, "json", QT_TRANSLATE_NOOP("Claimbench::Export", "JSON (report model)"), "report.json"},
    {ExportFormat::ClaimReview, "claimreview", QT_TRANSLATE_NOOP("Claimbench::Export", "schema.org ClaimReview (JSON-LD)"),
     "claimreview.jsonld"},
    {ExportFormat::ClaimReviewHtml, "claimreview-html",
     QT_TRANSLATE_NOOP("Claimbench::Export", "ClaimReview for a web page (HTML script)"), "claimreview.html"},
    {ExportFormat::W3c, "w3c", QT_TRANSLATE_NOOP("Claimbench::Export", "W3C Web Annotation"), "annotations.jsonld"},
};

const FormatInfo *info(ExportFormat format)
{
    for (const FormatInfo &f : formatInfo) {
        if (f.format == format)
            return &f;
    }
    return nullptr;
}

} // namespace

QList<ExportFormat> exportFormats()
{
    QList<ExportFormat> out;
    for (const FormatInfo &f : formatInfo)
        out << f.format;
    return out;
}

QString exportFormatId(ExportFormat format)
{
    const FormatInfo *f = info(format);
    return f ? QLatin1String(f->id) : QString();
}

std::optional<ExportFormat> exportFormatFromId(const QString &id)
{
    for (const FormatInfo &f : formatInfo) {
        if (id.compare(QLatin1String(f.id), Qt::CaseInsensitive) == 0)
            return f.format;
    }
    return std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    const FormatInfo *f = info(format);
    return f ? tr(f->name) : QString();
}

QString exportFileSuffix(ExportFormat format)
{
    const FormatInfo *f = info(format);
    return f ? QLatin1String(f->suffix) : QString();
}

ExportResult exportReview(const ExportRequest &request)
{
    ExportResult result;
    if (!info(request.format)) {
        result.error = tr("unknown export format %1").arg(int(request.format));
        return result;
    }
    if (request.format == ExportFormat::W3c) {
        W3c::ExportOptions options;
        options.source = request.options.documentUrl;
        options.documentPath = request.documentPath;
        result.bytes = W3c::exportCollection(request.data, options);
        return result;
    }
    if ((request.format == ExportFormat::Html || request.format == ExportFormat::Pdf) && !request.reportTemplate.isValid()) {
        result.error = tr("the report template is empty");
        return result;
    }
    const Report report = Report::build(request.data, request.documentText, request.options);
    switch (request.format) {
    case ExportFormat::Html: result.bytes = reportToHtml(report, request.reportTemplate).toUtf8(); break;
    case ExportFormat::Pdf:
        // Long reports print in the compact layout, in parallel parts (docs/report-format.md).
        result.printable = reportForPrinting(report, std::max(1, request.parallelParts), request.reportTemplate);
        result.pdfFooter = report.title;
        break;
    case ExportFormat::Markdown: result.bytes = reportToMarkdown(report).toUtf8(); break;
    case ExportFormat::Csv: result.bytes = reportToCsv(report).toUtf8(); break;
    case ExportFormat::Json: result.bytes = reportToJson(report); break;
    case ExportFormat::ClaimReview:
    case ExportFormat::ClaimReviewHtml: {
        ClaimReviewExport review = claimReviewExport(report, request.publishRule);
        result.bytes = request.format == ExportFormat::ClaimReview ? review.json : claimReviewScript(review.json);
        result.leftOut = std::move(review.leftOut);
        result.warnings = std::move(review.warnings);
        break;
    }
    case ExportFormat::W3c: break; // above
    }
    return result;
}

} // namespace Claimbench
