// SPDX-License-Identifier: GPL-2.0-or-later
// claimbench-cli git-setup [DIR]: makes git merge claim sidecars with `claimbench-cli merge` — `.gitattributes`
// (`*.claims.json merge=claimbench`, versioned) and the repository's merge.claimbench.* configuration (per clone).
#include "cli.h"

#include "atomicfile.h"
#include "review.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace Claimbench::Cli {

namespace {

const QString attributesLine = QStringLiteral("*.claims.json merge=claimbench");

struct GitRun {
    bool ok = false;
    QString out;
    QString err;
};

GitRun git(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral("git"));
    p.setArguments(QStringList{QStringLiteral("-C"), dir} + args);
    p.start();
    if (!p.waitForStarted() || !p.waitForFinished(-1))
        return {false, QString(), QStringLiteral("cannot run git: ") + p.errorString()};
    return {p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
            QString::fromUtf8(p.readAllStandardOutput()).trimmed(), QString::fromUtf8(p.readAllStandardError()).trimmed()};
}

/// A word for the shell git runs the driver with.
QString shellQuoted(const QString &s)
{
    QString r = s;
    r.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + r + QLatin1Char('\'');
}

int runGitSetup(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sets up a git repository so that git merges claim sidecars by claim and field instead of by line:\n"
        "adds '*.claims.json merge=claimbench' to DIR/.gitattributes (commit it: it travels with the desk) and sets\n"
        "merge.claimbench.driver in the repository's configuration (each clone runs this once). Running it again\n"
        "changes nothing. Exit status: 0 done, 1 not a git work tree or a write failed, 2 usage error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("A folder in the git work tree (default: .)."),
                                 QStringLiteral("[DIR]"));
    const QCommandLineOption commandOpt(QStringLiteral("command"),
                                        QStringLiteral("The claimbench-cli git runs (default: this program)."),
                                        QStringLiteral("PROGRAM"));
    parser.addOption(commandOpt);
    if (const auto done = parseArguments(parser, args, QStringLiteral("git-setup"), io))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        io.err << "claimbench-cli git-setup: expected at most one DIR; see 'claimbench-cli git-setup --help'\n";
        return Usage;
    }
    const QString dir = QDir(positional.value(0, QStringLiteral("."))).absolutePath();
    if (const GitRun top = git(dir, {QStringLiteral("rev-parse"), QStringLiteral("--show-toplevel")}); !top.ok) {
        io.err << dir << ": error: not in a git work tree" << (top.err.isEmpty() ? QString() : QLatin1String(": ") + top.err)
               << '\n';
        return InvalidInput;
    }

    // .gitattributes: the line once, the rest of the file as it was.
    const QString attributesPath = QDir(dir).filePath(QStringLiteral(".gitattributes"));
    QByteArray attributes;
    // Not QFile: a FIFO or a device there would never end, a huge file would be read whole.
    constexpr qint64 MaxAttributesSize = 16 * 1024 * 1024;
    if (FileContents f = readRegularFile(attributesPath, MaxAttributesSize); f.exists) {
        if (!f.ok())
            return printErrors({f.error}, io);
        attributes = std::move(f.bytes);
    }
    bool present = false;
    for (const QByteArray &line : attributes.split('\n'))
        present = present || line.simplified() == attributesLine.toUtf8();
    if (!present) {
        if (!attributes.isEmpty() && !attributes.endsWith('\n'))
            attributes += '\n';
        attributes += attributesLine.toUtf8() + '\n';
        if (const SidecarError e = writeFileAtomically(attributesPath, attributes); e.isValid())
            return printErrors({e}, io);
        io.out << attributesPath << ": added " << attributesLine << '\n';
    } else {
        io.out << attributesPath << ": has " << attributesLine << '\n';
    }

    // The driver, for this clone.
    const QString program = parser.isSet(commandOpt) ? parser.value(commandOpt) : QCoreApplication::applicationFilePath();
    const QString driver = shellQuoted(program) + QLatin1String(" merge %O %A %B --path %P");
    const QList<std::pair<QString, QString>> config = {
        {QStringLiteral("merge.claimbench.name"), QStringLiteral("Claimbench: claims merged by claim and field")},
        {QStringLiteral("merge.claimbench.driver"), driver}};
    for (const auto &[key, value] : config) {
        if (const GitRun set = git(dir, {QStringLiteral("config"), QStringLiteral("--local"), key, value}); !set.ok) {
            io.err << dir << ": error: git config " << key << " failed: " << set.err << '\n';
            return InvalidInput;
        }
        io.out << "git config " << key << ' ' << shellQuoted(value) << '\n';
    }
    return Ok;
}

const Command::Registrar registrar({QStringLiteral("git-setup"),
                                    QStringLiteral("Make git merge claim sidecars with 'claimbench-cli merge'"),
                                    runGitSetup, nullptr});

} // namespace

} // namespace Claimbench::Cli
