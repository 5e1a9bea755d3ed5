// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_annotations_export.h"

#include <QFlags>
#include <QtGlobal>

namespace Claimbench {

/// One change to a text: at `position`, `removed` characters were replaced by `added` characters.
/// Units are whatever the caller uses consistently (UTF-16 in the editor, code points in files).
struct TextEdit {
    qsizetype position = 0;
    qsizetype removed = 0;
    qsizetype added = 0;
    friend bool operator==(const TextEdit &, const TextEdit &) = default;
};

/// A range of text that follows edits, like KTextEditor::MovingRange but as a plain value:
/// `transform(anchor, edit)` gives the anchor after the edit. Invalid by default; an anchor whose text was
/// deleted becomes invalid when its empty behaviour says so (the claim is then an orphan, never dropped).
class CLAIMBENCH_ANNOTATIONS_EXPORT Anchor
{
public:
    /// What happens to text typed exactly at a boundary.
    enum InsertBehaviour {
        DoNotExpand = 0x0,
        ExpandLeft = 0x1,  ///< text inserted at start() becomes part of the range
        ExpandRight = 0x2, ///< text inserted at end() becomes part of the range
    };
    Q_DECLARE_FLAGS(InsertBehaviours, InsertBehaviour)

    enum EmptyBehaviour {
        AllowEmpty,        ///< an emptied range stays valid, collapsed where its text was
        InvalidateIfEmpty, ///< an emptied range becomes invalid
    };

    Anchor() = default;
    Anchor(qsizetype start, qsizetype end, InsertBehaviours insert = DoNotExpand,
           EmptyBehaviour empty = InvalidateIfEmpty);

    bool isValid() const { return m_start >= 0 && m_end >= m_start; }
    bool isEmpty() const { return m_start == m_end; }
    qsizetype start() const { return m_start; }
    qsizetype end() const { return m_end; }
    qsizetype length() const { return m_end - m_start; }
    InsertBehaviours insertBehaviours() const { return m_insert; }
    EmptyBehaviour emptyBehaviour() const { return m_empty; }

    friend bool operator==(const Anchor &, const Anchor &) = default;

private:
    qsizetype m_start = -1;
    qsizetype m_end = -1;
    InsertBehaviours m_insert = DoNotExpand;
    EmptyBehaviour m_empty = InvalidateIfEmpty;
};

/// The anchor after `edit`. Pure; an invalid anchor stays invalid.
CLAIMBENCH_ANNOTATIONS_EXPORT Anchor transform(const Anchor &anchor, const TextEdit &edit);

} // namespace Claimbench

Q_DECLARE_OPERATORS_FOR_FLAGS(Claimbench::Anchor::InsertBehaviours)
