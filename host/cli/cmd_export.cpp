// SPDX-License-Identifier: GPL-2.0-or-later
// claimbench-cli export --w3c SIDECAR -o FILE: a sidecar → a W3C Web Annotation AnnotationCollection.
#include "cli.h"

#include "export.h"
#include "review.h"

#include <QCommandLineParser>

namespace Claimbench::Cli {

namespace {

int runExport(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Exports a claims sidecar as a W3C Web Annotation AnnotationCollection (TextQuoteSelector and\n"
        "TextPositionSelector in code points; bodies: classifying = claim type, assessing = verdict,\n"
        "commenting = notes, linking = sources, tagging = status).\n"
        "Exit status: 0 ok, 1 invalid input, 2 usage error."));
    parser.addHelpOption();
    const QCommandLineOption w3cOpt(QStringLiteral("w3c"), QStringLiteral("The sidecar to export."), QStringLiteral("SIDECAR"));
    const QCommandLineOption outputOpt({QStringLiteral("o"), QStringLiteral("output")},
                                       QStringLiteral("The file to write ('-': standard output)."), QStringLiteral("FILE"));
    const QCommandLineOption sourceOpt(QStringLiteral("source"),
                                       QStringLiteral("The target source IRI (default: the article's URL, else the document's file:// IRI)."),
                                       QStringLiteral("IRI"));
    parser.addOptions({w3cOpt, outputOpt, sourceOpt});
    if (const auto done = parseArguments(parser, args, QStringLiteral("export"), io))
        return *done;
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(w3cOpt) || !parser.isSet(outputOpt)) {
        io.err << "claimbench-cli export: expected --w3c SIDECAR -o FILE; see 'claimbench-cli export --help'\n";
        return Usage;
    }
    ReviewLoadOptions options;
    options.sidecarPath = parser.value(w3cOpt);
    options.sidecar = ReviewLoadOptions::SidecarMode::Required;
    options.reanchor = ReviewLoadOptions::Reanchor::Never;
    const LoadedReview review = loadReview(QString(), options);
    if (!review.ok())
        return printErrors(review.errors, io);
    ExportRequest request;
    request.format = ExportFormat::W3c;
    request.data = review.data;
    request.options.documentUrl = parser.value(sourceOpt);
    // The document is next to its sidecar ("DOC.claims.json"): its file:// IRI when the article has no URL.
    if (const QString sidecar = parser.value(w3cOpt); sidecar.endsWith(QLatin1String(".claims.json")))
        request.documentPath = sidecar.chopped(int(qstrlen(".claims.json")));
    const QByteArray bytes = exportReview(request).bytes;
    return writeOutput(parser.value(outputOpt), bytes, QStringLiteral("export"), io) ? Ok : InvalidInput;
}

const Command::Registrar registrar({QStringLiteral("export"),
                                    QStringLiteral("Export a sidecar as W3C Web Annotations"), runExport, nullptr});

} // namespace

} // namespace Claimbench::Cli
