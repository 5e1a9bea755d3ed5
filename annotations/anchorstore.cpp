// SPDX-License-Identifier: GPL-2.0-or-later
#include "anchorstore.h"

#include <algorithm>
#include <tuple>
#include <vector>

namespace Claimbench {

namespace {
struct Item {
    qsizetype start = 0; // relative to the chunk's lazy offset (absolute for long items)
    qsizetype end = 0;
    QUuid key;
    Anchor::InsertBehaviours insert;
    Anchor::EmptyBehaviour empty = Anchor::InvalidateIfEmpty;

    Anchor toAnchor(qsizetype offset) const { return Anchor(start + offset, end + offset, insert, empty); }
};

constexpr size_t ChunkSize = 128;

// Whether `edit` changed the text of `before` (which is still there as `after`): text removed inside it, or text
// added that became part of it. Typing at a boundary that does not expand changes nothing.
bool textChanged(const Anchor &before, const Anchor &after, const TextEdit &edit)
{
    if (after.length() != before.length())
        return true;
    return edit.removed > 0 && edit.position < before.end() && edit.position + edit.removed > before.start();
}
} // namespace

class AnchorStorePrivate
{
public:
    std::vector<std::vector<Item>> chunks; // never empty ones
    std::vector<qsizetype> fenwick;        // 1-based tree of per-chunk offset differences
    std::vector<Item> longItems;           // absolute positions, transformed on every edit
    std::function<void(const QUuid &, const Anchor &)> invalidated;
    std::function<void(const QUuid &, const Anchor &, const Anchor &)> changed;

