// SPDX-License-Identifier: GPL-2.0-or-later
#include "desk.h"

#include "atomicfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <algorithm>

namespace Claimbench {

namespace {
const QLatin1String sidecarSuffix(".claims.json");
constexpr qint64 MaxDeskFileSize = 1024 * 1024;

/// One JSON value as compact text.
QByteArray jsonText(const QJsonValue &v)
{
    const QByteArray array = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}
} // namespace

QString DeskFile::fileName()
{
    return QStringLiteral(".claimbench-desk.json");
}

QString DeskFile::pathFor(const QString &deskDir)
{
    return QDir(deskDir).filePath(fileName());
}

DeskFile::ReadResult DeskFile::read(const QString &deskDir)
{
    const QString path = pathFor(deskDir);
    QFile file(path);
    if (!file.exists())
        return {};
    ReadResult r;
    r.exists = true;
    if (!file.open(QIODevice::ReadOnly)) {
        r.errors.append({path, 0, 0, QStringLiteral("cannot read: ") + file.errorString()});
        return r;
    }
    if (file.size() > MaxDeskFileSize) {
        r.errors.append({path, 0, 0, QStringLiteral("larger than 1 MiB")});
        return r;
    }
    r = parse(file.readAll(), path);
    r.exists = true;
    return r;
}

DeskFile::ReadResult DeskFile::parse(const QByteArray &bytes, const QString &path)
{
    ReadResult r;
    r.exists = true;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        r.errors.append(locatedError(path, bytes, parseError.offset, parseError.errorString()));
        return r;
    }
    if (!doc.isObject()) {
        r.errors.append(locatedError(path, bytes, 0, QStringLiteral("/: expected an object")));
        return r;
    }
    const QJsonObject o = doc.object();
    auto failAt = [&](const QString &pointer, const QString &message) {
        r.errors.append(locatedError(path, bytes, std::max<qsizetype>(0, jsonValueOffset(bytes, pointer)),
                                     pointer + QLatin1String(": ") + message));
    };
    auto fail = [&](const QString &key, const QString &message) { failAt(QLatin1Char('/') + jsonPointerToken(key), message); };
    if (o.value(QLatin1String("format")) != QJsonValue(QStringLiteral("claimbench.desk")))
        fail(QStringLiteral("format"), QStringLiteral("expected \"claimbench.desk\""));
    const QJsonValue version = o.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() != double(version.toInteger()) || version.toInteger() < 1)
        fail(QStringLiteral("version"), QStringLiteral("expected a version number"));
    else if (version.toInteger() > FormatVersion)
        fail(QStringLiteral("version"), QStringLiteral("written by a newer Claimbench (version %1; this one reads %2)")
                                            .arg(version.toInteger())
                                            .arg(FormatVersion));
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("format") || key == QLatin1String("version"))
            continue;
        if (key == QLatin1String("requireSecondReview")) {
            if (!it->isBool())
                fail(key, QStringLiteral("expected true or false"));
            r.settings.requireSecondReview = it->toBool();
        } else if (key == QLatin1String("reviewers")) {
            if (!it->isArray()) {
                fail(key, QStringLiteral("expected an array of names"));
                continue;
            }
            const QJsonArray names = it->toArray();
            for (qsizetype i = 0; i < names.size(); ++i) {
                if (!names.at(i).isString() || names.at(i).toString().trimmed().isEmpty())
                    failAt(QLatin1Char('/') + jsonPointerToken(key) + QLatin1Char('/') + QString::number(i),
                           QStringLiteral("expected a name"));
                else
                    r.settings.reviewers.append(names.at(i).toString());
            }
        } else {
            r.settings.extra.insert(key, *it);
        }
    }
    if (!r.errors.isEmpty())
        r.settings = {};
    return r;
}

QByteArray DeskFile::serialize(const DeskSettings &s)
{
    QByteArray out = "{\n  \"format\": \"claimbench.desk\",\n  \"version\": " + QByteArray::number(FormatVersion)
        + ",\n  \"requireSecondReview\": " + (s.requireSecondReview ? "true" : "false") + ",\n  \"reviewers\": [";
    for (qsizetype i = 0; i < s.reviewers.size(); ++i)
        out += (i ? ", " : "") + jsonText(s.reviewers.at(i));
    out += ']';
    for (auto it = s.extra.constBegin(); it != s.extra.constEnd(); ++it) // QJsonObject: sorted by key
        out += ",\n  " + jsonText(it.key()) + ": " + jsonText(*it);
    out += "\n}\n";
    return out;
}

