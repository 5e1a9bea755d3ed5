// SPDX-License-Identifier: GPL-2.0-or-later
#include "searchbar.h"

#include "claimeditor.h"
#include "lazyhighlighter.h"

#include <QApplication>
#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QShortcut>
#include <QStyle>
#include <QTextBlock>
#include <QTextDocument>
#include <QResizeEvent>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>

namespace Claimbench {

// ---------------------------------------------------------------------------------------------------------------
// SearchPattern

SearchPattern SearchPattern::compile(const QString &text, const SearchOptions &options)
{
    SearchPattern p;
    p.m_text = text;
    p.m_options = options;
    if (text.isEmpty())
        return p;
    QRegularExpression::PatternOptions flags = QRegularExpression::UseUnicodePropertiesOption
                                               | QRegularExpression::MultilineOption;
    if (!options.matchCase)
        flags |= QRegularExpression::CaseInsensitiveOption;
    QString source = options.regularExpression ? text : QRegularExpression::escape(text);
    if (options.regularExpression) {
        // Checked as typed: wrapped for whole words, an unbalanced ")" could close the wrapper instead.
        const QRegularExpression typed(source, flags);
        if (!typed.isValid()) {
            p.m_errorOffset = std::clamp<qsizetype>(typed.patternErrorOffset(), 0, text.size());
            p.m_error = SearchBar::tr("Invalid regular expression: %1 (character %2)")
                            .arg(typed.errorString())
                            .arg(p.m_errorOffset + 1);
            return p;
        }
    }
    // Whole words: the match may not touch a letter, digit or underscore on either side (works for "5%" too,
    // where \b...\b would not).
    if (options.wholeWords)
        source = QStringLiteral("(?<!\\w)(?:") + source + QStringLiteral(")(?!\\w)");
    p.m_expression = QRegularExpression(source, flags);
    if (!p.m_expression.isValid()) { // "\Q" without "\E" quotes the wrapper's end
        p.m_errorOffset = text.size();
        p.m_error = SearchBar::tr("Invalid regular expression: %1 (with whole words)").arg(p.m_expression.errorString());
        return p;
    }
    p.m_expression.optimize();
    return p;
}

QList<std::pair<qsizetype, qsizetype>> SearchPattern::findAll(const QString &text) const
{
    QList<std::pair<qsizetype, qsizetype>> result;
    if (!isValid())
        return result;
    QRegularExpressionMatchIterator it = m_expression.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength() > 0) // an empty match ("^", "x*") is nothing to show or replace
            result.append({m.capturedStart(), m.capturedEnd()});
    }
    return result;
}

QRegularExpressionMatch SearchPattern::matchAt(const QString &text, qsizetype start) const
{
    if (!isValid())
        return {};
    return m_expression.match(text, start, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
}

QString SearchPattern::substitute(const QRegularExpressionMatch &match, const QString &replacement) const
{
    if (!m_options.regularExpression)
        return replacement;
    QString result;
    result.reserve(replacement.size());
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement.at(i);
        if (c != QLatin1Char('\\') || i + 1 == replacement.size()) {
            result.append(c);
            continue;
        }
        const QChar n = replacement.at(++i);
        if (n.isDigit() && n.digitValue() <= match.lastCapturedIndex())
            result.append(match.captured(n.digitValue()));
        else if (n.isDigit())
            ; // a group the expression does not have: nothing
        else if (n == QLatin1Char('n'))
            result.append(QLatin1Char('\n'));
        else if (n == QLatin1Char('t'))
            result.append(QLatin1Char('\t'));
        else if (n == QLatin1Char('\\'))
            result.append(QLatin1Char('\\'));
        else
            result.append(c).append(n);
    }
    return result;
}

// ---------------------------------------------------------------------------------------------------------------
// SearchBar

