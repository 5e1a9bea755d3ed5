// SPDX-License-Identifier: GPL-2.0-or-later
#include "articlesource.h"

#include "documenttext.h"
#include "htmldom.h"
#include "readability.h"
#include "readabletext.h"
#include "review.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringDecoder>

namespace Claimbench {

namespace {

ArticleSource failure(ArticleSource::ErrorKind kind, const QString &message)
{
    ArticleSource s;
    s.errorKind = kind;
    s.error = message;
    return s;
}

QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c != '=') {
            out += c;
            continue;
        }
        if (i + 1 < in.size() && (in[i + 1] == '\n' || in[i + 1] == '\r')) { // soft line break
            ++i;
            if (in[i] == '\r' && i + 1 < in.size() && in[i + 1] == '\n')
                ++i;
            continue;
        }
        if (i + 2 < in.size()) {
            bool ok = false;
            const int v = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out += char(v);
                i += 2;
                continue;
            }
        }
        out += c;
    }
    return out;
}

/// MIME headers (unfolded) of a part; returns the offset where its body starts.
qsizetype parseHeaders(const QByteArray &bytes, qsizetype from, QList<QPair<QByteArray, QByteArray>> &headers)
{
    qsizetype pos = from;
    QByteArray current;
    while (pos < bytes.size()) {
        qsizetype eol = bytes.indexOf('\n', pos);
        if (eol < 0)
            eol = bytes.size();
        QByteArray line = bytes.mid(pos, eol - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = eol + 1;
        if (line.isEmpty())
            break;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !headers.isEmpty()) {
            headers.last().second += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return pos;
}

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &h : headers)
        if (h.first == name)
            return h.second;
    return {};
}

QByteArray headerParameter(const QByteArray &value, const QByteArray &name)
{
    const QRegularExpression re(QStringLiteral("(?:^|;)\\s*%1\\s*=\\s*(\"([^\"]*)\"|[^;\\s]+)").arg(QString::fromLatin1(name)),
                                QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromLatin1(value));
    if (!m.hasMatch())
        return {};
    return (m.capturedLength(2) > 0 ? m.captured(2) : m.captured(1)).toLatin1();
}

ArticleSource textArticle(const QByteArray &bytes, bool markdown)
{
    const DecodedText decoded = decodeText(bytes);
    if (!decoded.ok())
        return failure(ArticleSource::ErrorKind::Unreadable, decoded.error);
    ArticleSource s;
    Article &a = s.article;
    QString paragraph;
    ArticleBlock::Kind kind = ArticleBlock::Kind::Paragraph;
    auto flush = [&] {
        const QString text = collapseWhitespace(markdown ? readableMarkdown(paragraph) : paragraph);
        if (!text.isEmpty())
            a.blocks.append({kind, 0, 0, text, 0});
        paragraph.clear();
        kind = ArticleBlock::Kind::Paragraph;
    };
    static const QRegularExpression heading(QStringLiteral("^(#{1,6})\\s+(.*?)\\s*#*\\s*$"));
    static const QRegularExpression item(QStringLiteral("^\\s*([-*+]|(\\d+)[.)])\\s+(.*)$"));
    for (const QString &line : decoded.text.split(u'\n')) {
        const QString l = line.trimmed();
        if (l.isEmpty()) {
            flush();
            continue;
        }
        if (markdown) {
            if (const auto m = heading.match(l); m.hasMatch()) {
                flush();
                a.blocks.append({ArticleBlock::Kind::Heading, int(m.capturedLength(1)), 0,
                                 collapseWhitespace(readableMarkdown(m.captured(2))), 0});
                continue;
            }
            if (const auto m = item.match(line); m.hasMatch()) {
                flush();
                kind = ArticleBlock::Kind::ListItem;
                paragraph = m.captured(3);
                const int number = m.captured(2).toInt();
                flush();
                a.blocks.last().number = number;
                continue;
            }
            if (l.startsWith(u'>')) {
                if (kind != ArticleBlock::Kind::Quote)
                    flush();
                kind = ArticleBlock::Kind::Quote;
                paragraph += l.mid(1) + u' ';
                continue;
            }
        }
        paragraph += line + u' ';
    }
    flush();
    // The title: Markdown's first level-1 heading, a text file's first line when it is short.
    if (!a.blocks.isEmpty()) {
        const ArticleBlock &first = a.blocks.first();
        if ((markdown && first.kind == ArticleBlock::Kind::Heading && first.level == 1)
            || (!markdown && first.text.size() <= 150 && !first.text.contains(u'\n'))) {
            a.title = first.text;
            a.blocks.removeFirst();
        }
    }
    if (a.blocks.isEmpty() && a.title.isEmpty())
        return failure(ArticleSource::ErrorKind::NotAnArticle, QStringLiteral("no text in it"));
    s.mediaType = markdown ? QStringLiteral("text/markdown") : QStringLiteral("text/plain");
    s.suffix = markdown ? QStringLiteral("md") : QStringLiteral("txt");
    return s;
}

