// SPDX-License-Identifier: GPL-2.0-or-later
#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace Claimbench {

namespace {
struct Message {
    QString text;
    MessageBar::Level level = MessageBar::Information;
    QList<MessageBar::Action> actions;
    QString id;
};
} // namespace

class MessageBarPrivate
{
public:
    QLabel *icon = nullptr;
    QLabel *label = nullptr;
    QHBoxLayout *buttons = nullptr;
    QToolButton *close = nullptr;
    QList<Message> queue;
    Message current;
    bool showing = false;
};

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , d(std::make_unique<MessageBarPrivate>())
{
    setObjectName(QStringLiteral("messageBar"));
    setAccessibleName(tr("Messages"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    d->icon = new QLabel(this);
    d->label = new QLabel(this);
    d->label->setWordWrap(true);
    d->label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    d->buttons = new QHBoxLayout;
    d->close = new QToolButton(this);
    d->close->setAutoRaise(true);
    d->close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    d->close->setToolTip(tr("Close this message"));
    d->close->setAccessibleName(tr("Close message"));
    layout->addWidget(d->icon);
    layout->addWidget(d->label, 1);
    layout->addLayout(d->buttons);
    layout->addWidget(d->close);
    connect(d->close, &QToolButton::clicked, this, &MessageBar::dismiss);
    hide();
}

MessageBar::~MessageBar() = default;

void MessageBar::post(const QString &text, Level level, const QList<Action> &actions, const QString &id)
{
    Message m{text, level, actions, id};
    if (!id.isEmpty()) {
        if (d->showing && d->current.id == id) {
            d->current = m;
            d->showing = false;
            d->queue.prepend(m);
            showNext();
            return;
        }
        for (Message &q : d->queue) {
            if (q.id == id) {
                q = m;
                return;
            }
        }
    }
    d->queue.append(m);
    if (!d->showing)
        showNext();
}

QString MessageBar::currentText() const
{
    return d->showing ? d->current.text : QString();
}

QString MessageBar::currentId() const
{
    return d->showing ? d->current.id : QString();
}

bool MessageBar::trigger(const QString &actionText)
{
    if (!d->showing)
        return false;
    for (const Action &a : std::as_const(d->current.actions)) {
        if (a.text == actionText) {
            const auto run = a.run;
            dismiss();
            if (run)
                run();
            return true;
        }
    }
    return false;
}

void MessageBar::dismiss()
{
    d->showing = false;
    showNext();
}

void MessageBar::withdraw(const QString &id)
{
    if (id.isEmpty())
        return;
    d->queue.removeIf([&id](const Message &m) { return m.id == id; });
    if (d->showing && d->current.id == id)
        dismiss();
}

int MessageBar::pendingCount() const
{
    return int(d->queue.size());
}

void MessageBar::showNext()
{
    while (QLayoutItem *item = d->buttons->takeAt(0)) {
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    if (d->queue.isEmpty()) {
        d->showing = false;
        hide();
        return;
    }
    d->current = d->queue.takeFirst();
    d->showing = true;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QColor tint = palette().color(QPalette::Highlight);
    switch (d->current.level) {
    case Warning:
        icon = QStyle::SP_MessageBoxWarning;
        tint = QColor(0xe0, 0xa0, 0x20);
        break;
    case Error:
        icon = QStyle::SP_MessageBoxCritical;
        tint = QColor(0xd0, 0x40, 0x40);
        break;
    case Question:
        icon = QStyle::SP_MessageBoxQuestion;
        break;
    default:
        break;
    }
    QPalette pal = palette();
    QColor bg = pal.color(QPalette::Window);
    bg = QColor::fromRgbF(bg.redF() * 0.8 + tint.redF() * 0.2, bg.greenF() * 0.8 + tint.greenF() * 0.2,
                          bg.blueF() * 0.8 + tint.blueF() * 0.2);
    pal.setColor(QPalette::Window, bg);
    setPalette(pal);
    d->icon->setPixmap(style()->standardIcon(icon).pixmap(20, 20));
    d->label->setText(d->current.text);
    for (const Action &a : std::as_const(d->current.actions)) {
        auto *b = new QPushButton(a.text, this);
        b->setAccessibleName(a.text);
        const QString text = a.text;
        connect(b, &QPushButton::clicked, this, [this, text] { trigger(text); });
        d->buttons->addWidget(b);
    }
    show();
    Q_EMIT messageShown(d->current.text);
}

} // namespace Claimbench
