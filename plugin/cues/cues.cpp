// SPDX-License-Identifier: GPL-2.0-or-later
#include "cues.h"

#include <QHashFunctions>
#include <QMutex>
#include <QTextBoundaryFinder>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Claimbench::Cues {

namespace {

enum CharClass : quint8 { Other, Letter, Digit, Space };

constexpr std::array<quint8, 128> makeAsciiClasses()
{
    std::array<quint8, 128> t{};
    for (int c = 0; c < 128; ++c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            t[std::size_t(c)] = Letter;
        else if (c >= '0' && c <= '9')
            t[std::size_t(c)] = Digit;
        else if (c == ' ' || c == '\t' || c == '\v' || c == '\f')
            t[std::size_t(c)] = Space;
        else
            t[std::size_t(c)] = Other;
    }
    return t;
}
constexpr std::array<quint8, 128> AsciiClasses = makeAsciiClasses();

inline bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == 0x2019;
}

// One notion of a digit for the whole tokenizer: a decimal digit of any script (Unicode category Nd: 0-9, ٠-٩,
// ۰-۹, ०-९, ０-９, ...), worth QChar::digitValue(); -1 for anything else. classOf() calls a character a Digit
// exactly when this is >= 0, so every loop that starts on a Digit consumes it. (Digits outside the BMP are
// surrogate pairs and tokenize as letters.)
inline int digitValue(char16_t c)
{
    if (c < 128)
        return c >= u'0' && c <= u'9' ? int(c - u'0') : -1;
    if (QChar::isSurrogate(c) || !QChar::isDigit(char32_t(c)))
        return -1;
    return QChar::digitValue(char32_t(c));
}

// Separators inside a number when a digit follows: "4,000", "5.2", Arabic "٥٫٢" and "٤٬٠٠٠", full-width "５．２".
inline bool isNumberSeparator(char16_t c)
{
    return c == u',' || c == u'.' || c == 0x066B || c == 0x066C || c == 0xFF0C || c == 0xFF0E;
}

// Letters and digits make one token ("COVID19", "4G", "1990s", "4.5m") only in the alphabets that write such
// codes: Latin, Greek, Cyrillic, Armenian and full-width Latin. Elsewhere a digit starts a number of its own:
// Arabic "و٤٥" is "و" (and) and "٤٥", Chinese "增长了１２％" is "增长了", "１２" and "％".
inline bool joinsDigits(char16_t letter)
{
    return letter < 0x0590 || (letter >= 0xFF21 && letter <= 0xFF5A);
}

CharClass classOf(char16_t c)
{
    if (c < 128)
        return CharClass(AsciiClasses[c]);
    if (QChar::isSurrogate(c))
        return Letter;
    const QChar q(c);
    if (q.isSpace())
        return Space;
    if (digitValue(c) >= 0)
        return Digit;
    if (q.isLetterOrNumber() || q.isMark())
        return Letter;
    return Other;
}

inline quint32 hashChar(quint32 h, char16_t c)
{
    if (c < 128)
        return hashStep(h, quint8(c >= 'A' && c <= 'Z' ? c + 32 : c));
    if (c == 0x2019)
        return hashStep(h, quint8('\''));
    const char16_t l = QChar::isSurrogate(c) ? c : QChar(c).toLower().unicode();
    return hashStep(hashStep(h, quint8(l & 0xff)), quint8(l >> 8));
}

quint32 punctFlags(char16_t c)
{
    switch (c) {
    case u',': case u';': case u':': case u'(': case u')': case u'[': case u']':
    case 0x2013: case 0x2014: case 0x2015:
    case 0x060C: case 0x061B:                                     // Arabic comma and semicolon
    case 0x3001: case 0xFF0C: case 0xFF1B: case 0xFF1A: case 0xFF08: case 0xFF09: case 0x3010: case 0x3011:
        return Punct | ClauseBreak;                               // 、，；：（）【】
    case u'"': case u'\'': case 0x201C: case 0x201D: case 0x2018: case 0x2019: case 0x201E: case 0xAB: case 0xBB:
    case 0x300C: case 0x300D: case 0x300E: case 0x300F: case 0xFF02: // 「」『』＂
        return Punct | ClauseBreak | QuoteMark;
    case u'.': case u'!': case u'?': case 0x2026:
    case 0x061F: case 0x06D4:                                     // Arabic question mark, Urdu full stop
    case 0x0964: case 0x0965:                                     // Devanagari danda and double danda
    case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF0E: case 0xFF61: // 。！？．｡
        return Punct | Terminal;
    case u'$':
        return Punct | Currency;
    case u'%': case 0x066A: case 0xFF05: case 0xFE6A:             // % ٪ ％ ﹪
        return Punct | Percent;
    default:
        return c >= 128 && QChar::category(char32_t(c)) == QChar::Symbol_Currency ? Punct | Currency : Punct;
    }
}

bool isQuestionMark(char16_t c)
{
    return c == u'?' || c == 0x061F || c == 0xFF1F || c == 0x037E;
}

} // namespace

