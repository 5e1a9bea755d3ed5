// SPDX-License-Identifier: GPL-2.0-or-later
#include "claimeditor.h"

#include "lazyhighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QContextMenuEvent>
#include <QHash>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>

#include <algorithm>

namespace Claimbench {

class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(ClaimEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
        setAccessibleName(tr("Line numbers"));
    }
    QSize sizeHint() const override { return {width(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ClaimEditor *m_editor;
};

class OverviewStrip : public QWidget
{
public:
    explicit OverviewStrip(ClaimEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
        setAccessibleName(tr("Claims overview"));
        setToolTip(tr("Where the claims are in the document; click to go there"));
        setCursor(Qt::PointingHandCursor);
    }
    void invalidate()
    {
        m_cache = QPixmap();
        update();
    }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    ClaimEditor *m_editor;
    QPixmap m_cache;
};

class ClaimEditorPrivate
{
public:
    ClaimEditor *q = nullptr;
    const AnchorStore *claimAnchors = nullptr;
    const AnchorStore *suggestionAnchors = nullptr;
    KSyntaxHighlighting::Repository *repository = nullptr;
    LazyHighlighter *highlighter = nullptr;
    LineNumberArea *lineNumbers = nullptr;
    OverviewStrip *overview = nullptr;
    QTimer overviewTimer;
    QHash<IdKey, ClaimLook> looks;
    QUuid current;
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QList<QAction *> extraActions;
    bool showLineNumbers = true;
    bool exactSelection = false; // the selection was dragged with Alt

    static constexpr int OverviewWidth = 10;

    int lineNumberWidth() const
    {
        if (!showLineNumbers)
            return 6;
        int digits = 1;
        for (int max = std::max(1, q->blockCount()); max >= 10; max /= 10)
            ++digits;
        // The numbers are drawn right-aligned in width - 16 (the markers' room): every digit must fit in it.
        return 18 + q->fontMetrics().horizontalAdvance(QString(std::max(3, digits), QLatin1Char('9')));
    }

    void updateMargins()
    {
        q->setViewportMargins(lineNumberWidth(), 0, OverviewWidth, 0);
        // The side widgets follow at once: a document that grows past 9,999 lines widens the gutter now, not
        // at the next resize (numbers were clipped: line 8472 read "3472").
        if (lineNumbers && overview)
            layoutSideWidgets();
    }

    void layoutSideWidgets()
    {
        const QRect cr = q->contentsRect();
        const QRect vp = q->viewport()->geometry();
        lineNumbers->setGeometry(QRect(cr.left(), cr.top(), lineNumberWidth(), vp.height()));
        overview->setGeometry(QRect(vp.right() + 1, cr.top(), OverviewWidth, vp.height()));
    }

    void applyTheme()
    {
        const KSyntaxHighlighting::Theme theme = repository->themeForPalette(q->palette());
        highlighter->setTheme(theme);
    }

    // The rectangles covering [start, end) within one block, in viewport coordinates.
    QList<QRectF> rects(const QTextBlock &block, qsizetype start, qsizetype end) const
    {
        QList<QRectF> result;
        const QTextLayout *layout = block.layout();
        if (!layout)
            return result;
        const QPointF origin = q->blockBoundingGeometry(block).translated(q->contentOffset()).topLeft();
        const int bpos = block.position();
        const int from = int(std::max<qsizetype>(start - bpos, 0));
        const int to = int(std::min<qsizetype>(end - bpos, block.length() - 1));
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const int ls = line.textStart();
            const int le = ls + line.textLength();
            const int a = std::max(from, ls);
            const int b = std::min(to, le);
            if (a > b || (a == b && !(start == end)))
                continue;
            const qreal x1 = line.cursorToX(a);
            const qreal x2 = line.cursorToX(b);
            result.append(QRectF(origin.x() + std::min(x1, x2), origin.y() + line.y(), std::max(std::abs(x2 - x1), 2.0),
                                 line.height()));
        }
        return result;
    }

    // Ranges of both stores intersecting [from, to), sorted by start.
    QList<AnchorStore::Entry> query(qsizetype from, qsizetype to) const
    {
        QList<AnchorStore::Entry> result = claimAnchors ? claimAnchors->query(from, to) : QList<AnchorStore::Entry>();
        if (suggestionAnchors) {
            const QList<AnchorStore::Entry> more = suggestionAnchors->query(from, to);
            if (!more.isEmpty()) {
                result += more;
                std::stable_sort(result.begin(), result.end(),
                                 [](const auto &a, const auto &b) { return a.anchor.start() < b.anchor.start(); });
            }
        }
        return result;
    }

    QList<AnchorStore::Entry> all() const
    {
        QList<AnchorStore::Entry> result = claimAnchors ? claimAnchors->all() : QList<AnchorStore::Entry>();
        if (suggestionAnchors)
            result += suggestionAnchors->all();
        return result;
    }

    struct Visible {
        AnchorStore::Entry entry;
        ClaimLook look;
        int level = 0;
    };

    QList<Visible> visibleClaims(int *fromOut = nullptr, int *toOut = nullptr) const
    {
        QList<Visible> result;
        const QTextBlock first = q->firstVisibleBlock();
        if (!first.isValid())
            return result;
        QTextBlock last = q->document()->findBlockByNumber(q->lastVisibleBlockNumber());
        if (!last.isValid())
            last = q->document()->lastBlock();
        const int from = first.position();
        const int to = last.position() + last.length();
        if (fromOut)
            *fromOut = from;
        if (toOut)
            *toOut = to;
        const QList<AnchorStore::Entry> entries = query(from, to);
        // Nesting levels: overlapping claims get stacked underlines.
        QList<qsizetype> levelEnds;
        for (const AnchorStore::Entry &e : entries) {
            const ClaimLook look = looks.value(e.key);
            if (!look.isValid())
                continue;
            int level = 0;
            while (level < levelEnds.size() && levelEnds[level] > e.anchor.start())
                ++level;
            if (level == levelEnds.size())
                levelEnds.append(e.anchor.end());
            else
                levelEnds[level] = e.anchor.end();
            result.append({e, look, level});
        }
        return result;
    }

    void paintClaims(QPainter &p, const QList<Visible> &claims, bool background) const
    {
        if (claims.isEmpty())
            return;
        const QTextBlock first = q->firstVisibleBlock();
        const int last = q->lastVisibleBlockNumber();
        for (QTextBlock block = first; block.isValid() && block.blockNumber() <= last; block = block.next()) {
            const qsizetype bs = block.position();
            const qsizetype be = bs + block.length();
            for (const Visible &v : claims) {
                const Anchor &a = v.entry.anchor;
                if (a.start() >= be || a.end() < bs || (a.end() == bs && !a.isEmpty()))
                    continue;
                const QList<QRectF> rs = rects(block, a.start(), a.end());
                for (const QRectF &r : rs)
                    paintRect(p, r, v, background);
            }
        }
    }

    void paintRect(QPainter &p, const QRectF &r, const Visible &v, bool background) const
    {
        QColor c = v.look.colour;
        const bool selected = v.entry.key == current;
        if (background) {
            int alpha = 0;
            if (!v.look.suggestion) {
                switch (v.look.status) {
                case ClaimStatus::Done:
                    alpha = 90;
                    break;
                case ClaimStatus::InProgress:
                case ClaimStatus::NeedsSecondReview:
                    alpha = 40;
                    break;
                default:
                    break;
                }
            }
            if (selected)
                alpha += 30;
            if (alpha > 0) {
                c.setAlpha(alpha);
                p.fillRect(r, c);
            }
            return;
        }
        const qreal y = r.bottom() - 1.5 - v.level * 3.0;
        QPen pen(c, 2.0);
        pen.setCapStyle(Qt::FlatCap);
        bool underline = true;
        if (v.look.suggestion) {
            pen.setStyle(Qt::DotLine);
            pen.setWidthF(2.0);
        } else {
            switch (v.look.status) {
            case ClaimStatus::Done:
                underline = false;
                break;
            case ClaimStatus::NeedsSecondReview:
                pen.setStyle(Qt::DashLine);
                break;
            case ClaimStatus::Dismissed:
                pen.setColor(q->palette().color(QPalette::PlaceholderText));
                pen.setStyle(Qt::DotLine);
                pen.setWidthF(1.0);
                break;
            default:
                break;
            }
        }
        if (underline) {
            p.setPen(pen);
            p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
        }
        if (selected) {
            QPen outline(v.look.colour, 1.5);
            p.setPen(outline);
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(r.adjusted(-1, 0, 1, 0), 3, 3);
        }
    }

    void onContentsChange()
    {
        if (highlighter->isApplyingFormats())
            return;
        overviewTimer.start(); // repainted later: the anchors' owners follow the edit themselves
    }
};

void LineNumberArea::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    const QPalette pal = m_editor->palette();
    p.fillRect(event->rect(), pal.color(QPalette::Window));
    QTextBlock block = m_editor->firstVisibleBlock();
    if (!block.isValid())
        return;
    const int last = m_editor->lastVisibleBlockNumber();
    const int current = m_editor->textCursor().blockNumber();
    // Claim markers: a bar in the type's colour beside each line where a claim is.
    int from = 0, to = 0;
    const auto claims = m_editor->d->visibleClaims(&from, &to);
    p.setFont(m_editor->font());
    const int w = width();
    for (; block.isValid() && block.blockNumber() <= last; block = block.next()) {
        const QRectF geo = m_editor->blockBoundingGeometry(block).translated(m_editor->contentOffset());
        if (!block.isVisible())
            continue;
        const qsizetype bs = block.position();
        const qsizetype be = bs + block.length();
        int markers = 0;
        for (const auto &v : claims) {
            if (v.entry.anchor.start() < be && v.entry.anchor.end() > bs && markers < 3) {
                QColor c = v.look.colour;
                if (v.look.suggestion)
                    c.setAlpha(110);
                p.fillRect(QRectF(w - 4 - markers * 4, geo.top() + 1, 3, geo.height() - 2), c);
                ++markers;
            }
        }
        if (m_editor->d->showLineNumbers) {
            p.setPen(block.blockNumber() == current ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
            p.drawText(QRectF(0, geo.top(), w - 16, m_editor->fontMetrics().height()), Qt::AlignRight | Qt::AlignVCenter,
                       QString::number(block.blockNumber() + 1));
        }
    }
}

void OverviewStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = m_editor->palette();
    if (m_cache.size() != size() * devicePixelRatioF()) {
        m_cache = QPixmap(size() * devicePixelRatioF());
        m_cache.setDevicePixelRatio(devicePixelRatioF());
        m_cache.fill(pal.color(QPalette::Base).darker(104));
        QPainter cp(&m_cache);
        const qreal total = std::max(1, m_editor->document()->characterCount());
        const qreal h = height();
        const QList<AnchorStore::Entry> entries = m_editor->d->all();
        for (const auto &e : entries) {
            const ClaimLook look = m_editor->d->looks.value(e.key);
            if (!look.isValid())
                continue;
            QColor c = look.colour;
            if (look.suggestion)
                c.setAlpha(100);
            const qreal y = e.anchor.start() / total * h;
            cp.fillRect(QRectF(1, y, width() - 2, 2), c);
        }
    }
    p.drawPixmap(0, 0, m_cache);
    // The visible part of the document.
    const int first = m_editor->firstVisibleBlock().position();
    QTextBlock last = m_editor->document()->findBlockByNumber(m_editor->lastVisibleBlockNumber());
    const int end = last.isValid() ? last.position() + last.length() : m_editor->document()->characterCount();
    const qreal total = std::max(1, m_editor->document()->characterCount());
    QColor frame = pal.color(QPalette::Highlight);
    frame.setAlpha(60);
    p.fillRect(QRectF(0, first / total * height(), width(), std::max(3.0, (end - first) / total * height())), frame);
}

void OverviewStrip::mousePressEvent(QMouseEvent *event)
{
    const qreal ratio = std::clamp(event->position().y() / std::max(1, height()), 0.0, 1.0);
    QTextCursor c(m_editor->document());
    c.setPosition(int(ratio * (m_editor->document()->characterCount() - 1)));
    m_editor->setTextCursor(c);
    m_editor->centerCursor();
}

ClaimEditor::ClaimEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , d(std::make_unique<ClaimEditorPrivate>())
{
    d->q = this;
    d->repository = &syntaxRepository();
    setAccessibleName(tr("Document text"));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setCenterOnScroll(false);
    setAcceptDrops(true);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() + 1);
    setFont(f);

