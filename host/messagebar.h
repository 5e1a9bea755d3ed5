// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_host_export.h"

#include <QFrame>
#include <functional>
#include <memory>

namespace Claimbench {

class MessageBarPrivate;

/// A non-modal bar above the editor for user-visible problems and questions (Kate's postMessage style):
/// a text, optional buttons, a close button. Messages queue; the next one shows when the current one is done.
class CLAIMBENCH_HOST_EXPORT MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum Level { Information, Warning, Error, Question };
    struct Action {
        QString text;
        std::function<void()> run;
    };

    explicit MessageBar(QWidget *parent = nullptr);
    ~MessageBar() override;

    /// Shows (or queues) a message. `id` (optional) replaces a queued or shown message with the same id.
    void post(const QString &text, Level level = Information, const QList<Action> &actions = {},
              const QString &id = QString());
    /// The message shown now; empty when hidden.
    QString currentText() const;
    QString currentId() const;
    /// Runs the shown message's action with this text (as a click would); false when there is none.
    bool trigger(const QString &actionText);
    void dismiss();
    /// Takes back the message with this id, shown or queued (what it said is no longer true).
    void withdraw(const QString &id);
    int pendingCount() const;

Q_SIGNALS:
    void messageShown(const QString &text);

private:
    void showNext();
    std::unique_ptr<MessageBarPrivate> d;
};

} // namespace Claimbench
