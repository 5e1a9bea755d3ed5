// SPDX-License-Identifier: GPL-2.0-or-later
// Each built-in detector against positive and negative sentences, one row per cue; the suggested spans are
// compared exactly. The plugins are loaded from the build tree through the plugin manager.
#include "pluginmanager.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

class DetectorsTest : public QObject
{
    Q_OBJECT

    PluginManager m_manager;

    void addRow(const char *name, const QString &text, const QStringList &spans)
    {
        QTest::newRow(name) << text << spans;
    }

    void check(const QString &type)
    {
        QFETCH(QString, text);
        QFETCH(QStringList, spans);
        QStringList found;
        for (const PluginSuggestion &ps : m_manager.detect(text, Cancellation(), {type})) {
            const Suggestion &s = ps.suggestion;
            QCOMPARE(s.claimType, type);
            QCOMPARE(ps.pluginId, type);
            QVERIFY(s.confidence > 0.0 && s.confidence <= 1.0);
            QVERIFY(!s.rationale.isEmpty());
            found << text.mid(s.start, s.end - s.start);
        }
        QCOMPARE(found, spans);
    }

    static void columns()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("spans");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_manager.setSearchPaths({QStringLiteral(CLAIMBENCH_PLUGIN_DIR)});
        m_manager.loadPlugins();
        QCOMPARE(m_manager.errors(), QStringList());
    }

    void quantity_data()
    {
        columns();
        addRow("currency magnitude", u"The project brought £4.5m to the region."_s, {u"brought £4.5m to the region"_s});
        addRow("percent change", u"Unemployment rose by 12% last year."_s, {u"rose by 12% last year"_s});
        addRow("magnitude word", u"Essex has a partnership which is said to have brought millions of pounds to the county’s economy."_s,
               {u"brought millions of pounds to the county’s economy"_s});
        addRow("digits and magnitude", u"Hospital waiting lists grew to 7 million in 2023."_s, {u"grew to 7 million in 2023"_s});
        addRow("ranking", u"China is the world’s second largest economy."_s, {u"the world’s second largest economy"_s});
        addRow("comparison", u"We have more debt than any other country."_s, {u"more debt than any other country"_s});
        addRow("count (number word)", u"There were eleven dictators in South America."_s, {u"eleven dictators in South America"_s});
        addRow("count (digits)", u"The company employs 4,000 people in the city."_s, {u"employs 4,000 people in the city"_s});
        addRow("change verb", u"Health care costs have doubled since the reform."_s, {u"have doubled since the reform"_s});
        addRow("personal experience", u"I have two daughters."_s, {});
        addRow("pronoun one", u"One of the best days of my life."_s, {});
        addRow("opinion", u"I think the council is doing a great job with 5 new parks."_s, {});
        addRow("question", u"How many jobs were created last year, 20,000?"_s, {});
        addRow("time of day", u"We met at 7 o'clock."_s, {});
        addRow("date", u"Two years ago the factory closed."_s, {});
        addRow("year", u"In 1990, there was a vast coalition."_s, {});
        // Other scripts' digits are numbers (one of them used to make every detector allocate without end).
        addRow("Arabic percentage", u"ارتفع معدل البطالة إلى ١٢ في المئة العام الماضي."_s,
               {u"إلى ١٢ في المئة العام الماضي"_s});
        addRow("Arabic magnitude", u"وقالت الوزارة إن عدد السكان بلغ ٤٥٫٥ مليون نسمة."_s, {u"بلغ ٤٥٫٥ مليون نسمة"_s});
        addRow("Arabic question", u"هل ارتفعت البطالة إلى ١٢ في المئة؟"_s, {});
        addRow("Persian percentage", u"نرخ بیکاری در سال گذشته به ۱۲ درصد رسید."_s, {u"به ۱۲ درصد رسید"_s});
        addRow("Persian magnitude", u"دولت اعلام کرد که ۳۵۰ هزار شغل جدید ایجاد شده است."_s,
               {u"که ۳۵۰ هزار شغل جدید ایجاد شده است"_s});
        addRow("Hindi percentage", u"पिछले साल बेरोज़गारी दर १२ प्रतिशत तक पहुँच गई।"_s, {u"दर १२ प्रतिशत तक पहुँच गई"_s});
        addRow("Hindi figure", u"सरकार ने कहा कि देश में ३५० नए अस्पताल बनाए गए हैं।"_s, {u"में ३५० नए अस्पताल बनाए गए हैं"_s});
        addRow("Chinese full-width percentage", u"去年失业率上升到１２％。"_s, {u"去年失业率上升到１２％"_s});
        addRow("Chinese full-width figure", u"该市人口增长了１５００人，比前年多。"_s, {u"该市人口增长了１５００人"_s});
        addRow("mixed", u"The ministry said that ۱۲۰۰ people were hired last year, and 45% of them were women."_s,
               {u"۱۲۰۰ people were hired last year"_s, u"45% of them were women"_s});
    }
    void quantity() { check(u"quantity"_s); }

    void quoteAttribution_data()
    {
        columns();
        addRow("said colon", u"He said: \"The council has cut spending.\""_s, {u"He said: \"The council has cut spending"_s});
        addRow("told that", u"The minister told parliament that the scheme was working."_s,
               {u"The minister told parliament that the scheme was working"_s});
        addRow("according to", u"According to the ministry, crime fell last year."_s, {u"According to the ministry, crime fell last year"_s});
        addRow("encourages", u"The Foreign Office encourages the partnership."_s, {u"The Foreign Office encourages the partnership"_s});
        addRow("is said to have", u"The mayor is said to have resigned."_s, {u"is said to have resigned"_s});
        addRow("is reported to", u"The mayor is reported to have resigned."_s, {u"is reported to have resigned"_s});
        addRow("speaker's own words", u"I said I would come back."_s, {});
        addRow("speaker's belief", u"We believe in freedom."_s, {});
        addRow("values", u"He believes in the freedom of the Iraqi people."_s, {});
        addRow("name, not a verb", u"And God bless the United States of America."_s, {});
        addRow("personal anecdote", u"I was in Dayton and a woman said she had been out of work since May."_s, {});
        addRow("question", u"Who said that the scheme works?"_s, {});
    }
    void quoteAttribution() { check(u"quote-attribution"_s); }

    void lawsRules_data()
    {
        columns();
        addRow("by law", u"By law, local authorities do not have foreign policies and we must work within the policies of national government."_s,
               {u"By law, local authorities do not have foreign policies"_s});
        addRow("law as subject", u"The law criminalised secession and subversion."_s, {u"The law criminalised secession and subversion"_s});
        addRow("voting record", u"He voted against the first Gulf War."_s, {u"He voted against the first Gulf War"_s});
        addRow("ban", u"The ban on smoking in pubs was introduced by the government."_s,
               {u"The ban on smoking in pubs was introduced by the government"_s});
        addRow("named act", u"Parliament passed the Online Safety Act."_s, {u"Parliament passed the Online Safety Act"_s});
        addRow("wish for a law", u"We need a new law."_s, {});
        addRow("first name Bill", u"Bill Clinton visited the city."_s, {});
        addRow("question", u"Is that law still in force?"_s, {});
    }
    void lawsRules() { check(u"laws-rules"_s); }

    void causation_data()
    {
        columns();
        addRow("causal verb", u"Its relationship with China has encouraged cultural links between the two areas."_s,
               {u"Its relationship with China has encouraged cultural links between the two areas"_s});
        addRow("leading to", u"Members of parliament were removed leading to a mass resignation."_s, {u"leading to a mass resignation"_s});
        addRow("because of", u"Crime fell because of more police on the streets."_s, {u"Crime fell because of more police on the streets"_s});
        addRow("correlation", u"Obesity is linked to heart disease."_s, {u"Obesity is linked to heart disease"_s});
        addRow("own reasons", u"We did this because we care."_s, {});
        addRow("led without to", u"He led the team to victory."_s, {});
        addRow("question", u"Did the policy cause the fall in crime?"_s, {});
    }
    void causation() { check(u"causation"_s); }

    void prediction_data()
    {
        columns();
        addRow("will", u"The economy will shrink next year."_s, {u"The economy will shrink next year"_s});
        addRow("expected to", u"Inflation is expected to rise."_s, {u"Inflation is expected to rise"_s});
        addRow("post-nominal expected", u"Tourism is growing, with far more growth expected."_s, {u"far more growth expected"_s});
        addRow("pledge", u"I will cut taxes."_s, {});
        addRow("first person going to", u"We are going to win."_s, {});
        addRow("evaluation", u"It will be great."_s, {});
        addRow("negated evaluation", u"But it's not going to be easy."_s, {});
        addRow("obligation", u"Parents are going to have to show more responsibility."_s, {});
        addRow("discourse", u"The senator will tell you that it has to be safe."_s, {});
        addRow("condition", u"The plan works if the government is going to continue its support."_s, {});
        addRow("question", u"Will you vote for me?"_s, {});
    }
    void prediction() { check(u"prediction"_s); }

    void temporalEvent_data()
    {
        columns();
        addRow("earlier this year", u"Earlier this year the government passed a new security law."_s,
               {u"Earlier this year the government passed a new security law"_s});
        addRow("in year", u"In 1990, there was a vast coalition."_s, {u"In 1990, there was a vast coalition"_s});
        addRow("duration", u"Essex has a decades long partnership with Jiangsu."_s, {u"a decades long partnership"_s});
        addRow("ago", u"Two years ago the factory closed."_s, {u"Two years ago the factory closed"_s});
        addRow("personal", u"I was in Houston on Tuesday."_s, {});
        addRow("no event", u"The meeting is in March."_s, {});
        addRow("question", u"What happened in 1990?"_s, {});
    }
    void temporalEvent() { check(u"temporal-event"_s); }

    void analysisFollowsTheText()
    {
        // The built-in detectors share one analysis per text; the same buffer edited in place (same address,
        // same length) must be analysed again.
        QString text = u"The bridge cost £4.5m in total."_s;
        text.detach(); // own the buffer, so that the edit below happens in place
        const QChar *before = text.constData();
        QCOMPARE(m_manager.detect(text, Cancellation(), {u"quantity"_s}).size(), 1);
        const QString replacement = u"a lot"_s; // as long as "£4.5m"
        std::copy(replacement.cbegin(), replacement.cend(), text.begin() + text.indexOf(u"£4.5m"_s));
        QCOMPARE(text, u"The bridge cost a lot in total."_s);
        QCOMPARE(text.constData(), before);
        QCOMPARE(m_manager.detect(text, Cancellation(), {u"quantity"_s}).size(), 0);
    }

    void everyScriptIsScannedLinearly()
    {
        // A long article in each script, all detectors together: the scan ends, finds each sentence's quantity
        // once, and every suggestion lies in the text. (Before, one non-ASCII digit kept the tokenizer in place.)
        const QStringList sentences = {
            u"ارتفع معدل البطالة إلى ١٢ في المئة العام الماضي."_s,
            u"نرخ بیکاری در سال گذشته به ۱۲ درصد رسید."_s,
            u"पिछले साल बेरोज़गारी दर १२ प्रतिशत तक पहुँच गई।"_s,
            u"去年失业率上升到１２％。"_s,
        };
        for (const QString &sentence : sentences) {
            QString text;
            constexpr int Repeats = 2000;
            for (int i = 0; i < Repeats; ++i)
                text += sentence + (i % 10 == 9 ? u"\n"_s : u" "_s);
            const QList<PluginSuggestion> found = m_manager.detect(text, Cancellation());
            int quantities = 0;
            for (const PluginSuggestion &ps : found) {
                QVERIFY(ps.suggestion.start >= 0 && ps.suggestion.end <= text.size());
                QVERIFY(ps.suggestion.start < ps.suggestion.end);
                quantities += ps.suggestion.claimType == u"quantity"_s;
            }
            QCOMPARE(quantities, Repeats);
            QVERIFY(found.size() <= 6 * Repeats);
        }
    }

    void nonFiniteConfidences()
    {
        // A detector's NaN or infinite confidence enters the host as 0 (none), out-of-range ones are clamped:
        // never a NaN that a report or `scan --json` would print as null.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString library = u"libfixture_nonfinite.so"_s;
        QVERIFY(QFile::copy(QStringLiteral(CLAIMBENCH_FIXTURE_DIR "/") + library, dir.filePath(library)));
        PluginManager m;
        m.setSearchPaths({dir.path()});
        m.loadPlugins();
        QCOMPARE(m.errors(), QStringList());
        QList<double> confidences;
        for (const PluginSuggestion &ps : m.detect(u"abcdef"_s, Cancellation()))
            confidences << ps.suggestion.confidence;
        // NaN, +inf, -inf, 2, -1, 0.25 (one suggestion per character, in text order).
        QCOMPARE(confidences, QList<double>({0.0, 0.0, 0.0, 1.0, 0.0, 0.25}));
    }

    void multiSentenceParagraphs()
    {
        // Sentence boundaries come from QTextBoundaryFinder: the question is skipped, the claim after it is found,
        // and "U.S." does not end a sentence.
        const QString text = u"Who knows? The U.S. economy grew by 3% in 2019. Mr. Smith said so."_s;
        QStringList found;
        for (const PluginSuggestion &ps : m_manager.detect(text, Cancellation(), {u"quantity"_s}))
            found << text.mid(ps.suggestion.start, ps.suggestion.end - ps.suggestion.start);
        QCOMPARE(found, QStringList({u"grew by 3% in 2019"_s}));
    }
};

QTEST_GUILESS_MAIN(DetectorsTest)
#include "detectors_test.moc"
