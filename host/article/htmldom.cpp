// SPDX-License-Identifier: GPL-2.0-or-later
#include "htmldom.h"

#include <QRegularExpression>
#include <gumbo.h>

namespace Claimbench {

QString HtmlNode::attribute(QStringView name) const
{
    for (const auto &a : attributes)
        if (a.first == name)
            return a.second;
    return {};
}

bool HtmlNode::hasAttribute(QStringView name) const
{
    for (const auto &a : attributes)
        if (a.first == name)
            return true;
    return false;
}

void HtmlNode::setAttribute(const QString &name, const QString &value)
{
    for (auto &a : attributes)
        if (a.first == name) {
            a.second = value;
            return;
        }
    attributes.append({name, value});
}

HtmlNode *HtmlNode::firstElementChild() const
{
    for (HtmlNode *c = firstChild; c; c = c->next)
        if (c->isElement())
            return c;
    return nullptr;
}

HtmlNode *HtmlNode::nextElementSibling() const
{
    for (HtmlNode *c = next; c; c = c->next)
        if (c->isElement())
            return c;
    return nullptr;
}

HtmlNode *HtmlNode::previousElementSibling() const
{
    for (HtmlNode *c = previous; c; c = c->previous)
        if (c->isElement())
            return c;
    return nullptr;
}

QList<HtmlNode *> HtmlNode::elementChildren() const
{
    QList<HtmlNode *> out;
    for (HtmlNode *c = firstChild; c; c = c->next)
        if (c->isElement())
            out.append(c);
    return out;
}

int HtmlNode::elementChildCount() const
{
    int n = 0;
    for (HtmlNode *c = firstChild; c; c = c->next)
        n += c->isElement();
    return n;
}

static void collect(const HtmlNode *node, const QStringList &tags, QList<HtmlNode *> &out)
{
    for (HtmlNode *c = node->firstChild; c; c = c->next) {
        if (!c->isElement())
            continue;
        if (tags.contains(c->tag))
            out.append(c);
        collect(c, tags, out);
    }
}

QList<HtmlNode *> HtmlNode::descendants(QStringView tag) const
{
    return descendants(QStringList{tag.toString()});
}

QList<HtmlNode *> HtmlNode::descendants(const QStringList &tags) const
{
    QList<HtmlNode *> out;
    collect(this, tags, out);
    return out;
}

bool HtmlNode::hasAncestor(QStringView name, int maxDepth) const
{
    int depth = 0;
    for (const HtmlNode *p = parent; p; p = p->parent) {
        if (maxDepth > 0 && depth >= maxDepth)
            return false;
        if (p->is(name))
            return true;
        ++depth;
    }
    return false;
}

static void appendText(const HtmlNode *node, QString &out)
{
    for (const HtmlNode *c = node->firstChild; c; c = c->next) {
        if (c->isText())
            out += c->text;
        else
            appendText(c, out);
    }
}

QString HtmlNode::textContent() const
{
    if (isText())
        return text;
    QString out;
    appendText(this, out);
    return out;
}

void HtmlNode::remove()
{
    if (!parent)
        return;
    if (previous)
        previous->next = next;
    else
        parent->firstChild = next;
    if (next)
        next->previous = previous;
    else
        parent->lastChild = previous;
    parent = previous = next = nullptr;
}

void HtmlNode::appendChild(HtmlNode *child)
{
    insertBefore(child, nullptr);
}

void HtmlNode::insertBefore(HtmlNode *child, HtmlNode *reference)
{
    if (child == reference)
        return;
    child->remove();
    child->parent = this;
    if (!reference) {
        child->previous = lastChild;
        if (lastChild)
            lastChild->next = child;
        else
            firstChild = child;
        lastChild = child;
        return;
    }
    child->next = reference;
    child->previous = reference->previous;
    if (reference->previous)
        reference->previous->next = child;
    else
        firstChild = child;
    reference->previous = child;
}

void HtmlNode::replaceWith(HtmlNode *other)
{
    if (!parent || other == this)
        return;
    HtmlNode *p = parent;
    p->insertBefore(other, this);
    remove();
}

HtmlNode *HtmlDocument::createElement(const QString &tag)
{
    HtmlNode &n = m_nodes.emplace_back();
    n.type = HtmlNode::Type::Element;
    n.tag = tag;
    return &n;
}

HtmlNode *HtmlDocument::createText(const QString &text)
{
    HtmlNode &n = m_nodes.emplace_back();
    n.type = HtmlNode::Type::Text;
    n.text = text;
    return &n;
}

HtmlNode *HtmlDocument::documentElement() const
{
    if (!m_root)
        return nullptr;
    for (HtmlNode *c = m_root->firstChild; c; c = c->next)
        if (c->is(u"html"))
            return c;
    return nullptr;
}

static HtmlNode *childNamed(HtmlNode *node, QStringView tag)
{
    if (!node)
        return nullptr;
    for (HtmlNode *c = node->firstChild; c; c = c->next)
        if (c->is(tag))
            return c;
    return nullptr;
}

HtmlNode *HtmlDocument::body() const
{
    return childNamed(documentElement(), u"body");
}

HtmlNode *HtmlDocument::head() const
{
    return childNamed(documentElement(), u"head");
}

namespace {

QString tagName(const GumboElement &element)
{
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromUtf8(gumbo_normalized_tagname(element.tag));
    GumboStringPiece piece = element.original_tag;
    gumbo_tag_from_original_text(&piece);
    return QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
}

void build(HtmlDocument &doc, HtmlNode *parent, const GumboNode *node, int depth)
{
    // Deeply nested junk (thousands of unclosed <div>s) is cut off rather than recursed into without end.
    if (depth > 512)
        return;
    switch (node->type) {
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: {
        const GumboElement &element = node->v.element;
        HtmlNode *e = doc.createElement(tagName(element));
        for (unsigned i = 0; i < element.attributes.length; ++i) {
            const auto *a = static_cast<const GumboAttribute *>(element.attributes.data[i]);
            e->attributes.append({QString::fromUtf8(a->name).toLower(), QString::fromUtf8(a->value)});
        }
        parent->appendChild(e);
        for (unsigned i = 0; i < element.children.length; ++i)
            build(doc, e, static_cast<const GumboNode *>(element.children.data[i]), depth + 1);
        break;
    }
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA:
        parent->appendChild(doc.createText(QString::fromUtf8(node->v.text.text)));
        break;
    default:
        break; // comments, the document node itself
    }
}

} // namespace

HtmlDocument HtmlDocument::parse(const QByteArray &utf8)
{
    HtmlDocument doc;
    HtmlNode &root = doc.m_nodes.emplace_back();
    root.type = HtmlNode::Type::Document;
    doc.m_root = &root;
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));
    if (!output)
        return doc;
    const GumboVector &children = output->document->v.document.children;
    for (unsigned i = 0; i < children.length; ++i)
        build(doc, doc.m_root, static_cast<const GumboNode *>(children.data[i]), 0);
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return doc;
}

