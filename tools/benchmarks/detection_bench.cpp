// SPDX-License-Identifier: GPL-2.0-or-later
// Claim detection: quality on the CLEF 2024 CheckThat! check-worthiness dev set (read from ../shared, never
// copied into the repository) of the trained detector, of the rules and of both; the trained model's
// reliability table on dev; a simulated desk (learning from half of the articles' decisions); the hand-marked
// claims of the sample article; throughput of all built-in detectors together on a 10 MB document.
//
//   detection_bench [--verbose]   (--verbose lists false positives and misses on stderr, for tuning the cues)
#include "checkworthydata.h"
#include "cues.h"
#include "desklearning.h"
#include "pluginmanager.h"
#include "review.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTextStream>

#include <algorithm>
#include <map>
#include <cstdio>
#include <ctime>
#include <tuple>

using namespace Claimbench;

namespace {

// CPU time of this thread: the detectors run on one core, and other processes on a shared machine do not
// count against them.
qint64 threadNanoseconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

QString goal(bool pass)
{
    return pass ? QStringLiteral("PASS") : QStringLiteral("MISS");
}

QString f3(double v)
{
    return QString::number(v, 'f', 3);
}

const QString TrainedId = QStringLiteral("check-worthy");

// The trained model's probabilities for each sentence, as the trainer computes them (the whole item).
std::vector<double> probabilities(const CheckWorthy::Model &m, const QList<CheckWorthy::Example> &items)
{
    std::vector<double> p;
    for (const CheckWorthy::Example &e : items)
        p.push_back(m.score(e.text));
    return p;
}

CheckWorthy::Scores scoresAt(const std::vector<double> &p, const std::vector<bool> &labels, double threshold)
{
    std::vector<bool> predicted;
    for (const double v : p)
        predicted.push_back(v >= threshold);
    return CheckWorthy::scores(predicted, labels);
}

// How the built-in detectors could combine, chosen on dev (docs/detection.md, "Combining the detectors"): the
// model's calibrated probability of each suggestion's sentence gates the rules' suggestions (p ≥ gate) and its
// own (p ≥ threshold); at most one suggestion per sentence (a rule's, which names the type, else the model's).
struct Scored {
    qsizetype start = 0;
    qsizetype end = 0;
    bool trained = false;
    double confidence = 0;
    int sentence = -1;
    double p = 0;
};

std::vector<Scored> scoreSuggestions(const QString &text, const QList<PluginSuggestion> &found)
{
    std::vector<Scored> out;
    const std::shared_ptr<const Cues::Analysis> a = Cues::analyse(text, Cancellation());
    const std::shared_ptr<const CheckWorthy::Model> model = CheckWorthy::activeModel();
    if (!a || !model->isValid())
        return out;
    for (const PluginSuggestion &ps : found) {
        const auto it = std::upper_bound(a->sentences.cbegin(), a->sentences.cend(), ps.suggestion.start,
                                         [](qsizetype v, const Cues::SentenceInfo &s) { return v < s.start; });
        const int k = it == a->sentences.cbegin() ? -1 : int(it - a->sentences.cbegin()) - 1;
        double p = 0;
        if (k >= 0) {
            const Cues::SentenceInfo &info = a->sentences[std::size_t(k)];
            Cues::Sentence s;
            s.text = text;
            s.start = info.start;
            s.end = info.end;
            s.tokens = std::span<const Cues::Token>(a->tokens.data() + info.firstToken, info.tokenCount);
            s.stance = info.stance;
            p = model->probability(model->margin(s));
        }
        out.push_back({ps.suggestion.start, ps.suggestion.end, ps.pluginId == TrainedId, ps.suggestion.confidence, k, p});
    }
    return out;
}

std::vector<Scored> combined(const std::vector<Scored> &all, double gate, double threshold)
{
    std::map<int, Scored> best; // sentence → its one suggestion
    for (const Scored &s : all) {
        if (s.p < (s.trained ? threshold : gate))
            continue;
        auto [it, fresh] = best.try_emplace(s.sentence, s);
        const Scored &b = it->second;
        if (!fresh && ((b.trained && !s.trained) || (b.trained == s.trained && s.confidence > b.confidence)))
            it->second = s;
    }
    std::vector<Scored> out;
    for (const auto &[k, s] : best)
        out.push_back(s);
    return out;
}

// A desk simulated from the dev split: its sentences in file order (debate by debate) cut into "articles" of 50;
// the desk decided on every other article (check-worthy sentences marked as claims, the detector's suggestions
// in the others dismissed), the desk model learns from those decisions, and both models are measured on the
// articles the desk never saw. Then the halves swap.
void deskSimulation(QTextStream &out, const QList<CheckWorthy::Example> &items)
{
    using namespace CheckWorthy;
    const Model &shipped = Model::shipped();
    if (!shipped.isValid())
        return;
    constexpr int ArticleSize = 50;
    out << "Learning from the desk, simulated: the dev sentences in file order cut into articles of " << ArticleSize
        << "; the desk's decisions on one half of the articles (every check-worthy sentence marked, every other "
           "suggested sentence dismissed) train a desk model on top of the shipped one (desklearning.h's settings), "
           "measured on the other half (the shipped model never saw dev; nothing here changes it).\n\n";
    out << "| trained on | measured on | model | precision | recall | F1 |\n|---|---|---|---|---|---|\n";
    for (int half = 0; half < 2; ++half) {
        QList<Example> decisions, heldOut;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const bool learn = (i / ArticleSize) % 2 == half;
            if (!learn) {
                heldOut << items[i];
                continue;
            }
            if (items[i].positive)
                decisions << items[i];
            else if (shipped.score(items[i].text) >= shipped.threshold())
                decisions << items[i]; // a suggestion the desk dismissed
        }
        const Model desk = trainDesk(shipped, decisions, deskSettings());
        std::vector<bool> labels;
        for (const Example &e : heldOut)
            labels.push_back(e.positive);
        const QString on = half == 0 ? QStringLiteral("even articles") : QStringLiteral("odd articles");
        const QString measured = half == 0 ? QStringLiteral("odd articles") : QStringLiteral("even articles");
        for (const auto &[name, model] : {std::pair<QString, const Model *>{QStringLiteral("shipped"), &shipped},
                                          {QStringLiteral("shipped + desk"), &desk}}) {
            const Scores s = scoresAt(probabilities(*model, heldOut), labels, shipped.threshold());
            out << "| " << on << " (" << decisions.size() << " decisions) | " << measured << " (" << heldOut.size()
                << ") | " << name << " | " << f3(s.precision()) << " | " << f3(s.recall()) << " | " << f3(s.f1()) << " |\n";
        }
    }
    out << "\n";
}