    d->highlighter = new LazyHighlighter(document(), this);
    d->highlighter->setLastVisibleBlockProvider([this] { return lastVisibleBlockNumber(); });
    d->applyTheme();
    d->lineNumbers = new LineNumberArea(this);
    d->overview = new OverviewStrip(this);
    d->overviewTimer.setSingleShot(true);
    d->overviewTimer.setInterval(300);
    connect(&d->overviewTimer, &QTimer::timeout, this, [this] { d->overview->invalidate(); });

    connect(document(), &QTextDocument::contentsChange, this, [this] { d->onContentsChange(); });
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { d->updateMargins(); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            d->lineNumbers->scroll(0, dy);
        else
            d->lineNumbers->update(0, rect.y(), d->lineNumbers->width(), rect.height());
        d->overview->update();
    });
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { d->highlighter->ensureHighlighted(lastVisibleBlockNumber()); });
    d->updateMargins();
}

ClaimEditor::~ClaimEditor() = default;

void ClaimEditor::setAnchorStores(const AnchorStore *claims, const AnchorStore *suggestions)
{
    d->claimAnchors = claims;
    d->suggestionAnchors = suggestions;
    d->overview->invalidate();
    viewport()->update();
}

Anchor ClaimEditor::anchor(const QUuid &key) const
{
    Anchor a = d->claimAnchors ? d->claimAnchors->anchor(key) : Anchor();
    if (!a.isValid() && d->suggestionAnchors)
        a = d->suggestionAnchors->anchor(key);
    return a;
}

