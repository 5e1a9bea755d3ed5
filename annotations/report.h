// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The review report: a GUI-free model built from a claim set and its document, and the generators that turn it
// into HTML (self-contained, inert: no script, a Content-Security-Policy, every user text escaped), Markdown,
// CSV (RFC 4180), JSON (the model, see docs/report-format.md) and schema.org ClaimReview JSON-LD.
//
//     Claimbench::ReportOptions options;
//     options.claimTypes = ...;                 // names, colours, field labels (from the plugins)
//     options.generatedAt = QDateTime::currentDateTimeUtc(); // optional: reports are deterministic without it
//     const Claimbench::Report report = Claimbench::Report::build(data, documentText, options);
//     const QString html = Claimbench::reportToHtml(report);
//
// Everything here is deterministic: the same input gives the same bytes.

#include "claim.h"
#include "claimbench_annotations_export.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Claimbench {

/// What the report needs to know about a claim type. The core cannot see the plugin API; the CLI and the
/// workbench fill this from Claimbench::PluginManager::claimTypes(). Unknown types fall back to their id.
struct ReportClaimTypeInfo {
    struct Field {
        QString name;  ///< key in Claim::fields
        QString label; ///< shown in the report
        friend bool operator==(const Field &, const Field &) = default;
    };
    struct Step {
        QString id;
        QString text;
        friend bool operator==(const Step &, const Step &) = default;
    };
    QString id;
    QString name;
    QString colour; ///< "#rrggbb"; anything else is ignored (grey)
    QList<Field> fields;
    QList<Step> checklist;
    bool isValid() const { return !id.isEmpty(); }
    friend bool operator==(const ReportClaimTypeInfo &, const ReportClaimTypeInfo &) = default;
};

/// How the HTML/PDF report lays out the claims. Both hold the same content.
enum class ReportLayout {
    Full,    ///< one block per claim with headed parts: details table, checklist, sources, notes, history
    Compact, ///< dense runs instead of tables and headings (class "compact"), for long reports on paper
    Auto,    ///< Compact above ReportOptions::compactAbove claims, else Full (what the PDF export uses)
};

struct ReportOptions {
    QList<ReportClaimTypeInfo> claimTypes;
    QString title;        ///< default: "Fact-check review: <document file name>"
    QString organisation; ///< the fact-checking organisation (ClaimReview author, report masthead)
    QString url;          ///< where the review is published (ClaimReview url; each claim gets url#claim-N)
    QString documentUrl;  ///< where the reviewed article appears (ClaimReview itemReviewed.appearance)
    QDateTime generatedAt; ///< shown as "generated at" and used as ClaimReview datePublished; invalid: omitted
    ReportLayout layout = ReportLayout::Full; ///< HTML/PDF only
    int compactAbove = 100; ///< ReportLayout::Auto: more claims than this are laid out compactly
    /// Each claim's change history: off for a hand-over (the desk summary), on for the review record.
    bool includeHistory = false;
    /// The integrity appendix (the document's SHA-256, length, encoding): on by default, at the end.
    bool includeIntegrity = true;
};

/// One claim as the report shows it.
struct ReportEntry {
    struct Field {
        QString name;
        QString label;
        QString value; ///< plain text
    };
    struct Step {
        QString id;
        QString text;
        bool done = false;
    };
    struct Reviewer {
        QString name;
        QDateTime last; ///< UTC: the reviewer's latest change to this claim
    };
    /// An unresolved merge conflict (Claim::conflicts), in words.
    struct Conflict {
        QString field;  ///< FieldConflict::field ("verdict", "fields.NAME", "removed"...)
        QString label;  ///< the field as people read it (fieldLabel(), with the claim type's labels)
        QString mine;   ///< this copy's value as plain text ("True"); empty when the field is absent
        QString theirs; ///< the other reviewer's value as plain text
        /// "Verdict: True (here) / False (other reviewer)"; for "removed": who removed the claim
        QString text;
    };