class SearchBarPrivate
{
public:
    SearchBar *q = nullptr;
    ClaimEditor *editor = nullptr;
    QUndoStack *history = nullptr;
    QLineEdit *searchField = nullptr;
    QLineEdit *replaceField = nullptr;
    QLabel *replaceLabel = nullptr;
    QToolButton *previous = nullptr;
    QToolButton *next = nullptr;
    QToolButton *replace = nullptr;
    QToolButton *replaceAll = nullptr;
    QToolButton *close = nullptr;
    QCheckBox *matchCase = nullptr;
    QCheckBox *wholeWords = nullptr;
    QCheckBox *regularExpression = nullptr;
    QLabel *status = nullptr;

    SearchPattern pattern;
    QList<std::pair<qsizetype, qsizetype>> matches;
    bool matchesStale = true;
    bool replaceMode = false;
    bool compact = false;
    int fullWidth = 0; ///< the layout's minimum width with full labels

    /// Narrow windows (docks on both sides) get icon-only buttons and short option labels instead of a bar that
    /// forces the window wider than the screen.
    void setCompact(bool on);
    bool wrapped = false;
    bool forward = true;
    bool selecting = false; // the bar moves the editor's cursor (not the user)
    bool editing = false;   // the bar edits the text: the matches are found again once, afterwards
    qsizetype searchFrom = 0; // where incremental search starts: the cursor when the user last placed it
    QString message;          // "Not found", "Replace All: 3 replaced", ...

    static constexpr int MaxHighlights = 5000;
    static constexpr int HighlightMarginBlocks = 40;

    bool editable() const { return !editor->isReadOnly(); }

    void compile()
    {
        pattern = SearchPattern::compile(searchField->text(),
                                         SearchOptions{matchCase->isChecked(), wholeWords->isChecked(),
                                                       regularExpression->isChecked()});
        matchesStale = true;
    }

    void ensureMatches()
    {
        if (!matchesStale)
            return;
        matches = pattern.findAll(editor->toPlainText());
        matchesStale = false;
    }

    qsizetype indexOfSelection() const
    {
        const QTextCursor c = editor->textCursor();
        if (!c.hasSelection())
            return -1;
        const std::pair<qsizetype, qsizetype> sel{c.selectionStart(), c.selectionEnd()};
        const auto it = std::lower_bound(matches.cbegin(), matches.cend(), sel);
        return it != matches.cend() && *it == sel ? it - matches.cbegin() : -1;
    }

    // The first match starting at or after `position`; wraps to the first one.
    qsizetype firstFrom(qsizetype position, bool *didWrap) const
    {
        const auto it = std::lower_bound(matches.cbegin(), matches.cend(), position,
                                         [](const auto &m, qsizetype p) { return m.first < p; });
        *didWrap = it == matches.cend();
        return matches.isEmpty() ? -1 : (*didWrap ? 0 : it - matches.cbegin());
    }

    // The last match starting before `position`; wraps to the last one.
    qsizetype lastBefore(qsizetype position, bool *didWrap) const
    {
        const auto it = std::lower_bound(matches.cbegin(), matches.cend(), position,
                                         [](const auto &m, qsizetype p) { return m.first < p; });
        *didWrap = it == matches.cbegin();
        return matches.isEmpty() ? -1 : (*didWrap ? matches.size() - 1 : (it - matches.cbegin()) - 1);
    }

    void select(qsizetype index)
    {
        QTextCursor c(editor->document());
        if (index < 0) {
            c.setPosition(int(std::min<qsizetype>(searchFrom, editor->document()->characterCount() - 1)));
        } else {
            c.setPosition(int(matches[index].first));
            c.setPosition(int(matches[index].second), QTextCursor::KeepAnchor);
        }
        selecting = true;
        editor->setTextCursor(c);
        editor->ensureCursorVisible();
        selecting = false;
    }

    // Incremental search: the text or the options changed.
    void searchIncrementally()
    {
        compile();
        ensureMatches();
        wrapped = false;
        message.clear();
        bool didWrap = false;
        select(pattern.isValid() ? firstFrom(searchFrom, &didWrap) : -1);
        refresh();
    }

