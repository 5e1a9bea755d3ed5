// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "article.h"
#include "claimbench_article_export.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>

namespace Claimbench {

/// An article as read from where a fact-checker found it, with the original kept. Errors are values: `error`
/// says what went wrong (one line, for people) and `errorKind` which kind of failure it was.
struct CLAIMBENCH_ARTICLE_EXPORT ArticleSource {
    enum class ErrorKind {
        None,
        Unsupported,  ///< not a kind of source this reads (e.g. an ftp:// URL, a .xls file)
        Unreadable,   ///< a file that cannot be opened or parsed
        Dns,          ///< the host name does not resolve
        Connection,   ///< refused, reset or closed by the server
        Tls,          ///< the TLS handshake or the certificate failed
        Http,         ///< an HTTP error status (4xx, 5xx) or a bad redirect
        Timeout,      ///< nothing arrived for the timeout
        TooLarge,     ///< the response is larger than the size cap
        NotAnArticle, ///< no readable text (an image, an empty page, a page with no article)
        ToolMissing,  ///< pandoc is not installed
        ScannedPdf,   ///< a PDF whose pages are images with no text
    };

    Article article;
    QByteArray original;    ///< exactly the bytes that were read or fetched (the snapshot)
    QByteArray offlineCopy; ///< a fetched web page as one HTML file that opens offline (makeOfflineCopy()); else empty
    QStringList offlineMissing; ///< the page's resources the offline copy lacks, "URL: why"
    QString mediaType;      ///< of the original: "text/html", "application/pdf", ...
    QString suffix;         ///< file name suffix for the snapshot: "html", "pdf", "docx", ...
    QString url;            ///< the final URL after redirects; for a saved page, the URL it records (MHTML)
    QStringList redirects;  ///< the URLs followed before `url`, in order
    QDateTime retrieved;    ///< UTC
    QString error;
    ErrorKind errorKind = ErrorKind::None;

    bool ok() const { return errorKind == ErrorKind::None; }
};

struct CLAIMBENCH_ARTICLE_EXPORT ArticleReadOptions {
    int timeoutMs = 30000;                  ///< a transfer with no data for this long fails
    qint64 maxBytes = 32LL * 1024 * 1024;   ///< responses (and files) larger than this are refused
    int maxRedirects = 10;
    bool offlineCopy = true;                ///< a fetched web page also gets its offline copy (makeOfflineCopy())
    qint64 maxResourceBytes = 8LL * 1024 * 1024;  ///< the offline copy: a stylesheet, image or font larger than this is left out
    qint64 maxOfflineBytes = 32LL * 1024 * 1024;  ///< the offline copy: all its resources together, at most
    int maxResources = 200;                 ///< the offline copy: at most this many resources are fetched
    QString pandoc = QStringLiteral("pandoc"); ///< the converter for .docx/.odt: a name looked up in PATH, or a path
    std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); }; ///< the retrieval time
};

/// What a SOURCE argument names: an http(s) URL (true), else a file path (false).
CLAIMBENCH_ARTICLE_EXPORT bool isArticleUrl(const QString &source);

/// Reads a saved page (.html, .htm, .xhtml, .mhtml, .mht), a Word or OpenDocument text (.docx, .odt; through
/// pandoc), a PDF (.pdf; through Poppler), Markdown (.md, .markdown) or plain text (.txt).
CLAIMBENCH_ARTICLE_EXPORT ArticleSource readArticleFile(const QString &path, const ArticleReadOptions &options = {});

/// Fetches an http(s) URL like a careful browser (Qt Network): no scripts, no cookies kept, redirects followed
/// and recorded, the charset honoured, a timeout and a size cap. Runs a local event loop until done.
CLAIMBENCH_ARTICLE_EXPORT ArticleSource fetchArticle(const QUrl &url, const ArticleReadOptions &options = {});

/// fetchArticle() for URLs, readArticleFile() for anything else.
CLAIMBENCH_ARTICLE_EXPORT ArticleSource loadArticle(const QString &source, const ArticleReadOptions &options = {});

/// An HTML page's bytes as text: the charset of the HTTP header (`headerCharset`, may be empty), else a
/// byte-order mark, else the page's <meta charset>, else the core's detection (decodeText()). UTF-8 out.
CLAIMBENCH_ARTICLE_EXPORT QByteArray htmlToUtf8(const QByteArray &bytes, const QByteArray &headerCharset = {});

/// The article of an HTML page's bytes (htmlToUtf8() then extractArticle()).
CLAIMBENCH_ARTICLE_EXPORT ArticleSource readHtmlArticle(const QByteArray &bytes, const QByteArray &headerCharset = {});

/// The HTML document of an MHTML (RFC 2557) archive: its root text/html part decoded (quoted-printable or base64)
/// with that part's charset, and the URL it was saved from. Empty html when there is none.
struct MhtmlPage {
    QByteArray html;
    QByteArray charset;
    QString url;
};
CLAIMBENCH_ARTICLE_EXPORT MhtmlPage readMhtml(const QByteArray &bytes);

/// The text of a PDF in reading order: a block per paragraph with its page, line-end hyphenation joined;
/// title, author and creation date from the document's information. ScannedPdf when no page has text.
CLAIMBENCH_ARTICLE_EXPORT ArticleSource readPdfArticle(const QByteArray &bytes);

} // namespace Claimbench
