// SPDX-License-Identifier: GPL-2.0-or-later
#include "article.h"

#include "htmldom.h"

#include <QSet>

namespace Claimbench {

QString collapseWhitespace(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace() || c == QChar(0xA0) || c == QChar(0x200B)) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += u' ';
        space = false;
        out += c;
    }
    return out;
}

QString Article::bodyText() const
{
    QStringList parts;
    for (const ArticleBlock &b : blocks)
        parts.append(b.text);
    return parts.join(QStringLiteral("\n\n"));
}

QString renderArticleText(const Article &article)
{
    QString out;
    if (!article.title.isEmpty())
        out += article.title + u'\n';
    if (!article.byline.isEmpty())
        out += article.byline + u'\n';
    if (!article.publishedTime.isEmpty())
        out += article.publishedTime + u'\n';
    int page = 0;
    const ArticleBlock *previous = nullptr;
    for (const ArticleBlock &b : article.blocks) {
        if (b.page > page) {
            page = b.page;
            if (article.pageCount > 1) {
                out += QStringLiteral("\n[page %1]\n").arg(page);
                previous = nullptr;
            }
        }
        const bool tight = previous
            && ((previous->kind == ArticleBlock::Kind::ListItem && b.kind == ArticleBlock::Kind::ListItem)
                || (previous->kind == ArticleBlock::Kind::TableRow && b.kind == ArticleBlock::Kind::TableRow));
        if (!out.isEmpty() && !tight)
            out += u'\n';
        switch (b.kind) {
        case ArticleBlock::Kind::ListItem:
            out += QString(b.level * 2, u' ') + (b.number > 0 ? QString::number(b.number) + QStringLiteral(". ") : QStringLiteral("- "));
            out += QString(b.text).replace(u'\n', QStringLiteral("\n") + QString(b.level * 2 + 2, u' '));
            break;
        case ArticleBlock::Kind::Quote:
            out += QStringLiteral("> ") + QString(b.text).replace(u'\n', QStringLiteral("\n> "));
            break;
        default:
            out += b.text;
            break;
        }
        out += u'\n';
        previous = &b;
    }
    return out;
}

namespace {

const QSet<QString> &blockTags()
{
    static const QSet<QString> s{
        QStringLiteral("address"), QStringLiteral("article"), QStringLiteral("aside"), QStringLiteral("blockquote"),
        QStringLiteral("center"), QStringLiteral("dd"), QStringLiteral("details"), QStringLiteral("dialog"),
        QStringLiteral("div"), QStringLiteral("dl"), QStringLiteral("dt"), QStringLiteral("fieldset"),
        QStringLiteral("figcaption"), QStringLiteral("figure"), QStringLiteral("footer"), QStringLiteral("form"),
        QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"),
        QStringLiteral("h6"), QStringLiteral("header"), QStringLiteral("hgroup"), QStringLiteral("hr"),
        QStringLiteral("li"), QStringLiteral("main"), QStringLiteral("nav"), QStringLiteral("ol"), QStringLiteral("p"),
        QStringLiteral("pre"), QStringLiteral("section"), QStringLiteral("summary"), QStringLiteral("table"),
        QStringLiteral("tbody"), QStringLiteral("thead"), QStringLiteral("tfoot"), QStringLiteral("tr"),
        QStringLiteral("td"), QStringLiteral("th"), QStringLiteral("caption"), QStringLiteral("ul"),
        QStringLiteral("body"), QStringLiteral("html")};
    return s;
}

constexpr QChar LineBreak(0x2028); // a <br> inside a block, until the block's lines are split

struct BlockWriter {
    QList<ArticleBlock> blocks;
    QString buffer;
    ArticleBlock::Kind kind = ArticleBlock::Kind::Paragraph;
    int listDepth = -1;
    int number = 0;

