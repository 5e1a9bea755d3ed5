// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_host_export.h"

#include <QColor>
#include <QHash>
#include <QObject>

namespace Claimbench {

class PluginManager;

/// How claim types look in one window: the user's colour (Preferences), else the plugin's, else a stable colour
/// from the id; and the type's display name. Each DocumentController has one (no process-wide table): two windows
/// with different choices do not repaint each other.
class CLAIMBENCH_HOST_EXPORT ClaimTypeStyle : public QObject
{
    Q_OBJECT
public:
    explicit ClaimTypeStyle(PluginManager *plugins, QObject *parent = nullptr);

    QColor colour(const QString &claimType) const;
    /// The plugin's name for the type; the id itself for a type no plugin provides.
    QString name(const QString &claimType) const;

    /// The user's colour for a type; an invalid colour goes back to the plugin's. Emits changed().
    void setColour(const QString &claimType, const QColor &colour);
    QColor userColour(const QString &claimType) const;

Q_SIGNALS:
    void changed();

private:
    PluginManager *m_plugins = nullptr;
    QHash<QString, QColor> m_user;
};

} // namespace Claimbench
