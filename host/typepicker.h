// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_host_export.h"
#include "claimtypeprovider.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace Claimbench {

/// The searchable claim-type picker shown by "Mark claim": type to filter, arrows to move, Enter to pick.
class CLAIMBENCH_HOST_EXPORT TypePicker : public QDialog
{
    Q_OBJECT
public:
    TypePicker(const QList<ClaimType> &types, const QString &preselected, QWidget *parent = nullptr);

    QString selectedType() const;
    QLineEdit *searchField() const { return m_search; }
    QListWidget *list() const { return m_list; }

    /// Runs the picker; the chosen type id, or an empty string when cancelled.
    static QString pick(const QList<ClaimType> &types, const QString &preselected, QWidget *parent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &text);
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace Claimbench
