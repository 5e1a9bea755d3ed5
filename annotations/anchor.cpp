// SPDX-License-Identifier: GPL-2.0-or-later
#include "anchor.h"

#include <algorithm>

namespace Claimbench {

Anchor::Anchor(qsizetype start, qsizetype end, InsertBehaviours insert, EmptyBehaviour empty)
    : m_start(start)
    , m_end(end)
    , m_insert(insert)
    , m_empty(empty)
{
    if (start < 0 || end < start) {
        m_start = m_end = -1;
    }
}

namespace {
// A position after the removal of [pos, pos + removed).
qsizetype afterRemoval(qsizetype x, qsizetype pos, qsizetype removed)
{
    if (x >= pos + removed)
        return x - removed;
    return std::min(x, pos);
}
} // namespace

Anchor transform(const Anchor &anchor, const TextEdit &edit)
{
    if (!anchor.isValid() || edit.position < 0 || edit.removed < 0 || edit.added < 0)
        return anchor;

    const qsizetype pos = edit.position;
    qsizetype start = anchor.start();
    qsizetype end = anchor.end();

    // 1. The removal. A non-empty range whose every character was removed has lost its text.
    if (edit.removed > 0) {
        const bool wasEmpty = start == end;
        start = afterRemoval(start, pos, edit.removed);
        end = afterRemoval(end, pos, edit.removed);
        if (!wasEmpty && start == end && anchor.emptyBehaviour() == Anchor::InvalidateIfEmpty)
            return Anchor();
    }

    // 2. The insertion at pos: boundaries exactly at pos move or stay according to the insert behaviours
    //    (ExpandLeft: the start stays, so the new text is inside; ExpandRight: the end moves with it).
    if (edit.added > 0) {
        const qsizetype a = edit.added;
        if (start > pos || (start == pos && !(anchor.insertBehaviours() & Anchor::ExpandLeft)))
            start += a;
        if (end > pos || (end == pos && (anchor.insertBehaviours() & Anchor::ExpandRight)))
            end += a;
        end = std::max(end, start);
    }
    return Anchor(start, end, anchor.insertBehaviours(), anchor.emptyBehaviour());
}

} // namespace Claimbench
