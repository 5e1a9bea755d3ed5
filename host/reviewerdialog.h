// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_host_export.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace Claimbench {

/// "Who is reviewing?": asked on the first run (and from Preferences), because every change in a review's
/// history and the report's "Reviewed by" carry the reviewer's name. Prefilled with Settings::suggestedReviewer().
class CLAIMBENCH_HOST_EXPORT ReviewerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReviewerDialog(const QString &suggested, QWidget *parent = nullptr);
    QString name() const; ///< trimmed
    QLineEdit *nameField() const;
    QPushButton *okButton() const;

private:
    QLineEdit *m_name = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Claimbench
