// SPDX-License-Identifier: GPL-2.0-or-later
// Report templates: a newsroom's body layout and stylesheet, made inert before they reach the page.
//
// The generator owns <head> (reportToHtml(): the Content-Security-Policy first, then the title and the stylesheet).
// A template only arranges the named blocks ({{summary}}, {{claims}}...) in markup and styles them. Its markup is
// rebuilt from an allowlist: structural and text elements with class/id/lang/dir/title/role/aria-* attributes,
// links only to http/https/mailto/#fragment, images only from data:image URLs. Everything else — <head>, <script>,
// <style>, <iframe>, <svg>, <meta>, <base>, <link>, forms, event handlers, style attributes, comments — is dropped,
// so a template cannot run script or make a request even where the policy would not stop it. The stylesheet loses
// @import and every url() that is not data: (or #fragment) and the other functions that load images.
#include "report.h"
#include "report_p.h"
#include "review.h" // readRegularFile()

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Claimbench {

using namespace ReportDetail;

namespace {

QString readText(const QString &path, QString *error)
{
    // A template is a regular file of at most 16 MiB: /dev/zero, a FIFO or a huge file is an error, not a hang.
    const FileContents file = readRegularFile(path, 16 * 1024 * 1024);
    if (!file.ok()) {
        if (error)
            *error = file.error.toString();
        return QString();
    }
    return QString::fromUtf8(file.bytes);
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isTagNameChar(QChar c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9') || c == u'-' || c == u':';
}

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// Elements a template may use, kept with their allowed attributes.
const QSet<QString> &allowedElements()
{
    static const QSet<QString> set{
        QStringLiteral("div"),     QStringLiteral("section"), QStringLiteral("header"),  QStringLiteral("footer"),
        QStringLiteral("main"),    QStringLiteral("nav"),     QStringLiteral("aside"),   QStringLiteral("article"),
        QStringLiteral("p"),       QStringLiteral("h1"),      QStringLiteral("h2"),      QStringLiteral("h3"),
        QStringLiteral("h4"),      QStringLiteral("h5"),      QStringLiteral("h6"),      QStringLiteral("span"),
        QStringLiteral("strong"),  QStringLiteral("em"),      QStringLiteral("b"),       QStringLiteral("i"),
        QStringLiteral("u"),       QStringLiteral("s"),       QStringLiteral("small"),   QStringLiteral("sub"),
        QStringLiteral("sup"),     QStringLiteral("br"),      QStringLiteral("hr"),      QStringLiteral("ul"),
        QStringLiteral("ol"),      QStringLiteral("li"),      QStringLiteral("dl"),      QStringLiteral("dt"),
        QStringLiteral("dd"),      QStringLiteral("blockquote"), QStringLiteral("figure"), QStringLiteral("figcaption"),
        QStringLiteral("address"), QStringLiteral("time"),    QStringLiteral("abbr"),    QStringLiteral("code"),
        QStringLiteral("pre"),     QStringLiteral("mark"),    QStringLiteral("q"),       QStringLiteral("cite"),
        QStringLiteral("table"),   QStringLiteral("thead"),   QStringLiteral("tbody"),   QStringLiteral("tfoot"),
        QStringLiteral("tr"),      QStringLiteral("th"),      QStringLiteral("td"),      QStringLiteral("caption"),
        QStringLiteral("a"),       QStringLiteral("img"),
    };
    return set;
}

bool isVoid(const QString &name)
{
    return name == QLatin1String("br") || name == QLatin1String("hr") || name == QLatin1String("img");
}

// Elements dropped with everything inside them (their content is raw text, a foreign language, a nested document,
// or the template's own head).
bool dropsContent(const QString &name)
{
    static const QSet<QString> set{
        QStringLiteral("head"),     QStringLiteral("script"),   QStringLiteral("style"),    QStringLiteral("title"),
        QStringLiteral("textarea"), QStringLiteral("xmp"),      QStringLiteral("iframe"),   QStringLiteral("noembed"),
        QStringLiteral("noframes"), QStringLiteral("noscript"), QStringLiteral("template"), QStringLiteral("svg"),
        QStringLiteral("math"),     QStringLiteral("object"),   QStringLiteral("select"),   QStringLiteral("audio"),
        QStringLiteral("video"),    QStringLiteral("picture"),  QStringLiteral("canvas"),   QStringLiteral("frameset"),
        QStringLiteral("plaintext"),
    };
    return set.contains(name);
}

// Character references in template text and attribute values, decoded so that the output is re-escaped (and
// well-formed XML): numeric ones and the named ones a newsroom's page is likely to use; others stay as text.
QString decodeEntities(QStringView s)
{
    static const QHash<QString, char16_t> named{
        {QStringLiteral("amp"), u'&'},      {QStringLiteral("lt"), u'<'},       {QStringLiteral("gt"), u'>'},
        {QStringLiteral("quot"), u'"'},     {QStringLiteral("apos"), u'\''},    {QStringLiteral("nbsp"), 0x00A0},
        {QStringLiteral("middot"), 0x00B7}, {QStringLiteral("mdash"), 0x2014},  {QStringLiteral("ndash"), 0x2013},
        {QStringLiteral("hellip"), 0x2026}, {QStringLiteral("copy"), 0x00A9},   {QStringLiteral("reg"), 0x00AE},
        {QStringLiteral("trade"), 0x2122},  {QStringLiteral("laquo"), 0x00AB},  {QStringLiteral("raquo"), 0x00BB},
        {QStringLiteral("lsquo"), 0x2018},  {QStringLiteral("rsquo"), 0x2019},  {QStringLiteral("ldquo"), 0x201C},
        {QStringLiteral("rdquo"), 0x201D},  {QStringLiteral("bull"), 0x2022},   {QStringLiteral("euro"), 0x20AC},
        {QStringLiteral("pound"), 0x00A3},  {QStringLiteral("sect"), 0x00A7},   {QStringLiteral("para"), 0x00B6},
    };
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) != u'&') {
            out += s.at(i);
            continue;
        }
        const qsizetype semi = s.indexOf(u';', i + 1);
        if (semi < 0 || semi - i > 12) {
            out += s.at(i);
            continue;
        }
        const QStringView ref = s.sliced(i + 1, semi - i - 1);
        bool ok = false;
        char32_t cp = 0;
        if (ref.startsWith(u"#x") || ref.startsWith(u"#X"))
            cp = ref.sliced(2).toUInt(&ok, 16);
        else if (ref.startsWith(u'#'))
            cp = ref.sliced(1).toUInt(&ok, 10);
        else if (const auto it = named.constFind(ref.toString()); it != named.constEnd()) {
            cp = it.value();
            ok = true;
        }
        if (!ok || cp == 0 || cp > 0x10FFFF) {
            out += s.at(i);
            continue;
        }
        out += QString::fromUcs4(&cp, 1); // lone surrogates and control characters: escapeHtml() makes them U+FFFD
        i = semi;
    }
    return out;
}