// The hand-marked claims of the sample article against the suggestions: a claim is found when a suggestion
// overlaps it, a suggestion is right when it overlaps a claim.
void sampleArticle(QTextStream &out, const PluginManager &manager, std::pair<double, double> chosen)
{
    const LoadedReview review = loadReview(QStringLiteral(CLAIMBENCH_SOURCE_DIR "/examples/essex-jiangsu.txt"));
    if (!review.ok())
        return;
    const QString &text = review.document.text;
    const CodePointIndex index(text);
    QList<QPair<qsizetype, qsizetype>> claims;
    for (const Claim &c : review.data.claims)
        if (!c.isOrphan() && c.status != ClaimStatus::Dismissed)
            claims << qMakePair(index.toUtf16(c.start), index.toUtf16(c.end));
    const QList<PluginSuggestion> found = manager.detect(text);
    out << "The sample article (examples/essex-jiangsu.txt) against its " << claims.size()
        << " hand-marked claims: a claim is found when a suggestion overlaps it; a suggestion is right when it overlaps "
           "a claim.\n\n";
    out << "| detectors | suggestions | right | claims found | precision | recall | goal | result |\n"
           "|---|---|---|---|---|---|---|---|\n";
    QList<PluginSuggestion> trainedOnly, rulesOnly;
    for (const PluginSuggestion &ps : found)
        (ps.pluginId == TrainedId ? trainedOnly : rulesOnly) << ps;
    // The goal's row is what the workbench shows: one suggestion per passage (PluginManager::combine()).
    const QList<std::tuple<QString, QList<PluginSuggestion>, bool>> groups = {
        {QStringLiteral("trained detector"), trainedOnly, false},
        {QStringLiteral("rules"), rulesOnly, false},
        {QStringLiteral("all built-in, every detector's suggestion (overlapping)"), found, false},
        {QStringLiteral("all built-in, as shown (one per passage)"), manager.combine(found), true}};
    for (const auto &[name, list, isGoal] : groups) {
        int right = 0;
        QList<bool> hit(claims.size(), false);
        for (const PluginSuggestion &ps : list) {
            bool overlaps = false;
            for (qsizetype k = 0; k < claims.size(); ++k) {
                if (ps.suggestion.start < claims[k].second && claims[k].first < ps.suggestion.end) {
                    overlaps = true;
                    hit[k] = true;
                }
            }
            right += overlaps;
        }
        const int suggestions = int(list.size());
        const int recalled = int(hit.count(true));
        const double precision = suggestions ? double(right) / suggestions : 0.0;
        const double recall = claims.isEmpty() ? 0.0 : double(recalled) / claims.size();
        out << "| " << name << " | " << suggestions << " | " << right << " | " << recalled << " | " << f3(precision)
            << " | " << f3(recall) << " | " << (isGoal ? QStringLiteral("P ≥ 0.70, R ≥ 0.85") : QStringLiteral("—"))
            << " | " << (isGoal ? goal(precision >= 0.70 && recall >= 0.85) : QStringLiteral("—")) << " |\n";
    }
    if (chosen.first >= 0) {
        const std::vector<Scored> one = combined(scoreSuggestions(text, found), chosen.first, chosen.second);
        int right = 0;
        QList<bool> hit(claims.size(), false);
        for (const Scored &s : one) {
            bool overlaps = false;
            for (qsizetype k = 0; k < claims.size(); ++k) {
                if (s.start < claims[k].second && claims[k].first < s.end) {
                    overlaps = true;
                    hit[k] = true;
                }
            }
            right += overlaps;
        }
        const int n = int(one.size());
        const double precision = n ? double(right) / n : 0.0;
        const double recall = claims.isEmpty() ? 0.0 : double(hit.count(true)) / claims.size();
        // Not what the workbench does: on the article the model's low probabilities gate away most claims.
        out << "| not used: the rules gated by the model's probability (best on dev: gate " << chosen.first
            << ", threshold " << chosen.second << ", one per sentence) | " << n << " | " << right << " | "
            << hit.count(true) << " | " << f3(precision) << " | " << f3(recall) << " | — | — |\n";
    }
    out << "\n";
}