    bool step(bool forwardStep)
    {
        if (!pattern.isValid())
            compile();
        ensureMatches();
        message.clear();
        forward = forwardStep;
        if (matches.isEmpty()) {
            wrapped = false;
            refresh();
            return false;
        }
        const QTextCursor c = editor->textCursor();
        const qsizetype current = indexOfSelection();
        bool didWrap = false;
        qsizetype index;
        if (forwardStep)
            index = current >= 0 ? (current + 1 < matches.size() ? current + 1 : (didWrap = true, 0))
                                 : firstFrom(c.selectionStart(), &didWrap);
        else
            index = current >= 0 ? (current > 0 ? current - 1 : (didWrap = true, matches.size() - 1))
                                 : lastBefore(c.selectionStart(), &didWrap);
        wrapped = didWrap;
        select(index);
        searchFrom = matches[index].first;
        refresh();
        return true;
    }

    void updateHighlights()
    {
        QList<QTextEdit::ExtraSelection> selections;
        if (q->isVisible() && !matches.isEmpty()) {
            QTextDocument *doc = editor->document();
            const QTextBlock first = doc->findBlockByNumber(std::max(0, editor->firstVisibleBlockNumber() - HighlightMarginBlocks));
            QTextBlock last = doc->findBlockByNumber(editor->lastVisibleBlockNumber() + HighlightMarginBlocks);
            if (!last.isValid())
                last = doc->lastBlock();
            const qsizetype from = first.isValid() ? first.position() : 0;
            const qsizetype to = last.position() + last.length();
            QTextCharFormat format;
            QColor colour(255, 200, 0);
            colour.setAlpha(120);
            format.setBackground(colour);
            auto it = std::lower_bound(matches.cbegin(), matches.cend(), from,
                                       [](const auto &m, qsizetype p) { return m.second <= p; });
            for (; it != matches.cend() && it->first < to && selections.size() < MaxHighlights; ++it) {
                QTextEdit::ExtraSelection s;
                s.cursor = QTextCursor(doc);
                s.cursor.setPosition(int(it->first));
                s.cursor.setPosition(int(it->second), QTextCursor::KeepAnchor);
                s.format = format;
                selections.append(s);
            }
        }
        editor->setExtraSelections(selections);
    }

    QString statusText() const
    {
        if (!pattern.error().isEmpty())
            return pattern.error();
        if (!message.isEmpty())
            return message;
        if (pattern.text().isEmpty())
            return {};
        if (matches.isEmpty())
            return SearchBar::tr("Not found");
        const qsizetype current = indexOfSelection();
        QString text = current >= 0 ? SearchBar::tr("%1 of %2").arg(current + 1).arg(matches.size())
                                    : SearchBar::tr("%n match(es)", nullptr, int(matches.size()));
        if (wrapped)
            text += QStringLiteral(" — ") + (forward ? SearchBar::tr("wrapped to the top")
                                                     : SearchBar::tr("wrapped to the bottom"));
        return text;
    }

    void refresh()
    {
        const QString text = statusText();
        status->setText(text);
        status->setToolTip(text);
        const bool problem = !pattern.error().isEmpty() || (!pattern.text().isEmpty() && matches.isEmpty() && message.isEmpty());
        // A problem is shown in the palette's negative colour on the field and the note (Kate's red field).
        QPalette fieldPalette = q->palette();
        QPalette notePalette = q->palette();
        if (problem) {
            QColor bad(220, 60, 60);
            QColor tint = fieldPalette.color(QPalette::Base);
            tint = QColor((tint.red() * 3 + bad.red()) / 4, (tint.green() * 3 + bad.green()) / 4, (tint.blue() * 3 + bad.blue()) / 4);
            fieldPalette.setColor(QPalette::Base, tint);
            notePalette.setColor(QPalette::WindowText, bad.darker(120));
        }
        searchField->setPalette(fieldPalette);
        status->setPalette(notePalette);
        searchField->setAccessibleDescription(text);
        const bool canStep = pattern.isValid() && !matches.isEmpty();
        previous->setEnabled(canStep);
        next->setEnabled(canStep);
        updateReplaceEnabled();
        updateHighlights();
    }

