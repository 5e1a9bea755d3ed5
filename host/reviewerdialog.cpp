// SPDX-License-Identifier: GPL-2.0-or-later
#include "reviewerdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Claimbench {

ReviewerDialog::ReviewerDialog(const QString &suggested, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reviewerDialog"));
    setWindowTitle(tr("Who is reviewing?"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every change you make to a claim is recorded with your name, and reports list you "
                                "under “Reviewed by”. You can change it later in Preferences."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(suggested.trimmed(), this);
    m_name->setObjectName(QStringLiteral("reviewerName"));
    m_name->setAccessibleName(tr("Your name"));
    m_name->setPlaceholderText(tr("First and last name"));
    form->addRow(tr("Your &name:"), m_name);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Later"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto update = [this] { m_ok->setEnabled(!name().isEmpty()); };
    connect(m_name, &QLineEdit::textChanged, this, update);
    update();
    m_name->selectAll();
    resize(460, sizeHint().height());
}

QString ReviewerDialog::name() const
{
    return m_name->text().simplified();
}

QLineEdit *ReviewerDialog::nameField() const
{
    return m_name;
}

QPushButton *ReviewerDialog::okButton() const
{
    return m_ok;
}

} // namespace Claimbench