namespace {

// An ASCII letter: c | 0x20 maps A-Z onto a-z and nothing else onto a-z.
inline bool isAsciiLetterFast(char16_t c)
{
    return char16_t((c | 0x20) - u'a') < 26;
}

// After a run of ASCII letters, a character the word loop would not take: not a letter, mark or digit of any
// script, not an apostrophe (which may start a contraction).
inline bool endsAsciiWord(char16_t c)
{
    return c < 128 && !(c >= u'0' && c <= u'9') && c != u'\'';
}

template<bool FastPath>
void tokenizeWith(QStringView text, qsizetype from, qsizetype to, std::vector<Token> &out)
{
    const char16_t *s = reinterpret_cast<const char16_t *>(text.utf16());
    bool hyphenPending = false;
    qsizetype i = from;
    while (i < to) {
        const char16_t c = s[i];
        if constexpr (FastPath) {
            // Most of a text: a space, or an ASCII word that ends at a space or ASCII punctuation. Such a word is
            // made here in one tight loop, exactly as the general path below makes it (tested against it); any
            // other word goes to the general path from its start.
            if (c == u' ') {
                hyphenPending = false;
                ++i;
                continue;
            }
            if (isAsciiLetterFast(c)) {
                quint32 h = hashStep(HashSeed, quint8(c | 0x20));
                qsizetype j = i + 1;
                while (j < to && isAsciiLetterFast(s[j])) {
                    h = hashStep(h, quint8(s[j] | 0x20));
                    ++j;
                }
                if (j == to || endsAsciiWord(s[j])) {
                    Token t;
                    t.start = i;
                    t.end = j;
                    t.hash = h;
                    t.stem = h;
                    t.first = c;
                    quint16 flags = Word;
                    if (hyphenPending)
                        flags |= AfterHyphen;
                    if (c <= u'Z')
                        flags |= Capitalized;
                    const qsizetype len = j - i;
                    if (len > 3 && (s[j - 1] == u's' || s[j - 1] == u'S') && s[j - 2] != u's')
                        flags |= Plural;
                    if (len > 4 && s[j - 1] == u'd' && s[j - 2] == u'e')
                        flags |= Ed;
                    t.flags = flags;
                    out.push_back(t);
                    hyphenPending = false;
                    i = j;
                    continue;
                }
            }
        }
        const CharClass cls = classOf(c);
        if (cls == Space) {
            hyphenPending = false;
            ++i;
            continue;
        }
        if (cls == Letter || cls == Digit) {
            Token t;
            t.start = i;
            t.first = c;
            if (hyphenPending)
                t.flags |= AfterHyphen;
            hyphenPending = false;
            // Each branch consumes `c` before its loop: a token is never empty and the position always advances.
            if (cls == Digit) {
                t.flags |= Digits;
                qint32 value = digitValue(c);
                bool plain = true;
                int digits = 1;
                ++i;
                while (i < to) {
                    const char16_t d = s[i];
                    const int v = digitValue(d);
                    if (v >= 0) {
                        if (digits < 9)
                            value = value * 10 + v;
                        ++digits;
                        ++i;
                    } else if (isNumberSeparator(d) && i + 1 < to && digitValue(s[i + 1]) >= 0) {
                        plain = false;
                        ++i;
                    } else {
                        break;
                    }
                }
                quint32 h = HashSeed;
                bool suffix = false;
                while (i < to && classOf(s[i]) == Letter && joinsDigits(s[i])) {
                    h = hashChar(h, s[i]);
                    suffix = true;
                    ++i;
                }
                t.hash = suffix ? h : 0;
                t.stem = t.hash;
                if (plain && digits <= 9)
                    t.value = value;
                if (plain && digits == 4 && value >= 1800 && value <= 2099 && (!suffix || t.hash == "s"_w))
                    t.flags |= Year;
            } else {
                t.flags |= Word;
                if (c < 128 ? (c >= u'A' && c <= u'Z') : QChar(c).isUpper())
                    t.flags |= Capitalized;
                quint32 h = hashChar(HashSeed, c);
                quint32 stem = 0;
                qsizetype apostrophe = -1;
                ++i;
                while (i < to) {
                    const char16_t d = s[i];
                    if (d < 128 && AsciiClasses[d] == Letter) { // most of the text: hashChar() of an ASCII letter
                        h = hashStep(h, quint8(d | 0x20));
                        ++i;
                        continue;
                    }
                    const CharClass dc = classOf(d);
                    if (dc == Letter || (dc == Digit && joinsDigits(s[i - 1]))) {
                        h = hashChar(h, d);
                        ++i;
                    } else if (isApostrophe(d) && i + 1 < to && classOf(s[i + 1]) == Letter) {
                        if (apostrophe < 0) {
                            stem = h;
                            apostrophe = i;
                        }
                        h = hashChar(h, d);
                        ++i;
                    } else {
                        break;
                    }
                }
                t.hash = h;
                t.stem = apostrophe < 0 ? h : stem;
                const qsizetype len = i - t.start;
                if (apostrophe >= 0 && i - apostrophe == 2 && (s[i - 1] == u's' || s[i - 1] == u'S')) {
                    switch (t.stem) {
                    case "it"_w: case "he"_w: case "she"_w: case "that"_w: case "what"_w: case "there"_w:
                    case "let"_w: case "here"_w: case "who"_w: case "where"_w: case "how"_w: case "when"_w:
                        break;
                    default:
                        t.flags |= Possessive;
                    }
                }
                if (apostrophe < 0 && len > 3 && (s[i - 1] == u's' || s[i - 1] == u'S') && s[i - 2] != u's')
                    t.flags |= Plural;
                if (apostrophe < 0 && len > 4 && s[i - 1] == u'd' && s[i - 2] == u'e')
                    t.flags |= Ed;
            }
            t.end = i;
            out.push_back(t);
            continue;
        }
        // Punctuation. A hyphen between two word characters joins them ("sixty-three"); an apostrophe right
        // after a letter that did not start a contraction is a closing quote.
        if ((c == u'-' || c == 0x2010 || c == 0x2011)) {
            const bool joined = i > from && i + 1 < to && classOf(s[i - 1]) != Space && classOf(s[i + 1]) != Space
                                && classOf(s[i - 1]) != Other && classOf(s[i + 1]) != Other;
            if (joined) {
                hyphenPending = true;
                ++i;
                continue;
            }
            // "--" or a spaced " - " is a dash: a clause break.
            Token t;
            t.start = i;
            t.first = c;
            t.flags = Punct | ClauseBreak;
            ++i; // c itself (U+2010 and U+2011 too, which the loop below does not take)
            while (i < to && s[i] == u'-')
                ++i;
            t.end = i;
            out.push_back(t);
            hyphenPending = false;
            continue;
        }
        Token t;
        t.start = i;
        t.end = i + 1;
        t.first = c;
        t.flags = punctFlags(c);
        if (QChar::isHighSurrogate(c) && i + 1 < to)
            t.end = i + 2;
        out.push_back(t);
        i = t.end;
        hyphenPending = false;
    }
}

} // namespace

