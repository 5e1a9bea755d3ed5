// SPDX-License-Identifier: GPL-2.0-or-later
// claimbench-cli plugins [--json]: every plugin and declarative claim type found, loaded or rejected, with reasons.
#include "cli.h"

#include "pluginmanager.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Claimbench::Cli {

namespace {

QString kindOf(FieldDefinition::Kind kind)
{
    switch (kind) {
    case FieldDefinition::Text: return QStringLiteral("text");
    case FieldDefinition::Number: return QStringLiteral("number");
    case FieldDefinition::Date: return QStringLiteral("date");
    case FieldDefinition::Url: return QStringLiteral("url");
    case FieldDefinition::Choice: return QStringLiteral("choice");
    case FieldDefinition::Boolean: return QStringLiteral("boolean");
    }
    return QString();
}

int runPlugins(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lists every claim-type plugin and declarative claim type (*.claimtype.json) found in the search path,\n"
        "in load order, with its state (running, rejected, failed) and the reason for any problem. Plugin code\n"
        "runs in worker processes: a plugin that crashes or aborts while loading is listed as failed, with the\n"
        "signal (\"crashed (SIGSEGV) while loading\"), and remembered in the probe cache by its file's hash.\n"
        "Exit status: 0 ok (even when some plugins were rejected), 2 usage error."));
    parser.addHelpOption();
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(jsonOpt);
    if (const auto done = parseArguments(parser, args, QStringLiteral("plugins"), io))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        io.err << "claimbench-cli plugins: no arguments expected; see 'claimbench-cli plugins --help'\n";
        return Usage;
    }
    PluginManager manager;
    manager.loadPlugins();
    const QList<PluginRecord> records = manager.plugins();
    const QList<ClaimType> types = manager.claimTypes();

    if (parser.isSet(jsonOpt)) {
        QJsonArray plugins;
        for (const PluginRecord &r : records) {
            QJsonObject o{{QStringLiteral("id"), r.id},
                          {QStringLiteral("name"), r.name},
                          {QStringLiteral("version"), r.version},
                          {QStringLiteral("apiVersion"), r.apiVersion},
                          {QStringLiteral("description"), r.description},
                          {QStringLiteral("path"), r.path},
                          {QStringLiteral("kind"), r.declarative ? QStringLiteral("declarative") : QStringLiteral("library")},
                          {QStringLiteral("state"), stateToString(r.state)},
                          {QStringLiteral("hasDetector"), r.hasDetector},
                          {QStringLiteral("claimTypes"), QJsonArray::fromStringList(r.claimTypes)}};
            if (r.error.isValid()) {
                o.insert(QStringLiteral("error"), r.error.message);
                o.insert(QStringLiteral("located"), r.error.toString());
            }
            plugins.append(o);
        }
        QJsonArray claimTypes;
        for (const ClaimType &t : types) {
            QJsonArray fields;
            for (const FieldDefinition &f : t.fields)
                fields.append(QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("label"), f.label},
                                          {QStringLiteral("kind"), kindOf(f.kind)}, {QStringLiteral("required"), f.required}});
            claimTypes.append(QJsonObject{{QStringLiteral("id"), t.id},
                                          {QStringLiteral("name"), t.name},
                                          {QStringLiteral("plugin"), manager.pluginForClaimType(t.id)},
                                          {QStringLiteral("colour"), t.colour},
                                          {QStringLiteral("fields"), fields},
                                          {QStringLiteral("checklistSteps"), t.checklist.size()}});
        }
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("plugins"), plugins}, {QStringLiteral("claimTypes"), claimTypes}})
                      .toJson(QJsonDocument::Indented);
        return Ok;
    }
    io.out << "Search path:\n";
    for (const QString &p : manager.searchPaths())
        io.out << "  " << p << '\n';
    io.out << "Probe cache: " << (manager.probeCachePath().isEmpty() ? QStringLiteral("(none)") : manager.probeCachePath())
           << '\n';
    io.out << "\nPlugins (" << records.size() << "):\n";
    for (const PluginRecord &r : records) {
        io.out << "  " << (r.id.isEmpty() ? QStringLiteral("(no id)") : r.id).leftJustified(20) << ' '
               << stateToString(r.state).leftJustified(9) << ' ' << (r.declarative ? "declarative" : "library    ") << ' '
               << r.version.leftJustified(8) << ' ' << r.claimTypes.join(QStringLiteral(",")) << '\n'
               << "      " << r.path << '\n';
        if (r.error.isValid())
            io.out << "      " << r.error.toString() << '\n';
    }
    io.out << "\nClaim types (" << types.size() << "):\n";
    for (const ClaimType &t : types)
        io.out << "  " << t.id.leftJustified(20) << ' ' << t.name.leftJustified(28) << " from "
               << manager.pluginForClaimType(t.id) << ", " << t.fields.size() << " fields, " << t.checklist.size()
               << " checklist steps\n";
    return Ok;
}

const Command::Registrar registrar({QStringLiteral("plugins"),
                                    QStringLiteral("List the claim-type plugins found, loaded or rejected, with reasons"),
                                    runPlugins});

} // namespace

} // namespace Claimbench::Cli
