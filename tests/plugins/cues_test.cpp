// SPDX-License-Identifier: GPL-2.0-or-later
// The shared cues of the built-in detectors (plugin/cues): the tokenizer on every script's digits and
// punctuation, and the analysis' bound on sentence length. Each token is compared exactly.
#include "cues.h"

#include <QTest>

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