void tokenize(QStringView text, qsizetype from, qsizetype to, std::vector<Token> &out)
{
    tokenizeWith<true>(text, from, to, out);
}

void tokenizeGeneral(QStringView text, qsizetype from, qsizetype to, std::vector<Token> &out)
{
    tokenizeWith<false>(text, from, to, out);
}

namespace {

// A character after which Unicode's sentence rules (UAX #29) may break: . ! ? and, from U+0589 on, anything but
// the general punctuation and currency signs that are never terminators. (No other character below U+0589 is
// an ATerm or STerm; CR, LF and the paragraph separators never reach here.)
inline bool mayEndSentence(char16_t c)
{
    if (c < 0x0589)
        return c < 64 && ((quint64(1) << c) & ((quint64(1) << '.') | (quint64(1) << '!') | (quint64(1) << '?')));
    const bool safe = (c >= 0x2000 && c <= 0x206F && c != 0x2024 && c != 0x203C && c != 0x203D && !(c >= 0x2047 && c <= 0x2049))
                      || (c >= 0x20A0 && c <= 0x20CF);
    return !safe;
}

inline bool isAsciiLetter(char16_t c)
{
    return c < 128 && AsciiClasses[c] == Letter;
}

// A space right after an ASCII letter: a point where the sentence rules are in their initial state whatever came
// before (after a letter no terminator sequence is open and no look-ahead reaches past it; the space then closes
// the word), so QTextBoundaryFinder started there finds the same boundaries after it as over the whole paragraph,
// and there is never a boundary at it or right after it.
inline bool isRestartPoint(const char16_t *s, qsizetype from, qsizetype i)
{
    return s[i] == u' ' && i > from && isAsciiLetter(s[i - 1]);
}

} // namespace

