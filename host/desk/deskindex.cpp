// SPDX-License-Identifier: GPL-2.0-or-later
#include "deskindex.h"

#include "claimset.h"
#include "review.h"
#include "sidecar.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>
#include <QtEndian>

#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <functional>
#include <limits>
#include <vector>

namespace Claimbench {

namespace {

constexpr int SchemaVersion = 4; // 2: claims.verdictBy; 3: rowsizes; 4: rowsizes as (rowid, length) pairs
constexpr int RowSizeBytes = 12;  // one row of rowsizes' blob: rowid (qint64), length (quint32)

const char *const schema[] = {
    "CREATE TABLE files(id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, size INTEGER NOT NULL,"
    " mtime INTEGER NOT NULL, sha256 TEXT NOT NULL, error TEXT NOT NULL)",
    "CREATE TABLE claims(id INTEGER PRIMARY KEY, file INTEGER NOT NULL, claim TEXT NOT NULL, start INTEGER NOT NULL,"
    " status TEXT NOT NULL, verdict TEXT NOT NULL, assignee TEXT NOT NULL, createdBy TEXT NOT NULL,"
    " verdictBy TEXT NOT NULL, approvedBy TEXT NOT NULL, conflicts INTEGER NOT NULL, reReview INTEGER NOT NULL, quote TEXT NOT NULL,"
    " statement TEXT NOT NULL, claimant TEXT NOT NULL)",
    "CREATE INDEX claims_file ON claims(file)",
    // Its own copy of the texts (no external content): a file's rows go with DELETE ... WHERE rowid IN (...).
    // No prefix indexes: they made the cold index 2.5 times slower, and a prefix query's time is bm25's over
    // its matches, not the merge of its terms (docs/desk.md, measured).
    "CREATE VIRTUAL TABLE claims_fts USING fts5(quote, statement, claimant, notes, sources,"
    " tokenize = 'unicode61 remove_diacritics 2')",
    // Every FTS row's length in tokens (what FTS5's %_docsize holds, summed over the columns) as one blob of
    // (rowid: 64-bit, length: 32-bit) pairs, little-endian, in rowid order: it grows with the claims indexed, not
    // with the rowids handed out over the desk's life. Written by each update() that changed something, read once
    // per search of an open index (a lookup in %_docsize per matching row was most of the ranking's time).
    "CREATE TABLE rowsizes(id INTEGER PRIMARY KEY, sizes BLOB NOT NULL)",
};

/// Every FTS row's length in tokens, by rowid (rowsizes): rowids ascending, so that a row is found by a binary
/// search, and the table grows with the claims indexed, not with the rowids ever handed out.
struct RowSizes {
    std::vector<qint64> rowids;
    std::vector<quint32> lengths;
    bool empty() const { return rowids.empty(); }
    /// The row's length, or -1 when it is not here.
    qint64 length(qint64 rowid) const
    {
        const auto it = std::lower_bound(rowids.cbegin(), rowids.cend(), rowid);
        return it != rowids.cend() && *it == rowid ? qint64(lengths[size_t(it - rowids.cbegin())]) : -1;
    }
};

/// The search's ranking, FTS5's bm25 (k1 1.2, b 0.75, the row's length in tokens over the average) with these
/// column weights: quote, statement, claimant, notes, sources.
constexpr double columnWeights[] = {2.0, 2.0, 1.5, 1.0, 0.5};

/// The state of one search's ranking function (claimbench_rank, an FTS5 auxiliary function over claims_fts):
/// every matching row is scored as it is read and only the best `limit` scores (and every row tied with the
/// last of them) are kept, with their snippets.
struct RankState {
    struct Candidate {
        qint64 rowid = 0;
        double key = 0; ///< the score; with one phrase, the score over its IDF (known after the last row)
        QString snippet;
    };
    int limit = 0;
    const RowSizes *sizes = nullptr; ///< the rows' lengths (rowsizes); a row not in it: ask FTS5
    bool started = false;
    int phrases = 0;
    sqlite3_int64 rows = 0;
    double averageLength = 1;
    std::vector<double> idf, freq;
    qint64 matched = 0;
    std::vector<double> best; ///< min-heap of the best `limit` keys
    std::vector<Candidate> candidates;
    bool kept = false; ///< the row just ranked is a candidate (its snippet is read next)
    size_t pruneAt = 0; ///< candidates.size() at which those below the best are dropped

