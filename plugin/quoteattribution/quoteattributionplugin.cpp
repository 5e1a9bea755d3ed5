// SPDX-License-Identifier: GPL-2.0-or-later
// Quotes and attributions (Full Fact taxonomy: "quotes"): direct and reported speech ("He said: …"),
// hearsay ("is said to have", "according to") and positions attributed to someone ("X encourages Y").
#include "claimtypeprovider.h"
#include "cues.h"

#include <QObject>

namespace Claimbench {

class QuoteAttributionPlugin : public QObject, public ClaimTypeProvider, public ClaimDetector
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ClaimTypeProvider_iid FILE "quoteattribution.json")
    Q_INTERFACES(Claimbench::ClaimTypeProvider Claimbench::ClaimDetector)
public:
    QList<ClaimType> claimTypes() const override;
    QList<Suggestion> detect(QStringView text, const Cancellation &cancel) const override;
};

namespace {

using namespace Cues;

const QString TypeId = QStringLiteral("quote-attribution");

// Verbs of saying: the reported content is the claim.
constexpr Lexicon SpeechVerbs{{"said", "says", "told", "tells", "stated", "states", "claimed", "claims", "argued",
                               "argues", "warned", "warns", "insisted", "insists", "added", "announced", "admitted",
                               "admits", "confirmed", "confirms", "denied", "denies", "explained", "noted", "wrote",
                               "writes", "tweeted", "declared", "alleged", "alleges", "suggested", "revealed",
                               "acknowledged", "conceded", "boasted", "promised", "pledged", "testified", "asserted"}};
// Verbs of stance: a position attributed to someone.
constexpr Lexicon StanceVerbs{{"encourages", "advises", "advised", "supports", "supported", "opposes",
                               "opposed", "backs", "backed", "endorses", "endorsed", "recommends", "recommended",
                               "urges", "urged", "condemned", "condemns", "criticised", "criticized", "rejected",
                               "rejects", "believe", "believes", "welcomed", "welcomes", "praised", "blamed"}};
// "is said to", "was reported to": hearsay.
constexpr Lexicon HearsayParticiples{{"said", "reported", "believed", "alleged", "thought", "understood", "claimed",
                                      "rumoured", "rumored", "known", "estimated"}};
constexpr Lexicon BeForms{{"is", "are", "was", "were", "been", "be"}};
constexpr Lexicon Triggerwords{{"according", "reportedly", "allegedly"}};
constexpr Lexicon FirstPerson{{"i", "we", "i've", "we've", "i'd", "we'd", "i'll", "we'll", "i'm", "we're"}};

constexpr Triggers QuoteTriggers = [] {
    Triggers t;
    t.words = SpeechVerbs.bloom() | StanceVerbs.bloom() | HearsayParticiples.bloom() | Triggerwords.bloom();
    return t;
}();
const TriggerSet QuoteTriggersSet(QuoteTriggers); // registered when the plugin is loaded

// The subject of the verb at token v: the noun phrase just before it (auxiliaries and adverbs skipped).
// Returns its first token, or -1 when there is none or it is the speaker ("I", "we").
int subjectStart(const Sentence &s, int v)
{
    int j = v - 1;
    while (j >= 0 && s.at(j).is(Word) && isAuxiliary(s.at(j).hash))
        --j;
    if (j < 0 || !s.at(j).is(Word))
        return -1;
    const Token &t = s.at(j);
    if (FirstPerson.contains(t.hash))
        return -1;
    if (isPronounSubject(t.hash))
        return t.hash == "you"_w ? -1 : j;
    if (isFunctionWord(t.hash) && !t.is(Capitalized))
        return -1;
    return nounPhraseStart(s, j + 1) <= j ? nounPhraseStart(s, j + 1) : j;
}

void detectSentence(const Sentence &s, QList<Suggestion> &out)
{
    if (s.stance.question || s.stance.personal)
        return; // personal anecdotes ("I was in Dayton and she said …") are not suggested
    const int n = s.size();
    for (int i = 0; i < n; ++i) {
        const Token &t = s.at(i);
        if (!t.is(Word) || s.inOpinion(i))
            continue;
        const quint32 h = t.hash;
        // "according to X, …" / "…, according to X": the whole statement is attributed.
        if (h == "according"_w && i + 1 < n && s.at(i + 1).isWord("to"_w)) {
            addMerged(out, makeSuggestion(s, statementStart(s, i), statementEnd(s, i), TypeId, 0.8,
                                          once([] { return QuoteAttributionPlugin::tr("attributed with \"according to\""); })));
            continue;
        }
        if (h == "reportedly"_w || h == "allegedly"_w) {
            addMerged(out, makeSuggestion(s, clauseStart(s, i), statementEnd(s, i), TypeId, 0.7,
                                          once([] { return QuoteAttributionPlugin::tr("hearsay (\"reportedly\")"); })));
            continue;
        }
        // "is said to have brought …": hearsay.
        if (HearsayParticiples.contains(h) && i > 0 && s.at(i - 1).is(Word) && BeForms.contains(s.at(i - 1).hash)
            && i + 1 < n && s.at(i + 1).isWord("to"_w)) {
            addMerged(out, makeSuggestion(s, i - 1, statementEnd(s, i), TypeId, 0.8,
                                          once([] { return QuoteAttributionPlugin::tr("hearsay (\"is said to\")"); })));
            continue;
        }
        const bool speech = SpeechVerbs.contains(h);
        const bool stance = !speech && StanceVerbs.contains(h);
        if (!speech && !stance)
            continue;
        if (t.is(Capitalized) && i > 0)
            continue; // "the United States": a name, not a verb
        if ((h == "believe"_w || h == "believes"_w) && i + 1 < n && s.at(i + 1).isWord("in"_w))
            continue; // "believes in freedom": values, not a claim
        if (i + 1 < n && s.at(i + 1).isWord("to"_w) && h == "said"_w)
            continue; // "said to" without a be-form: not an attribution we understand
        const int subject = subjectStart(s, i);
        if (subject < 0)
            continue;
        // Speech: the subject, the verb and what was said, to the end of the sentence.
        // Stance: the subject and its position, to the end of the clause.
        const int end = speech ? statementEnd(s, i) : clauseEnd(s, i);
        if (end <= i && !(i + 1 < n && (s.at(i + 1).first == u':' || s.at(i + 1).is(QuoteMark))))
            continue; // "…," he said.  — the quote before carries the claim
        const int last = speech && i + 1 < n && (s.at(i + 1).first == u':' || s.at(i + 1).is(QuoteMark)) ? n - 1 : end;
        addMerged(out, makeSuggestion(s, subject, last, TypeId, speech ? 0.75 : 0.65,
                                      speech ? once([] { return QuoteAttributionPlugin::tr("reported speech"); })
                                             : once([] { return QuoteAttributionPlugin::tr("a position attributed to someone"); })));
    }
}

} // namespace