namespace {

inline bool isParagraphSeparator(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x2029 || c == 0x2028 || c == 0x85;
}

// The sentence-rule predicate of maySplitSentences() for the possible terminator at i of a paragraph that ends
// at `to` or at the first paragraph separator (none of the closers it skips is one).
bool splitsAt(const char16_t *s, qsizetype i, qsizetype to)
{
    const char16_t c = s[i];
    if (c >= 0x0589)
        return true;
    if (c == u'.' && i + 1 < to && s[i + 1] < 128 && AsciiClasses[s[i + 1]] != Other && AsciiClasses[s[i + 1]] != Space)
        return false; // "5.2", "U.S", "e.g": never a boundary
    qsizetype j = i + 1;
    while (j < to) {
        const char16_t d = s[j];
        if (d == u' ' || d == u'\t' || d == u'"' || d == u'\'' || d == u')' || d == u']' || d == u'.' || d == u'!'
            || d == u'?' || d == 0x2019 || d == 0x201D || d == 0xA0)
            ++j;
        else
            break;
    }
    return j < to && !isParagraphSeparator(s[j]);
}

// One paragraph scanned once: where it ends, whether it may hold more than one sentence (maySplitSentences()),
// and the stretches QTextBoundaryFinder has to see: from the restart point before a possible terminator to the
// one after it (later terminators before that restart point share the window).
struct ParagraphScan {
    qsizetype end = 0;
    bool split = false;
    std::vector<std::pair<qsizetype, qsizetype>> windows;
};

// What stops scanParagraph()'s search below U+0080: a paragraph separator or a possible terminator.
constexpr std::array<bool, 128> makeAsciiStops()
{
    std::array<bool, 128> t{};
    t[std::size_t(u'\n')] = t[std::size_t(u'\r')] = true;
    t[std::size_t(u'.')] = t[std::size_t(u'!')] = t[std::size_t(u'?')] = true;
    return t;
}
constexpr std::array<bool, 128> AsciiStops = makeAsciiStops();

inline bool isStop(char16_t c)
{
    return c < 128 ? AsciiStops[c] : (c == 0x85 || (c >= 0x0589 && (c == 0x2028 || c == 0x2029 || mayEndSentence(c))));
}

// The first stop (isStop()) in s[i, limit), or limit. With SSE2, eight units at a time: a block without a
// separator, an ASCII terminator or a unit above U+007F is skipped whole; the units of any other block are tested
// one by one.
inline qsizetype nextStop(const char16_t *s, qsizetype i, qsizetype limit)
{
#if defined(__SSE2__)
    const __m128i high = _mm_set1_epi16(short(0xFF80));
    const __m128i zero = _mm_setzero_si128();
    const __m128i nl = _mm_set1_epi16(short(u'\n'));
    const __m128i cr = _mm_set1_epi16(short(u'\r'));
    const __m128i dot = _mm_set1_epi16(short(u'.'));
    const __m128i bang = _mm_set1_epi16(short(u'!'));
    const __m128i question = _mm_set1_epi16(short(u'?'));
    while (limit - i >= 8) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
        const __m128i ascii = _mm_cmpeq_epi16(_mm_and_si128(x, high), zero);
        __m128i m = _mm_or_si128(_mm_cmpeq_epi16(x, nl), _mm_cmpeq_epi16(x, cr));
        m = _mm_or_si128(m, _mm_or_si128(_mm_cmpeq_epi16(x, dot), _mm_cmpeq_epi16(x, bang)));
        m = _mm_or_si128(m, _mm_cmpeq_epi16(x, question));
        if (_mm_movemask_epi8(_mm_or_si128(m, _mm_andnot_si128(ascii, _mm_set1_epi16(-1)))) == 0) {
            i += 8;
            continue;
        }
        for (const qsizetype end = i + 8; i < end; ++i)
            if (isStop(s[i]))
                return i;
    }
#endif
    for (; i < limit; ++i)
        if (isStop(s[i]))
            return i;
    return limit;
}

// Scans text[from, limit) up to its first paragraph separator. Outside a window only separators and possible
// terminators stop the search (nextStop(): eight units at a time); the restart point a window starts at is
// looked for backwards from its first terminator (the last one before it: usually the space before the
// sentence's last word), and the one that ends it forwards, with the terminators and separators in between.
void scanParagraph(const char16_t *s, qsizetype from, qsizetype limit, ParagraphScan &out)
{
    out.split = false;
    out.windows.clear();
    qsizetype restart = from; // the last restart point before `tracked` (or the start)
    qsizetype tracked = from; // restart points from here on are not looked at yet
    qsizetype i = from;
    for (;;) {
        i = nextStop(s, i, limit);
        char16_t c = i < limit ? s[i] : 0;
        if (i == limit || isParagraphSeparator(c)) {
            out.end = i;
            return;
        }
        // A possible terminator at i: a window from the last restart point before it.
        for (qsizetype j = i - 1; j >= tracked; --j) {
            if (isRestartPoint(s, from, j)) {
                restart = j;
                break;
            }
        }
        if (!out.split)
            out.split = splitsAt(s, i, limit);
        out.windows.emplace_back(restart, limit);
        // ... to the first restart point after it; later terminators share the window.
        for (++i; i < limit; ++i) {
            c = s[i];
            if (c == u' ') {
                if (isRestartPoint(s, from, i))
                    break;
                continue;
            }
            if (isParagraphSeparator(c)) {
                out.windows.back().second = i;
                out.end = i;
                return;
            }
            if (!out.split && mayEndSentence(c))
                out.split = splitsAt(s, i, limit);
        }
        out.windows.back().second = i;
        if (i == limit) {
            out.end = i;
            return;
        }
        restart = i; // the restart point that ended the window
        tracked = ++i;
    }
}

// sentenceBounds() of a scanned paragraph: QTextBoundaryFinder only on its windows (the whole paragraph gives the
// same boundaries: tested), into a buffer on the stack; most of a paragraph is words between terminators,
// which the finder would walk through.
void boundsOf(QStringView text, qsizetype from, const ParagraphScan &scan, std::vector<qsizetype> &out)
{
    out.push_back(from);
    if (scan.split) {
        std::array<unsigned char, 512> buffer;
        for (const auto &[windowStart, windowEnd] : scan.windows) {
            const qsizetype length = windowEnd - windowStart;
            const bool fits = qsizetype(buffer.size()) >= length + 1;
            QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text.constData() + windowStart, length,
                                       fits ? buffer.data() : nullptr, fits ? qsizetype(buffer.size()) : 0);
            qsizetype b = finder.toNextBoundary();
            while (b > 0 && b < length) {
                out.push_back(windowStart + b);
                b = finder.toNextBoundary();
            }
        }
    }
    out.push_back(scan.end);
}

} // namespace

