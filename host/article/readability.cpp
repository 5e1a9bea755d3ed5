// SPDX-License-Identifier: GPL-2.0-or-later
// A content scorer of the Readability kind (after Mozilla's Readability.js, Apache 2.0; written here from its
// published algorithm). The steps and constants are documented in docs/articles.md.
#include "readability.h"

#include "htmldom.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <functional>

namespace Claimbench {

namespace {

using Re = QRegularExpression;
constexpr auto CI = QRegularExpression::CaseInsensitiveOption;

const Re &unlikelyCandidates()
{
    static const Re re(QStringLiteral("-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|"
                                      "extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|"
                                      "sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|"
                                      "pager|popup|yom-remote"),
                       CI);
    return re;
}
const Re &okMaybeItsACandidate()
{
    static const Re re(QStringLiteral("and|article|body|column|content|main|mathjax|shadow"), CI);
    return re;
}
const Re &positiveRe()
{
    static const Re re(QStringLiteral("article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|"
                                      "blog|story"),
                       CI);
    return re;
}
const Re &negativeRe()
{
    static const Re re(QStringLiteral("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|"
                                      "footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|"
                                      "shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget"),
                       CI);
    return re;
}
const Re &bylineRe()
{
    static const Re re(QStringLiteral("byline|author|dateline|writtenby|p-author"), CI);
    return re;
}
const Re &videosRe()
{
    static const Re re(QStringLiteral("//(www\\.)?((dailymotion|youtube|youtube-nocookie|player\\.vimeo|v\\.qq|"
                                      "bilibili|live\\.bilibili)\\.com|(archive|upload\\.wikimedia)\\.org|"
                                      "player\\.twitch\\.tv)"),
                       CI);
    return re;
}
const Re &shareElementsRe()
{
    static const Re re(QStringLiteral("(\\b|_)(share|sharedaddy)(\\b|_)"), CI);
    return re;
}
const Re &adWordsRe()
{
    static const Re re(QStringLiteral("^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$"),
                       CI | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}
const Re &loadingWordsRe()
{
    static const Re re(QStringLiteral("^((loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$"),
                       CI | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}
const Re &commasRe()
{
    static const Re re(QStringLiteral("[\\x{002C}\\x{060C}\\x{FE50}\\x{FE10}\\x{FE11}\\x{2E41}\\x{2E34}\\x{2E32}"
                                      "\\x{FF0C}]"));
    return re;
}
const Re &titleSeparatorRe()
{
    static const Re re(QStringLiteral("\\s[\\|\\-–—\\\\/>»]\\s"));
    return re;
}
const Re &hierarchicalSeparatorRe()
{
    static const Re re(QStringLiteral("\\s[\\\\/>»]\\s"));
    return re;
}
const Re &jsonLdArticleTypes()
{
    static const Re re(QStringLiteral("^Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|"
                                      "AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|"
                                      "ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|"
                                      "ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|"
                                      "LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference$"));
    return re;
}

const QSet<QString> &unlikelyRoles()
{
    static const QSet<QString> s{QStringLiteral("menu"),        QStringLiteral("menubar"),
                                 QStringLiteral("complementary"), QStringLiteral("navigation"),
                                 QStringLiteral("alert"),       QStringLiteral("alertdialog"),
                                 QStringLiteral("dialog")};
    return s;
}
const QSet<QString> &divToPElements()
{
    static const QSet<QString> s{QStringLiteral("blockquote"), QStringLiteral("dl"),  QStringLiteral("div"),
                                 QStringLiteral("img"),        QStringLiteral("ol"),  QStringLiteral("p"),
                                 QStringLiteral("pre"),        QStringLiteral("table"), QStringLiteral("ul")};
    return s;
}
const QSet<QString> &phrasingElements()
{
    static const QSet<QString> s{
        QStringLiteral("abbr"),   QStringLiteral("audio"),    QStringLiteral("b"),      QStringLiteral("bdo"),
        QStringLiteral("br"),     QStringLiteral("button"),   QStringLiteral("cite"),   QStringLiteral("code"),
        QStringLiteral("data"),   QStringLiteral("datalist"), QStringLiteral("dfn"),    QStringLiteral("em"),
        QStringLiteral("embed"),  QStringLiteral("i"),        QStringLiteral("img"),    QStringLiteral("input"),
        QStringLiteral("kbd"),    QStringLiteral("label"),    QStringLiteral("mark"),   QStringLiteral("math"),
        QStringLiteral("meter"),  QStringLiteral("noscript"), QStringLiteral("object"), QStringLiteral("output"),
        QStringLiteral("progress"), QStringLiteral("q"),      QStringLiteral("ruby"),   QStringLiteral("samp"),
        QStringLiteral("script"), QStringLiteral("select"),   QStringLiteral("small"),  QStringLiteral("span"),
        QStringLiteral("strong"), QStringLiteral("sub"),      QStringLiteral("sup"),    QStringLiteral("textarea"),
        QStringLiteral("time"),   QStringLiteral("var"),      QStringLiteral("wbr")};
    return s;
}
const QSet<QString> &tagsToScore()
{
    static const QSet<QString> s{QStringLiteral("section"), QStringLiteral("h2"), QStringLiteral("h3"),
                                 QStringLiteral("h4"),      QStringLiteral("h5"), QStringLiteral("h6"),
                                 QStringLiteral("p"),       QStringLiteral("td"), QStringLiteral("pre")};
    return s;
}
const QStringList &headingTags()
{
    static const QStringList l{QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"),
                               QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6")};
    return l;
}

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0xA0);
}

QString trimmed(const QString &s)
{
    // JavaScript's trim(): Unicode white space, NBSP included.
    qsizetype b = 0, e = s.size();
    while (b < e && isSpace(s[b]))
        ++b;
    while (e > b && isSpace(s[e - 1]))
        --e;
    return s.mid(b, e - b);
}

QString normalizeSpaces(const QString &s)
{
    // Readability's /\s{2,}/g → " ".
    QString out;
    out.reserve(s.size());
    qsizetype i = 0;
    while (i < s.size()) {
        if (isSpace(s[i])) {
            qsizetype j = i;
            while (j < s.size() && isSpace(s[j]))
                ++j;
            out += (j - i >= 2) ? QStringLiteral(" ") : QString(s[i]);
            i = j;
        } else {
            out += s[i++];
        }
    }
    return out;
}

QString innerText(const HtmlNode *node, bool normalize = true)
{
    const QString t = trimmed(node->textContent());
    return normalize ? normalizeSpaces(t) : t;
}

int wordCount(const QString &s)
{
    return int(s.split(QRegularExpression(QStringLiteral("\\s+"))).size());
}

QStringList tokens(const QString &s)
{
    static const Re nonWord(QStringLiteral("\\W+"), QRegularExpression::UseUnicodePropertiesOption);
    return s.toLower().split(nonWord, Qt::SkipEmptyParts);
}

double textSimilarity(const QString &a, const QString &b)
{
    const QStringList ta = tokens(a), tb = tokens(b);
    if (ta.isEmpty() || tb.isEmpty())
        return 0;
    const QSet<QString> sa(ta.begin(), ta.end());
    QStringList uniqB;
    for (const QString &t : tb)
        if (!sa.contains(t))
            uniqB.append(t);
    const double distance = double(uniqB.join(u' ').size()) / double(tb.join(u' ').size());
    return 1 - distance;
}

QString matchString(const HtmlNode *n)
{
    return n->attribute(u"class") + u' ' + n->attribute(u"id");
}

HtmlNode *nextNode(HtmlNode *node, bool ignoreSelfAndKids = false)
{
    if (!ignoreSelfAndKids)
        if (HtmlNode *c = node->firstElementChild())
            return c;
    if (HtmlNode *s = node->nextElementSibling())
        return s;
    do {
        node = node->parent;
    } while (node && !node->nextElementSibling());
    return node ? node->nextElementSibling() : nullptr;
}

HtmlNode *removeAndGetNext(HtmlNode *node)
{
    HtmlNode *n = nextNode(node, true);
    node->remove();
    return n;
}

bool isWhitespaceNode(const HtmlNode *n)
{
    return (n->isText() && trimmed(n->text).isEmpty()) || n->is(u"br");
}

bool isPhrasingContent(const HtmlNode *n)
{
    if (n->isText())
        return true;
    if (phrasingElements().contains(n->tag))
        return true;
    if (n->is(u"a") || n->is(u"del") || n->is(u"ins")) {
        for (const HtmlNode *c = n->firstChild; c; c = c->next)
            if (!isPhrasingContent(c))
                return false;
        return true;
    }
    return false;
}

bool hasChildBlockElement(const HtmlNode *n)
{
    for (const HtmlNode *c = n->firstChild; c; c = c->next)
        if (c->isElement() && (divToPElements().contains(c->tag) || hasChildBlockElement(c)))
            return true;
    return false;
}

bool hasSingleTagInside(const HtmlNode *n, QStringView tag)
{
    if (n->elementChildCount() != 1 || !n->firstElementChild()->is(tag))
        return false;
    for (const HtmlNode *c = n->firstChild; c; c = c->next)
        if (c->isText() && !c->text.isEmpty() && !isSpace(c->text.back()))
            return false;
    return true;
}

bool isElementWithoutContent(const HtmlNode *n)
{
    if (!trimmed(n->textContent()).isEmpty())
        return false;
    const int children = n->elementChildCount();
    return children == 0
        || children == n->descendants(u"br").size() + n->descendants(u"hr").size();
}

QList<HtmlNode *> ancestors(HtmlNode *node, int maxDepth = 0)
{
    QList<HtmlNode *> out;
    int i = 0;
    while (node->parent && node->parent->isElement()) {
        out.append(node->parent);
        if (maxDepth && ++i == maxDepth)
            break;
        node = node->parent;
    }
    return out;
}

QString styleValue(const HtmlNode *n, const QString &property)
{
    const QString style = n->attribute(u"style");
    if (style.isEmpty())
        return {};
    for (const QString &decl : style.split(u';')) {
        const qsizetype colon = decl.indexOf(u':');
        if (colon > 0 && decl.left(colon).trimmed().compare(property, Qt::CaseInsensitive) == 0)
            return decl.mid(colon + 1).trimmed().toLower().remove(QStringLiteral("!important")).trimmed();
    }
    return {};
}

bool isProbablyVisible(const HtmlNode *n)
{
    if (styleValue(n, QStringLiteral("display")) == u"none")
        return false;
    if (styleValue(n, QStringLiteral("visibility")) == u"hidden")
        return false;
    if (n->hasAttribute(u"hidden"))
        return false;
    if (n->attribute(u"aria-hidden") == u"true" && !n->attribute(u"class").contains(u"fallback-image"))
        return false;
    return true;
}

double linkDensity(const HtmlNode *n)
{
    const qsizetype textLength = innerText(n).size();
    if (textLength == 0)
        return 0;
    double linkLength = 0;
    for (const HtmlNode *a : n->descendants(u"a")) {
        const QString href = a->attribute(u"href");
        const double coefficient = (href.size() > 1 && href.startsWith(u'#')) ? 0.3 : 1;
        linkLength += double(innerText(a).size()) * coefficient;
    }
    return linkLength / double(textLength);
}

double textDensity(const HtmlNode *n, const QStringList &tags)
{
    const qsizetype textLength = innerText(n).size();
    if (textLength == 0)
        return 0;
    qsizetype childrenLength = 0;
    for (const HtmlNode *c : n->descendants(tags))
        childrenLength += innerText(c).size();
    return double(childrenLength) / double(textLength);
}

qsizetype charCount(const HtmlNode *n, QChar c)
{
    return innerText(n).count(c);
}

enum Flag { StripUnlikelys = 1, WeightClasses = 2, CleanConditionally = 4 };

struct Extractor {
    HtmlDocument doc;
    int flags = StripUnlikelys | WeightClasses | CleanConditionally;
    QString articleTitle;
    QString articleByline;
    QString articleDir;
    QString articleLang;

    int classWeight(const HtmlNode *n) const
    {
        if (!(flags & WeightClasses))
            return 0;
        int weight = 0;
        const QString cls = n->attribute(u"class");
        if (!cls.isEmpty()) {
            if (negativeRe().match(cls).hasMatch())
                weight -= 25;
            if (positiveRe().match(cls).hasMatch())
                weight += 25;
        }
        const QString id = n->attribute(u"id");
        if (!id.isEmpty()) {
            if (negativeRe().match(id).hasMatch())
                weight -= 25;
            if (positiveRe().match(id).hasMatch())
                weight += 25;
        }
        return weight;
    }

    void initializeNode(HtmlNode *n) const
    {
        n->scored = true;
        n->contentScore = 0;
        const QString &t = n->tag;
        if (t == u"div")
            n->contentScore += 5;
        else if (t == u"pre" || t == u"td" || t == u"blockquote")
            n->contentScore += 3;
        else if (t == u"address" || t == u"ol" || t == u"ul" || t == u"dl" || t == u"dd" || t == u"dt"
                 || t == u"li" || t == u"form")
            n->contentScore -= 3;
        else if (headingTags().contains(t) || t == u"th")
            n->contentScore -= 5;
        n->contentScore += classWeight(n);
    }

    bool checkByline(HtmlNode *n, const QString &match)
    {
        if (!articleByline.isEmpty())
            return false;
        const QString rel = n->attribute(u"rel");
        const QString itemprop = n->attribute(u"itemprop");
        if (rel == u"author" || itemprop.contains(u"author") || bylineRe().match(match).hasMatch()) {
            const QString text = trimmed(n->textContent());
            if (!text.isEmpty() && text.size() < 100) {
                articleByline = normalizeSpaces(text);
                return true;
            }
        }
        return false;
    }

    bool headerDuplicatesTitle(const HtmlNode *n) const
    {
        if (!n->is(u"h1") && !n->is(u"h2"))
            return false;
        return textSimilarity(articleTitle, innerText(n, false)) > 0.75;
    }

    void removeScriptsAndStyles(HtmlNode *n)
    {
        for (HtmlNode *e : n->descendants({QStringLiteral("script"), QStringLiteral("noscript"),
                                           QStringLiteral("style"), QStringLiteral("template")}))
            e->remove();
    }

    static HtmlNode *nextSignificant(HtmlNode *n)
    {
        while (n && !n->isElement() && trimmed(n->textContent()).isEmpty())
            n = n->next;
        return n;
    }

    void replaceBrs(HtmlNode *body)
    {
        for (HtmlNode *br : body->descendants(u"br")) {
            if (!br->parent)
                continue;
            HtmlNode *next = br->next;
            bool replaced = false;
            while ((next = nextSignificant(next)) && next->is(u"br")) {
                replaced = true;
                HtmlNode *sibling = next->next;
                next->remove();
                next = sibling;
            }
            if (!replaced)
                continue;
            HtmlNode *p = doc.createElement(QStringLiteral("p"));
            br->replaceWith(p);
            next = p->next;
            while (next) {
                if (next->is(u"br")) {
                    HtmlNode *nextElem = nextSignificant(next->next);
                    if (nextElem && nextElem->is(u"br"))
                        break;
                }
                if (!isPhrasingContent(next))
                    break;
                HtmlNode *sibling = next->next;
                p->appendChild(next);
                next = sibling;
            }
            while (p->lastChild && isWhitespaceNode(p->lastChild))
                p->lastChild->remove();
            if (p->parent && p->parent->is(u"p"))
                p->parent->tag = QStringLiteral("div");
        }
    }

    void prepDocument()
    {
        removeScriptsAndStyles(doc.root());
        if (HtmlNode *body = doc.body())
            replaceBrs(body);
        for (HtmlNode *f : doc.root()->descendants(u"font"))
            f->tag = QStringLiteral("span");
    }

    // --- cleaning the article -------------------------------------------------------------------------
    void markDataTables(HtmlNode *root)
    {
        for (HtmlNode *table : root->descendants(u"table")) {
            table->dataTable = false;
            if (table->attribute(u"role") == u"presentation")
                continue;
            if (table->attribute(u"datatable") == u"0")
                continue;
            if (table->hasAttribute(u"summary")) {
                table->dataTable = true;
                continue;
            }
            const auto captions = table->descendants(u"caption");
            if (!captions.isEmpty() && captions.first()->firstChild) {
                table->dataTable = true;
                continue;
            }
            bool structural = false;
            for (const char16_t *t : {u"col", u"colgroup", u"tfoot", u"thead", u"th"})
                if (!table->descendants(QStringView(t)).isEmpty())
                    structural = true;
            if (structural) {
                table->dataTable = true;
                continue;
            }
            if (!table->descendants(u"table").isEmpty())
                continue;
            int rows = 0, columns = 0;
            for (HtmlNode *tr : table->descendants(u"tr")) {
                const QString rowspan = tr->attribute(u"rowspan");
                rows += rowspan.isEmpty() ? 1 : std::max(1, rowspan.toInt());
                int columnsInRow = 0;
                for (HtmlNode *cell : tr->descendants(u"td")) {
                    const QString colspan = cell->attribute(u"colspan");
                    columnsInRow += colspan.isEmpty() ? 1 : std::max(1, colspan.toInt());
                }
                columns = std::max(columns, columnsInRow);
            }
            if (rows >= 10 || columns > 4 || rows * columns > 10)
                table->dataTable = true;
        }
    }

    static bool hasDataTableAncestor(const HtmlNode *n)
    {
        for (const HtmlNode *p = n->parent; p; p = p->parent)
            if (p->is(u"table") && p->dataTable)
                return true;
        return false;
    }

    void cleanConditionally(HtmlNode *root, const QString &tag)
    {
        if (!(flags & CleanConditionally))
            return;
        const QList<HtmlNode *> nodes = root->descendants(tag);
        for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) {
            HtmlNode *node = *it;
            if (shouldRemoveConditionally(node, tag))
                node->remove();
        }
    }

    bool shouldRemoveConditionally(HtmlNode *node, const QString &tag)
    {
        bool isList = tag == u"ul" || tag == u"ol";
        if (!isList) {
            qsizetype listLength = 0;
            for (HtmlNode *l : node->descendants({QStringLiteral("ul"), QStringLiteral("ol")}))
                listLength += innerText(l).size();
            const qsizetype len = innerText(node).size();
            isList = len > 0 && double(listLength) / double(len) > 0.9;
        }
        if (tag == u"table" && node->dataTable)
            return false;
        if (hasDataTableAncestor(node))
            return false;
        if (node->hasAncestor(u"code", 0))
            return false;
        for (HtmlNode *t : node->descendants(u"table"))
            if (t->dataTable)
                return false;
        const int weight = classWeight(node);
        if (weight < 0)
            return true;
        if (charCount(node, u',') >= 10)
            return false;
        const qsizetype p = node->descendants(u"p").size();
        const qsizetype img = node->descendants(u"img").size();
        const qsizetype li = node->descendants(u"li").size() - 100;
        const qsizetype input = node->descendants(u"input").size();
        const double headingDensity = textDensity(node, headingTags());
        int embedCount = 0;
        for (HtmlNode *e : node->descendants({QStringLiteral("object"), QStringLiteral("embed"),
                                              QStringLiteral("iframe")})) {
            for (const auto &a : e->attributes)
                if (videosRe().match(a.second).hasMatch())
                    return false;
            ++embedCount;
        }
        const QString text = innerText(node);
        if (adWordsRe().match(text).hasMatch() || loadingWordsRe().match(text).hasMatch())
            return true;
        const qsizetype contentLength = text.size();
        const double density = linkDensity(node);
        const bool isFigureChild = node->hasAncestor(u"figure", 3);
        bool remove = (!isFigureChild && img > 1 && double(p) / double(img) < 0.5)
            || (!isList && li > p)
            || (input > p / 3)
            || (!isList && headingDensity < 0.9 && contentLength < 25 && (img == 0 || img > 2) && !isFigureChild)
            || (!isList && weight < 25 && density > 0.2)
            || (weight >= 25 && density > 0.5)
            || ((embedCount == 1 && contentLength < 75) || embedCount > 1);
        if (isList && remove) {
            for (HtmlNode *child : node->elementChildren())
                if (child->elementChildCount() > 1)
                    return remove;
            if (img == node->descendants(u"li").size())
                return false;
        }
        return remove;
    }

    void clean(HtmlNode *root, const QString &tag)
    {
        const bool isEmbed = tag == u"object" || tag == u"embed" || tag == u"iframe";
        for (HtmlNode *e : root->descendants(tag)) {
            if (isEmbed) {
                bool video = false;
                for (const auto &a : e->attributes)
                    video = video || videosRe().match(a.second).hasMatch();
                if (video)
                    continue;
            }
            e->remove();
        }
    }

    void cleanMatchedNodes(HtmlNode *e, const std::function<bool(HtmlNode *, const QString &)> &filter)
    {
        HtmlNode *end = nextNode(e, true);
        HtmlNode *next = nextNode(e);
        while (next && next != end) {
            if (filter(next, matchString(next)))
                next = removeAndGetNext(next);
            else
                next = nextNode(next);
        }
    }

    void prepArticle(HtmlNode *content)
    {
        markDataTables(content);
        cleanConditionally(content, QStringLiteral("form"));
        cleanConditionally(content, QStringLiteral("fieldset"));
        for (const char16_t *t : {u"object", u"embed", u"footer", u"link", u"aside"})
            clean(content, QString::fromUtf16(t));
        for (HtmlNode *child : content->elementChildren())
            cleanMatchedNodes(child, [](HtmlNode *n, const QString &m) {
                return shareElementsRe().match(m).hasMatch() && n->textContent().size() < 500;
            });
        for (const char16_t *t : {u"iframe", u"input", u"textarea", u"select", u"button"})
            clean(content, QString::fromUtf16(t));
        for (HtmlNode *h : content->descendants({QStringLiteral("h1"), QStringLiteral("h2")}))
            if (classWeight(h) < 0)
                h->remove();
        cleanConditionally(content, QStringLiteral("table"));
        cleanConditionally(content, QStringLiteral("ul"));
        cleanConditionally(content, QStringLiteral("div"));
        for (HtmlNode *h : content->descendants(u"h1"))
            h->tag = QStringLiteral("h2");
        for (HtmlNode *p : content->descendants(u"p")) {
            const qsizetype media = p->descendants({QStringLiteral("img"), QStringLiteral("embed"),
                                                    QStringLiteral("object"), QStringLiteral("iframe")})
                                        .size();
            if (media == 0 && innerText(p, false).isEmpty())
                p->remove();
        }
    }

    // --- finding the article ----------------------------------------------------------------------------
    HtmlNode *grabArticle()
    {
        HtmlNode *page = doc.body();
        if (!page)
            return nullptr;
        QList<HtmlNode *> elementsToScore;
        bool shouldRemoveTitleHeader = true;
        HtmlNode *node = doc.documentElement();
        while (node) {
            if (node->is(u"html"))
                articleLang = node->attribute(u"lang");
            const QString match = matchString(node);
            if (!isProbablyVisible(node)) {
                node = removeAndGetNext(node);
                continue;
            }
            if (node->attribute(u"aria-modal") == u"true" && node->attribute(u"role") == u"dialog") {
                node = removeAndGetNext(node);
                continue;
            }
            if (checkByline(node, match)) {
                node = removeAndGetNext(node);
                continue;
            }
            if (shouldRemoveTitleHeader && headerDuplicatesTitle(node)) {
                shouldRemoveTitleHeader = false;
                node = removeAndGetNext(node);
                continue;
            }
            if (flags & StripUnlikelys) {
                if (unlikelyCandidates().match(match).hasMatch() && !okMaybeItsACandidate().match(match).hasMatch()
                    && !node->hasAncestor(u"table", 0) && !node->hasAncestor(u"code", 0) && !node->is(u"body")
                    && !node->is(u"a")) {
                    node = removeAndGetNext(node);
                    continue;
                }
                if (unlikelyRoles().contains(node->attribute(u"role"))) {
                    node = removeAndGetNext(node);
                    continue;
                }
            }
            if ((node->is(u"div") || node->is(u"section") || node->is(u"header") || headingTags().contains(node->tag))
                && isElementWithoutContent(node)) {
                node = removeAndGetNext(node);
                continue;
            }
            if (tagsToScore().contains(node->tag))
                elementsToScore.append(node);
            if (node->is(u"div")) {
                HtmlNode *p = nullptr;
                HtmlNode *child = node->firstChild;
                while (child) {
                    HtmlNode *nextSibling = child->next;
                    if (isPhrasingContent(child)) {
                        if (p) {
                            p->appendChild(child);
                        } else if (!isWhitespaceNode(child)) {
                            p = doc.createElement(QStringLiteral("p"));
                            child->replaceWith(p);
                            p->appendChild(child);
                        }
                    } else if (p) {
                        while (p->lastChild && isWhitespaceNode(p->lastChild))
                            p->lastChild->remove();
                        p = nullptr;
                    }
                    child = nextSibling;
                }
                if (hasSingleTagInside(node, u"p") && linkDensity(node) < 0.25) {
                    HtmlNode *newNode = node->firstElementChild();
                    node->replaceWith(newNode);
                    node = newNode;
                    elementsToScore.append(node);
                } else if (!hasChildBlockElement(node)) {
                    node->tag = QStringLiteral("p");
                    elementsToScore.append(node);
                }
            }
            node = nextNode(node);
        }

        QList<HtmlNode *> candidates;
        for (HtmlNode *e : elementsToScore) {
            if (!e->parent || !e->parent->isElement())
                continue;
            const QString text = innerText(e);
            if (text.size() < 25)
                continue;
            const QList<HtmlNode *> anc = ancestors(e, 5);
            if (anc.isEmpty())
                continue;
            double score = 1;
            score += double(text.count(commasRe()) + 1);
            score += std::min(std::floor(double(text.size()) / 100.0), 3.0);
            for (int level = 0; level < anc.size(); ++level) {
                HtmlNode *a = anc[level];
                if (!a->parent || !a->parent->isElement())
                    continue;
                if (!a->scored) {
                    initializeNode(a);
                    candidates.append(a);
                }
                const double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                a->contentScore += score / divider;
            }
        }

        constexpr int nbTopCandidates = 5;
        QList<HtmlNode *> top;
        for (HtmlNode *c : candidates) {
            c->contentScore *= (1 - linkDensity(c));
            for (int t = 0; t < nbTopCandidates; ++t) {
                if (t >= top.size() || c->contentScore > top[t]->contentScore) {
                    top.insert(t, c);
                    if (top.size() > nbTopCandidates)
                        top.removeLast();
                    break;
                }
            }
        }

        HtmlNode *topCandidate = top.isEmpty() ? nullptr : top.first();
        bool neededToCreateTopCandidate = false;
        if (!topCandidate || topCandidate->is(u"body")) {
            topCandidate = doc.createElement(QStringLiteral("div"));
            neededToCreateTopCandidate = true;
            while (page->firstChild)
                topCandidate->appendChild(page->firstChild);
            page->appendChild(topCandidate);
            initializeNode(topCandidate);
        } else {
            QList<QList<HtmlNode *>> alternativeAncestors;
            for (int i = 1; i < top.size(); ++i)
                if (top[i]->contentScore / topCandidate->contentScore >= 0.75)
                    alternativeAncestors.append(ancestors(top[i]));
            constexpr int minimumTopCandidates = 3;
            if (alternativeAncestors.size() >= minimumTopCandidates) {
                HtmlNode *parent = topCandidate->parent;
                while (parent && !parent->is(u"body") && parent->isElement()) {
                    int lists = 0;
                    for (const auto &l : alternativeAncestors)
                        lists += l.contains(parent) ? 1 : 0;
                    if (lists >= minimumTopCandidates) {
                        topCandidate = parent;
                        break;
                    }
                    parent = parent->parent;
                }
            }
            if (!topCandidate->scored)
                initializeNode(topCandidate);
            HtmlNode *parent = topCandidate->parent;
            double lastScore = topCandidate->contentScore;
            const double scoreThreshold = lastScore / 3;
            while (parent && parent->isElement() && !parent->is(u"body")) {
                if (!parent->scored) {
                    parent = parent->parent;
                    continue;
                }
                const double parentScore = parent->contentScore;
                if (parentScore < scoreThreshold)
                    break;
                if (parentScore > lastScore) {
                    topCandidate = parent;
                    break;
                }
                lastScore = parentScore;
                parent = parent->parent;
            }
            parent = topCandidate->parent;
            while (parent && parent->isElement() && !parent->is(u"body") && parent->elementChildCount() == 1) {
                topCandidate = parent;
                parent = topCandidate->parent;
            }
            if (!topCandidate->scored)
                initializeNode(topCandidate);
        }

        HtmlNode *content = doc.createElement(QStringLiteral("div"));
        const double siblingThreshold = std::max(10.0, topCandidate->contentScore * 0.2);
        HtmlNode *parentOfTop = topCandidate->parent;
        const QString topClass = topCandidate->attribute(u"class");
        for (HtmlNode *sibling : parentOfTop->elementChildren()) {
            bool append = false;
            if (sibling == topCandidate) {
                append = true;
            } else {
                double bonus = 0;
                if (!topClass.isEmpty() && sibling->attribute(u"class") == topClass)
                    bonus += topCandidate->contentScore * 0.2;
                if (sibling->scored && sibling->contentScore + bonus >= siblingThreshold) {
                    append = true;
                } else if (sibling->is(u"p")) {
                    const double density = linkDensity(sibling);
                    const QString text = innerText(sibling);
                    static const Re sentenceEnd(QStringLiteral("\\.( |$)"));
                    if (text.size() > 80 && density < 0.25)
                        append = true;
                    else if (text.size() < 80 && !text.isEmpty() && density == 0 && sentenceEnd.match(text).hasMatch())
                        append = true;
                }
            }
            if (append) {
                static const QSet<QString> keep{QStringLiteral("div"), QStringLiteral("article"),
                                                QStringLiteral("section"), QStringLiteral("p"),
                                                QStringLiteral("ol"), QStringLiteral("ul")};
                if (!keep.contains(sibling->tag))
                    sibling->tag = QStringLiteral("div");
                content->appendChild(sibling);
            }
        }

        // The direction of the text: the nearest dir attribute around the chosen container.
        QList<HtmlNode *> around{parentOfTop, topCandidate};
        around += ancestors(parentOfTop);
        for (HtmlNode *a : around) {
            if (a && a->isElement() && !a->attribute(u"dir").isEmpty()) {
                articleDir = a->attribute(u"dir");
                break;
            }
        }
        (void)neededToCreateTopCandidate;
        prepArticle(content);
        return content;
    }
};

QJsonValue member(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key));
}