ArticleSource pandocArticle(const QString &path, const QString &format, const ArticleReadOptions &options)
{
    const QString pandoc = options.pandoc.contains(u'/') ? options.pandoc
                                                          : QStandardPaths::findExecutable(options.pandoc);
    if (pandoc.isEmpty() || !QFileInfo(pandoc).isExecutable())
        return failure(ArticleSource::ErrorKind::ToolMissing,
                       QStringLiteral("reading .%1 files needs pandoc, which is not installed (Debian: apt install pandoc)")
                           .arg(format));
    QProcess p;
    p.start(pandoc, {QStringLiteral("--from"), format, QStringLiteral("--to"), QStringLiteral("html5"),
                     QStringLiteral("--standalone"), QStringLiteral("--metadata"), QStringLiteral("pagetitle= "),
                     QStringLiteral("--"), path});
    if (!p.waitForStarted())
        return failure(ArticleSource::ErrorKind::ToolMissing, QStringLiteral("cannot run %1: %2").arg(pandoc, p.errorString()));
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) { // still running: what it printed so far is not the article
        p.kill();
        p.waitForFinished();
        return failure(ArticleSource::ErrorKind::Unreadable, QStringLiteral("pandoc did not finish within 2 minutes"));
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return failure(ArticleSource::ErrorKind::Unreadable,
                       QStringLiteral("pandoc cannot read it: %1")
                           .arg(QString::fromUtf8(p.readAllStandardError()).trimmed().section(u'\n', 0, 0)));
    HtmlDocument doc = HtmlDocument::parse(p.readAllStandardOutput());
    ArticleSource s;
    // pandoc's title block: <header id="title-block-header"><h1 class="title">, <p class="author">, <p class="date">.
    for (HtmlNode *header : doc.root()->descendants(u"header")) {
        if (header->attribute(u"id") != u"title-block-header")
            continue;
        QStringList authors;
        for (HtmlNode *e : header->elementChildren()) {
            const QString cls = e->attribute(u"class");
            const QString text = collapseWhitespace(e->textContent());
            if (cls == u"title")
                s.article.title = text;
            else if (cls == u"author")
                authors.append(text);
            else if (cls == u"date")
                s.article.publishedTime = text;
        }
        s.article.byline = authors.join(QStringLiteral(", "));
        header->remove();
    }
    if (HtmlNode *body = doc.body())
        s.article.blocks = blocksFromHtml(body);
    if (s.article.title.isEmpty() && !s.article.blocks.isEmpty()
        && s.article.blocks.first().kind == ArticleBlock::Kind::Heading) {
        s.article.title = s.article.blocks.first().text;
        s.article.blocks.removeFirst();
    }
    if (!s.article.isValid())
        return failure(ArticleSource::ErrorKind::NotAnArticle, QStringLiteral("no text in it"));
    return s;
}

} // namespace

bool isArticleUrl(const QString &source)
{
    return source.startsWith(QStringLiteral("http://"), Qt::CaseInsensitive)
        || source.startsWith(QStringLiteral("https://"), Qt::CaseInsensitive);
}

QByteArray htmlToUtf8(const QByteArray &bytes, const QByteArray &headerCharset)
{
    auto tryDecode = [&](const QByteArray &charset, QByteArray *out) {
        QStringDecoder decoder(charset.constData());
        if (!decoder.isValid())
            return false;
        const QString text = decoder.decode(bytes);
        *out = text.toUtf8();
        return true;
    };
    QByteArray out;
    if (bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const DecodedText d = decodeText(bytes);
        return d.text.toUtf8();
    }
    if (!headerCharset.isEmpty() && tryDecode(headerCharset, &out))
        return out;
    const QByteArray meta = sniffHtmlCharset(bytes);
    // A page that declares UTF-16 in its <meta> is ASCII-compatible bytes after all (the HTML standard's rule).
    if (!meta.isEmpty() && !meta.startsWith("utf-16") && tryDecode(meta, &out))
        return out;
    return decodeText(bytes).text.toUtf8();
}

ArticleSource readHtmlArticle(const QByteArray &bytes, const QByteArray &headerCharset)
{
    ArticleSource s;
    s.article = extractArticle(htmlToUtf8(bytes, headerCharset));
    // Fewer characters than a short news item: a navigation page, an error page, an empty shell for scripts.
    constexpr qsizetype minimumLength = 100;
    const qsizetype length = s.article.bodyText().size();
    if (length < minimumLength)
        return failure(ArticleSource::ErrorKind::NotAnArticle,
                       QStringLiteral("not an article: the page has no readable text (%1 characters outside navigation, "
                                      "scripts and boilerplate)").arg(length));
    s.mediaType = QStringLiteral("text/html");
    s.suffix = QStringLiteral("html");
    s.original = bytes;
    return s;
}