    int number = 0; ///< 1-based: anchored claims in document order, then orphans
    Claim claim;
    QString typeName;
    QString typeColour; ///< "#rrggbb" or empty
    QString statusLabel;
    QString verdictLabel; ///< the scale's label; the id when the scale does not know it; empty when unset
    int verdictValue = 0; ///< the scale's value; 0 when off the truth scale or unset
    QString context;      ///< the sentence holding the quote (the quote with its prefix/suffix for orphans)
    qsizetype quoteOffset = -1; ///< UTF-16 offset of the quote in `context`, -1 when not found there
    qsizetype quoteLength = 0;  ///< UTF-16 length of the quote in `context`
    QList<Field> fields;        ///< the type's fields in its order, then unknown ones by name
    QList<Step> checklist;      ///< the type's steps, then unknown step ids
    int checklistDone = 0;
    QList<Reviewer> reviewers; ///< first-seen order: creator, then history authors
    /// Why the claim must be checked again (Claim::reReview), for people: "Check again: the claimed text changed
    /// after the verdict"; empty when it need not be.
    QString checkAgain;
    QList<Conflict> conflicts; ///< Claim::conflicts in its order
    bool isValid() const { return number > 0; }
    /// To check again or with an unresolved conflict: the reports flag it and ClaimReview leaves it out.
    bool needsAttention() const { return !checkAgain.isEmpty() || !conflicts.isEmpty(); }
};

struct ReportCount {
    QString id;
    QString label;
    int count = 0;
    friend bool operator==(const ReportCount &, const ReportCount &) = default;
};

struct ReportSummary {
    int total = 0;
    int anchored = 0;
    int orphans = 0;
    int rated = 0;
    QList<ReportCount> byVerdict; ///< scale order, then unknown verdicts, then "unrated"; zero counts omitted
    QList<ReportCount> byType;    ///< by type name
    QList<ReportCount> byStatus;  ///< workflow order; zero counts omitted
    QList<int> open;              ///< numbers of the claims still open, in progress or awaiting second review
    QList<int> unrated;           ///< numbers of claims (not dismissed) without a verdict
    QList<int> checkAgain;        ///< numbers of claims whose text changed after the verdict (Claim::reReview)
    QList<int> conflicted;        ///< numbers of claims with unresolved merge conflicts
    QList<int> attention;         ///< numbers of claims in either list (ReportEntry::needsAttention()), in order
    QStringList reviewers;        ///< the claim set's reviewers, then every other author, first-seen order
    QDateTime firstCreated;       ///< UTC; invalid when unknown
    QDateTime lastModified;       ///< UTC; invalid when unknown
};

/// The report model: a plain value, built once and rendered in any format. Invalid by default.
struct CLAIMBENCH_ANNOTATIONS_EXPORT Report {
    DocumentIdentity document;
    QString documentText; ///< as the editor shows it (decodeDocument)
    RatingScale ratingScale;
    ReportOptions options;
    /// Who publishes the review: the claim set's publication, its empty members filled from the options
    /// (organisation → publisher, url → url).
    Publication publication;
    QString title;
    ReportSummary summary;
    QList<ReportEntry> entries; ///< anchored claims by position, then orphans

    bool isValid() const { return m_valid; }

    /// Builds the model. Claim positions are code points into `documentText`; a claim whose position lies
    /// outside the text is reported as an orphan.
    static Report build(const ClaimSetData &data, const QString &documentText, const ReportOptions &options = {});

private:
    bool m_valid = false;
};

/// A newsroom's restyling of the HTML/PDF report: a page body with `{{placeholders}}` (the named blocks) and a
/// stylesheet (see docs/report-format.md "Templates"). The generator owns <head> (the Content-Security-Policy first);
/// reportToHtml() keeps only the template's <body> and rebuilds it from an allowlist, and strips @import and remote
/// url() from the stylesheet, so no template can run script or make a request. The default lives in the core's
/// resources (:/claimbench/templates/report/).
struct CLAIMBENCH_ANNOTATIONS_EXPORT ReportTemplate {
    QString html;
    QString css;
    bool isValid() const { return !html.isEmpty(); }