struct Attribute {
    QString name;
    QString value; // decoded
};

// Parses a start tag's attributes from `s` at `i` (just after the name) up to its '>'. Returns the position after
// the tag; `selfClosing` when it ends with "/>".
qsizetype parseAttributes(QStringView s, qsizetype i, QList<Attribute> &attributes, bool &selfClosing)
{
    selfClosing = false;
    const qsizetype n = s.size();
    while (i < n) {
        while (i < n && (isHtmlSpace(s.at(i)) || s.at(i) == u'/')) {
            selfClosing = s.at(i) == u'/';
            ++i;
        }
        if (i >= n)
            break;
        if (s.at(i) == u'>')
            return i + 1;
        selfClosing = false;
        const qsizetype nameStart = i;
        while (i < n && !isHtmlSpace(s.at(i)) && s.at(i) != u'>' && s.at(i) != u'/' && s.at(i) != u'=')
            ++i;
        if (i == nameStart) // a stray '='
            ++i;
        Attribute a{s.sliced(nameStart, i - nameStart).toString().toLower(), QString()};
        while (i < n && isHtmlSpace(s.at(i)))
            ++i;
        if (i < n && s.at(i) == u'=') {
            ++i;
            while (i < n && isHtmlSpace(s.at(i)))
                ++i;
            qsizetype valueStart = i;
            qsizetype valueEnd = i;
            if (i < n && (s.at(i) == u'"' || s.at(i) == u'\'')) {
                const QChar quote = s.at(i);
                valueStart = i + 1;
                const qsizetype close = s.indexOf(quote, valueStart);
                valueEnd = close < 0 ? n : close;
                i = close < 0 ? n : close + 1;
            } else {
                while (i < n && !isHtmlSpace(s.at(i)) && s.at(i) != u'>')
                    ++i;
                valueEnd = i;
            }
            a.value = decodeEntities(s.sliced(valueStart, valueEnd - valueStart));
        }
        attributes.append(a);
    }
    return n;
}

