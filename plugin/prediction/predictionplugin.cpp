// SPDX-License-Identifier: GPL-2.0-or-later
// Predictions (Full Fact taxonomy: "prediction"): forecasts about what will happen, by someone other than the
// speaker making a pledge ("the economy will shrink", "with far more growth expected").
#include "claimtypeprovider.h"
#include "cues.h"

#include <QObject>

namespace Claimbench {

class PredictionPlugin : public QObject, public ClaimTypeProvider, public ClaimDetector
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ClaimTypeProvider_iid FILE "prediction.json")
    Q_INTERFACES(Claimbench::ClaimTypeProvider Claimbench::ClaimDetector)
public:
    QList<ClaimType> claimTypes() const override;
    QList<Suggestion> detect(QStringView text, const Cancellation &cancel) const override;
};

namespace {

using namespace Cues;

const QString TypeId = QStringLiteral("prediction");

constexpr Lexicon FutureModals{{"will", "won't", "'ll", "he'll", "she'll", "it'll", "they'll", "gonna"}};
constexpr Lexicon ForecastWords{{"expected", "forecast", "forecasts", "projected", "predicted", "predicts",
                                 "likely", "unlikely", "set", "due", "poised", "bound", "anticipated", "estimated"}};
constexpr Lexicon ForecastNouns{{"forecast", "forecasts", "projection", "projections", "prediction", "predictions", "outlook"}};
constexpr Lexicon NotSubjects{{"i", "we", "you", "i'll", "we'll", "you'll", "who", "that", "which", "what"}};
constexpr Lexicon Evaluatives{{"good", "great", "bad", "wonderful", "terrible", "fine", "nice", "important",
                               "happy", "glad", "proud", "able", "free", "ready", "honest", "easy", "hard",
                               "difficult", "simple", "possible", "impossible", "necessary", "enough", "tough"}};
// "You will see", "as he will tell you": discourse, not a forecast.
constexpr Lexicon DiscourseVerbs{{"tell", "say", "see", "find", "hear", "notice", "agree", "remember", "know",
                                  "recall", "understand", "appreciate"}};
// A clause under these is a condition or an embedded question, not an assertion.
constexpr Lexicon NonAssertive{{"if", "unless", "whether", "what", "how", "when", "whatever", "why"}};

constexpr Triggers PredictionTriggers = [] {
    Triggers t;
    t.words = FutureModals.bloom() | ForecastWords.bloom() | ForecastNouns.bloom() | Lexicon({"going"}).bloom();
    return t;
}();
const TriggerSet PredictionTriggersSet(PredictionTriggers); // registered when the plugin is loaded

void detectSentence(const Sentence &s, QList<Suggestion> &out)
{
    const Stance &st = s.stance;
    if (st.question || st.prescriptive)
        return;
    const int n = s.size();
    for (int i = 0; i < n; ++i) {
        const Token &t = s.at(i);
        if (!t.is(Word) || s.inOpinion(i))
            continue;
        const quint32 h = t.hash;
        if (!PredictionTriggers.words.mayContain(h))
            continue; // every cue below is one of the trigger words: one Bloom test instead of one per lexicon
        // "with far more growth expected": a post-nominal participle at the end of its clause.
        if ((h == "expected"_w || h == "forecast"_w || h == "predicted"_w || h == "projected"_w || h == "anticipated"_w)
            && (i + 1 == n || s.at(i + 1).is(Terminal) || s.at(i + 1).is(ClauseBreak)) && i > 0 && s.at(i - 1).is(Word)
            && !isAuxiliary(s.at(i - 1).hash)) {
            const int a = nounPhraseStart(s, i);
            addMerged(out, makeSuggestion(s, a, i, TypeId, 0.65, once([] { return PredictionPlugin::tr("an expected development"); })));
            continue;
        }
        // "is expected to", "are likely to", "is set to", "is forecast to".
        if (ForecastWords.contains(h) && i + 1 < n && s.at(i + 1).isWord("to"_w) && i > 0 && s.at(i - 1).is(Word)
            && isAuxiliary(s.at(i - 1).hash) && !st.firstPersonSubject) {
            addMerged(out, makeSuggestion(s, clauseStart(s, i), clauseEnd(s, i), TypeId, 0.75, once([] { return PredictionPlugin::tr("a forecast"); })));
            continue;
        }
        if (ForecastNouns.contains(h) && !st.firstPersonSubject) {
            addMerged(out, makeSuggestion(s, clauseStart(s, i), clauseEnd(s, i), TypeId, 0.6, once([] { return PredictionPlugin::tr("a forecast"); })));
            continue;
        }
        // "X will …", "X is going to …": a forecast when X is not the speaker (then it is a pledge).
        const bool going = h == "going"_w && i + 1 < n && s.at(i + 1).isWord("to"_w) && i > 0 && s.at(i - 1).is(Word)
                           && isAuxiliary(s.at(i - 1).stem == "'s"_w ? s.at(i - 1).hash : s.at(i - 1).hash);
        if (!FutureModals.contains(h) && !going)
            continue;
        if (st.pledge && st.firstPersonSubject)
            continue;
        int subj = going ? i - 2 : i - 1;
        if (h == "he'll"_w || h == "she'll"_w || h == "it'll"_w || h == "they'll"_w)
            subj = i;
        while (subj >= 0 && s.at(subj).is(Word) && isAuxiliary(s.at(subj).hash) && subj != i)
            --subj;
        if (subj < 0 || !s.at(subj).is(Word) || NotSubjects.contains(s.at(subj).hash) || NotSubjects.contains(s.at(subj).stem))
            continue;
        if (subj != i && isFunctionWord(s.at(subj).hash) && !isPronounSubject(s.at(subj).hash))
            continue; // "and will continue": the subject is elsewhere

        // "It will be good": an evaluation, not a forecast.
        int v = i + 1 + (going ? 1 : 0);
        while (v < n && s.at(v).is(Word) && (s.at(v).hash == "not"_w || s.at(v).hash == "just"_w || s.at(v).hash == "also"_w
                                             || s.at(v).hash == "certainly"_w || s.at(v).hash == "probably"_w))
            ++v;
        if (v < n && s.at(v).isWord("be"_w) && v + 1 < n && s.at(v + 1).is(Word) && Evaluatives.contains(s.at(v + 1).hash))
            continue;
        // "is going to have to", "will have to": an obligation; "will tell you": discourse.
        if (v + 1 < n && s.at(v).is(Word) && (s.at(v).hash == "have"_w || s.at(v).hash == "has"_w) && s.at(v + 1).isWord("to"_w))
            continue;
        if (v < n && s.at(v).is(Word) && DiscourseVerbs.contains(s.at(v).hash))
            continue;
        const int a = subj == i ? i : clauseStart(s, subj);
        if (a > 0 && s.at(a - 1).is(Word) && NonAssertive.contains(s.at(a - 1).hash))
            continue;
        addMerged(out, makeSuggestion(s, a, clauseEnd(s, i), TypeId, 0.6, once([] { return PredictionPlugin::tr("a future construction"); })));
    }
}

} // namespace