    void reset(int n, const RowSizes *rowSizes)
    {
        *this = RankState();
        limit = n;
        sizes = rowSizes;
        pruneAt = 4 * size_t(n) + 64;
    }
    bool full() const { return best.size() >= size_t(limit); }
    /// The lowest key still kept (every candidate at or above it is in the result or tied with its last row).
    double threshold() const { return full() ? best.front() : -std::numeric_limits<double>::infinity(); }
};

/// bm25's IDF (FTS5's fts5Bm25GetData()): a phrase in more than half of the rows still weighs a little.
double inverseDocumentFrequency(sqlite3_int64 rows, sqlite3_int64 hits)
{
    const double idf = std::log((double(rows - hits) + 0.5) / (double(hits) + 0.5));
    return idf <= 0.0 ? 1e-6 : idf;
}

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *count)
{
    ++*static_cast<sqlite3_int64 *>(count);
    return SQLITE_OK;
}

/// claimbench_rank(claims_fts): FTS5's bm25 with columnWeights, the row's length from RankState::sizes (FTS5's
/// own lookup in %_docsize when it is not there). NULL for a row ranked below the best `limit` seen so far, else
/// its key (the row is a candidate). With a single phrase (one word, or a prefix) its IDF is a constant factor
/// that only the number of matching rows decides: it is applied after the last row, so that FTS5 need not read
/// the phrase's rows twice (xQueryPhrase: for a prefix, merging every matching term's doclist again).
void rankFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int, sqlite3_value **)
{
    auto *s = static_cast<RankState *>(api->xUserData(fts));
    s->kept = false;
    int rc = SQLITE_OK;
    if (!s->started) {
        s->started = true;
        s->phrases = api->xPhraseCount(fts);
        sqlite3_int64 tokens = 0;
        rc = api->xRowCount(fts, &s->rows);
        if (rc == SQLITE_OK)
            rc = api->xColumnTotalSize(fts, -1, &tokens);
        s->averageLength = s->rows > 0 ? double(tokens) / double(s->rows) : 1.0;
        s->idf.assign(size_t(std::max(0, s->phrases)), 1.0);
        s->freq.assign(s->idf.size(), 0.0);
        for (int i = 0; rc == SQLITE_OK && s->phrases > 1 && i < s->phrases; ++i) {
            sqlite3_int64 hits = 0;
            rc = api->xQueryPhrase(fts, i, &hits, countRow);
            s->idf[size_t(i)] = inverseDocumentFrequency(s->rows, hits);
        }
    }
    std::fill(s->freq.begin(), s->freq.end(), 0.0);
    int instances = 0;
    if (rc == SQLITE_OK)
        rc = api->xInstCount(fts, &instances);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase >= 0 && phrase < s->phrases)
            s->freq[size_t(phrase)] += column >= 0 && column < int(std::size(columnWeights)) ? columnWeights[column] : 1.0;
    }
    const sqlite3_int64 rowid = api->xRowid(fts);
    double length = 0;
    if (const qint64 known = s->sizes ? s->sizes->length(rowid) : -1; known >= 0) {
        length = double(known);
    } else if (rc == SQLITE_OK) {
        int n = 0;
        rc = api->xColumnSize(fts, -1, &n);
        length = double(n);
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    constexpr double k1 = 1.2, b = 0.75;
    double key = 0;
    for (size_t i = 0; i < s->freq.size(); ++i)
        key += s->idf[i] * ((s->freq[i] * (k1 + 1.0)) / (s->freq[i] + k1 * (1 - b + b * length / s->averageLength)));
    ++s->matched;
    if (s->full() && key < s->threshold()) {
        sqlite3_result_null(ctx);
        return;
    }
    s->best.push_back(key);
    std::push_heap(s->best.begin(), s->best.end(), std::greater<>());
    if (s->best.size() > size_t(s->limit)) {
        std::pop_heap(s->best.begin(), s->best.end(), std::greater<>());
        s->best.pop_back();
    }
    if (s->candidates.size() >= s->pruneAt) { // drop those that fell below the best
        const double t = s->threshold();
        std::erase_if(s->candidates, [t](const RankState::Candidate &c) { return c.key < t; });
        // Rows tied with the last kept one stay: prune again only when the list has doubled (linear in all).
        s->pruneAt = std::max(4 * size_t(s->limit) + 64, 2 * s->candidates.size());
    }
    s->candidates.push_back({rowid, key, QString()});
    s->kept = true;
    sqlite3_result_double(ctx, key);
}

/// The connection's own sqlite3 handle: Qt's SQLite driver links the system SQLite, as this library does.
sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(st, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(st);
    }
    sqlite3_finalize(st);
    return api && api->iVersion >= 2 ? api : nullptr;
}