    void updateReplaceEnabled()
    {
        const bool on = editable();
        const bool canReplace = on && pattern.isValid() && !matches.isEmpty();
        replaceField->setEnabled(on);
        replaceLabel->setEnabled(on);
        replace->setEnabled(canReplace);
        replaceAll->setEnabled(canReplace);
        const QString why = on ? QString() : SearchBar::tr("The text is read-only: nothing can be replaced.");
        replaceField->setToolTip(why);
        replaceField->setPlaceholderText(on ? SearchBar::tr("Replacement") : why);
    }

    void setMode(bool replacing)
    {
        replaceMode = replacing;
        replaceLabel->setVisible(replacing);
        replaceField->setVisible(replacing);
        replace->setVisible(replacing);
        replaceAll->setVisible(replacing);
    }

    void open(bool replacing)
    {
        setMode(replacing);
        const QTextCursor c = editor->textCursor();
        searchFrom = c.selectionStart();
        const QString selected = c.selectedText();
        // Prefilled with a selection on one line (QTextCursor gives U+2029 between blocks).
        if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator)) {
            const QString text = regularExpression->isChecked() ? QRegularExpression::escape(selected) : selected;
            if (text != searchField->text()) {
                QSignalBlocker block(searchField);
                searchField->setText(text);
            }
        }
        q->show();
        compile();
        ensureMatches();
        wrapped = false;
        message.clear();
        refresh();
        searchField->setFocus(Qt::ShortcutFocusReason);
        searchField->selectAll();
    }
};