bool maySplitSentences(QStringView text, qsizetype from, qsizetype to)
{
    // Unicode's sentence rules (UAX #29) break only after a terminator or at a paragraph separator. A
    // paragraph without a possible terminator before its final stretch of closers and spaces is one sentence.
    const char16_t *s = reinterpret_cast<const char16_t *>(text.utf16());
    for (qsizetype i = from; i < to; ++i)
        if (mayEndSentence(s[i]) && splitsAt(s, i, to))
            return true;
    return false;
}

void sentenceBounds(QStringView text, qsizetype from, qsizetype to, std::vector<qsizetype> &out)
{
    ParagraphScan scan;
    scanParagraph(reinterpret_cast<const char16_t *>(text.utf16()), from, to, scan);
    scan.end = to; // the caller's paragraph has no separator inside
    boundsOf(text, from, scan, out);
}

namespace {

constexpr Lexicon DiscourseMarkers{{"and", "but", "so", "well", "now", "look", "yes", "no", "oh", "ok", "okay",
                                    "then", "also", "actually", "frankly", "first", "second", "finally", "again",
                                    "uh", "um", "still", "indeed", "plus", "because", "sir", "senator",
                                    "governor", "folks", "listen", "anyway", "besides", "however"}};
constexpr Lexicon OpinionVerbs{{"think", "believe", "feel", "hope", "guess", "suppose", "reckon", "suspect", "wish",
                                "doubt", "trust", "consider", "thought", "felt", "hoped", "bet", "assume"}};
constexpr Lexicon OpinionAdverbs{{"really", "just", "also", "still", "do", "don't", "certainly", "strongly",
                                  "personally", "firmly", "truly", "honestly", "genuinely", "sincerely", "'d",
                                  "would", "happen", "to", "do", "deeply", "frankly", "even"}};
constexpr Lexicon FirstSingular{{"i", "i'm", "i've", "i'd", "i'll", "me", "my", "myself"}};
constexpr Lexicon FirstPlural{{"we", "we're", "we've", "we'd", "we'll", "us", "our"}};
constexpr Lexicon PledgeWords{{"will", "'ll", "going", "gonna", "want", "wanna", "plan", "intend", "promise",
                               "would", "shall", "propose", "pledge", "commit", "vow", "aim"}};
constexpr Lexicon Obligation{{"must", "should", "ought", "need", "needs", "have", "has", "got", "gotta",
                              "shouldn't", "mustn't", "cannot", "can't", "can", "better"}};
constexpr Lexicon Imperatives{{"let", "let's", "look", "go", "take", "crack", "remember", "imagine", "consider",
                               "don't", "please", "give", "tell", "listen", "stop", "keep", "think", "ask",
                               "bring", "check", "vote", "join", "help", "excuse", "forgive", "thank", "thanks",
                               "come", "understand", "see", "put", "follow", "watch", "wait", "turn"}};
// The words at which a stance cue of analyseStance()'s loop starts: the first person, "you", "in" (my view),
// "seems" (to me), "let".
constexpr Lexicon StanceStarts{{"i", "i'm", "i've", "i'd", "i'll", "me", "my", "myself", "we", "we're", "we've",
                                "we'd", "we'll", "us", "our", "you", "you've", "in", "seems", "let's", "let"}};
constexpr Lexicon Complementizers{{"that", "which", "who", "whom", "whose", "because", "if", "when", "while",
                                   "although", "though", "unless", "whether", "where", "whereas", "so", "after",
                                   "before", "until", "once"}};
constexpr Lexicon ReportingFrames{{"said", "says", "say", "told", "believe", "believes", "believed", "claimed",
                                   "claims", "argued", "argues", "warned", "warns", "stated", "states", "think",
                                   "thinks", "insisted", "insists", "added", "adds", "noted", "notes", "know",
                                   "knows", "understand", "understands", "show", "shows", "showed", "found",
                                   "suggests", "suggested", "revealed", "reveals", "admitted", "admits",
                                   "announced", "announces", "confirmed", "confirms", "explained", "explains"}};
constexpr Lexicon NewClauseCoordinators{{"but", "whereas", "although", "though", "yet", "while", "unless"}};

constexpr Lexicon PronounSubjects{{"he", "she", "they", "it", "we", "i", "you", "he's", "she's", "they're",
                                   "it's", "we're", "i'm", "you're", "he'd", "she'd", "they'd", "we'd", "i'd",
                                   "they've", "we've", "i've", "you've", "he'll", "she'll", "they'll", "we'll",
                                   "i'll", "you'll"}};
constexpr Lexicon ThirdPronouns{{"he", "she", "they", "it", "he's", "she's", "they're", "it's", "he'd", "she'd",
                                 "they'd", "they've", "he'll", "she'll", "they'll"}};
constexpr Lexicon Determiners{{"a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her",
                               "our", "my", "your", "some", "any", "every", "each", "no"}};
constexpr Lexicon Auxiliaries{{"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "having",
                               "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do",
                               "does", "did", "'s", "'re", "'ve", "'d", "'ll", "isn't", "aren't", "wasn't",
                               "weren't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "don't", "doesn't",
                               "didn't", "can't", "couldn't", "also", "now", "not", "never", "already", "still",
                               "just", "again", "actually", "only", "even", "recently", "reportedly"}};
constexpr Lexicon FunctionWords{{"a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her",
                                 "our", "my", "your", "of", "in", "on", "at", "to", "for", "from", "by", "with",
                                 "about", "as", "into", "over", "under", "and", "or", "but", "if", "than", "then",
                                 "so", "he", "she", "they", "it", "we", "i", "you", "is", "are", "was", "were",
                                 "be", "been", "has", "have", "had", "will", "would", "there", "which", "who"}};

} // namespace