QList<ClaimType> PredictionPlugin::claimTypes() const
{
    ClaimType t;
    t.id = TypeId;
    t.name = tr("Prediction");
    t.description = tr("A claim about what will happen: forecasts, projections and expectations.");
    t.colour = QStringLiteral("#ff7f0e");
    t.icon = QStringLiteral("view-calendar-upcoming-events");
    t.fields = {
        {QStringLiteral("outcome"), tr("Predicted outcome"), FieldDefinition::Text, {}, true},
        {QStringLiteral("horizon"), tr("By when"), FieldDefinition::Date, {}, false},
        {QStringLiteral("forecaster"), tr("Who forecasts it"), FieldDefinition::Text, {}, false},
        {QStringLiteral("basis"), tr("Model or basis"), FieldDefinition::Url, {}, false},
    };
    t.checklist = {
        {QStringLiteral("source"), tr("Find who made the forecast and when")},
        {QStringLiteral("basis"), tr("Check what the forecast is based on (model, assumptions)")},
        {QStringLiteral("range"), tr("Check the range or uncertainty that came with it")},
        {QStringLiteral("others"), tr("Compare with other forecasts")},
        {QStringLiteral("revisit"), tr("Note a date to revisit the claim")},
    };
    t.guidance = tr("A prediction cannot be true or false yet, but the claim that *someone forecasts it*, and what "
                    "the forecast is based on, can be checked.");
    return {t};
}

QList<Suggestion> PredictionPlugin::detect(QStringView text, const Cancellation &cancel) const
{
    QList<Suggestion> out;
    forEachSentence(text, cancel, PredictionTriggersSet, [&](const Sentence &s) { detectSentence(s, out); });
    return out;
}

} // namespace Claimbench

#include "predictionplugin.moc"
