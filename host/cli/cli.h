// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "sidecar.h"

#include <QString>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <optional>

class QCommandLineParser;

namespace Claimbench::Cli {

/// Exit codes of every command.
enum ExitCode { Ok = 0, InvalidInput = 1, Usage = 2 };

/// The streams a command writes to (stdout/stderr in the real program).
struct Io {
    QTextStream &out;
    QTextStream &err;
};

/// A subcommand: `claimbench-cli NAME ARGS...`. `run` gets the arguments after the name (argv[0] is the
/// command name, for QCommandLineParser) and returns an ExitCode. Each command lives in its own file and
/// registers itself with a static Command::Registrar.
struct Command {
    QString name;
    QString summary; ///< one line for `claimbench-cli --help`
    std::function<int(const QStringList &args, Io &io)> run;
    /// Whether these arguments need a QGuiApplication (PDF printing through Qt WebEngine); unset: never.
    std::function<bool(const QStringList &args)> needsGui = nullptr;

    struct Registrar {
        explicit Registrar(Command command);
    };
};

const QList<Command> &commands();

/// Parses a command's arguments. A parse error is printed ("claimbench-cli COMMAND: ...") and gives Usage; --help
/// prints the help and gives Ok. Returns the exit code when the command is done, nothing when it should go on.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &args, const QString &command, Io &io);

/// Prints located errors to io.err, one a line (`PATH:LINE:COLUMN: error: MESSAGE`). Returns InvalidInput.
int printErrors(const QList<SidecarError> &errors, Io &io);

/// Writes a command's output: atomically to a file (writeFileAtomically()), or to standard output for "-" (flushed
/// and checked). Prints the error (`PATH: error: cannot write: ...`, `standard output: error: cannot write: ...`)
/// and returns false when it cannot. run() checks standard output again when a command ends: text a command
/// printed that could not be written makes the exit status 1 too.
bool writeOutput(const QString &path, const QByteArray &bytes, const QString &command, Io &io);

/// `claimbench-cli desk train DIR` (cmd_desktrain.cpp): the desk's check-worthiness model from its decisions.
int deskTrainCommand(const QStringList &args, Io &io);

/// The whole program; main() only calls this.
int run(int argc, char **argv);

} // namespace Claimbench::Cli