bool isNumberWord(quint32 hash)
{
    return NumberWords.contains(hash);
}
bool isMagnitudeWord(quint32 hash)
{
    return MagnitudeWords.contains(hash);
}
bool isPronounSubject(quint32 hash)
{
    return PronounSubjects.contains(hash);
}
bool isThirdPersonPronoun(quint32 hash)
{
    return ThirdPronouns.contains(hash);
}
bool isDeterminer(quint32 hash)
{
    return Determiners.contains(hash);
}
bool isAuxiliary(quint32 hash)
{
    return Auxiliaries.contains(hash);
}
bool isFunctionWord(quint32 hash)
{
    return FunctionWords.contains(hash);
}

bool isQuantityToken(const Sentence &s, int i)
{
    const Token &t = s.at(i);
    if (t.is(Digits))
        return true;
    return t.is(Word) && NumberWords.contains(t.hash);
}

Stance analyseStance(const Sentence &s)
{
    Stance st;
    const int n = s.size();
    // Question: the last token that is not a closing quote or bracket.
    for (int i = n - 1; i >= 0; --i) {
        const Token &t = s.at(i);
        if (t.is(QuoteMark) || t.first == u')' || t.first == u']')
            continue;
        st.question = isQuestionMark(t.first);
        break;
    }
    // The first content token after discourse markers and punctuation.
    int first = 0;
    while (first < n && (s.at(first).is(Punct) || (s.at(first).is(Word) && DiscourseMarkers.contains(s.at(first).hash))))
        ++first;
    if (first < n) {
        const Token &t = s.at(first);
        if (t.is(Word) && FirstSingular.contains(t.hash)) {
            st.personal = true;
            st.firstPersonSubject = true;
        } else if (t.is(Word) && FirstPlural.contains(t.hash)) {
            st.firstPersonSubject = true;
        }
        if (t.is(Word) && Imperatives.contains(t.hash) && !(first + 1 < n && s.at(first + 1).is(Punct)))
            st.prescriptive = true;
    }
    for (int i = 0; i < n; ++i) {
        const Token &t = s.at(i);
        if (!t.is(Word))
            continue;
        const quint32 h = t.hash;
        if (!StanceStarts.bloom().mayContain(h))
            continue; // every cue below starts at one of these words
        const bool singular = h == "i"_w || h == "i'd"_w;
        const bool plural = h == "we"_w || h == "we'd"_w;
        if (st.opinionAt < 0 && (singular || plural)) {
            int j = i + 1;
            while (j < n && j <= i + 3 && s.at(j).is(Word) && OpinionAdverbs.contains(s.at(j).hash))
                ++j;
            if (j < n && s.at(j).is(Word) && OpinionVerbs.contains(s.at(j).hash))
                st.opinionAt = i;
            if (j < n && s.at(j).isWord("say"_w) && j > i + 1 && (s.at(j - 1).isWord("would"_w) || s.at(j - 1).isWord("'d"_w)))
                st.opinionAt = i;
        }
        if (st.opinionAt < 0 && h == "i'm"_w && i + 1 < n
            && (s.at(i + 1).isWord("sure"_w) || s.at(i + 1).isWord("convinced"_w) || s.at(i + 1).isWord("confident"_w)))
            st.opinionAt = i;
        if (st.opinionAt < 0 && h == "in"_w && i + 2 < n && (s.at(i + 1).isWord("my"_w) || s.at(i + 1).isWord("our"_w))
            && (s.at(i + 2).isWord("view"_w) || s.at(i + 2).isWord("opinion"_w) || s.at(i + 2).isWord("judgment"_w)
                || s.at(i + 2).isWord("judgement"_w) || s.at(i + 2).isWord("mind"_w)))
            st.opinionAt = i;
        if (st.opinionAt < 0 && h == "seems"_w && i + 2 < n && s.at(i + 1).isWord("to"_w) && s.at(i + 2).isWord("me"_w))
            st.opinionAt = std::max(0, i - 1);
        const bool firstPerson = FirstSingular.contains(h) || FirstPlural.contains(h);
        if (firstPerson && (h == "i'll"_w || h == "we'll"_w))
            st.pledge = true;
        if (firstPerson || h == "you"_w || h == "you've"_w) {
            for (int j = i + 1; j < n && j <= i + 3; ++j) {
                const Token &u = s.at(j);
                if (!u.is(Word))
                    break;
                if (firstPerson && PledgeWords.contains(u.hash) && !(u.hash == "would"_w && j + 1 < n && s.at(j + 1).isWord("have"_w)))
                    st.pledge = true;
                if (Obligation.contains(u.hash)) {
                    const bool modal = u.hash == "must"_w || u.hash == "should"_w || u.hash == "ought"_w
                                       || u.hash == "shouldn't"_w || u.hash == "mustn't"_w || u.hash == "gotta"_w;
                    const bool periphrastic = (u.hash == "have"_w || u.hash == "has"_w || u.hash == "got"_w
                                               || u.hash == "need"_w || u.hash == "needs"_w)
                                              && j + 1 < n && (s.at(j + 1).isWord("to"_w) || s.at(j + 1).isWord("got"_w));
                    const bool desire = firstPerson && (u.hash == "need"_w || u.hash == "needs"_w);
                    if (modal || periphrastic || desire)
                        st.prescriptive = true;
                }
            }
        }
        if (h == "let's"_w || (h == "let"_w && i + 1 < n && s.at(i + 1).isWord("us"_w)))
            st.prescriptive = true;
    }
    return st;
}

