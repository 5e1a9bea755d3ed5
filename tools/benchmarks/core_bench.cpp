// SPDX-License-Identifier: GPL-2.0-or-later
// The annotation core on generated data: load + anchor 10,000 claims on an unchanged 5 MB document and on a
// copy-edited one, save 10,000 claims, one keystroke's transform over 20,000 live anchors, a W3C import of 100,000
// annotations, and 1,000 SIGKILLs during saves. Prints a Markdown section for docs/performance.md. The program is also its own crash child
// (`core_bench --crash-child PATH`).
#include "anchor.h"
#include "anchorstore.h"
#include "claimset.h"
#include "documenttext.h"
#include "reanchor.h"
#include "sidecar.h"
#include "w3c.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <random>
#include <vector>

using namespace Claimbench;

namespace {

constexpr qsizetype DocumentBytes = 5 * 1024 * 1024;
constexpr int ClaimCount = 10'000;

struct Corpus {
    std::vector<std::vector<QString>> paragraphs; // sentences, each ending with '.'
};

QStringList vocabulary()
{
    static QStringList words;
    if (words.isEmpty()) {
        const char *base[] = {"council", "partnership", "province", "million", "pounds", "economy", "security", "law",
                              "minister", "reported", "percent", "growth", "exports", "tourism", "education",
                              "healthcare", "museum", "investment", "business", "relationship", "government",
                              "national", "policy", "foreign", "office", "leader", "councillor", "question",
                              "democracy", "rights", "freedom", "legislation", "region", "citizens", "protests",
                              "speech", "opposition", "members", "parliament", "resignation", "benefit", "taxpayer",
                              "cost", "level", "municipal", "provincial", "exchange", "promotion", "attractions",
                              "visible", "tourists", "people", "world", "second", "largest", "expected"};
        for (const char *w : base)
            words << QLatin1String(w);
        for (int i = 0; i < 150; ++i)
            words << QStringLiteral("w%1x").arg(i * 7919 % 10007); // rarer words keep sentences distinct
    }
    return words;
}

QString sentence(QRandomGenerator &rng)
{
    const QStringList &words = vocabulary();
    const int n = 8 + int(rng.bounded(18));
    QString s;
    for (int i = 0; i < n; ++i) {
        if (i)
            s += QLatin1Char(' ');
        QString w = words.at(int(rng.bounded(qsizetype(words.size()))));
        if (i == 0)
            w[0] = w[0].toUpper();
        s += w;
        if (rng.bounded(30) == 0)
            s += QStringLiteral(" \u00a3%1m").arg(rng.bounded(1000)); // numbers and a non-ASCII sign
    }
    return s + QLatin1Char('.');
}

std::vector<QString> paragraph(QRandomGenerator &rng)
{
    std::vector<QString> p;
    const int n = 3 + int(rng.bounded(5));
    for (int i = 0; i < n; ++i)
        p.push_back(sentence(rng));
    return p;
}

Corpus generateCorpus()
{
    QRandomGenerator rng(20261129);
    Corpus c;
    qsizetype size = 0;
    while (size < DocumentBytes) {
        c.paragraphs.push_back(paragraph(rng));
        for (const QString &s : c.paragraphs.back())
            size += s.size() + 1;
        size += 1;
    }
    return c;
}

/// The text, and the start of every sentence (UTF-16 = code points here: all BMP).
QString compose(const Corpus &c, std::vector<std::vector<qsizetype>> *starts)
{
    QString text;
    text.reserve(DocumentBytes + 4096);
    starts->assign(c.paragraphs.size(), {});
    for (size_t p = 0; p < c.paragraphs.size(); ++p) {
        for (size_t s = 0; s < c.paragraphs[p].size(); ++s) {
            if (s)
                text += QLatin1Char(' ');
            (*starts)[p].push_back(text.size());
            text += c.paragraphs[p][s];
        }
        text += QLatin1String("\n\n");
    }
    return text;
}

struct Target {
    size_t paragraph, sentence;
};

ClaimSetData makeClaims(const Corpus &c, const QString &text, const std::vector<std::vector<qsizetype>> &starts,
                        std::vector<Target> *targets)
{
    QRandomGenerator rng(7);
    ClaimSetData data;
    data.document = {QStringLiteral("big.txt"), QStringLiteral("text/plain"), QString(), codePointLength(text)};
    const QDateTime when(QDate(2026, 11, 29), QTime(2, 0), QTimeZone::UTC);
    std::vector<std::pair<size_t, size_t>> all;
    for (size_t p = 0; p < c.paragraphs.size(); ++p)
        for (size_t s = 0; s < c.paragraphs[p].size(); ++s)
            all.emplace_back(p, s);
    std::shuffle(all.begin(), all.end(), std::mt19937(11));
    for (int i = 0; i < ClaimCount; ++i) {
        const auto [p, s] = all[size_t(i)];
        const qsizetype start = starts[p][s];
        const qsizetype end = start + c.paragraphs[p][s].size() - 1; // without the full stop
        Claim claim;
        claim.id = QUuid::createUuidV5(QUuid(), QString::number(i));
        claim.claimType = i % 3 ? QStringLiteral("quantity") : QStringLiteral("quote-attribution");
        claim.quote = quoteAt(text, start, end);
        claim.start = start;
        claim.end = end;
        claim.status = ClaimStatus(rng.bounded(4));
        claim.notes = QStringLiteral("Checked against the *annual report*, p. %1.").arg(i);
        claim.created = claim.modified = when;
        claim.createdBy = QStringLiteral("bench");
        claim.history = {{when, QStringLiteral("bench"), QStringLiteral("created"), QJsonValue(), claim.claimType}};
        data.claims.append(claim);
        targets->push_back({p, s});
    }
    return data;
}

/// 2% of the sentences copy-edited (a word replaced or inserted) and a paragraph inserted every 50.
Corpus copyEdit(const Corpus &c, std::vector<std::vector<bool>> *edited, std::vector<size_t> *newIndex)
{
    QRandomGenerator rng(99);
    const QStringList &words = vocabulary();
    Corpus out;
    edited->assign(c.paragraphs.size(), {});
    newIndex->assign(c.paragraphs.size(), 0);
    for (size_t p = 0; p < c.paragraphs.size(); ++p) {
        if (p % 50 == 25)
            out.paragraphs.push_back(paragraph(rng));
        std::vector<QString> para = c.paragraphs[p];
        (*edited)[p].assign(para.size(), false);
        for (size_t s = 0; s < para.size(); ++s) {
            if (rng.bounded(50) != 0)
                continue;
            QStringList w = para[s].split(QLatin1Char(' '));
            const qsizetype k = 1 + rng.bounded(w.size() - 1);
            if (rng.bounded(2))
                w[k] = words.at(rng.bounded(words.size())); // a word changed
            else
                w.insert(k, QStringLiteral("reportedly")); // a word added
            para[s] = w.join(QLatin1Char(' '));
            if (!para[s].endsWith(QLatin1Char('.')))
                para[s] += QLatin1Char('.');
            (*edited)[p][s] = true;
        }
        (*newIndex)[p] = out.paragraphs.size();
        out.paragraphs.push_back(para);
    }
    return out;
}

template<typename F>
double medianMs(int runs, F &&f)
{
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        t.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    const QByteArray b = text.toUtf8();
    return f.open(QIODevice::WriteOnly) && f.write(b) == b.size();
}

struct LoadResult {
    AnchorSummary summary;
    QList<Claim> claims;
    QList<AnchorResult> results;
};

LoadResult loadAndAnchor(const QString &sidecar, const QString &document)
{
    LoadResult r;
    QFile f(document);
    if (!f.open(QIODevice::ReadOnly))
        return r;
    const QString text = decodeText(f.readAll()).text;
    Sidecar::ReadResult read = Sidecar::read(sidecar);
    r.claims = read.data.claims;
    r.results = reanchor(text, r.claims);
    r.summary = summarize(r.results);
    return r;
}

// --- crash safety -------------------------------------------------------------------------------------------

ClaimSetData crashSet(int generation)
{
    ClaimSetData data;
    data.reviewers = {QStringLiteral("generation %1").arg(generation)};
    for (int i = 0; i < 600; ++i) {
        Claim c;
        c.id = QUuid::createUuidV5(QUuid(), QString::number(i));
        c.claimType = QStringLiteral("quantity");
        c.start = i * 100;
        c.end = c.start + 50;
        c.quote.exact = QStringLiteral("generation %1 claim %2 \u00a3%3m").arg(generation).arg(i).arg(i * 3);
        c.notes = QString(200, QLatin1Char('n'));
        data.claims.append(c);
    }
    return data;
}

int crashChild(const char *path)
{
    const ClaimSetData sets[2] = {crashSet(1), crashSet(2)};
    std::printf("ready\n");
    std::fflush(stdout);
    for (unsigned i = 1;; ++i) {
        if (Sidecar::write(QString::fromLocal8Bit(path), sets[i % 2]).isValid())
            return 1;
        std::printf("saved\n"); // so that the parent can also kill after whole saves, whatever the machine's speed
        std::fflush(stdout);
    }
}

struct CrashResult {
    int iterations = 0, intact = 0, leftovers = 0;
};

CrashResult crashStress(int iterations)
{
    CrashResult r;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.claims.json"));
    const ClaimSetData a = crashSet(1), b = crashSet(2);
    const QByteArray bytesA = Sidecar::serialize(a), bytesB = Sidecar::serialize(b);
    Sidecar::write(path, a);
    QRandomGenerator rng(5);
    for (int i = 0; i < iterations; ++i) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--crash-child"), path});
        if (!child.waitForStarted())
            continue;
        const int saves = int(rng.bounded(3)); // let 0, 1 or 2 saves complete, then kill during the next one
        QByteArray said;
        while (said.count('\n') < 1 + saves && child.waitForReadyRead(30000))
            said += child.readAll();
        QThread::usleep(rng.bounded(1, 20000));
        ::kill(pid_t(child.processId()), SIGKILL);
        child.waitForFinished(30000);
        ++r.iterations;
        QFile f(path);
        const QByteArray disk = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        f.close();
        r.leftovers += QDir(dir.path()).entryList(QDir::Files).size() > 1;
        const Sidecar::ReadResult read = Sidecar::read(path);
        const bool clean = QDir(dir.path()).entryList(QDir::Files).size() == 1;
        if ((disk == bytesA || disk == bytesB) && read.ok() && (read.data == a || read.data == b) && clean)
            ++r.intact;
    }
    return r;
}

