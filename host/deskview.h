// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_host_export.h"

#include <QUuid>
#include <QWidget>

#include <memory>

class QLineEdit;
class QTabWidget;
class QTreeWidget;

namespace Claimbench {

class DeskIndex;
struct DeskSettings;
class DeskViewPrivate;

/// File → Open Desk: a folder of articles (usually a git work tree) and their claims, from the desk's index
/// (host/desk/deskindex.h): every article with its claims by status and verdict, what is assigned to me, what
/// waits for my second review, and a search box. Activating a row asks to open that article (at that claim).
class CLAIMBENCH_HOST_EXPORT DeskView : public QWidget
{
    Q_OBJECT
public:
    explicit DeskView(QWidget *parent = nullptr);
    ~DeskView() override;

    /// Opens the desk `dir` for `reviewer` (empty: git config user.name there), bringing its index up to date.
    /// `cacheDir` empty: the user's cache. False, with errorString(), when the desk file or the index cannot be read.
    bool openDesk(const QString &dir, const QString &reviewer = QString(), const QString &cacheDir = QString());
    /// Brings the index up to date again (after a save or a git pull) and refills the lists.
    void refresh();
    QString deskDir() const;
    QString reviewer() const;
    QString errorString() const;
    /// The open desk's index (for the "Checked before?" panel), null before openDesk().
    DeskIndex *index() const;
    const DeskSettings &settings() const;

    QLineEdit *searchBox() const;
    QTabWidget *tabs() const;
    QTreeWidget *articleList() const; ///< one row per article
    QTreeWidget *assignedList() const;
    QTreeWidget *waitingList() const;
    QTreeWidget *searchList() const;

    /// Runs a search now (the search box does, as one types).
    void search(const QString &query);

Q_SIGNALS:
    /// A row was activated: open `documentPath`, and select `claim` when it is not null.
    void articleActivated(const QString &documentPath, const QUuid &claim);
    /// The index changed (openDesk(), refresh()).
    void deskChanged();

private:
    std::unique_ptr<DeskViewPrivate> d;
};

} // namespace Claimbench