    void flush()
    {
        QStringList lines;
        for (const QString &line : buffer.split(LineBreak)) {
            const QString l = collapseWhitespace(line);
            if (!l.isEmpty())
                lines.append(l);
        }
        buffer.clear();
        if (lines.isEmpty())
            return;
        ArticleBlock b;
        b.kind = kind;
        b.text = lines.join(u'\n');
        if (kind == ArticleBlock::Kind::ListItem) {
            b.level = std::max(0, listDepth);
            b.number = number;
        }
        blocks.append(b);
    }

    static QString inlineText(const HtmlNode *n)
    {
        QString out;
        for (const HtmlNode *c = n->firstChild; c; c = c->next) {
            if (c->isText())
                out += c->text;
            else if (c->is(u"br"))
                out += LineBreak;
            else if (c->is(u"td") || c->is(u"th") || c->is(u"p") || c->is(u"div") || c->is(u"li"))
                out += u' ' + inlineText(c) + u' ';
            else
                out += inlineText(c);
        }
        return out;
    }

    void walk(const HtmlNode *n)
    {
        for (const HtmlNode *c = n->firstChild; c; c = c->next) {
            if (c->isText()) {
                buffer += c->text;
                continue;
            }
            const QString &t = c->tag;
            if (t == u"br") {
                buffer += LineBreak;
            } else if (t == u"script" || t == u"style" || t == u"noscript" || t == u"template" || t == u"svg") {
                continue;
            } else if (!blockTags().contains(t)) {
                walk(c);
            } else if (t.size() == 2 && t[0] == u'h' && t[1] >= u'1' && t[1] <= u'6') {
                flush();
                const QString text = collapseWhitespace(inlineText(c));
                if (!text.isEmpty())
                    blocks.append({ArticleBlock::Kind::Heading, t[1].unicode() - u'0', 0, text, 0});
            } else if (t == u"pre") {
                flush();
                QString text = c->textContent();
                while (text.endsWith(u'\n'))
                    text.chop(1);
                while (text.startsWith(u'\n'))
                    text.remove(0, 1);
                if (!text.trimmed().isEmpty())
                    blocks.append({ArticleBlock::Kind::Preformatted, 0, 0, text, 0});
            } else if (t == u"tr") {
                flush();
                QStringList cells;
                for (const HtmlNode *cell = c->firstChild; cell; cell = cell->next)
                    if (cell->is(u"td") || cell->is(u"th")) {
                        const QString text = collapseWhitespace(inlineText(cell));
                        if (!text.isEmpty())
                            cells.append(text);
                    }
                if (!cells.isEmpty())
                    blocks.append({ArticleBlock::Kind::TableRow, 0, 0, cells.join(QStringLiteral(" | ")), 0});
            } else if (t == u"ul" || t == u"ol") {
                flush();
                const auto savedKind = kind;
                const int savedNumber = number;
                ++listDepth;
                int counter = t == u"ol" ? std::max(1, c->attribute(u"start").toInt()) : 0;
                for (const HtmlNode *li = c->firstChild; li; li = li->next) {
                    if (li->is(u"li")) {
                        kind = ArticleBlock::Kind::ListItem;
                        number = counter;
                        walk(li);
                        flush();
                        if (counter)
                            ++counter;
                    } else if (li->isText()) {
                        buffer += li->text;
                    } else {
                        kind = ArticleBlock::Kind::ListItem;
                        number = 0;
                        walk(li);
                        flush();
                    }
                }
                --listDepth;
                kind = savedKind;
                number = savedNumber;
            } else if (t == u"blockquote") {
                flush();
                const auto savedKind = kind;
                kind = ArticleBlock::Kind::Quote;
                walk(c);
                flush();
                kind = savedKind;
            } else {
                flush();
                walk(c);
                flush();
            }
        }
    }
};

} // namespace

QList<ArticleBlock> blocksFromHtml(const HtmlNode *root)
{
    BlockWriter w;
    if (!root)
        return {};
    w.walk(root);
    w.flush();
    return w.blocks;
}

} // namespace Claimbench
