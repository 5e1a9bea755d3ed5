// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "anchorstore.h"
#include "claim.h"
#include "claimbench_host_export.h"

#include <QColor>
#include <QPlainTextEdit>
#include <memory>

namespace KSyntaxHighlighting {
class Definition;
}

namespace Claimbench {

class ClaimEditorPrivate;
class LazyHighlighter;

/// How one anchored range is drawn: the claim type's colour, the status by style (open = underline,
/// in progress = underline + tint, needs second review = dashed + tint, done = filled), suggestions dotted.
struct ClaimLook {
    QColor colour;
    ClaimStatus status = ClaimStatus::Open;
    bool suggestion = false;
    QString tooltip; ///< rich text shown on hover
    bool isValid() const { return colour.isValid(); }
};

/// The text view: a QPlainTextEdit with lazy KSyntaxHighlighting colouring, line numbers with claim markers,
/// an overview strip beside the scroll bar, and claims painted only for the visible blocks. The live positions
/// it paints are not its own: the claim set's anchors and the controller's suggestions (setAnchorStores());
/// their owners follow the document's edits. Undo and redo are not done here: the editor asks
/// (undoRequested/redoRequested) so that text edits and claim operations share one history.
class CLAIMBENCH_HOST_EXPORT ClaimEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ClaimEditor(QWidget *parent = nullptr);
    ~ClaimEditor() override;

    /// The stores of the ranges to paint (UTF-16 document positions): claims and suggestions, either may be
    /// null. They must outlive the editor or be unset first.
    void setAnchorStores(const AnchorStore *claims, const AnchorStore *suggestions);
    /// The range of `key` in either store; invalid when there is none.
    Anchor anchor(const QUuid &key) const;
    LazyHighlighter *highlighter() const;

    /// Replaces the text (no undo history).
    void setDocumentText(const QString &text);
    void setSyntaxDefinition(const KSyntaxHighlighting::Definition &definition);
    QString syntaxName() const;

    void setLook(const QUuid &key, const ClaimLook &look);
    void removeLook(const QUuid &key);
    void clearLooks();
    ClaimLook look(const QUuid &key) const;

    void setCurrentClaim(const QUuid &key);
    QUuid currentClaim() const;
    /// The claims under a document position, innermost first.
    QList<QUuid> claimsAt(qsizetype position) const;
    /// Moves the cursor to the anchor's start and scrolls to it.
    bool revealAnchor(const QUuid &key);

    /// Actions shown in the context menu in place of the text control's own undo/redo, and after it.
    void setUndoRedoActions(QAction *undo, QAction *redo);
    void setExtraContextActions(const QList<QAction *> &actions);

    /// The selection was made by dragging with Alt held: marking takes exactly these characters (no snapping
    /// to whole words). A keyboard selection or a plain drag clears it.
    bool isExactSelection() const;

    void setShowLineNumbers(bool show);
    bool showLineNumbers() const;
    /// Visible block range [first, last].
    int firstVisibleBlockNumber() const;
    int lastVisibleBlockNumber() const;

Q_SIGNALS:
    void claimClicked(const QUuid &key);
    void undoRequested();
    void redoRequested();
    void filesDropped(const QStringList &paths);
    /// setReadOnly() changed whether the text can be edited (the edit actions and the replace bar follow it).
    void readOnlyChanged(bool readOnly);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    std::unique_ptr<ClaimEditorPrivate> d;
    friend class ClaimEditorPrivate;
    friend class LineNumberArea;
    friend class OverviewStrip;
};

} // namespace Claimbench
