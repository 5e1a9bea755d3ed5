// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli.h"

#include "atomicfile.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QFile>
#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include <unistd.h>

#ifdef CLAIMBENCH_HAVE_PDF
#include "webengine.h"

#include <QGuiApplication>
#endif

namespace Claimbench::Cli {

namespace {
QList<Command> &registry()
{
    static QList<Command> commands;
    return commands;
}

// The first write error on standard output, and whether it was printed.
QString standardOutputError;
bool standardOutputErrorPrinted = false;

void noteStandardOutputError(Io &io)
{
    if (!standardOutputError.isEmpty())
        return;
    const auto *file = qobject_cast<const QFileDevice *>(io.out.device());
    if (file && file->error() != QFileDevice::NoError)
        standardOutputError = file->errorString();
    else if (io.out.status() != QTextStream::Ok)
        standardOutputError = file ? file->errorString() : QStringLiteral("write failed");
}

/// Pushes everything written to standard output to its file descriptor (io.out writes through a QFile on it, which
/// keeps the reason of a failure). False, with the error printed once, when any of it could not be written (a
/// full disk, a closed pipe): `standard output: error: cannot write: No space left on device`.
bool flushStandardOutput(Io &io)
{
    io.out.flush();
    if (auto *file = qobject_cast<QFileDevice *>(io.out.device()); file && !file->flush())
        noteStandardOutputError(io);
    noteStandardOutputError(io);
    if (std::fflush(stdout) != 0 && standardOutputError.isEmpty()) // anything printed with stdio
        standardOutputError = QString::fromLocal8Bit(std::strerror(errno));
    if (standardOutputError.isEmpty())
        return true;
    if (!standardOutputErrorPrinted) {
        standardOutputErrorPrinted = true;
        io.err << "standard output: error: cannot write: " << standardOutputError << '\n';
        io.err.flush();
    }
    return false;
}

void printHelp(QTextStream &out)
{
    out << "Usage: claimbench-cli [--version] [--help] COMMAND [ARGS...]\n\n"
        << "Scans, checks and reports on Claimbench claim sidecars (DOCUMENT.claims.json).\n\n"
        << "Commands:\n";
    auto sorted = commands();
    std::sort(sorted.begin(), sorted.end(), [](const Command &a, const Command &b) { return a.name < b.name; });
    for (const Command &c : sorted)
        out << "  " << c.name.leftJustified(12) << ' ' << c.summary << '\n';
    out << "\n'claimbench-cli COMMAND --help' describes a command's options.\n"
        << "Exit status: 0 ok, 1 invalid input, 2 usage error.\n";
}
} // namespace

Command::Registrar::Registrar(Command command)
{
    registry().append(std::move(command));
}

const QList<Command> &commands()
{
    return registry();
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &args, const QString &command, Io &io)
{
    if (!parser.parse(args)) {
        io.err << "claimbench-cli " << command << ": " << parser.errorText() << '\n';
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return Ok;
    }
    return std::nullopt;
}

int printErrors(const QList<SidecarError> &errors, Io &io)
{
    for (const SidecarError &e : errors)
        io.err << e.toString() << '\n';
    return InvalidInput;
}

bool writeOutput(const QString &path, const QByteArray &bytes, const QString &command, Io &io)
{
    Q_UNUSED(command);
    if (path == QLatin1String("-")) {
        io.out.flush();
        QIODevice *device = io.out.device();
        if (!device && standardOutputError.isEmpty())
            standardOutputError = QStringLiteral("not open");
        else if (device && device->write(bytes) != bytes.size())
            noteStandardOutputError(io);
        return flushStandardOutput(io);
    }
    const SidecarError e = writeFileAtomically(path, bytes);
    if (e.isValid()) {
        printErrors({e}, io);
        return false;
    }
    return true;
}

int run(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    // Standard output through a QFile on its descriptor (unbuffered: QTextStream buffers), so that a failed write
    // keeps its reason; flushStandardOutput() checks it when the command ends.
    QFile standardOutput;
    standardOutput.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered);
    QTextStream out(&standardOutput);
    QTextStream err(stderr);
    Io io{out, err};
    // Whatever a command did, output that did not reach standard output is an error (exit 1).
    auto finish = [&io](int code) {
        const bool written = flushStandardOutput(io);
        io.err.flush();
        return written || code != Ok ? code : int(InvalidInput);
    };

    if (args.size() < 2) {
        printHelp(err);
        return finish(Usage);
    }
    const QString first = args.at(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << "claimbench-cli " << CLAIMBENCH_VERSION << '\n';
        return finish(Ok);
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printHelp(out);
        return finish(Ok);
    }
    const auto it = std::find_if(commands().cbegin(), commands().cend(),
                                 [&](const Command &c) { return c.name == first; });
    if (it == commands().cend()) {
        err << "claimbench-cli: unknown command '" << first << "'; see 'claimbench-cli --help'\n";
        return finish(Usage);
    }

    // Only PDF printing needs a GUI application (Qt WebEngine); everything else is a plain QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
#ifdef CLAIMBENCH_HAVE_PDF
    if (it->needsGui && it->needsGui(args.mid(1))) {
        Claimbench::prepareWebEngine();
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("claimbench"));
    QCoreApplication::setOrganizationName(QStringLiteral("claimbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLAIMBENCH_VERSION));
    Claimbench::installTranslations();

    return finish(it->run(args.mid(1), io));
}

} // namespace Claimbench::Cli