struct Metadata {
    QString title, byline, excerpt, siteName, publishedTime;
};

QString decodeEntities(const QString &s)
{
    if (!s.contains(u'&'))
        return s;
    // The HTML parser decodes every named and numeric reference: parse the text as a body.
    HtmlDocument d = HtmlDocument::parse(QByteArrayLiteral("<body>") + s.toHtmlEscaped().replace(QStringLiteral("&amp;"), QStringLiteral("&")).toUtf8());
    return d.body() ? d.body()->textContent() : s;
}

QString documentTitle(const HtmlDocument &doc)
{
    const auto titles = doc.root()->descendants(u"title");
    return titles.isEmpty() ? QString() : trimmed(titles.first()->textContent());
}

QString articleTitleFromDocument(const HtmlDocument &doc)
{
    const QString origTitle = documentTitle(doc);
    QString curTitle = origTitle;
    bool hadHierarchicalSeparators = false;
    if (titleSeparatorRe().match(curTitle).hasMatch()) {
        hadHierarchicalSeparators = hierarchicalSeparatorRe().match(curTitle).hasMatch();
        qsizetype last = -1;
        for (auto it = titleSeparatorRe().globalMatch(origTitle); it.hasNext();)
            last = it.next().capturedStart();
        curTitle = origTitle.left(last);
        if (wordCount(curTitle) < 3) {
            static const Re firstPart(QStringLiteral("^[^\\|\\-–—\\\\/>»]*[\\|\\-–—\\\\/>»]"));
            curTitle = QString(origTitle).remove(firstPart);
        }
    } else if (curTitle.contains(QStringLiteral(": "))) {
        bool match = false;
        for (const HtmlNode *h : doc.root()->descendants({QStringLiteral("h1"), QStringLiteral("h2")}))
            if (trimmed(h->textContent()) == trimmed(curTitle))
                match = true;
        if (!match) {
            curTitle = origTitle.mid(origTitle.lastIndexOf(u':') + 1);
            if (wordCount(curTitle) < 3)
                curTitle = origTitle.mid(origTitle.indexOf(u':') + 1);
            else if (wordCount(origTitle.left(origTitle.indexOf(u':'))) > 5)
                curTitle = origTitle;
        }
    } else if (curTitle.size() > 150 || curTitle.size() < 15) {
        const auto h1s = doc.root()->descendants(u"h1");
        if (h1s.size() == 1)
            curTitle = innerText(h1s.first());
    }
    curTitle = normalizeSpaces(trimmed(curTitle));
    const int count = wordCount(curTitle);
    if (count <= 4
        && (!hadHierarchicalSeparators
            || count != wordCount(QString(origTitle).replace(titleSeparatorRe(), QString())) - 1))
        curTitle = origTitle;
    return curTitle;
}