/// A prepared statement that finalizes itself.
struct Statement {
    sqlite3_stmt *st = nullptr;
    Statement(sqlite3 *db, const char *sql) { sqlite3_prepare_v2(db, sql, -1, &st, nullptr); }
    ~Statement() { sqlite3_finalize(st); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
};

/// The sum of an FTS5 %_docsize blob's varints (one per column).
quint32 docsizeTokens(const unsigned char *p, int bytes)
{
    const unsigned char *end = p + std::max(0, bytes);
    quint64 sum = 0;
    while (p < end) {
        quint64 v = 0;
        for (int n = 0; p < end; ++n) { // SQLite's varint: 7 bits a byte, high bit set while more follow; 9th: 8 bits
            const unsigned char c = *p++;
            if (n == 8) {
                v = (v << 8) | c;
                break;
            }
            v = (v << 7) | (c & 0x7f);
            if (!(c & 0x80))
                break;
        }
        sum += v;
    }
    return quint32(std::min<quint64>(sum, std::numeric_limits<quint32>::max() - 1));
}

/// Words of a text as FTS5 tokenises them (unicode61: letters and digits), case-folded.
QStringList words(const QString &text)
{
    QStringList r;
    QString w;
    for (const QChar ch : text) {
        if (ch.isLetterOrNumber() || ch.category() == QChar::Mark_NonSpacing) {
            w += ch.toCaseFolded();
        } else if (!w.isEmpty()) {
            r.append(w);
            w.clear();
        }
    }
    if (!w.isEmpty())
        r.append(w);
    return r;
}

bool isStopWord(const QString &w)
{
    static const QSet<QString> stop = [] {
        QSet<QString> s;
        for (const char *x : {"a",    "an",   "and",  "are",  "as",   "at",   "be",   "been", "but",  "by",
                              "for",  "from", "had",  "has",  "have", "he",   "her",  "his",  "in",   "is",
                              "it",   "its",  "of",   "on",   "or",   "said", "she",  "that", "the",  "their",
                              "they", "this", "to",   "was",  "were", "which", "will", "with", "would"})
            s.insert(QLatin1String(x));
        return s;
    }();
    return stop.contains(w);
}

QString quoted(const QString &word)
{
    return QLatin1Char('"') + word + QLatin1Char('"'); // words() has no quotes in it
}

/// Normalised for trigrams: case-folded, anything but letters and digits one space, a space either end.
QString trigramText(const QString &s)
{
    QString r(QLatin1Char(' '));
    for (const QChar ch : s) {
        if (ch.isLetterOrNumber())
            r += ch.toCaseFolded();
        else if (!r.endsWith(QLatin1Char(' ')))
            r += QLatin1Char(' ');
    }
    if (!r.endsWith(QLatin1Char(' ')))
        r += QLatin1Char(' ');
    return r;
}

/// The distinct trigrams of a text, sorted (a merge counts the common ones: similar() re-ranks thousands).
std::vector<quint64> trigrams(const QString &s)
{
    const QString t = trigramText(s);
    std::vector<quint64> r;
    r.reserve(size_t(std::max<qsizetype>(0, t.size() - 2)));
    for (qsizetype i = 0; i + 3 <= t.size(); ++i)
        r.push_back(quint64(t.at(i).unicode()) << 32 | quint64(t.at(i + 1).unicode()) << 16 | t.at(i + 2).unicode());
    std::sort(r.begin(), r.end());
    r.erase(std::unique(r.begin(), r.end()), r.end());
    return r;
}

double jaccard(const std::vector<quint64> &a, const std::vector<quint64> &b)
{
    if (a.empty() && b.empty())
        return 0;
    size_t common = 0;
    for (auto x = a.cbegin(), y = b.cbegin(); x != a.cend() && y != b.cend();) {
        if (*x < *y) {
            ++x;
        } else if (*y < *x) {
            ++y;
        } else {
            ++common;
            ++x;
            ++y;
        }
    }
    return double(common) / double(a.size() + b.size() - common);
}

/// A text for a NOT NULL column: Qt SQL binds a null QString as NULL.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QString sourcesText(const Claim &c)
{
    QStringList parts;
    for (const Source &s : c.sources)
        parts << s.url << s.title << s.publisher << s.excerpt << s.note;
    parts.removeAll(QString());
    return parts.join(QLatin1Char('\n'));
}

const char *const rowColumns = "f.path, c.claim, c.status, c.verdict, c.assignee, c.createdBy, c.approvedBy, c.quote,"
                               " c.statement, c.claimant, c.conflicts, c.reReview, c.verdictBy";
constexpr int rowColumnCount = 13;

DeskClaimRow rowFrom(const QSqlQuery &q)
{
    DeskClaimRow r;
    r.relativePath = q.value(0).toString();
    r.id = QUuid::fromString(q.value(1).toString());
    statusFromString(q.value(2).toString(), &r.status);
    r.verdict = q.value(3).toString();
    r.assignee = q.value(4).toString();
    r.createdBy = q.value(5).toString();
    r.approvedBy = q.value(6).toString();
    r.quote = q.value(7).toString();
    r.statement = q.value(8).toString();
    r.claimant = q.value(9).toString();
    r.conflicted = q.value(10).toInt() > 0;
    r.reReview = q.value(11).toInt() > 0;
    r.verdictBy = q.value(12).toString();
    return r;
}

/// The workflow part of a claim, enough for the core's reviewer questions and counts.
Claim workflowClaim(const DeskClaimRow &r)
{
    Claim c;
    c.id = r.id;
    c.status = r.status;
    c.verdict = r.verdict;
    c.assignee = r.assignee;
    c.createdBy = r.createdBy;
    c.approvedBy = r.approvedBy;
    if (!r.verdictBy.isEmpty()) { // what lastVerdictAuthor() reads
        HistoryEntry e;
        e.author = r.verdictBy;
        e.field = QStringLiteral("verdict");
        c.history.append(e);
    }
    if (r.conflicted)
        c.conflicts.append(FieldConflict{QStringLiteral("?"), QJsonValue(), QJsonValue(), QJsonValue()});
    if (r.reReview)
        c.reReview = QStringLiteral("?");
    return c;
}

} // namespace

class DeskIndexPrivate
{
public:
    QString deskDir;
    QString path;
    QString connection;
    bool opened = false;

    mutable qint64 claims = -1; ///< how many claims are indexed (claimCount()); -1: not counted since update()

    sqlite3 *handle = nullptr; ///< the connection's own (set while it is open), for the ranking function
    mutable RankState rank;    ///< claimbench_rank's state, one search at a time
    mutable RowSizes sizes;             ///< rowsizes as read
    mutable qint64 sizesVersion = -1;   ///< PRAGMA data_version when `sizes` was read; -1: not read

