// SPDX-License-Identifier: GPL-2.0-or-later
// The shared cues of the built-in detectors (plugin/cues): the tokenizer on every script's digits and
// punctuation, the analysis' bound on sentence length, and the sentence segmentation against
// QTextBoundaryFinder over whole paragraphs. Each token is compared exactly.
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
