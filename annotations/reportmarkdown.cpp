// SPDX-License-Identifier: GPL-2.0-or-later
// A small, safe Markdown renderer for reviewers' notes: paragraphs, ATX headings, lists, block quotes, fenced
// code, rules, emphasis, code spans, links and autolinks. Raw HTML is never passed through (it is shown as
// text); links are kept only for http, https and mailto. Every search for a closing delimiter is memoised so
// that hostile input ("[[[[…", "****…") stays linear. The output is well-formed XML.
#include "report.h"
#include "report_p.h"

#include <QStringList>

namespace Claimbench {

using namespace ReportDetail;

namespace {

constexpr int MaxDepth = 12;

bool isAsciiPunct(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x21 && u <= 0x2F) || (u >= 0x3A && u <= 0x40) || (u >= 0x5B && u <= 0x60) || (u >= 0x7B && u <= 0x7E);
}

class InlineRenderer
{
public:
    InlineRenderer(QStringView text, QString &out) : m_t(text), m_out(out) {}

    void render(qsizetype a, qsizetype b, int depth, bool inLink)
    {
        qsizetype run = a; // start of pending ordinary text
        auto flush = [&](qsizetype i) {
            if (i > run)
                appendEscaped(m_out, m_t.sliced(run, i - run));
        };
        qsizetype i = a;
        while (i < b) {
            const QChar c = m_t.at(i);
            const char16_t u = c.unicode();
            if (u != u'\\' && u != u'`' && u != u'[' && u != u'<' && u != u'*' && u != u'_' && u != u'h') {
                ++i;
                continue;
            }
            if (u == u'\\') {
                if (i + 1 < b && isAsciiPunct(m_t.at(i + 1))) {
                    flush(i);
                    appendEscaped(m_out, m_t.sliced(i + 1, 1));
                    i += 2;
                    run = i;
                } else {
                    ++i;
                }
                continue;
            }
            if (u == u'`') {
                const qsizetype j = find(Backtick, i + 1);
                if (j >= 0 && j < b && j > i + 1) {
                    flush(i);
                    m_out += QLatin1String("<code>");
                    appendEscaped(m_out, m_t.sliced(i + 1, j - i - 1));
                    m_out += QLatin1String("</code>");
                    i = j + 1;
                    run = i;
                    continue;
                }
                ++i;
                continue;
            }
            if (u == u'[' && !inLink && depth < MaxDepth) {
                const qsizetype j = find(CloseBracket, i + 1);
                if (j >= 0 && j + 1 < b && m_t.at(j + 1) == u'(') {
                    const qsizetype k = find(CloseParen, j + 2);
                    if (k >= 0 && k < b) {
                        QStringView target = m_t.sliced(j + 2, k - j - 2).trimmed();
                        const qsizetype space = target.indexOf(u' ');
                        if (space >= 0)
                            target = target.first(space); // drop a "title"
                        flush(i);
                        const bool safe = isSafeReportUrl(target);
                        if (safe) {
                            m_out += QLatin1String("<a href=\"");
                            appendEscaped(m_out, target);
                            m_out += QLatin1String("\">");
                        }
                        render(i + 1, j, depth + 1, true);
                        if (safe)
                            m_out += QLatin1String("</a>");
                        i = k + 1;
                        run = i;
                        continue;
                    }
                }
                ++i;
                continue;
            }
            if (u == u'<') {
                const qsizetype j = find(CloseAngle, i + 1);
                if (!inLink && j >= 0 && j < b) {
                    const QStringView target = m_t.sliced(i + 1, j - i - 1);
                    if (isSafeReportUrl(target) && !target.contains(u' ')) {
                        flush(i);
                        appendLink(target);
                        i = j + 1;
                        run = i;
                        continue;
                    }
                }
                ++i;
                continue;
            }
            if (u == u'h') {
                if (!inLink && (i == a || !m_t.at(i - 1).isLetterOrNumber())
                    && (m_t.sliced(i, b - i).startsWith(u"https://") || m_t.sliced(i, b - i).startsWith(u"http://"))) {
                    qsizetype j = i;
                    while (j < b) {
                        const QChar d = m_t.at(j);
                        if (d.isSpace() || d == u'<' || d == u'>' || d == u'"' || d == u'`')
                            break;
                        ++j;
                    }
                    while (j > i && QStringView(u".,;:!?)'*_").contains(m_t.at(j - 1)))
                        --j;
                    if (j - i > 8) {
                        flush(i);
                        appendLink(m_t.sliced(i, j - i));
                        i = j;
                        run = i;
                        continue;
                    }
                }
                ++i;
                continue;
            }
            // emphasis: * _ ** __
            const bool underscore = u == u'_';
            const bool strong = i + 1 < b && m_t.at(i + 1) == c;
            const qsizetype len = strong ? 2 : 1;
            const bool canOpen = depth < MaxDepth && i + len < b && !m_t.at(i + len).isSpace()
                && !(underscore && i > a && m_t.at(i - 1).isLetterOrNumber());
            if (canOpen) {
                const Delim d = underscore ? (strong ? Underscore2 : Underscore1) : (strong ? Star2 : Star1);
                const qsizetype j = find(d, i + len);
                if (j > i + len && j + len <= b && !m_t.at(j - 1).isSpace()
                    && !(underscore && j + len < b && m_t.at(j + len).isLetterOrNumber())) {
                    flush(i);
                    m_out += strong ? QLatin1String("<strong>") : QLatin1String("<em>");
                    render(i + len, j, depth + 1, inLink);
                    m_out += strong ? QLatin1String("</strong>") : QLatin1String("</em>");
                    i = j + len;
                    run = i;
                    continue;
                }
            }
            i += len;
        }
        flush(b);
    }

private:
    enum Delim { Backtick, CloseBracket, CloseParen, CloseAngle, Star1, Star2, Underscore1, Underscore2, DelimCount };