LazyHighlighter *ClaimEditor::highlighter() const
{
    return d->highlighter;
}

void ClaimEditor::setDocumentText(const QString &text)
{
    setPlainText(text);
    d->highlighter->rehighlightLazily();
    d->overview->invalidate();
}

void ClaimEditor::setSyntaxDefinition(const KSyntaxHighlighting::Definition &definition)
{
    d->highlighter->setDefinition(definition);
    viewport()->update();
}

QString ClaimEditor::syntaxName() const
{
    const auto def = d->highlighter->definition();
    return def.isValid() ? def.name() : QStringLiteral("None");
}

void ClaimEditor::setLook(const QUuid &key, const ClaimLook &look)
{
    d->looks.insert(key, look);
    d->overviewTimer.start();
    viewport()->update();
    d->lineNumbers->update(); // the margin markers show the looks too
}

void ClaimEditor::removeLook(const QUuid &key)
{
    d->looks.remove(key);
    d->overviewTimer.start();
    viewport()->update();
    d->lineNumbers->update(); // the margin markers show the looks too
}

void ClaimEditor::clearLooks()
{
    d->looks.clear();
    d->overview->invalidate();
    viewport()->update();
    d->lineNumbers->update(); // the margin markers show the looks too
}

ClaimLook ClaimEditor::look(const QUuid &key) const
{
    return d->looks.value(key);
}

