// SPDX-License-Identifier: GPL-2.0-or-later
// claimbench-cli desk status|search|similar|train DIR ...: a folder of articles and their sidecars (a desk), through
// its SQLite FTS5 index in the user's cache (host/desk/deskindex.h), brought up to date before each command.
#include "cli.h"

#include "deskindex.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace Claimbench::Cli {

namespace {

QJsonObject rowToJson(const DeskClaimRow &r, bool withSnippet)
{
    QJsonObject o{{QStringLiteral("article"), r.relativePath},
                  {QStringLiteral("claim"), r.id.toString(QUuid::WithoutBraces)},
                  {QStringLiteral("status"), statusToString(r.status)},
                  {QStringLiteral("verdict"), r.verdict.isEmpty() ? QJsonValue() : QJsonValue(r.verdict)},
                  {QStringLiteral("quote"), r.quote},
                  {QStringLiteral("statement"), r.statement},
                  {QStringLiteral("claimant"), r.claimant},
                  {QStringLiteral("score"), qRound(r.score * 1000) / 1000.0}};
    if (withSnippet)
        o.insert(QStringLiteral("snippet"), r.snippet);
    return o;
}

QString oneLine(QString s, int max = 100)
{
    s = s.simplified();
    return s.size() > max ? s.left(max - 1) + QChar(0x2026) : s;
}

int runDesk(const QStringList &args, Io &io)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("train"))
        return deskTrainCommand(QStringList{QStringLiteral("desk train")} + args.mid(2), io);
    const bool known = sub == QLatin1String("status") || sub == QLatin1String("search") || sub == QLatin1String("similar");

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A desk is a folder (usually a git work tree) of articles with their sidecars.\n"
        "  desk status DIR            claims by status and verdict, what is assigned to you and waits for your\n"
        "                             second review\n"
        "  desk search DIR QUERY...   quotes, statements, claimants, notes and sources (every word; the last may\n"
        "                             be the start of a word)\n"
        "  desk similar DIR TEXT...   earlier claims like TEXT (\"checked before?\"), best first, with their verdicts\n"
        "  desk train DIR             the desk's check-worthiness model\n"
        "The index lives in the user's cache and is brought up to date from the sidecars first (see docs/desk.md).\n"
        "Exit status: 0 ok, 1 the desk file or the index cannot be read, 2 usage error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("COMMAND"), QStringLiteral("status, search, similar or train."));
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The desk folder."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption reviewerOpt(QStringLiteral("reviewer"),
                                         QStringLiteral("Who \"me\" is (default: git config user.name in DIR)."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption limitOpt(QStringLiteral("limit"), QStringLiteral("At most N results (default 20; similar 10)."),
                                      QStringLiteral("N"));
    parser.addOptions({jsonOpt, reviewerOpt, limitOpt});
    QStringList parserArgs = args;
    if (known)
        parserArgs.removeAt(1);
    if (const auto done = parseArguments(parser, parserArgs, QStringLiteral("desk"), io))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (!known) {
        io.err << "claimbench-cli desk: expected status, search, similar or train; see 'claimbench-cli desk --help'\n";
        return Usage;
    }
    const bool needsText = sub != QLatin1String("status");
    if (positional.isEmpty() || (needsText && positional.size() < 2) || (!needsText && positional.size() != 1)) {
        io.err << "claimbench-cli desk " << sub << ": expected DIR" << (needsText ? " and text" : "")
               << "; see 'claimbench-cli desk --help'\n";
        return Usage;
    }
    bool limitOk = true;
    const int limit = parser.isSet(limitOpt) ? parser.value(limitOpt).toInt(&limitOk)
                                             : (sub == QLatin1String("similar") ? 10 : 20);
    if (!limitOk || limit <= 0) {
        io.err << "claimbench-cli desk: --limit expects a positive number\n";
        return Usage;
    }
    const QString dir = positional.first();
    if (!QFileInfo(dir).isDir()) {
        io.err << dir << ": error: not a folder\n";
        return InvalidInput;
    }
    const DeskFile::ReadResult deskFile = DeskFile::read(dir);
    if (!deskFile.ok())
        return printErrors(deskFile.errors, io);

    DeskIndex index(dir);
    const DeskIndexUpdate update = index.update();
    if (!update.ok()) {
        io.err << index.databasePath() << ": error: " << update.error << '\n';
        return InvalidInput;
    }
    const bool json = parser.isSet(jsonOpt);
    const QString text = positional.mid(1).join(QLatin1Char(' '));

    if (sub == QLatin1String("status")) {
        const QString me = parser.isSet(reviewerOpt) ? parser.value(reviewerOpt) : gitUserName(dir);
        const DeskCounts c = index.counts(me, deskFile.settings);
        QJsonArray unreadable;
        for (const DeskArticleRow &a : index.articles(me, deskFile.settings)) {
            if (!a.error.isEmpty()) {
                unreadable.append(QJsonObject{{QStringLiteral("article"), a.relativePath}, {QStringLiteral("error"), a.error}});
                if (!json)
                    io.err << a.error << '\n';
            }
        }
        if (json) {
            QJsonObject o = c.toJson();
            o.insert(QStringLiteral("desk"), QDir(dir).absolutePath());
            o.insert(QStringLiteral("reviewer"), me);
            o.insert(QStringLiteral("requireSecondReview"), deskFile.settings.requireSecondReview);
            o.insert(QStringLiteral("unreadableArticles"), unreadable);
            io.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            return Ok;
        }
        io.out << QDir(dir).absolutePath() << ": " << c.articles << (c.articles == 1 ? " article, " : " articles, ")
               << c.claims << (c.claims == 1 ? " claim" : " claims");
        if (c.unreadable)
            io.out << " (" << c.unreadable << " sidecars unreadable)";
        io.out << "\n  status:";
        for (const QString &s : allStatusIds())
            io.out << ' ' << s << ' ' << c.byStatus.value(s) << (s == allStatusIds().last() ? "" : ",");
        io.out << "\n  verdict:";
        bool firstVerdict = true;
        for (auto it = c.byVerdict.cbegin(); it != c.byVerdict.cend(); ++it) {
            io.out << (firstVerdict ? " " : ", ") << (it.key().isEmpty() ? QStringLiteral("none") : it.key()) << ' ' << *it;
            firstVerdict = false;
        }
        io.out << "\n  conflicts " << c.conflicted << ", to review again " << c.reReview << ", approved " << c.approved
               << (deskFile.settings.requireSecondReview ? " (second review required)" : "") << '\n';
        if (!me.isEmpty())
            io.out << "  " << me << ": " << c.assignedToMe << " assigned, " << c.waitingForMe
                   << " waiting for second review\n";
        return Ok;
    }

    const bool search = sub == QLatin1String("search");
    const QList<DeskClaimRow> hits = search ? index.search(text, limit) : index.similar(text, limit);
    if (json) {
        QJsonArray a;
        for (const DeskClaimRow &r : hits)
            a.append(rowToJson(r, search));
        io.out << QJsonDocument(QJsonObject{{search ? QStringLiteral("query") : QStringLiteral("text"), text},
                                            {QStringLiteral("results"), a}})
                      .toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const DeskClaimRow &r : hits) {
        const QString verdict = r.verdict.isEmpty() ? statusToString(r.status) : r.verdict;
        if (search)
            io.out << r.relativePath << ' ' << r.id.toString(QUuid::WithoutBraces) << " [" << verdict << "] "
                   << oneLine(r.snippet) << '\n';
        else
            io.out << QString::number(r.score, 'f', 2) << ' ' << r.relativePath << ' '
                   << r.id.toString(QUuid::WithoutBraces) << " [" << verdict << "] "
                   << oneLine(r.statement.isEmpty() ? r.quote : r.statement) << '\n';
    }
    if (hits.isEmpty())
        io.err << "no " << (search ? "matches" : "similar claims") << '\n';
    return Ok;
}

const Command::Registrar registrar({QStringLiteral("desk"),
                                    QStringLiteral("A folder of articles: status, search, similar claims, train"),
                                    runDesk, nullptr});

} // namespace

} // namespace Claimbench::Cli
