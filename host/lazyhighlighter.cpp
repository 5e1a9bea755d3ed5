// SPDX-License-Identifier: GPL-2.0-or-later
#include "lazyhighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimer>

#include <algorithm>

namespace Claimbench {

namespace {
class BlockState : public QTextBlockUserData
{
public:
    KSyntaxHighlighting::State state;
};

KSyntaxHighlighting::State stateOf(const QTextBlock &block)
{
    if (auto *data = static_cast<BlockState *>(block.userData()))
        return data->state;
    return {};
}

constexpr int IdleSliceMs = 4;
constexpr int SynchronousLimit = 200; // blocks re-highlighted at once after an edit when nothing is visible
} // namespace

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

namespace {
class NullHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    void run(const QString &line) { highlightLine(line, KSyntaxHighlighting::State()); }

protected:
    void applyFormat(int, int, const KSyntaxHighlighting::Format &) override { }
};
} // namespace

void warmUpSyntaxDefinitions(const QStringList &names)
{
    for (const QString &name : names) {
        const KSyntaxHighlighting::Definition def = syntaxRepository().definitionForName(name);
        if (!def.isValid())
            continue;
        NullHighlighter h;
        h.setDefinition(def);
        h.run(QStringLiteral("# warm up `code` *text*"));
    }
}

class LazyHighlighterPrivate
{
public:
    LazyHighlighter *q = nullptr;
    QPointer<QTextDocument> document;
    QTimer idle;
    std::function<int()> lastVisible;
    int firstDirty = 0; // blocks [0, firstDirty) are highlighted
    int blockCount = 1;
    bool applying = false;
    QList<QTextLayout::FormatRange> formats;
    QHash<quint16, QTextCharFormat> formatCache;
    int dirtyFrom = -1; // document positions whose layout must be refreshed
    int dirtyTo = -1;

    QTextCharFormat charFormat(const KSyntaxHighlighting::Format &format)
    {
        auto it = formatCache.constFind(format.id());
        if (it != formatCache.constEnd())
            return *it;
        const KSyntaxHighlighting::Theme theme = q->theme();
        QTextCharFormat f;
        if (format.hasTextColor(theme))
            f.setForeground(format.textColor(theme));
        if (format.hasBackgroundColor(theme))
            f.setBackground(format.backgroundColor(theme));
        if (format.isBold(theme))
            f.setFontWeight(QFont::Bold);
        if (format.isItalic(theme))
            f.setFontItalic(true);
        if (format.isUnderline(theme))
            f.setFontUnderline(true);
        if (format.isStrikeThrough(theme))
            f.setFontStrikeOut(true);
        formatCache.insert(format.id(), f);
        return f;
    }

    // Highlights one block from the previous block's state; returns whether its end state changed.
    bool highlight(QTextBlock block)
    {
        const KSyntaxHighlighting::State previous = stateOf(block.previous());
        formats.clear();
        KSyntaxHighlighting::State state;
        if (q->definition().isValid())
            state = q->highlightLine(block.text(), previous);
        auto *data = static_cast<BlockState *>(block.userData());
        bool changed = true;
        if (!data) {
            data = new BlockState;
            block.setUserData(data);
        } else {
            changed = !(data->state == state);
        }
        data->state = state;
        QTextLayout *layout = block.layout();
        if (layout && layout->formats() != formats) {
            layout->setFormats(formats);
            // A block that was never laid out picks the formats up when it is; only laid-out ones need a relayout.
            if (layout->lineCount() == 0)
                return changed;
            const int from = block.position();
            const int to = from + block.length();
            dirtyFrom = dirtyFrom < 0 ? from : std::min(dirtyFrom, from);
            dirtyTo = std::max(dirtyTo, to);
        }
        return changed;
    }

    void flush()
    {
        if (dirtyFrom < 0 || !document)
            return;
        applying = true;
        const int end = std::min(dirtyTo, document->characterCount());
        document->markContentsDirty(dirtyFrom, end - dirtyFrom);
        applying = false;
        dirtyFrom = dirtyTo = -1;
    }

    void highlightUpTo(int last)
    {
        if (!document)
            return;
        last = std::min(last, document->blockCount() - 1);
        if (firstDirty > last)
            return;
        for (QTextBlock b = document->findBlockByNumber(firstDirty); b.isValid() && b.blockNumber() <= last; b = b.next())
            highlight(b);
        firstDirty = last + 1;
        flush();
    }

