// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "anchor.h"
#include "claimbench_host_export.h"

#include <QList>
#include <QUuid>

#include <functional>
#include <memory>

namespace Claimbench {

class AnchorStorePrivate;

/// The live positions of claims in an open document (UTF-16 document positions), fed with the document's edits.
///
/// Not one QTextCursor per claim: QTextDocument walks every cursor on every edit, so 1,000 inserts cost seconds
/// with 20,000 claims. Here anchors are kept sorted by start in chunks whose offsets are applied lazily (a
/// Fenwick tree of per-chunk deltas), so an edit costs O(log n) plus the anchors near the edit: only anchors
/// touching the edit are transform()ed, everything after it moves by one lazy delta. Anchors longer than
/// LongAnchor are few and kept aside in a plain list that every edit transforms; the invariant "a chunked anchor
/// is shorter than LongAnchor" bounds which anchors can span an edit.
class CLAIMBENCH_HOST_EXPORT AnchorStore
{
public:
    static constexpr qsizetype LongAnchor = 2048;

    struct Entry {
        QUuid key;
        Anchor anchor;
    };

    AnchorStore();
    ~AnchorStore();
    AnchorStore(const AnchorStore &) = delete;
    AnchorStore &operator=(const AnchorStore &) = delete;

    /// Replaces everything (invalid anchors are ignored).
    void reset(const QList<Entry> &entries);
    void clear();
    /// Adds or replaces the anchor for `key`; an invalid anchor just removes it.
    void set(const QUuid &key, const Anchor &anchor);
    bool remove(const QUuid &key);
    /// The current anchor of `key`; invalid when unknown (or orphaned).
    Anchor anchor(const QUuid &key) const;
    bool contains(const QUuid &key) const;
    qsizetype count() const;

    /// Applies one document edit. Anchors whose text was deleted are removed and reported to the callback.
    void applyEdit(const TextEdit &edit);
    void setInvalidatedCallback(std::function<void(const QUuid &key, const Anchor &before)> callback);

    /// Anchors intersecting [from, to) (an empty anchor at `from` counts), sorted by start.
    QList<Entry> query(qsizetype from, qsizetype to) const;
    /// Every anchor, sorted by start.
    QList<Entry> all() const;
    /// The first anchor starting after `position` (or the first one when wrapping), and the last one before it.
    Entry next(qsizetype position) const;
    Entry previous(qsizetype position) const;

private:
    std::unique_ptr<AnchorStorePrivate> d;
};

} // namespace Claimbench
