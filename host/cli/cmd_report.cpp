// SPDX-License-Identifier: GPL-2.0-or-later
// claimbench-cli report DOC [--sidecar S] --format F -o OUT: the review report in every format.
#include "cli.h"

#include "desk.h"
#include "export.h"
#include "pluginmanager.h"
#include "reanchor.h"
#include "reportclaimtypes.h"
#include "report.h"
#include "review.h"

#ifdef CLAIMBENCH_HAVE_PDF
#include "pdfprinter.h"
#endif

#include <QCommandLineParser>
#include <QThread>
#include <QTimeZone>

namespace Claimbench::Cli {

namespace {

QStringList formatIds()
{
    QStringList ids;
    for (const ExportFormat f : exportFormats())
        ids << exportFormatId(f);
    return ids;
}

QList<ReportClaimTypeInfo> claimTypesFromPlugins(Io &io)
{
    PluginManager plugins;
    plugins.loadPlugins();
    for (const QString &e : plugins.errors())
        io.err << "claimbench-cli: warning: plugin " << e << '\n';
    return reportClaimTypes(plugins.claimTypes());
}

int runReport(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes the review report of DOCUMENT and its claims (DOCUMENT.claims.json unless --sidecar is given)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DOCUMENT"), QStringLiteral("The reviewed article."));
    const QCommandLineOption sidecarOpt(QStringLiteral("sidecar"), QStringLiteral("The claims file."), QStringLiteral("S"));
    const QCommandLineOption formatOpt(QStringLiteral("format"),
                                       QStringLiteral("html, pdf, md, csv, json, claimreview, claimreview-html or w3c (default: html)."),
                                       QStringLiteral("F"), QStringLiteral("html"));
    const QCommandLineOption outputOpt({QStringLiteral("o"), QStringLiteral("output")},
                                       QStringLiteral("The file to write ('-': standard output)."), QStringLiteral("OUT"));
    const QCommandLineOption pageOpt(QStringLiteral("page-size"), QStringLiteral("PDF page size: A4 or Letter (default A4)."),
                                     QStringLiteral("SIZE"), QStringLiteral("A4"));
    const QCommandLineOption templateOpt(QStringLiteral("template"),
                                         QStringLiteral("A directory with report.html and/or report.css, or one such file."),
                                         QStringLiteral("PATH"));
    const QCommandLineOption orgOpt(QStringLiteral("organisation"), QStringLiteral("The fact-checking organisation."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption urlOpt(QStringLiteral("url"), QStringLiteral("Where the review is published (ClaimReview url)."),
                                    QStringLiteral("URL"));
    const QCommandLineOption docUrlOpt(QStringLiteral("document-url"),
                                       QStringLiteral("Where the article appears (ClaimReview appearance)."), QStringLiteral("URL"));
    const QCommandLineOption titleOpt(QStringLiteral("title"), QStringLiteral("The report's title."), QStringLiteral("TITLE"));
    const QCommandLineOption dateOpt(QStringLiteral("generated-at"),
                                     QStringLiteral("'now' or an ISO 8601 time shown as the report's date (default: none, "
                                                    "so that the same input gives the same bytes)."),
                                     QStringLiteral("WHEN"));
    const QCommandLineOption secondReviewOpt(QStringLiteral("require-second-review"),
                                             QStringLiteral("ClaimReview: publish only claims a second reviewer approved (also when "
                                                            "the document's desk file requires it)."));
    parser.addOption(secondReviewOpt);
    const QCommandLineOption historyOpt(QStringLiteral("history"),
                                        QStringLiteral("Include each claim's change history (the review record; default: the "
                                                       "desk's hand-over, without it)."));
    const QCommandLineOption noIntegrityOpt(QStringLiteral("no-integrity"),
                                            QStringLiteral("Leave out the appendix with the document's SHA-256, length and encoding."));
    parser.addOptions({sidecarOpt, formatOpt, outputOpt, pageOpt, templateOpt, orgOpt, urlOpt, docUrlOpt, titleOpt, dateOpt,
                       historyOpt, noIntegrityOpt});
    if (const auto done = parseArguments(parser, args, QStringLiteral("report"), io))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        io.err << "claimbench-cli report: expected one DOCUMENT; see 'claimbench-cli report --help'\n";
        return Usage;
    }
    const std::optional<ExportFormat> format = exportFormatFromId(parser.value(formatOpt));
    if (!format) {
        io.err << "claimbench-cli report: unknown format '" << parser.value(formatOpt).toLower() << "' ("
               << formatIds().join(QStringLiteral(", ")) << ")\n";
        return Usage;
    }
    if (!parser.isSet(outputOpt)) {
        io.err << "claimbench-cli report: -o OUT is required\n";
        return Usage;
    }
    const QString pageSize = parser.value(pageOpt).toLower();
    if (pageSize != QLatin1String("a4") && pageSize != QLatin1String("letter")) {
        io.err << "claimbench-cli report: --page-size is A4 or Letter\n";
        return Usage;
    }
    ReportOptions options;
    if (parser.isSet(dateOpt)) {
        const QString when = parser.value(dateOpt);
        options.generatedAt = when == QLatin1String("now") ? QDateTime::currentDateTimeUtc()
                                                           : QDateTime::fromString(when, Qt::ISODate).toUTC();
        if (!options.generatedAt.isValid()) {
            io.err << "claimbench-cli report: --generated-at: not an ISO 8601 time: " << when << '\n';
            return Usage;
        }
        options.generatedAt.setTime(QTime(options.generatedAt.time().hour(), options.generatedAt.time().minute(),
                                          options.generatedAt.time().second()));
    }
    ReportTemplate tpl = ReportTemplate::defaultTemplate();
    if (parser.isSet(templateOpt)) {
        QString error;
        tpl = ReportTemplate::load(parser.value(templateOpt), &error);
        if (!tpl.isValid()) {
            io.err << error << '\n'; // PATH: error: MESSAGE
            return InvalidInput;
        }
    }

    const QString documentPath = positional.first();
    ReviewLoadOptions loadOptions;
    if (parser.isSet(sidecarOpt))
        loadOptions.sidecarPath = parser.value(sidecarOpt);
    // A document nobody marked yet reports zero claims; a sidecar named with --sidecar must be there.
    loadOptions.sidecar = parser.isSet(sidecarOpt) ? ReviewLoadOptions::SidecarMode::Required
                                                   : ReviewLoadOptions::SidecarMode::Optional;
    // The report describes the document as it is now: claims are found again when it changed since the review.
    loadOptions.reanchor = ReviewLoadOptions::Reanchor::IfDocumentChanged;
    const LoadedReview review = loadReview(documentPath, loadOptions);
    if (!review.ok())
        return printErrors(review.errors, io);
    const ClaimSetData &data = review.data;
    const QString &text = review.document.text;

    options.claimTypes = claimTypesFromPlugins(io);
    options.organisation = parser.value(orgOpt);
    options.url = parser.value(urlOpt);
    options.documentUrl = parser.value(docUrlOpt);
    options.title = parser.value(titleOpt);
    options.includeHistory = parser.isSet(historyOpt);
    options.includeIntegrity = !parser.isSet(noIntegrityOpt);
    ExportRequest request;
    request.format = *format;
    request.data = data;
    request.documentText = text;
    request.options = options;
    request.documentPath = documentPath;
    request.reportTemplate = tpl;
    request.parallelParts = QThread::idealThreadCount(); // a long report's PDF prints in parallel parts
    // The document's desk file decides, as for Approve (secondReviewRequired()); the option asks for it anywhere.
    request.publishRule.requireSecondReview = parser.isSet(secondReviewOpt) || secondReviewRequired(documentPath, false);
    const ExportResult result = exportReview(request);
    if (!result.isValid()) {
        io.err << "claimbench-cli: " << result.error << '\n';
        return InvalidInput;
    }
    for (const QString &warning : result.warnings) // ClaimReview: the claims left out and why
        io.err << "claimbench-cli: warning: " << warning << '\n';
    QByteArray out = result.bytes;
    if (*format == ExportFormat::Pdf) {
#ifdef CLAIMBENCH_HAVE_PDF
        PdfPrinter::Options pdfOptions;
        pdfOptions.pageSize = pageSize == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
        pdfOptions.footerLabel = result.pdfFooter;
        pdfOptions.parts = result.printable.parts;
        QString error;
        out = PdfPrinter::print(result.printable.html, pdfOptions, &error);
        if (out.isEmpty()) {
            io.err << "claimbench-cli: PDF: " << error << '\n';
            return InvalidInput;
        }
#else
        io.err << "claimbench-cli: this build has no PDF support (built without the GUI)\n";
        return InvalidInput;
#endif
    }
    return writeOutput(parser.value(outputOpt), out, QStringLiteral("report"), io) ? Ok : InvalidInput;
}

// Only the PDF format needs a QGuiApplication (Qt WebEngine; offscreen when there is no display).
bool needsGui(const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a.compare(QLatin1String("--format=pdf"), Qt::CaseInsensitive) == 0
            || a.compare(QLatin1String("-f=pdf"), Qt::CaseInsensitive) == 0)
            return true;
        if ((a == QLatin1String("--format") || a == QLatin1String("-f")) && i + 1 < args.size()
            && args.at(i + 1).compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

const Command::Registrar registrar({QStringLiteral("report"),
                                    QStringLiteral("Write the review report (html, pdf, md, csv, json, claimreview, w3c)"),
                                    runReport, needsGui});

} // namespace

} // namespace Claimbench::Cli