namespace {

bool isVoidElement(QStringView tag)
{
    static const QStringList tags{QStringLiteral("area"), QStringLiteral("base"), QStringLiteral("br"), QStringLiteral("col"),
                                  QStringLiteral("embed"), QStringLiteral("hr"), QStringLiteral("img"), QStringLiteral("input"),
                                  QStringLiteral("link"), QStringLiteral("meta"), QStringLiteral("source"), QStringLiteral("track"),
                                  QStringLiteral("wbr"), QStringLiteral("param"), QStringLiteral("keygen"), QStringLiteral("basefont"),
                                  QStringLiteral("bgsound"), QStringLiteral("frame")};
    return tags.contains(tag);
}

bool isRawText(QStringView tag)
{
    return tag == u"style" || tag == u"script" || tag == u"xmp" || tag == u"iframe" || tag == u"noembed"
        || tag == u"noframes" || tag == u"plaintext";
}

void escapeInto(QString &out, QStringView text, bool attribute)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += QLatin1String("&amp;"); break;
        case 0xA0: out += QLatin1String("&nbsp;"); break;
        case u'"':
            if (attribute)
                out += QLatin1String("&quot;");
            else
                out += c;
            break;
        case u'<':
        case u'>':
            if (!attribute) {
                out += c == u'<' ? QLatin1String("&lt;") : QLatin1String("&gt;");
                break;
            }
            out += c;
            break;
        default: out += c;
        }
    }
}

void serializeInto(QString &out, const HtmlNode *node, bool raw)
{
    if (node->isText()) {
        if (raw)
            out += node->text;
        else
            escapeInto(out, node->text, false);
        return;
    }
    if (node->isElement()) {
        out += u'<' + node->tag;
        for (const auto &a : node->attributes) {
            out += u' ' + a.first + QLatin1String("=\"");
            escapeInto(out, a.second, true);
            out += u'"';
        }
        out += u'>';
        if (isVoidElement(node->tag))
            return;
        // A leading line break of these is dropped by the parser: one more keeps the text's own.
        if ((node->tag == u"pre" || node->tag == u"textarea" || node->tag == u"listing") && node->firstChild
            && node->firstChild->isText() && node->firstChild->text.startsWith(u'\n'))
            out += u'\n';
    }
    const bool rawChildren = node->isElement() && isRawText(node->tag);
    for (const HtmlNode *c = node->firstChild; c; c = c->next)
        serializeInto(out, c, rawChildren);
    if (node->isElement())
        out += QLatin1String("</") + node->tag + u'>';
}

} // namespace

QString serializeHtml(const HtmlNode *node)
{
    QString out;
    if (node)
        serializeInto(out, node, false);
    return out;
}

QByteArray sniffHtmlCharset(const QByteArray &bytes)
{
    const QString head = QString::fromLatin1(bytes.left(1024));
    static const QRegularExpression meta(QStringLiteral(R"(<meta\s[^>]*charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+))"),
                                         QRegularExpression::CaseInsensitiveOption);
    const auto m = meta.match(head);
    return m.hasMatch() ? m.captured(1).toLatin1().toLower() : QByteArray();
}

} // namespace Claimbench