// The ids the generated sections use (reportPrintParts() and the report's own links find them): a template's
// element cannot take them.
bool isReportId(const QString &id)
{
    static const QRegularExpression numbered(QStringLiteral("^(?:claim|ref)-\\d+$"));
    return id == QLatin1String("summary") || id == QLatin1String("claims") || id == QLatin1String("orphans")
        || id == QLatin1String("article") || numbered.match(id).hasMatch();
}

bool isAllowedAttribute(const QString &element, const Attribute &a)
{
    const QString &name = a.name;
    if (name == QLatin1String("id"))
        return !isReportId(a.value.trimmed());
    if (name == QLatin1String("class") || name == QLatin1String("lang")
        || name == QLatin1String("dir") || name == QLatin1String("title") || name == QLatin1String("role")
        || (name.startsWith(QLatin1String("aria-")) && name.size() > 5))
        return true;
    if ((element == QLatin1String("td") || element == QLatin1String("th"))
        && (name == QLatin1String("colspan") || name == QLatin1String("rowspan")))
        return true;
    if (element == QLatin1String("time") && name == QLatin1String("datetime"))
        return true;
    if (element == QLatin1String("a") && name == QLatin1String("href"))
        return isSafeReportUrl(a.value) || a.value.trimmed().startsWith(u'#');
    if (element == QLatin1String("img") && name == QLatin1String("alt"))
        return true;
    if (element == QLatin1String("img") && name == QLatin1String("src"))
        return a.value.trimmed().startsWith(QLatin1String("data:image/"), Qt::CaseInsensitive);
    return false;
}

// Appends `text` escaped; "{" in attribute values becomes a character reference so that no {{placeholder}} is
// filled inside an attribute (the blocks are markup).
void appendAttributeValue(QString &out, const QString &value)
{
    QString escaped;
    appendEscaped(escaped, value);
    escaped.replace(u'{', QLatin1String("&#123;"));
    out += escaped;
}

} // namespace

