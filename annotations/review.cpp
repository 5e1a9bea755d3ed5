// SPDX-License-Identifier: GPL-2.0-or-later
#include "review.h"

#include "atomicfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace Claimbench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Claimbench::Review", text);
}

/// Where byte `offset` of the document is, as line and column (code points) of its text.
SidecarError locatedDecodeError(const QString &path, const QByteArray &bytes, const DecodedText &decoded)
{
    SidecarError e{path, 0, 0, decoded.error};
    if (decoded.errorOffset < 0 || decoded.errorOffset > bytes.size())
        return e;
    const qsizetype bom = decoded.encoding.bom ? byteOrderMark(decoded.encoding.name).size() : 0;
    if (decoded.errorOffset < bom)
        return e;
    DocumentEncoding plain = decoded.encoding;
    plain.bom = false;
    const QString before = decodeText(bytes.sliced(bom, decoded.errorOffset - bom), plain).text;
    const qsizetype lineStart = before.lastIndexOf(QLatin1Char('\n')) + 1;
    e.line = int(before.count(QLatin1Char('\n')) + 1);
    e.column = int(codePointLength(QStringView(before).sliced(lineStart)) + 1);
    return e;
}

} // namespace

FileContents readRegularFile(const QString &path, qint64 maxSize)
{
    FileContents result;
    const QFileInfo info(path);
    result.exists = info.exists();
    if (result.exists && !info.isFile()) {
        result.error = SidecarError{path, 0, 0, info.isDir() ? tr("cannot open: is a directory")
                                                             : tr("cannot open: not a regular file")};
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = SidecarError{path, 0, 0, tr("cannot open: %1").arg(file.errorString())};
        return result;
    }
    auto tooLarge = [&](qint64 size) {
        result.tooLarge = true;
        return SidecarError{path, 0, 0, tr("file too large (%1 bytes; the limit is %2)").arg(size).arg(maxSize)};
    };
    if (file.size() > maxSize) {
        result.error = tooLarge(file.size());
        return result;
    }
    result.bytes = file.read(maxSize + 1);
    if (file.error() != QFileDevice::NoError) {
        result.error = SidecarError{path, 0, 0, tr("cannot read: %1").arg(file.errorString())};
        result.bytes.clear();
    } else if (result.bytes.size() > maxSize) { // it grew since size()
        result.error = tooLarge(result.bytes.size());
        result.bytes.clear();
    }
    return result;
}

bool LoadedReview::documentChanged() const
{
    return documentRead && !savedIdentity.sha256.isEmpty() && savedIdentity.sha256 != identity.sha256;
}

LoadedReview loadDocument(const QString &documentPath, const std::optional<DocumentEncoding> &encoding)
{
    LoadedReview review;
    if (documentPath.isEmpty())
        return review;
    review.documentPath = QFileInfo(documentPath).absoluteFilePath();
    FileContents file = readRegularFile(documentPath, MaxDocumentSize);
    if (!file.ok()) {
        review.errors.append(file.error);
        return review;
    }
    review.documentRead = true;
    review.documentBytes = std::move(file.bytes);
    review.document = encoding ? decodeText(review.documentBytes, *encoding) : decodeText(review.documentBytes);
    if (!review.document.ok())
        review.errors.append(locatedDecodeError(documentPath, review.documentBytes, review.document));
    return review;
}

void loadClaims(LoadedReview &review, const ReviewLoadOptions &options)
{
    using Reanchor = ReviewLoadOptions::Reanchor;
    using SidecarMode = ReviewLoadOptions::SidecarMode;
    const bool haveDocument = !review.documentPath.isEmpty();
    if (review.documentRead) {
        // The name and media type without decoding the bytes again (identifyDocument() would).
        review.identity = identifyDocument(review.documentPath, QByteArray());
        review.identity.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(review.documentBytes, QCryptographicHash::Sha256).toHex());
        review.identity.length = codePointLength(review.document.text);
        if (review.document.ok())
            review.identity.encoding = review.document.encoding;
    }
    review.data = ClaimSetData();
    review.data.document = review.identity;
    review.anchoring.clear();

    const QString sidecarPath = options.sidecarPath.value_or(haveDocument ? Sidecar::pathFor(review.documentPath)
                                                                          : QString());
    if (sidecarPath.isEmpty())
        return;
    review.sidecarPath = QFileInfo(sidecarPath).absoluteFilePath();
    review.sidecarExists = QFileInfo::exists(sidecarPath);
    if (options.sidecar == SidecarMode::Ignore || (haveDocument && !review.documentRead))
        return;
    removeInterruptedWrites(sidecarPath); // also when there is none yet: the first save may have been interrupted
    if (!review.sidecarExists && options.sidecar == SidecarMode::Optional)
        return;
    FileContents file = readRegularFile(sidecarPath, Sidecar::MaxFileSize);
    review.sidecarExists = file.exists;
    if (!file.ok()) {
        if (file.tooLarge) {
            // As Sidecar::read() locates it: at the start of the JSON document.
            file.error.line = 1;
            file.error.column = 1;
            file.error.message = QLatin1String("/: ") + file.error.message;
        }
        review.errors.append(file.error);
        return;
    }
    review.sidecarBytes = std::move(file.bytes);
    const std::optional<qsizetype> length =
        options.checkPositions && review.documentRead ? std::optional<qsizetype>(review.identity.length) : std::nullopt;
    Sidecar::ReadResult read = Sidecar::parse(review.sidecarBytes, sidecarPath, length);
    if (!read.ok()) {
        review.errors.append(read.errors);
        return;
    }
    review.sidecarValid = true;
    review.savedIdentity = read.data.document;
    review.data = std::move(read.data);
    if (!review.documentRead)
        return;
    review.identity.source = review.savedIdentity.source; // where the article came from is the sidecar's to say
    review.data.document = review.identity;
    const bool reanchor = options.reanchor == Reanchor::Always
        || (options.reanchor == Reanchor::IfDocumentChanged && review.savedIdentity.sha256 != review.identity.sha256);
    if (reanchor) {
        review.anchoring = Claimbench::reanchor(review.document.text, review.data.claims);
        review.data.sortClaims();
    }
}

LoadedReview loadReview(const QString &documentPath, const ReviewLoadOptions &options)
{
    LoadedReview review = loadDocument(documentPath, options.encoding);
    loadClaims(review, options);
    return review;
}

} // namespace Claimbench