int clauseStart(const Sentence &s, int i)
{
    int j = i;
    while (j > 0) {
        const Token &t = s.at(j - 1);
        if (t.is(ClauseBreak) || t.is(Terminal))
            break;
        if (t.is(Word) && (Complementizers.contains(t.hash) || ReportingFrames.contains(t.hash)))
            break;
        --j;
    }
    return j;
}

int clauseEnd(const Sentence &s, int i)
{
    const int n = s.size();
    int j = i;
    while (j + 1 < n) {
        const Token &t = s.at(j + 1);
        if (t.is(ClauseBreak) || t.is(Terminal))
            break;
        if (t.is(Word) && j + 1 > i) {
            if (NewClauseCoordinators.contains(t.hash))
                break;
            if ((t.hash == "and"_w || t.hash == "or"_w || t.hash == "so"_w) && j + 2 < n && s.at(j + 2).is(Word)
                && (PronounSubjects.contains(s.at(j + 2).hash) || Auxiliaries.contains(s.at(j + 2).hash)))
                break;
        }
        ++j;
    }
    return j;
}

void addMerged(QList<Suggestion> &out, const Suggestion &s)
{
    // Suggestions of one detector arrive roughly in text order; overlapping ones become one, with the higher
    // confidence and the first rationale.
    for (qsizetype k = out.size() - 1; k >= 0 && k >= out.size() - 4; --k) {
        Suggestion &o = out[k];
        if (o.claimType == s.claimType && s.start < o.end && o.start < s.end) {
            o.start = std::min(o.start, s.start);
            o.end = std::max(o.end, s.end);
            if (s.confidence > o.confidence) {
                o.confidence = s.confidence;
                o.rationale = s.rationale;
            }
            return;
        }
    }
    out.append(s);
}

int statementEnd(const Sentence &s, int i)
{
    const int n = s.size();
    int j = i;
    while (j + 1 < n) {
        const Token &t = s.at(j + 1);
        if (t.is(Terminal) || t.first == u';' || t.first == u':' || t.first == 0x2013 || t.first == 0x2014
            || (t.is(ClauseBreak) && t.first == u'-'))
            break;
        if (t.is(Word) && (t.hash == "and"_w || t.hash == "but"_w || t.hash == "so"_w) && j + 2 < n
            && s.at(j + 2).is(Word) && PronounSubjects.contains(s.at(j + 2).hash))
            break;
        ++j;
    }
    return j;
}

int statementStart(const Sentence &s, int i)
{
    int j = i;
    while (j > 0) {
        const Token &t = s.at(j - 1);
        if (t.is(Terminal) || t.first == u';' || t.first == u':' || t.first == 0x2013 || t.first == 0x2014
            || (t.is(ClauseBreak) && t.first == u'-') || t.is(QuoteMark))
            break;
        if (t.is(Word) && (Complementizers.contains(t.hash) || ReportingFrames.contains(t.hash)))
            break;
        --j;
    }
    return j;
}

int nounPhraseStart(const Sentence &s, int i)
{
    int j = i;
    while (j > 0) {
        const Token &t = s.at(j - 1);
        if (!t.is(Word))
            break;
        const quint32 h = t.hash;
        if (isAuxiliary(h) || Complementizers.contains(h) || ReportingFrames.contains(h) || h == "to"_w || h == "by"_w || h == "for"_w || h == "in"_w || h == "on"_w || h == "at"_w
            || h == "from"_w || h == "as"_w || h == "than"_w || h == "but"_w || h == "or"_w)
            break;
        if ((h == "and"_w || h == "of"_w || h == "with"_w) && !(j - 2 >= 0 && s.at(j - 2).is(Word)))
            break;
        if (h == "with"_w && !(s.at(j).is(Word) && isDeterminer(s.at(j).hash)))
            break;
        --j;
        if (isDeterminer(h) && !(j > 0 && s.at(j - 1).is(Word) && (s.at(j - 1).hash == "of"_w || s.at(j - 1).hash == "with"_w)))
            break;
    }
    return j;
}

Suggestion makeSuggestion(const Sentence &s, int first, int last, const QString &claimType, double confidence,
                          const QString &rationale)
{
    while (last > first && (s.at(last).is(ClauseBreak) || s.at(last).is(Terminal)))
        --last;
    while (first < last && s.at(first).is(ClauseBreak))
        ++first;
    Suggestion sug;
    sug.start = s.at(first).start;
    sug.end = s.at(last).end;
    sug.claimType = claimType;
    sug.confidence = confidence;
    sug.rationale = rationale;
    return sug;
}

