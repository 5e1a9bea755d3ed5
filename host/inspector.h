// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claim.h"
#include "claimbench_host_export.h"
#include "claimtypeprovider.h"
#include "completeness.h"

#include <QDialog>
#include <QKeySequence>
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

/// The inspector dock: the current claim's type, status, verdict, the fact-check as it is published (statement with
/// a length hint, claimant and role, organisation or person, conclusion, where and when the claim appeared, the
/// assignee, Approve and what the publish gate still asks), the type's fields as a generated form (an editor
/// for each field's kind: dates in ISO form with a calendar, numbers, http(s) addresses; refused values are
/// explained and not stored), the checklist, sources, notes (Markdown) and the read-only history. Every change is
/// one undoable step. Tab goes through it in that order. Done needs a verdict and the type's required fields
/// (completeness.h): asked for Done without them, the inspector says what is missing and offers "Mark done anyway"
/// with a reason, which goes into the claim's notes (and so into its history) in the same undoable step.
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

    /// The inspector's sections, each with a shortcut that gives it the keyboard from anywhere in the window:
    /// Alt+Shift+F fields, Alt+Shift+C checklist, Alt+Shift+S sources, Alt+Shift+N notes, Alt+Shift+H history.
    enum class Section { Fields, Checklist, Sources, Notes, History };
    static QKeySequence sectionShortcut(Section section);
    /// Gives the keyboard to the section's first control; false when the claim has no such section (no claim,
    /// a claim type without fields or checklist).
    bool focusSection(Section section);

    /// What the editor's highlights mean (filled, underlined, dashed, dotted, outlined) as rich text, for tooltips;
    /// the inspector shows the same legend, drawn, while no claim is selected.
    static QString highlightLegend();
    /// What Done needs for a claim of `type` (its required fields) and its checklist's steps, for completeness().
    static CompletenessRule completenessRule(const ClaimType &type);

Q_SIGNALS:
    void removeRequested(const QUuid &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::unique_ptr<InspectorPrivate> d;
};

} // namespace Claimbench
