// SPDX-License-Identifier: GPL-2.0-or-later
#include "recoveryjournal.h"

#include "atomicfile.h"
#include "sidecar.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace Claimbench {

namespace {
const QString Format = QStringLiteral("claimbench.recovery");

QJsonObject readJournal(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    return o.value(QStringLiteral("format")).toString() == Format ? o : QJsonObject();
}

QString claimsPathOf(const QString &journal)
{
    QString claims = journal;
    claims.replace(QLatin1String(".json"), QLatin1String(".claims.json"));
    return claims;
}

// The document the journal `journal` belongs to, when it holds work that is not on disk.
QString documentWithUnsavedWork(const QString &journal)
{
    const QJsonObject o = readJournal(journal);
    const QString path = o.value(QStringLiteral("path")).toString();
    if (path.isEmpty())
        return {};
    if (o.value(QStringLiteral("textModified")).toBool())
        return path;
    const Sidecar::ReadResult mine = Sidecar::read(claimsPathOf(journal));
    if (!mine.ok())
        return {};
    const Sidecar::ReadResult onDisk = Sidecar::read(Sidecar::pathFor(path));
    return onDisk.ok() && onDisk.data.claims == mine.data.claims && onDisk.data.dismissed == mine.data.dismissed
               ? QString()
               : path;
}
} // namespace

RecoveryJournal::RecoveryJournal(const QString &documentPath)
{
    setDocumentPath(documentPath);
}

QString RecoveryJournal::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString RecoveryJournal::pathFor(const QString &documentPath)
{
    const QByteArray key = QCryptographicHash::hash(QFileInfo(documentPath).absoluteFilePath().toUtf8(),
                                                    QCryptographicHash::Sha1).toHex();
    return directory() + QLatin1Char('/') + QString::fromLatin1(key) + QStringLiteral(".json");
}

QStringList RecoveryJournal::pending()
{
    QStringList result;
    const QDir dir(directory());
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        if (f.endsWith(QLatin1String(".claims.json")))
            continue;
        const QString path = documentWithUnsavedWork(dir.filePath(f));
        if (!path.isEmpty())
            result.append(path);
    }
    return result;
}

QString RecoveryJournal::documentPath() const
{
    return m_documentPath;
}

void RecoveryJournal::setDocumentPath(const QString &documentPath)
{
    m_documentPath = documentPath.isEmpty() ? QString() : QFileInfo(documentPath).absoluteFilePath();
}

QString RecoveryJournal::path() const
{
    return m_documentPath.isEmpty() ? QString() : pathFor(m_documentPath);
}

QString RecoveryJournal::claimsPath() const
{
    return m_documentPath.isEmpty() ? QString() : claimsPathOf(path());
}

bool RecoveryJournal::hasUnsavedWork() const
{
    return !m_documentPath.isEmpty() && !documentWithUnsavedWork(path()).isEmpty();
}

bool RecoveryJournal::write(const QByteArray &claims, bool textModified, const QString &text, QString *error) const
{
    if (m_documentPath.isEmpty())
        return false;
    QDir().mkpath(directory());
    QJsonObject o;
    o.insert(QStringLiteral("format"), Format);
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("path"), m_documentPath);
    o.insert(QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    o.insert(QStringLiteral("textModified"), textModified);
    if (textModified)
        o.insert(QStringLiteral("text"), text);
    // The claims first: the journal (which points at them) is only complete when both are there.
    for (const auto &[file, bytes] : {std::pair{claimsPath(), claims},
                                      std::pair{path(), QJsonDocument(o).toJson(QJsonDocument::Compact)}}) {
        const LocatedError e = writeFileAtomically(file, bytes);
        if (e.isValid()) {
            if (error)
                *error = e.toString();
            return false;
        }
    }
    return true;
}

RecoveryJournal::Contents RecoveryJournal::read() const
{
    Contents contents;
    if (m_documentPath.isEmpty())
        return contents;
    const QJsonObject o = readJournal(path());
    if (o.isEmpty())
        return contents;
    const Sidecar::ReadResult claims = Sidecar::read(claimsPath());
    contents.valid = true;
    contents.textModified = o.value(QStringLiteral("textModified")).toBool();
    if (contents.textModified)
        contents.text = o.value(QStringLiteral("text")).toString();
    contents.claims = claims.data;
    return contents;
}

void RecoveryJournal::discard() const
{
    if (m_documentPath.isEmpty())
        return;
    QFile::remove(path());
    QFile::remove(claimsPath());
}

} // namespace Claimbench