    void schedule()
    {
        if (document && firstDirty < document->blockCount())
            idle.start();
    }

    void idleSlice()
    {
        if (!document)
            return;
        QElapsedTimer timer;
        timer.start();
        QTextBlock b = document->findBlockByNumber(firstDirty);
        while (b.isValid()) {
            for (int i = 0; i < 64 && b.isValid(); ++i, b = b.next()) {
                highlight(b);
                ++firstDirty;
            }
            if (timer.elapsed() >= IdleSliceMs)
                break;
        }
        flush();
        if (firstDirty < document->blockCount())
            idle.start();
        else
            Q_EMIT q->completed();
    }

    void contentsChanged(int position, int removed, int added)
    {
        if (applying || !document)
            return;
        const int newCount = document->blockCount();
        const int diff = newCount - blockCount;
        blockCount = newCount;
        QTextBlock first = document->findBlock(position);
        QTextBlock last = document->findBlock(position + added);
        if (!first.isValid())
            first = document->lastBlock();
        if (!last.isValid())
            last = document->lastBlock();
        const int fb = first.blockNumber();
        const int lb = last.blockNumber();
        Q_UNUSED(removed);
        if (firstDirty > lb - diff)
            firstDirty = std::max(fb, firstDirty + diff);
        else
            firstDirty = std::min(firstDirty, fb);
        if (fb >= firstDirty) {
            schedule();
            return;
        }
        // Re-highlight the edited blocks, then the following ones while their state changes, up to what is shown.
        const int visibleEnd = lastVisible ? std::max(lastVisible(), lb) : lb + SynchronousLimit;
        QTextBlock b = first;
        while (b.isValid() && b.blockNumber() < firstDirty) {
            const bool changed = highlight(b);
            const int n = b.blockNumber();
            b = b.next();
            if (n >= lb && !changed)
                break;
            if (n >= visibleEnd && b.isValid() && b.blockNumber() < firstDirty) {
                firstDirty = b.blockNumber(); // the rest follows in idle time
                break;
            }
        }
        flush();
        schedule();
    }
};

LazyHighlighter::LazyHighlighter(QTextDocument *document, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<LazyHighlighterPrivate>())
{
    d->q = this;
    d->document = document;
    d->blockCount = document->blockCount();
    d->idle.setSingleShot(true);
    d->idle.setInterval(0);
    connect(&d->idle, &QTimer::timeout, this, [this] { d->idleSlice(); });
    connect(document, &QTextDocument::contentsChange, this,
            [this](int position, int removed, int added) { d->contentsChanged(position, removed, added); });
}

LazyHighlighter::~LazyHighlighter() = default;

void LazyHighlighter::setDefinition(const KSyntaxHighlighting::Definition &definition)
{
    AbstractHighlighter::setDefinition(definition);
    rehighlightLazily();
}

void LazyHighlighter::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    AbstractHighlighter::setTheme(theme);
    d->formatCache.clear();
    rehighlightLazily();
}

void LazyHighlighter::setLastVisibleBlockProvider(std::function<int()> provider)
{
    d->lastVisible = std::move(provider);
}

void LazyHighlighter::ensureHighlighted(int blockNumber)
{
    d->highlightUpTo(blockNumber);
    d->schedule();
}

void LazyHighlighter::rehighlightLazily()
{
    if (!d->document)
        return;
    d->firstDirty = 0;
    d->blockCount = d->document->blockCount();
    const int last = d->lastVisible ? d->lastVisible() : 0;
    d->highlightUpTo(last);
    d->schedule();
}

bool LazyHighlighter::isApplyingFormats() const
{
    return d->applying;
}

int LazyHighlighter::highlightedBlocks() const
{
    return d->firstDirty;
}

bool LazyHighlighter::isComplete() const
{
    return !d->document || d->firstDirty >= d->document->blockCount();
}

void LazyHighlighter::finish()
{
    if (!d->document)
        return;
    d->idle.stop();
    d->highlightUpTo(d->document->blockCount() - 1);
}

void LazyHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length <= 0 || format.isDefaultTextStyle(theme()))
        return;
    QTextLayout::FormatRange range;
    range.start = offset;
    range.length = length;
    range.format = d->charFormat(format);
    d->formats.append(range);
}

} // namespace Claimbench
