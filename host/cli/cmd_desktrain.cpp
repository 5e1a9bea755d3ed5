// SPDX-License-Identifier: GPL-2.0-or-later
// claimbench-cli desk train DIR: trains the desk's check-worthiness model from the decisions in its sidecars
// (marked and accepted claims as positives, dismissed suggestions as negatives) on top of the shipped model and
// writes it to DIR/.claimbench/checkworthy-desk.model (see docs/detection.md). `desk` dispatches here.
#include "cli.h"

#include "desklearning.h"

#include <QCommandLineParser>

namespace Claimbench::Cli {

int deskTrainCommand(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Trains the desk model of the check-worthiness detector from the desk's decisions: every marked or accepted\n"
        "claim is a positive example, every dismissed suggestion a negative one. The model is written to\n"
        "DIR/.claimbench/checkworthy-desk.model and used when CLAIMBENCH_DESK names the desk.\n"
        "Exit status: 0 written, 1 nothing to learn from or cannot write, 2 usage error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The desk folder."));
    if (const auto done = parseArguments(parser, args, QStringLiteral("desk train"), io))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        io.err << "claimbench-cli desk train: expected one DIR; see 'claimbench-cli desk train --help'\n";
        return Usage;
    }
    const CheckWorthy::DeskTraining t = CheckWorthy::trainDeskFolder(positional.first());
    for (const LocatedError &e : t.decisions.skipped)
        io.err << e.toString() << " (skipped)\n";
    if (!t.ok()) {
        io.err << t.error.toString() << '\n';
        return InvalidInput;
    }
    io.out << t.path << ": " << t.model.positives() << " positive and " << t.model.negatives()
           << " negative examples from " << t.decisions.articles << " articles, " << t.model.size()
           << " weights changed\n";
    return Ok;
}

} // namespace Claimbench::Cli
