// SPDX-License-Identifier: GPL-2.0-or-later
// Dated events and durations: "Earlier this year … passed a law", "In 1990, there was …", "a decades long
// partnership", "for 60 years".
#include "claimtypeprovider.h"
#include "cues.h"

#include <QObject>

namespace Claimbench {

class TemporalEventPlugin : public QObject, public ClaimTypeProvider, public ClaimDetector
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ClaimTypeProvider_iid FILE "temporalevent.json")
    Q_INTERFACES(Claimbench::ClaimTypeProvider Claimbench::ClaimDetector)
public:
    QList<ClaimType> claimTypes() const override;
    QList<Suggestion> detect(QStringView text, const Cancellation &cancel) const override;
};

namespace {

using namespace Cues;

const QString TypeId = QStringLiteral("temporal-event");

constexpr Lexicon Months{{"january", "february", "march", "april", "may", "june", "july", "august", "september",
                          "october", "november", "december"}};
constexpr Lexicon Periods{{"year", "month", "week", "decade", "century", "summer", "winter", "spring", "autumn",
                           "fall", "quarter", "term", "session"}};
constexpr Lexicon PeriodPlurals{{"years", "months", "weeks", "decades", "centuries", "days"}};
constexpr Lexicon Relative{{"earlier", "later", "last", "ago", "yesterday", "since", "previous", "past"}};
constexpr Lexicon YearPrepositions{{"in", "since", "by", "until", "from", "during", "before", "after", "of",
                                    "between", "through", "to"}};
constexpr Lexicon IrregularPast{{"was", "were", "had", "passed", "began", "won", "lost", "came", "went", "made",
                                 "took", "became", "fell", "rose", "grew", "signed", "left", "brought", "built",
                                 "sent", "gave", "got", "held", "met", "ran", "saw", "led", "paid", "spent", "cut",
                                 "put", "set", "hit", "struck", "sold", "bought", "told", "wrote", "broke"}};

constexpr Triggers TemporalTriggers = [] {
    Triggers t;
    t.words = Months.bloom() | Relative.bloom() | PeriodPlurals.bloom() | Lexicon({"long", "old"}).bloom();
    t.digits = true;
    return t;
}();
const TriggerSet TemporalTriggersSet(TemporalTriggers); // registered when the plugin is loaded

bool hasPastVerb(const Sentence &s, int a, int b)
{
    for (int k = a; k <= b; ++k) {
        const Token &t = s.at(k);
        if (t.is(Word) && !t.is(Capitalized) && (t.is(Ed) || IrregularPast.contains(t.hash)))
            return true;
    }
    return false;
}

// The time expression starting at token i: returns its last token, or -1.
int timeExpression(const Sentence &s, int i)
{
    const int n = s.size();
    const Token &t = s.at(i);
    // "In 1990", "since 2010", "in the 1990s"
    if (t.is(Word) && YearPrepositions.contains(t.hash)) {
        int j = i + 1;
        if (j < n && s.at(j).isWord("the"_w))
            ++j;
        if (j < n && s.at(j).is(Year))
            return j;
        if (j < n && s.at(j).is(Capitalized) && Months.contains(s.at(j).hash)) {
            int e = j;
            if (e + 1 < n && s.at(e + 1).is(Digits))
                ++e;
            if (e + 1 < n && s.at(e + 1).first == u',' && e + 2 < n && s.at(e + 2).is(Year))
                e += 2;
            return e;
        }
        return -1;
    }
    // "earlier this year", "last month", "later that decade"
    if (t.is(Word) && (t.hash == "earlier"_w || t.hash == "later"_w || t.hash == "last"_w || t.hash == "previous"_w)) {
        int j = i + 1;
        if (j < n && s.at(j).is(Word) && (s.at(j).hash == "this"_w || s.at(j).hash == "that"_w || s.at(j).hash == "the"_w))
            ++j;
        if (j < n && s.at(j).is(Word) && (Periods.contains(s.at(j).hash) || Months.contains(s.at(j).hash)))
            return j;
        return -1;
    }
    if (t.isWord("yesterday"_w))
        return i;
    // "two years ago", "18 months ago"
    if ((t.is(Digits) || (t.is(Word) && isNumberWord(t.hash))) && i + 2 < n && s.at(i + 1).is(Word)
        && (PeriodPlurals.contains(s.at(i + 1).hash) || Periods.contains(s.at(i + 1).hash)) && s.at(i + 2).isWord("ago"_w))
        return i + 2;
    return -1;
}

void detectSentence(const Sentence &s, QList<Suggestion> &out)
{
    const Stance &st = s.stance;
    if (st.question || st.personal || st.pledge || st.prescriptive)
        return;
    const int n = s.size();
    for (int i = 0; i < n; ++i) {
        const Token &t = s.at(i);
        if (s.inOpinion(i))
            continue;
        // Durations used as claims: "a decades long partnership", "a 30-year-old treaty".
        if (t.is(Word) && (t.hash == "decades"_w || t.hash == "years"_w || t.hash == "centuries"_w) && i + 2 < n
            && s.at(i + 1).is(Word) && (s.at(i + 1).hash == "long"_w || s.at(i + 1).hash == "old"_w) && s.at(i + 2).is(Word)
            && !isFunctionWord(s.at(i + 2).hash)) {
            int a = i;
            if (a > 0 && s.at(a - 1).is(Word) && isDeterminer(s.at(a - 1).hash))
                --a;
            addMerged(out, makeSuggestion(s, a, i + 2, TypeId, 0.7, once([] { return TemporalEventPlugin::tr("a duration"); })));
            continue;
        }
        const int e = timeExpression(s, i);
        if (e < 0)
            continue;
        const bool initial = clauseStart(s, i) == i;
        if (initial) {
            // An opening time adverbial dates the whole statement that follows.
            int b = e + 1 < n && s.at(e + 1).first == u',' ? e + 2 : e + 1;
            if (b >= n)
                continue;
            const int end = statementEnd(s, b);
            if (!hasPastVerb(s, b, end))
                continue;
            addMerged(out, makeSuggestion(s, i, end, TypeId, 0.7, once([] { return TemporalEventPlugin::tr("a dated event"); })));
        } else {
            const int a = clauseStart(s, i);
            if (!hasPastVerb(s, a, e))
                continue;
            addMerged(out, makeSuggestion(s, a, e, TypeId, 0.6, once([] { return TemporalEventPlugin::tr("a dated event"); })));
        }
        i = e;
    }
}

} // namespace

