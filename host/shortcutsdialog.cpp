// SPDX-License-Identifier: GPL-2.0-or-later
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Claimbench {

namespace {
QString keysOf(const QAction *action, QKeySequence::SequenceFormat format)
{
    QStringList keys;
    for (const QKeySequence &k : action->shortcuts())
        keys << k.toString(format);
    return keys.join(QStringLiteral(", "));
}

QString squeezed(QString s)
{
    s.remove(QLatin1Char(' '));
    return s;
}

// The menus of the window's menu bar, depth first: (path, menu).
void collectMenus(QMenu *menu, const QString &path, QList<std::pair<QString, QMenu *>> *out)
{
    out->append({path, menu});
    for (QAction *a : menu->actions()) {
        if (QMenu *sub = a->menu())
            collectMenus(sub, path + QStringLiteral(" › ") + ShortcutsDialog::plainText(sub->title()), out);
    }
}
} // namespace

class ShortcutsDialogPrivate
{
public:
    QList<ShortcutsDialog::Entry> entries;
    QList<QTreeWidgetItem *> items; // one per entry
    QLineEdit *filter = nullptr;
    QTreeWidget *tree = nullptr;
    QLabel *count = nullptr;
};

QString ShortcutsDialog::plainText(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&'))
                result.append(text.at(++i));
            continue;
        }
        result.append(text.at(i));
    }
    return result;
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::entries(const QWidget *window)
{
    QList<Entry> result;
    if (!window)
        return result;
    QList<QAction *> own;
    for (QAction *a : window->findChildren<QAction *>(Qt::FindDirectChildrenOnly)) {
        if (!a->isSeparator() && !a->text().isEmpty())
            own.append(a);
    }
    QSet<QAction *> placed;
    auto entry = [](QAction *a, const QString &menu) {
        const QString name = plainText(a->text());
        // A status tip that only repeats the name says nothing more.
        QString tip = a->statusTip();
        if (QString(tip).remove(QStringLiteral("…")) == QString(name).remove(QStringLiteral("…")))
            tip.clear();
        return Entry{menu, name, keysOf(a, QKeySequence::NativeText), tip, a};
    };
    QList<std::pair<QString, QMenu *>> menus;
    if (const auto *main = qobject_cast<const QMainWindow *>(window); main && main->menuWidget()) {
        if (auto *bar = qobject_cast<QMenuBar *>(main->menuWidget())) {
            for (QAction *a : bar->actions()) {
                if (QMenu *m = a->menu())
                    collectMenus(m, plainText(m->title()), &menus);
            }
        }
    }
    for (const auto &[path, menu] : std::as_const(menus)) {
        for (QAction *a : menu->actions()) {
            if (own.contains(a) && !placed.contains(a)) {
                placed.insert(a);
                result.append(entry(a, path));
            }
        }
    }
    QList<Entry> others;
    for (QAction *a : std::as_const(own)) {
        if (!placed.contains(a))
            others.append(entry(a, tr("Other")));
    }
    std::sort(others.begin(), others.end(), [](const Entry &a, const Entry &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return result + others;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent ? parent : window)
    , d(std::make_unique<ShortcutsDialogPrivate>())
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    setAccessibleName(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(this);

    auto *filterLabel = new QLabel(tr("Filter:"), this);
    d->filter = new QLineEdit(this);
    d->filter->setObjectName(QStringLiteral("filter"));
    d->filter->setAccessibleName(tr("Filter the shortcuts"));
    d->filter->setPlaceholderText(tr("Name or key, e.g. “claim” or “Ctrl+M”"));
    d->filter->setClearButtonEnabled(true);
    filterLabel->setBuddy(d->filter);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(d->filter, 1);
    layout->addLayout(filterRow);

    d->tree = new QTreeWidget(this);
    d->tree->setObjectName(QStringLiteral("shortcuts"));
    d->tree->setAccessibleName(tr("Actions and their shortcuts"));
    d->tree->setColumnCount(3);
    d->tree->setHeaderLabels({tr("Action"), tr("Shortcut"), tr("What it does")});
    d->tree->setRootIsDecorated(false);
    d->tree->setUniformRowHeights(true);
    d->tree->setAlternatingRowColors(true);
    d->tree->header()->setStretchLastSection(true);
    layout->addWidget(d->tree, 1);

    d->count = new QLabel(this);
    d->count->setObjectName(QStringLiteral("count"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(d->count, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    d->entries = entries(window);
    QHash<QString, QTreeWidgetItem *> groups;
    QFont bold = font();
    bold.setBold(true);
    for (const Entry &e : std::as_const(d->entries)) {
        QTreeWidgetItem *&group = groups[e.menu];
        if (!group) {
            group = new QTreeWidgetItem(d->tree, {e.menu});
            group->setFont(0, bold);
            group->setFlags(Qt::ItemIsEnabled);
            group->setFirstColumnSpanned(true);
        }
        auto *item = new QTreeWidgetItem(group, {e.name, e.keys, e.description});
        item->setToolTip(2, e.description);
        d->items.append(item);
    }
    d->tree->expandAll();
    d->tree->resizeColumnToContents(0);
    d->tree->resizeColumnToContents(1);
    d->tree->setColumnWidth(0, d->tree->columnWidth(0) + 24); // room for the indentation
    connect(d->filter, &QLineEdit::textChanged, this, [this](const QString &text) { setFilter(text); });
    setFilter(QString());
    resize(900, 640);
    d->filter->setFocus();
}

ShortcutsDialog::~ShortcutsDialog() = default;

void ShortcutsDialog::setFilter(const QString &text)
{
    if (d->filter->text() != text) {
        d->filter->setText(text); // comes back here through textChanged
        return;
    }
    const QString wanted = text.trimmed();
    const QString wantedKey = squeezed(wanted);
    int shown = 0;
    for (qsizetype i = 0; i < d->entries.size(); ++i) {
        const Entry &e = d->entries[i];
        const bool match = wanted.isEmpty() || e.name.contains(wanted, Qt::CaseInsensitive)
                           || squeezed(e.keys).contains(wantedKey, Qt::CaseInsensitive)
                           || squeezed(keysOf(e.action, QKeySequence::PortableText)).contains(wantedKey, Qt::CaseInsensitive);
        d->items[i]->setHidden(!match);
        shown += match ? 1 : 0;
    }
    for (int g = 0; g < d->tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = d->tree->topLevelItem(g);
        bool any = false;
        for (int c = 0; c < group->childCount() && !any; ++c)
            any = !group->child(c)->isHidden();
        group->setHidden(!any);
    }
    d->count->setText(wanted.isEmpty() ? tr("%n action(s)", nullptr, shown)
                                       : tr("%n of %1 action(s)", nullptr, shown).arg(d->entries.size()));
}

QLineEdit *ShortcutsDialog::filterField() const
{
    return d->filter;
}

QTreeWidget *ShortcutsDialog::tree() const
{
    return d->tree;
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::visibleEntries() const
{
    QList<Entry> result;
    for (qsizetype i = 0; i < d->entries.size(); ++i) {
        if (!d->items[i]->isHidden())
            result.append(d->entries[i]);
    }
    return result;
}

} // namespace Claimbench