    static ReportTemplate defaultTemplate();
    /// `path` is a directory (report.html and/or report.css; a missing one is the default's), a .html file
    /// (with the default stylesheet, or report.css beside it) or a .css file (with the default page).
    /// Returns an invalid template and sets `error` when it cannot be read or does not place the {{claims}} block.
    static ReportTemplate load(const QString &path, QString *error = nullptr);
};

/// The layout reportToHtml() uses for `report`: its options' layout, with Auto resolved by the claim count.
CLAIMBENCH_ANNOTATIONS_EXPORT ReportLayout effectiveLayout(const Report &report);
/// One self-contained, inert HTML page (also well-formed XML): inline CSS, no script, no external request,
/// a CSP `default-src 'none'` meta tag first in <head> (which the generator writes, whatever the template), the
/// template's body and stylesheet made inert, all user text escaped.
CLAIMBENCH_ANNOTATIONS_EXPORT QString reportToHtml(const Report &report,
                                                   const ReportTemplate &tpl = ReportTemplate::defaultTemplate());
/// Splits a long report page (reportToHtml()) into `parts` consecutive pages to print in parallel and join into one
/// PDF with the same content in the same order: the first holds everything up to a claim, the middle ones runs of
/// claims, the last the remaining claims and all that follows them. Each page holds only its own part (no part
/// pays for the whole report). The cuts fall between claims, balanced by the size of their HTML. Empty (print as
/// one) when the page has no claims section or fewer than `minClaimsPerPart` claims per part.
CLAIMBENCH_ANNOTATIONS_EXPORT QStringList reportPrintParts(const QString &html, int parts, int minClaimsPerPart = 100);

/// The report as the PDF export prints it: the page in the layout for paper (ReportLayout::Auto: compact for long
/// reports) and, for long ones, the pages of its parts (reportPrintParts()): `parallelParts` (one per core),
/// or more for very long reports, so that no part has much more than 1,000 claims.
struct PrintableReport {
    QString html;
    QStringList parts; ///< empty: print `html` in one piece
};
CLAIMBENCH_ANNOTATIONS_EXPORT PrintableReport reportForPrinting(const Report &report, int parallelParts,
                                                                const ReportTemplate &tpl = ReportTemplate::defaultTemplate());
CLAIMBENCH_ANNOTATIONS_EXPORT QString reportToMarkdown(const Report &report);
/// RFC 4180: CRLF line ends, a header row, one row per claim; see docs/report-format.md for the columns.
CLAIMBENCH_ANNOTATIONS_EXPORT QString reportToCsv(const Report &report);
/// The model as JSON ("format": "claimbench.report", "version": 1), 2-space indent, final newline.
CLAIMBENCH_ANNOTATIONS_EXPORT QByteArray reportToJson(const Report &report);
/// schema.org ClaimReview JSON-LD: {"@context": "https://schema.org", "@graph": [one per claim that passes the
/// publish gate]}: claimReviewExport() (export.h) without a required second review; see docs/claimreview.md.
CLAIMBENCH_ANNOTATIONS_EXPORT QByteArray reportToClaimReview(const Report &report);

/// Notes Markdown → safe HTML (XHTML-compatible): raw HTML is shown as text, only http/https/mailto links,
/// headings demoted to h4–h6. Linear time on hostile input.
CLAIMBENCH_ANNOTATIONS_EXPORT QString markdownToSafeHtml(QStringView markdown);
/// Escapes text for HTML/XML content and attributes; control characters and lone surrogates become U+FFFD.
CLAIMBENCH_ANNOTATIONS_EXPORT QString escapeHtml(QStringView text);
/// True for http:, https: and mailto: URLs (after trimming), the only links a report contains.
CLAIMBENCH_ANNOTATIONS_EXPORT bool isSafeReportUrl(QStringView url);

} // namespace Claimbench
