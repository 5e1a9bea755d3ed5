// SPDX-License-Identifier: GPL-2.0-or-later
// Quantity claims (Full Fact taxonomy: "quantity in the past or present"): amounts of money, counts,
// percentages, rates, rankings and comparisons.
#include "claimtypeprovider.h"
#include "cues.h"

#include <QObject>

namespace Claimbench {

class QuantityPlugin : public QObject, public ClaimTypeProvider, public ClaimDetector
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ClaimTypeProvider_iid FILE "quantity.json")
    Q_INTERFACES(Claimbench::ClaimTypeProvider Claimbench::ClaimDetector)
public:
    QList<ClaimType> claimTypes() const override;
    QList<Suggestion> detect(QStringView text, const Cancellation &cancel) const override;
};

namespace {

using namespace Cues;

const QString TypeId = QStringLiteral("quantity");

constexpr Lexicon LeftModifiers{{"about", "nearly", "almost", "over", "under", "around", "roughly", "approximately",
                                 "some", "just", "only", "least", "at", "more", "less", "fewer", "than", "well",
                                 "better", "another", "additional", "extra", "mere", "barely", "exactly",
                                 "precisely", "up", "estimated", "whopping", "record", "net", "total", "average"}};
constexpr Lexicon CurrencyWords{{"dollars", "dollar", "pounds", "pound", "euros", "euro", "cents", "cent", "pence",
                                 "yen", "yuan", "rupees", "francs", "sterling", "bucks"}};
constexpr Lexicon PercentWords{{"percent", "per", "percentage", "pct",
                                // Persian درصد, Arabic بالمئة / بالمائة (and المئة of في المئة), Hindi प्रतिशत, फ़ीसदी
                                "\u062F\u0631\u0635\u062F", "\u0628\u0627\u0644\u0645\u0626\u0629",
                                "\u0628\u0627\u0644\u0645\u0627\u0626\u0629", "\u0627\u0644\u0645\u0626\u0629",
                                "\u0627\u0644\u0645\u0627\u0626\u0629", "\u092A\u094D\u0930\u0924\u093F\u0936\u0924",
                                "\u092B\u093C\u0940\u0938\u0926\u0940", "\u092B\u0940\u0938\u0926\u0940"}};
constexpr quint32 ArabicFi = "\u0641\u064A"_w; // في, "in" of في المئة
constexpr Lexicon OrdinalWords{{"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                                "tenth", "first"}};
constexpr Lexicon OrdinalSuffixes{{"st", "nd", "rd", "th"}};
constexpr Lexicon MeasurableSuperlatives{{"largest", "biggest", "highest", "lowest", "smallest", "fastest",
                                          "slowest", "longest", "shortest", "richest", "poorest", "deepest",
                                          "cheapest", "oldest", "youngest", "fewest", "costliest", "deadliest",
                                          "busiest", "wealthiest", "hottest", "coldest", "warmest", "steepest",
                                          "sharpest", "tallest", "heaviest"}};
constexpr Lexicon EvaluativeSuperlatives{{"most", "least", "worst", "best", "greatest", "strongest", "weakest"}};
constexpr Lexicon SuperlativeScope{{"since", "ever", "history", "record", "world", "any", "decades", "decade",
                                    "century", "years", "nation", "country", "generation", "modern", "recorded",
                                    "planet", "europe", "america", "all"}};
constexpr Lexicon Comparatives{{"more", "less", "fewer", "higher", "lower", "larger", "bigger", "smaller", "greater",
                                "faster", "slower", "cheaper", "richer", "poorer", "longer", "shorter", "older",
                                "younger", "deeper", "costlier", "worse"}};
constexpr Lexicon AsComparatives{{"many", "much", "few", "little", "high", "low", "large", "big", "fast", "long"}};
constexpr Lexicon ChangeVerbs{{"doubled", "tripled", "trebled", "halved", "quadrupled", "soared", "plummeted",
                               "plunged", "skyrocketed", "surged", "slumped", "tumbled", "ballooned"}};
constexpr Lexicon Fractions{{"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"}};
constexpr Lexicon TimeOfDay{{"o'clock", "am", "pm", "a", "p"}};
constexpr Lexicon SmallNumbers{{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                "eleven", "twelve"}};
constexpr Lexicon AnaphoricDeterminers{{"the", "these", "those", "my", "our", "his", "her", "their", "your",
                                        "both", "its", "all", "first", "last", "next", "other"}};

constexpr Triggers QuantityTriggers = [] {
    Triggers t;
    t.words = NumberWords.bloom() | MagnitudeWords.bloom() | MeasurableSuperlatives.bloom()
              | EvaluativeSuperlatives.bloom() | Comparatives.bloom() | ChangeVerbs.bloom() | Fractions.bloom()
              | Lexicon({"twice", "times"}).bloom();
    t.digits = true;
    t.currency = true;
    t.percent = true;
    return t;
}();
const TriggerSet QuantityTriggersSet(QuantityTriggers); // registered when the plugin is loaded

enum Strength { None, Weak, Medium, Strong };

struct Core {
    int first = -1;
    int last = -1;
    Strength strength = None;
    QString rationale;
};

bool isVerbish(const Token &t)
{
    return t.is(Word) && !t.is(Capitalized) && !isFunctionWord(t.hash) && !isAuxiliary(t.hash)
           && !isDeterminer(t.hash) && !isNumberWord(t.hash) && !LeftModifiers.contains(t.hash)
           && t.hash != "per"_w && t.hash != "among"_w && t.hash != "between"_w && t.hash != "including"_w
           && t.hash != "uh"_w && t.hash != "um"_w;
}

bool isNumberish(const Sentence &s, int i)
{
    const Token &t = s.at(i);
    if (t.is(Digits))
        return !t.is(Year) || (i > 0 && s.at(i - 1).is(Currency));
    return t.is(Word) && (isNumberWord(t.hash) || (t.hash == "point"_w && i > 0 && s.at(i - 1).is(Word) && isNumberWord(s.at(i - 1).hash)));
}

// The number phrase starting at token i: digits or number words with their magnitudes, currency and percent.
Core numberCore(const Sentence &s, int i)
{
    Core c;
    const int n = s.size();
    const Token &t = s.at(i);
    bool currency = i > 0 && s.at(i - 1).is(Currency);
    bool percent = false;
    bool magnitude = t.is(Word) && isMagnitudeWord(t.hash); // "millions of pounds"
    int j = i;
    while (j + 1 < n) {
        const Token &u = s.at(j + 1);
        if (isNumberish(s, j + 1) && !u.is(Year)) {
            magnitude = magnitude || (u.is(Word) && isMagnitudeWord(u.hash)); // "7 million"
            ++j;
        } else if (u.is(Word) && (isMagnitudeWord(u.hash) || Fractions.contains(u.hash))) {
            magnitude = magnitude || isMagnitudeWord(u.hash);
            ++j;
        } else if (u.isWord("and"_w) && j + 2 < n && s.at(j + 2).is(Word) && isNumberWord(s.at(j + 2).hash)) {
            j += 2;
        } else if (u.first == u'/' && j + 2 < n && s.at(j + 2).is(Digits)) {
            j += 2;
        } else {
            break;
        }
    }
    // Units right after the number.
    if (j + 1 < n) {
        const Token &u = s.at(j + 1);
        if (u.is(Percent)) {
            percent = true;
            ++j;
        } else if (u.isWord(ArabicFi) && j + 2 < n && s.at(j + 2).is(Word) && PercentWords.contains(s.at(j + 2).hash)) {
            percent = true; // ١٢ في المئة
            j += 2;
        } else if (u.is(Word) && PercentWords.contains(u.hash)) {
            if (u.hash == "per"_w) {
                if (j + 2 < n && s.at(j + 2).isWord("cent"_w)) {
                    percent = true;
                    j += 2;
                }
            } else {
                percent = true;
                ++j;
                if (u.hash == "percentage"_w && j + 1 < n && (s.at(j + 1).isWord("points"_w) || s.at(j + 1).isWord("point"_w)))
                    ++j;
            }
        } else if (u.is(Word) && CurrencyWords.contains(u.hash)) {
            currency = true;
            ++j;
        }
    }
    if (t.is(Digits) && t.hash && isMagnitudeWord(t.hash))
        magnitude = true; // "4.5m", "3bn"
    c.first = currency && i > 0 && s.at(i - 1).is(Currency) ? i - 1 : i;
    c.last = j;
    if (currency) {
        c.strength = Strong;
        c.rationale = once([] { return QuantityPlugin::tr("an amount of money"); });
    } else if (percent) {
        c.strength = Strong;
        c.rationale = once([] { return QuantityPlugin::tr("a percentage"); });
    } else if (magnitude) {
        c.strength = Strong;
        c.rationale = once([] { return QuantityPlugin::tr("a number with a magnitude"); });
    } else {
        // A count: strong enough when it counts something ("127 times", "eleven dictators").
        const bool small = (t.is(Digits) && t.value >= 0 && t.value <= 12) || (t.is(Word) && SmallNumbers.contains(t.hash) && j == i);
        int k = j + 1;
        if (k < n && s.at(k).is(Word) && !isFunctionWord(s.at(k).hash) && !s.at(k).is(Plural) && k + 1 < n
            && s.at(k + 1).is(Plural))
            ++k; // "56 individual bills"
        bool counted = k < n && s.at(k).is(Word) && (s.at(k).is(Plural) || s.at(k).isWord("people"_w)
                                                          || s.at(k).isWord("children"_w) || s.at(k).isWord("men"_w)
                                                          || s.at(k).isWord("women"_w))
                             && !s.at(k).is(Capitalized);
        bool outOf = false; // "1 out of 6", "one in five"
        if (j + 3 < n && s.at(j + 1).isWord("out"_w) && s.at(j + 2).isWord("of"_w) && isNumberish(s, j + 3))
            outOf = true;
        if (j + 2 < n && s.at(j + 1).isWord("in"_w) && isNumberish(s, j + 2))
            outOf = true;
        if (counted && k + 1 < n && s.at(k + 1).isWord("ago"_w))
            counted = false; // "two years ago": a date, not a count
        if (counted || outOf) {
            c.strength = small ? Weak : Medium;
            c.rationale = outOf ? once([] { return QuantityPlugin::tr("a proportion"); }) : once([] { return QuantityPlugin::tr("a count"); });
        } else if (t.is(Digits) && !small) {
            c.strength = Medium;
            c.rationale = once([] { return QuantityPlugin::tr("a figure"); });
        }
    }
    return c;
}

bool skipNumber(const Sentence &s, int i)
{
    const Token &t = s.at(i);
    const int n = s.size();
    if (t.is(Year) && !(i > 0 && s.at(i - 1).is(Currency)))
        return true; // dates are temporal-event claims
    if (t.is(Digits) && t.hash && OrdinalSuffixes.contains(t.hash))
        return true; // "2nd": a rank, handled with superlatives
    if (t.is(Digits) && t.is(AfterHyphen) && i > 0 && s.at(i - 1).is(Capitalized))
        return true; // "F-14s", "COVID-19": a name
    if (i + 1 < n && ((s.at(i + 1).is(Word) && TimeOfDay.contains(s.at(i + 1).hash) && s.at(i + 1).hash != "a"_w)
                      || (s.at(i + 1).first == u':' && i + 2 < n && s.at(i + 2).is(Digits))))
        return true; // "7 o'clock", "9:30"
    if (t.isWord("one"_w)) {
        // "one of the", "the one", "no one": a pronoun unless a magnitude or proportion follows.
        if (!(i + 1 < n && (s.at(i + 1).is(Percent) || (s.at(i + 1).is(Word) && (isMagnitudeWord(s.at(i + 1).hash)
                                                                                 || PercentWords.contains(s.at(i + 1).hash)
                                                                                 || s.at(i + 1).hash == "in"_w
                                                                                 || s.at(i + 1).hash == "out"_w)))))
            return true;
    }
    if (t.is(Word) && SmallNumbers.contains(t.hash) && i > 0 && s.at(i - 1).is(Word)
        && AnaphoricDeterminers.contains(s.at(i - 1).hash))
        return true; // "the two areas": a reference, not a count
    return false;
}

// Extends a quantity to the claim around it: the verb that governs it ("brought millions of pounds") and
// the rest of its clause ("... to the county's economy").
std::pair<int, int> claimSpan(const Sentence &s, int first, int last)
{
    int a = first;
    while (a > 0 && s.at(a - 1).is(Word) && LeftModifiers.contains(s.at(a - 1).hash))
        --a;
    if (a > 0 && s.at(a - 1).is(Word)
        && (s.at(a - 1).hash == "by"_w || s.at(a - 1).hash == "to"_w || s.at(a - 1).hash == "from"_w)) {
        if (a > 1 && isVerbish(s.at(a - 2)))
            a -= 2;
    } else if (a > 0 && isVerbish(s.at(a - 1))) {
        --a;
    }
    const int b = std::min(clauseEnd(s, last), last + 10);
    return {a, b};
}

void detectSentence(const Sentence &s, QList<Suggestion> &out)
{
    if (s.stance.question)
        return;
    const int n = s.size();
    const bool guarded = s.stance.personal || s.stance.pledge || s.stance.prescriptive;
    auto add = [&](int first, int last, Strength strength, const QString &why) {
        if (strength == None || s.inOpinion(first))
            return;
        if (strength == Weak && guarded)
            return;
        const double confidence = strength == Strong ? 0.9 : strength == Medium ? 0.7 : 0.5;
        addMerged(out, makeSuggestion(s, first, last, TypeId, confidence, why));
    };
    for (int i = 0; i < n; ++i) {
        const Token &t = s.at(i);
        if (t.is(Word) && !QuantityTriggers.words.mayContain(t.hash))
            continue; // every word cue below is one of the trigger words: one Bloom test instead of one per lexicon
        if (t.is(Currency) && i + 1 < n && s.at(i + 1).is(Digits))
            continue; // the number that follows takes the symbol
        if ((t.is(Digits) || (t.is(Word) && isNumberWord(t.hash))) && !skipNumber(s, i)) {
            const Core c = numberCore(s, i);
            if (c.strength != None) {
                const auto [a, b] = claimSpan(s, c.first, c.last);
                add(a, b, c.strength, c.rationale);
            }
            i = std::max(i, c.last);
            continue;
        }
        if (!t.is(Word))
            continue;
        const quint32 h = t.hash;
        // Rankings and superlatives: "the world's second largest economy", "the highest levels in 16 years".
        const bool measurable = MeasurableSuperlatives.contains(h);
        if (measurable || EvaluativeSuperlatives.contains(h)) {
            int a = i;
            bool ranked = false;
            if (a > 0 && ((s.at(a - 1).is(Word) && OrdinalWords.contains(s.at(a - 1).hash))
                          || (s.at(a - 1).is(Digits) && s.at(a - 1).hash && OrdinalSuffixes.contains(s.at(a - 1).hash)))) {
                --a;
                ranked = true;
            }
            bool determined = false;
            bool worldScope = false;
            if (a > 0 && (s.at(a - 1).is(Possessive))) {
                const quint32 stem = s.at(a - 1).stem;
                worldScope = stem == "world"_w || stem == "nation"_w || stem == "country"_w || stem == "europe"_w
                             || stem == "america"_w || stem == "state"_w || stem == "city"_w;
                --a;
                determined = true;
                if (a > 0 && s.at(a - 1).is(Word) && isDeterminer(s.at(a - 1).hash))
                    --a;
            } else if (a > 0 && s.at(a - 1).is(Word) && (s.at(a - 1).hash == "the"_w || s.at(a - 1).hash == "its"_w
                                                         || s.at(a - 1).hash == "their"_w)) {
                --a;
                determined = true;
            }
            const int end = std::min(clauseEnd(s, i), i + 12);
            bool scoped = false;
            for (int k = i + 1; k <= end && !scoped; ++k)
                scoped = (s.at(k).is(Word) && SuperlativeScope.contains(s.at(k).stem)) || s.at(k).is(Digits);
            if (determined && (ranked || worldScope || scoped || (measurable && !(h == "most"_w))))
                add(a, end, ranked || worldScope || scoped ? Medium : Weak,
                     ranked ? once([] { return QuantityPlugin::tr("a ranking"); }) : once([] { return QuantityPlugin::tr("a superlative"); }));
            continue;
        }
        // Comparisons: "more debt ... than", "twice as many jobs as", "less than half".
        if (Comparatives.contains(h)) {
            if (i + 1 < n && s.at(i + 1).isWord("than"_w) && i + 2 < n && isNumberish(s, i + 2))
                continue; // "more than 50": the number carries it
            const int end = clauseEnd(s, i);
            for (int k = i + 1; k <= end && k <= i + 10; ++k) {
                if (s.at(k).isWord("than"_w)) {
                    int a = i;
                    if (a > 0 && isVerbish(s.at(a - 1)))
                        --a;
                    add(a, std::min(clauseEnd(s, k), k + 10), h == "worse"_w ? Weak : Medium,
                         once([] { return QuantityPlugin::tr("a comparison"); }));
                    break;
                }
            }
            continue;
        }
        if ((h == "twice"_w || h == "times"_w) && i + 2 < n && s.at(i + 1).isWord("as"_w) && s.at(i + 2).is(Word)
            && AsComparatives.contains(s.at(i + 2).hash)) {
            int a = i > 0 && h == "times"_w ? i - 1 : i;
            add(a, std::min(clauseEnd(s, i), i + 12), Medium, once([] { return QuantityPlugin::tr("a comparison"); }));
            continue;
        }
        if (ChangeVerbs.contains(h)) {
            int a = i;
            while (a > 0 && s.at(a - 1).is(Word) && isAuxiliary(s.at(a - 1).hash))
                --a;
            add(a, std::min(clauseEnd(s, i), i + 10), Medium, once([] { return QuantityPlugin::tr("a change in size"); }));
        }
    }
}

} // namespace

QList<ClaimType> QuantityPlugin::claimTypes() const
{
    ClaimType t;
    t.id = TypeId;
    t.name = tr("Quantity");
    t.description = tr("An amount, count, percentage, rate, ranking or comparison in the past or present.");
    t.colour = QStringLiteral("#1f77b4");
    t.icon = QStringLiteral("office-chart-bar");
    t.fields = {
        {QStringLiteral("figure"), tr("Figure"), FieldDefinition::Text, {}, true},
        {QStringLiteral("unit"), tr("Unit"), FieldDefinition::Text, {}, false},
        {QStringLiteral("period"), tr("Period"), FieldDefinition::Text, {}, false},
        {QStringLiteral("geography"), tr("Geography"), FieldDefinition::Text, {}, false},
        {QStringLiteral("statedSource"), tr("Stated source"), FieldDefinition::Text, {}, false},
        {QStringLiteral("kind"), tr("Kind"), FieldDefinition::Choice,
         {QStringLiteral("amount"), QStringLiteral("count"), QStringLiteral("percentage"), QStringLiteral("rate"),
          QStringLiteral("ranking"), QStringLiteral("comparison")}, false},
    };
    t.checklist = {
        {QStringLiteral("primary-source"), tr("Find the primary source of the figure")},
        {QStringLiteral("period-unit"), tr("Check the period, the unit and the geography")},
        {QStringLiteral("official-statistics"), tr("Compare with official statistics")},
        {QStringLiteral("like-for-like"), tr("Check that comparisons are like for like (inflation, population, definitions)")},
        {QStringLiteral("context"), tr("Check the context: trend, base, margin of error, cherry-picked periods")},
    };
    t.guidance = tr("Numbers are the most checkable claims. Ask *what exactly was counted*, *over which period* and "
                    "*by whom*. Rankings (\"the second largest\") need a named league table and a date.");
    return {t};
}

QList<Suggestion> QuantityPlugin::detect(QStringView text, const Cancellation &cancel) const
{
    QList<Suggestion> out;
    forEachSentence(text, cancel, QuantityTriggersSet, [&](const Sentence &s) { detectSentence(s, out); });
    return out;
}

} // namespace Claimbench

#include "quantityplugin.moc"