    void appendLink(QStringView url)
    {
        m_out += QLatin1String("<a href=\"");
        appendEscaped(m_out, url);
        m_out += QLatin1String("\">");
        appendEscaped(m_out, url);
        m_out += QLatin1String("</a>");
    }

    // The first occurrence of `d` at or after `from`, -1 if none; memoised (callers mostly move forward).
    qsizetype find(Delim d, qsizetype from)
    {
        if (m_memoFrom[d] >= 0 && m_memoFrom[d] <= from && (m_memoPos[d] >= from || m_memoPos[d] < 0))
            return m_memoPos[d];
        const qsizetype pos = scan(d, from);
        m_memoFrom[d] = from;
        m_memoPos[d] = pos;
        return pos;
    }

    qsizetype scan(Delim d, qsizetype from) const
    {
        switch (d) {
        case Backtick: return m_t.indexOf(u'`', from);
        case CloseBracket: return m_t.indexOf(u']', from);
        case CloseParen: return m_t.indexOf(u')', from);
        case CloseAngle: return m_t.indexOf(u'>', from);
        case Star2: return m_t.indexOf(u"**", from);
        case Underscore2: return m_t.indexOf(u"__", from);
        case Star1:
        case Underscore1: {
            // a lone delimiter, not part of a run
            const QChar c = d == Star1 ? u'*' : u'_';
            qsizetype j = from;
            while ((j = m_t.indexOf(c, j)) >= 0) {
                qsizetype k = j;
                while (k < m_t.size() && m_t.at(k) == c)
                    ++k;
                if (k - j == 1 && (j == 0 || m_t.at(j - 1) != c))
                    return j;
                j = k;
            }
            return -1;
        }
        case DelimCount: break;
        }
        return -1;
    }

    QStringView m_t;
    QString &m_out;
    qsizetype m_memoFrom[DelimCount] = {-1, -1, -1, -1, -1, -1, -1, -1};
    qsizetype m_memoPos[DelimCount] = {-1, -1, -1, -1, -1, -1, -1, -1};
};

void renderInline(QString &out, QStringView text)
{
    InlineRenderer r(text, out);
    r.render(0, text.size(), 0, false);
}

// Leading spaces (at most 3 count as indentation in Markdown).
qsizetype indentOf(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i) == u' ')
        ++i;
    return i;
}

int headingLevel(QStringView line)
{
    const qsizetype ind = indentOf(line);
    if (ind > 3)
        return 0;
    qsizetype i = ind;
    while (i < line.size() && line.at(i) == u'#')
        ++i;
    const qsizetype n = i - ind;
    if (n < 1 || n > 6)
        return 0;
    if (i < line.size() && line.at(i) != u' ' && line.at(i) != u'\t')
        return 0;
    return int(n);
}

bool isRule(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.size() < 3 || indentOf(line) > 3)
        return false;
    const QChar c = t.at(0);
    if (c != u'-' && c != u'*' && c != u'_')
        return false;
    int count = 0;
    for (QChar x : t) {
        if (x == c)
            ++count;
        else if (x != u' ' && x != u'\t')
            return false;
    }
    return count >= 3;
}

bool isFence(QStringView line)
{
    return indentOf(line) <= 3 && line.trimmed().startsWith(u"```");
}

bool isQuote(QStringView line)
{
    const qsizetype ind = indentOf(line);
    return ind <= 3 && ind < line.size() && line.at(ind) == u'>';
}

