// SPDX-License-Identifier: GPL-2.0-or-later
// claimbench-cli scan DOC [--json] [--types a,b]: runs the claim detectors of every loaded plugin over a document.
#include "cli.h"

#include "claim.h"
#include "desklearning.h"
#include "pluginmanager.h"
#include "readabletext.h"
#include "review.h"
#include "sidecar.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Claimbench::Cli {

namespace {

QString oneLine(QString text, qsizetype max)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    if (text.size() > max)
        text = text.left(max - 1) + QChar(0x2026);
    return text;
}

int runScan(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Suggests claims in a document with the detectors of the loaded claim-type plugins (built-in, the user's\n"
        "plugin directory and CLAIMBENCH_PLUGIN_PATH), each in a worker process with a time and a memory limit: a\n"
        "plugin that crashes, hangs or runs out of memory is reported on standard error and the others go on.\n"
        "Detectors read the text a reader reads: Markdown and HTML source without their markup, scripts and styles;\n"
        "offsets point into the document's source (Unicode code points, end exclusive), \"text\" is the source they\n"
        "cover and \"readable\" what a reader reads of it.\n"
        "Exit status: 0 ok, 1 invalid input (unreadable document), 2 usage error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DOC"), QStringLiteral("The document (plain text, Markdown or HTML source)."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print JSON: {\"suggestions\":[...]}."));
    const QCommandLineOption typesOpt(QStringLiteral("types"), QStringLiteral("Only these claim types (comma-separated ids)."),
                                      QStringLiteral("IDS"));
    const QCommandLineOption timeOpt(
        QStringLiteral("time-limit"),
        QStringLiteral("Seconds each plugin's detector may run before it is stopped and reported (default %1).")
            .arg(double(PluginManager::DefaultTimeLimit.count()) / 1000.0),
        QStringLiteral("SECONDS"));
    const QCommandLineOption memoryOpt(QStringLiteral("memory-limit"),
                                       QStringLiteral("MiB of memory each plugin's detector may use (default %1).")
                                           .arg(PluginManager::DefaultMemoryLimit / (1024 * 1024)),
                                       QStringLiteral("MIB"));
    const QCommandLineOption overlappingOpt(
        QStringLiteral("overlapping"),
        QStringLiteral("Every detector's suggestions, overlapping ones included. By default one per passage, as the\n"
                       "workbench shows them: the surest rule's, naming the others' claim types; the trained detector's\n"
                       "only where no rule suggests, and from its minimum confidence."));
    parser.addOptions({jsonOpt, typesOpt, timeOpt, memoryOpt, overlappingOpt});
    if (const auto done = parseArguments(parser, args, QStringLiteral("scan"), io))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        io.err << "claimbench-cli scan: expected one DOC; see 'claimbench-cli scan --help'\n";
        return Usage;
    }

    // Plugins run in worker processes: a detector that crashes, hangs or runs out of memory is reported (and its
    // suggestions are missing); the others' suggestions are printed.
    PluginManager manager;
    if (parser.isSet(timeOpt)) {
        bool ok = false;
        const double seconds = parser.value(timeOpt).toDouble(&ok);
        if (!ok || !(seconds > 0) || seconds > 24 * 3600) {
            io.err << "claimbench-cli scan: --time-limit: not a number of seconds: " << parser.value(timeOpt) << '\n';
            return Usage;
        }
        manager.setTimeLimit(std::chrono::milliseconds(qint64(seconds * 1000)));
    }
    if (parser.isSet(memoryOpt)) {
        bool ok = false;
        const qint64 mib = parser.value(memoryOpt).toLongLong(&ok);
        if (!ok || mib <= 0 || mib > (qint64(1) << 30)) {
            io.err << "claimbench-cli scan: --memory-limit: not a number of MiB: " << parser.value(memoryOpt) << '\n';
            return Usage;
        }
        manager.setMemoryLimit(mib * 1024 * 1024);
    }
    manager.loadPlugins();
    for (const QString &e : manager.errors())
        io.err << e << '\n';

    QStringList types;
    if (parser.isSet(typesOpt)) {
        types = parser.value(typesOpt).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &t : types)
            t = t.trimmed();
        QStringList known;
        for (const ClaimType &t : manager.claimTypes())
            known << t.id;
        for (const QString &t : std::as_const(types)) {
            if (!known.contains(t)) {
                io.err << "claimbench-cli scan: unknown claim type '" << t << "' (known: " << known.join(QStringLiteral(", "))
                       << ")\n";
                return Usage;
            }
        }
        if (types.isEmpty()) {
            io.err << "claimbench-cli scan: --types needs at least one claim type id\n";
            return Usage;
        }
    }

    const LoadedReview review = loadDocument(positional.first());
    if (!review.ok())
        return printErrors(review.errors, io);
    const QString &text = review.document.text;
    // A document inside a desk gets the desk's model of the check-worthy detector (the workers inherit it).
    CheckWorthy::useDeskModelFor(positional.first());

    QObject::connect(&manager, &PluginManager::pluginFailed, [&io](const QString &id, const QString &reason) {
        io.err << "claimbench-cli scan: plugin '" << id << "' failed: " << reason << '\n';
    });
    // Detectors read what a reader reads (Markdown and HTML source without markup); offsets stay the source's.
    const QString mediaType = identifyDocument(review.documentPath, {}).mediaType;
    QList<PluginSuggestion> found = manager.detectInDocument(text, mediaType, Cancellation(), types);
    if (!parser.isSet(overlappingOpt))
        found = manager.combine(found);
    const CodePointIndex index(text);

    if (parser.isSet(jsonOpt)) {
        QJsonArray list;
        for (const PluginSuggestion &ps : found) {
            const Suggestion &s = ps.suggestion;
            QJsonObject o;
            o.insert(QStringLiteral("start"), qint64(index.toCodePoints(s.start)));
            o.insert(QStringLiteral("end"), qint64(index.toCodePoints(s.end)));
            o.insert(QStringLiteral("text"), text.mid(s.start, s.end - s.start)); // the source the offsets cover
            o.insert(QStringLiteral("readable"), readableText(QStringView(text).mid(s.start, s.end - s.start), mediaType));
            o.insert(QStringLiteral("claimType"), s.claimType);
            o.insert(QStringLiteral("confidence"), s.confidence);
            o.insert(QStringLiteral("rationale"), s.rationale);
            o.insert(QStringLiteral("plugin"), ps.pluginId);
            list.append(o);
        }
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("suggestions"), list}}).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (found.isEmpty()) {
        io.out << "No claims suggested.\n";
        return Ok;
    }
    io.out << QStringLiteral("%1  %2  %3  %4\n").arg(QStringLiteral("start-end").leftJustified(13),
                                                     QStringLiteral("claim type").leftJustified(18),
                                                     QStringLiteral("conf"), QStringLiteral("text"));
    for (const PluginSuggestion &ps : found) {
        const Suggestion &s = ps.suggestion;
        const QString range = QStringLiteral("%1-%2").arg(index.toCodePoints(s.start)).arg(index.toCodePoints(s.end));
        io.out << range.leftJustified(13) << "  " << s.claimType.leftJustified(18) << "  "
               << QString::number(s.confidence, 'f', 2) << "  " << oneLine(readableText(QStringView(text).mid(s.start, s.end - s.start), mediaType), 70)
               << "\n" << QString(13 + 2 + 18 + 2 + 4 + 2, QLatin1Char(' ')) << "(" << s.rationale << ")\n";
    }
    io.out << found.size() << " suggestions.\n";
    return Ok;
}

const Command::Registrar registrar({QStringLiteral("scan"),
                                    QStringLiteral("Suggest claims in a document with the plugins' detectors"), runScan});

} // namespace

} // namespace Claimbench::Cli