void SearchBarPrivate::setCompact(bool on)
{
    compact = on;
    for (QToolButton *b : {previous, next})
        b->setToolButtonStyle(on ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
    matchCase->setText(on ? SearchBar::tr("Aa", "short for Match case") : SearchBar::tr("Match case"));
    wholeWords->setText(on ? SearchBar::tr("Word", "short for Whole words") : SearchBar::tr("Whole words"));
    regularExpression->setText(on ? SearchBar::tr(".*", "short for Regular expression")
                                  : SearchBar::tr("Regular expression"));
    searchField->setMinimumWidth(on ? 120 : 200);
    status->setMinimumWidth(on ? 60 : 220);
}

SearchBar::SearchBar(ClaimEditor *editor, QUndoStack *history, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<SearchBarPrivate>())
{
    d->q = this;
    d->editor = editor;
    d->history = history;
    setAccessibleName(tr("Find and replace"));
    setAutoFillBackground(true);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 4, 6, 4);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);

    auto *findLabel = new QLabel(tr("Find:"), this);
    d->searchField = new QLineEdit(this);
    d->searchField->setObjectName(QStringLiteral("searchField"));
    d->searchField->setAccessibleName(tr("Search for"));
    d->searchField->setPlaceholderText(tr("Text to find (Enter: next, Shift+Enter: previous)"));
    d->searchField->setClearButtonEnabled(true);
    d->searchField->setMinimumWidth(200);
    findLabel->setBuddy(d->searchField);

    d->replaceLabel = new QLabel(tr("Replace:"), this);
    d->replaceField = new QLineEdit(this);
    d->replaceField->setObjectName(QStringLiteral("replaceField"));
    d->replaceField->setAccessibleName(tr("Replace with"));
    d->replaceField->setClearButtonEnabled(true);
    d->replaceLabel->setBuddy(d->replaceField);

    auto button = [this](const QString &name, const QString &text, const QString &accessible, const char *theme,
                         QStyle::StandardPixmap fallback) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setAccessibleName(accessible);
        b->setToolTip(accessible);
        b->setFocusPolicy(Qt::TabFocus);
        if (theme)
            b->setIcon(QIcon::fromTheme(QLatin1String(theme), style()->standardIcon(fallback)));
        b->setToolButtonStyle(theme ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonTextOnly);
        b->setAutoRaise(true);
        return b;
    };
    d->previous = button(QStringLiteral("previous"), tr("Previous"), tr("Find the previous match (Shift+F3)"), "go-up", QStyle::SP_ArrowUp);
    d->next = button(QStringLiteral("next"), tr("Next"), tr("Find the next match (F3)"), "go-down", QStyle::SP_ArrowDown);
    d->replace = button(QStringLiteral("replace"), tr("Replace"), tr("Replace this match and find the next"), nullptr, {});
    d->replaceAll = button(QStringLiteral("replaceAll"), tr("Replace All"), tr("Replace every match (one undo step)"), nullptr, {});
    d->close = button(QStringLiteral("close"), QString(), tr("Close the search bar (Esc)"), "dialog-close", QStyle::SP_TitleBarCloseButton);
    d->close->setToolButtonStyle(Qt::ToolButtonIconOnly);

    auto option = [this](const QString &name, const QString &text, const QString &tip) {
        auto *box = new QCheckBox(text, this);
        box->setObjectName(name);
        box->setAccessibleName(text);
        box->setToolTip(tip);
        return box;
    };
    d->matchCase = option(QStringLiteral("matchCase"), tr("Match case"), tr("Upper and lower case must match"));
    d->wholeWords = option(QStringLiteral("wholeWords"), tr("Whole words"), tr("Only matches that are whole words"));
    d->regularExpression = option(QStringLiteral("regularExpression"), tr("Regular expression"),
                                  tr("The text is a regular expression; in the replacement \\1 … \\9 are its groups"));

    d->status = new QLabel(this);
    d->status->setObjectName(QStringLiteral("searchStatus"));
    d->status->setAccessibleName(tr("Search result"));
    d->status->setMinimumWidth(220);
    d->status->setWordWrap(true); // a regular expression's error can be long: it takes a second line
    d->status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    grid->addWidget(findLabel, 0, 0);
    grid->addWidget(d->searchField, 0, 1);
    grid->addWidget(d->previous, 0, 2);
    grid->addWidget(d->next, 0, 3);
    grid->addWidget(d->matchCase, 0, 4);
    grid->addWidget(d->wholeWords, 0, 5);
    grid->addWidget(d->regularExpression, 0, 6);
    grid->addWidget(d->status, 0, 7, 2, 1, Qt::AlignLeft | Qt::AlignVCenter); // room for a second line
    grid->addWidget(d->close, 0, 8);
    grid->addWidget(d->replaceLabel, 1, 0);
    grid->addWidget(d->replaceField, 1, 1);
    grid->addWidget(d->replace, 1, 2);
    grid->addWidget(d->replaceAll, 1, 3, 1, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(7, 2);

    // The bar never makes the window wider than it is: below the full labels' width it turns compact.
    d->setCompact(true);
    const int compactWidth = grid->totalMinimumSize().width();
    d->setCompact(false);
    d->fullWidth = grid->totalMinimumSize().width();
    setMinimumWidth(compactWidth);

    // The keyboard goes through the fields first, then the buttons, then the options.
    QWidget *order[] = {d->searchField, d->replaceField, d->previous, d->next, d->replace, d->replaceAll,
                        d->matchCase, d->wholeWords, d->regularExpression, d->close};
    for (size_t i = 0; i + 1 < std::size(order); ++i)
        setTabOrder(order[i], order[i + 1]);

    connect(d->searchField, &QLineEdit::textChanged, this, [this] { d->searchIncrementally(); });
    for (QCheckBox *box : {d->matchCase, d->wholeWords, d->regularExpression})
        connect(box, &QCheckBox::toggled, this, [this] { d->searchIncrementally(); });
    connect(d->previous, &QToolButton::clicked, this, [this] { findPrevious(); });
    connect(d->next, &QToolButton::clicked, this, [this] { findNext(); });
    connect(d->replace, &QToolButton::clicked, this, [this] { replace(); });
    connect(d->replaceAll, &QToolButton::clicked, this, [this] { replaceAll(); });
    connect(d->close, &QToolButton::clicked, this, [this] { dismiss(); });
    d->searchField->installEventFilter(this);
    d->replaceField->installEventFilter(this);
    editor->installEventFilter(this);

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] { dismiss(); });

    // The matches follow the text: found again after each edit while the bar is shown, later otherwise.
    connect(editor->document(), &QTextDocument::contentsChange, this, [this](int, int removed, int added) {
        if (d->editing || (removed == added && d->editor->highlighter()->isApplyingFormats()))
            return;
        d->matchesStale = true;
        d->message.clear();
        if (isVisible()) {
            d->ensureMatches();
            d->refresh();
        }
    });
    connect(editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (d->selecting)
            return;
        d->searchFrom = d->editor->textCursor().selectionStart();
        if (isVisible())
            d->status->setText(d->statusText());
    });
    connect(editor->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (isVisible())
            d->updateHighlights();
    });
    connect(editor, &ClaimEditor::readOnlyChanged, this, [this] { d->updateReplaceEnabled(); });

    d->setMode(false);
    d->refresh();
    hide();
}