// The claim set following `Edits` single-character inserts, each inside one of 20,000 claims (the quote follows, a
// history entry), reading the text after each edit through a slice as the editor does. Only applyTextEdit() is
// timed (not updating the QString). Mean µs per edit.
double followInsideClaims(QString doc)
{
    constexpr int Claims = 20'000, Edits = 1000;
    const CodePointIndex index(doc);
    ClaimSetData data;
    for (int i = 0; i < Claims; ++i) {
        qsizetype s = qsizetype(i) * (doc.size() / Claims);
        if (doc.at(s).isLowSurrogate())
            ++s;
        Claim c;
        c.id = QUuid::createUuidV5(QUuid(), QString::number(i));
        c.claimType = QStringLiteral("quantity");
        c.start = index.toCodePoints(s);
        c.end = index.toCodePoints(std::min(s + 80, doc.size()));
        c.quote.exact = doc.sliced(s, toUtf16(doc.sliced(s), c.end - c.start));
        data.claims.append(c);
    }
    ClaimSet set;
    set.setData(data);
    set.attachText(doc);
    QRandomGenerator rng(9);
    const ClaimSet::TextSlice slice = [&doc](qsizetype from, qsizetype to) {
        from = std::min(from, doc.size());
        return doc.sliced(from, std::min(to, doc.size()) - from);
    };
    qint64 ns = 0;
    for (int k = 0; k < Edits; ++k) {
        const Anchor a = set.anchor(data.claims.at(rng.bounded(Claims)).id);
        qsizetype p = a.start() + 1 + rng.bounded(60);
        if (doc.at(p).isLowSurrogate())
            ++p;
        doc.insert(p, QLatin1Char('x'));
        QElapsedTimer timer;
        timer.start();
        set.applyTextEdit(TextEdit{p, 0, 1}, slice);
        ns += timer.nsecsElapsed();
    }
    return double(ns) / 1e3 / Edits;
}