    /// search() over the C API: one pass over the matching rows with claimbench_rank, which keeps the best
    /// `limit` rows (and those tied with the last of them) and has FTS5 make their snippets in the same pass
    /// (a query per snippet would merge a prefix's doclists again for each). The candidates alone are then read
    /// with their claims and articles and sorted by score, article and position.
    QList<DeskClaimRow> rankedSearch(const QString &match, int limit) const
    {
        // One snapshot for the lengths, the ranking pass and the rows read after it: another process's update()
        // between them would pair new texts with old lengths.
        struct ReadTransaction {
            sqlite3 *db;
            explicit ReadTransaction(sqlite3 *h) : db(h) { sqlite3_exec(db, "SAVEPOINT claimbench_search", nullptr, nullptr, nullptr); }
            ~ReadTransaction() { sqlite3_exec(db, "RELEASE claimbench_search", nullptr, nullptr, nullptr); }
        } snapshot(handle);
        loadSizes();
        rank.reset(limit, sizes.empty() ? nullptr : &sizes);
        {
            Statement q(handle, "SELECT CASE WHEN claimbench_rank(claims_fts) IS NOT NULL"
                                " THEN snippet(claims_fts, -1, '[', ']', '\xe2\x80\xa6', 12) END"
                                " FROM claims_fts WHERE claims_fts MATCH ?1");
            if (!q.st)
                return {};
            const QByteArray utf8 = match.toUtf8();
            sqlite3_bind_text(q.st, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            int rc;
            while ((rc = sqlite3_step(q.st)) == SQLITE_ROW) {
                if (rank.kept)
                    rank.candidates.back().snippet = QString::fromUtf8(
                        reinterpret_cast<const char *>(sqlite3_column_text(q.st, 0)), sqlite3_column_bytes(q.st, 0));
            }
            if (rc != SQLITE_DONE)
                return {};
        }
        // One phrase: its IDF, from the rows that matched it (all of them), is the factor left out of the keys.
        const double factor = rank.phrases == 1 ? inverseDocumentFrequency(rank.rows, rank.matched) : 1.0;
        const double threshold = rank.threshold();
        QHash<qint64, const RankState::Candidate *> byRow;
        QStringList ids;
        for (const RankState::Candidate &c : std::as_const(rank.candidates)) {
            if (c.key >= threshold) {
                byRow.insert(c.rowid, &c);
                ids.append(QString::number(c.rowid));
            }
        }
        QList<DeskClaimRow> r;
        if (ids.isEmpty())
            return r;
        QSqlQuery q(db());
        q.setForwardOnly(true);
        // In article and position order; the stable sort by score below keeps it for ties.
        if (!q.exec(QStringLiteral("SELECT %1, c.id FROM claims c JOIN files f ON f.id = c.file WHERE c.id IN (%2)"
                                   " ORDER BY f.path, c.start, c.claim")
                        .arg(QLatin1String(rowColumns), ids.join(QLatin1Char(',')))))
            return r;
        while (q.next()) {
            const RankState::Candidate *c = byRow.value(q.value(rowColumnCount).toLongLong());
            if (!c)
                continue;
            DeskClaimRow row = rowFrom(q);
            row.score = factor * c->key;
            row.snippet = c->snippet;
            r.append(std::move(row));
        }
        std::stable_sort(r.begin(), r.end(), [](const DeskClaimRow &a, const DeskClaimRow &b) { return a.score > b.score; });
        if (r.size() > limit)
            r.resize(limit);
        return r;
    }

    /// Registers claimbench_rank on the connection just opened; false when its handle is not SQLite's.
    bool registerFunctions()
    {
        // Qt's driver must use this program's SQLite (Debian's Qt links the system library): a driver with its
        // own copy would hand out a handle of another library's structures.
        QSqlQuery source(db());
        if (!source.exec(QStringLiteral("SELECT sqlite_source_id()")) || !source.next()
            || source.value(0).toString() != QString::fromLatin1(sqlite3_sourceid())) {
            handle = nullptr;
            return false;
        }
        source.finish();
        handle = nativeHandle(db());
        sizesVersion = -1;
        fts5_api *api = handle ? fts5Api(handle) : nullptr;
        if (!api || api->xCreateFunction(api, "claimbench_rank", &rank, &rankFunction, nullptr) != SQLITE_OK)
            handle = nullptr;
        return handle;
    }

    /// PRAGMA data_version: changes when another connection committed (this one's own commits reset `sizes`).
    qint64 dataVersion() const
    {
        Statement q(handle, "PRAGMA data_version");
        return q.st && sqlite3_step(q.st) == SQLITE_ROW ? sqlite3_column_int64(q.st, 0) : -2;
    }

    /// `sizes` as the database holds them now (read again after another connection's update).
    void loadSizes() const
    {
        const qint64 version = dataVersion();
        if (version == sizesVersion)
            return;
        sizes = RowSizes();
        Statement q(handle, "SELECT sizes FROM rowsizes WHERE id = 1");
        if (q.st && sqlite3_step(q.st) == SQLITE_ROW) {
            const auto *p = static_cast<const uchar *>(sqlite3_column_blob(q.st, 0));
            const size_t n = size_t(sqlite3_column_bytes(q.st, 0)) / RowSizeBytes;
            sizes.rowids.resize(n);
            sizes.lengths.resize(n);
            for (size_t i = 0; i < n; ++i) {
                sizes.rowids[i] = qFromLittleEndian<qint64>(p + RowSizeBytes * i);
                sizes.lengths[i] = qFromLittleEndian<quint32>(p + RowSizeBytes * i + 8);
            }
            // Written in rowid order; anything else is not ours to trust: FTS5 is asked instead.
            if (!std::is_sorted(sizes.rowids.cbegin(), sizes.rowids.cend()))
                sizes = RowSizes();
        }
        sizesVersion = version;
    }

    /// Writes rowsizes from FTS5's %_docsize (inside update()'s transaction).
    bool writeSizes(QString *error)
    {
        QByteArray blob;
        {
            Statement q(handle, "SELECT id, sz FROM claims_fts_docsize ORDER BY id");
            if (!q.st) {
                *error = QString::fromUtf8(sqlite3_errmsg(handle));
                return false;
            }
            int rc;
            char row[RowSizeBytes];
            while ((rc = sqlite3_step(q.st)) == SQLITE_ROW) {
                qToLittleEndian<qint64>(sqlite3_column_int64(q.st, 0), row);
                qToLittleEndian<quint32>(docsizeTokens(static_cast<const unsigned char *>(sqlite3_column_blob(q.st, 1)),
                                                       sqlite3_column_bytes(q.st, 1)),
                                         row + 8);
                blob.append(row, RowSizeBytes);
            }
            if (rc != SQLITE_DONE) {
                *error = QString::fromUtf8(sqlite3_errmsg(handle));
                return false;
            }
        }
        QSqlQuery put(db());
        put.prepare(QStringLiteral("INSERT OR REPLACE INTO rowsizes(id, sizes) VALUES (1, ?)"));
        put.addBindValue(blob);
        sizesVersion = -1;
        if (put.exec())
            return true;
        *error = put.lastError().text();
        return false;
    }

    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }

    qint64 claimCount() const
    {
        if (claims < 0) {
            QSqlQuery q(db());
            claims = q.exec(QStringLiteral("SELECT count(*) FROM claims")) && q.next() ? q.value(0).toLongLong() : 0;
        }
        return claims;
    }

    /// Calls `f(fileId, row)` for every indexed claim with only its workflow fields in `row` (no texts, no path:
    /// the counts of a desk of 200,000 claims hold nothing per claim).
    template<typename F>
    void forEachWorkflow(F f) const
    {
        QSqlQuery q(db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT file, claim, status, verdict, assignee, createdBy, approvedBy, conflicts, reReview,"
                                   " verdictBy FROM claims")))
            return;
        DeskClaimRow r;
        while (q.next()) {
            r.id = QUuid::fromString(q.value(1).toString());
            statusFromString(q.value(2).toString(), &r.status);
            r.verdict = q.value(3).toString();
            r.assignee = q.value(4).toString();
            r.createdBy = q.value(5).toString();
            r.approvedBy = q.value(6).toString();
            r.conflicted = q.value(7).toInt() > 0;
            r.reReview = q.value(8).toInt() > 0;
            r.verdictBy = q.value(9).toString();
            f(q.value(0).toLongLong(), r);
        }
    }

    bool exec(const QString &sql, QString *error)
    {
        QSqlQuery q(db());
        if (q.exec(sql))
            return true;
        *error = q.lastError().text() + QLatin1String(" (") + sql.left(60) + QLatin1Char(')');
        return false;
    }

    /// Opens the database, making it anew when it is missing, from another schema, or unusable.
    bool open(bool *rebuilt, QString *error)
    {
        if (opened)
            return true;
        QDir().mkpath(QFileInfo(path).absolutePath());
        for (int attempt = 0; attempt < 2; ++attempt) {
            {
                QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
                database.setDatabaseName(path);
                if (database.open()) {
                    QSqlQuery q(database);
                    const bool usable = q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
                    const int version = usable ? q.value(0).toInt() : -1;
                    q.finish();
                    if (version == SchemaVersion && q.exec(QStringLiteral("SELECT count(*) FROM claims_fts WHERE 0"))) {
                        q.finish();
                        opened = true;
                    } else if (version == 0 && usable && makeSchema(error)) {
                        *rebuilt = true;
                        opened = true;
                    }
                }
                if (opened) {
                    exec(QStringLiteral("PRAGMA journal_mode=WAL"), error);
                    exec(QStringLiteral("PRAGMA synchronous=NORMAL"), error);
                    error->clear();
                    if (registerFunctions())
                        return true;
                    *error = QStringLiteral("cannot register the search's ranking function: Qt's SQLite driver gives no"
                                            " handle of this program's SQLite (%1) with FTS5")
                                 .arg(QString::fromLatin1(sqlite3_sourceid()));
                    opened = false;
                    database.close();
                    database = QSqlDatabase();
                    QSqlDatabase::removeDatabase(connection);
                    return false;
                }
                if (error->isEmpty())
                    *error = database.lastError().text();
                database.close();
            }
            QSqlDatabase::removeDatabase(connection);
            // Damaged, from another version, or not a database: the sidecars are the truth, make it anew.
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(path + QLatin1String(suffix));
            *rebuilt = true;
        }
        if (error->isEmpty())
            *error = QStringLiteral("cannot open the index");
        return false;
    }

    bool makeSchema(QString *error)
    {
        QSqlDatabase database = db();
        if (!database.transaction()) {
            *error = database.lastError().text();
            return false;
        }
        for (const char *sql : schema) {
            if (!exec(QLatin1String(sql), error)) {
                database.rollback();
                return false;
            }
        }
        if (!exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion), error) || !database.commit()) {
            database.rollback();
            return false;
        }
        return true;
    }

    /// The claims `where` says that `keep` keeps (each row is read, asked and dropped: nothing held but the kept).
    QList<DeskClaimRow> rows(const QString &where, const QVariantList &binds,
                             const std::function<bool(const DeskClaimRow &)> &keep) const
    {
        QSqlQuery q(db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM claims c JOIN files f ON f.id = c.file %2 ORDER BY f.path, c.start, c.claim")
                      .arg(QLatin1String(rowColumns), where));
        for (const QVariant &b : binds)
            q.addBindValue(b);
        QList<DeskClaimRow> r;
        if (!q.exec())
            return r;
        while (q.next()) {
            DeskClaimRow row = rowFrom(q);
            if (keep(row))
                r.append(std::move(row));
        }
        return r;
    }
};