namespace ReportDetail {

QString templateBody(QStringView html)
{
    // Where the body begins: after the template's <body ...> tag when it has one, else at the start. The generator
    // writes the <body> tag itself, with the template's allowed attributes.
    QString out;
    out.reserve(html.size() + 64);
    QString bodyTag = QStringLiteral("<body>");
    QList<QString> open; // allowed elements not closed yet
    const qsizetype n = html.size();
    qsizetype i = 0;
    qsizetype textStart = 0;
    auto flushText = [&](qsizetype end) {
        if (end > textStart)
            appendEscaped(out, decodeEntities(html.sliced(textStart, end - textStart)));
    };
    while (i < n) {
        if (html.at(i) != u'<') {
            ++i;
            continue;
        }
        // a comment, a doctype, a CDATA section or a processing instruction: dropped
        if (html.sliced(i).startsWith(u"<!--")) {
            flushText(i);
            const qsizetype close = html.indexOf(u"-->", i + 4);
            i = textStart = close < 0 ? n : close + 3;
            continue;
        }
        if (i + 1 < n && (html.at(i + 1) == u'!' || html.at(i + 1) == u'?')) {
            flushText(i);
            const qsizetype close = html.indexOf(u'>', i + 2);
            i = textStart = close < 0 ? n : close + 1;
            continue;
        }
        const bool end = i + 1 < n && html.at(i + 1) == u'/';
        const qsizetype nameStart = i + (end ? 2 : 1);
        if (nameStart >= n || !isAsciiLetter(html.at(nameStart))) {
            ++i; // a lone '<' is text
            continue;
        }
        flushText(i);
        qsizetype nameEnd = nameStart;
        while (nameEnd < n && isTagNameChar(html.at(nameEnd)))
            ++nameEnd;
        const QString name = html.sliced(nameStart, nameEnd - nameStart).toString().toLower();
        QList<Attribute> attributes;
        bool selfClosing = false;
        const qsizetype after = parseAttributes(html, nameEnd, attributes, selfClosing);
        i = textStart = after;
        if (end && name == QLatin1String("body")) {
            textStart = n; // what follows the body (</html>) is the generator's too
            break;
        }
        if (end) {
            const qsizetype k = open.lastIndexOf(name);
            if (k >= 0) {
                while (open.size() > k)
                    out += QLatin1String("</") + open.takeLast() + u'>';
            }
            continue;
        }
        if (name == QLatin1String("body")) {
            // Everything before the body (doctype, <html>, the template's <head>) is the generator's.
            out.clear();
            open.clear();
            bodyTag = QStringLiteral("<body");
            for (const Attribute &a : std::as_const(attributes)) {
                if (isAllowedAttribute(name, a)) {
                    bodyTag += u' ' + a.name + QLatin1String("=\"");
                    appendAttributeValue(bodyTag, a.value);
                    bodyTag += u'"';
                }
            }
            bodyTag += u'>';
            continue;
        }
        if (dropsContent(name)) {
            if (selfClosing)
                continue;
            // up to the matching end tag (raw text elements end at the first one; for the others a nested one
            // only ends the skip early, and what follows is still filtered)
            const QString closeTag = QLatin1String("</") + name;
            qsizetype close = i;
            if (name == QLatin1String("head")) { // a head ends at its end tag or where the body begins
                const qsizetype bodyAt = html.indexOf(QLatin1String("<body"), i, Qt::CaseInsensitive);
                const qsizetype headEnd = html.indexOf(closeTag, i, Qt::CaseInsensitive);
                if (bodyAt >= 0 && (headEnd < 0 || bodyAt < headEnd)) {
                    i = textStart = bodyAt;
                    continue;
                }
            }
            while (true) {
                close = html.indexOf(closeTag, close, Qt::CaseInsensitive);
                if (close < 0 || close + closeTag.size() >= n || !isTagNameChar(html.at(close + closeTag.size())))
                    break;
                close += closeTag.size();
            }
            if (close < 0) {
                i = textStart = n;
            } else {
                const qsizetype gt = html.indexOf(u'>', close);
                i = textStart = gt < 0 ? n : gt + 1;
            }
            continue;
        }
        if (!allowedElements().contains(name))
            continue; // the tag goes, its content stays (filtered)
        if (name == QLatin1String("img")) {
            const bool hasSource = std::any_of(attributes.cbegin(), attributes.cend(), [](const Attribute &a) {
                return a.name == QLatin1String("src") && isAllowedAttribute(QStringLiteral("img"), a);
            });
            if (!hasSource)
                continue; // a remote (or relative) image is not loaded: the element goes
        }
        out += u'<' + name;
        for (const Attribute &a : std::as_const(attributes)) {
            if (isAllowedAttribute(name, a)) {
                out += u' ' + a.name + QLatin1String("=\"");
                appendAttributeValue(out, a.value);
                out += u'"';
            }
        }
        if (isVoid(name)) {
            out += QLatin1String("/>");
        } else {
            out += u'>';
            open.append(name);
        }
    }
    flushText(n);
    while (!open.isEmpty())
        out += QLatin1String("</") + open.takeLast() + u'>';
    return bodyTag + out + QLatin1String("</body>");
}

QString templateStylesheet(QStringView css)
{
    // 1. Escapes of ASCII letters are decoded (outside comments), so that "\75 rl(" and "@\69mport" are seen as
    //    url( and @import.
    QString s;
    s.reserve(css.size());
    const qsizetype n = css.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = css.at(i);
        if (c == u'/' && i + 1 < n && css.at(i + 1) == u'*') { // a comment: kept as it is
            const qsizetype close = css.indexOf(u"*/", i + 2);
            const qsizetype end = close < 0 ? n : close + 2;
            s += css.sliced(i, end - i);
            i = end - 1;
            continue;
        }
        if (c == u'\\' && i + 1 < n) {
            qsizetype j = i + 1;
            uint cp = 0;
            for (int h; j < n && j < i + 7 && (h = hexValue(css.at(j))) >= 0; ++j)
                cp = cp * 16 + uint(h);
            const bool hex = j > i + 1;
            const QChar decoded = hex ? QChar(char16_t(cp <= 0xFFFF ? cp : 0)) : css.at(i + 1);
            if (isAsciiLetter(decoded)) {
                s += decoded;
                if (hex && j < n && isHtmlSpace(css.at(j)))
                    ++j; // the space that ends a hex escape
                i = hex ? j - 1 : i + 1;
                continue;
            }
        }
        s += c;
    }

