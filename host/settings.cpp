// SPDX-License-Identifier: GPL-2.0-or-later
#include "settings.h"

#include <QProcess>
#include <QSettings>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace Claimbench {

namespace {
const QString ReviewerKey = QStringLiteral("reviewer");
const QString OrganisationKey = QStringLiteral("organisation");
const QString PublicationUrlKey = QStringLiteral("publicationUrl");
const QString PublisherUrlKey = QStringLiteral("publisherUrl");
const QString LogoUrlKey = QStringLiteral("logoUrl");
const QString RequireSecondReviewKey = QStringLiteral("requireSecondReview");
const QString SnapToWordsKey = QStringLiteral("snapToWords");
const QString RecentFilesKey = QStringLiteral("recentFiles");
const QString ColoursGroup = QStringLiteral("colours/");
} // namespace

QString Settings::loginName()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return {};
}

bool Settings::hasReviewer() const
{
    return !QSettings().value(ReviewerKey).toString().trimmed().isEmpty();
}

QString Settings::suggestedReviewer()
{
    QProcess git;
    git.start(QStringLiteral("git"), {QStringLiteral("config"), QStringLiteral("--get"), QStringLiteral("user.name")});
    if (git.waitForFinished(3000) && git.exitStatus() == QProcess::NormalExit && git.exitCode() == 0) {
        const QString name = QString::fromUtf8(git.readAllStandardOutput()).trimmed();
        if (!name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(getuid()); pw && pw->pw_gecos) {
        const QString full = QString::fromLocal8Bit(pw->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
        if (!full.isEmpty())
            return full;
    }
#endif
    return loginName();
}

QString Settings::reviewer() const
{
    const QString name = QSettings().value(ReviewerKey).toString().trimmed();
    return name.isEmpty() ? suggestedReviewer() : name;
}

void Settings::setReviewer(const QString &name)
{
    QSettings().setValue(ReviewerKey, name.trimmed());
}

QString Settings::organisation() const
{
    return QSettings().value(OrganisationKey).toString();
}

void Settings::setOrganisation(const QString &name)
{
    QSettings().setValue(OrganisationKey, name.trimmed());
}

QString Settings::publicationUrl() const
{
    return QSettings().value(PublicationUrlKey).toString();
}

void Settings::setPublicationUrl(const QString &url)
{
    QSettings().setValue(PublicationUrlKey, url.trimmed());
}

QString Settings::publisherUrl() const
{
    return QSettings().value(PublisherUrlKey).toString();
}

void Settings::setPublisherUrl(const QString &url)
{
    QSettings().setValue(PublisherUrlKey, url.trimmed());
}

QString Settings::logoUrl() const
{
    return QSettings().value(LogoUrlKey).toString();
}

void Settings::setLogoUrl(const QString &url)
{
    QSettings().setValue(LogoUrlKey, url.trimmed());
}

bool Settings::requireSecondReview() const
{
    return QSettings().value(RequireSecondReviewKey, false).toBool();
}

void Settings::setRequireSecondReview(bool require)
{
    QSettings().setValue(RequireSecondReviewKey, require);
}

bool Settings::snapToWords() const
{
    return QSettings().value(SnapToWordsKey, true).toBool(); // "sparke" is never what a reviewer meant
}

void Settings::setSnapToWords(bool snap)
{
    QSettings().setValue(SnapToWordsKey, snap);
}

QStringList Settings::recentFiles() const
{
    return QSettings().value(RecentFilesKey).toStringList().mid(0, MaxRecentFiles);
}

void Settings::addRecentFile(const QString &path)
{
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    QSettings().setValue(RecentFilesKey, recent.mid(0, MaxRecentFiles));
}

QColor Settings::claimTypeColour(const QString &claimType) const
{
    return QColor(QSettings().value(ColoursGroup + claimType).toString());
}

void Settings::setClaimTypeColour(const QString &claimType, const QColor &colour)
{
    if (colour.isValid())
        QSettings().setValue(ColoursGroup + claimType, colour.name());
    else
        QSettings().remove(ColoursGroup + claimType);
}

} // namespace Claimbench
