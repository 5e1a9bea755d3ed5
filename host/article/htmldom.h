// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_article_export.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <deque>

namespace Claimbench {

/// A small mutable HTML tree, built from Google's HTML5 parser (gumbo) so that the article extractor can move,
/// rename and drop nodes the way a browser's DOM allows. Nodes live in their document's arena; removing a node
/// only unlinks it. Comments are not kept; text is UTF-16 (QString).
struct CLAIMBENCH_ARTICLE_EXPORT HtmlNode {
    enum class Type { Document, Element, Text };
    Type type = Type::Element;
    QString tag;  ///< lowercase element name ("p", "svg", "my-widget"); empty for text and the document
    QString text; ///< text nodes only, entities decoded
    QList<QPair<QString, QString>> attributes; ///< lowercase names, in source order

    HtmlNode *parent = nullptr;
    HtmlNode *firstChild = nullptr;
    HtmlNode *lastChild = nullptr;
    HtmlNode *previous = nullptr;
    HtmlNode *next = nullptr;

    // Scratch for the extractor (Readability's node.readability and _readabilityDataTable).
    double contentScore = 0;
    bool scored = false;
    bool dataTable = false;

    bool isElement() const { return type == Type::Element; }
    bool isText() const { return type == Type::Text; }
    bool is(QStringView name) const { return type == Type::Element && tag == name; }
    QString attribute(QStringView name) const;
    bool hasAttribute(QStringView name) const;
    void setAttribute(const QString &name, const QString &value);

    HtmlNode *firstElementChild() const;
    HtmlNode *nextElementSibling() const;
    HtmlNode *previousElementSibling() const;
    QList<HtmlNode *> elementChildren() const;
    int elementChildCount() const;
    /// Descendant elements named `tag` (any of `tags`), in document order.
    QList<HtmlNode *> descendants(QStringView tag) const;
    QList<HtmlNode *> descendants(const QStringList &tags) const;
    bool hasAncestor(QStringView tag, int maxDepth = 3) const; ///< maxDepth <= 0: any depth
    QString textContent() const; ///< all text below, as the DOM's textContent

    void remove(); ///< unlinks this node (and its subtree) from its parent
    void appendChild(HtmlNode *child); ///< moves `child` (unlinking it first) to the end
    void insertBefore(HtmlNode *child, HtmlNode *reference);
    void replaceWith(HtmlNode *other);  ///< `other` takes this node's place; this node is unlinked
};

class CLAIMBENCH_ARTICLE_EXPORT HtmlDocument
{
public:
    /// Parses UTF-8 HTML with gumbo (HTML5 tree construction: implied html/head/body, misnested tags fixed).
    static HtmlDocument parse(const QByteArray &utf8);

    HtmlDocument() = default;
    HtmlDocument(HtmlDocument &&) = default;
    HtmlDocument &operator=(HtmlDocument &&) = default;
    HtmlDocument(const HtmlDocument &) = delete;
    HtmlDocument &operator=(const HtmlDocument &) = delete;

    HtmlNode *root() { return m_root; }
    const HtmlNode *root() const { return m_root; }
    HtmlNode *documentElement() const; ///< <html>
    HtmlNode *body() const;
    HtmlNode *head() const;
    HtmlNode *createElement(const QString &tag);
    HtmlNode *createText(const QString &text);

private:
    std::deque<HtmlNode> m_nodes;
    HtmlNode *m_root = nullptr;
};

/// The HTML5 serialisation of `node` (an element with its subtree; a document: its children): void elements
/// without end tags, the text of raw-text elements (style, script...) as it is, other text and attribute values
/// escaped. Comments and doctypes are not in the tree and so not in the result.
CLAIMBENCH_ARTICLE_EXPORT QString serializeHtml(const HtmlNode *node);

/// Finds the declared charset of an HTML page in its first 1024 bytes (<meta charset> or
/// <meta http-equiv="Content-Type" content="...; charset=...">), as the HTML standard's prescan does; empty when
/// there is none.
CLAIMBENCH_ARTICLE_EXPORT QByteArray sniffHtmlCharset(const QByteArray &bytes);

} // namespace Claimbench
