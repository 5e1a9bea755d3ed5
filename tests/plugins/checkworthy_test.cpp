// SPDX-License-Identifier: GPL-2.0-or-later
// The trained check-worthiness model (plugin/checkworthy): the shipped model loads and scores, its file format
// round-trips and refuses damage, training is deterministic and learns, the calibration is monotone and fits,
// the span finder picks the claim inside the sentence, and the plugin suggests through the plugin manager.
#include "checkworthy.h"
#include "checkworthydata.h"
#include "pluginmanager.h"

#include <QStandardPaths>
#include <QTest>

#include <cmath>
#include <random>

using namespace Claimbench;
using namespace Claimbench::CheckWorthy;
using namespace Qt::StringLiterals;

class CheckWorthyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shippedModelLoadsAndScores()
    {
        const Model &m = Model::shipped();
        QVERIFY(m.isValid());
        QVERIFY(m.plattA() > 0);
        QVERIFY(m.threshold() > 0.0 && m.threshold() < 1.0);
        const double claim = m.score(u"Unemployment rose to 8.5 percent last year, the highest rate since 1983."_s);
        const double chat = m.score(u"Thank you very much, it is good to be here tonight."_s);
        QVERIFY2(claim > m.threshold(), qPrintable(QString::number(claim)));
        QVERIFY2(chat < m.threshold(), qPrintable(QString::number(chat)));
        QVERIFY(chat > 0.0 && claim < 1.0);
        // The same model read back from its bytes scores the same.
        QString error;
        const Model copy = Model::fromBytes(m.toBytes(), &error);
        QVERIFY2(copy.isValid(), qPrintable(error));
        QCOMPARE(copy.id(), m.id());
        QCOMPARE(copy.score(u"We have cut taxes for 95 percent of working families."_s),
                 m.score(u"We have cut taxes for 95 percent of working families."_s));
    }

    void damagedModelsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        const QByteArray good = Model::shipped().toBytes();
        QTest::newRow("empty") << QByteArray() << u"not a check-worthiness model"_s;
        QTest::newRow("other magic") << QByteArray("PK\x03\x04 not a model") << u"not a check-worthiness model"_s;
        QTest::newRow("truncated") << good.left(good.size() - 4) << u"truncated or oversized model"_s;
        QTest::newRow("trailing bytes") << good + "x" << u"truncated or oversized model"_s;
        QByteArray version = good;
        version[4] = 9;
        QTest::newRow("newer version") << version << u"model format version 9, expected 1"_s;
    }
    void damagedModelsAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        QString why;
        QVERIFY(!Model::fromBytes(bytes, &why).isValid());
        QCOMPARE(why, error);
    }

    void trainingIsDeterministicAndLearns()
    {
        QList<Example> examples;
        const QStringList yes = {u"Crime fell by 20 percent in the city last year."_s, u"The deficit grew to 3 billion dollars."_s,
                                 u"Taxes rose by 10 percent under the governor."_s, u"The city lost 5,000 jobs in 2019."_s};
        const QStringList no = {u"Thank you for having me tonight."_s, u"I love this great country."_s,
                                u"Let me tell you a story."_s, u"What a wonderful crowd."_s};
        for (int round = 0; round < 5; ++round) {
            for (const QString &s : yes)
                examples << Example{s, true};
            for (const QString &s : no)
                examples << Example{s, false};
        }
        Settings settings;
        settings.hashBits = 12;
        settings.epochs = 20;
        const Model a = train(examples, settings);
        const Model b = train(examples, settings);
        QCOMPARE(a.toBytes(), b.toBytes());
        settings.seed += 1;
        QVERIFY(train(examples, settings).toBytes() != a.toBytes()); // the seed orders the examples
        QVERIFY(a.score(u"Unemployment fell by 4 percent."_s) > 0.5);
        QVERIFY(a.score(u"Thank you, what a crowd."_s) < 0.5);
    }

    void plattFitsAndIsMonotone()
    {
        // Labels drawn from a known sigmoid(2x - 1): the fit finds it back.
        std::mt19937 rng(7);
        std::uniform_real_distribution<double> x(-4, 4), u(0, 1);
        std::vector<double> margins;
        std::vector<bool> labels;
        for (int i = 0; i < 20000; ++i) {
            const double m = x(rng);
            margins.push_back(m);
            labels.push_back(u(rng) < 1 / (1 + std::exp(-(2 * m - 1))));
        }
        const Platt p = fitPlatt(margins, labels);
        QVERIFY2(std::abs(p.a - 2) < 0.15 && std::abs(p.b + 1) < 0.15, qPrintable(u"%1 %2"_s.arg(p.a).arg(p.b)));
        // Labels that run against the margins never invert the ranking.
        std::vector<bool> inverted;
        for (const double m : margins)
            inverted.push_back(m < 0);
        QVERIFY(fitPlatt(margins, inverted).a > 0);
        // The shipped model's probability rises with the margin.
        const Model &m = Model::shipped();
        double previous = -1;
        for (double z = -10; z <= 10; z += 0.25) {
            const double prob = m.probability(z);
            QVERIFY(prob > previous);
            previous = prob;
        }
    }

    void reliabilityTable()
    {
        const QList<ReliabilityBin> t = reliability({0.05, 0.15, 0.95, 0.91}, {false, true, true, true}, 10);
        QCOMPARE(t.size(), 10);
        QCOMPARE(t[0].count, 1);
        QCOMPARE(t[0].observed, 0.0);
        QCOMPARE(t[1].observed, 1.0);
        QCOMPARE(t[9].count, 2);
        QCOMPARE(t[9].meanPredicted, 0.93);
        QVERIFY(std::abs(calibrationError(t) - (0.05 + 0.85 + 0.05 + 0.09) / 4) < 1e-12);
    }

    void span_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("anchor"); // the token the evidence puts all its weight on
        QTest::addColumn<QString>("span");
        QTest::newRow("fillers") << u"Well, you know, unemployment went up to 8 percent last year."_s << u"8"_s
                                 << u"unemployment went up to 8 percent last year"_s;
        QTest::newRow("reported clause") << u"He said that the economy grew by 3 percent, and we are proud of it."_s << u"3"_s
                                         << u"the economy grew by 3 percent"_s;
        QTest::newRow("second clause") << u"I was there, and the plant closed in 2009 with 900 jobs lost."_s << u"900"_s
                                       << u"the plant closed in 2009 with 900 jobs lost"_s;
        QTest::newRow("whole sentence") << u"We're consuming 50 percent of the world's cocaine."_s << u"50"_s
                                        << u"We're consuming 50 percent of the world's cocaine"_s;
    }
    void span()
    {
        QFETCH(QString, text);
        QFETCH(QString, anchor);
        QFETCH(QString, span);
        const std::unique_ptr<WholeText> w = wholeText(text);
        const Cues::Sentence &s = w->sentence;
        Evidence e;
        e.perToken.assign(std::size_t(s.size()), 0.0);
        for (int i = 0; i < s.size(); ++i)
            if (text.mid(s.at(i).start, s.at(i).end - s.at(i).start) == anchor)
                e.strongest << i;
        QCOMPARE(e.strongest.size(), 1);
        e.perToken[std::size_t(e.strongest.first())] = 1.0;
        const auto [first, last] = claimSpan(s, e);
        QCOMPARE(text.mid(s.at(first).start, s.at(last).end - s.at(first).start), span);
    }

    void explainNamesTheStrongestWords()
    {
        const Model &m = Model::shipped();
        const std::unique_ptr<WholeText> w = wholeText(u"The deficit tripled to 1.4 trillion dollars under this president."_s);
        const Evidence e = m.explain(w->sentence);
        QCOMPARE(e.margin, m.margin(w->sentence));
        QVERIFY(!e.strongest.isEmpty());
        for (int i = 1; i < e.strongest.size(); ++i)
            QVERIFY(e.perToken[std::size_t(e.strongest[i - 1])] >= e.perToken[std::size_t(e.strongest[i])]);
        QVERIFY(e.perToken[std::size_t(e.strongest.first())] > 0);
    }

    void scoringKeepsWhatExplainingNeeds()
    {
        // The detector scores every sentence with margin(s, kept) and explains only the suggested ones from the
        // kept weights (explainScored()), reusing one Evidence: the same margin as margin(s) to the bit, one kept
        // weight per feature (sentenceFeatures()), and the explanation of explain(), which hashes the features
        // again and shares each weight as it goes.
        // The shipped model (bigrams) and models with unigrams only and with trigrams.
        QList<Example> examples;
        for (int round = 0; round < 3; ++round)
            examples << Example{u"Crime fell by 20 percent in the city last year."_s, true}
                     << Example{u"The deficit grew to 3 billion dollars under the governor."_s, true}
                     << Example{u"Thank you for having me tonight."_s, false} << Example{u"What a wonderful crowd."_s, false};
        Settings settings;
        settings.hashBits = 12;
        settings.epochs = 10;
        settings.ngrams = 1;
        const Model unigrams = train(examples, settings);
        settings.ngrams = 3;
        settings.cueFeatures = false;
        const Model trigrams = train(examples, settings);
        for (const Model *model : {&Model::shipped(), &unigrams, &trigrams}) {
            const Model &m = *model;
            const QStringList texts = {
                u"The deficit tripled to 1.4 trillion dollars under this president, and unemployment rose to 8 percent."_s,
                u"Thank you."_s,
                u"Well, you know, we have cut taxes for 95 percent of working families since 2009."_s,
                u""_s,
                u"I think that is wrong."_s,
                u"He voted against the bill 17 times; the law was passed in 1996 by a Republican Congress."_s};
            Evidence kept;
            int explained = 0;
            for (const QString &text : texts) {
                const std::unique_ptr<WholeText> w = wholeText(text);
                const double margin = m.margin(w->sentence, kept);
                QCOMPARE(margin, m.margin(w->sentence));
                QCOMPARE(kept.margin, margin);
                std::vector<Feature> features;
                sentenceFeatures(w->sentence, m.settings(), features);
                QCOMPARE(kept.weights.size(), features.size());
                m.explainScored(w->sentence, kept);
                const Evidence fresh = m.explain(w->sentence);
                QCOMPARE(kept.margin, fresh.margin);
                QCOMPARE(kept.perToken, fresh.perToken);
                QCOMPARE(kept.strongest, fresh.strongest);
                QCOMPARE(kept.perToken.size(), std::size_t(w->sentence.size()));
                explained += !kept.strongest.isEmpty();
            }
            QVERIFY(explained >= 3);
        }
    }

    void probabilityTextIsQStringNumber()
    {
        // The rationale's probability, written without QString::number(): the same text for every hundredth and
        // thousandth and their neighbours (the ties 0.125, 0.375... round up), the ends and random values.
        std::vector<double> values = {0.0, 1.0, 0.125, 0.375, 0.625, 0.875, 0.005, 0.995, 1e-300, 0.999999999};
        for (int k = 0; k <= 1000; ++k) {
            const double v = k / 1000.0;
            values.insert(values.end(), {v, std::nextafter(v, 0.0), std::nextafter(v, 2.0)});
        }
        std::mt19937_64 rng(7);
        std::uniform_real_distribution<double> uniform(0.0, 1.0);
        for (int k = 0; k < 100000; ++k)
            values.push_back(uniform(rng));
        for (const double v : values)
            QCOMPARE(probabilityText(v), QString::number(v, 'f', 2));
        QCOMPARE(probabilityText(0.125), u"0.13"_s);
    }

    void pluginSuggests_data()
    {
        QTest::addColumn<int>("isolation");
        QTest::newRow("in process") << int(PluginManager::Isolation::InProcess);
        QTest::newRow("worker") << int(PluginManager::Isolation::Worker);
    }
    void pluginSuggests()
    {
        QFETCH(int, isolation);
        PluginManager manager;
        manager.setIsolation(PluginManager::Isolation(isolation));
        manager.setSearchPaths({QStringLiteral(CLAIMBENCH_PLUGIN_DIR)});
        manager.loadPlugins();
        QCOMPARE(manager.errors(), QStringList());
        const QString claim = u"Well, unemployment went up to 8.5 percent last year, the highest since 1983."_s;
        const QString chat = u"Thank you very much, it is good to be here."_s;
        const QString text = chat + u"\n"_s + claim + u"\n"_s;
        const QList<PluginSuggestion> found = manager.detect(text, Cancellation(), {u"check-worthy"_s});
        QCOMPARE(found.size(), 1);
        const Suggestion &s = found.first().suggestion;
        QCOMPARE(found.first().pluginId, u"check-worthy"_s);
        QVERIFY(s.start > text.indexOf(claim)); // "Well," is not part of the claim
        QVERIFY(s.end <= text.indexOf(claim) + claim.size());
        QVERIFY(std::abs(s.confidence - Model::shipped().score(claim)) < 1e-9);
        QVERIFY(s.rationale.contains(u"trained model"_s));
    }
};

QTEST_GUILESS_MAIN(CheckWorthyTest)
#include "checkworthy_test.moc"
