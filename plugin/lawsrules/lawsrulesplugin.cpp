// SPDX-License-Identifier: GPL-2.0-or-later
// Laws and rules (Full Fact taxonomy: "laws, rules" and "voting records"): what a law says or does, legal
// powers, bans, and how someone voted.
#include "claimtypeprovider.h"
#include "cues.h"

#include <QObject>

namespace Claimbench {

class LawsRulesPlugin : public QObject, public ClaimTypeProvider, public ClaimDetector
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ClaimTypeProvider_iid FILE "lawsrules.json")
    Q_INTERFACES(Claimbench::ClaimTypeProvider Claimbench::ClaimDetector)
public:
    QList<ClaimType> claimTypes() const override;
    QList<Suggestion> detect(QStringView text, const Cancellation &cancel) const override;
};

namespace {

using namespace Cues;

const QString TypeId = QStringLiteral("laws-rules");

constexpr Lexicon LawNouns{{"law", "laws", "legislation", "statute", "statutes", "bill", "bills", "amendment",
                            "amendments", "constitution", "treaty", "treaties", "regulation", "regulations",
                            "act", "ban", "directive", "ordinance", "ruling", "rules", "powers", "loophole"}};
constexpr Lexicon LegalPredicates{{"criminalised", "criminalized", "criminalises", "criminalizes", "outlawed",
                                   "outlaws", "banned", "bans", "prohibited", "prohibits", "legalised", "legalized",
                                   "illegal", "unlawful", "unconstitutional", "enacted", "repealed", "ratified",
                                   "vetoed", "mandated", "mandatory", "legally", "lawful", "exempt", "exempted",
                                   "ruled", "overturned", "struck", "signed"}};
constexpr Lexicon VoteVerbs{{"voted", "votes", "vote", "cosponsored", "co-sponsored", "sponsored", "filibustered"}};
constexpr Lexicon VoteSubjectsExcluded{{"i", "we", "you", "to", "will", "would", "should", "please"}};

constexpr Triggers LawTriggers = [] {
    Triggers t;
    t.words = LawNouns.bloom() | LegalPredicates.bloom() | VoteVerbs.bloom();
    return t;
}();
const TriggerSet LawTriggersSet(LawTriggers); // registered when the plugin is loaded

void detectSentence(const Sentence &s, QList<Suggestion> &out)
{
    const Stance &st = s.stance;
    if (st.question || ((st.pledge || st.prescriptive) && st.firstPersonSubject))
        return;
    const int n = s.size();
    for (int i = 0; i < n; ++i) {
        const Token &t = s.at(i);
        if (!t.is(Word) || s.inOpinion(i))
            continue;
        const quint32 h = t.hash;
        if (!LawTriggers.words.mayContain(h))
            continue; // every cue below is one of the trigger words: one Bloom test instead of one per lexicon
        // "By law, …", "Under the law …": the rule stated in the rest of the statement.
        if ((h == "law"_w || h == "legislation"_w) && i > 0 && s.at(i - 1).is(Word)
            && (s.at(i - 1).hash == "by"_w || (i > 1 && s.at(i - 2).isWord("under"_w)))) {
            const int a = s.at(i - 1).hash == "by"_w ? i - 1 : i - 2;
            if (a == clauseStart(s, a) || a == 0) {
                int b = i + 1 < n && s.at(i + 1).first == u',' ? i + 2 : i + 1;
                b = std::min(b, n - 1);
                addMerged(out, makeSuggestion(s, a, statementEnd(s, b), TypeId, 0.85, once([] { return LawsRulesPlugin::tr("a statement of what the law says"); })));
                i = b;
                continue;
            }
        }
        // "voted for/against …": a voting record.
        if (VoteVerbs.contains(h) && i + 1 < n && s.at(i + 1).is(Word)
            && (s.at(i + 1).hash == "for"_w || s.at(i + 1).hash == "against"_w || s.at(i + 1).hash == "to"_w)
            && (h == "voted"_w || h == "votes"_w || h == "cosponsored"_w || h == "sponsored"_w)) {
            int subject = i - 1;
            while (subject >= 0 && s.at(subject).is(Word) && isAuxiliary(s.at(subject).hash))
                --subject;
            if (subject >= 0 && s.at(subject).is(Word) && !VoteSubjectsExcluded.contains(s.at(subject).hash)) {
                addMerged(out, makeSuggestion(s, nounPhraseStart(s, subject + 1), clauseEnd(s, i + 1), TypeId, 0.8,
                                              once([] { return LawsRulesPlugin::tr("a voting record"); })));
                continue;
            }
        }
        const bool lawNoun = LawNouns.contains(h);
        if (lawNoun) {
            // "Act" and "Bill" only as names of legislation ("the Affordable Care Act", "the bill").
            if (h == "act"_w && !(t.is(Capitalized) && i > 0 && s.at(i - 1).is(Capitalized)))
                continue;
            if (h == "bill"_w && t.is(Capitalized) && (i > 0 || (i + 1 < n && s.at(i + 1).is(Capitalized))))
                continue; // "Bill Clinton"
            if ((h == "rules"_w || h == "powers"_w || h == "ruling"_w)
                && !(i > 0 && s.at(i - 1).is(Word) && (isDeterminer(s.at(i - 1).hash) || s.at(i - 1).hash == "new"_w)))
                continue;
        }
        if (lawNoun || LegalPredicates.contains(h)) {
            if ((h == "signed"_w || h == "struck"_w) && !(i + 2 < n && (s.at(i + 2).isWord("law"_w) || s.at(i + 1).isWord("down"_w))))
                continue;
            // The statement that holds the cue: subject to the end of the statement.
            const int a = clauseStart(s, i);
            addMerged(out, makeSuggestion(s, a, statementEnd(s, i), TypeId, lawNoun ? 0.65 : 0.75,
                                          lawNoun ? once([] { return LawsRulesPlugin::tr("legal vocabulary"); })
                                                  : once([] { return LawsRulesPlugin::tr("what a law does or allows"); })));
        }
    }
}

} // namespace