void ClaimEditor::setCurrentClaim(const QUuid &key)
{
    if (d->current == key)
        return;
    d->current = key;
    viewport()->update();
}

QUuid ClaimEditor::currentClaim() const
{
    return d->current;
}

QList<QUuid> ClaimEditor::claimsAt(qsizetype position) const
{
    QList<AnchorStore::Entry> entries = d->query(position, position + 1);
    std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.anchor.length() < b.anchor.length(); });
    QList<QUuid> result;
    for (const auto &e : entries) {
        if (d->looks.contains(e.key))
            result.append(e.key);
    }
    return result;
}

bool ClaimEditor::revealAnchor(const QUuid &key)
{
    const Anchor a = anchor(key);
    if (!a.isValid())
        return false;
    // The cursor goes to the claim's start (no selection, so that its colours stay visible).
    QTextCursor c(document());
    c.setPosition(int(std::min<qsizetype>(a.start(), document()->characterCount() - 1)));
    // Already in view: stay. Otherwise the claim comes to the middle of the view, not to its bottom edge.
    // (Asked before moving the cursor: setTextCursor() scrolls just enough to show it.)
    const QRect view = viewport()->rect();
    QTextCursor end(document());
    end.setPosition(int(std::min<qsizetype>(a.end(), document()->characterCount() - 1)));
    const bool inView = view.contains(cursorRect(c)) && view.contains(cursorRect(end));
    setTextCursor(c);
    if (!inView)
        centerCursor();
    return true;
}

void ClaimEditor::setUndoRedoActions(QAction *undo, QAction *redo)
{
    d->undo = undo;
    d->redo = redo;
}

void ClaimEditor::setExtraContextActions(const QList<QAction *> &actions)
{
    d->extraActions = actions;
}

void ClaimEditor::setShowLineNumbers(bool show)
{
    d->showLineNumbers = show;
    d->updateMargins();
    d->layoutSideWidgets();
    d->lineNumbers->update();
}

bool ClaimEditor::showLineNumbers() const
{
    return d->showLineNumbers;
}

int ClaimEditor::firstVisibleBlockNumber() const
{
    return firstVisibleBlock().blockNumber();
}

int ClaimEditor::lastVisibleBlockNumber() const
{
    QTextBlock block = firstVisibleBlock();
    if (!block.isValid())
        return 0;
    const qreal bottom = viewport()->height();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    int last = block.blockNumber();
    while (block.isValid() && top <= bottom) {
        last = block.blockNumber();
        top += blockBoundingRect(block).height();
        block = block.next();
    }
    return last;
}