QList<ClaimType> QuoteAttributionPlugin::claimTypes() const
{
    ClaimType t;
    t.id = TypeId;
    t.name = tr("Quote and attribution");
    t.description = tr("Something someone said, or a position attributed to a person or organisation.");
    t.colour = QStringLiteral("#9467bd");
    t.icon = QStringLiteral("format-text-blockquote");
    t.fields = {
        {QStringLiteral("speaker"), tr("Speaker"), FieldDefinition::Text, {}, true},
        {QStringLiteral("quote"), tr("Words attributed"), FieldDefinition::Text, {}, false},
        {QStringLiteral("occasion"), tr("Where and when it was said"), FieldDefinition::Text, {}, false},
        {QStringLiteral("date"), tr("Date"), FieldDefinition::Date, {}, false},
        {QStringLiteral("recording"), tr("Recording or transcript"), FieldDefinition::Url, {}, false},
        {QStringLiteral("direct"), tr("Direct quote"), FieldDefinition::Boolean, {}, false},
    };
    t.checklist = {
        {QStringLiteral("original"), tr("Find the original recording, transcript or document")},
        {QStringLiteral("wording"), tr("Check the exact wording")},
        {QStringLiteral("context"), tr("Check the context: what was said before and after")},
        {QStringLiteral("speaker"), tr("Confirm who said it, and in what capacity")},
        {QStringLiteral("content"), tr("Check the substance of what was said, separately from who said it")},
    };
    t.guidance = tr("Two claims in one: *that* it was said, and *what* was said. Hearsay (\"is said to have\") "
                    "names no source at all: find one.");
    return {t};
}

QList<Suggestion> QuoteAttributionPlugin::detect(QStringView text, const Cancellation &cancel) const
{
    QList<Suggestion> out;
    forEachSentence(text, cancel, QuoteTriggersSet, [&](const Sentence &s) { detectSentence(s, out); });
    return out;
}

} // namespace Claimbench

#include "quoteattributionplugin.moc"
