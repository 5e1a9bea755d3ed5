// SPDX-License-Identifier: GPL-2.0-or-later
// Claim detection: quality on the CLEF 2024 CheckThat! check-worthiness dev set (read from ../shared, never
// copied into the repository) and throughput of all built-in detectors together on a 10 MB document.
//
//   detection_bench [--verbose]   (--verbose lists false positives and misses on stderr, for tuning the cues)
#include "pluginmanager.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>

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

struct Item {
    QString text;
    bool yes = false;
};

// Tab-separated: Sentence_id, Text, class_label; quoting off, one outer pair of double quotes stripped and
// doubled inner quotes undone (see the data set's README).
QList<Item> readDataset(const QString &path)
{
    QList<Item> items;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return items;
    bool header = true;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
        if (header) {
            header = false;
            continue;
        }
        const QStringList cols = line.split(QLatin1Char('\t'));
        if (cols.size() < 3)
            continue;
        QString text = cols.at(1);
        if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
            text = text.mid(1, text.size() - 2).replace(QLatin1String("\"\""), QLatin1String("\""));
        items << Item{text, cols.at(2).trimmed() == QLatin1String("Yes")};
    }
    return items;
}

QString goal(bool pass)
{
    return pass ? QStringLiteral("PASS") : QStringLiteral("MISS");
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

    // --- Quality ---------------------------------------------------------------------------------------
    const QString dataset = QStringLiteral(CLAIMBENCH_SOURCE_DIR "/../shared/benchmarks/checkworthiness/ct24-english-dev.tsv");
    const QList<Item> items = readDataset(dataset);
    if (items.isEmpty()) {
        out << "Quality: skipped, `" << QFileInfo(dataset).fileName() << "` is not available (it is read from "
            << "`../shared/benchmarks/checkworthiness/`, never copied into the repository).\n\n";
    } else {
        // One sentence per line; a sentence is predicted check-worthy when a suggestion starts inside it.
        QString doc;
        QList<qsizetype> starts;
        for (const Item &it : items) {
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
        int tp = 0, fp = 0, fn = 0, positives = 0;
        QMap<QString, QPair<int, int>> perPlugin; // plugin → (sentences, of which Yes)
        for (qsizetype i = 0; i < items.size(); ++i) {
            const bool predicted = !byItem[i].isEmpty();
            positives += items[i].yes;
            tp += predicted && items[i].yes;
            fp += predicted && !items[i].yes;
            fn += !predicted && items[i].yes;
            for (const QString &p : std::as_const(byItem[i])) {
                perPlugin[p].first += 1;
                perPlugin[p].second += items[i].yes;
            }
            if (verbose && predicted != items[i].yes)
                err << (predicted ? "FP [" + byItem[i].join(QLatin1Char(',')) + "] " : QStringLiteral("FN ")) << items[i].text << '\n';
        }
        const double precision = tp + fp ? double(tp) / (tp + fp) : 0.0;
        const double recall = tp + fn ? double(tp) / (tp + fn) : 0.0;
        const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        out << "Quality on the CLEF 2024 CheckThat! Task 1 English dev set (" << items.size() << " debate sentences, "
            << positives << " check-worthy): a sentence counts as predicted check-worthy when any built-in detector "
            << "suggests a claim in it.\n\n";
        out << "| measure | value | goal | result |\n|---|---|---|---|\n";
        out << "| precision (Yes) | " << QString::number(precision, 'f', 3) << " | ≥ 0.55 | " << goal(precision >= 0.55) << " |\n";
        out << "| recall (Yes) | " << QString::number(recall, 'f', 3) << " | — | — |\n";
        out << "| F1 (Yes) | " << QString::number(f1, 'f', 3) << " | ≥ 0.60 | " << goal(f1 >= 0.60) << " |\n\n";
        out << "| detector | sentences suggested | of which check-worthy |\n|---|---|---|\n";
        for (auto it = perPlugin.cbegin(); it != perPlugin.cend(); ++it)
            out << "| " << it.key() << " | " << it.value().first << " | " << it.value().second << " ("
                << QString::number(100.0 * it.value().second / std::max(1, it.value().first), 'f', 0) << " %) |\n";
        out << '\n';
    }

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