    // 2. @import goes up to its ';'; url() stays only for data: and #fragment; image-set(), image(), cross-fade(),
    //    element() and src() (which take URLs as strings) become "none".
    QString out;
    out.reserve(s.size());
    const qsizetype m = s.size();
    auto isIdentChar = [](QChar c) { return isTagNameChar(c) || c == u'_' || c.unicode() >= 0x80; };
    qsizetype i = 0;
    while (i < m) {
        const QChar c = s.at(i);
        if (c == u'"' || c == u'\'') { // a string: copied whole (an @import or url() inside one is only text)
            qsizetype j = i + 1;
            while (j < m && s.at(j) != c && s.at(j) != u'\n') {
                if (s.at(j) == u'\\')
                    ++j;
                ++j;
            }
            j = std::min(m, j + 1);
            out += QStringView(s).sliced(i, j - i);
            i = j;
            continue;
        }
        if (c == u'/' && i + 1 < m && s.at(i + 1) == u'*') { // a comment: copied whole (it separates tokens)
            const qsizetype close = s.indexOf(u"*/", i + 2);
            const qsizetype end = close < 0 ? m : close + 2;
            out += QStringView(s).sliced(i, end - i);
            i = end;
            continue;
        }
        if (c == u'@' && QStringView(s).sliced(i).startsWith(u"@import", Qt::CaseInsensitive)) {
            const qsizetype semi = s.indexOf(u';', i);
            i = semi < 0 ? m : semi + 1;
            continue;
        }
        if (!isIdentChar(c) || (i > 0 && isIdentChar(s.at(i - 1)))) {
            out += c;
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < m && isIdentChar(s.at(j)))
            ++j;
        if (j >= m || s.at(j) != u'(') {
            out += QStringView(s).sliced(i, j - i);
            i = j;
            continue;
        }
        const QString function = s.sliced(i, j - i).toLower();
        // the call's end, past strings and nested parentheses
        qsizetype k = j + 1;
        int depth = 1;
        while (k < m && depth > 0) {
            const QChar d = s.at(k);
            if (d == u'"' || d == u'\'') {
                ++k;
                while (k < m && s.at(k) != d && s.at(k) != u'\n')
                    k += s.at(k) == u'\\' ? 2 : 1;
            } else if (d == u'(') {
                ++depth;
            } else if (d == u')') {
                --depth;
            }
            ++k;
        }
        k = std::min(k, m);
        const bool loads = function == QLatin1String("url") || function == QLatin1String("src")
            || function.endsWith(QLatin1String("image-set")) || function.endsWith(QLatin1String("image"))
            || function.endsWith(QLatin1String("cross-fade")) || function.endsWith(QLatin1String("element"));
        if (!loads) {
            out += QStringView(s).sliced(i, j + 1 - i); // the name and "(": the arguments are scanned in turn
            i = j + 1;
            continue;
        }
        QStringView argument = QStringView(s).sliced(j + 1, std::max<qsizetype>(0, k - j - 2)).trimmed();
        if (argument.startsWith(u'"') || argument.startsWith(u'\''))
            argument = argument.sliced(1).trimmed();
        const bool local = function == QLatin1String("url")
            && (argument.startsWith(u"data:", Qt::CaseInsensitive) || argument.startsWith(u'#'));
        if (local)
            out += QStringView(s).sliced(i, k - i);
        else
            out += QLatin1String("none");
        i = k;
    }

