// SPDX-License-Identifier: GPL-2.0-or-later
#include "desk.h"
#include "desklearning.h"

#include "atomicfile.h"
#include "review.h"
#include "sidecar.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <map>

namespace Claimbench::CheckWorthy {

QList<Example> articleDecisions(const QString &text, const ClaimSetData &data)
{
    const std::shared_ptr<const Cues::Analysis> analysis = Cues::analyse(text, Cancellation());
    if (!analysis)
        return {};
    // The sentence holding UTF-16 offset `at`: the last one starting at or before it.
    auto sentenceAt = [&](qsizetype at) -> int {
        const auto &sentences = analysis->sentences;
        auto it = std::upper_bound(sentences.cbegin(), sentences.cend(), at,
                                   [](qsizetype v, const Cues::SentenceInfo &s) { return v < s.start; });
        if (it == sentences.cbegin())
            return -1;
        --it;
        return at < it->end ? int(it - sentences.cbegin()) : -1;
    };
    std::map<int, bool> labels; // sentence → positive; in text order
    const CodePointIndex index(text);
    for (const Claim &c : data.claims) {
        if (c.isOrphan())
            continue;
        const qsizetype start = index.toUtf16(c.start);
        const int s = start < 0 ? -1 : sentenceAt(start);
        if (s < 0)
            continue;
        const bool positive = c.status != ClaimStatus::Dismissed;
        labels[s] = labels.count(s) ? (labels[s] || positive) : positive;
    }
    for (const DismissedSuggestion &d : data.dismissed) {
        if (d.quote.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(d.quote); at >= 0; at = text.indexOf(d.quote, at + 1)) {
            const int s = sentenceAt(at);
            if (s >= 0 && !labels.count(s))
                labels[s] = false;
        }
    }
    QList<Example> out;
    for (const auto &[s, positive] : labels) {
        const Cues::SentenceInfo &info = analysis->sentences[std::size_t(s)];
        out << Example{text.mid(info.start, info.end - info.start), positive};
    }
    return out;
}

DeskDecisions deskDecisions(const QString &deskDir, const Cancellation &cancel, const DeskProgress &progress)
{
    DeskDecisions out;
    // The desk's articles as the desk index and `desk status` see them (annotations/desk.h).
    QStringList sidecars;
    for (const DeskArticle &a : findDeskArticles(deskDir))
        sidecars << a.sidecarPath;
    sidecars.sort(); // the same examples in the same order on every machine
    const QString suffix = QStringLiteral(".claims.json");
    const int total = int(sidecars.size()) + 1; // and the training
    int done = 0;
    for (const QString &sidecar : std::as_const(sidecars)) {
        if (cancel.isCancelled())
            break;
        if (progress && done > 0)
            progress(done, total); // the previous article is done
        ++done;
        ReviewLoadOptions options;
        options.sidecarPath = sidecar;
        options.sidecar = ReviewLoadOptions::SidecarMode::Required;
        const LoadedReview review = loadReview(sidecar.chopped(suffix.size()), options);
        if (!review.ok() || !review.documentRead) {
            out.skipped << (review.errors.isEmpty() ? LocatedError{sidecar, 0, 0, QStringLiteral("cannot read")} : review.errors.first());
            continue;
        }
        out.articles += 1;
        out.examples << articleDecisions(review.document.text, review.data);
    }
    if (progress && !cancel.isCancelled())
        progress(done, total);
    return out;
}

Settings deskSettings()
{
    Settings s;
    // Small steps and a strong pull towards the shipped weights: a desk's hundred decisions should adjust the
    // words they are about, not re-weigh the language (the first settings tried, 10 epochs at 0.1 with L2 0.01,
    // halved precision in the simulated desk of `tools/bench detection_bench`).
    s.epochs = 5;
    s.learningRate = 0.01;
    s.l2 = 0.1;
    s.seed = 16;
    return s;
}

DeskTraining trainDeskFolder(const QString &deskDir, const Model &base, const Cancellation &cancel, const DeskProgress &progress)
{
    DeskTraining t;
    t.path = deskModelPath(deskDir);
    if (!base.isValid()) {
        t.error = {t.path, 0, 0, QStringLiteral("no shipped model to train on")};
        return t;
    }
    t.decisions = deskDecisions(deskDir, cancel, progress);
    auto cancelled = [&] {
        t.cancelled = true;
        t.error = {deskDir, 0, 0, QStringLiteral("cancelled; nothing written")};
        t.model = DeskModel();
        return t;
    };
    if (cancel.isCancelled())
        return cancelled();
    if (t.decisions.examples.isEmpty()) {
        t.error = {deskDir, 0, 0, QStringLiteral("no decisions to learn from (no claims or dismissed suggestions in the desk's sidecars)")};
        return t;
    }
    trainDesk(base, t.decisions.examples, deskSettings(), &t.model);
    if (cancel.isCancelled())
        return cancelled();
    if (!QDir().mkpath(QFileInfo(t.path).absolutePath())) {
        t.error = {t.path, 0, 0, QStringLiteral("cannot create the folder")};
        t.model = DeskModel();
        return t;
    }
    const LocatedError written = writeFileAtomically(t.path, t.model.toBytes());
    if (written.isValid()) {
        t.error = written;
        t.model = DeskModel();
    } else if (progress) {
        const int total = t.decisions.articles + int(t.decisions.skipped.size()) + 1;
        progress(total, total);
    }
    return t;
}

QString useDeskModelFor(const QString &documentPath)
{
    static const QString initial = qEnvironmentVariable(DeskVariable);
    QString desk = deskDirOf(documentPath);
    if (desk.isEmpty())
        desk = initial;
    if (desk.isEmpty())
        qunsetenv(DeskVariable);
    else
        qputenv(DeskVariable, QFile::encodeName(desk));
    return desk;
}

} // namespace Claimbench::CheckWorthy
