// SPDX-License-Identifier: GPL-2.0-or-later
#include "articlewriter.h"

#include "atomicfile.h"
#include "sidecar.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace Claimbench {

DocumentSource documentSource(const ArticleSource &article, const QString &snapshotFileName)
{
    DocumentSource s;
    s.url = article.url;
    s.redirects = article.redirects;
    s.title = article.article.title;
    s.siteName = article.article.siteName;
    s.byline = article.article.byline;
    s.publishedTime = article.article.publishedTime;
    s.lang = article.article.lang;
    s.dir = article.article.dir;
    s.retrieved = article.retrieved.toUTC();
    s.sha256 = QString::fromLatin1(QCryptographicHash::hash(article.original, QCryptographicHash::Sha256).toHex());
    s.snapshot = snapshotFileName;
    s.mediaType = article.mediaType;
    return s;
}

QString snapshotPathFor(const QString &documentPath, const QString &suffix)
{
    const QFileInfo info(documentPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".original.") + suffix);
}

QString offlineCopyPathFor(const QString &documentPath)
{
    const QFileInfo info(documentPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".offline.html"));
}

WrittenArticle writeArticle(const ArticleSource &article, const QString &documentPath)
{
    WrittenArticle w;
    w.documentPath = documentPath;
    w.sidecarPath = Sidecar::pathFor(documentPath);
    w.snapshotPath = snapshotPathFor(documentPath, article.suffix.isEmpty() ? QStringLiteral("bin") : article.suffix);
    if (QFileInfo::exists(documentPath)) {
        w.error = documentPath + QStringLiteral(": error: exists already; choose another name (its claims are kept)");
        return w;
    }
    if (QFileInfo::exists(w.sidecarPath)) {
        w.error = w.sidecarPath + QStringLiteral(": error: a claims file exists already for this name; choose another");
        return w;
    }
    if (QFileInfo::exists(w.snapshotPath)) { // another article's original, which its sidecar's sha256 names
        w.error = w.snapshotPath + QStringLiteral(": error: a kept original exists already for this name; choose another");
        return w;
    }
    if (!article.offlineCopy.isEmpty()) {
        w.offlineCopyPath = offlineCopyPathFor(documentPath);
        if (QFileInfo::exists(w.offlineCopyPath)) {
            w.error = w.offlineCopyPath + QStringLiteral(": error: an offline copy exists already for this name; choose another");
            return w;
        }
    }
    const QByteArray text = renderArticleText(article.article).toUtf8();
    if (const SidecarError e = writeFileAtomically(w.snapshotPath, article.original); e.isValid()) {
        w.error = e.toString();
        return w;
    }
    if (!w.offlineCopyPath.isEmpty()) {
        if (const SidecarError e = writeFileAtomically(w.offlineCopyPath, article.offlineCopy); e.isValid()) {
            w.error = e.toString();
            return w;
        }
    }
    if (const SidecarError e = writeFileAtomically(documentPath, text); e.isValid()) {
        w.error = e.toString();
        return w;
    }
    ClaimSetData data;
    data.document = identifyDocument(documentPath, text);
    w.source = documentSource(article, QFileInfo(w.snapshotPath).fileName());
    if (!w.offlineCopyPath.isEmpty())
        w.source.offlineCopy = QFileInfo(w.offlineCopyPath).fileName();
    data.document.source = w.source;
    if (const SidecarError e = Sidecar::write(w.sidecarPath, data); e.isValid())
        w.error = e.toString();
    return w;
}

} // namespace Claimbench
