// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Shared linguistic cues for the built-in claim detectors: a fast word tokenizer, sentence segmentation with
// QTextBoundaryFinder, sentence stance (question, opinion, personal experience, pledge, prescription) and clause
// spans. Everything works on UTF-16 offsets into the text handed to detect(). Re-entrant: the only process-wide
// state is the append-only table of registered TriggerSets (under a mutex) and each thread's last analysis.
//
// Words are compared by a 32-bit FNV-1a hash of their lowercase form (’ folded to '), computed once by the
// tokenizer; lexicons are compile-time sorted hash arrays, so a lookup is a short binary search and no string is
// ever allocated while scanning. A collision between a lexicon word and another word is possible in principle
// (about 1 in 40 million per word for a 100-word lexicon) and would only cost a spurious suggestion.

#include "claimbench_cues_export.h"
#include "claimtypeprovider.h"

#include <QStringView>

#include <algorithm>
#include <array>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace Claimbench::Cues {

inline constexpr quint32 HashSeed = 2166136261u;
constexpr quint32 hashStep(quint32 h, quint32 c)
{
    return (h ^ c) * 16777619u;
}
/// The hash of a lexicon word written in UTF-8, equal to the tokenizer's hash of the same word in the text
/// (ASCII lower-cased, ’ as ', any other character as its UTF-16 units; non-ASCII lexicon words are given in
/// lower case and, for Devanagari, with the nukta as a separate mark, as NFC text has it).
constexpr quint32 hashWord(std::string_view word)
{
    auto unit = [](quint32 h, quint32 u) { return hashStep(hashStep(h, u & 0xff), u >> 8); };
    quint32 h = HashSeed;
    for (std::size_t i = 0; i < word.size();) {
        const quint8 c = quint8(word[i]);
        if (c < 0x80) {
            h = hashStep(h, quint8(c >= 'A' && c <= 'Z' ? c + 32 : c));
            ++i;
            continue;
        }
        const int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        quint32 cp = c & (len == 4 ? 0x07 : len == 3 ? 0x0F : 0x1F);
        for (int k = 1; k < len && i + std::size_t(k) < word.size(); ++k)
            cp = (cp << 6) | (quint8(word[i + std::size_t(k)]) & 0x3F);
        i += std::size_t(len);
        if (cp == 0x2019)
            h = hashStep(h, quint8('\''));
        else if (cp < 0x10000)
            h = unit(h, cp);
        else
            h = unit(unit(h, 0xD800 + ((cp - 0x10000) >> 10)), 0xDC00 + ((cp - 0x10000) & 0x3FF));
    }
    return h;
}
consteval quint32 operator""_w(const char *s, std::size_t n)
{
    return hashWord(std::string_view(s, n));
}

/// A 1024-bit Bloom filter over word hashes: most words are rejected with two bit tests.
struct Bloom {
    std::array<quint64, 16> bits{};
    static constexpr quint32 mix(quint32 h) { return h * 0x9E3779B1u; }
    constexpr void add(quint32 h)
    {
        const quint32 m = mix(h);
        set(m >> 22);
        set((m >> 12) & 1023);
    }
    constexpr bool mayContain(quint32 h) const
    {
        const quint32 m = mix(h);
        return test(m >> 22) && test((m >> 12) & 1023);
    }
    constexpr Bloom operator|(const Bloom &o) const
    {
        Bloom b;
        for (std::size_t i = 0; i < bits.size(); ++i)
            b.bits[i] = bits[i] | o.bits[i];
        return b;
    }

private:
    constexpr void set(quint32 bit) { bits[bit >> 6] |= quint64(1) << (bit & 63); }
    constexpr bool test(quint32 bit) const { return (bits[bit >> 6] >> (bit & 63)) & 1; }
};

/// A compile-time set of words.
template<std::size_t N>
class Lexicon
{
public:
    consteval Lexicon(const char *const (&words)[N])
    {
        for (std::size_t i = 0; i < N; ++i) {
            m_hashes[i] = hashWord(words[i]);
            m_bloom.add(m_hashes[i]);
        }
        std::sort(m_hashes.begin(), m_hashes.end());
    }
    constexpr bool contains(quint32 hash) const
    {
        return m_bloom.mayContain(hash) && std::binary_search(m_hashes.begin(), m_hashes.end(), hash);
    }
    constexpr const Bloom &bloom() const { return m_bloom; }

private:
    std::array<quint32, N> m_hashes{};
    Bloom m_bloom;
};

/// Number words ("one" … "ninety", "hundred" … "trillions", "dozen") and magnitudes (also the suffixes of
/// "4.5m", "3bn").
inline constexpr Lexicon NumberWords{{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                               "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                               "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                               "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion",
                               "dozen", "hundreds", "thousands", "millions", "billions", "trillions", "dozens"}};
