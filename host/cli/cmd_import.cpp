// SPDX-License-Identifier: GPL-2.0-or-later
// claimbench-cli import --w3c FILE --document DOC -o SIDECAR: W3C Web Annotations (or Hypothesis) → a sidecar.
#include "cli.h"

#include "reanchor.h"
#include "review.h"
#include "w3c.h"

#include <QCommandLineParser>
#include <QFile>

namespace Claimbench::Cli {

namespace {

int runImport(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Imports W3C Web Annotations (an AnnotationCollection, a page, or a Hypothesis export) on DOCUMENT into a\n"
        "claims sidecar. Each annotation is anchored on the document; those not found are kept as orphans.\n"
        "An existing sidecar is not replaced unless --force is given.\n"
        "Exit status: 0 ok, 1 invalid input, 2 usage error."));
    parser.addHelpOption();
    const QCommandLineOption w3cOpt(QStringLiteral("w3c"), QStringLiteral("The annotations to import."), QStringLiteral("FILE"));
    const QCommandLineOption documentOpt(QStringLiteral("document"), QStringLiteral("The annotated document."),
                                         QStringLiteral("DOC"));
    const QCommandLineOption outputOpt({QStringLiteral("o"), QStringLiteral("output")},
                                       QStringLiteral("The sidecar to write (default: DOC.claims.json)."),
                                       QStringLiteral("SIDECAR"));
    const QCommandLineOption forceOpt(QStringLiteral("force"), QStringLiteral("Replace an existing sidecar."));
    parser.addOptions({w3cOpt, documentOpt, outputOpt, forceOpt});
    if (const auto done = parseArguments(parser, args, QStringLiteral("import"), io))
        return *done;
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(w3cOpt) || !parser.isSet(documentOpt)) {
        io.err << "claimbench-cli import: expected --w3c FILE --document DOC [-o SIDECAR]; "
                  "see 'claimbench-cli import --help'\n";
        return Usage;
    }
    const QString documentPath = parser.value(documentOpt);
    const QString output = parser.isSet(outputOpt) ? parser.value(outputOpt) : Sidecar::pathFor(documentPath);

    ReviewLoadOptions options;
    options.sidecar = ReviewLoadOptions::SidecarMode::Ignore; // the output is checked below
    const LoadedReview review = loadReview(documentPath, options);
    if (!review.ok())
        return printErrors(review.errors, io);
    const QString &text = review.document.text;

    const QString w3cPath = parser.value(w3cOpt);
    const FileContents in = readRegularFile(w3cPath, Sidecar::MaxFileSize);
    if (!in.ok())
        return printErrors({in.error}, io);
    W3c::ImportResult r = W3c::importAnnotations(in.bytes, w3cPath, text);
    if (!r.ok())
        return printErrors(r.errors, io);
    if (QFile::exists(output) && !parser.isSet(forceOpt))
        return printErrors({LocatedError{output, 0, 0, QStringLiteral("exists; use --force to replace it")}}, io);
    ClaimSetData data = r.data;
    // The document as it is; where the article came from, as the export said (docs/w3c.md), when not known here.
    const DocumentSource source = data.document.source;
    data.document = review.identity;
    if (data.document.source.isEmpty())
        data.document.source = source;
    const AnchorSummary s = summarize(reanchor(text, data.claims));
    data.sortClaims();
    const SidecarError e = Sidecar::write(output, data);
    if (e.isValid())
        return printErrors({e}, io);
    io.out << output << ": " << data.claims.size() << " claims (" << s.exact << " exact, " << s.moved << " moved, "
           << s.fuzzy << " fuzzy, " << s.orphan << " orphan)";
    if (r.skipped)
        io.out << "; skipped " << r.skipped << " annotations without a text selector";
    io.out << '\n';
    return Ok;
}

const Command::Registrar registrar({QStringLiteral("import"),
                                    QStringLiteral("Import W3C Web Annotations (or a Hypothesis export) as a sidecar"),
                                    runImport, nullptr});

} // namespace

} // namespace Claimbench::Cli
