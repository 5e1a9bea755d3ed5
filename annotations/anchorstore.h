// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "anchor.h"
#include "claimbench_annotations_export.h"

#include <QList>
#include <QMetaType>
#include <QUuid>

#include <functional>
#include <memory>

namespace Claimbench {

class AnchorStorePrivate;

/// Live positions in an open text (UTF-16 positions), fed with the text's edits: the claims' (ClaimSet owns
/// one) and the detectors' suggestions (DocumentController owns one).
///
/// Not one QTextCursor per claim: QTextDocument walks every cursor on every edit, so 1,000 inserts cost seconds
/// with 20,000 claims. Here anchors are kept sorted by start in chunks whose offsets are applied lazily (a
/// Fenwick tree of per-chunk deltas), so an edit costs O(log n) plus the anchors near the edit: only anchors
/// touching the edit are transform()ed, everything after it moves by one lazy delta. Anchors longer than
/// LongAnchor are few and kept aside in a plain list that every edit transforms; the invariant "a chunked anchor
/// is shorter than LongAnchor" bounds which anchors can span an edit.
class CLAIMBENCH_ANNOTATIONS_EXPORT AnchorStore
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

    /// Applies one document edit. Anchors whose text was deleted are removed and reported to the invalidated
    /// callback; anchors that stay but whose text the edit changed (removed or replaced text inside them, or
    /// added text that became part of them) are reported to the changed callback. Both after the store is
    /// updated, so the callbacks may read it.
    void applyEdit(const TextEdit &edit);
    void setInvalidatedCallback(std::function<void(const QUuid &key, const Anchor &before)> callback);
    void setChangedCallback(std::function<void(const QUuid &key, const Anchor &before, const Anchor &after)> callback);

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

Q_DECLARE_METATYPE(Claimbench::Anchor)