QList<ClaimType> LawsRulesPlugin::claimTypes() const
{
    ClaimType t;
    t.id = TypeId;
    t.name = tr("Laws and rules");
    t.description = tr("What a law, regulation or rule says or does, who has which powers, and voting records.");
    t.colour = QStringLiteral("#2ca02c");
    t.icon = QStringLiteral("gavel");
    t.fields = {
        {QStringLiteral("instrument"), tr("Law, regulation or rule"), FieldDefinition::Text, {}, true},
        {QStringLiteral("jurisdiction"), tr("Jurisdiction"), FieldDefinition::Text, {}, false},
        {QStringLiteral("section"), tr("Section or article"), FieldDefinition::Text, {}, false},
        {QStringLiteral("inForce"), tr("In force"), FieldDefinition::Boolean, {}, false},
        {QStringLiteral("officialText"), tr("Official text"), FieldDefinition::Url, {}, false},
    };
    t.checklist = {
        {QStringLiteral("text"), tr("Read the official text of the law or rule")},
        {QStringLiteral("in-force"), tr("Check it is in force, and since when (amendments, repeals)")},
        {QStringLiteral("jurisdiction"), tr("Check the jurisdiction it applies to")},
        {QStringLiteral("interpretation"), tr("Check court rulings or official guidance on its meaning")},
        {QStringLiteral("record"), tr("For votes: check the official voting record")},
    };
    t.guidance = tr("Legal claims are often *partly* right: a power that exists but is limited, a ban with "
                    "exceptions. Quote the section that settles it.");
    return {t};
}

QList<Suggestion> LawsRulesPlugin::detect(QStringView text, const Cancellation &cancel) const
{
    QList<Suggestion> out;
    forEachSentence(text, cancel, LawTriggersSet, [&](const Sentence &s) { detectSentence(s, out); });
    return out;
}

} // namespace Claimbench

#include "lawsrulesplugin.moc"
