// SPDX-License-Identifier: GPL-2.0-or-later
// The desk on a generated folder of 5,000 articles × 40 claims: the SQLite FTS5 index cold and after 10 changed
// sidecars, `desk search` and `desk similar` p95, the git merge driver's merge of two 10,000-claim sidecars, and the
// desk view's memory with 5,000 articles. Prints a Markdown section for docs/performance.md.
#include "deskindex.h"
#include "merge.h"
#include "sidecar.h"

#ifdef CLAIMBENCH_DESK_BENCH_GUI
#include "deskview.h"

#include <QApplication>
#include <QTreeView>
#else
#include <QCoreApplication>
#endif

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Claimbench;

namespace {

constexpr int Articles = 5000;
constexpr int ClaimsPerArticle = 40;
constexpr int MergeClaims = 10'000;

const QStringList &vocabulary()
{
    static const QStringList words = [] {
        QStringList w;
        for (const char *x : {"council", "unemployment", "province", "million", "pounds", "economy", "security", "rail",
                              "minister", "reported", "percent", "growth", "exports", "tourism", "education", "fares",
                              "healthcare", "museum", "investment", "business", "wages", "government", "prices",
                              "national", "policy", "foreign", "office", "leader", "councillor", "hospital", "schools",
                              "democracy", "rights", "freedom", "legislation", "region", "citizens", "protests",
                              "speech", "opposition", "members", "parliament", "budget", "benefit", "taxpayer",
                              "cost", "level", "municipal", "inflation", "exchange", "housing", "crime", "police"})
            w << QLatin1String(x);
        for (int i = 0; i < 2000; ++i)
            w << QStringLiteral("w%1x").arg(i * 7919 % 100003); // rarer words keep sentences distinct
        return w;
    }();
    return words;
}

QString sentence(QRandomGenerator &rng, int minWords = 8)
{
    const QStringList &words = vocabulary();
    const int n = minWords + int(rng.bounded(10));
    QStringList s;
    for (int i = 0; i < n; ++i) {
        // Common words often, rare ones sometimes: like news text.
        const qsizetype at = rng.bounded(4) ? rng.bounded(qsizetype(53)) : 53 + rng.bounded(qsizetype(words.size() - 53));
        s << words.at(at);
    }
    if (rng.bounded(3) == 0)
        s << QStringLiteral("%1.%2%").arg(rng.bounded(20)).arg(rng.bounded(10));
    return s.join(QLatin1Char(' '));
}

const ClaimStatus statuses[] = {ClaimStatus::Open, ClaimStatus::InProgress, ClaimStatus::NeedsSecondReview,
                                ClaimStatus::Done, ClaimStatus::Done, ClaimStatus::Dismissed};
const char *const verdicts[] = {"true", "mostly-true", "half-true", "mostly-false", "false", "misleading"};
const char *const reviewers[] = {"Priya Natarajan", "Tom Hale", "Ana Lima", "Ben Okoro"};

ClaimSetData article(QRandomGenerator &rng, int n, int claims)
{
    ClaimSetData d;
    d.document.fileName = QStringLiteral("article-%1.txt").arg(n);
    d.document.mediaType = QStringLiteral("text/plain");
    const QDateTime when(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::UTC);
    qsizetype at = 0;
    for (int i = 0; i < claims; ++i) {
        Claim c;
        c.id = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-%1%2").arg(n, 6, 10, QLatin1Char('0')).arg(i, 6, 10, QLatin1Char('0')));
        c.claimType = QStringLiteral("quantity");
        c.quote.exact = sentence(rng);
        c.start = at;
        c.end = at + c.quote.exact.size();
        at = c.end + 2;
        c.status = statuses[rng.bounded(6)];
        if (c.status == ClaimStatus::Done || c.status == ClaimStatus::NeedsSecondReview)
            c.verdict = QLatin1String(verdicts[rng.bounded(6)]);
        if (rng.bounded(2))
            c.statement = sentence(rng, 6);
        if (rng.bounded(3) == 0)
            c.notes = sentence(rng, 12);
        c.createdBy = QLatin1String(reviewers[rng.bounded(4)]);
        if (rng.bounded(4) == 0)
            c.assignee = QLatin1String(reviewers[rng.bounded(4)]);
        c.created = c.modified = when;
        d.claims.append(c);
    }
    d.sortClaims();
    return d;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.at(std::min(v.size() - 1, size_t(p * double(v.size()))));
}

const char *verdict(bool pass)
{
    return pass ? "PASS" : "MISS";
}

[[maybe_unused]] qint64 rssMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
#ifdef CLAIMBENCH_DESK_BENCH_GUI
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QTemporaryDir desk, cache;
    QRandomGenerator rng(20261201);
    std::fprintf(stderr, "desk_bench: generating %d articles x %d claims...\n", Articles, ClaimsPerArticle);
    QList<QString> quotes;
    for (int n = 0; n < Articles; ++n) {
        const ClaimSetData d = article(rng, n, ClaimsPerArticle);
        if (n % 50 == 0)
            quotes.append(d.claims.at(n % ClaimsPerArticle).quote.exact);
        const QString rel = QStringLiteral("section-%1/article-%2.txt.claims.json").arg(n % 50).arg(n);
        QDir().mkpath(QFileInfo(desk.filePath(rel)).absolutePath());
        if (Sidecar::write(desk.filePath(rel), d).isValid())
            return 1;
    }