inline constexpr Lexicon MagnitudeWords{{"hundred", "thousand", "million", "billion", "trillion", "hundreds",
                                  "thousands", "millions", "billions", "trillions", "dozens", "bn", "m", "k",
                                  "tn", "mn", "lakh", "crore",
                                  // Arabic, Persian and Hindi: thousand(s), million(s), billion, lakh, crore
                                  "\u0623\u0644\u0641", "\u0622\u0644\u0627\u0641", "\u0645\u0644\u064A\u0648\u0646",
                                  "\u0645\u0644\u0627\u064A\u064A\u0646", "\u0645\u0644\u064A\u0627\u0631",
                                  "\u0647\u0632\u0627\u0631", "\u0645\u06CC\u0644\u06CC\u0648\u0646",
                                  "\u0645\u06CC\u0644\u06CC\u0627\u0631\u062F", "\u0939\u091C\u093C\u093E\u0930",
                                  "\u0939\u091C\u093E\u0930", "\u0932\u093E\u0916", "\u0915\u0930\u094B\u0921\u093C",
                                  "\u0905\u0930\u092C"}};
/// What makes a paragraph worth a detector's closer look: words (by Bloom filter) and characters.
struct Triggers {
    Bloom words;
    bool digits = false;   ///< any digit
    bool currency = false; ///< a currency symbol: $ £ € ¥ ₹ ﷼ …
    bool percent = false;  ///< %
    bool quotes = false;   ///< " “ ”
};

/// A detector's triggers, registered for the process when it is made (a namespace-scope object of the plugin):
/// analyse() tests every token against all registered sets in its one pass (two table loads a word, the Bloom
/// test of every set at once) and marks in each sentence the slots whose triggers it holds, so that
/// forEachSentence() reads one bit per sentence instead of scanning the tokens once per detector. The first
/// MaxTriggerSets sets get a slot; a set without one, and an analysis made before the set was registered, fall
/// back to the scan (the same sentences). Slots are never given back (a plugin unloaded leaves its bit computed).
class CLAIMBENCH_CUES_EXPORT TriggerSet
{
public:
    static constexpr int MaxTriggerSets = 32;
    explicit TriggerSet(const Triggers &triggers);
    TriggerSet(const TriggerSet &) = delete;
    TriggerSet &operator=(const TriggerSet &) = delete;
    const Triggers &triggers() const { return m_triggers; }
    int slot() const { return m_slot; } ///< -1 when all slots were taken

private:
    Triggers m_triggers;
    int m_slot = -1;
};

enum TokenFlag : quint32 {
    Word = 1u << 0,        ///< letters (may contain digits or apostrophes)
    Digits = 1u << 1,      ///< starts with a digit of any script: "12", "4,000", "5.2", "4.5m", "1990s", "2nd", "۱۲", "१२", "１２"
    Capitalized = 1u << 2, ///< first letter upper case
    Punct = 1u << 3,       ///< one punctuation or symbol character
    Currency = 1u << 4,    ///< a currency symbol (Unicode Sc): $ £ € ¥ ₹ ﷼ …
    Percent = 1u << 5,     ///< % ٪ ％
    ClauseBreak = 1u << 6, ///< , ; : ( ) – — and quotation marks; Arabic ، ؛ and CJK 、，；：（）【】
    Terminal = 1u << 7,    ///< . ! ? … and ؟ ۔ । ॥ 。！？
    QuoteMark = 1u << 8,   ///< " “ ” ‘ (and ' when not an apostrophe)
    Possessive = 1u << 9,  ///< a word ending in 's or ’s that is not a contraction ("world's")
    Year = 1u << 10,       ///< four digits 1800–2099, optionally with "s" ("1990s")
    AfterHyphen = 1u << 11,///< joined to the previous token by a hyphen ("sixty-three", "decades-long")
    Plural = 1u << 12,     ///< a word ending in s (crude, for counted nouns)
    Ed = 1u << 13,         ///< a word ending in ed (crude past tense / participle)
};

struct Token {
    qsizetype start = 0;
    qsizetype end = 0;
    quint32 hash = 0;   ///< the whole word, lower case; for Digits: the letter suffix ("m", "bn", "s", "th"), else 0
    quint32 stem = 0;   ///< the word before its first apostrophe ("world" for "world's"); == hash without one
    quint16 flags = 0;
    char16_t first = 0; ///< the first UTF-16 unit
    qint32 value = -1;  ///< for plain integers without separators up to 9 digits ("1990", "۱۳۹۹"), else -1
    bool is(quint32 f) const { return (flags & f) != 0; }
    bool isWord(quint32 h) const { return hash == h && (flags & Word); }
};

