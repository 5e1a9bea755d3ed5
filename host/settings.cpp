// SPDX-License-Identifier: GPL-2.0-or-later
#include "settings.h"

#include <QSettings>

namespace Claimbench {

namespace {
const QString ReviewerKey = QStringLiteral("reviewer");
const QString OrganisationKey = QStringLiteral("organisation");
const QString PublicationUrlKey = QStringLiteral("publicationUrl");
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

QString Settings::reviewer() const
{
    const QString name = QSettings().value(ReviewerKey).toString().trimmed();
    return name.isEmpty() ? loginName() : name;
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

bool Settings::snapToWords() const
{
    return QSettings().value(SnapToWordsKey, false).toBool();
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