Metadata jsonLdMetadata(const HtmlDocument &doc)
{
    Metadata md;
    for (const HtmlNode *script : doc.root()->descendants(u"script")) {
        if (script->attribute(u"type") != u"application/ld+json")
            continue;
        QString content = script->textContent();
        static const Re cdata(QStringLiteral("^\\s*<!\\[CDATA\\[|\\]\\]>\\s*$"));
        content.remove(cdata);
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(content.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            continue;
        QJsonObject parsed;
        auto isArticle = [](const QJsonValue &type) {
            if (type.isString())
                return jsonLdArticleTypes().match(type.toString()).hasMatch();
            if (type.isArray())
                for (const QJsonValue &t : type.toArray())
                    if (t.isString() && jsonLdArticleTypes().match(t.toString()).hasMatch())
                        return true;
            return false;
        };
        if (json.isArray()) {
            for (const QJsonValue &v : json.array())
                if (isArticle(v.toObject().value(QLatin1String("@type")))) {
                    parsed = v.toObject();
                    break;
                }
        } else {
            parsed = json.object();
        }
        static const Re schemaOrg(QStringLiteral("^https?\\:\\/\\/schema\\.org\\/?$"));
        const QJsonValue context = member(parsed, "@context");
        const bool contextOk = (context.isString() && schemaOrg.match(context.toString()).hasMatch())
            || (context.isObject() && schemaOrg.match(context.toObject().value(QLatin1String("@vocab")).toString()).hasMatch());
        if (!contextOk)
            continue;
        if (!parsed.contains(QLatin1String("@type")) && member(parsed, "@graph").isArray()) {
            for (const QJsonValue &v : member(parsed, "@graph").toArray())
                if (isArticle(v.toObject().value(QLatin1String("@type")))) {
                    parsed = v.toObject();
                    break;
                }
        }
        if (!isArticle(member(parsed, "@type")))
            continue;
        const QJsonValue name = member(parsed, "name"), headline = member(parsed, "headline");
        if (name.isString() && headline.isString() && name.toString() != headline.toString()) {
            const QString title = articleTitleFromDocument(doc);
            const bool nameMatches = textSimilarity(name.toString(), title) > 0.75;
            const bool headlineMatches = textSimilarity(headline.toString(), title) > 0.75;
            md.title = (headlineMatches && !nameMatches) ? headline.toString() : name.toString();
        } else if (name.isString()) {
            md.title = trimmed(name.toString());
        } else if (headline.isString()) {
            md.title = trimmed(headline.toString());
        }
        const QJsonValue author = member(parsed, "author");
        if (author.isObject() && author.toObject().value(QLatin1String("name")).isString()) {
            md.byline = trimmed(author.toObject().value(QLatin1String("name")).toString());
        } else if (author.isArray() && author.toArray().first().toObject().value(QLatin1String("name")).isString()) {
            QStringList names;
            for (const QJsonValue &a : author.toArray())
                if (a.toObject().value(QLatin1String("name")).isString())
                    names.append(trimmed(a.toObject().value(QLatin1String("name")).toString()));
            md.byline = names.join(QStringLiteral(", "));
        }
        if (member(parsed, "description").isString())
            md.excerpt = trimmed(member(parsed, "description").toString());
        const QJsonValue publisher = member(parsed, "publisher");
        if (publisher.isObject() && publisher.toObject().value(QLatin1String("name")).isString())
            md.siteName = trimmed(publisher.toObject().value(QLatin1String("name")).toString());
        if (member(parsed, "datePublished").isString())
            md.publishedTime = trimmed(member(parsed, "datePublished").toString());
        return md;
    }
    return md;
}

Metadata articleMetadata(const HtmlDocument &doc)
{
    const Metadata ld = jsonLdMetadata(doc);
    QHash<QString, QString> values;
    static const Re propertyPattern(
        QStringLiteral("\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|published_time|title|"
                       "site_name)\\s*"),
        CI);
    static const Re namePattern(QStringLiteral("^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\\s*"
                                               "[-\\.:]\\s*)?(author|creator|pubdate|description|title|site_name)\\s*$"),
                                CI);
    for (const HtmlNode *meta : doc.root()->descendants(u"meta")) {
        const QString name = meta->attribute(u"name");
        const QString property = meta->attribute(u"property");
        const QString content = meta->attribute(u"content");
        if (content.isEmpty())
            continue;
        bool matched = false;
        if (!property.isEmpty()) {
            const auto m = propertyPattern.match(property);
            if (m.hasMatch()) {
                const QString key = m.captured(0).toLower().remove(QRegularExpression(QStringLiteral("\\s")));
                values[key] = trimmed(content);
                matched = true;
            }
        }
        if (!matched && !name.isEmpty() && namePattern.match(name).hasMatch()) {
            QString key = name.toLower().remove(QRegularExpression(QStringLiteral("\\s")));
            key.replace(u'.', u':');
            values[key] = trimmed(content);
        }
    }
    auto first = [&](std::initializer_list<const char *> keys) {
        for (const char *k : keys) {
            const QString v = values.value(QLatin1String(k));
            if (!v.isEmpty())
                return v;
        }
        return QString();
    };
    Metadata md;
    md.title = ld.title;
    if (md.title.isEmpty())
        md.title = first({"dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title",
                          "title", "twitter:title", "parsely-title"});
    if (md.title.isEmpty())
        md.title = articleTitleFromDocument(doc);
    QString articleAuthor = values.value(QStringLiteral("article:author"));
    if (articleAuthor.startsWith(QStringLiteral("http://")) || articleAuthor.startsWith(QStringLiteral("https://")))
        articleAuthor.clear();
    md.byline = ld.byline;
    if (md.byline.isEmpty())
        md.byline = first({"dc:creator", "dcterm:creator", "author", "parsely-author"});
    if (md.byline.isEmpty())
        md.byline = articleAuthor;
    md.excerpt = ld.excerpt;
    if (md.excerpt.isEmpty())
        md.excerpt = first({"dc:description", "dcterm:description", "og:description", "weibo:article:description",
                            "weibo:webpage:description", "description", "twitter:description"});
    md.siteName = ld.siteName;
    if (md.siteName.isEmpty())
        md.siteName = first({"og:site_name"});
    md.publishedTime = ld.publishedTime;
    if (md.publishedTime.isEmpty())
        md.publishedTime = first({"article:published_time", "parsely-pub-date"});
    md.title = decodeEntities(md.title);
    md.byline = decodeEntities(md.byline);
    md.excerpt = decodeEntities(md.excerpt);
    md.siteName = decodeEntities(md.siteName);
    md.publishedTime = decodeEntities(md.publishedTime);
    return md;
}

Article metadataArticle(const HtmlDocument &doc)
{
    const Metadata md = articleMetadata(doc);
    Article a;
    a.title = md.title;
    a.byline = md.byline;
    a.excerpt = md.excerpt;
    a.siteName = md.siteName;
    a.publishedTime = md.publishedTime;
    if (HtmlNode *html = doc.documentElement()) {
        a.lang = html->attribute(u"lang");
        a.dir = html->attribute(u"dir").toLower();
    }
    return a;
}

} // namespace