QList<ClaimType> TemporalEventPlugin::claimTypes() const
{
    ClaimType t;
    t.id = TypeId;
    t.name = tr("Dated event");
    t.description = tr("A claim that something happened at a given time, or lasted for a given period.");
    t.colour = QStringLiteral("#8c564b");
    t.icon = QStringLiteral("view-calendar-day");
    t.fields = {
        {QStringLiteral("event"), tr("Event"), FieldDefinition::Text, {}, true},
        {QStringLiteral("date"), tr("Date"), FieldDefinition::Date, {}, false},
        {QStringLiteral("duration"), tr("Duration"), FieldDefinition::Text, {}, false},
        {QStringLiteral("record"), tr("Record"), FieldDefinition::Url, {}, false},
    };
    t.checklist = {
        {QStringLiteral("happened"), tr("Confirm the event happened")},
        {QStringLiteral("date"), tr("Check the date or period against a primary record")},
        {QStringLiteral("sequence"), tr("Check the order of events")},
        {QStringLiteral("archive"), tr("Archive the record you used")},
    };
    t.guidance = tr("Vague time words (\"earlier this year\", \"decades\") hide the date: pin it down and "
                    "check that the event fits it.");
    return {t};
}

QList<Suggestion> TemporalEventPlugin::detect(QStringView text, const Cancellation &cancel) const
{
    QList<Suggestion> out;
    forEachSentence(text, cancel, TemporalTriggersSet, [&](const Sentence &s) { detectSentence(s, out); });
    return out;
}

} // namespace Claimbench

#include "temporaleventplugin.moc"