namespace {

// The registered TriggerSets as one table: for each of the Bloom filters' 1024 bits, the slots whose filter has
// it. A word passes slot k's Bloom test exactly when bit k is set in the entries of both its bits.
struct TriggerTable {
    std::array<quint32, 1024> words{};
    quint32 digits = 0;
    quint32 currency = 0;
    quint32 percent = 0;
    quint32 quotes = 0;
    int count = 0;

    quint32 wordSlots(quint32 hash) const
    {
        const quint32 m = Bloom::mix(hash);
        return words[m >> 22] & words[(m >> 12) & 1023];
    }
    // The slots for which triggers(set, token) is true.
    quint32 slotsOf(const Token &t) const
    {
        if (t.flags & Word)
            return wordSlots(t.hash);
        if (t.flags & Digits)
            return digits | (t.hash ? wordSlots(t.hash) : 0);
        quint32 m = 0;
        if (t.flags & Currency)
            m |= currency;
        if (t.flags & Percent)
            m |= percent;
        if ((t.flags & QuoteMark) && t.first != u'\'')
            m |= quotes;
        return m;
    }
};

struct TriggerRegistry {
    QMutex mutex;
    TriggerTable table;
};

TriggerRegistry &triggerRegistry()
{
    static TriggerRegistry registry;
    return registry;
}

} // namespace

TriggerSet::TriggerSet(const Triggers &triggers)
    : m_triggers(triggers)
{
    TriggerRegistry &r = triggerRegistry();
    QMutexLocker lock(&r.mutex);
    TriggerTable &t = r.table;
    if (t.count >= MaxTriggerSets)
        return;
    m_slot = t.count++;
    const quint32 bit = quint32(1) << m_slot;
    for (quint32 b = 0; b < 1024; ++b)
        if ((triggers.words.bits[b >> 6] >> (b & 63)) & 1)
            t.words[b] |= bit;
    if (triggers.digits)
        t.digits |= bit;
    if (triggers.currency)
        t.currency |= bit;
    if (triggers.percent)
        t.percent |= bit;
    if (triggers.quotes)
        t.quotes |= bit;
}

std::shared_ptr<const Analysis> analyse(QStringView text, const Cancellation &cancel)
{
    // One entry per thread: detectors run over one text one after the other on the same worker thread.
    struct Memo {
        const QChar *data = nullptr;
        qsizetype size = -1;
        size_t hash = 0;
        std::shared_ptr<const Analysis> analysis;
    };
    thread_local Memo memo;
    const size_t hash = qHash(text, 0x5bd1e995u);
    if (memo.analysis && memo.data == text.data() && memo.size == text.size() && memo.hash == hash)
        return memo.analysis;
    // Recycle the previous analysis' buffers when nobody holds it any more: re-scanning a long document
    // then costs no fresh memory.
    std::shared_ptr<Analysis> a;
    if (memo.analysis && memo.analysis.use_count() == 1) {
        a = std::const_pointer_cast<Analysis>(memo.analysis);
        a->tokens.clear();
        a->sentences.clear();
    } else {
        a = std::make_shared<Analysis>();
    }
    memo = Memo();
    TriggerTable triggerTable; // a copy: sets registered while this text is analysed wait for the next one
    {
        TriggerRegistry &r = triggerRegistry();
        QMutexLocker lock(&r.mutex);
        triggerTable = r.table;
    }
    a->triggerSets = triggerTable.count;
    a->tokens.reserve(std::size_t(text.size() / 5 + 16));
    std::vector<qsizetype> bounds;
    ParagraphScan scan;
    const char16_t *s = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = text.size();
    qsizetype p = 0;
    while (p < n) {
        if (cancel.isCancelled())
            return nullptr;
        scanParagraph(s, p, n, scan);
        const qsizetype e = scan.end;
        if (e > p) {
            bounds.clear();
            boundsOf(text, p, scan, bounds);
            for (std::size_t b = 0; b + 1 < bounds.size(); ++b) {
                const std::size_t tokenized = a->tokens.size();
                tokenize(text, bounds[b], bounds[b + 1], a->tokens);
                // A sentence of more than MaxSentenceTokens tokens is analysed in pieces of that many.
                for (std::size_t first = tokenized; first < a->tokens.size(); first += MaxSentenceTokens) {
                    SentenceInfo info;
                    info.firstToken = first;
                    info.tokenCount = std::min(MaxSentenceTokens, a->tokens.size() - first);
                    info.start = a->tokens[first].start;
                    info.end = a->tokens[first + info.tokenCount - 1].end;
                    quint32 triggered = 0;
                    for (std::size_t k = first; k < first + info.tokenCount; ++k)
                        triggered |= triggerTable.slotsOf(a->tokens[k]);
                    info.triggered = triggered;
                    Sentence sentence;
                    sentence.text = text;
                    sentence.tokens = std::span<const Token>(a->tokens.data() + first, info.tokenCount);
                    info.stance = analyseStance(sentence);
                    a->sentences.push_back(info);
                }
            }
        }
        p = e + 1;
    }
    memo.data = text.data();
    memo.size = text.size();
    memo.hash = hash;
    memo.analysis = a;
    return a;
}

} // namespace Claimbench::Cues
