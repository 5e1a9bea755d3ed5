// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claim.h"
#include "claimbench_host_export.h"

#include <QDialog>
#include <QScrollArea>
#include <memory>

class QComboBox;
class QListWidget;
class QPlainTextEdit;
class QTreeWidget;
class QLineEdit;

namespace Claimbench {

class DocumentController;
class InspectorPrivate;

/// Editing one source (url, title, publisher, accessed, archive link, excerpt, note).
class CLAIMBENCH_HOST_EXPORT SourceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SourceDialog(const Source &source, QWidget *parent = nullptr);
    Source source() const;
    QLineEdit *urlField() const;
    QLineEdit *titleField() const;

private:
    struct Fields;
    std::shared_ptr<Fields> m_fields;
    Source m_source;
};

/// The inspector dock: the current claim's type, status, verdict, the type's fields as a generated form, the
/// checklist, sources, notes (Markdown) and the read-only history. Every change is one undoable step.
class CLAIMBENCH_HOST_EXPORT Inspector : public QScrollArea
{
    Q_OBJECT
public:
    explicit Inspector(DocumentController *controller, QWidget *parent = nullptr);
    ~Inspector() override;

    void setClaim(const QUuid &id);
    QUuid claim() const;
    /// Commits what was typed in the notes or a field and not yet in the model (done before any other change,
    /// when the form reloads and when the notes lose focus; the window calls it before save, export and quit).
    void commitPendingEdits();
    /// Gives the keyboard to the first control (after "Mark claim").
    void focusFirst();

    QComboBox *typeBox() const;
    QComboBox *statusBox() const;
    QComboBox *verdictBox() const;
    QListWidget *sourcesList() const;
    QPlainTextEdit *notesEdit() const;
    QTreeWidget *historyView() const;
    /// Opens the source dialog for a new source (tests drive the dialog through QApplication::activeModalWidget).
    void addSource();

Q_SIGNALS:
    void removeRequested(const QUuid &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::unique_ptr<InspectorPrivate> d;
};

} // namespace Claimbench
