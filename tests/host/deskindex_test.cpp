// SPDX-License-Identifier: GPL-2.0-or-later
// host/desk/deskindex.h: the desk's SQLite FTS5 index — incremental by size, mtime and SHA-256, rebuilt when
// deleted or damaged, search, "checked before?" (similar), counts and the reviewer lists.
#include "deskindex.h"
#include "sidecar.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

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
        QCOMPARE(db.read(4), QByteArray::fromHex("00000002"));
        QVERIFY(db.seek(60));
        db.write(QByteArray::fromHex("00000001")); // before the verdict setter
        db.close();
        DeskIndex again(m_desk.path(), cache.path());
        const DeskIndexUpdate u = again.update();
        QVERIFY2(u.ok(), qPrintable(u.error));
        QVERIFY(u.rebuilt);
        QCOMPARE(u.indexed, 53);
        QCOMPARE(paths(again.search(QStringLiteral("jiangsu"))), QStringList{QStringLiteral("politics/essex.txt#1")});
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