SearchBar::~SearchBar() = default;

void SearchBar::openFind()
{
    d->open(false);
}

void SearchBar::openReplace()
{
    d->open(true);
}

bool SearchBar::isReplaceMode() const
{
    return d->replaceMode;
}

void SearchBar::dismiss()
{
    d->editor->setFocus(Qt::OtherFocusReason);
    hide();
}

bool SearchBar::findNext()
{
    if (searchText().isEmpty()) {
        openFind();
        return false;
    }
    if (!isVisible())
        show();
    return d->step(true);
}

bool SearchBar::findPrevious()
{
    if (searchText().isEmpty()) {
        openFind();
        return false;
    }
    if (!isVisible())
        show();
    return d->step(false);
}

bool SearchBar::replace()
{
    if (!d->editable() || !d->pattern.isValid())
        return false;
    d->ensureMatches();
    const qsizetype index = d->indexOfSelection();
    if (index < 0) {
        d->step(true);
        return false;
    }
    const auto [start, end] = d->matches[index];
    const QRegularExpressionMatch m = d->pattern.matchAt(d->editor->toPlainText(), start);
    if (!m.hasMatch() || m.capturedEnd() != end)
        return false;
    const QString text = d->pattern.substitute(m, replacementText());
    QTextCursor c(d->editor->document());
    c.setPosition(int(start));
    c.setPosition(int(end), QTextCursor::KeepAnchor);
    d->editing = true;
    c.insertText(text); // one edit: the claims follow it as they follow typing over a selection
    d->editing = false;
    d->matchesStale = true;
    d->ensureMatches();
    d->searchFrom = start + text.size();
    d->message.clear();
    bool didWrap = false;
    const qsizetype following = d->firstFrom(d->searchFrom, &didWrap);
    d->wrapped = following >= 0 && didWrap;
    d->forward = true;
    d->select(following);
    d->refresh();
    return true;
}

int SearchBar::replaceAll()
{
    if (!d->editable() || !d->pattern.isValid())
        return 0;
    const QString text = d->editor->toPlainText();
    struct Edit {
        qsizetype start, end;
        QString text;
    };
    QList<Edit> edits;
    QRegularExpressionMatchIterator it = d->pattern.expression().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength() > 0)
            edits.append({m.capturedStart(), m.capturedEnd(), d->pattern.substitute(m, replacementText())});
    }
    if (edits.isEmpty())
        return 0;
    // One step in the review's history, and claims that follow each replacement. Not one QTextCursor edit block:
    // QTextDocument reports the edits of a block as one change spanning all of them, so a claim between two
    // matches would be taken as edited. Each replacement is its own edit (as typing over a selection is) and
    // the history groups them. From the end, so that the positions before each edit hold.
    if (d->history)
        d->history->beginMacro(tr("Replace All"));
    d->editing = true;
    QTextCursor c(d->editor->document());
    for (auto e = edits.crbegin(); e != edits.crend(); ++e) {
        c.setPosition(int(e->start));
        c.setPosition(int(e->end), QTextCursor::KeepAnchor);
        c.insertText(e->text);
    }
    if (d->history)
        d->history->endMacro();
    d->editing = false;
    d->matchesStale = true;
    d->ensureMatches();
    d->wrapped = false;
    d->message = tr("%n replacement(s) made", nullptr, int(edits.size()));
    d->refresh();
    return int(edits.size());
}