// 1 for a bullet item, 2 for an ordered item, 0 otherwise; `content` gets the item's text.
int listItem(QStringView line, QStringView *content)
{
    const qsizetype ind = indentOf(line);
    if (ind > 3 || ind >= line.size())
        return 0;
    const QChar c = line.at(ind);
    if ((c == u'-' || c == u'*' || c == u'+') && ind + 1 < line.size() && line.at(ind + 1) == u' ') {
        *content = line.sliced(ind + 2).trimmed();
        return 1;
    }
    qsizetype i = ind;
    while (i < line.size() && i - ind < 9 && line.at(i).isDigit())
        ++i;
    if (i > ind && i + 1 < line.size() && (line.at(i) == u'.' || line.at(i) == u')') && line.at(i + 1) == u' ') {
        *content = line.sliced(i + 2).trimmed();
        return 2;
    }
    return 0;
}

void renderBlocks(QString &out, const QList<QStringView> &lines, int depth)
{
    QList<QStringView> para;
    int listKind = 0;
    QList<QString> items; // each item's text, lines joined by '\n'

    auto flushPara = [&]() {
        if (para.isEmpty())
            return;
        QString text;
        for (qsizetype i = 0; i < para.size(); ++i) {
            if (i)
                text += u'\n';
            text += para.at(i).trimmed();
        }
        out += QLatin1String("<p>");
        renderInline(out, text);
        out += QLatin1String("</p>\n");
        para.clear();
    };
    auto flushList = [&]() {
        if (!listKind)
            return;
        out += listKind == 1 ? QLatin1String("<ul>\n") : QLatin1String("<ol>\n");
        for (const QString &item : std::as_const(items)) {
            out += QLatin1String("<li>");
            renderInline(out, item);
            out += QLatin1String("</li>\n");
        }
        out += listKind == 1 ? QLatin1String("</ul>\n") : QLatin1String("</ol>\n");
        listKind = 0;
        items.clear();
    };
    auto flushAll = [&]() {
        flushPara();
        flushList();
    };

    qsizetype i = 0;
    while (i < lines.size()) {
        const QStringView line = lines.at(i);
        if (line.trimmed().isEmpty()) {
            flushAll();
            ++i;
            continue;
        }
        if (isFence(line)) {
            flushAll();
            ++i;
            out += QLatin1String("<pre><code>");
            bool first = true;
            while (i < lines.size() && !isFence(lines.at(i))) {
                if (!first)
                    out += u'\n';
                appendEscaped(out, lines.at(i));
                first = false;
                ++i;
            }
            out += QLatin1String("</code></pre>\n");
            ++i; // the closing fence (or the end)
            continue;
        }
        if (const int level = headingLevel(line)) {
            flushAll();
            QStringView text = line.trimmed().sliced(level).trimmed();
            while (text.endsWith(u'#'))
                text.chop(1);
            const QString tag = QStringLiteral("h") + QString::number(std::min(6, level + 3));
            out += u'<' + tag + u'>';
            renderInline(out, text.trimmed());
            out += QLatin1String("</") + tag + QLatin1String(">\n");
            ++i;
            continue;
        }
        if (isRule(line) && para.isEmpty()) {
            flushAll();
            out += QLatin1String("<hr/>\n");
            ++i;
            continue;
        }
        if (isQuote(line)) {
            flushAll();
            QList<QStringView> inner;
            while (i < lines.size() && isQuote(lines.at(i))) {
                QStringView l = lines.at(i);
                l = l.sliced(indentOf(l) + 1);
                if (l.startsWith(u' '))
                    l = l.sliced(1);
                inner << l;
                ++i;
            }
            out += QLatin1String("<blockquote>\n");
            if (depth + 1 < MaxDepth) {
                renderBlocks(out, inner, depth + 1);
            } else {
                out += QLatin1String("<p>");
                for (qsizetype k = 0; k < inner.size(); ++k) {
                    if (k)
                        out += u'\n';
                    appendEscaped(out, inner.at(k));
                }
                out += QLatin1String("</p>\n");
            }
            out += QLatin1String("</blockquote>\n");
            continue;
        }
        QStringView content;
        if (const int kind = listItem(line, &content)) {
            flushPara();
            if (listKind != kind)
                flushList();
            listKind = kind;
            items << content.toString();
            ++i;
            continue;
        }
        if (listKind && !items.isEmpty() && indentOf(line) >= 2) { // continuation of a list item
            items.last() += u'\n' + line.trimmed().toString();
            ++i;
            continue;
        }
        flushList();
        para << line;
        ++i;
    }
    flushAll();
}

} // namespace

QString markdownToSafeHtml(QStringView markdown)
{
    QList<QStringView> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= markdown.size(); ++i) {
        if (i == markdown.size() || markdown.at(i) == u'\n') {
            QStringView l = markdown.sliced(start, i - start);
            if (l.endsWith(u'\r'))
                l.chop(1);
            lines << l;
            start = i + 1;
        }
    }
    QString out;
    out.reserve(markdown.size() + markdown.size() / 4 + 16);
    renderBlocks(out, lines, 0);
    return out;
}

} // namespace Claimbench
