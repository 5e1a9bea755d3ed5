// SPDX-License-Identifier: GPL-2.0-or-later
// The shared cues of the built-in detectors (plugin/cues): the tokenizer on every script's digits and
// punctuation, its fast path for ASCII words against the general path, the analysis' bound on sentence length,
// the sentence segmentation against QTextBoundaryFinder over whole paragraphs, and the triggers marked per
// sentence against scanning its tokens. Each token is compared exactly.
#include "cues.h"

#include <QFile>
#include <QTest>
#include <QTextBoundaryFinder>

#include <random>

using namespace Claimbench;
using namespace Claimbench::Cues;
using namespace Qt::StringLiterals;

namespace {

// "TEXT/KIND": d<value> for a number (d? when it has separators), w a word, p punctuation; then % for a
// percent sign, t for a sentence terminator, c for a clause break.
QStringList describe(QStringView text, const std::vector<Token> &tokens)
{
    QStringList out;
    for (const Token &t : tokens) {
        QString kind = t.is(Digits) ? (t.value >= 0 ? u"d"_s + QString::number(t.value) : u"d?"_s)
                       : t.is(Word) ? u"w"_s
                                    : u"p"_s;
        if (t.is(Percent))
            kind += u'%';
        if (t.is(Terminal))
            kind += u't';
        if (t.is(ClauseBreak))
            kind += u'c';
        out << text.mid(t.start, t.end - t.start).toString() + u'/' + kind;
    }
    return out;
}

// The straightforward segmentation: QTextBoundaryFinder over the whole paragraph when it may hold more than one
// sentence.
std::vector<qsizetype> wholeParagraphBounds(QStringView text, qsizetype from, qsizetype to)
{
    std::vector<qsizetype> out{from};
    if (maySplitSentences(text, from, to)) {
        QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text.constData() + from, to - from);
        for (qsizetype b = finder.toNextBoundary(); b > 0 && b < to - from; b = finder.toNextBoundary())
            out.push_back(from + b);
    }
    out.push_back(to);
    return out;
}

std::vector<qsizetype> fastBounds(QStringView text, qsizetype from, qsizetype to)
{
    std::vector<qsizetype> out;
    sentenceBounds(text, from, to, out);
    return out;
}

} // namespace

class CuesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tokens");
        // One non-ASCII digit used to stop the tokenizer in place (it pushed empty tokens for ever).
        QTest::newRow("Persian digit alone") << u"۹"_s << QStringList{u"۹/d9"_s};
        QTest::newRow("Persian percentage") << u"۱۲ درصد"_s << QStringList{u"۱۲/d12"_s, u"درصد/w"_s};
        QTest::newRow("Arabic-Indic digits and signs")
            << u"١٢٪ و٤٥٫٥ و٤٬٠٠٠؟"_s
            << QStringList{u"١٢/d12"_s, u"٪/p%"_s, u"و/w"_s, u"٤٥٫٥/d?"_s, u"و/w"_s, u"٤٬٠٠٠/d?"_s, u"؟/pt"_s};
        QTest::newRow("Arabic separated numbers")
            << u"بلغ ٤٥٫٥ مليون، أي ٤٬٠٠٠ شخص."_s
            << QStringList{u"بلغ/w"_s, u"٤٥٫٥/d?"_s, u"مليون/w"_s, u"،/pc"_s, u"أي/w"_s, u"٤٬٠٠٠/d?"_s, u"شخص/w"_s,
                           u"./pt"_s};
        QTest::newRow("Devanagari") << u"दर १२ प्रतिशत।"_s
                                    << QStringList{u"दर/w"_s, u"१२/d12"_s, u"प्रतिशत/w"_s, u"।/pt"_s};
        QTest::newRow("full-width digits in Chinese")
            << u"失业率上升到１２％，人口增长了１，５００人。"_s
            << QStringList{u"失业率上升到/w"_s, u"１２/d12"_s, u"％/p%"_s, u"，/pc"_s, u"人口增长了/w"_s,
                           u"１，５００/d?"_s, u"人/w"_s, u"。/pt"_s};
        QTest::newRow("Latin words keep their digits") << u"COVID19 and 4G"_s
                                                       << QStringList{u"COVID19/w"_s, u"and/w"_s, u"4G/d4"_s};
        QTest::newRow("digits of two scripts") << u"1۲३"_s << QStringList{u"1۲३/d123"_s};
        // A spaced U+2010 HYPHEN is a dash; it too used to stop the tokenizer.
        QTest::newRow("spaced hyphen U+2010") << u"a \u2010 b"_s << QStringList{u"a/w"_s, u"\u2010/pc"_s, u"b/w"_s};
    }
    void tokenize()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tokens);
        std::vector<Token> out;
        Cues::tokenize(text, 0, text.size(), out);
        QVERIFY(out.size() <= std::size_t(text.size()));
        QCOMPARE(describe(text, out), tokens);
    }

    void fastPathMakesTheGeneralTokens()
    {
        // tokenize() makes most ASCII words in a fast path; every token (offsets, hashes, flags, value) must be
        // the general path's, on random text of the pieces that end, join or continue a word differently
        // (apostrophes, hyphens, digits after letters, letters of other scripts, marks, surrogates), then on the
        // sample article.
        const QStringList pieces = {u"a"_s, u"Z"_s, u"the"_s, u"The"_s, u"says"_s, u"bus"_s, u"passed"_s, u"led"_s,
                                    u"COVID"_s, u"19"_s, u"4,000"_s, u"5.2"_s, u"m"_s, u"bn"_s, u"'"_s, u"\u2019"_s,
                                    u"s"_s, u"-"_s, u"\u2010"_s, u"--"_s, u" "_s, u" "_s, u" "_s, u"\t"_s, u"\u00a0"_s,
                                    u"."_s, u","_s, u"\""_s, u"$"_s, u"%"_s, u"\u00e9"_s, u"\u00c9"_s, u"\u0301"_s,
                                    u"\u0661"_s, u"\u0628"_s, u"\U0001F600"_s, u"\U0001D400"_s, u"\uff11"_s, u"\u20ac"_s,
                                    u"@"_s, u"["_s, u"`"_s, u"{"_s, u"_"_s};
        auto same = [](QStringView text, qsizetype from, qsizetype to) {
            std::vector<Token> fast, general;
            Cues::tokenize(text, from, to, fast);
            Cues::tokenizeGeneral(text, from, to, general);
            if (fast.size() != general.size())
                return false;
            for (std::size_t k = 0; k < fast.size(); ++k) {
                const Token &f = fast[k], &g = general[k];
                if (f.start != g.start || f.end != g.end || f.hash != g.hash || f.stem != g.stem || f.flags != g.flags
                    || f.first != g.first || f.value != g.value)
                    return false;
            }
            return true;
        };
        std::mt19937 rng(2030);
        for (int k = 0; k < 20000; ++k) {
            QString p;
            const int n = 1 + int(rng() % 30);
            for (int m = 0; m < n; ++m)
                p += pieces[qsizetype(rng() % quint32(pieces.size()))];
            if (!same(p, 0, p.size()))
                QFAIL(qPrintable(u"different tokens in \""_s + p + u'"'));
            const qsizetype from = qsizetype(rng() % quint32(p.size())); // a range that starts inside a word
            if (!same(p, from, p.size()))
                QFAIL(qPrintable(u"different tokens from "_s + QString::number(from) + u" in \""_s + p + u'"'));
        }
        QFile article(QStringLiteral(CLAIMBENCH_SOURCE_DIR "/examples/essex-jiangsu.txt"));
        QVERIFY(article.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(article.readAll());
        QVERIFY(same(text, 0, text.size()));
    }

    void everyDecimalDigitIsANumber()
    {
        // Every BMP decimal digit (Unicode Nd) is a number token worth its digit value, alone and in a run.
        int seen = 0;
        for (char32_t c = 0x80; c < 0x10000; ++c) {
            if (QChar::isSurrogate(c) || QChar::category(c) != QChar::Number_DecimalDigit)
                continue;
            ++seen;
            const QString text = QString(QChar(c)) + QChar(c) + u' ';
            std::vector<Token> out;
            Cues::tokenize(text, 0, text.size(), out);
            QCOMPARE(out.size(), std::size_t(1));
            QVERIFY(out[0].is(Digits));
            QCOMPARE(out[0].end, qsizetype(2));
            QCOMPARE(out[0].value, QChar::digitValue(c) * 11);
        }
        QVERIFY(seen >= 300); // Arabic-Indic, Devanagari, Bengali, Thai, full-width, ... (360 in Unicode 15)
    }

    void longRunsAreCut()
    {
        // 10,000 tokens without a sentence boundary become pieces of at most MaxSentenceTokens tokens that
        // cover every token once, in order.
        QString text;
        for (int i = 0; i < 5000; ++i)
            text += u"۱۲ درصد "_s;
        const std::shared_ptr<const Analysis> a = analyse(text, Cancellation());
        QVERIFY(a);
        QCOMPARE(a->tokens.size(), std::size_t(10000));
        std::size_t next = 0;
        for (const SentenceInfo &s : a->sentences) {
            QCOMPARE(s.firstToken, next);
            QVERIFY(s.tokenCount >= 1);
            QVERIFY(s.tokenCount <= MaxSentenceTokens);
            next += s.tokenCount;
        }
        QCOMPARE(next, a->tokens.size());
        QCOMPARE(a->sentences.size(), (std::size_t(10000) + MaxSentenceTokens - 1) / MaxSentenceTokens);
    }

    void sentenceBoundsAreTheWholeParagraphs()
    {
        // sentenceBounds() runs QTextBoundaryFinder only around the possible terminators: it must find what the
        // finder finds over the whole paragraph. Random paragraphs of the pieces the sentence rules tell apart
        // (lower and upper case, digits, spaces, terminators of several scripts, closing quotes and brackets,
        // continuations, a combining mark, a surrogate pair, abbreviations), then the sample article.
        const QStringList pieces = {u"a"_s, u"b"_s, u"Z"_s, u"Q"_s, u"\u00e9"_s, u"\u00c9"_s, u"1"_s, u"42"_s, u" "_s,
                                    u" "_s, u" "_s, u"  "_s, u"."_s, u"."_s, u"!"_s, u"?"_s, u","_s, u";"_s, u":"_s,
                                    u"-"_s, u"\""_s, u"'"_s, u"("_s, u")"_s, u"\u2019"_s, u"\u201d"_s, u"\u201c"_s,
                                    u"\u00a0"_s, u"\u2014"_s, u"\u2026"_s, u"\u3002"_s, u"\uff1f"_s, u"\u2024"_s,
                                    u"\u0301"_s, u"\U0001F600"_s, u"\t"_s, u"U.S."_s, u"e.g."_s, u"Mr. "_s, u"ab"_s,
                                    u"abc"_s, u"The"_s, u"said"_s, u"5.2"_s, u"\u061f"_s, u"\u0628"_s, u"\u0964"_s};
        std::mt19937 rng(2029);
        int split = 0;
        QString all; // every paragraph, for analyse()
        std::vector<std::pair<qsizetype, qsizetype>> expectedSentences; // their tokens' extents
        std::vector<Token> tokens;
        for (int k = 0; k < 20000; ++k) {
            QString p;
            const int n = 1 + int(rng() % 40);
            for (int m = 0; m < n; ++m)
                p += pieces[qsizetype(rng() % quint32(pieces.size()))];
            const std::vector<qsizetype> expected = wholeParagraphBounds(p, 0, p.size());
            split += expected.size() > 2;
            if (fastBounds(p, 0, p.size()) != expected)
                QFAIL(qPrintable(u"different sentence bounds in \""_s + p + u'"'));
            for (std::size_t b = 0; b + 1 < expected.size(); ++b) {
                tokens.clear();
                Cues::tokenize(p, expected[b], expected[b + 1], tokens);
                if (!tokens.empty())
                    expectedSentences.emplace_back(all.size() + tokens.front().start, all.size() + tokens.back().end);
            }
            all += p + u'\n';
        }
        QVERIFY(split > 5000); // the rows exercise the boundaries, not only single sentences
        // analyse() finds the terminators while it looks for the paragraphs' ends: the same sentences.
        const std::shared_ptr<const Analysis> a = analyse(all, Cancellation());
        QVERIFY(a);
        std::vector<std::pair<qsizetype, qsizetype>> analysed;
        for (const SentenceInfo &info : a->sentences)
            analysed.emplace_back(info.start, info.end);
        QCOMPARE(analysed.size(), expectedSentences.size());
        QVERIFY(analysed == expectedSentences);
        // In a longer text, from an offset.
        QFile article(QStringLiteral(CLAIMBENCH_SOURCE_DIR "/examples/essex-jiangsu.txt"));
        QVERIFY(article.open(QIODevice::ReadOnly));
        const QString text = u"x\n"_s + QString::fromUtf8(article.readAll());
        int sentences = 0;
        for (qsizetype from = 0; from < text.size();) {
            qsizetype to = text.indexOf(u'\n', from);
            if (to < 0)
                to = text.size();
            const std::vector<qsizetype> expected = wholeParagraphBounds(text, from, to);
            QCOMPARE(fastBounds(text, from, to), expected);
            sentences += int(expected.size()) - 1;
            from = to + 1;
        }
        QVERIFY(sentences > 20);
    }

    void triggeredSentencesAreTheScannedOnes()
    {
        // analyse() marks in each sentence the registered TriggerSets it holds a trigger of (one pass for all
        // detectors); forEachSentence() then reads that bit. Both must visit exactly the sentences that the
        // straightforward scan of each sentence's tokens finds, for sets of words, digits, currency signs,
        // percent signs and quotation marks, and for a set registered after the text was analysed (no slot in
        // that analysis: it scans).
        constexpr Lexicon Law{{"law", "banned", "voted"}};
        constexpr Lexicon Numbers{{"million", "bn", "percent"}};
        constexpr Lexicon Said{{"said", "told", "it's"}};
        Triggers words;
        words.words = Law.bloom();
        Triggers digits;
        digits.words = Numbers.bloom();
        digits.digits = true;
        Triggers signs;
        signs.currency = true;
        signs.percent = true;
        Triggers quotes;
        quotes.words = Said.bloom();
        quotes.quotes = true;
        const TriggerSet sets[] = {TriggerSet(words), TriggerSet(digits), TriggerSet(signs), TriggerSet(quotes)};
        for (const TriggerSet &set : sets)
            QVERIFY(set.slot() >= 0);
        const QStringList pieces = {u"the"_s, u"law"_s, u"Law"_s, u"banned"_s, u"voted"_s, u"million"_s, u"4.5bn"_s,
                                    u"3m"_s, u"percent"_s, u"said"_s, u"told"_s, u"it's"_s, u"it\u2019s"_s, u"they"_s,
                                    u"2019"_s, u"12"_s, u"\u0661\u0662"_s, u"$"_s, u"\u20ac"_s, u"%"_s, u"\u066a"_s,
                                    u"\""_s, u"\u201c"_s, u"\u201d"_s, u"'"_s, u"rose"_s, u"and"_s, u"Essex"_s,
                                    u"\u062f\u0631\u0635\u062f"_s, u","_s, u"-"_s};
        std::mt19937 rng(2031);
        auto generate = [&](int sentences) {
            QString text;
            for (int k = 0; k < sentences; ++k) {
                const int n = 1 + int(rng() % 12);
                for (int m = 0; m < n; ++m)
                    text += pieces[qsizetype(rng() % quint32(pieces.size()))] + u' ';
                text += rng() % 4 == 0 ? u".\n"_s : u". "_s;
            }
            return text;
        };
        auto visited = [](QStringView text, const TriggerSet &set) {
            std::vector<qsizetype> out;
            forEachSentence(text, Cancellation(), set, [&](const Sentence &s) { out.push_back(s.start); });
            return out;
        };
        auto scanned = [](const Analysis &a, const Triggers &t) {
            std::vector<qsizetype> out;
            for (const SentenceInfo &info : a.sentences)
                if (triggers(t, std::span<const Token>(a.tokens.data() + info.firstToken, info.tokenCount)))
                    out.push_back(info.start);
            return out;
        };
        const QString text = generate(5000);
        const std::shared_ptr<const Analysis> a = analyse(text, Cancellation());
        QVERIFY(a);
        QVERIFY(a->triggerSets > sets[3].slot());
        for (const TriggerSet &set : sets) {
            const std::vector<qsizetype> expected = scanned(*a, set.triggers());
            QVERIFY(expected.size() > 100);                // the sets are triggered in some sentences...
            QVERIFY(expected.size() < a->sentences.size()); // ... not all
            std::vector<qsizetype> marked;
            for (const SentenceInfo &info : a->sentences)
                if ((info.triggered >> set.slot()) & 1)
                    marked.push_back(info.start);
            QVERIFY(marked == expected);
            QVERIFY(visited(text, set) == expected);
        }
        // A set registered after the analysis has no slot in it: forEachSentence() scans, with the same result;
        // the next text's analysis has its slot.
        const TriggerSet late(digits);
        QVERIFY(late.slot() >= a->triggerSets);
        QVERIFY(visited(text, late) == scanned(*a, digits));
        const QString next = generate(500);
        const std::shared_ptr<const Analysis> b = analyse(next, Cancellation());
        QVERIFY(b && b->triggerSets > late.slot());
        QVERIFY(visited(next, late) == scanned(*b, digits));
    }

    void questionMarksOfOtherScripts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("Arabic") << u"هل ارتفعت البطالة إلى ١٢ في المئة؟"_s;
        QTest::newRow("full-width") << u"失业率上升到１２％了吗？"_s;
    }
    void questionMarksOfOtherScripts()
    {
        QFETCH(QString, text);
        const std::shared_ptr<const Analysis> a = analyse(text, Cancellation());
        QVERIFY(a);
        QCOMPARE(a->sentences.size(), std::size_t(1));
        QVERIFY(a->sentences[0].stance.question);
    }
};

QTEST_GUILESS_MAIN(CuesTest)
#include "cues_test.moc"
