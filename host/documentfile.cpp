// SPDX-License-Identifier: GPL-2.0-or-later
#include "documentfile.h"

#include "atomicfile.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QFileSystemWatcher>

namespace Claimbench {

namespace {
QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}
} // namespace

DocumentFile::DocumentFile(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(WatchDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &DocumentFile::changed);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_debounce.start(); });
}

DocumentFile::~DocumentFile() = default;

LoadedReview DocumentFile::open(const QString &path)
{
    LoadedReview review = loadDocument(path);
    if (!review.documentRead)
        return review;
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    m_path = QFileInfo(path).absoluteFilePath();
    m_encoding = review.document.encoding;
    setReadOnlyReason(review.document);
    m_diskHash.clear();
    m_ignoredHash.clear();
    m_pendingHash.clear();
    return review;
}

void DocumentFile::setDiskHash(const QByteArray &hash)
{
    m_diskHash = hash;
}

void DocumentFile::setReadOnlyReason(const DecodedText &decoded)
{
    m_readOnlyReason = decoded.ok() ? QString()
                                    : tr("%1 cannot be decoded without changing it (%2), so it is opened read-only: "
                                         "saving would corrupt it.")
                                          .arg(QFileInfo(m_path).fileName(), decoded.error);
}

QString DocumentFile::path() const
{
    return m_path;
}

QString DocumentFile::sidecarPath() const
{
    return m_path.isEmpty() ? QString() : Sidecar::pathFor(m_path);
}

DocumentEncoding DocumentFile::encoding() const
{
    return m_encoding;
}

QString DocumentFile::readOnlyReason() const
{
    return m_readOnlyReason;
}

bool DocumentFile::save(const QString &path, const QString &text, QString *error, QByteArray *written)
{
    if (!m_readOnlyReason.isEmpty()) {
        *error = m_readOnlyReason;
        return false;
    }
    QString encodingError;
    // In the document's own encoding (a Windows-1252 article stays Windows-1252); never a substitute character.
    const QByteArray bytes = encodeText(text, m_encoding, &encodingError);
    if (bytes.isEmpty() && !text.isEmpty()) {
        *error = tr("Cannot save %1 in its encoding, %2: %3")
                     .arg(QFileInfo(path).fileName(), QString::fromLatin1(m_encoding.name), encodingError);
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute != m_path && !m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    const QByteArray previousHash = m_diskHash;
    m_diskHash = sha256(bytes); // our own save must not look like a change by another program
    const LocatedError e = writeFileAtomically(absolute, bytes);
    if (e.isValid()) {
        m_diskHash = previousHash;
        *error = tr("Cannot save %1: %2").arg(absolute, e.message);
        return false;
    }
    m_path = absolute;
    if (written)
        *written = bytes;
    watch();
    return true;
}

DocumentIdentity DocumentFile::identify(const QString &text) const
{
    QByteArray bytes = encodeText(text, m_encoding);
    DocumentIdentity identity;
    if (!bytes.isEmpty() || text.isEmpty()) {
        identity = identifyDocument(m_path, bytes, DecodedText{text, m_encoding, {}, -1});
    } else {
        bytes = text.toUtf8(); // not savable as it is: the identity of what it would be in UTF-8
        identity = identifyDocument(m_path, bytes);
    }
    identity.length = codePointLength(text);
    return identity;
}

bool DocumentFile::checkForChange()
{
    if (m_path.isEmpty())
        return false;
    watch();
    const FileContents file = readRegularFile(m_path, MaxDocumentSize);
    if (!file.ok())
        return false;
    const QByteArray h = sha256(file.bytes);
    if (h == m_diskHash || h == m_ignoredHash || h == m_pendingHash)
        return false;
    m_pendingHash = h;
    return true;
}

DocumentFile::Reloaded DocumentFile::reload()
{
    Reloaded result;
    m_pendingHash.clear();
    const FileContents file = readRegularFile(m_path, MaxDocumentSize);
    if (!file.ok() || sha256(file.bytes) == m_diskHash)
        return result;
    result.changed = true;
    result.bytes = file.bytes;
    result.decoded = decodeText(file.bytes);
    m_diskHash = sha256(file.bytes);
    m_encoding = result.decoded.encoding;
    setReadOnlyReason(result.decoded);
    return result;
}

bool DocumentFile::keepMine()
{
    const bool pending = !m_pendingHash.isEmpty();
    if (pending)
        m_ignoredHash = m_pendingHash;
    m_pendingHash.clear();
    return pending;
}

void DocumentFile::watch()
{
    if (m_path.isEmpty())
        return;
    const QStringList files = m_watcher->files();
    for (const QString &file : {m_path, sidecarPath()}) {
        if (!files.contains(file) && QFileInfo::exists(file))
            m_watcher->addPath(file);
    }
}

} // namespace Claimbench