DeskIndex::DeskIndex(const QString &deskDir, const QString &cacheDir)
    : d(std::make_unique<DeskIndexPrivate>())
{
    d->deskDir = QDir(deskDir).absolutePath();
    const QString cache = cacheDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) : cacheDir;
    const QByteArray key = QCryptographicHash::hash(QDir::cleanPath(d->deskDir).toUtf8(), QCryptographicHash::Sha1).toHex();
    d->path = QDir(cache).filePath(QLatin1String("desk-index/") + QLatin1String(key.left(20)) + QLatin1String(".sqlite"));
    d->connection = QLatin1String("claimbench-desk-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

DeskIndex::~DeskIndex()
{
    if (QSqlDatabase::contains(d->connection)) {
        QSqlDatabase::database(d->connection, false).close();
        QSqlDatabase::removeDatabase(d->connection);
    }
}

QString DeskIndex::deskDir() const
{
    return d->deskDir;
}

QString DeskIndex::databasePath() const
{
    return d->path;
}

DeskIndexUpdate DeskIndex::update()
{
    DeskIndexUpdate u;
    if (d->opened && !QFile::exists(d->path)) { // deleted under us: start again
        QSqlDatabase::database(d->connection, false).close();
        QSqlDatabase::removeDatabase(d->connection);
        d->opened = false;
        d->handle = nullptr;
        for (const char *suffix : {"-wal", "-shm"}) // never paired with a new database file
            QFile::remove(d->path + QLatin1String(suffix));
    }
    d->claims = -1;
    if (!d->open(&u.rebuilt, &u.error))
        return u;
    QSqlDatabase db = d->db();

    // What is indexed now.
    struct Known {
        qint64 id, size, mtime;
        QString sha256;
    };
    QHash<QString, Known> known;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, path, size, mtime, sha256 FROM files"))) {
            u.error = q.lastError().text();
            return u;
        }
        while (q.next())
            known.insert(q.value(1).toString(), {q.value(0).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                                                 q.value(4).toString()});
    }

    if (!db.transaction()) {
        u.error = db.lastError().text();
        return u;
    }
    QSqlQuery removeFts(db), removeClaims(db), removeFile(db), touch(db), putFile(db), putClaim(db), putFts(db);
    removeFts.prepare(QStringLiteral("DELETE FROM claims_fts WHERE rowid IN (SELECT id FROM claims WHERE file = ?)"));
    removeClaims.prepare(QStringLiteral("DELETE FROM claims WHERE file = ?"));
    removeFile.prepare(QStringLiteral("DELETE FROM files WHERE id = ?"));
    touch.prepare(QStringLiteral("UPDATE files SET size = ?, mtime = ? WHERE id = ?"));
    putFile.prepare(QStringLiteral("INSERT INTO files(path, size, mtime, sha256, error) VALUES (?, ?, ?, ?, ?)"));
    putClaim.prepare(QStringLiteral(
        "INSERT INTO claims(file, claim, start, status, verdict, assignee, createdBy, verdictBy, approvedBy, conflicts,"
        " reReview, quote, statement, claimant) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    putFts.prepare(QStringLiteral("INSERT INTO claims_fts(rowid, quote, statement, claimant, notes, sources)"
                                  " VALUES (?, ?, ?, ?, ?, ?)"));
    bool failed = false;
    auto run = [&](QSqlQuery &q) {
        if (!failed && !q.exec()) {
            failed = true;
            u.error = q.lastError().text();
        }
        return !failed;
    };
    auto forget = [&](qint64 id) {
        removeFts.addBindValue(id);
        run(removeFts);
        removeClaims.addBindValue(id);
        run(removeClaims);
        removeFile.addBindValue(id);
        run(removeFile);
    };

    const QList<DeskArticle> articles = findDeskArticles(d->deskDir);
    u.articles = int(articles.size());
    QSet<QString> present;
    for (const DeskArticle &a : articles) {
        if (failed)
            break;
        present.insert(a.relativePath);
        const QFileInfo info(a.sidecarPath);
        const qint64 size = info.size(), mtime = info.lastModified().toMSecsSinceEpoch();
        const auto it = known.constFind(a.relativePath);
        if (it != known.cend() && it->size == size && it->mtime == mtime) {
            ++u.unchanged;
            continue;
        }
        // Not QFile: a FIFO or device named like a sidecar would hang the scan (readRegularFile() refuses it).
        FileContents file = readRegularFile(a.sidecarPath, Sidecar::MaxFileSize);
        const QByteArray bytes = std::move(file.bytes);
        QString error = file.ok() ? QString() : file.error.toString();
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        if (it != known.cend() && error.isEmpty() && it->sha256 == sha) {
            touch.addBindValue(size);
            touch.addBindValue(mtime);
            touch.addBindValue(it->id);
            run(touch);
            ++u.rehashed;
            continue;
        }
        if (it != known.cend())
            forget(it->id);
        Sidecar::ReadResult read;
        if (error.isEmpty()) {
            read = Sidecar::parse(bytes, a.sidecarPath);
            if (!read.ok())
                error = read.errors.first().toString();
        }
        putFile.addBindValue(text(a.relativePath));
        putFile.addBindValue(size);
        putFile.addBindValue(mtime);
        putFile.addBindValue(text(error.isEmpty() ? sha : QString())); // an unreadable one is read again next time
        putFile.addBindValue(text(error));
        if (!run(putFile))
            break;
        const qint64 fileId = putFile.lastInsertId().toLongLong();
        ++u.indexed;
        if (!error.isEmpty())
            continue;
        for (const Claim &c : std::as_const(read.data.claims)) {
            putClaim.addBindValue(fileId);
            putClaim.addBindValue(text(c.id.toString(QUuid::WithoutBraces)));
            putClaim.addBindValue(qint64(c.start < 0 ? std::numeric_limits<qint64>::max() : c.start));
            putClaim.addBindValue(text(statusToString(c.status)));
            putClaim.addBindValue(text(c.verdict));
            putClaim.addBindValue(text(c.assignee));
            putClaim.addBindValue(text(c.createdBy));
            putClaim.addBindValue(text(lastVerdictAuthor(c)));
            putClaim.addBindValue(text(c.approvedBy));
            putClaim.addBindValue(int(c.conflicts.size()));
            putClaim.addBindValue(c.reReview.isEmpty() ? 0 : 1);
            putClaim.addBindValue(text(c.quote.exact));
            putClaim.addBindValue(text(c.statement));
            putClaim.addBindValue(text(c.claimant.name));
            if (!run(putClaim))
                break;
            putFts.addBindValue(putClaim.lastInsertId());
            putFts.addBindValue(c.quote.exact);
            putFts.addBindValue(c.statement);
            putFts.addBindValue(QStringList{c.claimant.name, c.claimant.role}.join(QLatin1Char(' ')).trimmed());
            putFts.addBindValue(c.notes);
            putFts.addBindValue(sourcesText(c));
            if (!run(putFts))
                break;
        }
    }
    for (auto it = known.cbegin(); it != known.cend() && !failed; ++it) {
        if (!present.contains(it.key())) {
            forget(it->id);
            ++u.removed;
        }
    }
    if (!failed && (u.indexed > 0 || u.removed > 0) && !d->writeSizes(&u.error))
        failed = true;
    if (failed || !db.commit()) {
        if (u.error.isEmpty())
            u.error = db.lastError().text();
        db.rollback();
    }
    return u;
}

