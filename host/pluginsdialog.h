// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_host_export.h"

#include <QDialog>

namespace Claimbench {

class PluginManager;

/// Help > Plugins: every plugin found, loaded or not, with its state and, for one that failed, why (the records
/// the manager keeps; a broken plugin never stops the workbench).
class CLAIMBENCH_HOST_EXPORT PluginsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PluginsDialog(PluginManager *plugins, QWidget *parent = nullptr);
};

} // namespace Claimbench