LocatedError DeskFile::write(const QString &deskDir, const DeskSettings &settings)
{
    return writeFileAtomically(pathFor(deskDir), serialize(settings));
}

QString deskFolderOf(const QString &path)
{
    if (path.isEmpty())
        return {};
    const QFileInfo info(path);
    QDir dir(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
    while (true) {
        if (QFileInfo(DeskFile::pathFor(dir.path())).isFile())
            return QDir::cleanPath(dir.absolutePath());
        if (!dir.cdUp())
            return {};
    }
}

QList<DeskArticle> findDeskArticles(const QString &deskDir)
{
    const QDir root(deskDir);
    QList<DeskArticle> articles;
    // Hidden folders (".git", a cache) are not listed: QDirIterator without QDir::Hidden skips them and their files.
    QDirIterator it(root.absolutePath(), {QStringLiteral("*.claims.json")}, QDir::Files | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString sidecar = QDir::cleanPath(it.next());
        const QString document = sidecar.chopped(sidecarSuffix.size());
        articles.append({root.relativeFilePath(document), document, sidecar});
    }
    std::sort(articles.begin(), articles.end(),
              [](const DeskArticle &a, const DeskArticle &b) { return a.relativePath < b.relativePath; });
    return articles;
}

bool isAssignedTo(const Claim &claim, const QString &reviewer)
{
    return !reviewer.isEmpty() && claim.assignee == reviewer;
}

bool waitsForSecondReviewBy(const Claim &claim, const QString &reviewer, const DeskSettings &settings)
{
    const bool needsIt = claim.status == ClaimStatus::NeedsSecondReview
        || (settings.requireSecondReview && claim.status == ClaimStatus::Done && claim.approvedBy.isEmpty());
    return needsIt && !reviewer.isEmpty() && claim.createdBy != reviewer;
}

DeskCounts::DeskCounts()
{
    for (const QString &status : allStatusIds())
        byStatus.insert(status, 0);
}

void DeskCounts::addClaim(const Claim &c, const QString &reviewer, const DeskSettings &settings)
{
    ++claims;
    ++byStatus[statusToString(c.status)];
    ++byVerdict[c.verdict];
    conflicted += c.conflicts.isEmpty() ? 0 : 1;
    reReview += c.reReview.isEmpty() ? 0 : 1;
    approved += c.approvedBy.isEmpty() ? 0 : 1;
    assignedToMe += isAssignedTo(c, reviewer) ? 1 : 0;
    waitingForMe += waitsForSecondReviewBy(c, reviewer, settings) ? 1 : 0;
}

void DeskCounts::addArticle(const ClaimSetData &data, const QString &reviewer, const DeskSettings &settings)
{
    ++articles;
    for (const Claim &c : data.claims)
        addClaim(c, reviewer, settings);
}

QJsonObject DeskCounts::toJson() const
{
    QJsonObject status, verdict;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        status.insert(it.key(), *it);
    for (auto it = byVerdict.cbegin(); it != byVerdict.cend(); ++it)
        verdict.insert(it.key(), *it);
    return {{QStringLiteral("articles"), articles},         {QStringLiteral("unreadable"), unreadable},
            {QStringLiteral("claims"), claims},             {QStringLiteral("status"), status},
            {QStringLiteral("verdict"), verdict},           {QStringLiteral("conflicted"), conflicted},
            {QStringLiteral("reReview"), reReview},         {QStringLiteral("approved"), approved},
            {QStringLiteral("assignedToMe"), assignedToMe}, {QStringLiteral("waitingForMe"), waitingForMe}};
}

QString gitUserName(const QString &dir)
{
    QProcess p;
    p.setProgram(QStringLiteral("git"));
    p.setArguments({QStringLiteral("-C"), dir.isEmpty() ? QStringLiteral(".") : dir, QStringLiteral("config"),
                    QStringLiteral("user.name")});
    p.setStandardInputFile(QProcess::nullDevice());
    p.start();
    if (!p.waitForStarted() || !p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace Claimbench
