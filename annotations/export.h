// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// One entry point for every export of a review, whoever asks: the workbench's export dialog and report preview,
// claimbench-cli's report and export commands, the golden tests and the benchmarks all call exportReview(), so the
// formats cannot drift apart. A PDF is the one format the core cannot write (it needs Qt WebEngine): for it the
// core gives the page to print, its parts and the footer, and the host's PdfPrinter prints them.
//
//     Claimbench::ExportRequest request;
//     request.format = Claimbench::ExportFormat::Markdown;
//     request.data = data;                 // the claims, positions matching the text
//     request.documentText = text;         // decodeDocument()
//     request.options.claimTypes = ...;    // from the plugins
//     const Claimbench::ExportResult result = Claimbench::exportReview(request);
//     if (!result.isValid()) ... result.error ...
//     write(result.bytes);

#include "claim.h"
#include "claimbench_annotations_export.h"
#include "completeness.h"
#include "report.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Claimbench {

enum class ExportFormat {
    Html,        ///< the report page (reportToHtml), with the request's template
    Pdf,         ///< the report on paper: ExportResult::printable for the host's PdfPrinter
    Markdown,    ///< reportToMarkdown
    Csv,         ///< reportToCsv
    Json,        ///< the report model (reportToJson)
    ClaimReview, ///< schema.org ClaimReview JSON-LD (reportToClaimReview): the claims that pass the publish gate
    /// The same ClaimReview as a paste-ready `<script type="application/ld+json">` element for the review's page
    ClaimReviewHtml,
    W3c,         ///< the claims as a W3C Web Annotation collection (W3c::exportCollection)
};

/// Every format, in the order the export dialog lists them.
CLAIMBENCH_ANNOTATIONS_EXPORT QList<ExportFormat> exportFormats();
/// "html", "pdf", "md", "csv", "json", "claimreview", "claimreview-html", "w3c": claimbench-cli's --format and the
/// dialog's ids.
CLAIMBENCH_ANNOTATIONS_EXPORT QString exportFormatId(ExportFormat format);
/// The format with this id (case-insensitive); std::nullopt when there is none.
CLAIMBENCH_ANNOTATIONS_EXPORT std::optional<ExportFormat> exportFormatFromId(const QString &id);
/// The format as people know it: "HTML page", "PDF", "Markdown", "CSV (spreadsheet)", "JSON (report model)",
/// "schema.org ClaimReview (JSON-LD)", "ClaimReview for a web page (HTML script)", "W3C Web Annotation" (translated,
/// context "Claimbench::Export").
CLAIMBENCH_ANNOTATIONS_EXPORT QString exportFormatName(ExportFormat format);
/// How an exported file's name ends after the document's base name: "report.html", "report.pdf", "report.md",
/// "report.csv", "report.json", "claimreview.jsonld", "claimreview.html", "annotations.jsonld".
CLAIMBENCH_ANNOTATIONS_EXPORT QString exportFileSuffix(ExportFormat format);

/// What to export. The report formats build the report (Report::build) from data, documentText and options.
struct ExportRequest {
    ExportFormat format = ExportFormat::Html;
    ClaimSetData data;    ///< the claims, their positions matching documentText
    QString documentText; ///< as the editor shows it (decodeDocument)
    /// The report's options. W3c uses only documentUrl: the annotations' target source, the document's file
    /// name when empty (as for ClaimReview's itemReviewed).
    ReportOptions options;
    /// The document's path when known: W3c's target source is its file:// IRI when the article has no URL.
    QString documentPath;
    ReportTemplate reportTemplate = ReportTemplate::defaultTemplate(); ///< Html and Pdf; must be valid
    /// Pdf: how many parts the host prints at the same time (its cores; reportForPrinting()). 1: one piece
    /// unless the report is very long.
    int parallelParts = 1;
    /// ClaimReview and ClaimReviewHtml: what a claim needs before it is published (completeness.h).
    PublishRule publishRule;
};

/// A claim the publish gate kept out of a ClaimReview export, and why.
struct ExportLeftOut {
    int number = 0;     ///< the report's claim number (ReportEntry::number)
    QUuid id;
    QStringList reasons; ///< PublishCheck::reasons
    friend bool operator==(const ExportLeftOut &, const ExportLeftOut &) = default;
};

/// ClaimReview as the export makes it: the JSON-LD, the claims left out and the warnings (claimReviewExport()).
struct ClaimReviewExport {
    QByteArray json;               ///< {"@context": "https://schema.org", "@graph": [one ClaimReview per claim]}
    QList<ExportLeftOut> leftOut;  ///< in report order; dismissed claims are not candidates and not listed
    QStringList warnings;          ///< for people (see ExportResult::warnings)
};

/// The ClaimReview of `report`'s claims that pass publishCheck() under `rule` (see docs/claimreview.md). Warnings:
/// each claim left out and why, several claims sharing one page (Google shows one ClaimReview per page), and a
/// missing review URL or publisher (Google's required url and recommended author).
CLAIMBENCH_ANNOTATIONS_EXPORT ClaimReviewExport claimReviewExport(const Report &report, const PublishRule &rule = {});
/// `json` (a ClaimReview export) as `<script type="application/ld+json">` elements to paste into the review's pages:
/// one per ClaimReview of its @graph, each with the @context (an export without one stays one element). The JSON is
/// escaped for HTML (htmlSafeJson(): no "</script>" or "<!--" can end an element early).
CLAIMBENCH_ANNOTATIONS_EXPORT QByteArray claimReviewScript(const QByteArray &json);

/// What exportReview() made. Invalid by default and on failure (then `error` says why).
struct ExportResult {
    QByteArray bytes;          ///< the file's content, for every format but Pdf
    PrintableReport printable; ///< Pdf: the page in the layout for paper and, for long reports, its parts
    QString pdfFooter;         ///< Pdf: the label at the bottom left of every page (the report's title)
    QString error;
    /// ClaimReview formats: the claims the publish gate left out, and why.
    QList<ExportLeftOut> leftOut;
    /// Things to tell the person exporting (claimbench-cli prints them to stderr as warnings): "claim 3 left out:
    /// not done (in progress); no claimant", "4 claims share one page ...". Empty for the other formats.
    QStringList warnings;
    bool isValid() const { return error.isEmpty() && (!bytes.isEmpty() || !printable.html.isEmpty()); }
};

/// The export `request` asks for. Deterministic: the same request gives the same result.
CLAIMBENCH_ANNOTATIONS_EXPORT ExportResult exportReview(const ExportRequest &request);

} // namespace Claimbench
