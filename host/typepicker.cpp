// SPDX-License-Identifier: GPL-2.0-or-later
#include "typepicker.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QVBoxLayout>

namespace Claimbench {

namespace {
QIcon swatch(const QColor &colour)
{
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(colour.isValid() ? colour : QColor(Qt::gray));
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3);
    return QIcon(pm);
}
} // namespace

TypePicker::TypePicker(const QList<ClaimType> &types, const QString &preselected, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("typePicker"));
    setWindowTitle(tr("Claim type"));
    setAccessibleName(tr("Claim type picker"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&What kind of claim is it?"), this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Type to search claim types"));
    m_search->setAccessibleName(tr("Search claim types"));
    m_search->setClearButtonEnabled(true);
    label->setBuddy(m_search);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Claim types"));
    for (const ClaimType &t : types) {
        auto *item = new QListWidgetItem(swatch(QColor(t.colour)), t.name.isEmpty() ? t.id : t.name, m_list);
        item->setData(Qt::UserRole, t.id);
        item->setToolTip(t.description);
        item->setData(Qt::UserRole + 1, QString(t.name + QLatin1Char(' ') + t.id + QLatin1Char(' ') + t.description));
        if (t.id == preselected)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count())
        m_list->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &TypePicker::filter);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    m_search->installEventFilter(this);
    m_search->setFocus();
    resize(360, 320);
}

QString TypePicker::selectedType() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toString() : QString();
}

QString TypePicker::pick(const QList<ClaimType> &types, const QString &preselected, QWidget *parent)
{
    TypePicker picker(types, preselected, parent);
    if (picker.exec() != QDialog::Accepted)
        return {};
    return picker.selectedType();
}

bool TypePicker::eventFilter(QObject *watched, QEvent *event)
{
    // Up/down in the search field move in the list, so that the keyboard never has to leave the field.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *ke = static_cast<QKeyEvent *>(event);
        if (ke->key() == Qt::Key_Down || ke->key() == Qt::Key_Up || ke->key() == Qt::Key_PageDown
            || ke->key() == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TypePicker::filter(const QString &text)
{
    QListWidgetItem *first = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool match = item->data(Qt::UserRole + 1).toString().contains(text, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && !first)
            first = item;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(first);
}

} // namespace Claimbench