    // 3. The stylesheet cannot end its <style> element early, nor break the XML well-formedness.
    out.replace(QLatin1String("</"), QLatin1String("<\\/"));
    out.replace(u'<', QLatin1String("\\3C "));
    out.replace(u'&', QLatin1String("\\26 "));
    return out;
}

bool hasClaimsBlock(QStringView html)
{
    static const QRegularExpression claims(QStringLiteral("\\{\\{\\s*claims\\s*\\}\\}"));
    return templateBody(html).contains(claims);
}

} // namespace ReportDetail

ReportTemplate ReportTemplate::defaultTemplate()
{
    static const ReportTemplate tpl = [] {
        ReportTemplate t;
        t.html = readText(QStringLiteral(":/claimbench/templates/report/report.html"), nullptr);
        t.css = readText(QStringLiteral(":/claimbench/templates/report/report.css"), nullptr);
        return t;
    }();
    return tpl;
}

ReportTemplate ReportTemplate::load(const QString &path, QString *error)
{
    const QFileInfo info(path);
    ReportTemplate t = defaultTemplate();
    QString err;
    if (info.isDir()) {
        const QDir dir(path);
        const bool hasHtml = QFileInfo::exists(dir.filePath(QStringLiteral("report.html")));
        const bool hasCss = QFileInfo::exists(dir.filePath(QStringLiteral("report.css")));
        if (!hasHtml && !hasCss)
            err = QStringLiteral("%1: error: neither report.html nor report.css in this directory").arg(path);
        if (hasHtml && err.isEmpty())
            t.html = readText(dir.filePath(QStringLiteral("report.html")), &err);
        if (hasCss && err.isEmpty())
            t.css = readText(dir.filePath(QStringLiteral("report.css")), &err);
    } else if (!info.exists()) {
        err = QStringLiteral("%1: error: no such file or directory").arg(path);
    } else if (info.suffix().compare(QLatin1String("css"), Qt::CaseInsensitive) == 0) {
        t.css = readText(path, &err);
    } else {
        t.html = readText(path, &err);
        const QString css = info.dir().filePath(QStringLiteral("report.css"));
        if (err.isEmpty() && QFileInfo::exists(css))
            t.css = readText(css, &err);
    }
    if (err.isEmpty() && !hasClaimsBlock(t.html))
        err = QStringLiteral("%1: error: the template has no {{claims}} block").arg(path);
    if (!err.isEmpty()) {
        if (error)
            *error = err;
        return ReportTemplate();
    }
    return t;
}

} // namespace Claimbench
