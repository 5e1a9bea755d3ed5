// SPDX-License-Identifier: GPL-2.0-or-later
#include "mainwindow.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QFile>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QStatusBar>

namespace Claimbench {

class MainWindowPrivate
{
public:
    QPlainTextEdit *editor = nullptr;
    KSyntaxHighlighting::Repository repository;
    KSyntaxHighlighting::SyntaxHighlighter *highlighter = nullptr;
    QString file;
};

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , d(std::make_unique<MainWindowPrivate>())
{
    d->editor = new QPlainTextEdit(this);
    d->editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setCentralWidget(d->editor);
    d->highlighter = new KSyntaxHighlighting::SyntaxHighlighter(d->editor->document());
    d->highlighter->setTheme(d->repository.themeForPalette(palette()));
    setWindowTitle(tr("Claimbench"));
    resize(1100, 750);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        statusBar()->showMessage(tr("Cannot open %1: %2").arg(path, f.errorString()));
        return false;
    }
    d->file = QFileInfo(path).absoluteFilePath();
    d->editor->setPlainText(QString::fromUtf8(f.readAll()));
    d->highlighter->setDefinition(d->repository.definitionForFileName(path));
    setWindowTitle(tr("%1 — Claimbench").arg(QFileInfo(path).fileName()));
    return true;
}

QString MainWindow::currentFile() const
{
    return d->file;
}

QString MainWindow::syntaxName() const
{
    return d->highlighter->definition().isValid() ? d->highlighter->definition().name() : QStringLiteral("None");
}

} // namespace Claimbench
