// SPDX-License-Identifier: GPL-2.0-or-later
#include "readabletext.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <QRegularExpression>

namespace Claimbench {

namespace {

const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> map{
        {QStringLiteral("amp"), U'&'},      {QStringLiteral("lt"), U'<'},       {QStringLiteral("gt"), U'>'},       {QStringLiteral("quot"), U'"'},
        {QStringLiteral("apos"), U'\''},    {QStringLiteral("nbsp"), 0xA0},     {QStringLiteral("mdash"), 0x2014},  {QStringLiteral("ndash"), 0x2013},
        {QStringLiteral("hellip"), 0x2026}, {QStringLiteral("lsquo"), 0x2018},  {QStringLiteral("rsquo"), 0x2019},  {QStringLiteral("ldquo"), 0x201C},
        {QStringLiteral("rdquo"), 0x201D},  {QStringLiteral("sbquo"), 0x201A},  {QStringLiteral("bdquo"), 0x201E},  {QStringLiteral("laquo"), 0xAB},
        {QStringLiteral("raquo"), 0xBB},    {QStringLiteral("lsaquo"), 0x2039}, {QStringLiteral("rsaquo"), 0x203A}, {QStringLiteral("copy"), 0xA9},
        {QStringLiteral("reg"), 0xAE},      {QStringLiteral("trade"), 0x2122},  {QStringLiteral("deg"), 0xB0},      {QStringLiteral("plusmn"), 0xB1},
        {QStringLiteral("times"), 0xD7},    {QStringLiteral("divide"), 0xF7},   {QStringLiteral("minus"), 0x2212},  {QStringLiteral("frac12"), 0xBD},
        {QStringLiteral("frac14"), 0xBC},   {QStringLiteral("frac34"), 0xBE},   {QStringLiteral("percnt"), U'%'},   {QStringLiteral("euro"), 0x20AC},
        {QStringLiteral("pound"), 0xA3},    {QStringLiteral("yen"), 0xA5},      {QStringLiteral("cent"), 0xA2},     {QStringLiteral("sect"), 0xA7},
        {QStringLiteral("para"), 0xB6},     {QStringLiteral("middot"), 0xB7},   {QStringLiteral("bull"), 0x2022},   {QStringLiteral("dagger"), 0x2020},
        {QStringLiteral("shy"), 0xAD},      {QStringLiteral("thinsp"), 0x2009}, {QStringLiteral("ensp"), 0x2002},   {QStringLiteral("emsp"), 0x2003},
        {QStringLiteral("zwj"), 0x200D},    {QStringLiteral("zwnj"), 0x200C},   {QStringLiteral("lrm"), 0x200E},    {QStringLiteral("rlm"), 0x200F},
        {QStringLiteral("iexcl"), 0xA1},    {QStringLiteral("iquest"), 0xBF},   {QStringLiteral("agrave"), 0xE0},   {QStringLiteral("aacute"), 0xE1},
        {QStringLiteral("acirc"), 0xE2},    {QStringLiteral("atilde"), 0xE3},   {QStringLiteral("auml"), 0xE4},     {QStringLiteral("aring"), 0xE5},
        {QStringLiteral("aelig"), 0xE6},    {QStringLiteral("ccedil"), 0xE7},   {QStringLiteral("egrave"), 0xE8},   {QStringLiteral("eacute"), 0xE9},
        {QStringLiteral("ecirc"), 0xEA},    {QStringLiteral("euml"), 0xEB},     {QStringLiteral("igrave"), 0xEC},   {QStringLiteral("iacute"), 0xED},
        {QStringLiteral("icirc"), 0xEE},    {QStringLiteral("iuml"), 0xEF},     {QStringLiteral("ntilde"), 0xF1},   {QStringLiteral("ograve"), 0xF2},
        {QStringLiteral("oacute"), 0xF3},   {QStringLiteral("ocirc"), 0xF4},    {QStringLiteral("otilde"), 0xF5},   {QStringLiteral("ouml"), 0xF6},
        {QStringLiteral("oslash"), 0xF8},   {QStringLiteral("ugrave"), 0xF9},   {QStringLiteral("uacute"), 0xFA},   {QStringLiteral("ucirc"), 0xFB},
        {QStringLiteral("uuml"), 0xFC},     {QStringLiteral("yacute"), 0xFD},   {QStringLiteral("yuml"), 0xFF},     {QStringLiteral("szlig"), 0xDF},
        {QStringLiteral("Agrave"), 0xC0},   {QStringLiteral("Aacute"), 0xC1},   {QStringLiteral("Acirc"), 0xC2},    {QStringLiteral("Auml"), 0xC4},
        {QStringLiteral("Ccedil"), 0xC7},   {QStringLiteral("Egrave"), 0xC8},   {QStringLiteral("Eacute"), 0xC9},   {QStringLiteral("Ecirc"), 0xCA},
        {QStringLiteral("Iacute"), 0xCD},   {QStringLiteral("Ntilde"), 0xD1},   {QStringLiteral("Oacute"), 0xD3},   {QStringLiteral("Ouml"), 0xD6},
        {QStringLiteral("Uacute"), 0xDA},   {QStringLiteral("Uuml"), 0xDC},     {QStringLiteral("oelig"), 0x153},   {QStringLiteral("OElig"), 0x152},
        {QStringLiteral("scaron"), 0x161},  {QStringLiteral("Scaron"), 0x160},  {QStringLiteral("alpha"), 0x3B1},   {QStringLiteral("beta"), 0x3B2},
        {QStringLiteral("mu"), 0x3BC},      {QStringLiteral("pi"), 0x3C0},      {QStringLiteral("larr"), 0x2190},   {QStringLiteral("rarr"), 0x2192},
        {QStringLiteral("le"), 0x2264},     {QStringLiteral("ge"), 0x2265},     {QStringLiteral("ne"), 0x2260},     {QStringLiteral("asymp"), 0x2248},
        {QStringLiteral("prime"), 0x2032},  {QStringLiteral("Prime"), 0x2033},  {QStringLiteral("ast"), U'*'},      {QStringLiteral("num"), U'#'},
        {QStringLiteral("lowbar"), U'_'},   {QStringLiteral("grave"), U'`'},    {QStringLiteral("lsqb"), U'['},     {QStringLiteral("rsqb"), U']'},
    };
    return map;
}

QString collapse(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace() && c != QChar(0xA0)) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += u' ';
        space = false;
        out += c;
    }
    if (space && !out.isEmpty() && text.size() && text.back().isSpace())
        out += u' ';
    return out;
}

} // namespace

