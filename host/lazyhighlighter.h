// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_host_export.h"

#include <KSyntaxHighlighting/AbstractHighlighter>

#include <QObject>
#include <functional>
#include <memory>

class QTextDocument;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Claimbench {

class LazyHighlighterPrivate;

/// The one syntax definition repository of the process (loading it reads hundreds of definition headers).
CLAIMBENCH_HOST_EXPORT KSyntaxHighlighting::Repository &syntaxRepository();
/// Loads the named definitions (and those they include) now, e.g. in idle time after start-up, so that opening
/// the first article of that kind does not pay for reading its syntax files.
CLAIMBENCH_HOST_EXPORT void warmUpSyntaxDefinitions(const QStringList &names);

/// KSyntaxHighlighting colouring of a QTextDocument that never highlights the whole document at once.
///
/// QSyntaxHighlighter re-highlights every block when attached (1 s for a 5 MB Markdown document). Here, like
/// Kate, blocks are highlighted in order up to what is needed: the editor asks for the visible blocks
/// (ensureHighlighted), an edit re-highlights its blocks and the following ones until the syntax state is the
/// same as before, and the rest is done in small slices in idle time. Formats go into each block's layout
/// (QTextLayout::setFormats), like QSyntaxHighlighter does; the document reports that as a contentsChange with
/// removed == added, so listeners must ignore changes while isApplyingFormats() is true.
class CLAIMBENCH_HOST_EXPORT LazyHighlighter : public QObject, public KSyntaxHighlighting::AbstractHighlighter
{
    Q_OBJECT
    Q_INTERFACES(KSyntaxHighlighting::AbstractHighlighter)
public:
    explicit LazyHighlighter(QTextDocument *document, QObject *parent = nullptr);
    ~LazyHighlighter() override;

    void setDefinition(const KSyntaxHighlighting::Definition &definition) override;
    void setTheme(const KSyntaxHighlighting::Theme &theme) override;

    /// The last block the editor shows; edits re-highlight synchronously up to there, the rest in idle time.
    void setLastVisibleBlockProvider(std::function<int()> provider);
    /// Highlights every block up to and including `blockNumber` now.
    void ensureHighlighted(int blockNumber);
    /// Restarts from the first block (after the document was replaced).
    void rehighlightLazily();
    /// True while formats are being applied (the document then emits contentsChange for unchanged text).
    bool isApplyingFormats() const;
    /// Blocks [0, highlightedBlocks()) have their formats; the rest is pending.
    int highlightedBlocks() const;
    bool isComplete() const;
    /// Runs the idle work to the end (tests, screenshots).
    void finish();

Q_SIGNALS:
    void completed();

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    std::unique_ptr<LazyHighlighterPrivate> d;
    friend class LazyHighlighterPrivate;
};

} // namespace Claimbench