// A W3C import of `count` annotations spread over `doc`, each with only a TextPositionSelector (code points) and
// an empty TextQuoteSelector, as a position-only export gives them: the importer takes every quote from the
// document. Returns the median time of 3 and, in *ok, whether every annotation came in with its quote.
double w3cImport(const QString &doc, int count, qint64 *fileBytes, bool *ok)
{
    const CodePointIndex index(doc);
    const qsizetype length = index.codePointLength();
    ClaimSetData data;
    data.document.fileName = QStringLiteral("big.txt");
    const QDateTime when(QDate(2026, 11, 29), QTime(2, 0), QTimeZone::UTC);
    QRandomGenerator rng(21);
    for (int i = 0; i < count; ++i) {
        Claim c;
        c.id = QUuid::createUuidV5(QUuid(), QString::number(i));
        c.claimType = QStringLiteral("quantity");
        c.start = qsizetype(rng.bounded(quint64(length - 200)));
        c.end = c.start + 20 + qsizetype(rng.bounded(150));
        c.notes = QStringLiteral("Checked, p. %1.").arg(i);
        c.created = c.modified = when;
        c.createdBy = QStringLiteral("bench");
        data.claims.append(c);
    }
    // As other tools write them: plain W3C, without Claimbench's extension (docs/w3c.md).
    W3c::ExportOptions options;
    options.includeClaimbench = false;
    const QByteArray bytes = W3c::exportCollection(data, options);
    *fileBytes = bytes.size();
    W3c::ImportResult r;
    const double ms = medianMs(3, [&] { r = W3c::importAnnotations(bytes, QStringLiteral("big.w3c.json"), doc); });
    *ok = r.ok() && r.data.claims.size() == count
          && std::all_of(r.data.claims.cbegin(), r.data.claims.cend(), [&](const Claim &c) {
                 const qsizetype s = index.toUtf16(c.start);
                 return !c.quote.exact.isEmpty() && c.quote.exact == doc.sliced(s, index.toUtf16(c.end) - s);
             });
    return ms;
}

