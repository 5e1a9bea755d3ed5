// SPDX-License-Identifier: GPL-2.0-or-later
// host/desk/deskindex.h: the desk's SQLite FTS5 index — incremental by size, mtime and SHA-256, rebuilt when
// deleted or damaged, search, "checked before?" (similar), counts and the reviewer lists.
#include "deskindex.h"
#include "sidecar.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QtEndian>

#include <algorithm>
#include <cmath>

#include <sys/stat.h>
#include <utime.h>

using namespace Claimbench;

namespace {
QUuid uuid(int article, int n)
{
    return QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-%1%2")
                                 .arg(article, 6, 10, QLatin1Char('0'))
                                 .arg(n, 6, 10, QLatin1Char('0')));
}

struct Spec {
    const char *quote;
    ClaimStatus status;
    const char *verdict;
    const char *author;
    const char *assignee = "";
    const char *statement = "";
    const char *notes = "";
    const char *claimant = "";
};

ClaimSetData article(int n, const QList<Spec> &specs)
{
    ClaimSetData d;
    d.document.fileName = QStringLiteral("article-%1.txt").arg(n);
    d.document.mediaType = QStringLiteral("text/plain");
    qsizetype at = 0;
    for (qsizetype i = 0; i < specs.size(); ++i) {
        const Spec &s = specs.at(i);
        Claim c;
        c.id = uuid(n, int(i));
        c.claimType = QStringLiteral("quantity");
        c.quote.exact = QString::fromUtf8(s.quote);
        c.start = at;
        c.end = at + c.quote.exact.size();
        at = c.end + 1;
        c.status = s.status;
        c.verdict = QLatin1String(s.verdict);
        c.createdBy = QLatin1String(s.author);
        c.assignee = QLatin1String(s.assignee);
        c.statement = QString::fromUtf8(s.statement);
        c.notes = QString::fromUtf8(s.notes);
        c.claimant.name = QString::fromUtf8(s.claimant);
        c.created = c.modified = QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::UTC);
        d.claims.append(c);
    }
    d.sortClaims();
    return d;
}