QList<DeskClaimRow> DeskIndex::search(const QString &query, int limit) const
{
    QList<DeskClaimRow> r;
    const QStringList ws = words(query);
    if (!d->opened || ws.isEmpty() || limit <= 0)
        return r;
    QStringList terms;
    for (const QString &w : ws)
        terms.append(quoted(w));
    terms.last() += QLatin1Char('*');
    const QString match = terms.join(QLatin1Char(' '));
    return d->rankedSearch(match, limit);
}

QList<DeskClaimRow> DeskIndex::similar(const QString &text, int limit, double minScore, const QUuid &exclude) const
{
    QList<DeskClaimRow> r;
    if (!d->opened || limit <= 0)
        return r;
    QStringList ws = words(text), kept;
    for (const QString &w : std::as_const(ws)) {
        if (w.size() > 1 && !isStopWord(w) && !kept.contains(w))
            kept.append(w);
    }
    if (kept.isEmpty())
        kept = ws;
    kept.removeDuplicates();
    // In how many quotes and statements each word occurs, counted up to the budget of rare words (a 40th of the
    // claims, at least 1,000): counting stops there, so a common word costs no more than a rare one. Words in no
    // quote or statement cannot find anything.
    const qint64 budget = std::max<qint64>(1000, d->claimCount() / 40);
    struct Term {
        QString word;
        qint64 claims;
    };
    QList<Term> terms;
    {
        QSqlQuery count(d->db());
        count.setForwardOnly(true);
        count.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM claims_fts WHERE claims_fts MATCH ? LIMIT ?)"));
        for (const QString &w : std::as_const(kept)) {
            count.addBindValue(QLatin1String("{quote statement} : ") + quoted(w));
            count.addBindValue(budget + 1);
            if (count.exec() && count.next() && count.value(0).toLongLong() > 0)
                terms.append({w, count.value(0).toLongLong()});
            count.finish();
        }
    }
    if (terms.isEmpty())
        return r;
    // The rarest words say most, and they keep the candidates few: bm25 over a word in every fourth claim would
    // rank a quarter of the desk. The candidates:
    // - every claim that holds one of the rare words (the rarest first while together within the budget; at most
    //   8): a few thousand at most, all re-ranked by trigrams (bm25 over one shared rare word cannot tell a
    //   near-duplicate from a claim that only shares that word);
    // - when the text has no rare word: the best 100 by bm25 of what holds 4 of its 6 rarest words (3 of 5, else
    //   pairs; one or two words alone), so that a text of common words alone still finds its near-duplicates.
    std::stable_sort(terms.begin(), terms.end(), [](const Term &a, const Term &b) {
        return a.claims != b.claims ? a.claims < b.claims : a.word.size() > b.word.size();
    });
    QStringList rareWords;
    qint64 spent = 0;
    qsizetype next = 0;
    for (; next < terms.size() && rareWords.size() < 8 && spent + terms.at(next).claims <= budget; ++next) {
        spent += terms.at(next).claims;
        rareWords.append(quoted(terms.at(next).word));
    }
    QString candidates;
    if (!rareWords.isEmpty()) {
        candidates = QStringLiteral("SELECT rowid FROM claims_fts WHERE claims_fts MATCH ? LIMIT %1").arg(budget);
    } else {
        QStringList rarest;
        for (qsizetype i = 0; i < terms.size() && rarest.size() < 6; ++i)
            rarest.append(quoted(terms.at(i).word));
        if (rarest.size() <= 2) {
            rareWords = rarest;
        } else {
            const int n = int(rarest.size()), k = std::max(2, n - 2);
            for (unsigned mask = 0; mask < (1u << n); ++mask) {
                if (std::popcount(mask) != k)
                    continue;
                QStringList group;
                for (int i = 0; i < n; ++i) {
                    if (mask & (1u << i))
                        group.append(rarest.at(i));
                }
                rareWords.append(QLatin1Char('(') + group.join(QLatin1String(" AND ")) + QLatin1Char(')'));
            }
        }
        candidates = QStringLiteral("SELECT rowid FROM (SELECT rowid, bm25(claims_fts, 1.0, 1.0, 0, 0, 0) AS rank"
                                    " FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rank LIMIT 100)");
    }
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM claims c JOIN files f ON f.id = c.file WHERE c.id IN (%2)")
                  .arg(QLatin1String(rowColumns), candidates));
    q.addBindValue(QLatin1String("{quote statement} : (") + rareWords.join(QLatin1String(" OR ")) + QLatin1Char(')'));
    if (!q.exec())
        return r;
    const std::vector<quint64> mine = trigrams(text);
    while (q.next()) {
        DeskClaimRow row = rowFrom(q);
        if (!exclude.isNull() && row.id == exclude)
            continue;
        row.score = std::max(jaccard(mine, trigrams(row.quote)),
                             row.statement.isEmpty() ? 0.0 : jaccard(mine, trigrams(row.statement)));
        if (row.score >= minScore)
            r.append(row);
    }
    std::sort(r.begin(), r.end(), [](const DeskClaimRow &a, const DeskClaimRow &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.relativePath != b.relativePath)
            return a.relativePath < b.relativePath;
        return a.id < b.id;
    });
    if (r.size() > limit)
        r.resize(limit);
    return r;
}