    void fenwickAdd(size_t chunk, qsizetype delta)
    {
        for (size_t i = chunk + 1; i < fenwick.size(); i += i & (~i + 1))
            fenwick[i] += delta;
    }
    qsizetype offset(size_t chunk) const
    {
        qsizetype sum = 0;
        for (size_t i = chunk + 1; i > 0; i -= i & (~i + 1))
            sum += fenwick[i];
        return sum;
    }
    std::vector<qsizetype> offsets() const
    {
        std::vector<qsizetype> result(chunks.size());
        for (size_t i = 0; i < chunks.size(); ++i)
            result[i] = offset(i);
        return result;
    }
    void rebuildFenwick(const std::vector<qsizetype> &offs)
    {
        fenwick.assign(chunks.size() + 1, 0);
        qsizetype previous = 0;
        for (size_t i = 0; i < chunks.size(); ++i) {
            fenwickAdd(i, offs[i] - previous);
            previous = offs[i];
        }
    }
    // Drops empty chunks, keeping every other chunk's offset.
    void dropEmptyChunks()
    {
        std::vector<qsizetype> offs = offsets();
        std::vector<std::vector<Item>> kept;
        std::vector<qsizetype> keptOffs;
        for (size_t i = 0; i < chunks.size(); ++i) {
            if (!chunks[i].empty()) {
                kept.push_back(std::move(chunks[i]));
                keptOffs.push_back(offs[i]);
            }
        }
        chunks = std::move(kept);
        rebuildFenwick(keptOffs);
    }
    // The first chunk whose last item starts at or after x (chunks.size() when none).
    size_t lowerChunk(qsizetype x) const
    {
        size_t lo = 0, hi = chunks.size();
        while (lo < hi) {
            const size_t mid = (lo + hi) / 2;
            if (chunks[mid].back().start + offset(mid) < x)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    void insertChunked(Item item) // item in absolute positions
    {
        if (chunks.empty()) {
            chunks.push_back({item});
            fenwick.assign(2, 0);
            return;
        }
        size_t c = std::min(lowerChunk(item.start), chunks.size() - 1);
        const qsizetype off = offset(c);
        item.start -= off;
        item.end -= off;
        auto &chunk = chunks[c];
        auto it = std::upper_bound(chunk.begin(), chunk.end(), item.start,
                                   [](qsizetype s, const Item &i) { return s < i.start; });
        chunk.insert(it, item);
        if (chunk.size() > 2 * ChunkSize) {
            std::vector<qsizetype> offs = offsets();
            std::vector<Item> tail(chunk.begin() + ChunkSize, chunk.end());
            chunk.resize(ChunkSize);
            chunks.insert(chunks.begin() + c + 1, std::move(tail));
            offs.insert(offs.begin() + c + 1, off);
            rebuildFenwick(offs);
        }
    }
    void insert(const Item &item)
    {
        if (item.end - item.start >= AnchorStore::LongAnchor)
            longItems.push_back(item);
        else
            insertChunked(item);
    }
    bool removeKey(const QUuid &key)
    {
        for (auto it = longItems.begin(); it != longItems.end(); ++it) {
            if (it->key == key) {
                longItems.erase(it);
                return true;
            }
        }
        for (size_t c = 0; c < chunks.size(); ++c) {
            auto &chunk = chunks[c];
            for (auto it = chunk.begin(); it != chunk.end(); ++it) {
                if (it->key == key) {
                    chunk.erase(it);
                    if (chunk.empty())
                        dropEmptyChunks();
                    return true;
                }
            }
        }
        return false;
    }
    void report(const QUuid &key, const Anchor &before) const
    {
        if (invalidated)
            invalidated(key, before);
    }
    template<typename F>
    void forEach(F &&f) const
    {
        for (size_t c = 0; c < chunks.size(); ++c) {
            const qsizetype off = offset(c);
            for (const Item &i : chunks[c])
                f(i.key, i.toAnchor(off));
        }
        for (const Item &i : longItems)
            f(i.key, i.toAnchor(0));
    }
};

AnchorStore::AnchorStore()
    : d(std::make_unique<AnchorStorePrivate>())
{
}

AnchorStore::~AnchorStore() = default;

void AnchorStore::reset(const QList<Entry> &entries)
{
    clear();
    std::vector<Item> items;
    items.reserve(entries.size());
    for (const Entry &e : entries) {
        if (!e.anchor.isValid() || e.key.isNull())
            continue;
        Item item{e.anchor.start(), e.anchor.end(), e.key, e.anchor.insertBehaviours(), e.anchor.emptyBehaviour()};
        if (item.end - item.start >= LongAnchor)
            d->longItems.push_back(item);
        else
            items.push_back(item);
    }
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.start < b.start; });
    for (size_t i = 0; i < items.size(); i += ChunkSize)
        d->chunks.emplace_back(items.begin() + i, items.begin() + std::min(items.size(), i + ChunkSize));
    d->fenwick.assign(d->chunks.size() + 1, 0);
}

void AnchorStore::clear()
{
    d->chunks.clear();
    d->fenwick.clear();
    d->longItems.clear();
}

void AnchorStore::set(const QUuid &key, const Anchor &anchor)
{
    d->removeKey(key);
    if (anchor.isValid() && !key.isNull())
        d->insert(Item{anchor.start(), anchor.end(), key, anchor.insertBehaviours(), anchor.emptyBehaviour()});
}

bool AnchorStore::remove(const QUuid &key)
{
    return d->removeKey(key);
}

Anchor AnchorStore::anchor(const QUuid &key) const
{
    for (const Item &i : d->longItems) {
        if (i.key == key)
            return i.toAnchor(0);
    }
    for (size_t c = 0; c < d->chunks.size(); ++c) {
        for (const Item &i : d->chunks[c]) {
            if (i.key == key)
                return i.toAnchor(d->offset(c));
        }
    }
    return Anchor();
}

bool AnchorStore::contains(const QUuid &key) const
{
    return anchor(key).isValid();
}

qsizetype AnchorStore::count() const
{
    qsizetype n = qsizetype(d->longItems.size());
    for (const auto &c : d->chunks)
        n += qsizetype(c.size());
    return n;
}

void AnchorStore::setInvalidatedCallback(std::function<void(const QUuid &, const Anchor &)> callback)
{
    d->invalidated = std::move(callback);
}

void AnchorStore::setChangedCallback(std::function<void(const QUuid &, const Anchor &, const Anchor &)> callback)
{
    d->changed = std::move(callback);
}

void AnchorStore::applyEdit(const TextEdit &edit)
{
    if ((edit.removed == 0 && edit.added == 0) || edit.position < 0 || edit.removed < 0 || edit.added < 0)
        return;
    const qsizetype pos = edit.position;
    const qsizetype removedEnd = pos + edit.removed;
    const qsizetype delta = edit.added - edit.removed;

    // The few long anchors: transform each.
    std::vector<std::pair<QUuid, Anchor>> lost;
    std::vector<std::tuple<QUuid, Anchor, Anchor>> changed;
    for (auto it = d->longItems.begin(); it != d->longItems.end();) {
        const Anchor before = it->toAnchor(0);
        const Anchor after = transform(before, edit);
        if (!after.isValid()) {
            lost.emplace_back(it->key, before);
            it = d->longItems.erase(it);
            continue;
        }
        if (textChanged(before, after, edit))
            changed.emplace_back(it->key, before, after);
        it->start = after.start();
        it->end = after.end();
        ++it;
    }

    // Chunked anchors: those starting in [pos - LongAnchor, removedEnd] may touch the edit; the rest after it
    // move by `delta` (directly in the chunk where the scan stops, lazily in the chunks after it).
    std::vector<Item> reinsert;
    bool emptied = false;
    size_t c = d->lowerChunk(pos - LongAnchor);
    bool stopped = false;
    for (; c < d->chunks.size() && !stopped; ++c) {
        auto &chunk = d->chunks[c];
        const qsizetype off = d->offset(c);
        size_t i = size_t(std::lower_bound(chunk.begin(), chunk.end(), pos - LongAnchor - off,
                                           [](const Item &item, qsizetype x) { return item.start < x; })
                          - chunk.begin());
        while (i < chunk.size()) {
            Item &item = chunk[i];
            const qsizetype s = item.start + off;
            const qsizetype e = item.end + off;
            if (s > removedEnd) {
                for (size_t j = i; j < chunk.size(); ++j) {
                    chunk[j].start += delta;
                    chunk[j].end += delta;
                }
                if (c + 1 < d->chunks.size())
                    d->fenwickAdd(c + 1, delta);
                stopped = true;
                break;
            }
            if (s < pos && e < pos) {
                ++i;
                continue;
            }
            const Anchor before = item.toAnchor(off);
            const Anchor after = transform(before, edit);
            if (after.isValid() && textChanged(before, after, edit))
                changed.emplace_back(item.key, before, after);
            if (s < pos && after.isValid() && after.length() < LongAnchor) {
                item.end = after.end() - off; // the start does not move: the order holds
                ++i;
                continue;
            }
            if (!after.isValid()) {
                lost.emplace_back(item.key, before);
            } else {
                reinsert.push_back(
                    Item{after.start(), after.end(), item.key, after.insertBehaviours(), after.emptyBehaviour()});
            }
            chunk.erase(chunk.begin() + qsizetype(i));
        }
        emptied = emptied || chunk.empty();
    }
    if (emptied)
        d->dropEmptyChunks();
    for (const Item &item : reinsert)
        d->insert(item);
    for (const auto &[key, before] : lost)
        d->report(key, before);
    if (d->changed) {
        for (const auto &[key, before, after] : changed)
            d->changed(key, before, after);
    }
}

QList<AnchorStore::Entry> AnchorStore::query(qsizetype from, qsizetype to) const
{
    QList<Entry> result;
    auto intersects = [from, to](qsizetype s, qsizetype e) {
        return s < to && (e > from || (s == e && s >= from));
    };
    for (size_t c = d->lowerChunk(from - LongAnchor); c < d->chunks.size(); ++c) {
        const qsizetype off = d->offset(c);
        const auto &chunk = d->chunks[c];
        auto it = std::lower_bound(chunk.begin(), chunk.end(), from - LongAnchor - off,
                                   [](const Item &item, qsizetype x) { return item.start < x; });
        bool done = false;
        for (; it != chunk.end(); ++it) {
            if (it->start + off >= to) {
                done = true;
                break;
            }
            if (intersects(it->start + off, it->end + off))
                result.append({it->key, it->toAnchor(off)});
        }
        if (done)
            break;
    }
    bool hasLong = false;
    for (const Item &i : d->longItems) {
        if (intersects(i.start, i.end)) {
            result.append({i.key, i.toAnchor(0)});
            hasLong = true;
        }
    }
    if (hasLong)
        std::stable_sort(result.begin(), result.end(),
                         [](const Entry &a, const Entry &b) { return a.anchor.start() < b.anchor.start(); });
    return result;
}

QList<AnchorStore::Entry> AnchorStore::all() const
{
    QList<Entry> result;
    result.reserve(count());
    d->forEach([&](const QUuid &key, const Anchor &a) { result.append({key, a}); });
    std::stable_sort(result.begin(), result.end(), [](const Entry &a, const Entry &b) {
        return a.anchor.start() < b.anchor.start() || (a.anchor.start() == b.anchor.start() && a.anchor.end() < b.anchor.end());
    });
    return result;
}

AnchorStore::Entry AnchorStore::next(qsizetype position) const
{
    const QList<Entry> entries = all();
    if (entries.isEmpty())
        return {};
    for (const Entry &e : entries) {
        if (e.anchor.start() > position)
            return e;
    }
    return entries.first();
}

AnchorStore::Entry AnchorStore::previous(qsizetype position) const
{
    const QList<Entry> entries = all();
    if (entries.isEmpty())
        return {};
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->anchor.start() < position)
            return *it;
    }
    return entries.last();
}

} // namespace Claimbench