/// Tokenizes text[from, to) into `out` (appended): at most one token per UTF-16 unit, each non-empty, in one
/// linear pass. A digit is a decimal digit of any script (Unicode Nd), valued by QChar::digitValue().
CLAIMBENCH_CUES_EXPORT void tokenize(QStringView text, qsizetype from, qsizetype to, std::vector<Token> &out);
/// tokenize() without its fast path for ASCII words (every character through the general path): the same
/// tokens. For the test that compares the two.
CLAIMBENCH_CUES_EXPORT void tokenizeGeneral(QStringView text, qsizetype from, qsizetype to, std::vector<Token> &out);

/// Sentence boundaries of the paragraph text[from, to) (no paragraph separator inside), as start offsets
/// followed by the end: {s0, s1, ..., to}. When maySplitSentences(), the boundaries QTextBoundaryFinder finds in
/// the whole paragraph (it runs only on the stretches around the possible terminators, with the same result);
/// else the paragraph is one sentence.
CLAIMBENCH_CUES_EXPORT void sentenceBounds(QStringView text, qsizetype from, qsizetype to, std::vector<qsizetype> &out);
/// Whether the paragraph text[from, to) may hold more than one sentence: a sentence terminator with more than
/// closing quotes, brackets and spaces after it ("5.2", "U.S" and "e.g" do not count), or a script with its own
/// terminators.
CLAIMBENCH_CUES_EXPORT bool maySplitSentences(QStringView text, qsizetype from, qsizetype to);

/// How a sentence presents its content; the detectors suggest nothing in questions and opinions and treat
/// personal experience, pledges and prescriptions with care.
struct Stance {
    bool question = false;      ///< ends with a question mark
    int opinionAt = -1;         ///< token index of an opinion frame ("I think", "in my view"), -1 if none
    bool personal = false;      ///< first person singular subject ("I was", "my grandmother")
    bool firstPersonSubject = false; ///< "I"/"we" is the first subject of the sentence
    bool pledge = false;        ///< "I will", "we're going to", "I want to"
    bool prescriptive = false;  ///< "we must", "you should", "we've got to", "let's", imperatives
};

/// One sentence: its tokens and offsets (leading and trailing white space trimmed).
struct Sentence {
    QStringView text; ///< the whole text given to detect()
    qsizetype start = 0;
    qsizetype end = 0;
    std::span<const Token> tokens;
    Stance stance;

    int size() const { return int(tokens.size()); }
    const Token &at(int i) const { return tokens[std::size_t(i)]; }
    bool wordAt(int i, quint32 h) const { return i >= 0 && i < size() && at(i).isWord(h); }
    /// True when the opinion frame comes before token `i` (the cue is inside the opinion).
    bool inOpinion(int i) const { return stance.opinionAt >= 0 && stance.opinionAt <= i; }
};

CLAIMBENCH_CUES_EXPORT Stance analyseStance(const Sentence &sentence);

/// The linguistic analysis of a whole text: every token, every sentence (from sentenceBounds()) with its stance.
struct SentenceInfo {
    qsizetype start = 0;
    qsizetype end = 0;
    std::size_t firstToken = 0;
    std::size_t tokenCount = 0;
    Stance stance;
    quint32 triggered = 0; ///< bit k: a token is a trigger of the TriggerSet in slot k (k < Analysis::triggerSets)
};
/// The most tokens in one sentence: a longer run without a sentence boundary (a list, a table flattened to text,
/// hostile input) is cut into pieces of this many tokens, so that every walk inside a sentence (clauses, noun
/// phrases) is bounded and detection stays linear in the text.
inline constexpr std::size_t MaxSentenceTokens = 256;

struct Analysis {
    std::vector<Token> tokens;
    std::vector<SentenceInfo> sentences;
    int triggerSets = 0; ///< the slots registered when it was made: SentenceInfo::triggered holds their bits
};

/// Analyses `text`, or returns the analysis this thread made last if it was of the same text (same address,
/// length and contents). The built-in detectors all run over the same text one after the other, so the text
/// is tokenized and segmented once, not once per detector. Returns nullptr when cancelled.
CLAIMBENCH_CUES_EXPORT std::shared_ptr<const Analysis> analyse(QStringView text, const Cancellation &cancel);

/// True when the token is one of the triggers.
inline bool triggers(const Triggers &t, const Token &token)
{
    if (token.flags & Word)
        return t.words.mayContain(token.hash);
    if (token.flags & Digits)
        return t.digits || (token.hash && t.words.mayContain(token.hash));
    return (t.currency && (token.flags & Currency)) || (t.percent && (token.flags & Percent))
           || (t.quotes && (token.flags & QuoteMark) && token.first != u'\'');
}

/// True when one of the tokens is one of the triggers: the straightforward scan that SentenceInfo::triggered
/// stands in for.
inline bool triggers(const Triggers &t, std::span<const Token> tokens)
{
    for (const Token &token : tokens)
        if (triggers(t, token))
            return true;
    return false;
}