bool put(const QString &desk, const QString &rel, const ClaimSetData &d)
{
    const QString path = QDir(desk).filePath(rel + QLatin1String(".claims.json"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    return !Sidecar::write(path, d).isValid();
}

/// Sets a file's modification time (the index compares it; no waiting for the clock to move).
bool setMtime(const QString &path, qint64 seconds)
{
    struct utimbuf t{seconds, seconds};
    return utime(QFile::encodeName(path).constData(), &t) == 0;
}

/// One claim of rankingDesk() as the ranking sees it: its texts by FTS5 column (quote, statement, claimant, notes,
/// sources), as lowercase words separated by spaces.
struct RankedClaim {
    QString path; ///< relativePath#n as paths() writes it
    QStringList columns[5];
};

/// FTS5's bm25 written out (docs/desk.md: k1 1.2, b 0.75, weights 2, 2, 1.5, 1, 0.5; the row's length over the
/// average; IDF from the rows holding each word), every word required, the last one a prefix; best first, ties in
/// the order of `claims` (article and position): what search() must return.
QList<QPair<QString, double>> bm25(const QList<RankedClaim> &claims, const QStringList &query)
{
    const double weights[] = {2.0, 2.0, 1.5, 1.0, 0.5};
    auto matches = [&](const QString &token, qsizetype phrase) {
        return phrase == query.size() - 1 ? token.startsWith(query.at(phrase)) : token == query.at(phrase);
    };
    double tokens = 0;
    QList<qint64> hits(query.size(), 0);
    QList<QList<double>> freq;
    QList<double> length;
    for (const RankedClaim &c : claims) {
        QList<double> f(query.size(), 0);
        double n = 0;
        for (int col = 0; col < 5; ++col) {
            for (const QString &t : c.columns[col]) {
                ++n;
                for (qsizetype i = 0; i < query.size(); ++i)
                    f[i] += matches(t, i) ? weights[col] : 0;
            }
        }
        for (qsizetype i = 0; i < query.size(); ++i)
            hits[i] += f.at(i) > 0 ? 1 : 0;
        tokens += n;
        freq.append(f);
        length.append(n);
    }
    const double rows = double(claims.size()), average = tokens / rows;
    QList<QPair<QString, double>> r;
    for (qsizetype k = 0; k < claims.size(); ++k) {
        if (std::any_of(freq.at(k).cbegin(), freq.at(k).cend(), [](double f) { return f == 0; }))
            continue;
        double score = 0;
        for (qsizetype i = 0; i < query.size(); ++i) {
            const double idf = std::max(1e-6, std::log((rows - double(hits.at(i)) + 0.5) / (double(hits.at(i)) + 0.5)));
            const double f = freq.at(k).at(i);
            score += idf * (f * 2.2 / (f + 1.2 * (0.25 + 0.75 * length.at(k) / average)));
        }
        r.append({claims.at(k).path, score});
    }
    std::stable_sort(r.begin(), r.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return r;
}

QStringList paths(const QList<DeskClaimRow> &rows)
{
    QStringList r;
    for (const DeskClaimRow &row : rows)
        r.append(row.relativePath + QLatin1Char('#') + QString::number(row.id.toString().right(7).left(6).toInt()));
    return r;
}
} // namespace

class DeskIndexTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_desk;
    QTemporaryDir m_cache;

    void makeDesk()
    {
        const QString d = m_desk.path();
        QVERIFY(put(d, QStringLiteral("economy/jobs.txt"),
                    article(1, {{"Unemployment fell to 3.9% in 2023", ClaimStatus::Done, "true", "Tom", "", "Unemployment fell to 3.9% in 2023"},
                                {"The bridge cost £40 million", ClaimStatus::InProgress, "", "Priya", "Priya", "", "Ask the council for the invoice"}})));
        QVERIFY(put(d, QStringLiteral("economy/wages.txt"),
                    article(2, {{"Wages rose faster than prices for the first time since 2021", ClaimStatus::NeedsSecondReview,
                                 "mostly-true", "Tom", "", "", "", "Rachel Reeves"}})));
        QVERIFY(put(d, QStringLiteral("politics/essex.txt"),
                    article(3, {{"Unemployment dropped to 3.9 percent last year", ClaimStatus::Done, "mostly-true", "Priya"},
                                {"Essex has twinned with Jiangsu since 1985", ClaimStatus::Open, "", "Priya", "Tom"}})));
        for (int i = 4; i < 54; ++i) // enough articles that the ranking is not about a handful of rows
            QVERIFY(put(d, QStringLiteral("filler/a%1.txt").arg(i, 2, 10, QLatin1Char('0')),
                        article(i, {{"The council approved the new budget for the library", ClaimStatus::Open, "", "Tom"},
                                    {"Rail fares rise by 4.6 percent in March", ClaimStatus::Done, "true", "Tom"}})));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_desk.isValid() && m_cache.isValid());
        makeDesk();
    }

    void coldThenIncremental()
    {
        QTemporaryDir cache;
        DeskIndex index(m_desk.path(), cache.path());
        QVERIFY(index.databasePath().startsWith(cache.path() + QLatin1String("/desk-index/")));
        DeskIndexUpdate u = index.update();
        QVERIFY2(u.ok(), qPrintable(u.error));
        QVERIFY(u.rebuilt);
        QCOMPARE(u.articles, 53);
        QCOMPARE(u.indexed, 53);
        QVERIFY(QFile::exists(index.databasePath()));

        u = index.update(); // nothing changed: nothing read
        QCOMPARE(u.unchanged, 53);
        QCOMPARE(u.indexed, 0);
        QVERIFY(!u.rebuilt);

        // One sidecar rewritten with other content, one only touched, one removed, one added.
        const QString jobs = m_desk.path() + QLatin1String("/economy/jobs.txt.claims.json");
        ClaimSetData changed = Sidecar::read(jobs).data;
        changed.claims[0].notes = QStringLiteral("checked against the ONS labour market bulletin");
        QVERIFY(!Sidecar::write(jobs, changed).isValid());
        QVERIFY(setMtime(jobs, 2000000000));
        const QString wages = m_desk.path() + QLatin1String("/economy/wages.txt.claims.json");
        QVERIFY(setMtime(wages, 2000000100));
        const QString filler = m_desk.path() + QLatin1String("/filler/a04.txt.claims.json");
        const QByteArray fillerBytes = [&] { QFile f(filler); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        QVERIFY(QFile::remove(filler));
        QVERIFY(put(m_desk.path(), QStringLiteral("new.txt"),
                    article(99, {{"A new claim about lighthouses", ClaimStatus::Open, "", "Tom"}})));
        u = index.update();
        QCOMPARE(u.articles, 53);
        QCOMPARE(u.indexed, 2);  // jobs (changed) and new
        QCOMPARE(u.rehashed, 1); // wages: same bytes
        QCOMPARE(u.removed, 1);
        QCOMPARE(u.unchanged, 50);
        QCOMPARE(paths(index.search(QStringLiteral("bulletin"))), QStringList{QStringLiteral("economy/jobs.txt#0")});
        QCOMPARE(paths(index.search(QStringLiteral("lighthouses"))), QStringList{QStringLiteral("new.txt#0")});
        QCOMPARE(index.search(QStringLiteral("library")).size(), 20); // the default limit; a04's claims are gone
        QCOMPARE(index.search(QStringLiteral("library"), 100).size(), 49);

        // Put the desk back for the other tests.
        QVERIFY(QFile::remove(m_desk.path() + QLatin1String("/new.txt.claims.json")));
        QFile f(filler);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(fillerBytes);
    }

    void survivesDeletionAndDamage()
    {
        QTemporaryDir cache;
        QStringList before;
        {
            DeskIndex index(m_desk.path(), cache.path());
            QVERIFY(index.update().ok());
            before = paths(index.search(QStringLiteral("unemployment")));
            QCOMPARE(before.size(), 2);
            QVERIFY(QFile::remove(index.databasePath()));
            const DeskIndexUpdate u = index.update(); // deleted while open
            QVERIFY2(u.ok(), qPrintable(u.error));
            QVERIFY(u.rebuilt);
            QCOMPARE(u.indexed, 53);
            QCOMPARE(paths(index.search(QStringLiteral("unemployment"))), before);
        }
        DeskIndex again(m_desk.path(), cache.path());
        QFile db(again.databasePath());
        QVERIFY(db.open(QIODevice::WriteOnly | QIODevice::Truncate));
        db.write(QByteArray(4096, 'x')); // not a database any more
        db.close();
        const DeskIndexUpdate u = again.update();
        QVERIFY2(u.ok(), qPrintable(u.error));
        QVERIFY(u.rebuilt);
        QCOMPARE(paths(again.search(QStringLiteral("unemployment"))), before);
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("hits");
        QTest::newRow("quote") << "jiangsu" << QStringList{QStringLiteral("politics/essex.txt#1")};
        QTest::newRow("claimant") << "reeves" << QStringList{QStringLiteral("economy/wages.txt#0")};
        QTest::newRow("notes") << "invoice" << QStringList{QStringLiteral("economy/jobs.txt#1")};
        QTest::newRow("every word") << "bridge million" << QStringList{QStringLiteral("economy/jobs.txt#1")};
        QTest::newRow("not every word") << "bridge jiangsu" << QStringList{};
        QTest::newRow("prefix") << "jiang" << QStringList{QStringLiteral("politics/essex.txt#1")};
        QTest::newRow("two-letter prefix") << "ji" << QStringList{QStringLiteral("politics/essex.txt#1")};
        QTest::newRow("three-letter prefix") << "twinned ji" << QStringList{QStringLiteral("politics/essex.txt#1")};
        QTest::newRow("prefix of several words") << "unemp" << QStringList{QStringLiteral("politics/essex.txt#0"),
                                                                          QStringLiteral("economy/jobs.txt#0")};
        QTest::newRow("case and accents") << "ESSEX" << QStringList{QStringLiteral("politics/essex.txt#1")};
        QTest::newRow("query syntax is text") << "\"bridge\" AND (NEAR* -million" << QStringList{};
        QTest::newRow("only punctuation") << "\"*()" << QStringList{};
    }
    void search()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, hits);
        DeskIndex index(m_desk.path(), m_cache.path());
        QVERIFY(index.update().ok());
        const QList<DeskClaimRow> rows = index.search(query);
        QCOMPARE(paths(rows), hits);
        for (const DeskClaimRow &r : rows)
            QVERIFY2(r.snippet.contains(QLatin1Char('[')), qPrintable(r.snippet));
    }

    /// The limit keeps the best-ranked, ties broken by article and position as if every match had been sorted —
    /// also when the tie crosses the limit and the tied rows were indexed in another order (a04 re-indexed last).
    void limitKeepsTheBestRanked()
    {
        QTemporaryDir cache;
        const QString a04 = m_desk.path() + QLatin1String("/filler/a04.txt.claims.json");
        const QByteArray bytes = [&] { QFile f(a04); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        DeskIndex index(m_desk.path(), cache.path());
        QVERIFY(index.update().ok());
        ClaimSetData d = Sidecar::read(a04).data;
        for (Claim &c : d.claims)
            c.claimType = QStringLiteral("event"); // other bytes, the same indexed texts (the same rank)
        QVERIFY(!Sidecar::write(a04, d).isValid());
        QVERIFY(setMtime(a04, 2000000200));
        QCOMPARE(index.update().indexed, 1);
        const QStringList all = paths(index.search(QStringLiteral("library"), 100));
        QCOMPARE(all.size(), 50);
        QCOMPARE(all.first(), QStringLiteral("filler/a04.txt#0"));
        for (int limit : {1, 5, 20, 49}) {
            const QList<DeskClaimRow> rows = index.search(QStringLiteral("library"), limit);
            QCOMPARE(paths(rows), all.mid(0, limit));
            for (const DeskClaimRow &r : rows)
                QCOMPARE(r.snippet, QStringLiteral("The council approved the new budget for the [library]"));
        }
        // A better-ranked match comes first whatever its path: the quote is weighted over the notes.
        QCOMPARE(paths(index.search(QStringLiteral("council"), 1)), QStringList{QStringLiteral("filler/a04.txt#0")});
        QCOMPARE(paths(index.search(QStringLiteral("invoice council"), 1)), QStringList{QStringLiteral("economy/jobs.txt#1")});

        QFile f(a04);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

    /// An index of another schema version (an older cache) is made anew from the sidecars.
    void olderSchemaIsRebuilt()
    {
        QTemporaryDir cache;
        QString path;
        {
            DeskIndex index(m_desk.path(), cache.path());
            QVERIFY(index.update().ok());
            path = index.databasePath();
        }
        QVERIFY(!QFile::exists(path + QLatin1String("-wal"))); // closed: everything is in the file
        QFile db(path);
        QVERIFY(db.open(QIODevice::ReadWrite));
        QVERIFY(db.seek(60)); // the SQLite header's user_version (big-endian), the index's schema version
        QCOMPARE(db.read(4), QByteArray::fromHex("00000004"));
        QVERIFY(db.seek(60));
        db.write(QByteArray::fromHex("00000003")); // before the row lengths were (rowid, length) pairs
        db.close();
        DeskIndex again(m_desk.path(), cache.path());
        const DeskIndexUpdate u = again.update();
        QVERIFY2(u.ok(), qPrintable(u.error));
        QVERIFY(u.rebuilt);
        QCOMPARE(u.indexed, 53);
        QCOMPARE(paths(again.search(QStringLiteral("jiangsu"))), QStringList{QStringLiteral("politics/essex.txt#1")});
    }

    /// search() ranks as FTS5's bm25 (written out in bm25() above): scores and order for every limit — the best
    /// rows kept while the matches are read, ties at the limit by article and position —, a prefix, several words;
    /// and the row lengths it keeps from the index are those of the texts now, also after another index object
    /// (another connection, e.g. the CLI) updated the database, or this one did.
    void rankingIsBm25()
    {
        QTemporaryDir desk, cache;
        QList<RankedClaim> claims;
        auto write = [&](int lengthen) {
            claims.clear();
            for (int a = 0; a < 30; ++a) {
                ClaimSetData d = article(100 + a, {});
                for (int i = 0; i < 10; ++i) {
                    const int g = a * 10 + i;
                    // Later claims have shorter quotes (each one read ranks above those before it: the best kept
                    // are dropped and pruned as the matches are read), in groups of four of the same length
                    // (ties); the words in fewer than half of the claims (an IDF above the minimum).
                    QStringList quote{g % 3 == 0 ? QStringLiteral("harbour") : QStringLiteral("quay")};
                    for (int k = 0; k < (299 - g) / 4; ++k)
                        quote.append(QStringLiteral("pier"));
                    QStringList statement, notes;
                    if (g % 4 == 0)
                        notes.append(QStringLiteral("dock"));
                    if (g % 7 == 0)
                        statement = QStringList{QStringLiteral("harbours"), QStringLiteral("master")};
                    if (g % 5 == 0)
                        notes.prepend(QStringLiteral("harbour"));
                    // The notes made long by a later change: this claim falls in the ranking. In the last article,
                    // whose rows are re-indexed under the same rowids (a stale length would be used for them).
                    if (g == 291)
                        for (int k = 0; k < lengthen; ++k)
                            notes.append(QStringLiteral("quay"));
                    Claim c;
                    c.id = uuid(100 + a, i);
                    c.claimType = QStringLiteral("quantity");
                    c.quote.exact = quote.join(QLatin1Char(' '));
                    c.start = i * 1000;
                    c.end = c.start + c.quote.exact.size();
                    c.statement = statement.join(QLatin1Char(' '));
                    c.notes = notes.join(QLatin1Char(' '));
                    c.created = c.modified = QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::UTC);
                    d.claims.append(c);
                    RankedClaim r;
                    r.path = QStringLiteral("t/a%1.txt#%2").arg(a, 2, 10, QLatin1Char('0')).arg(i);
                    r.columns[0] = quote;
                    r.columns[1] = statement;
                    r.columns[3] = notes;
                    claims.append(r);
                }
                d.sortClaims();
                const QString rel = QStringLiteral("t/a%1.txt").arg(a, 2, 10, QLatin1Char('0'));
                QVERIFY(put(desk.path(), rel, d));
                QVERIFY(setMtime(desk.filePath(rel + QLatin1String(".claims.json")), 2000000000 + lengthen));
            }
        };
        auto check = [&](const DeskIndex &index) {
            for (const QString &query : {QStringLiteral("harbour"), QStringLiteral("harb"), QStringLiteral("harbour dock"),
                                         QStringLiteral("pier harbour"), QStringLiteral("dock harb")}) {
                const QList<QPair<QString, double>> all = bm25(claims, query.split(QLatin1Char(' ')));
                QVERIFY(all.size() > 10);
                for (int limit : {1, 3, 4, 20, 200}) {
                    const QList<DeskClaimRow> rows = index.search(query, limit);
                    QCOMPARE(rows.size(), std::min<qsizetype>(limit, all.size()));
                    for (qsizetype k = 0; k < rows.size(); ++k) {
                        QCOMPARE(paths({rows.at(k)}).first(), all.at(k).first);
                        QVERIFY2(std::abs(rows.at(k).score - all.at(k).second) <= 1e-9 * all.at(k).second,
                                 qPrintable(QStringLiteral("%1: %2 %3 != %4").arg(query, all.at(k).first)
                                                .arg(rows.at(k).score, 0, 'g', 17).arg(all.at(k).second, 0, 'g', 17)));
                        QVERIFY2(rows.at(k).snippet.contains(QLatin1Char('[')), qPrintable(rows.at(k).snippet));
                    }
                }
            }
        };
        write(0);
        DeskIndex index(desk.path(), cache.path());
        QVERIFY(index.update().ok());
        check(index);
        const QString before = paths(index.search(QStringLiteral("harbour"), 200)).join(QLatin1Char(' '));

        write(40); // one claim's notes 40 words longer
        {
            DeskIndex other(desk.path(), cache.path()); // another connection updates the database
            QCOMPARE(other.update().indexed, 1);
        }
        check(index);
        QVERIFY(paths(index.search(QStringLiteral("harbour"), 200)).join(QLatin1Char(' ')) != before);

        write(0); // and back, through this index itself
        QCOMPARE(index.update().indexed, 1);
        check(index);
        QCOMPARE(paths(index.search(QStringLiteral("harbour"), 200)).join(QLatin1Char(' ')), before);

        // The lengths come from rowsizes: made wrong beside the index (every row 1,000 tokens), the scores are
        // no longer bm25's; without the table FTS5 is asked for each row, and they are again.
        const double best = index.search(QStringLiteral("harbour"), 1).value(0).score;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("beside"));
            raw.setDatabaseName(index.databasePath());
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("SELECT sizes FROM rowsizes WHERE id = 1")) && q.next());
            QByteArray blob = q.value(0).toByteArray();
            q.finish();
            QVERIFY(blob.size() >= 12 * 300 && blob.size() % 12 == 0); // (rowid, length) for every claim
            for (qsizetype at = 8; at < blob.size(); at += 12)
                qToLittleEndian<quint32>(1000, blob.data() + at);
            q.prepare(QStringLiteral("UPDATE rowsizes SET sizes = ? WHERE id = 1"));
            q.addBindValue(blob);
            QVERIFY(q.exec());
            const double wrong = index.search(QStringLiteral("harbour"), 1).value(0).score;
            QVERIFY2(std::abs(wrong - best) > 1e-6 * best, qPrintable(QStringLiteral("%1 %2").arg(wrong).arg(best)));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM rowsizes")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("beside"));
        check(index);
    }

    void similar()
    {
        DeskIndex index(m_desk.path(), m_cache.path());
        QVERIFY(index.update().ok());
        const QList<DeskClaimRow> rows = index.similar(QStringLiteral("unemployment fell to 3.9 percent"));
        QCOMPARE(paths(rows), (QStringList{QStringLiteral("economy/jobs.txt#0"), QStringLiteral("politics/essex.txt#0")}));
        QCOMPARE(rows.at(0).verdict, QStringLiteral("true"));
        QCOMPARE(rows.at(1).verdict, QStringLiteral("mostly-true"));
        QVERIFY(rows.at(0).score > rows.at(1).score);
        QVERIFY(rows.at(1).score >= 0.2 && rows.at(0).score <= 1.0);
        // The claim being marked is not its own "checked before".
        QCOMPARE(paths(index.similar(QStringLiteral("unemployment fell to 3.9 percent"), 10, 0.2, uuid(1, 0))),
                 QStringList{QStringLiteral("politics/essex.txt#0")});
        QVERIFY(index.similar(QStringLiteral("lighthouse keepers strike")).isEmpty());
        QVERIFY(index.similar(QStringLiteral("the of and")).isEmpty());
        QCOMPARE(index.similar(QStringLiteral("rail fares rise by 4.6 percent"), 3).size(), 3);
    }

    void trigram()
    {
        QCOMPARE(trigramSimilarity(QStringLiteral("Rail fares, rise!"), QStringLiteral("rail   FARES rise")), 1.0);
        QCOMPARE(trigramSimilarity(QStringLiteral("abc"), QStringLiteral("xyz")), 0.0);
        const double close = trigramSimilarity(QStringLiteral("unemployment fell"), QStringLiteral("unemployment fall"));
        const double far = trigramSimilarity(QStringLiteral("unemployment fell"), QStringLiteral("employment rose"));
        QVERIFY(close > far && far > 0);
    }

    void countsAndLists()
    {
        QTemporaryDir cache;
        QVERIFY(put(m_desk.path(), QStringLiteral("broken.txt"), ClaimSetData()));
        QFile broken(m_desk.path() + QLatin1String("/broken.txt.claims.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("{\"format\": \"claimbench.claims\", \"version\": 1,");
        broken.close();
        DeskIndex index(m_desk.path(), cache.path());
        QVERIFY(index.update().ok());
        QVERIFY(QFile::remove(m_desk.path() + QLatin1String("/broken.txt.claims.json")));

        const DeskSettings strict{true, {}};
        const DeskCounts c = index.counts(QStringLiteral("Priya"), strict);
        QCOMPARE(c.articles, 53);
        QCOMPARE(c.unreadable, 1);
        QCOMPARE(c.claims, 105);
        QCOMPARE(c.byStatus.value(QStringLiteral("done")), 52);
        QCOMPARE(c.byVerdict.value(QStringLiteral("mostly-true")), 2);
        QCOMPARE(c.assignedToMe, 1);
        QCOMPARE(c.waitingForMe, 52); // Tom's done claims (not approved) and his claim that needs a second review
        QCOMPARE(index.counts(QStringLiteral("Priya"), DeskSettings()).waitingForMe, 1);

        QCOMPARE(paths(index.assignedTo(QStringLiteral("Tom"))), QStringList{QStringLiteral("politics/essex.txt#1")});
        const QList<DeskClaimRow> waiting = index.waitingForSecondReview(QStringLiteral("Tom"), strict);
        QCOMPARE(paths(waiting), QStringList{QStringLiteral("politics/essex.txt#0")}); // Priya's, not his own

        const QList<DeskArticleRow> articles = index.articles(QStringLiteral("Priya"), strict);
        QCOMPARE(articles.size(), 54);
        QCOMPARE(articles.first().relativePath, QStringLiteral("broken.txt"));
        QVERIFY2(articles.first().error.contains(QLatin1String("broken.txt.claims.json:1:")), qPrintable(articles.first().error));
        QCOMPARE(articles.at(1).relativePath, QStringLiteral("economy/jobs.txt"));
        QCOMPARE(articles.at(1).claims, 2);
        QCOMPARE(articles.at(1).byStatus.value(QStringLiteral("done")), 1);
        QCOMPARE(articles.at(1).assignedToMe, 1);
        QCOMPARE(articles.at(1).waitingForMe, 1);
        QCOMPARE(articles.at(1).documentPath, QDir(m_desk.path()).absoluteFilePath(QStringLiteral("economy/jobs.txt")));
    }
};

QTEST_GUILESS_MAIN(DeskIndexTest)
#include "deskindex_test.moc"