bool ClaimEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *ke = static_cast<QKeyEvent *>(event);
        // Let the window's undo/redo actions have these keys: one history for text and claims.
        const QKeySequence key(ke->keyCombination());
        const bool ours = (d->undo && d->undo->shortcuts().contains(key)) || (d->redo && d->redo->shortcuts().contains(key));
        if (ours || ke->matches(QKeySequence::Undo) || ke->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    if (event->type() == QEvent::ToolTip) {
        auto *he = static_cast<QHelpEvent *>(event);
        const QPoint vp = viewport()->mapFrom(this, he->pos());
        const QTextCursor c = cursorForPosition(vp);
        QStringList tips;
        for (const QUuid &key : claimsAt(c.position())) {
            const QString tip = d->looks.value(key).tooltip;
            if (!tip.isEmpty())
                tips.append(tip);
        }
        if (tips.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(he->globalPos(), tips.join(QStringLiteral("<hr/>")), this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

void ClaimEditor::keyPressEvent(QKeyEvent *event)
{
    if (!event->modifiers().testFlag(Qt::ControlModifier) || event->key() != Qt::Key_M)
        d->exactSelection = false; // a keyboard selection snaps (Ctrl+M marks the exact one just made)
    if (event->matches(QKeySequence::Undo)) {
        Q_EMIT undoRequested();
        return;
    }
    if (event->matches(QKeySequence::Redo)) {
        Q_EMIT redoRequested();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void ClaimEditor::paintEvent(QPaintEvent *event)
{
    d->highlighter->ensureHighlighted(lastVisibleBlockNumber());
    const auto claims = d->visibleClaims();
    {
        QPainter p(viewport());
        d->paintClaims(p, claims, true);
    }
    QPlainTextEdit::paintEvent(event);
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    d->paintClaims(p, claims, false);
}

void ClaimEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    d->layoutSideWidgets();
    d->overview->invalidate();
}

void ClaimEditor::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        d->exactSelection = event->modifiers().testFlag(Qt::AltModifier);
    // QPlainTextEdit ignores Alt for selecting: the press goes on as a plain one.
    QMouseEvent plain(event->type(), event->position(), event->scenePosition(), event->globalPosition(), event->button(),
                      event->buttons(), event->modifiers() & ~Qt::AltModifier, event->pointingDevice());
    QPlainTextEdit::mousePressEvent(&plain);
    event->setAccepted(plain.isAccepted());
}

bool ClaimEditor::isExactSelection() const
{
    return d->exactSelection && textCursor().hasSelection();
}

void ClaimEditor::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && !textCursor().hasSelection()) {
        const QList<QUuid> keys = claimsAt(textCursor().position());
        if (!keys.isEmpty())
            Q_EMIT claimClicked(keys.first());
    }
}

void ClaimEditor::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    const QList<QAction *> actions = menu->actions();
    for (QAction *a : actions) {
        if (a->objectName() == QLatin1String("edit-undo") && d->undo) {
            menu->insertAction(a, d->undo);
            menu->removeAction(a);
        } else if (a->objectName() == QLatin1String("edit-redo") && d->redo) {
            menu->insertAction(a, d->redo);
            menu->removeAction(a);
        }
    }
    if (!d->extraActions.isEmpty()) {
        QAction *firstAction = menu->actions().value(0);
        for (QAction *a : std::as_const(d->extraActions))
            menu->insertAction(firstAction, a);
        menu->insertSeparator(firstAction);
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void ClaimEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        d->applyTheme();
    if (event->type() == QEvent::FontChange)
        d->updateMargins();
    if (event->type() == QEvent::ReadOnlyChange)
        Q_EMIT readOnlyChanged(isReadOnly());
}

void ClaimEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
        return;
    }
    QPlainTextEdit::dragEnterEvent(event);
}

void ClaimEditor::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
        return;
    }
    QPlainTextEdit::dragMoveEvent(event);
}

void ClaimEditor::dropEvent(QDropEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        QStringList paths;
        for (const QUrl &url : event->mimeData()->urls()) {
            if (url.isLocalFile())
                paths.append(url.toLocalFile());
            else if (url.scheme() == u"http" || url.scheme() == u"https")
                paths.append(url.toString()); // a link dragged from a browser: the window opens it as an article
        }
        if (!paths.isEmpty()) {
            event->acceptProposedAction();
            Q_EMIT filesDropped(paths);
            return;
        }
    }
    QPlainTextEdit::dropEvent(event);
}

} // namespace Claimbench