DeskCounts DeskIndex::counts(const QString &reviewer, const DeskSettings &settings) const
{
    DeskCounts c;
    if (!d->opened)
        return c;
    QSqlQuery q(d->db());
    if (q.exec(QStringLiteral("SELECT sum(error = ''), sum(error != '') FROM files")) && q.next()) {
        c.articles = q.value(0).toInt();
        c.unreadable = q.value(1).toInt();
    }
    d->forEachWorkflow([&](qint64, const DeskClaimRow &row) { c.addClaim(workflowClaim(row), reviewer, settings); });
    return c;
}

QList<DeskArticleRow> DeskIndex::articles(const QString &reviewer, const DeskSettings &settings) const
{
    QList<DeskArticleRow> r;
    if (!d->opened)
        return r;
    QHash<qint64, qsizetype> at; // file id → row
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, path, error FROM files ORDER BY path")))
        return r;
    const QDir desk(d->deskDir);
    while (q.next()) {
        DeskArticleRow a;
        a.relativePath = q.value(1).toString();
        a.documentPath = desk.absoluteFilePath(a.relativePath);
        a.error = q.value(2).toString();
        at.insert(q.value(0).toLongLong(), r.size());
        r.append(a);
    }
    d->forEachWorkflow([&](qint64 file, const DeskClaimRow &row) {
        const auto it = at.constFind(file);
        if (it == at.cend())
            return;
        DeskArticleRow &a = r[*it];
        const Claim c = workflowClaim(row);
        ++a.claims;
        ++a.byStatus[statusToString(row.status)];
        if (!row.verdict.isEmpty())
            ++a.byVerdict[row.verdict];
        a.conflicted += row.conflicted ? 1 : 0;
        a.assignedToMe += isAssignedTo(c, reviewer) ? 1 : 0;
        a.waitingForMe += waitsForSecondReviewBy(c, reviewer, settings) ? 1 : 0;
    });
    return r;
}

QList<DeskClaimRow> DeskIndex::assignedTo(const QString &reviewer) const
{
    if (!d->opened || reviewer.isEmpty())
        return {};
    return d->rows(QStringLiteral("WHERE c.assignee = ?"), {reviewer},
                   [&](const DeskClaimRow &row) { return isAssignedTo(workflowClaim(row), reviewer); });
}

QList<DeskClaimRow> DeskIndex::waitingForSecondReview(const QString &reviewer, const DeskSettings &settings) const
{
    if (!d->opened)
        return {};
    return d->rows(QStringLiteral("WHERE c.status IN ('needs-second-review', 'done') AND c.approvedBy = ''"), {},
                   [&](const DeskClaimRow &row) { return waitsForSecondReviewBy(workflowClaim(row), reviewer, settings); });
}

double trigramSimilarity(const QString &a, const QString &b)
{
    return jaccard(trigrams(a), trigrams(b));
}

} // namespace Claimbench
