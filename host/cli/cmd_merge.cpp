// SPDX-License-Identifier: GPL-2.0-or-later
// claimbench-cli merge BASE OURS THEIRS: git's merge driver for claim sidecars (%O %A %B). Merges by claim id and
// field with the core's three-way merge (mergeClaimSetsUnordered()), writes the result over OURS, exit 1 on a
// claim-level conflict (kept in the sidecar with both values; git then reports the file as conflicted).
#include "cli.h"

#include "merge.h"
#include "review.h"
#include "sidecar.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace Claimbench::Cli {

namespace {

/// Reads one side. An empty (or, for BASE, missing) file is an empty claim set: git passes an empty BASE when
/// both branches added the file.
bool readSide(const QString &path, const QString &label, bool mayBeMissing, ClaimSetData *data,
              QList<SidecarError> *errors)
{
    // Not QFile: a FIFO or a device given as a side would never end, a huge file would be read whole.
    FileContents file = readRegularFile(path, Sidecar::MaxFileSize);
    if (!file.exists && mayBeMissing)
        return true;
    if (!file.ok()) {
        file.error.path = label; // as the other errors of this side name it
        errors->append(file.error);
        return false;
    }
    const QByteArray bytes = std::move(file.bytes);
    if (bytes.trimmed().isEmpty())
        return true;
    Sidecar::ReadResult read = Sidecar::parse(bytes, label);
    if (!read.ok()) {
        errors->append(read.errors);
        return false;
    }
    *data = std::move(read.data);
    return true;
}

int runMerge(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Merges two versions of a claims sidecar with their common ancestor, by claim id and field, and writes the\n"
        "result over OURS: git's merge driver (set up by 'claimbench-cli git-setup'; git passes %O %A %B).\n"
        "Changes to different claims or fields combine; history, reviewers and dismissals are unioned; the same\n"
        "field changed differently on both sides is a conflict kept in the claim with both values (the file stays\n"
        "valid: no conflict markers). The result does not depend on which side is OURS and is deterministic.\n"
        "Exit status: 0 merged cleanly, 1 claim-level conflicts (or a side that cannot be read: OURS is then left\n"
        "as it was), 2 usage error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("BASE"), QStringLiteral("The common ancestor (%O; may be empty)."));
    parser.addPositionalArgument(QStringLiteral("OURS"), QStringLiteral("This side (%A); the result is written here."));
    parser.addPositionalArgument(QStringLiteral("THEIRS"), QStringLiteral("The other side (%B)."));
    const QCommandLineOption pathOpt(QStringLiteral("path"),
                                     QStringLiteral("The sidecar's name in the repository (%P), for messages."),
                                     QStringLiteral("NAME"));
    parser.addOption(pathOpt);
    if (const auto done = parseArguments(parser, args, QStringLiteral("merge"), io))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3) {
        io.err << "claimbench-cli merge: expected BASE OURS THEIRS; see 'claimbench-cli merge --help'\n";
        return Usage;
    }
    const QString name = parser.isSet(pathOpt) ? parser.value(pathOpt) : positional.at(1);
    auto label = [&](const char *side) { return name + QLatin1String(" (") + QLatin1String(side) + QLatin1Char(')'); };

    ClaimSetData base, ours, theirs;
    QList<SidecarError> errors;
    bool ok = readSide(positional.at(0), label("base"), true, &base, &errors);
    ok = readSide(positional.at(1), label("ours"), false, &ours, &errors) && ok;
    ok = readSide(positional.at(2), label("theirs"), false, &theirs, &errors) && ok;
    if (!ok) {
        printErrors(errors, io);
        io.err << name << ": error: not merged; the file is left as it was\n";
        return InvalidInput;
    }

    const MergeResult result = mergeClaimSetsUnordered(base, ours, theirs);
    if (const SidecarError e = Sidecar::write(positional.at(1), result.merged); e.isValid())
        return printErrors({e}, io);
    if (result.isClean())
        return Ok;
    io.err << name << ": " << result.conflicted.size()
           << (result.conflicted.size() == 1 ? " claim has" : " claims have")
           << " conflicting changes, kept in the file with both values; resolve them in Claimbench:\n";
    for (const QUuid &id : result.conflicted)
        io.err << "  " << id.toString(QUuid::WithoutBraces) << '\n';
    return InvalidInput;
}

const Command::Registrar registrar({QStringLiteral("merge"),
                                    QStringLiteral("Merge two versions of a sidecar by claim and field (git's merge driver)"),
                                    runMerge, nullptr});

} // namespace

} // namespace Claimbench::Cli