/// Calls f(const Sentence &) for every sentence of `text` that holds one of the set's triggers: by the bit
/// analyse() marked for the set's slot, or (a set without a slot in this analysis) by scanning the sentence's
/// tokens. Returns false when cancelled.
template<typename F>
bool forEachSentence(QStringView text, const Cancellation &cancel, const TriggerSet &set, F &&f)
{
    const std::shared_ptr<const Analysis> analysis = analyse(text, cancel);
    if (!analysis)
        return false;
    const int slot = set.slot() >= 0 && set.slot() < analysis->triggerSets ? set.slot() : -1;
    const quint32 bit = slot >= 0 ? quint32(1) << slot : 0;
    std::size_t count = 0;
    for (const SentenceInfo &info : analysis->sentences) {
        if ((++count & 255) == 0 && cancel.isCancelled())
            return false;
        const Token *first = analysis->tokens.data() + info.firstToken;
        if (slot >= 0 ? !(info.triggered & bit) : !triggers(set.triggers(), std::span<const Token>(first, info.tokenCount)))
            continue;
        Sentence s;
        s.text = text;
        s.start = info.start;
        s.end = info.end;
        s.tokens = std::span<const Token>(first, info.tokenCount);
        s.stance = info.stance;
        f(static_cast<const Sentence &>(s));
    }
    return true;
}

/// Clause helpers. Token indexes are inclusive.
/// The first token of the clause holding token i: after the nearest clause break, complementizer
/// ("that", "which", "because", ...) or reporting verb to its left.
CLAIMBENCH_CUES_EXPORT int clauseStart(const Sentence &s, int i);
/// The last token of the clause starting at token i: before the next clause break, terminal punctuation, or a
/// coordinator that starts a new clause ("and we", ", but").
CLAIMBENCH_CUES_EXPORT int clauseEnd(const Sentence &s, int i);
/// Like clauseEnd() but commas, brackets and quotes do not end it: the rest of the statement up to a
/// semicolon, colon, dash, terminal punctuation or a coordinator that starts a new clause.
CLAIMBENCH_CUES_EXPORT int statementEnd(const Sentence &s, int i);
/// Like clauseStart() but commas do not stop it (only ; : dashes, complementizers and reporting verbs do).
CLAIMBENCH_CUES_EXPORT int statementStart(const Sentence &s, int i);
/// The start of the noun phrase ending at token i (walks left over words that are not verbs' auxiliaries,
/// prepositions or conjunctions; determiners and possessives are included): "the Foreign and Commonwealth
/// Development Office", "its relationship with the communist country".
CLAIMBENCH_CUES_EXPORT int nounPhraseStart(const Sentence &s, int i);
/// A suggestion covering tokens [first, last] (closing quotes after `last` are left out).
CLAIMBENCH_CUES_EXPORT Suggestion makeSuggestion(const Sentence &s, int first, int last, const QString &claimType, double confidence,
                          const QString &rationale);

/// A translated string made once (tr() looks up translators on every call; detectors make thousands of
/// suggestions): `once([] { return MyPlugin::tr("a percentage"); })`.
template<typename F>
const QString &once(F f)
{
    static const QString s = f();
    return s;
}

/// Appends `s`, merging it with an overlapping suggestion of the same claim type already in `out`.
CLAIMBENCH_CUES_EXPORT void addMerged(QList<Suggestion> &out, const Suggestion &s);

/// Common word classes.
CLAIMBENCH_CUES_EXPORT bool isNumberWord(quint32 hash);     ///< one … ninety, hundred … trillion, dozen
CLAIMBENCH_CUES_EXPORT bool isMagnitudeWord(quint32 hash);  ///< hundred(s), thousand(s), million(s), billion(s), trillion(s), dozens
CLAIMBENCH_CUES_EXPORT bool isPronounSubject(quint32 hash); ///< he she they it we i you
CLAIMBENCH_CUES_EXPORT bool isThirdPersonPronoun(quint32 hash); ///< he she they it
CLAIMBENCH_CUES_EXPORT bool isDeterminer(quint32 hash);     ///< a an the this that these those its their his her our
CLAIMBENCH_CUES_EXPORT bool isAuxiliary(quint32 hash);      ///< is are was were be been has have had will would ... and contractions
CLAIMBENCH_CUES_EXPORT bool isFunctionWord(quint32 hash);   ///< determiners, pronouns, prepositions, conjunctions, auxiliaries
/// True if token i is a "number": digits (not a bare year), a number word, or a magnitude word.
CLAIMBENCH_CUES_EXPORT bool isQuantityToken(const Sentence &s, int i);

} // namespace Claimbench::Cues
