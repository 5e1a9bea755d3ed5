// SPDX-License-Identifier: GPL-2.0-or-later
// claimbench-cli validate SIDECAR [--document DOC]: checks a claims file; located errors on stderr, one per line.
#include "cli.h"

#include "review.h"

#include <QCommandLineParser>

namespace Claimbench::Cli {

namespace {

int runValidate(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Checks a claims sidecar (DOCUMENT.claims.json) against the format and, with --document, against the\n"
        "document: positions must lie inside it. Problems go to standard error as PATH:LINE:COLUMN: error: MESSAGE.\n"
        "Exit status: 0 valid, 1 invalid, 2 usage error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("SIDECAR"), QStringLiteral("The claims file to check."));
    const QCommandLineOption documentOpt(QStringLiteral("document"),
                                         QStringLiteral("The document the claims belong to."), QStringLiteral("DOC"));
    parser.addOption(documentOpt);
    if (const auto done = parseArguments(parser, args, QStringLiteral("validate"), io))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        io.err << "claimbench-cli validate: expected one SIDECAR; see 'claimbench-cli validate --help'\n";
        return Usage;
    }
    const QString sidecarPath = positional.first();

    // With --document: positions are checked against it (nothing is re-anchored).
    ReviewLoadOptions options;
    options.sidecarPath = sidecarPath;
    options.sidecar = ReviewLoadOptions::SidecarMode::Required;
    options.reanchor = ReviewLoadOptions::Reanchor::Never;
    options.checkPositions = true;
    const LoadedReview review = loadReview(parser.value(documentOpt), options);
    if (!review.ok())
        return printErrors(review.errors, io);
    if (review.documentChanged())
        io.err << sidecarPath << ": note: the document changed since the claims were saved; "
               << "'claimbench-cli anchor' shows where they are now\n";
    io.out << sidecarPath << ": ok, " << review.data.claims.size() << " claims\n";
    return Ok;
}

const Command::Registrar registrar({QStringLiteral("validate"),
                                    QStringLiteral("Check a claims sidecar (and its positions against the document)"),
                                    runValidate, nullptr});

} // namespace

} // namespace Claimbench::Cli
