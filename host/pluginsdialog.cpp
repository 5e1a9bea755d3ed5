// SPDX-License-Identifier: GPL-2.0-or-later
#include "pluginsdialog.h"

#include "pluginmanager.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Claimbench {

PluginsDialog::PluginsDialog(PluginManager *plugins, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Plugins"));
    auto *layout = new QVBoxLayout(this);
    auto *tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("pluginList"));
    tree->setAccessibleName(tr("Plugins"));
    tree->setHeaderLabels({tr("Plugin"), tr("Version"), tr("State"), tr("Claim types"), tr("Problem"), tr("File")});
    tree->setRootIsDecorated(false);
    for (const PluginRecord &r : plugins->plugins()) {
        auto *item = new QTreeWidgetItem(tree, {r.name.isEmpty() ? r.id : r.name, r.version, stateToString(r.state),
                                                r.claimTypes.join(QStringLiteral(", ")), r.error.message, r.path});
        item->setToolTip(0, r.description);
        item->setToolTip(4, r.error.toString());
        if (r.state == PluginRecord::Rejected || r.state == PluginRecord::Failed)
            item->setForeground(2, QColor(0xc0, 0x30, 0x30));
    }
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(new QLabel(tr("Search paths: %1").arg(plugins->searchPaths().join(QStringLiteral("; "))), this));
    layout->addWidget(tree);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 360);
}

} // namespace Claimbench
