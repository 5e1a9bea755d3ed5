// SPDX-License-Identifier: GPL-2.0-or-later
#include "claimtypestyle.h"

#include "pluginmanager.h"

namespace Claimbench {

ClaimTypeStyle::ClaimTypeStyle(PluginManager *plugins, QObject *parent)
    : QObject(parent)
    , m_plugins(plugins)
{
}

QColor ClaimTypeStyle::colour(const QString &claimType) const
{
    if (const auto it = m_user.constFind(claimType); it != m_user.cend())
        return *it;
    if (m_plugins) {
        const QColor c(m_plugins->claimType(claimType).colour);
        if (c.isValid())
            return c;
    }
    const uint hue = qHash(claimType) % 360;
    return QColor::fromHsv(int(hue), 160, 200);
}

QString ClaimTypeStyle::name(const QString &claimType) const
{
    const ClaimType type = m_plugins ? m_plugins->claimType(claimType) : ClaimType();
    return type.isValid() && !type.name.isEmpty() ? type.name : claimType;
}

void ClaimTypeStyle::setColour(const QString &claimType, const QColor &colour)
{
    if (userColour(claimType) == colour)
        return;
    if (colour.isValid())
        m_user.insert(claimType, colour);
    else
        m_user.remove(claimType);
    Q_EMIT changed();
}

QColor ClaimTypeStyle::userColour(const QString &claimType) const
{
    return m_user.value(claimType);
}

} // namespace Claimbench