const char *verdict(bool pass)
{
    return pass ? "PASS" : "MISS";
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--crash-child") == 0)
        return crashChild(argv[2]);
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;

    // Generated data.
    const Corpus corpus = generateCorpus();
    std::vector<std::vector<qsizetype>> starts;
    const QString text = compose(corpus, &starts);
    std::vector<Target> targets;
    const ClaimSetData data = makeClaims(corpus, text, starts, &targets);
    const QString docPath = dir.filePath(QStringLiteral("big.txt"));
    const QString sidecarPath = Sidecar::pathFor(docPath);
    writeFile(docPath, text);
    Sidecar::write(sidecarPath, data);
    if (qEnvironmentVariableIsSet("CLAIMBENCH_BENCH_DUMP")) {
        const QString out = qEnvironmentVariable("CLAIMBENCH_BENCH_DUMP");
        QFile::copy(sidecarPath, out + QLatin1String("/big.txt.claims.json"));
        QFile::copy(docPath, out + QLatin1String("/big.txt"));
    }

    std::vector<std::vector<bool>> edited;
    std::vector<size_t> newIndex;
    const Corpus editedCorpus = copyEdit(corpus, &edited, &newIndex);
    std::vector<std::vector<qsizetype>> editedStarts;
    const QString editedText = compose(editedCorpus, &editedStarts);
    const QString editedPath = dir.filePath(QStringLiteral("edited.txt"));
    writeFile(editedPath, editedText);

    // 1. Unchanged document.
    LoadResult unchanged;
    const double unchangedMs = medianMs(5, [&] { unchanged = loadAndAnchor(sidecarPath, docPath); });
    const bool unchangedAll = unchanged.summary.exact == ClaimCount;

    // 2. Copy-edited document: every claim found, and found where it went.
    LoadResult changed;
    const double changedMs = medianMs(3, [&] { changed = loadAndAnchor(sidecarPath, editedPath); });
    int rightPlace = 0, editedClaims = 0;
    QHash<QUuid, size_t> creationIndex;
    for (qsizetype i = 0; i < data.claims.size(); ++i)
        creationIndex.insert(data.claims.at(i).id, size_t(i));
    for (qsizetype i = 0; i < changed.claims.size(); ++i) {
        const Target t = targets[creationIndex.value(changed.claims.at(i).id)];
        const qsizetype expected = editedStarts[newIndex[t.paragraph]][t.sentence];
        editedClaims += edited[t.paragraph][t.sentence];
        if (changed.results.at(i).start == expected)
            ++rightPlace;
        else if (qEnvironmentVariableIsSet("CLAIMBENCH_BENCH_DEBUG"))
            std::fprintf(stderr, "%s at %lld, expected %lld: '%s' for '%s'\n",
                         qPrintable(anchorStateToString(changed.results.at(i).state)),
                         qint64(changed.results.at(i).start), qint64(expected),
                         qPrintable(editedText.mid(toUtf16(editedText, changed.results.at(i).start),
                                                   changed.results.at(i).end - changed.results.at(i).start)),
                         qPrintable(changed.claims.at(i).quote.exact));
    }
    const bool changedAll = changed.summary.orphan == 0 && rightPlace == ClaimCount;

    // 3. Save.
    const QString savePath = dir.filePath(QStringLiteral("save.claims.json"));
    const double saveMs = medianMs(5, [&] { Sidecar::write(savePath, data); });
    const qint64 savedBytes = QFileInfo(savePath).size();

    // 4. One keystroke over 20,000 live anchors.
    QRandomGenerator rng(3);
    constexpr int Anchors = 20'000, Keystrokes = 1000;
    std::vector<qsizetype> positions;
    for (int i = 0; i < Keystrokes; ++i)
        positions.push_back(qsizetype(rng.bounded(quint64(text.size()))));
    QList<Anchor> anchors;
    for (int i = 0; i < Anchors; ++i) {
        const qsizetype s = qsizetype(i) * (text.size() / Anchors);
        anchors.append(Anchor(s, s + 80, Anchor::ExpandRight));
    }
    double keystrokeUs = -1;
    {
        AnchorStore store;
        QList<AnchorStore::Entry> entries;
        for (int i = 0; i < Anchors; ++i)
            entries.append({QUuid::createUuidV5(QUuid(), QString::number(i)), anchors.at(i)});
        store.reset(entries);
        QElapsedTimer timer;
        timer.start();
        for (const qsizetype p : positions)
            store.applyEdit(TextEdit{p, 0, 1});
        keystrokeUs = double(timer.nsecsElapsed()) / 1e3 / Keystrokes;
    }
    // For comparison: transform() on every anchor, as a plain list would.
    QElapsedTimer naiveTimer;
    naiveTimer.start();
    qsizetype checksum = 0;
    for (int k = 0; k < 100; ++k) {
        const TextEdit e{positions[size_t(k)], 0, 1};
        for (Anchor &a : anchors)
            a = transform(a, e);
        checksum += anchors.at(Anchors / 2).start();
    }
    const double naiveUs = double(naiveTimer.nsecsElapsed()) / 1e3 / 100;

    // 4b. The claim set following inserts inside claims: the cost must not grow with the text (0.5 MB against
    //     5 MB), also with characters outside the BMP (an emoji every 1,000 units, whose surrogate pairs it follows).
    const double followSmallUs = followInsideClaims(text.first(text.size() / 10));
    const double followUs = followInsideClaims(text);
    QString emojiText = text;
    for (qsizetype i = 1000; i < emojiText.size(); i += 1000)
        emojiText.replace(i, 2, QStringLiteral("\U0001F600"));
    const double followEmojiUs = followInsideClaims(emojiText);

    // 4c. W3C import: 100,000 annotations on the 5 MB text with emoji, quotes taken from the document.
    constexpr int W3cAnnotations = 100'000;
    qint64 w3cBytes = 0;
    bool w3cOk = false;
    const double w3cMs = w3cImport(emojiText, W3cAnnotations, &w3cBytes, &w3cOk);

    // 5. Crash safety.
    const int crashIterations = qEnvironmentVariableIsSet("CLAIMBENCH_CRASH_ITERATIONS")
        ? qEnvironmentVariableIntValue("CLAIMBENCH_CRASH_ITERATIONS")
        : 1000;
    const CrashResult crash = crashStress(crashIterations);

    std::printf("## Annotation core (claims, sidecar, re-anchoring)\n\n");
    std::printf("Generated data: a %.1f MB plain-text document (%zu paragraphs), %d claims (one sentence each), "
                "sidecar %.1f MB. Copy-edited: %d claimed sentences changed (2%% of all sentences) and a paragraph "
                "inserted every 50.\n\n",
                double(text.toUtf8().size()) / 1e6, corpus.paragraphs.size(), ClaimCount,
                double(savedBytes) / 1e6, editedClaims);
    std::printf("| measure | measured | goal | |\n|---|---|---|---|\n");
    std::printf("| load + anchor %d claims, unchanged 5 MB document (median of 5) | %.0f ms (%d exact) | < 150 ms, all exact | %s |\n",
                ClaimCount, unchangedMs, unchanged.summary.exact, verdict(unchangedMs < 150 && unchangedAll));
    std::printf("| load + anchor after 2%% copy-edits + inserted paragraphs (median of 3) | %.0f ms (%d exact, %d moved, "
                "%d fuzzy, %d orphan; %d/%d at the right place) | < 1 s, every claim found | %s |\n",
                changedMs, changed.summary.exact, changed.summary.moved, changed.summary.fuzzy, changed.summary.orphan,
                rightPlace, ClaimCount, verdict(changedMs < 1000 && changedAll));
    std::printf("| save %d claims (atomic, median of 5) | %.0f ms | < 100 ms | %s |\n", ClaimCount, saveMs,
                verdict(saveMs < 100));
    std::printf("| one keystroke's transform over %d live anchors (AnchorStore, mean of %d) | %.2f \u00b5s | \u2264 2 \u00b5s | %s |\n",
                Anchors, Keystrokes, keystrokeUs, verdict(keystrokeUs <= 2.0));
    std::printf("| for comparison: transform() on all %d anchors per keystroke | %.1f \u00b5s | (informational) | |\n",
                Anchors, naiveUs);
    std::printf("| claim set: an insert inside one of 20000 claims (quote follows, history), %.1f MB text (mean of 1000) "
                "| %.2f \u00b5s | (informational) | |\n", double(text.size()) / 1e6, followUs);
    std::printf("| …the same on the first %.1f MB of it (claims 10\u00d7 denser, so more of them touched per edit) | %.2f \u00b5s | (informational) | |\n",
                double(text.size() / 10) / 1e6, followSmallUs);
    std::printf("| …on the %.1f MB text with an emoji every 1000 UTF-16 units | %.2f \u00b5s | (informational) | |\n",
                double(emojiText.size()) / 1e6, followEmojiUs);
    std::printf("| W3C import of %d annotations (%.0f MB; position selectors only, each quote taken from the %.1f MB "
                "document with an emoji every 1000 UTF-16 units; median of 3) | %.0f ms (%s) | \u2264 3 s, every quote right | %s |\n",
                W3cAnnotations, double(w3cBytes) / 1e6, double(emojiText.size()) / 1e6, w3cMs,
                w3cOk ? "every quote right" : "WRONG QUOTES", verdict(w3cMs <= 3000 && w3cOk));
    std::printf("| SIGKILL during saves: file intact (old or new set) and no temporary file after the next open | %d/%d "
                "(%d kills left a temporary file) | %d/%d | %s |\n",
                crash.intact, crash.iterations, crash.leftovers, crashIterations, crashIterations,
                verdict(crash.intact == crashIterations && crash.iterations == crashIterations && crashIterations >= 1000));
    double load[3] = {0, 0, 0};
    if (QFile f(QStringLiteral("/proc/loadavg")); f.open(QIODevice::ReadOnly))
        std::sscanf(f.readAll().constData(), "%lf %lf %lf", &load[0], &load[1], &load[2]);
    std::printf("\nTimes are wall-clock on a shared machine; the load average during the run was %.1f (on %d cores).\n\n",
                load[0], QThread::idealThreadCount());
    return checksum < 0 ? 1 : 0;
}
