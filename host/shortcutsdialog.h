// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_host_export.h"

#include <QDialog>
#include <QList>
#include <QString>
#include <memory>

class QAction;
class QLineEdit;
class QTreeWidget;

namespace Claimbench {

class ShortcutsDialogPrivate;

/// Help → Keyboard Shortcuts: every action of a window (its QAction children), grouped by menu in the menu
/// bar's order, with its name (no "&"), its keys and what it does (the status tip). Built from the actions
/// themselves each time it opens, so it never drifts from them; a filter line narrows it by name or key.
class CLAIMBENCH_HOST_EXPORT ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    /// One row: the menu it is in ("Edit", "View › Highlighting"; "Other" when in none), name, keys, description.
    struct Entry {
        QString menu;
        QString name;
        QString keys; ///< every shortcut, native text, ", " between them; empty when there is none
        QString description;
        QAction *action = nullptr;
        bool isValid() const { return action != nullptr; }
        friend bool operator==(const Entry &, const Entry &) = default;
    };
    /// The window's actions (its direct QAction children with a text), in menu order.
    static QList<Entry> entries(const QWidget *window);
    /// `text` without its mnemonic markers ("&Open…" → "Open…", "&&" → "&").
    static QString plainText(const QString &text);

    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    /// Shows only the actions whose name or keys contain `text` (case and spaces ignored for keys).
    void setFilter(const QString &text);
    QLineEdit *filterField() const;
    QTreeWidget *tree() const;
    /// The entries shown now, in order.
    QList<Entry> visibleEntries() const;

private:
    std::unique_ptr<ShortcutsDialogPrivate> d;
};

} // namespace Claimbench
