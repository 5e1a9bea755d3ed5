// SPDX-License-Identifier: GPL-2.0-or-later
// Causation and correlation (Full Fact taxonomy: "correlation or causation"): "X has encouraged Y",
// "leading to Y", "because of X", "linked to".
#include "claimtypeprovider.h"
#include "cues.h"

#include <QObject>

namespace Claimbench {

class CausationPlugin : public QObject, public ClaimTypeProvider, public ClaimDetector
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ClaimTypeProvider_iid FILE "causation.json")
    Q_INTERFACES(Claimbench::ClaimTypeProvider Claimbench::ClaimDetector)
public:
    QList<ClaimType> claimTypes() const override;
    QList<Suggestion> detect(QStringView text, const Cancellation &cancel) const override;
};

namespace {

using namespace Cues;

const QString TypeId = QStringLiteral("causation");

// Finite causal verbs: the subject is the cause, the object the effect.
constexpr Lexicon CausalVerbs{{"caused", "causes", "encouraged", "encourages", "sparked", "sparks", "triggered",
                               "triggers", "fuelled", "fueled", "fuels", "boosted", "boosts", "prompted", "prompts",
                               "drove", "drives", "resulted", "contributed", "contributes", "led", "leads",
                               "created", "destroyed", "prevented", "prevents", "reduced", "reduces", "increased",
                               "increases", "worsened", "improved", "undermined", "damaged", "forced", "helped"}};
// Participles that hang a consequence on a clause: "…, leading to a mass resignation".
constexpr Lexicon CausalParticiples{{"leading", "resulting", "causing", "prompting", "sparking", "triggering",
                                     "forcing", "fuelling", "fueling"}};
constexpr Lexicon Connectives{{"because", "due", "thanks", "owing", "consequently", "therefore", "result"}};
constexpr Lexicon Correlation{{"linked", "associated", "correlated", "correlates", "tied"}};
constexpr Lexicon NeedsParticle{{"led", "leads", "resulted", "contributed", "contributes", "helped"}};

constexpr Triggers CausationTriggers = [] {
    Triggers t;
    t.words = CausalVerbs.bloom() | CausalParticiples.bloom() | Connectives.bloom() | Correlation.bloom();
    return t;
}();
const TriggerSet CausationTriggersSet(CausationTriggers); // registered when the plugin is loaded

void detectSentence(const Sentence &s, QList<Suggestion> &out)
{
    const Stance &st = s.stance;
    if (st.question)
        return;
    const int n = s.size();
    for (int i = 0; i < n; ++i) {
        const Token &t = s.at(i);
        if (!t.is(Word) || s.inOpinion(i))
            continue;
        const quint32 h = t.hash;
        if (!CausationTriggers.words.mayContain(h))
            continue; // every cue below is one of the trigger words: one Bloom test instead of one per lexicon
        const Token *next = i + 1 < n ? &s.at(i + 1) : nullptr;
        if (CausalParticiples.contains(h) && next && next->is(Word)
            && (next->hash == "to"_w || next->hash == "in"_w || !isFunctionWord(next->hash) || isDeterminer(next->hash))) {
            addMerged(out, makeSuggestion(s, i, clauseEnd(s, i), TypeId, 0.7, once([] { return CausationPlugin::tr("a consequence (\"leading to\")"); })));
            continue;
        }
        if (CausalVerbs.contains(h)) {
            if (NeedsParticle.contains(h)
                && !(next && next->is(Word) && (next->hash == "to"_w || next->hash == "in"_w)))
                continue; // "led the team", "helped them" are not causal claims
            if (st.firstPersonSubject || st.pledge || st.prescriptive)
                continue; // "we created …": a record or a boast, quantity and attribution handle those
            int aux = i;
            while (aux > 0 && s.at(aux - 1).is(Word) && isAuxiliary(s.at(aux - 1).hash))
                --aux;
            if (aux == 0 || !s.at(aux - 1).is(Word))
                continue; // no cause named
            const int a = clauseStart(s, i);
            addMerged(out, makeSuggestion(s, a, clauseEnd(s, i), TypeId, 0.65, once([] { return CausationPlugin::tr("a causal verb"); })));
            continue;
        }
        if (Correlation.contains(h) && next && (next->isWord("to"_w) || next->isWord("with"_w))) {
            addMerged(out, makeSuggestion(s, statementStart(s, i), clauseEnd(s, i + 1), TypeId, 0.6,
                                          once([] { return CausationPlugin::tr("a correlation"); })));
            continue;
        }
        if (Connectives.contains(h)) {
            // Reasons for one's own actions ("because we pull together") are not causal claims.
            if (st.firstPersonSubject || st.pledge || st.prescriptive || st.personal)
                continue;
            const bool phrase = (h == "due"_w || h == "thanks"_w || h == "owing"_w) ? (next && next->isWord("to"_w))
                                : h == "result"_w ? (i > 1 && s.at(i - 1).isWord("a"_w) && s.at(i - 2).isWord("as"_w))
                                                  : true;
            if (!phrase)
                continue;
            const int a = i > 0 ? statementStart(s, i - 1) : 0;
            addMerged(out, makeSuggestion(s, a, clauseEnd(s, std::min(n - 1, i + 1)), TypeId, 0.55,
                                          once([] { return CausationPlugin::tr("a causal connective"); })));
        }
    }
}

} // namespace

QList<ClaimType> CausationPlugin::claimTypes() const
{
    ClaimType t;
    t.id = TypeId;
    t.name = tr("Causation and correlation");
    t.description = tr("A claim that one thing caused, led to, or is linked with another.");
    t.colour = QStringLiteral("#d62728");
    t.icon = QStringLiteral("flow-connection");
    t.fields = {
        {QStringLiteral("cause"), tr("Cause"), FieldDefinition::Text, {}, true},
        {QStringLiteral("effect"), tr("Effect"), FieldDefinition::Text, {}, true},
        {QStringLiteral("strength"), tr("Claimed link"), FieldDefinition::Choice,
         {QStringLiteral("causes"), QStringLiteral("contributes to"), QStringLiteral("correlates with")}, false},
        {QStringLiteral("evidence"), tr("Evidence cited"), FieldDefinition::Text, {}, false},
    };
    t.checklist = {
        {QStringLiteral("both-true"), tr("Check that both the cause and the effect happened")},
        {QStringLiteral("order"), tr("Check the order in time")},
        {QStringLiteral("mechanism"), tr("Look for evidence of a mechanism, not just a correlation")},
        {QStringLiteral("confounders"), tr("Consider other explanations and confounders")},
        {QStringLiteral("experts"), tr("Ask an independent expert")},
    };
    t.guidance = tr("Correlation is not causation. A claim that X *led to* Y needs both X and Y, the right order, "
                    "and a reason to rule out the other explanations.");
    return {t};
}

QList<Suggestion> CausationPlugin::detect(QStringView text, const Cancellation &cancel) const
{
    QList<Suggestion> out;
    forEachSentence(text, cancel, CausationTriggersSet, [&](const Sentence &s) { detectSentence(s, out); });
    return out;
}

} // namespace Claimbench

#include "causationplugin.moc"
