// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_desk_export.h"
#include "desk.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QUuid>

#include <memory>

namespace Claimbench {

/// One claim of a desk as the index knows it (a search or "similar" hit, or a row of the desk view's lists).
struct DeskClaimRow {
    QString relativePath; ///< the article's, from the desk folder
    QUuid id;
    ClaimStatus status = ClaimStatus::Open;
    QString verdict;
    QString assignee;
    QString createdBy;
    QString verdictBy; ///< the last to set the verdict (lastVerdictAuthor()): the second-review rule needs it
    QString approvedBy;
    QString quote;     ///< the claimed text (target.exact)
    QString statement; ///< the claim as published, when written
    QString claimant;
    bool conflicted = false;
    bool reReview = false;
    double score = 0;  ///< search: -bm25 (higher is better); similar: trigram Jaccard 0..1
    QString snippet;   ///< search: the matching text with [brackets] around the terms
    friend bool operator==(const DeskClaimRow &, const DeskClaimRow &) = default;
};

/// One article of a desk in the index, with its claims counted.
struct DeskArticleRow {
    QString relativePath;
    QString documentPath; ///< absolute
    QString error;        ///< the sidecar could not be read: why (a located error); empty when it was read
    int claims = 0;
    QMap<QString, int> byStatus;  ///< status id → claims (only those present)
    QMap<QString, int> byVerdict; ///< verdict id → claims (only set verdicts)
    int conflicted = 0;
    int assignedToMe = 0;
    int waitingForMe = 0;
};

/// What update() did.
struct DeskIndexUpdate {
    int articles = 0;  ///< sidecars found
    int unchanged = 0; ///< same size and modification time as indexed, not read
    int rehashed = 0;  ///< read, same SHA-256 as indexed: only the time was updated
    int indexed = 0;   ///< read and (re)indexed
    int removed = 0;   ///< indexed sidecars that are gone
    bool rebuilt = false; ///< the database was missing or unusable and was made anew
    QString error;        ///< the database could not be opened or written; empty on success
    bool ok() const { return error.isEmpty(); }
};

class DeskIndexPrivate;

/// The search index of a desk: SQLite with FTS5 (Qt SQL), in the user's cache (QStandardPaths::CacheLocation,
/// "desk-index/<hash of the desk's path>.sqlite"). The sidecars stay the only source of truth: update() brings the
/// index up to date from them incrementally (size and mtime, then SHA-256), and a deleted or damaged database is
/// made anew. See docs/desk.md.
class CLAIMBENCH_DESK_EXPORT DeskIndex
{
public:
    /// `cacheDir` empty: QStandardPaths::CacheLocation.
    explicit DeskIndex(const QString &deskDir, const QString &cacheDir = QString());
    ~DeskIndex();
    DeskIndex(const DeskIndex &) = delete;
    DeskIndex &operator=(const DeskIndex &) = delete;

    QString deskDir() const;
    QString databasePath() const;

    /// Scans the desk and indexes what changed since the last update (opening or recreating the database first).
    DeskIndexUpdate update();

    /// Full-text search over quotes, statements, claimants, notes and sources (every word must occur; the last
    /// one may be a prefix), best first: the best `limit` by bm25, ties by article and position.
    QList<DeskClaimRow> search(const QString &query, int limit = 20) const;
    /// Earlier claims like `text` ("checked before?"): candidates from the FTS5 index over statements and quotes
    /// (every claim holding one of the text's rare words; for a text without one, the best 100 by bm25 holding
    /// most of its rarest words: docs/desk.md), re-ranked by character-trigram Jaccard similarity with the better
    /// of the two; those below `minScore` are left out.
    /// `exclude`: a claim not to list (the one being marked).
    QList<DeskClaimRow> similar(const QString &text, int limit = 10, double minScore = 0.2,
                                const QUuid &exclude = QUuid()) const;

    /// The desk's counts for `reviewer` (from the index: call update() first).
    DeskCounts counts(const QString &reviewer, const DeskSettings &settings) const;
    /// Every article, by relative path, with its counts for `reviewer`.
    QList<DeskArticleRow> articles(const QString &reviewer, const DeskSettings &settings) const;
    /// Claims assigned to `reviewer`, and claims waiting for `reviewer`'s second review, by article and position.
    QList<DeskClaimRow> assignedTo(const QString &reviewer) const;
    QList<DeskClaimRow> waitingForSecondReview(const QString &reviewer, const DeskSettings &settings) const;

private:
    std::unique_ptr<DeskIndexPrivate> d;
};

/// Character-trigram Jaccard similarity of two texts (case-folded, punctuation and runs of spaces as one space),
/// 0..1; 1 for two texts equal that way. The re-rank of DeskIndex::similar().
CLAIMBENCH_DESK_EXPORT double trigramSimilarity(const QString &a, const QString &b);

} // namespace Claimbench
