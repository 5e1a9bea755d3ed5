// SPDX-License-Identifier: GPL-2.0-or-later
// claimbench-cli export --w3c SIDECAR -o FILE: a sidecar → a W3C Web Annotation AnnotationCollection.
#include "cli.h"

#include "export.h"
#include "sidecar.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>

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
                                       QStringLiteral("The target source IRI (default: the document's file name)."),
                                       QStringLiteral("IRI"));
    parser.addOptions({w3cOpt, outputOpt, sourceOpt});
    if (const auto done = parseArguments(parser, args, QStringLiteral("export"), io))
        return *done;
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(w3cOpt) || !parser.isSet(outputOpt)) {
        io.err << "claimbench-cli export: expected --w3c SIDECAR -o FILE; see 'claimbench-cli export --help'\n";
        return Usage;
    }
    const Sidecar::ReadResult r = Sidecar::read(parser.value(w3cOpt));
    if (!r.ok()) {
        for (const SidecarError &e : r.errors)
            io.err << e.toString() << '\n';
        return InvalidInput;
    }
    ExportRequest request;
    request.format = ExportFormat::W3c;
    request.data = r.data;
    request.options.documentUrl = parser.value(sourceOpt);
    const QByteArray bytes = exportReview(request).bytes;
    const QString output = parser.value(outputOpt);
    if (output == QLatin1String("-")) {
        io.out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
            io.err << "claimbench-cli export: cannot write to standard output\n";
            return InvalidInput;
        }
        return Ok;
    }
    QSaveFile f(output);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        io.err << output << ": error: cannot write: " << f.errorString() << '\n';
        return InvalidInput;
    }
    return Ok;
}

const Command::Registrar registrar({QStringLiteral("export"),
                                    QStringLiteral("Export a sidecar as W3C Web Annotations"), runExport, nullptr});

} // namespace

} // namespace Claimbench::Cli
