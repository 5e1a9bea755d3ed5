// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_host_export.h"

#include <QMainWindow>
#include <memory>

namespace Claimbench {

class MainWindowPrivate;

class CLAIMBENCH_HOST_EXPORT MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a document (and its sidecar); false with a message on the message bar when it cannot be read.
    bool openFile(const QString &path);
    QString currentFile() const;
    /// The syntax definition in use ("Markdown", "None", ...).
    QString syntaxName() const;

private:
    std::unique_ptr<MainWindowPrivate> d;
};

} // namespace Claimbench
