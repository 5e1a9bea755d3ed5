// SPDX-License-Identifier: GPL-2.0-or-later
#include "readabletext.h"

#include <QHash>
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

} // namespace Claimbench