Article extractMetadata(const QByteArray &utf8)
{
    return metadataArticle(HtmlDocument::parse(utf8));
}

Article extractArticle(const QByteArray &utf8)
{
    Article result;
    struct Attempt {
        QList<ArticleBlock> blocks;
        qsizetype length = 0;
        QString byline, dir;
    };
    QList<Attempt> attempts;
    int flags = StripUnlikelys | WeightClasses | CleanConditionally;
    bool metadataDone = false;
    for (;;) {
        Extractor x;
        x.doc = HtmlDocument::parse(utf8);
        x.flags = flags;
        if (!metadataDone) {
            result = metadataArticle(x.doc); // before the scripts (JSON-LD) go
            metadataDone = true;
        }
        x.articleTitle = result.title;
        x.prepDocument();
        HtmlNode *content = x.grabArticle();
        Attempt attempt;
        if (content) {
            attempt.blocks = blocksFromHtml(content);
            attempt.length = innerText(content, true).size();
            attempt.byline = x.articleByline;
            attempt.dir = x.articleDir;
        }
        attempts.append(attempt);
        if (attempt.length >= 500)
            break;
        if (flags & StripUnlikelys)
            flags &= ~StripUnlikelys;
        else if (flags & WeightClasses)
            flags &= ~WeightClasses;
        else if (flags & CleanConditionally)
            flags &= ~CleanConditionally;
        else
            break;
    }
    const Attempt *best = &attempts.last();
    if (best->length < 500)
        for (const Attempt &a : attempts)
            if (a.length > best->length)
                best = &a;
    if (best->length == 0)
        return Article{};
    result.blocks = best->blocks;
    if (result.byline.isEmpty())
        result.byline = best->byline;
    if (!best->dir.isEmpty())
        result.dir = best->dir.toLower();
    if (result.excerpt.isEmpty())
        for (const ArticleBlock &b : result.blocks)
            if (b.kind == ArticleBlock::Kind::Paragraph) {
                result.excerpt = b.text;
                break;
            }
    return result;
}

Article convertHtmlDocument(const QByteArray &utf8)
{
    HtmlDocument doc = HtmlDocument::parse(utf8);
    Article a = metadataArticle(doc);
    a.title = documentTitle(doc);
    for (HtmlNode *e : doc.root()->descendants({QStringLiteral("script"), QStringLiteral("style"),
                                                QStringLiteral("noscript"), QStringLiteral("template")}))
        e->remove();
    if (HtmlNode *body = doc.body())
        a.blocks = blocksFromHtml(body);
    return a;
}

} // namespace Claimbench
