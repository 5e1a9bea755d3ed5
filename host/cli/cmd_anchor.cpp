// SPDX-License-Identifier: GPL-2.0-or-later
// claimbench-cli anchor --document DOC (--sidecar S | --w3c FILE) [--json]: finds the claims again in DOC.
#include "cli.h"

#include "jsonoutput.h"
#include "reanchor.h"
#include "review.h"
#include "w3c.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Claimbench::Cli {

namespace {

QString number(qsizetype v)
{
    return v < 0 ? QStringLiteral("null") : QString::number(v);
}

// A JSON string, safe in HTML too (jsonoutput.h).
QString jsonString(const QString &s)
{
    return QString::fromUtf8(htmlSafeJson(QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact).chopped(1).mid(1)));
}

QString score(double s)
{
    return QString::number(std::round(s * 1000.0) / 1000.0, 'g', 4);
}

int runAnchor(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Finds claims again in a (possibly changed) document: the saved position if the text there is unchanged\n"
        "(exact), else the quote elsewhere (moved), else an approximate match (fuzzy, with a score), else orphan.\n"
        "Positions are Unicode code points, end exclusive. Nothing is written.\n"
        "Exit status: 0 ok, 1 invalid input, 2 usage error."));
    parser.addHelpOption();
    const QCommandLineOption documentOpt(QStringLiteral("document"), QStringLiteral("The document."), QStringLiteral("DOC"));
    const QCommandLineOption sidecarOpt(QStringLiteral("sidecar"), QStringLiteral("A claims sidecar."), QStringLiteral("SIDECAR"));
    const QCommandLineOption w3cOpt(QStringLiteral("w3c"), QStringLiteral("A W3C Web Annotation (or Hypothesis) file."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     QStringLiteral("Print {\"annotations\":[{id,state,start,end,score}],\"summary\":"
                                                    "{exact,moved,fuzzy,orphan}}; with --w3c, id is the "
                                                    "annotation's id as the file gives it and uuid the claim's."));
    parser.addOptions({documentOpt, sidecarOpt, w3cOpt, jsonOpt});
    if (const auto done = parseArguments(parser, args, QStringLiteral("anchor"), io))
        return *done;
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(documentOpt)
        || parser.isSet(sidecarOpt) == parser.isSet(w3cOpt)) {
        io.err << "claimbench-cli anchor: expected --document DOC and one of --sidecar SIDECAR or --w3c FILE; "
                  "see 'claimbench-cli anchor --help'\n";
        return Usage;
    }

    const QString documentPath = parser.value(documentOpt);
    QList<AnchorResult> results;
    QHash<IdKey, QString> givenIds; // --w3c: each annotation's id as the file gives it
    if (parser.isSet(sidecarOpt)) {
        ReviewLoadOptions options;
        options.sidecarPath = parser.value(sidecarOpt);
        options.sidecar = ReviewLoadOptions::SidecarMode::Required;
        options.reanchor = ReviewLoadOptions::Reanchor::Always;
        const LoadedReview review = loadReview(documentPath, options);
        if (!review.ok())
            return printErrors(review.errors, io);
        results = review.anchoring;
    } else {
        const LoadedReview review = loadDocument(documentPath);
        if (!review.ok())
            return printErrors(review.errors, io);
        const QString path = parser.value(w3cOpt);
        const FileContents file = readRegularFile(path, Sidecar::MaxFileSize);
        if (!file.ok())
            return printErrors({file.error}, io);
        W3c::ImportResult r = W3c::importAnnotations(file.bytes, path, review.document.text);
        if (!r.ok())
            return printErrors(r.errors, io);
        results = reanchor(review.document.text, r.data.claims);
        for (const Claim &c : std::as_const(r.data.claims)) {
            const QString given = c.extra.value(QLatin1String("w3cId")).toString();
            givenIds.insert(c.id, given.isEmpty() ? QLatin1String("urn:uuid:") + c.id.toString(QUuid::WithoutBraces) : given);
        }
    }

    const AnchorSummary s = summarize(results);
    if (parser.isSet(jsonOpt)) {
        io.out << "{\"annotations\":[";
        for (qsizetype i = 0; i < results.size(); ++i) {
            const AnchorResult &r = results.at(i);
            const QString uuid = r.id.toString(QUuid::WithoutBraces);
            io.out << (i ? "," : "") << "{\"id\":" << jsonString(givenIds.value(r.id, uuid));
            if (givenIds.contains(r.id))
                io.out << ",\"uuid\":\"" << uuid << '"';
            io.out << ",\"state\":\""
                   << anchorStateToString(r.state) << "\",\"start\":" << number(r.start) << ",\"end\":"
                   << number(r.start < 0 ? -1 : r.end) << ",\"score\":" << score(r.score) << '}';
        }
        io.out << "],\"summary\":{\"exact\":" << s.exact << ",\"moved\":" << s.moved << ",\"fuzzy\":" << s.fuzzy
               << ",\"orphan\":" << s.orphan << "}}\n";
    } else {
        for (const AnchorResult &r : results) {
            io.out << givenIds.value(r.id, r.id.toString(QUuid::WithoutBraces)) << ' ' << anchorStateToString(r.state).leftJustified(6);
            if (r.state != AnchorState::Orphan)
                io.out << ' ' << r.start << '-' << r.end;
            if (r.state == AnchorState::Fuzzy)
                io.out << " score " << score(r.score);
            io.out << '\n';
        }
        io.out << s.exact << " exact, " << s.moved << " moved, " << s.fuzzy << " fuzzy, " << s.orphan << " orphan\n";
    }
    return Ok;
}

const Command::Registrar registrar({QStringLiteral("anchor"),
                                    QStringLiteral("Find claims again in a changed document (exact, moved, fuzzy, orphan)"),
                                    runAnchor, nullptr});

} // namespace

} // namespace Claimbench::Cli