void SearchBar::setSearchText(const QString &text)
{
    d->searchField->setText(text);
}

QString SearchBar::searchText() const
{
    return d->searchField->text();
}

void SearchBar::setReplacementText(const QString &text)
{
    d->replaceField->setText(text);
}

QString SearchBar::replacementText() const
{
    return d->replaceField->text();
}

void SearchBar::setOptions(const SearchOptions &options)
{
    const QSignalBlocker b1(d->matchCase), b2(d->wholeWords), b3(d->regularExpression);
    d->matchCase->setChecked(options.matchCase);
    d->wholeWords->setChecked(options.wholeWords);
    d->regularExpression->setChecked(options.regularExpression);
    d->searchIncrementally();
}

SearchOptions SearchBar::options() const
{
    return {d->matchCase->isChecked(), d->wholeWords->isChecked(), d->regularExpression->isChecked()};
}

SearchPattern SearchBar::pattern() const
{
    return d->pattern;
}

QList<std::pair<qsizetype, qsizetype>> SearchBar::matches() const
{
    d->ensureMatches();
    return d->matches;
}

qsizetype SearchBar::matchCount() const
{
    d->ensureMatches();
    return d->matches.size();
}

qsizetype SearchBar::currentMatch() const
{
    d->ensureMatches();
    return d->indexOfSelection();
}

bool SearchBar::wrapped() const
{
    return d->wrapped;
}

QString SearchBar::statusText() const
{
    d->ensureMatches();
    return d->statusText();
}

QLineEdit *SearchBar::searchField() const
{
    return d->searchField;
}

QLineEdit *SearchBar::replaceField() const
{
    return d->replaceField;
}

QCheckBox *SearchBar::matchCaseBox() const
{
    return d->matchCase;
}

QCheckBox *SearchBar::wholeWordsBox() const
{
    return d->wholeWords;
}

QCheckBox *SearchBar::regularExpressionBox() const
{
    return d->regularExpression;
}

QToolButton *SearchBar::replaceButton() const
{
    return d->replace;
}

QToolButton *SearchBar::replaceAllButton() const
{
    return d->replaceAll;
}

QLabel *SearchBar::statusLabel() const
{
    return d->status;
}

bool SearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *ke = static_cast<QKeyEvent *>(event);
        const bool enter = ke->key() == Qt::Key_Return || ke->key() == Qt::Key_Enter;
        if (watched == d->searchField && enter) {
            if (ke->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
        if (watched == d->replaceField && enter) {
            replace();
            return true;
        }
        // Esc in the text closes the bar too, as in Kate.
        if (watched == d->editor && ke->key() == Qt::Key_Escape && ke->modifiers() == Qt::NoModifier && isVisible()) {
            dismiss();
            return true;
        }
    }
    if (watched == d->editor && event->type() == QEvent::Resize && isVisible())
        d->updateHighlights();
    return QWidget::eventFilter(watched, event);
}

bool SearchBar::isCompact() const
{
    return d->compact;
}

void SearchBar::resizeEvent(QResizeEvent *event)
{
    const bool narrow = event->size().width() < d->fullWidth;
    if (narrow != d->compact)
        d->setCompact(narrow);
    QWidget::resizeEvent(event);
}

void SearchBar::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (!isHidden()) // only the window was hidden: the bar comes back with it
        return;
    d->wrapped = false;
    d->editor->setExtraSelections({});
}

} // namespace Claimbench
