// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_host_export.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QWidget>
#include <memory>
#include <utility>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QUndoStack;

namespace Claimbench {

class ClaimEditor;
class SearchBarPrivate;

/// How the text is matched: as typed (case-insensitive by default), as whole words only, or as a regular
/// expression (PCRE, Unicode character classes).
struct SearchOptions {
    bool matchCase = false;
    bool wholeWords = false;
    bool regularExpression = false;
    friend bool operator==(const SearchOptions &, const SearchOptions &) = default;
};

/// What the bar searches for: the text and its options compiled into one expression, or why they cannot be
/// (an invalid regular expression: error() and errorOffset()). Invalid by default and for an empty text.
class CLAIMBENCH_HOST_EXPORT SearchPattern
{
public:
    SearchPattern() = default;
    static SearchPattern compile(const QString &text, const SearchOptions &options);

    bool isValid() const { return !m_text.isEmpty() && m_error.isEmpty(); }
    QString text() const { return m_text; }
    SearchOptions options() const { return m_options; }
    /// Empty unless the text is an invalid regular expression.
    QString error() const { return m_error; }
    qsizetype errorOffset() const { return m_errorOffset; }
    const QRegularExpression &expression() const { return m_expression; }

    /// Every non-empty match in `text`, as [start, end) UTF-16 offsets in order; none when invalid.
    QList<std::pair<qsizetype, qsizetype>> findAll(const QString &text) const;
    /// The match starting at `start` in `text` (not found: an invalid match).
    QRegularExpressionMatch matchAt(const QString &text, qsizetype start) const;
    /// What replaces `match`: `replacement` as typed; with regular expressions \0 … \9 are the captures and
    /// \n, \t, \\ the newline, tab and backslash.
    QString substitute(const QRegularExpressionMatch &match, const QString &replacement) const;

private:
    QString m_text;
    SearchOptions m_options;
    QRegularExpression m_expression;
    QString m_error;
    qsizetype m_errorOffset = -1;
};

/// Find and Replace as Kate does it: an inline bar under the editor (not a dialog). Searching is incremental as
/// the text is typed; Next/Previous wrap around the document (with a note); every match in view is highlighted
/// (the editor's extra selections) and the bar says "N of M". In replace mode Replace and Replace All edit through
/// QTextCursor (the claims follow each edit as they follow typing); Replace All is one step ("Replace All") in
/// the review's history. The replace part is disabled while the editor is read-only. Esc closes the bar and
/// gives the keyboard back to the editor.
class CLAIMBENCH_HOST_EXPORT SearchBar : public QWidget
{
    Q_OBJECT
public:
    /// `history`: the review's undo stack, where Replace All groups its edits into one step (with null, each
    /// replacement is its own step).
    SearchBar(ClaimEditor *editor, QUndoStack *history, QWidget *parent = nullptr);
    ~SearchBar() override;

    /// Shows the bar (find only, or with the replace part) with the keyboard in the search field, prefilled with
    /// the editor's selection when it is on one line.
    void openFind();
    void openReplace();
    bool isReplaceMode() const;
    /// Hides the bar, removes the highlights and focuses the editor.
    void dismiss();

    /// Selects the next / previous match from the editor's cursor, wrapping at the end; false when none.
    /// When the bar is hidden it is shown first (without taking the keyboard).
    bool findNext();
    bool findPrevious();
    /// Replaces the selected match and selects the next one; when no match is selected, selects the next one
    /// first. False when nothing was replaced (read-only editor, no match).
    bool replace();
    /// Replaces every match, as one undo step; returns how many were replaced.
    int replaceAll();

    void setSearchText(const QString &text);
    QString searchText() const;
    void setReplacementText(const QString &text);
    QString replacementText() const;
    void setOptions(const SearchOptions &options);
    SearchOptions options() const;
    SearchPattern pattern() const;

    /// The matches of the current pattern in the document, [start, end) UTF-16 positions in order.
    QList<std::pair<qsizetype, qsizetype>> matches() const;
    qsizetype matchCount() const;
    /// Index of the match the editor has selected; -1 when the selection is not a match.
    qsizetype currentMatch() const;
    /// True when the last Next/Previous went round the end of the document.
    bool wrapped() const;
    /// What the bar tells the user: "3 of 12", "Not found", the regular expression's error, the wrap note.
    QString statusText() const;

    QLineEdit *searchField() const;
    QLineEdit *replaceField() const;
    QCheckBox *matchCaseBox() const;
    QCheckBox *wholeWordsBox() const;
    QCheckBox *regularExpressionBox() const;
    QToolButton *replaceButton() const;
    QToolButton *replaceAllButton() const;
    QLabel *statusLabel() const;
    /// True while the bar is too narrow for its full labels (icon-only buttons, short option names).
    bool isCompact() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    std::unique_ptr<SearchBarPrivate> d;
    friend class SearchBarPrivate;
};

} // namespace Claimbench