QString decodeHtmlEntities(QStringView source)
{
    if (!source.contains(u'&'))
        return source.toString();
    static const QRegularExpression ref(QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"));
    QString out;
    qsizetype last = 0;
    for (auto it = ref.globalMatchView(source); it.hasNext();) {
        const auto m = it.next();
        out += source.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QStringView name = m.capturedView(1);
        char32_t code = 0;
        if (name.startsWith(u'#')) {
            bool ok = false;
            const bool hex = name.size() > 1 && (name[1] == u'x' || name[1] == u'X');
            code = char32_t(name.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10));
            if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                code = 0xFFFD;
        } else {
            code = namedEntities().value(name.toString(), 0);
        }
        if (code == 0)
            out += m.capturedView(0);
        else
            out += QString::fromUcs4(&code, 1);
    }
    out += source.mid(last);
    return out;
}

QString readableHtml(QStringView source)
{
    QString s = source.toString();
    // A tag cut off by the quote's ends: "ong>4.99%" at the start, "more</str" at the end.
    static const QRegularExpression headFragment(QStringLiteral(
        "^(/?[A-Za-z][A-Za-z0-9-]*(\\s+[A-Za-z-]+=(\"[^\"]*\"|'[^']*'|[^\\s<>]*))*/?|[A-Za-z-]*=(\"[^\"]*\"|'[^']*')[^<>]*)>"));
    static const QRegularExpression tailFragment(QStringLiteral("<[A-Za-z/!][^<>]*$"));
    if (!s.contains(u'<') || s.indexOf(u'>') < s.indexOf(u'<'))
        s.remove(headFragment);
    s.remove(tailFragment);
    static const QRegularExpression hidden(QStringLiteral("<(script|style)\\b[^>]*>.*?</\\1\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    s.remove(hidden);
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->"), QRegularExpression::DotMatchesEverythingOption);
    s.remove(comment);
    static const QRegularExpression blockTag(QStringLiteral("<\\s*/?\\s*(p|div|br|li|h[1-6]|tr|td|th|blockquote|section|article)\\b[^>]*>"),
                                             QRegularExpression::CaseInsensitiveOption);
    s.replace(blockTag, QStringLiteral(" "));
    static const QRegularExpression tag(QStringLiteral("<[A-Za-z/!?][^<>]*>"));
    s.remove(tag);
    return decodeHtmlEntities(collapse(s)).trimmed();
}

QString readableMarkdown(QStringView source)
{
    // Backslash escapes first, parked in the private use area so that no later step reads them as markup.
    QString s;
    s.reserve(source.size());
    static const QString escapable = QStringLiteral("\\`*_{}[]()#+-.!|>~");
    for (qsizetype i = 0; i < source.size(); ++i) {
        if (source[i] == u'\\' && i + 1 < source.size() && escapable.contains(source[i + 1])) {
            s += QChar(0xE000 + source[i + 1].unicode());
            ++i;
        } else {
            s += source[i];
        }
    }
    static const QRegularExpression image(QStringLiteral("!\\[([^\\]]*)\\]\\([^)]*\\)"));
    s.replace(image, QStringLiteral("\\1"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\](\\([^)]*\\)|\\[[^\\]]*\\])"));
    s.replace(link, QStringLiteral("\\1"));
    static const QRegularExpression lineMarks(QStringLiteral("(^|\\n)[ \\t]*(#{1,6}[ \\t]+|>[ \\t]?|[-*+][ \\t]+|\\d+[.)][ \\t]+)"));
    while (lineMarks.match(s).hasMatch())
        s.replace(lineMarks, QStringLiteral("\\1"));
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"));
    s.replace(strong, QStringLiteral("\\2"));
    static const QRegularExpression em(QStringLiteral("(?<![\\w*])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![\\w*])"));
    s.replace(em, QStringLiteral("\\2"));
    // Emphasis cut off by the quote's ends: a lone "**" left over.
    s.remove(QStringLiteral("**"));
    s.remove(QStringLiteral("__"));
    static const QRegularExpression code(QStringLiteral("`+([^`]*)`+"));
    s.replace(code, QStringLiteral("\\1"));
    static const QRegularExpression tag(QStringLiteral("</?[A-Za-z][^<>]*>"));
    s.remove(tag);
    for (QChar &c : s)
        if (c.unicode() >= 0xE000 && c.unicode() < 0xE080)
            c = QChar(c.unicode() - 0xE000);
    return decodeHtmlEntities(s);
}

QString readableText(QStringView source, QStringView mediaType)
{
    if (mediaType == u"text/markdown")
        return readableMarkdown(source);
    if (mediaType == u"text/html" || mediaType == u"application/xhtml+xml")
        return readableHtml(source);
    return source.toString();
}

qsizetype ReadableDocument::toReadable(qsizetype sourceOffset) const
{
    if (identity)
        return std::max<qsizetype>(0, sourceOffset);
    // the first piece whose last source offset is at or after sourceOffset
    const auto it = std::lower_bound(pieces.cbegin(), pieces.cend(), sourceOffset,
                                     [](const Piece &p, qsizetype s) { return p.src + p.len - 1 < s; });
    if (it == pieces.cend())
        return text.size();
    return it->dst + std::max<qsizetype>(0, sourceOffset - it->src);
}

namespace {

/// Builds a ReadableDocument: characters appended with the source offset they come from; runs of consecutive
/// offsets become one piece.
class ReadableBuilder
{
public:
    ReadableDocument doc;

    void put(QChar c, qsizetype src)
    {
        flushPending();
        append(c, src);
    }
    /// A decoded reference: all its characters come from where it starts.
    void putDecoded(QStringView chars, qsizetype src)
    {
        flushPending();
        for (const QChar c : chars)
            appendPiece(c, src);
    }
    /// A space (collapsed whitespace) before the next character, unless a line starts there.
    void space(qsizetype src)
    {
        if (!m_space && m_breaks == 0) {
            m_space = true;
            m_spaceAt = src;
        }
    }
    /// Line breaks before the next character (1: a new line, 2: a blank line); never at the start.
    void lineBreaks(int n, qsizetype src)
    {
        if (n > m_breaks) {
            if (m_breaks == 0)
                m_breakAt = src;
            m_breaks = n;
        }
        m_space = false;
    }
    /// A <br>: one more line break each time (two in a row make a blank line).
    void hardBreak(qsizetype src)
    {
        if (m_breaks == 0)
            m_breakAt = src;
        m_breaks = std::min(m_breaks + 1, 2);
        m_space = false;
        m_hard = true;
    }
    bool atLineStart() const { return doc.text.isEmpty() || doc.text.back() == u'\n'; }

private:
    void flushPending()
    {
        if (m_breaks > 0 && !doc.text.isEmpty()) {
            int n = m_breaks;
            if (!m_hard) // a block after text already ending in a line break needs one fewer
                for (qsizetype i = doc.text.size() - 1; i >= 0 && n > 0 && doc.text[i] == u'\n'; --i)
                    --n;
            for (int i = 0; i < n; ++i)
                appendPiece(u'\n', m_breakAt);
        } else if (m_space && !atLineStart()) {
            appendPiece(u' ', m_spaceAt);
        }
        m_breaks = 0;
        m_space = false;
        m_hard = false;
    }
    void append(QChar c, qsizetype src)
    {
        auto &pieces = doc.pieces;
        if (!pieces.isEmpty()) {
            ReadableDocument::Piece &last = pieces.last();
            if (last.src + last.len == src && last.dst + last.len == doc.text.size() && m_contiguous) {
                ++last.len;
                doc.text += c;
                return;
            }
        }
        pieces.append({doc.text.size(), src, 1});
        doc.text += c;
        m_contiguous = true;
    }
    void appendPiece(QChar c, qsizetype src) // a piece of its own: what follows does not extend it
    {
        doc.pieces.append({doc.text.size(), src, 1});
        doc.text += c;
        m_contiguous = false;
    }

    int m_breaks = 0;
    bool m_hard = false;
    qsizetype m_breakAt = 0;
    bool m_space = false;
    qsizetype m_spaceAt = 0;
    bool m_contiguous = true;
};

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

/// A character reference at `at` ("&amp;", "&#8212;"): its decoded text and length; 0 when there is none.
qsizetype entityAt(QStringView s, qsizetype at, QString *decoded)
{
    const qsizetype semicolon = s.indexOf(u';', at + 1);
    if (semicolon < 0 || semicolon - at > 33 || semicolon == at + 1)
        return 0;
    const QStringView ref = s.mid(at, semicolon - at + 1);
    const QString d = decodeHtmlEntities(ref);
    if (d == ref)
        return 0;
    *decoded = d;
    return ref.size();
}

const QSet<QString> &htmlBlocks()
{
    static const QSet<QString> s{
        QStringLiteral("address"), QStringLiteral("article"), QStringLiteral("aside"), QStringLiteral("blockquote"),
        QStringLiteral("body"), QStringLiteral("caption"), QStringLiteral("center"), QStringLiteral("details"),
        QStringLiteral("dialog"), QStringLiteral("div"), QStringLiteral("dl"), QStringLiteral("fieldset"),
        QStringLiteral("figcaption"), QStringLiteral("figure"), QStringLiteral("footer"), QStringLiteral("form"),
        QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"),
        QStringLiteral("h6"), QStringLiteral("header"), QStringLiteral("hgroup"), QStringLiteral("hr"),
        QStringLiteral("html"), QStringLiteral("main"), QStringLiteral("nav"), QStringLiteral("ol"), QStringLiteral("p"),
        QStringLiteral("pre"), QStringLiteral("section"), QStringLiteral("summary"), QStringLiteral("table"),
        QStringLiteral("ul"), QStringLiteral("menu")};
    return s;
}

ReadableDocument readableHtmlDocument(QStringView s)
{
    ReadableBuilder b;
    int pre = 0;
    const qsizetype n = s.size();
    qsizetype i = 0;
    // Skips to just after the end tag `</name ...>` (case-insensitive) from `from`; the end of the text if none.
    auto skipPast = [&](qsizetype from, QStringView name) {
        for (qsizetype j = s.indexOf(u'<', from); j >= 0; j = s.indexOf(u'<', j + 1)) {
            if (j + 1 < n && s[j + 1] == u'/' && s.mid(j + 2, name.size()).compare(name, Qt::CaseInsensitive) == 0) {
                const qsizetype close = s.indexOf(u'>', j);
                return close < 0 ? n : close + 1;
            }
        }
        return n;
    };
    while (i < n) {
        const QChar c = s[i];
        if (c == u'<') {
            if (s.mid(i, 4) == u"<!--") {
                const qsizetype end = s.indexOf(u"-->", i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            const bool closing = i + 1 < n && s[i + 1] == u'/';
            const qsizetype nameStart = i + (closing ? 2 : 1);
            if (nameStart < n && (s[nameStart] == u'!' || s[nameStart] == u'?')) { // doctype, processing instruction
                const qsizetype end = s.indexOf(u'>', nameStart);
                i = end < 0 ? n : end + 1;
                continue;
            }
            if (nameStart >= n || !isAsciiLetter(s[nameStart])) { // a "<" in the text
                b.put(c, i);
                ++i;
                continue;
            }
            qsizetype j = nameStart;
            while (j < n && (s[j].isLetterOrNumber() || s[j] == u'-' || s[j] == u':'))
                ++j;
            const QString name = s.mid(nameStart, j - nameStart).toString().toLower();
            QChar quote;
            while (j < n && (s[j] != u'>' || !quote.isNull())) { // attributes, quoted values may hold ">"
                if (quote.isNull() && (s[j] == u'"' || s[j] == u'\''))
                    quote = s[j];
                else if (s[j] == quote)
                    quote = QChar();
                ++j;
            }
            const qsizetype tagEnd = std::min(j + 1, n);
            if (!closing && (name == u"script" || name == u"style" || name == u"title" || name == u"template"
                             || name == u"noscript" || name == u"textarea" || name == u"head")) {
                i = skipPast(tagEnd, name);
                continue;
            }
            if (name == u"br")
                b.hardBreak(i);
            else if (name == u"li" || name == u"tr" || name == u"dt" || name == u"dd")
                b.lineBreaks(1, i);
            else if (name == u"td" || name == u"th")
                b.space(i);
            else if (htmlBlocks().contains(name))
                b.lineBreaks(2, i);
            if (name == u"pre")
                pre = std::max(0, pre + (closing ? -1 : 1));
            i = tagEnd;
            continue;
        }
        if (c == u'&') {
            QString decoded;
            if (const qsizetype len = entityAt(s, i, &decoded)) {
                if (decoded == QStringView(u"\u00A0"))
                    b.putDecoded(QStringLiteral(" "), i);
                else
                    b.putDecoded(decoded, i);
                i += len;
                continue;
            }
        }
        if (pre > 0) {
            if (c == u'\n')
                b.hardBreak(i);
            else if (c != u'\r')
                b.put(c, i);
        } else if (c.isSpace()) {
            b.space(i);
        } else {
            b.put(c, i);
        }
        ++i;
    }
    return b.doc;
}

ReadableDocument readableMarkdownDocument(QStringView s)
{
    ReadableBuilder b;
    static const QString escapable = QStringLiteral("\\`*_{}[]()#+-.!|>~<&");
    static const QRegularExpression rule(QStringLiteral("^ {0,3}(([-*_])[ \\t]*){3,}$"));
    static const QRegularExpression setext(QStringLiteral("^ {0,3}(=+|-+)[ \\t]*$"));
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(```|~~~)"));
    static const QRegularExpression marks(QStringLiteral("^[ \\t]*((>[ \\t]?)+[ \\t]*)?([-*+][ \\t]+|\\d{1,9}[.)][ \\t]+)?(#{1,6}([ \\t]+|$))?"));
    const qsizetype n = s.size();
    bool inFence = false;
    bool previousText = false; // the line before holds text (a setext underline may follow)
    qsizetype lineStart = 0;
    while (lineStart <= n) {
        qsizetype lineEnd = s.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = n;
        QStringView line = s.mid(lineStart, lineEnd - lineStart);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const bool hasNewline = lineEnd < n;
        auto endLine = [&] {
            if (hasNewline)
                b.put(u'\n', lineEnd);
            lineStart = lineEnd + 1;
        };
        if (fence.matchView(line).hasMatch()) { // the fence lines go; what is between them stays as it is
            inFence = !inFence;
            previousText = false;
            lineStart = lineEnd + 1;
            continue;
        }
        if (inFence) {
            for (qsizetype k = 0; k < line.size(); ++k)
                b.put(line[k], lineStart + k);
            endLine();
            continue;
        }
        if ((previousText && setext.matchView(line).hasMatch()) || rule.matchView(line).hasMatch()) {
            previousText = false;
            lineStart = lineEnd + 1;
            continue;
        }
        previousText = !line.trimmed().isEmpty();
        qsizetype k = marks.matchView(line).capturedLength(0);
        qsizetype end = line.size();
        // A closing "##" of an ATX heading goes too.
        if (k > 0 && line.mid(0, k).contains(u'#')) {
            qsizetype t = end;
            while (t > k && (line[t - 1] == u' ' || line[t - 1] == u'\t'))
                --t;
            qsizetype h = t;
            while (h > k && line[h - 1] == u'#')
                --h;
            if (h < t && (h == k || line[h - 1] == u' ' || line[h - 1] == u'\t'))
                end = h;
        }
        // Links' and images' targets: "](...)" and "][...]" after a "[" on the line are skipped.
        QList<QPair<qsizetype, qsizetype>> skips; // [from, to) within the line
        QList<qsizetype> openers;
        for (qsizetype x = k; x < end; ++x) {
            if (line[x] == u'\\') {
                ++x;
                continue;
            }
            if (line[x] == u'[') {
                openers.append(x);
            } else if (line[x] == u']' && !openers.isEmpty() && x + 1 < end && (line[x + 1] == u'(' || line[x + 1] == u'[')) {
                const QChar close = line[x + 1] == u'(' ? u')' : u']';
                const qsizetype y = line.indexOf(close, x + 2);
                if (y >= 0 && y < end) {
                    const qsizetype open = openers.takeLast();
                    skips.append({open, open + 1});
                    if (open > 0 && line[open - 1] == u'!')
                        skips.append({open - 1, open});
                    skips.append({x, y + 1});
                    x = y;
                }
            }
        }
        std::sort(skips.begin(), skips.end());
        qsizetype skip = 0;
        for (qsizetype x = k; x < end;) {
            while (skip < skips.size() && skips[skip].second <= x)
                ++skip;
            if (skip < skips.size() && skips[skip].first <= x) {
                x = skips[skip].second;
                continue;
            }
            const QChar c = line[x];
            const qsizetype at = lineStart + x;
            if (c == u'\\' && x + 1 < end && escapable.contains(line[x + 1])) {
                b.put(line[x + 1], at + 1);
                x += 2;
                continue;
            }
            if (c == u'`' || (c == u'~' && x + 1 < end && line[x + 1] == u'~')) {
                while (x < end && line[x] == c)
                    ++x;
                continue;
            }
            if (c == u'*' || c == u'_') {
                qsizetype y = x;
                while (y < end && line[y] == c)
                    ++y;
                const QChar before = x > 0 ? line[x - 1] : QChar(u' ');
                const QChar after = y < end ? line[y] : QChar(u' ');
                const bool literal = (before.isSpace() && after.isSpace())
                    || (c == u'_' && before.isLetterOrNumber() && after.isLetterOrNumber());
                if (literal)
                    for (qsizetype z = x; z < y; ++z)
                        b.put(line[z], lineStart + z);
                x = y;
                continue;
            }
            if (c == u'<' && x + 1 < end && (isAsciiLetter(line[x + 1]) || line[x + 1] == u'/')) {
                const qsizetype close = line.indexOf(u'>', x + 1);
                if (close >= 0 && close < end && !line.mid(x + 1, close - x - 1).contains(u'<')) {
                    const QStringView inner = line.mid(x + 1, close - x - 1);
                    if (inner.contains(QLatin1String("://")) || (inner.contains(u'@') && !inner.contains(u' '))) // an autolink
                        for (qsizetype z = x + 1; z < close; ++z)
                            b.put(line[z], lineStart + z);
                    x = close + 1;
                    continue;
                }
            }
            if (c == u'&') {
                QString decoded;
                if (const qsizetype len = entityAt(line, x, &decoded)) {
                    b.putDecoded(decoded, at);
                    x += len;
                    continue;
                }
            }
            b.put(c, at);
            ++x;
        }
        if (!hasNewline)
            break;
        endLine();
    }
    return b.doc;
}

} // namespace

std::pair<qsizetype, qsizetype> ReadableDocument::toSourceRange(qsizetype readableStart, qsizetype readableEnd,
                                                                QStringView source) const
{
    if (readableStart < 0 || readableEnd <= readableStart || readableEnd > text.size())
        return {0, 0};
    if (identity)
        return {readableStart, readableEnd};
    if (pieces.isEmpty())
        return {0, 0};
    // the piece that holds readable offset r: the last one starting at or before it
    const auto pieceAt = [this](qsizetype r) {
        const auto it = std::upper_bound(pieces.cbegin(), pieces.cend(), r,
                                         [](qsizetype v, const Piece &p) { return v < p.dst; });
        return it == pieces.cbegin() ? it : it - 1;
    };
    // where a piece's source ends: a decoded reference ("&mdash;") is one character from all of its source
    const auto sourceEnd = [&source](const Piece &p) {
        QString decoded;
        if (p.len == 1 && p.src < source.size() && source[p.src] == u'&')
            if (const qsizetype n = entityAt(source, p.src, &decoded); n > 0)
                return p.src + n;
        return p.src + p.len;
    };
    // Markup between two readable characters on one line (`**`, `[`, `](url)`, `<strong>`, `</a>`) belongs to the
    // range it touches, so that the source range reads as the text: up to 512 characters, never a line break nor
    // a block's boundary.
    const auto inlineGap = [&source](qsizetype from, qsizetype to) {
        if (from >= to || to - from > 512)
            return false;
        return !source.mid(from, to - from).contains(u'\n');
    };
    const auto first = pieceAt(readableStart);
    const auto last = pieceAt(readableEnd - 1);
    qsizetype start = first->src + std::clamp<qsizetype>(readableStart - first->dst, 0, first->len - 1);
    const qsizetype lastOffset = std::clamp<qsizetype>(readableEnd - 1 - last->dst, 0, last->len - 1);
    qsizetype end = lastOffset == last->len - 1 ? sourceEnd(*last) : last->src + lastOffset + 1;
    if (start == first->src && first != pieces.cbegin() && text[first->dst - 1] != u'\n') {
        qsizetype from = sourceEnd(*(first - 1));
        while (from < start && source[from].isSpace())
            ++from;
        if (inlineGap(from, start))
            start = from;
    }
    if (end == sourceEnd(*last) && last + 1 != pieces.cend() && text[(last + 1)->dst] != u'\n') {
        qsizetype to = (last + 1)->src;
        while (to > end && source[to - 1].isSpace())
            --to;
        if (inlineGap(end, to))
            end = to;
    }
    return {start, std::clamp<qsizetype>(end, start, source.size())};
}

ReadableDocument readableDocument(QStringView source, QStringView mediaType)
{
    if (mediaType == u"text/markdown")
        return readableMarkdownDocument(source);
    if (mediaType == u"text/html" || mediaType == u"application/xhtml+xml")
        return readableHtmlDocument(source);
    ReadableDocument d;
    d.text = source.toString();
    d.identity = true;
    return d;
}

} // namespace Claimbench