MhtmlPage readMhtml(const QByteArray &bytes)
{
    MhtmlPage page;
    QList<QPair<QByteArray, QByteArray>> top;
    const qsizetype bodyStart = parseHeaders(bytes, 0, top);
    const QByteArray contentType = headerValue(top, "content-type");
    const QByteArray boundary = headerParameter(contentType, "boundary");
    page.url = QString::fromUtf8(headerValue(top, "snapshot-content-location"));
    auto takePart = [&](const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body) {
        const QByteArray type = headerValue(headers, "content-type");
        if (!type.trimmed().toLower().startsWith("text/html") || !page.html.isEmpty())
            return;
        const QByteArray encoding = headerValue(headers, "content-transfer-encoding").toLower();
        if (encoding == "quoted-printable")
            page.html = decodeQuotedPrintable(body);
        else if (encoding == "base64")
            page.html = QByteArray::fromBase64(body);
        else
            page.html = body;
        page.charset = headerParameter(type, "charset").toLower();
        if (page.url.isEmpty())
            page.url = QString::fromUtf8(headerValue(headers, "content-location"));
    };
    if (boundary.isEmpty()) {
        takePart(top, bytes.mid(bodyStart));
        return page;
    }
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = bytes.indexOf(delimiter, bodyStart);
    while (pos >= 0) {
        pos += delimiter.size();
        if (bytes.mid(pos, 2) == "--")
            break;
        const qsizetype eol = bytes.indexOf('\n', pos);
        if (eol < 0)
            break;
        QList<QPair<QByteArray, QByteArray>> headers;
        const qsizetype partBody = parseHeaders(bytes, eol + 1, headers);
        qsizetype end = bytes.indexOf(delimiter, partBody);
        const qsizetype next = end;
        if (end < 0)
            end = bytes.size();
        QByteArray body = bytes.mid(partBody, end - partBody);
        if (body.endsWith("\r\n"))
            body.chop(2);
        else if (body.endsWith('\n'))
            body.chop(1);
        takePart(headers, body);
        pos = next;
    }
    return page;
}

ArticleSource readArticleFile(const QString &path, const ArticleReadOptions &options)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    static const QStringList known{QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("xhtml"),
                                   QStringLiteral("mhtml"), QStringLiteral("mht"), QStringLiteral("docx"),
                                   QStringLiteral("odt"), QStringLiteral("pdf"), QStringLiteral("md"),
                                   QStringLiteral("markdown"), QStringLiteral("txt")};
    if (!known.contains(suffix))
        return failure(ArticleSource::ErrorKind::Unsupported,
                       QStringLiteral("not a kind of article this reads (.%1): use a web page (.html, .mhtml), "
                                      ".docx, .odt, .pdf, .md or .txt")
                           .arg(suffix));
    // readRegularFile(), not QFile: a FIFO or a device given as the article would never end.
    FileContents file = readRegularFile(path, options.maxBytes);
    if (file.tooLarge)
        return failure(ArticleSource::ErrorKind::TooLarge,
                       QStringLiteral("too large: %1 bytes (the limit is %2)").arg(info.size()).arg(options.maxBytes));
    if (!file.ok()) {
        QString reason = file.error.message;
        if (reason.startsWith(QLatin1String("cannot open: ")))
            reason.remove(0, 13);
        return failure(ArticleSource::ErrorKind::Unreadable, QStringLiteral("cannot read it: %1").arg(reason));
    }
    const QByteArray bytes = std::move(file.bytes);
    ArticleSource s;
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml") {
        s = readHtmlArticle(bytes);
    } else if (suffix == u"mhtml" || suffix == u"mht") {
        const MhtmlPage page = readMhtml(bytes);
        if (page.html.isEmpty())
            return failure(ArticleSource::ErrorKind::Unreadable, QStringLiteral("no HTML page in this MHTML archive"));
        s = readHtmlArticle(page.html, page.charset);
        s.url = page.url;
        s.mediaType = QStringLiteral("multipart/related");
        s.suffix = suffix;
    } else if (suffix == u"docx" || suffix == u"odt") {
        s = pandocArticle(path, suffix, options);
        s.mediaType = suffix == u"docx"
            ? QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            : QStringLiteral("application/vnd.oasis.opendocument.text");
        s.suffix = suffix;
    } else if (suffix == u"pdf") {
        s = readPdfArticle(bytes);
    } else {
        s = textArticle(bytes, suffix != u"txt");
    }
    if (!s.ok())
        return s;
    s.original = bytes;
    s.retrieved = options.now();
    return s;
}

ArticleSource loadArticle(const QString &source, const ArticleReadOptions &options)
{
    if (isArticleUrl(source)) {
        const QUrl url(source, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return failure(ArticleSource::ErrorKind::Unsupported, QStringLiteral("not a valid URL: %1").arg(source));
        return fetchArticle(url, options);
    }
    if (source.contains(QStringLiteral("://")))
        return failure(ArticleSource::ErrorKind::Unsupported,
                       QStringLiteral("only http:// and https:// URLs can be fetched"));
    return readArticleFile(source, options);
}

} // namespace Claimbench