// News sentences in one script, "{n}" where a number goes, and the script's zero digit.
struct Script {
    const char *name;
    char16_t zero;
    QStringList sentences;
};

QList<Script> scripts()
{
    using namespace Qt::StringLiterals;
    return {
        {"English", u'0',
         {u"Unemployment rose to {n} percent last year, the statistics office said."_s,
          u"The government announced that {n} thousand new jobs had been created."_s,
          u"The ministry said the population had reached {n} million people."_s,
          u"Inflation fell by {n}% in the second quarter."_s}},
        {"Arabic", 0x0660,
         {u"ارتفع معدل البطالة إلى {n} في المئة العام الماضي، بحسب مكتب الإحصاء."_s,
          u"أعلنت الحكومة أنه تم توفير {n} ألف وظيفة جديدة."_s,
          u"وقالت الوزارة إن عدد السكان بلغ {n} مليون نسمة."_s,
          u"انخفض التضخم بنسبة {n}٪ في الربع الثاني."_s}},
        {"Persian", 0x06F0,
         {u"به گفته مرکز آمار، نرخ بیکاری در سال گذشته به {n} درصد رسید."_s,
          u"دولت اعلام کرد که {n} هزار شغل جدید ایجاد شده است."_s,
          u"وزارت کشور گفت جمعیت کشور به {n} میلیون نفر رسید."_s,
          u"تورم در فصل دوم {n}٪ کاهش یافت."_s}},
        {"Hindi", 0x0966,
         {u"सांख्यिकी कार्यालय ने कहा कि पिछले साल बेरोज़गारी दर {n} प्रतिशत तक पहुँच गई।"_s,
          u"सरकार ने घोषणा की कि {n} हज़ार नई नौकरियाँ पैदा हुई हैं।"_s,
          u"मंत्रालय ने कहा कि जनसंख्या {n} लाख तक पहुँच गई।"_s,
          u"दूसरी तिमाही में महंगाई {n}% घटी।"_s}},
        {"Chinese (full-width digits)", 0xFF10,
         {u"国家统计局表示，去年失业率上升到{n}％。"_s,
          u"政府宣布新增就业岗位{n}万个。"_s,
          u"该部表示，全市人口达到{n}万人。"_s,
          u"第二季度通货膨胀率下降了{n}％。"_s}},
    };
}