    // Cold index, then 10 changed sidecars.
    DeskIndex index(desk.path(), cache.path());
    QElapsedTimer t;
    t.start();
    const DeskIndexUpdate cold = index.update();
    const double coldS = double(t.nsecsElapsed()) / 1e9;
    if (!cold.ok()) {
        std::fprintf(stderr, "desk_bench: %s\n", qPrintable(cold.error));
        return 1;
    }
    for (int k = 0; k < 10; ++k) {
        const int n = k * 497;
        const QString path = desk.filePath(QStringLiteral("section-%1/article-%2.txt.claims.json").arg(n % 50).arg(n));
        Sidecar::ReadResult r = Sidecar::read(path);
        r.data.claims[k].notes = QStringLiteral("changed for the incremental update %1").arg(k);
        Sidecar::write(path, r.data);
        // A later modification time without waiting for the clock: the index compares size and time.
        QFile f(path);
        f.open(QIODevice::ReadWrite);
        f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(60 + k), QFileDevice::FileModificationTime);
    }
    t.restart();
    const DeskIndexUpdate incremental = index.update();
    const double incrementalS = double(t.nsecsElapsed()) / 1e9;

    // Search and similar.
    std::vector<double> searchMs, similarMs;
    int searchHits = 0, similarHits = 0;
    const QStringList &words = vocabulary();
    for (int i = 0; i < 200; ++i) {
        QString q = words.at(rng.bounded(qsizetype(53)));
        if (i % 2)
            q += QLatin1Char(' ') + words.at(53 + rng.bounded(qsizetype(words.size() - 53)));
        if (i % 5 == 0)
            q = q.left(q.size() - 2); // a prefix, as one types
        t.restart();
        searchHits += int(index.search(q, 20).size());
        searchMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    for (int i = 0; i < 200; ++i) {
        QStringList w = quotes.at(i % quotes.size()).split(QLatin1Char(' '));
        w.removeAt(rng.bounded(w.size())); // a near-duplicate of an earlier claim, and a new word
        w.insert(rng.bounded(w.size()), words.at(rng.bounded(qsizetype(53))));
        t.restart();
        similarHits += int(index.similar(w.join(QLatin1Char(' ')), 10).size());
        similarMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }

    // The merge driver on two 10,000-claim sidecars: read the three files, merge, write (as `claimbench-cli merge`).
    QRandomGenerator mrng(7);
    const ClaimSetData base = article(mrng, 999999, MergeClaims);
    ClaimSetData ours = base, theirs = base;
    for (int i = 0; i < MergeClaims; i += 10)
        ours.claims[i].notes = QStringLiteral("ours %1").arg(i);
    for (int i = 5; i < MergeClaims; i += 10)
        theirs.claims[i].verdict = QStringLiteral("false");
    for (int i = 0; i < MergeClaims; i += 100)
        theirs.claims[i].notes = QStringLiteral("theirs %1").arg(i); // 100 conflicts
    const QString basePath = cache.filePath(QStringLiteral("base.json")), oursPath = cache.filePath(QStringLiteral("ours.json")),
                  theirsPath = cache.filePath(QStringLiteral("theirs.json"));
    Sidecar::write(basePath, base);
    Sidecar::write(oursPath, ours);
    Sidecar::write(theirsPath, theirs);
    t.restart();
    const Sidecar::ReadResult b = Sidecar::read(basePath), o = Sidecar::read(oursPath), th = Sidecar::read(theirsPath);
    const MergeResult merged = mergeClaimSetsUnordered(b.data, o.data, th.data);
    Sidecar::write(oursPath, merged.merged);
    const double mergeMs = double(t.nsecsElapsed()) / 1e6;

    // The desk view with 5,000 articles.
    qint64 viewMiB = -1, viewTotalMiB = -1;
    double viewS = 0;
#ifdef CLAIMBENCH_DESK_BENCH_GUI
    {
        const qint64 before = rssMiB();
        t.restart();
        DeskView view;
        view.resize(1400, 800);
        view.openDesk(desk.path(), QStringLiteral("Priya Natarajan"), cache.path());
        view.show();
        QCoreApplication::processEvents();
        viewS = double(t.nsecsElapsed()) / 1e9;
        viewTotalMiB = rssMiB();
        viewMiB = viewTotalMiB - before;
        if (view.articleList()->model()->rowCount() != Articles)
            std::fprintf(stderr, "desk_bench: the view lists %d articles\n", view.articleList()->model()->rowCount());
    }
#endif

    const double searchP95 = percentile(searchMs, 0.95), similarP95 = percentile(similarMs, 0.95);
    std::printf("## Desk (5,000 articles × 40 claims)\n\n");
    std::printf("A generated desk (`tools/benchmarks/desk_bench.cpp`): %d sidecars, %d claims, the SQLite FTS5 index in a "
                "temporary cache.\n\n",
                cold.articles, Articles * ClaimsPerArticle);
    std::printf("| Measure | Result | Goal | |\n|---|---|---|---|\n");
    std::printf("| Cold index (%d sidecars read and indexed) | %.2f s | ≤ 20 s | %s |\n", cold.indexed, coldS, verdict(coldS <= 20));
    std::printf("| Incremental update after 10 changed sidecars (%d re-indexed, %d unchanged) | %.0f ms | ≤ 1 s | %s |\n",
                incremental.indexed, incremental.unchanged, incrementalS * 1000, verdict(incrementalS <= 1));
    std::printf("| `desk search` p95 (200 queries, %d hits) | %.1f ms | ≤ 50 ms | %s |\n", searchHits, searchP95,
                verdict(searchP95 <= 50));
    std::printf("| `desk similar` p95 (200 near-duplicates, %d hits) | %.1f ms | ≤ 100 ms | %s |\n", similarHits, similarP95,
                verdict(similarP95 <= 100));
    std::printf("| `merge` of two 10,000-claim sidecars (read 3, merge, write; %d conflicts) | %.0f ms | ≤ 300 ms | %s |\n",
                int(merged.conflicted.size()), mergeMs, verdict(mergeMs <= 300));
    if (viewMiB >= 0)
        std::printf("| Desk view with 5,000 articles (opened in %.2f s; process %lld MiB) | +%lld MiB | ≤ 300 MB | %s |\n",
                    viewS, viewTotalMiB, viewMiB, verdict(viewTotalMiB <= 286));
    else
        std::printf("| Desk view memory | not measured (built without the GUI) | ≤ 300 MB | |\n");
    return 0;
}
