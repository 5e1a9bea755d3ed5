// SPDX-License-Identifier: GPL-2.0-or-later
#include "desk.h"

#include "atomicfile.h"
#include "claimset.h"
#include "review.h"

#include <QDir>
#include <QDirIterator>
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
    // Not QFile: a FIFO or a device at the path would never end (readRegularFile() refuses them before opening).
    FileContents file = readRegularFile(path, MaxDeskFileSize);
    if (!file.exists)
        return {};
    ReadResult r;
    if (!file.ok()) {
        r.errors.append(file.error);
    } else {
        r = parse(file.bytes, path);
    }
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

QList<DeskArticle> findDeskArticles(const QString &deskDir)
{
    const QDir root(deskDir);
    QList<DeskArticle> articles;
    // Hidden folders (".git", a cache) are not listed: QDirIterator without QDir::Hidden skips them and their files.
    // QDir::System: a FIFO, socket or device named like a sidecar is listed too (and is then an unreadable article,
    // refused by readRegularFile()), not silently left out.
    QDirIterator it(root.absolutePath(), {QStringLiteral("*.claims.json")},
                    QDir::Files | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
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
    return awaitsSecondReviewBy(claim, reviewer, settings.requireSecondReview);
}

QString deskDirOf(const QString &path)
{
    if (path.isEmpty()) // not the current folder's desk
        return QString();
    const QFileInfo info(path);
    QString dir = QDir::cleanPath(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
    for (;;) {
        if (QFileInfo::exists(DeskFile::pathFor(dir)))
            return dir;
        const QString parent = QFileInfo(dir).path();
        if (parent == dir || parent.isEmpty())
            return QString();
        dir = parent;
    }
}

bool secondReviewRequired(const QString &documentPath, bool outsideDesk)
{
    const QString desk = deskDirOf(documentPath);
    if (desk.isEmpty())
        return outsideDesk;
    const DeskFile::ReadResult file = DeskFile::read(desk);
    return !file.ok() || file.settings.requireSecondReview;
}

DiskApproval approveOnDisk(const QString &documentPath, const QUuid &id, const QString &reviewer, bool outsideDesk,
                           const std::function<QDateTime()> &clock)
{
    DiskApproval result;
    const QString sidecarPath = Sidecar::pathFor(documentPath);
    const bool requireSecondReview = secondReviewRequired(documentPath, outsideDesk);
    ReviewLoadOptions options;
    options.sidecarPath = sidecarPath;
    options.sidecar = ReviewLoadOptions::SidecarMode::Required;
    options.reanchor = ReviewLoadOptions::Reanchor::Never;
    for (int attempt = 0; attempt < 3; ++attempt) {
        const LoadedReview review = loadReview(QString(), options); // the sidecar only: claims as saved
        if (!review.ok()) {
            result.errors = review.errors;
            return result;
        }
        ClaimSet set;
        set.setData(review.data);
        set.setAuthor(reviewer);
        if (clock)
            set.setClock(clock);
        if (!set.approve(id, reviewer, requireSecondReview, &result.refusal))
            return result;
        const QByteArray bytes = Sidecar::serialize(set.data());
        // Another writer (the workbench, git, a colleague's sync) may have saved since it was read: never over it.
        const FileContents now = readRegularFile(sidecarPath, Sidecar::MaxFileSize);
        if (!now.ok()) {
            result.errors = {now.error};
            return result;
        }
        if (now.bytes != review.sidecarBytes)
            continue;
        if (const LocatedError e = Sidecar::writeSerialized(sidecarPath, bytes); e.isValid()) {
            result.errors = {e};
            return result;
        }
        result.approved = true;
        return result;
    }
    result.errors = {LocatedError{sidecarPath, 0, 0,
                                  QStringLiteral("changed by another writer while it was being approved; try again")}};
    return result;
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