// `n` in the digits starting at `zero`.
QString digits(int n, char16_t zero)
{
    QString out = QString::number(n);
    for (QChar &c : out)
        c = QChar(char16_t(zero + (c.unicode() - u'0')));
    return out;
}

// About `bytes` of UTF-8: the sentences of `from` in turn with varying numbers, five to a paragraph.
QString generate(const QList<Script> &from, qsizetype bytes)
{
    QString text;
    qsizetype size = 0;
    for (int i = 0; size < bytes; ++i) {
        const Script &script = from.at(i % from.size());
        const QString sentence = script.sentences.at((i / from.size()) % script.sentences.size());
        const QString line = QString(sentence).replace(QStringLiteral("{n}"), digits(3 + (i * 37) % 997, script.zero))
                             + (i % 5 == 4 ? u'\n' : u' ');
        size += line.toUtf8().size();
        text += line;
    }
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool verbose = app.arguments().contains(QLatin1String("--verbose"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    PluginManager manager;
    manager.setIsolation(PluginManager::Isolation::InProcess); // the detectors' own cost (this thread's CPU time)
    manager.setSearchPaths({QStringLiteral(CLAIMBENCH_PLUGIN_DIR)});
    manager.loadPlugins();
    QStringList detectors;
    for (const PluginRecord &r : manager.plugins())
        if (r.state == PluginRecord::Running && r.hasDetector)
            detectors << r.id;

    out << "## Claim detection\n\n";
    out << "Built-in detectors: " << detectors.join(QStringLiteral(", ")) << ".\n\n";
    for (const QString &e : manager.errors())
        out << "Plugin error: " << e << "\n\n";

    std::pair<double, double> chosen{-1.0, 1.0}; // the combination's gate and threshold, chosen on dev
    // --- Quality ---------------------------------------------------------------------------------------
    const QString dataset = QStringLiteral(CLAIMBENCH_SOURCE_DIR "/../shared/benchmarks/checkworthiness/ct24-english-dev.tsv");
    QString datasetError;
    const QList<CheckWorthy::Example> items = CheckWorthy::readCheckThat(dataset, &datasetError);
    if (items.isEmpty()) {
        out << "Quality: skipped, `" << QFileInfo(dataset).fileName() << "` is not available (it is read from "
            << "`../shared/benchmarks/checkworthiness/`, never copied into the repository).\n\n";
    } else {
        // One sentence per line; a sentence is predicted check-worthy when a suggestion starts inside it.
        QString doc;
        QList<qsizetype> starts;
        for (const CheckWorthy::Example &it : items) {
            starts << doc.size();
            doc += it.text + QLatin1Char('\n');
        }
        starts << doc.size();
        const QList<PluginSuggestion> found = manager.detect(doc);
        QList<QStringList> byItem(items.size());
        for (const PluginSuggestion &ps : found) {
            const auto it = std::upper_bound(starts.cbegin(), starts.cend(), ps.suggestion.start);
            const qsizetype index = (it - starts.cbegin()) - 1;
            if (index >= 0 && index < items.size() && !byItem[index].contains(ps.pluginId))
                byItem[index] << ps.pluginId;
        }
        // Three systems: the trained detector alone, the rule detectors alone, all built-in detectors together as
        // the workbench shows them (PluginManager::combine(): one suggestion per passage; the trained detector,
        // a fallback, alone only from its minimum confidence).
        const auto sentencesOf = [&](const QList<PluginSuggestion> &list) {
            std::vector<bool> predicted(std::size_t(items.size()), false);
            for (const PluginSuggestion &ps : list) {
                const auto it = std::upper_bound(starts.cbegin(), starts.cend(), ps.suggestion.start);
                const qsizetype index = (it - starts.cbegin()) - 1;
                if (index >= 0 && index < items.size())
                    predicted[std::size_t(index)] = true;
            }
            return predicted;
        };
        const std::vector<bool> shown = sentencesOf(manager.combine(found));
        std::vector<bool> labels, trained, rules, all;
        int positives = 0;
        QMap<QString, QPair<int, int>> perPlugin; // plugin → (sentences, of which Yes)
        for (qsizetype i = 0; i < items.size(); ++i) {
            const bool t = byItem[i].contains(TrainedId);
            const bool r = byItem[i].size() > (t ? 1 : 0);
            labels.push_back(items[i].positive);
            trained.push_back(t);
            rules.push_back(r);
            all.push_back(shown[std::size_t(i)]);
            positives += items[i].positive;
            for (const QString &p : std::as_const(byItem[i])) {
                perPlugin[p].first += 1;
                perPlugin[p].second += items[i].positive;
            }
            if (verbose && all.back() != items[i].positive)
                err << (all.back() ? "FP [" + byItem[i].join(QLatin1Char(',')) + "] " : QStringLiteral("FN ")) << items[i].text << '\n';
        }
        out << "Quality on the CLEF 2024 CheckThat! Task 1 English dev set (" << items.size() << " debate sentences, "
            << positives << " check-worthy): a sentence counts as predicted check-worthy when a detector suggests a "
            << "claim in it. The trained detector's settings and threshold were chosen on this set (its weights never "
            << "saw it), the rules were tuned on it: on unseen sentences expect less (docs/detection.md).\n\n";
        out << "| detectors | precision (Yes) | recall (Yes) | F1 (Yes) | goal | result |\n|---|---|---|---|---|---|\n";
        const QList<QPair<QString, const std::vector<bool> *>> systems = {
            {QStringLiteral("trained detector (check-worthy)"), &trained}, {QStringLiteral("rules (the other six)"), &rules},
            {QStringLiteral("all built-in, as shown"), &all}};
        for (const auto &[name, predicted] : systems) {
            const CheckWorthy::Scores sc = CheckWorthy::scores(*predicted, labels);
            const bool isGoal = predicted == &all;
            out << "| " << name << " | " << f3(sc.precision()) << " | " << f3(sc.recall()) << " | " << f3(sc.f1()) << " | "
                << (isGoal ? QStringLiteral("P ≥ 0.65, F1 ≥ 0.70") : QStringLiteral("—")) << " | "
                << (isGoal ? goal(sc.precision() >= 0.65 && sc.f1() >= 0.70) : QStringLiteral("—")) << " |\n";
        }
        out << "\n";
        out << "| detector | sentences suggested | of which check-worthy |\n|---|---|---|\n";
        for (auto it = perPlugin.cbegin(); it != perPlugin.cend(); ++it)
            out << "| " << it.key() << " | " << it.value().first << " | " << it.value().second << " ("
                << QString::number(100.0 * it.value().second / std::max(1, it.value().first), 'f', 0) << " %) |\n";
        out << '\n';

        // The trained detector's minimum confidence where it suggests alone (its metadata's fallback), on dev.
        const PluginRecord trainedRecord = manager.plugin(TrainedId);
        if (trainedRecord.fallback) {
            // The goal asks for precision 0.65 on unseen sentences; the rules lost 0.11 to 0.21 of their dev
            // precision there (the measurement). So the sentences only the model suggests must be right at
            // least 0.65 + 0.15 of the time on dev.
            constexpr double LonePrecision = 0.80;
            out << "The trained detector where no rule suggests. It is a fallback (its metadata): alone, it suggests only "
                   "from its minimum confidence, chosen on dev as the lowest at which those suggestions are right at least "
                << LonePrecision << " of the time: the goal's precision 0.65 on unseen sentences, plus the 0.15 the rules "
                   "lost between dev and unseen sentences (0.79 to 0.58–0.68). Below it, a suggestion only the model "
                   "makes is wrong too often to be worth a reviewer's look.\n\n"
                   "| minimum confidence | sentences only it suggests | of which check-worthy | all built-in P | R | F1 |\n"
                   "|---|---|---|---|---|---|\n";
            double chosenMin = -1;
            for (const double m : {0.29, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8}) {
                const QList<PluginSuggestion> at = combineSuggestions(found, {{TrainedId, m}});
                const std::vector<bool> p = sentencesOf(at);
                int lone = 0, loneYes = 0;
                for (qsizetype i = 0; i < items.size(); ++i) {
                    if (p[std::size_t(i)] && !rules[std::size_t(i)]) {
                        ++lone;
                        loneYes += items[i].positive;
                    }
                }
                const CheckWorthy::Scores sc = CheckWorthy::scores(p, labels);
                out << "| " << m << " | " << lone << " | " << loneYes << " ("
                    << (lone ? f3(double(loneYes) / lone) : QStringLiteral("—")) << ") | " << f3(sc.precision()) << " | "
                    << f3(sc.recall()) << " | " << f3(sc.f1()) << " |\n";
                if (chosenMin < 0 && lone > 0 && double(loneYes) / lone >= LonePrecision)
                    chosenMin = m;
            }
            out << "\nChosen on dev: " << chosenMin << "; the plugin's metadata says "
                << trainedRecord.fallbackMinConfidence
                << (qFuzzyCompare(chosenMin, trainedRecord.fallbackMinConfidence) ? " (the same)" : " (**they differ**)")
                << ".\n\n";
        }

        // The trained model's calibration on dev.
        const QList<CheckWorthy::Example> &examples = items;
        const CheckWorthy::Model &model = CheckWorthy::Model::shipped();
        if (model.isValid()) {
            const std::vector<double> p = probabilities(model, examples);
            const QList<CheckWorthy::ReliabilityBin> table = CheckWorthy::reliability(p, labels);
            out << "Reliability of the trained detector's confidence on dev (Platt scaling fitted on a held-out fifth of "
                   "train; threshold " << model.threshold() << "): expected calibration error "
                << f3(CheckWorthy::calibrationError(table)) << ".\n\n";
            out << "| confidence | sentences | mean confidence | check-worthy |\n|---|---|---|---|\n";
            for (const CheckWorthy::ReliabilityBin &b : table)
                out << "| " << QString::number(b.from, 'f', 1) << "–" << QString::number(b.to, 'f', 1) << " | " << b.count
                    << " | " << (b.count ? f3(b.meanPredicted) : QStringLiteral("—")) << " | "
                    << (b.count ? f3(b.observed) : QStringLiteral("—")) << " |\n";
            out << "\n";
            deskSimulation(out, examples);

            // The combination's two settings, chosen on dev by F1 (ties: the lower gate, then the lower threshold).
            const std::vector<Scored> scored = scoreSuggestions(doc, found);
            auto devScores = [&](const std::vector<Scored> &kept) {
                std::vector<bool> predicted(std::size_t(items.size()), false);
                for (const Scored &k : kept) {
                    const auto it = std::upper_bound(starts.cbegin(), starts.cend(), k.start);
                    const qsizetype index = (it - starts.cbegin()) - 1;
                    if (index >= 0 && index < items.size())
                        predicted[std::size_t(index)] = true;
                }
                return CheckWorthy::scores(predicted, labels);
            };
            double bestF1 = -1;
            out << "Combining the detectors (docs/detection.md): the model's probability of a suggestion's sentence gates "
                   "the rules' suggestions (p ≥ gate) and its own (p ≥ threshold), one suggestion per sentence (a rule's "
                   "first). Dev F1 for each pair; the best is chosen (on dev only).\n\n";
            out << "| gate \\ threshold |";
            const std::vector<double> thresholds = {model.threshold(), 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01};
            for (const double t : thresholds)
                out << ' ' << t << " |";
            out << "\n|---|";
            for (std::size_t k = 0; k < thresholds.size(); ++k)
                out << "---|";
            out << '\n';
            for (const double g : {0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5}) {
                out << "| " << g << " |";
                for (const double t : thresholds) {
                    const CheckWorthy::Scores sc = devScores(combined(scored, g, t));
                    out << ' ' << f3(sc.f1()) << " |";
                    if (sc.f1() > bestF1 + 1e-12) {
                        bestF1 = sc.f1();
                        chosen = {g, t};
                    }
                }
                out << '\n';
            }
            const CheckWorthy::Scores best = devScores(combined(scored, chosen.first, chosen.second));
            out << "\nChosen: gate " << chosen.first << ", threshold " << chosen.second << ": dev precision "
                << f3(best.precision()) << ", recall " << f3(best.recall()) << ", F1 " << f3(best.f1()) << ".\n\n";
        }
    }
    sampleArticle(out, manager, chosen);

    // --- Throughput ------------------------------------------------------------------------------------
    QFile sample(QStringLiteral(CLAIMBENCH_SOURCE_DIR "/examples/essex-jiangsu.txt"));
    if (!sample.open(QIODevice::ReadOnly)) {
        out << "Throughput: skipped, examples/essex-jiangsu.txt is missing.\n";
        return 1;
    }
    const QByteArray article = sample.readAll() + "\n\n";
    QByteArray bytes;
    constexpr qsizetype Target = 10 * 1000 * 1000;
    while (bytes.size() < Target)
        bytes += article;
    QString big = QString::fromUtf8(bytes);
    const double mb = bytes.size() / 1e6;

    // Every run gets a text of its own (kept alive, so no allocation is reused): the built-in detectors share
    // one analysis per text, and a repeated run over the same text would only measure the shared cache.
    QList<QString> texts;
    constexpr int Runs = 7; // the best run: other processes on a shared machine only ever slow a run down
    auto timeIt = [&](const QStringList &types, qsizetype *count) {
        qint64 best = std::numeric_limits<qint64>::max();
        for (int run = 0; run < Runs; ++run) {
            texts << big + QString::number(texts.size());
            const QString &text = texts.last();
            const qint64 start = threadNanoseconds();
            const QList<PluginSuggestion> found = manager.detect(text, Cancellation(), types);
            best = std::min(best, threadNanoseconds() - start);
            *count = found.size();
        }
        return best / 1e9;
    };
    qsizetype total = 0;
    const double seconds = timeIt({}, &total);
    texts.clear();
    const double rate = mb / seconds;
    out << "Throughput of all built-in detectors together on one core (the sample article repeated to "
        << QString::number(mb, 'f', 1) << " MB of UTF-8, " << total << " suggestions; thread CPU time, best of " << Runs << " runs):\n\n";
    out << "| measure | value | goal | result |\n|---|---|---|---|\n";
    out << "| all detectors | " << QString::number(rate, 'f', 1) << " MB/s | ≥ 50 MB/s | " << goal(rate >= 50) << " |\n";
    for (const ClaimType &t : manager.claimTypes()) {
        qsizetype n = 0;
        const double s = timeIt({t.id}, &n);
        texts.clear();
        out << "| " << t.id << " alone | " << QString::number(mb / s, 'f', 1) << " MB/s | — | — |\n";
    }
    out << "\nEach \"alone\" figure includes the analysis of the text (tokens, sentence boundaries, stance), which the "
           "built-in detectors make once and share when they run together.\n\n";

    // --- Every script ----------------------------------------------------------------------------------
    // The same news sentences in each script, numbers in the script's own digits, ~10 MB of UTF-8 each; time per
    // MB of UTF-8 compared with the English text made the same way.
    const QList<Script> all = scripts();
    QList<QPair<QString, QString>> generated; // name, text
    for (const Script &script : all)
        generated << qMakePair(QString::fromUtf8(script.name), generate({script}, Target));
    generated << qMakePair(QStringLiteral("mixed (all five in turn)"), generate(all, Target));
    out << "Throughput by script: all built-in detectors together on ~10 MB of UTF-8 made of news sentences in each "
           "script (numbers in its own digits: Arabic-Indic, Persian, Devanagari, full-width), compared with the same "
           "sentences in English (thread CPU time, best of " << Runs << " runs):\n\n";
    out << "| text | MB (UTF-8) | suggestions | MB/s | time per MB ÷ English | time per character ÷ English | goal "
           "(per MB) | result |\n|---|---|---|---|---|---|---|---|\n";
    double englishPerMb = 0;
    double englishPerChar = 0;
    for (const auto &[name, text] : std::as_const(generated)) {
        const double textMb = text.toUtf8().size() / 1e6;
        big = text; // timeIt() scans fresh copies of `big`
        qsizetype n = 0;
        const double seconds = timeIt({}, &n);
        texts.clear();
        const double perMb = seconds / textMb;
        const double perChar = seconds / double(text.size());
        if (englishPerMb == 0) { // the first text is English
            englishPerMb = perMb;
            englishPerChar = perChar;
        }
        const double ratio = perMb / englishPerMb;
        const bool baseline = name == QLatin1String("English");
        out << "| " << name << " | " << QString::number(textMb, 'f', 1) << " | " << n << " | "
            << QString::number(1 / perMb, 'f', 1) << " | " << QString::number(ratio, 'f', 2) << " | "
            << QString::number(perChar / englishPerChar, 'f', 2) << " | "
            << (baseline ? QStringLiteral("—") : QStringLiteral("≤ 1.5")) << " | "
            << (baseline ? QStringLiteral("—") : goal(ratio <= 1.5)) << " |\n";
    }
    out << "\nArabic and Persian letters take 2 bytes of UTF-8, Devanagari and Han 3: per character (UTF-16 unit) the "
           "other scripts cost more than per MB. The English sentences are dense with claims (two suggestions a "
           "sentence), hence the lower rate than the article's.\n\n";
    out.flush();
    return 0;
}
