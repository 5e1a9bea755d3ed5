// SPDX-License-Identifier: GPL-2.0-or-later
// claimbench-cli article SOURCE -o OUT [--json]: the readable article of a URL, a saved page, a Word or
// OpenDocument file, a PDF or Markdown, written as UTF-8 text, with the original kept beside it and the source
// recorded in the new sidecar's document.source.
#include "cli.h"

#include "articlesource.h"
#include "articlewriter.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Claimbench::Cli {

namespace {

QJsonObject sourceJson(const WrittenArticle &w, const ArticleSource &a)
{
    const DocumentSource &s = w.source;
    auto orNull = [](const QString &v) { return v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v); };
    QJsonObject o{{QStringLiteral("title"), orNull(s.title)},
                  {QStringLiteral("byline"), orNull(s.byline)},
                  {QStringLiteral("publishedTime"), orNull(s.publishedTime)},
                  {QStringLiteral("siteName"), orNull(s.siteName)},
                  {QStringLiteral("lang"), orNull(s.lang)},
                  {QStringLiteral("dir"), orNull(s.dir)},
                  {QStringLiteral("url"), orNull(s.url)},
                  {QStringLiteral("redirects"), QJsonArray::fromStringList(s.redirects)},
                  {QStringLiteral("retrieved"), s.retrieved.toString(Qt::ISODate)},
                  {QStringLiteral("sha256"), s.sha256},
                  {QStringLiteral("snapshot"), w.snapshotPath},
                  {QStringLiteral("offlineCopy"), orNull(w.offlineCopyPath)},
                  {QStringLiteral("mediaType"), s.mediaType},
                  {QStringLiteral("document"), w.documentPath},
                  {QStringLiteral("sidecar"), w.sidecarPath}};
    if (a.article.pageCount > 0)
        o.insert(QStringLiteral("pageCount"), a.article.pageCount);
    return o;
}

int runArticle(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes the readable article of SOURCE (an http:// or https:// URL, a saved .html/.htm/.mhtml page, a\n"
        ".docx/.odt file (needs pandoc), a .pdf, .md or .txt) to OUT as UTF-8 text: title, byline, date, then the\n"
        "headings, paragraphs, lists, quotes and tables' text. The original is kept beside it\n"
        "(OUT-NAME.original.SUFFIX; a web page also as OUT-NAME.offline.html, one file with its stylesheets and\n"
        "images that opens offline) and recorded, with its SHA-256 and retrieval time, in OUT.claims.json.\n"
        "Exit status: 0 written, 1 the source could not be read or OUT exists, 2 usage error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("SOURCE"), QStringLiteral("A URL or a file."));
    const QCommandLineOption outputOpt({QStringLiteral("o"), QStringLiteral("output")},
                                       QStringLiteral("The readable article to write (must not exist)."), QStringLiteral("OUT"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print the article's metadata as JSON."));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"),
                                        QStringLiteral("Give up when the server sends nothing for SECONDS (default 30)."),
                                        QStringLiteral("SECONDS"), QStringLiteral("30"));
    const QCommandLineOption maxSizeOpt(QStringLiteral("max-size"),
                                        QStringLiteral("Refuse originals larger than BYTES (default 33554432)."),
                                        QStringLiteral("BYTES"), QStringLiteral("33554432"));
    parser.addOptions({outputOpt, jsonOpt, timeoutOpt, maxSizeOpt});
    if (const auto done = parseArguments(parser, args, QStringLiteral("article"), io))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(outputOpt)) {
        io.err << "claimbench-cli article: expected SOURCE and -o OUT; see 'claimbench-cli article --help'\n";
        return Usage;
    }
    bool timeoutOk = false, sizeOk = false;
    const double timeout = parser.value(timeoutOpt).toDouble(&timeoutOk);
    const qint64 maxSize = parser.value(maxSizeOpt).toLongLong(&sizeOk);
    if (!timeoutOk || timeout <= 0 || !sizeOk || maxSize <= 0) {
        io.err << "claimbench-cli article: --timeout and --max-size take positive numbers\n";
        return Usage;
    }
    ArticleReadOptions options;
    options.timeoutMs = int(timeout * 1000);
    options.maxBytes = maxSize;
    const QString source = positional.first();
    const ArticleSource article = loadArticle(source, options);
    if (!article.ok()) {
        io.err << source << ": error: " << article.error << "\n";
        return InvalidInput;
    }
    const WrittenArticle written = writeArticle(article, parser.value(outputOpt));
    if (!written.ok()) {
        io.err << written.error << "\n";
        return InvalidInput;
    }
    if (parser.isSet(jsonOpt))
        io.out << QString::fromUtf8(QJsonDocument(sourceJson(written, article)).toJson(QJsonDocument::Indented));
    else
        io.out << written.documentPath << ": " << (article.article.title.isEmpty() ? QStringLiteral("(no title)") : article.article.title)
               << "; original kept in " << written.snapshotPath << "\n";
    return Ok;
}

const Command::Registrar registrar({QStringLiteral("article"),
                                    QStringLiteral("Write the readable article of a URL, web page, Word file, PDF or Markdown"),
                                    runArticle, nullptr});

} // namespace

} // namespace Claimbench::Cli
