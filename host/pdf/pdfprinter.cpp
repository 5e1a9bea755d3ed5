// SPDX-License-Identifier: GPL-2.0-or-later
#include "pdfprinter.h"
#include "webenginemodule.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QPageLayout>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "claimbench_pdf_debug.h" // timings: QT_LOGGING_RULES="claimbench.pdf.debug=true"

namespace Claimbench {

namespace {

// ---- a minimal reader for the PDF objects Chromium (Skia) writes: classic xref tables, plain dictionaries ----

bool isWs(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelim(char c)
{
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/'
        || c == '%';
}

qsizetype skipWs(const QByteArray &d, qsizetype i)
{
    while (i < d.size()) {
        if (isWs(d.at(i))) {
            ++i;
        } else if (d.at(i) == '%') {
            while (i < d.size() && d.at(i) != '\n' && d.at(i) != '\r')
                ++i;
        } else {
            break;
        }
    }
    return i;
}

// End of the token/value starting at i (a whole dictionary, array or string); -1 on malformed input.
qsizetype skipValue(const QByteArray &d, qsizetype i, int depth = 0)
{
    if (depth > 64 || i >= d.size())
        return -1;
    const char c = d.at(i);
    if (c == '<' && i + 1 < d.size() && d.at(i + 1) == '<') {
        i = skipWs(d, i + 2);
        while (i < d.size() && !(d.at(i) == '>' && i + 1 < d.size() && d.at(i + 1) == '>')) {
            i = skipValue(d, i, depth + 1);
            if (i < 0)
                return -1;
            i = skipWs(d, i);
        }
        return i < d.size() ? i + 2 : -1;
    }
    if (c == '[') {
        i = skipWs(d, i + 1);
        while (i < d.size() && d.at(i) != ']') {
            i = skipValue(d, i, depth + 1);
            if (i < 0)
                return -1;
            i = skipWs(d, i);
        }
        return i < d.size() ? i + 1 : -1;
    }
    if (c == '(') {
        int nest = 0;
        for (++i; i < d.size(); ++i) {
            if (d.at(i) == '\\')
                ++i;
            else if (d.at(i) == '(')
                ++nest;
            else if (d.at(i) == ')' && nest-- == 0)
                return i + 1;
        }
        return -1;
    }
    if (c == '<') {
        const qsizetype j = d.indexOf('>', i);
        return j < 0 ? -1 : j + 1;
    }
    if (c == '/')
        ++i;
    const qsizetype start = i;
    while (i < d.size() && !isWs(d.at(i)) && !isDelim(d.at(i)))
        ++i;
    return i > start || c == '/' ? i : -1;
}

struct Entry {
    QByteArray key;   ///< "/Type"
    QByteArray value; ///< raw text, e.g. "/Page", "12 0 R", "<< ... >>"
};

// The entries of the dictionary at d[i] ("<<"); std::nullopt when it is not one.
std::optional<QList<Entry>> parseDict(const QByteArray &d, qsizetype i)
{
    i = skipWs(d, i);
    if (i + 1 >= d.size() || d.at(i) != '<' || d.at(i + 1) != '<')
        return std::nullopt;
    QList<Entry> entries;
    i = skipWs(d, i + 2);
    while (i < d.size() && d.at(i) != '>') {
        if (d.at(i) != '/')
            return std::nullopt;
        const qsizetype keyEnd = skipValue(d, i);
        if (keyEnd < 0)
            return std::nullopt;
        const QByteArray key = d.mid(i, keyEnd - i);
        qsizetype v = skipWs(d, keyEnd);
        qsizetype vEnd = skipValue(d, v);
        if (vEnd < 0)
            return std::nullopt;
        // an indirect reference "N G R" is one value
        if (std::isdigit(static_cast<unsigned char>(d.at(v)))) {
            const qsizetype g = skipWs(d, vEnd);
            const qsizetype gEnd = g < d.size() && std::isdigit(static_cast<unsigned char>(d.at(g))) ? skipValue(d, g) : -1;
            if (gEnd > 0) {
                const qsizetype r = skipWs(d, gEnd);
                if (r < d.size() && d.at(r) == 'R' && (r + 1 >= d.size() || isWs(d.at(r + 1)) || isDelim(d.at(r + 1))))
                    vEnd = r + 1;
            }
        }
        entries.append({key, d.mid(v, vEnd - v)});
        i = skipWs(d, vEnd);
    }
    return entries;
}

QByteArray value(const QList<Entry> &entries, const char *key)
{
    for (const Entry &e : entries) {
        if (e.key == key)
            return e.value;
    }
    return QByteArray();
}

void setValue(QList<Entry> &entries, const QByteArray &key, const QByteArray &v)
{
    for (Entry &e : entries) {
        if (e.key == key) {
            e.value = v;
            return;
        }
    }
    entries.append({key, v});
}

QByteArray writeDict(const QList<Entry> &entries)
{
    QByteArray out = "<<";
    for (const Entry &e : entries)
        out += e.key + ' ' + e.value + '\n';
    out += ">>";
    return out;
}

// "12 0 R" → 12; -1 when not a reference.
int refNumber(const QByteArray &v)
{
    const QList<QByteArray> parts = v.simplified().split(' ');
    if (parts.size() != 3 || parts.at(2) != "R")
        return -1;
    bool ok = false;
    const int n = parts.at(0).toInt(&ok);
    return ok ? n : -1;
}

QList<int> refList(const QByteArray &array)
{
    QList<int> refs;
    const QList<QByteArray> parts = array.mid(1, array.size() - 2).simplified().split(' ');
    for (qsizetype i = 0; i + 2 < parts.size(); i += 3) {
        if (parts.at(i + 2) != "R")
            return {};
        refs << parts.at(i).toInt();
    }
    return refs;
}

class PdfFile
{
public:
    explicit PdfFile(const QByteArray &data) : d(data) {}

    bool readXref(QString *error)
    {
        const qsizetype sx = d.lastIndexOf("startxref");
        if (sx < 0)
            return fail(error, QStringLiteral("no startxref"));
        qsizetype i = skipWs(d, sx + 9);
        const qsizetype e = skipValue(d, i);
        bool ok = false;
        qsizetype offset = d.mid(i, e - i).toLongLong(&ok);
        m_lastXref = offset;
        int guard = 0;
        while (ok && offset >= 0 && guard++ < 32) {
            if (!d.mid(offset, 4).startsWith("xref"))
                return fail(error, QStringLiteral("cross-reference streams are not supported"));
            i = skipWs(d, offset + 4);
            while (i < d.size() && std::isdigit(static_cast<unsigned char>(d.at(i)))) {
                qsizetype e1 = skipValue(d, i);
                const int first = d.mid(i, e1 - i).toInt();
                i = skipWs(d, e1);
                e1 = skipValue(d, i);
                const int count = d.mid(i, e1 - i).toInt();
                i = skipWs(d, e1);
                for (int k = 0; k < count; ++k) {
                    // "oooooooooo ggggg n" + EOL
                    const QByteArray line = d.mid(i, 18);
                    if (line.size() < 18)
                        return fail(error, QStringLiteral("truncated xref"));
                    if (line.at(17) == 'n' && !m_offsets.contains(first + k))
                        m_offsets.insert(first + k, line.left(10).toLongLong());
                    i = skipWs(d, i + 18);
                }
            }
            if (!d.mid(i, 7).startsWith("trailer"))
                return fail(error, QStringLiteral("no trailer"));
            const auto trailer = parseDict(d, i + 7);
            if (!trailer)
                return fail(error, QStringLiteral("bad trailer"));
            if (m_trailer.isEmpty())
                m_trailer = *trailer;
            const QByteArray prev = value(*trailer, "/Prev");
            offset = prev.isEmpty() ? -1 : prev.toLongLong(&ok);
        }
        return true;
    }

    // The value (usually a dictionary) of object `num`, at its offset; empty when unknown.
    QByteArray object(int num) const
    {
        const qsizetype off = m_offsets.value(num, -1);
        if (off < 0)
            return QByteArray();
        const qsizetype obj = d.indexOf("obj", off);
        if (obj < 0 || obj - off > 32)
            return QByteArray();
        const qsizetype v = skipWs(d, obj + 3);
        const qsizetype e = skipValue(d, v);
        return e < 0 ? QByteArray() : d.mid(v, e - v);
    }

    const QList<Entry> &trailer() const { return m_trailer; }
    qsizetype lastXref() const { return m_lastXref; }

private:
    static bool fail(QString *error, const QString &what)
    {
        if (error)
            *error = QStringLiteral("unsupported PDF structure: %1").arg(what);
        return false;
    }
    const QByteArray &d;
    QHash<int, qsizetype> m_offsets;
    QList<Entry> m_trailer;
    qsizetype m_lastXref = -1;
};

// Helvetica advance widths (per 1000 em) for the characters we measure; others count as 556.
double helveticaWidth(const QByteArray &s, double size)
{
    double w = 0;
    for (char c : s) {
        switch (c) {
        case ' ': w += 278; break;
        case 'f': case 'i': case 'l': case 't': case 'I': case 'j': w += 278; break;
        case 'r': w += 333; break;
        case 'P': case 'E': case 'S': w += 667; break;
        case 'm': case 'M': w += 833; break;
        case 'w': case 'W': w += 722; break;
        default: w += 556;
        }
    }
    return w * size / 1000.0;
}

// The WinAnsiEncoding code of the punctuation a title often has beyond Latin-1 (typographic quotes, dashes, ...).
char16_t winAnsi(char16_t u)
{
    switch (u) {
    case 0x20AC: return 0x80; // euro
    case 0x201A: return 0x82;
    case 0x201E: return 0x84;
    case 0x2026: return 0x85; // ellipsis
    case 0x2018: return 0x91;
    case 0x2019: return 0x92;
    case 0x201C: return 0x93;
    case 0x201D: return 0x94;
    case 0x2022: return 0x95; // bullet
    case 0x2013: return 0x96; // en dash
    case 0x2014: return 0x97; // em dash
    default: return u;
    }
}

// A PDF literal string in WinAnsiEncoding (the stamped font's); nullopt when `text` has a character it lacks.
std::optional<QByteArray> pdfString(const QString &text)
{
    QByteArray out = "(";
    for (QChar c : text) {
        const char16_t original = c.unicode();
        if (original < 0x20 || (original >= 0x7F && original < 0xA0))
            return std::nullopt;
        const char16_t u = original > 0xFF ? winAnsi(original) : original;
        if (u > 0xFF)
            return std::nullopt;
        if (u == '(' || u == ')' || u == '\\') {
            out += '\\';
            out += char(u);
        } else if (u >= 0x80) {
            out += '\\' + QByteArray::number(u, 8);
        } else {
            out += char(u);
        }
    }
    return out + ')';
}

QList<double> numbers(const QByteArray &array)
{
    QList<double> out;
    for (const QByteArray &p : array.mid(1, array.size() - 2).simplified().split(' '))
        out << p.toDouble();
    return out;
}

// A PDF text string: literal when printable ASCII, else UTF-16BE with a byte-order mark (PDF 32000-1, 7.9.2.2).
QByteArray pdfTextString(const QString &text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7F;
    if (ascii)
        return pdfString(text).value_or(QByteArray("()"));
    QByteArray hex = "<FEFF";
    for (QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

// `pdf` with `objects` (number → body) appended as an incremental update, its trailer's entries replaced by
// `trailerEntries`, and /Size and /Prev set.
QByteArray appendUpdate(const QByteArray &pdf, const PdfFile &file, const QList<std::pair<int, QByteArray>> &objects,
                        int size, const QList<Entry> &trailerEntries = {})
{
    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    QList<std::pair<int, qsizetype>> offsets;
    for (const auto &[num, body] : objects) {
        offsets.append({num, out.size()});
        out += QByteArray::number(num) + " 0 obj\n" + body + "\nendobj\n";
    }
    std::sort(offsets.begin(), offsets.end());
    const qsizetype xref = out.size();
    out += "xref\n";
    for (const auto &[num, off] : std::as_const(offsets))
        out += QByteArray::number(num) + " 1\n" + QByteArray::number(off).rightJustified(10, '0') + " 00000 n \n";
    QList<Entry> trailer = file.trailer();
    for (const Entry &e : trailerEntries)
        setValue(trailer, e.key, e.value);
    setValue(trailer, "/Size", QByteArray::number(size));
    setValue(trailer, "/Prev", QByteArray::number(file.lastXref()));
    out += "trailer\n" + writeDict(trailer) + "\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

// The text of an HTML page's character data or attribute value: the references escapeHtml() writes and numeric ones.
QString htmlText(QStringView s)
{
    QString out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) != u'&') {
            out += s.at(i);
            continue;
        }
        const qsizetype semi = s.indexOf(u';', i);
        if (semi < 0 || semi - i > 10) {
            out += s.at(i);
            continue;
        }
        const QStringView name = s.sliced(i + 1, semi - i - 1);
        char32_t c = 0;
        if (name == u"amp")
            c = u'&';
        else if (name == u"lt")
            c = u'<';
        else if (name == u"gt")
            c = u'>';
        else if (name == u"quot")
            c = u'"';
        else if (name == u"apos")
            c = u'\'';
        else if (name.startsWith(u'#')) {
            bool ok = false;
            const uint v = name.startsWith(u"#x") || name.startsWith(u"#X") ? name.sliced(2).toUInt(&ok, 16)
                                                                          : name.sliced(1).toUInt(&ok, 10);
            c = ok && v > 0 && v <= 0x10FFFF ? char32_t(v) : 0;
        }
        if (c == 0) {
            out += s.at(i);
            continue;
        }
        out += QString::fromUcs4(&c, 1);
        i = semi;
    }
    return out.simplified();
}

} // namespace

PdfDocumentInfo pageDocumentInfo(const QString &html)
{
    PdfDocumentInfo info;
    const qsizetype headEnd = html.indexOf(QLatin1String("</head>"), 0, Qt::CaseInsensitive);
    const QString head = html.left(headEnd < 0 ? std::min<qsizetype>(html.size(), 65536) : headEnd);
    static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]*)</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = title.match(head); m.hasMatch())
        info.title = htmlText(m.capturedView(1));
    static const QRegularExpression meta(QStringLiteral("<meta\\s+name=\"(author|description)\"\\s+content=\"([^\"]*)\""),
                                         QRegularExpression::CaseInsensitiveOption);
    for (auto it = meta.globalMatch(head); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        (m.captured(1).compare(QLatin1String("author"), Qt::CaseInsensitive) == 0 ? info.author : info.subject) =
            htmlText(m.capturedView(2));
    }
    return info;
}

QByteArray setDocumentInfo(const QByteArray &pdf, const PdfDocumentInfo &info, QString *error)
{
    PdfFile file(pdf);
    if (!file.readXref(error))
        return QByteArray();
    int next = value(file.trailer(), "/Size").toInt();
    if (next <= 0) {
        if (error)
            *error = QStringLiteral("unsupported PDF structure: no /Size");
        return QByteArray();
    }
    const QByteArray infoRef = value(file.trailer(), "/Info");
    int num = refNumber(infoRef);
    QList<Entry> dict;
    if (num >= 0) {
        if (const auto existing = parseDict(file.object(num), 0))
            dict = *existing;
    } else if (const auto direct = parseDict(infoRef, 0)) {
        dict = *direct;
    }
    if (num < 0)
        num = next++;
    if (!info.title.isEmpty())
        setValue(dict, "/Title", pdfTextString(info.title));
    if (!info.author.isEmpty())
        setValue(dict, "/Author", pdfTextString(info.author));
    if (!info.subject.isEmpty())
        setValue(dict, "/Subject", pdfTextString(info.subject));
    return appendUpdate(pdf, file, {{num, writeDict(dict)}}, next, {{"/Info", QByteArray::number(num) + " 0 R"}});
}

QByteArray addPageNumbers(const QByteArray &pdf, const QString &label, QString *error)
{
    PdfFile file(pdf);
    if (!file.readXref(error))
        return QByteArray();
    const int root = refNumber(value(file.trailer(), "/Root"));
    const auto catalog = parseDict(file.object(root), 0);
    const int pagesRoot = catalog ? refNumber(value(*catalog, "/Pages")) : -1;
    if (pagesRoot < 0) {
        if (error)
            *error = QStringLiteral("unsupported PDF structure: no page tree");
        return QByteArray();
    }

    struct Page {
        int num;
        QList<Entry> dict;
        QByteArray mediaBox;
        QByteArray resources; // own or inherited
    };
    QList<Page> pages;
    std::function<bool(int, QByteArray, QByteArray, int)> walk = [&](int num, QByteArray box, QByteArray res, int depth) {
        const auto dict = parseDict(file.object(num), 0);
        if (!dict || depth > 32)
            return false;
        if (!value(*dict, "/MediaBox").isEmpty())
            box = value(*dict, "/MediaBox");
        if (!value(*dict, "/Resources").isEmpty())
            res = value(*dict, "/Resources");
        if (value(*dict, "/Type") == "/Page") {
            pages.append({num, *dict, box, res});
            return true;
        }
        for (int kid : refList(value(*dict, "/Kids"))) {
            if (!walk(kid, box, res, depth + 1))
                return false;
        }
        return true;
    };
    if (!walk(pagesRoot, QByteArray(), QByteArray(), 0) || pages.isEmpty()) {
        if (error)
            *error = QStringLiteral("unsupported PDF structure: unreadable page tree");
        return QByteArray();
    }

    int next = value(file.trailer(), "/Size").toInt();
    if (next <= 0) {
        if (error)
            *error = QStringLiteral("unsupported PDF structure: no /Size");
        return QByteArray();
    }
    QList<std::pair<int, QByteArray>> objects; // number → body (without "N 0 obj")
    QHash<int, bool> rewritten;
    const int font = next++;
    objects.append({font, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"});
    const int prefix = next++;
    objects.append({prefix, "<< /Length 2 >>\nstream\nq\n\nendstream"});
    const QByteArray fontEntry = "/CBPageNo " + QByteArray::number(font) + " 0 R";

    // Adds our font to a resources dictionary (text), rewriting an indirect /Font dictionary when needed.
    auto withFont = [&](const QByteArray &resText) -> std::optional<QByteArray> {
        auto res = parseDict(resText, 0);
        if (!res)
            return std::nullopt;
        const QByteArray fonts = value(*res, "/Font");
        if (fonts.isEmpty()) {
            setValue(*res, "/Font", "<< " + fontEntry + " >>");
        } else if (const int fontsNum = refNumber(fonts); fontsNum >= 0) {
            if (!rewritten.contains(fontsNum)) {
                auto fd = parseDict(file.object(fontsNum), 0);
                if (!fd)
                    return std::nullopt;
                fd->append({"/CBPageNo", QByteArray::number(font) + " 0 R"});
                objects.append({fontsNum, writeDict(*fd)});
                rewritten.insert(fontsNum, true);
            }
        } else {
            auto fd = parseDict(fonts, 0);
            if (!fd)
                return std::nullopt;
            fd->append({"/CBPageNo", QByteArray::number(font) + " 0 R"});
            setValue(*res, "/Font", writeDict(*fd));
        }
        return writeDict(*res);
    };

    const QByteArray total = QByteArray::number(pages.size());
    const auto labelString = label.isEmpty() ? std::optional<QByteArray>() : pdfString(label);
    for (qsizetype p = 0; p < pages.size(); ++p) {
        Page &page = pages[p];
        QList<double> box = numbers(page.mediaBox);
        if (box.size() != 4)
            box = {0, 0, 595.276, 841.89};
        const double width = box[2] - box[0];
        const double margin = 14 / 25.4 * 72; // the default side margins
        const double y = box[1] + 22;
        const QByteArray text = "Page " + QByteArray::number(p + 1) + " of " + total;
        const double x = box[0] + width - margin - helveticaWidth(text, 8);
        QByteArray ops = "Q\nq\n0.55 0.55 0.55 RG 0.5 w " + QByteArray::number(box[0] + margin, 'f', 2) + ' '
            + QByteArray::number(y + 11, 'f', 2) + " m " + QByteArray::number(box[0] + width - margin, 'f', 2) + ' '
            + QByteArray::number(y + 11, 'f', 2) + " l S\n0.35 0.35 0.35 rg\nBT /CBPageNo 8 Tf "
            + QByteArray::number(x, 'f', 2) + ' ' + QByteArray::number(y, 'f', 2) + " Td (" + text + ") Tj ET\n";
        if (labelString) {
            QByteArray l = *labelString;
            const double room = width - 2 * margin - helveticaWidth(text, 8) - 24;
            if (helveticaWidth(l, 8) > room) { // cut, keeping the string well-formed
                QString cut = label;
                while (!cut.isEmpty() && helveticaWidth(cut.toLatin1(), 8) + 10 > room)
                    cut.chop(1);
                l = pdfString(cut.trimmed() + QStringLiteral("...")).value_or(QByteArray("()"));
            }
            ops += "BT /CBPageNo 8 Tf " + QByteArray::number(box[0] + margin, 'f', 2) + ' ' + QByteArray::number(y, 'f', 2)
                + " Td " + l + " Tj ET\n";
        }
        ops += "Q\n";
        const int suffix = next++;
        objects.append({suffix, "<< /Length " + QByteArray::number(ops.size()) + " >>\nstream\n" + ops + "\nendstream"});

        const QByteArray contents = value(page.dict, "/Contents");
        const QByteArray pre = QByteArray::number(prefix) + " 0 R ";
        const QByteArray post = ' ' + QByteArray::number(suffix) + " 0 R";
        if (refNumber(contents) >= 0)
            setValue(page.dict, "/Contents", '[' + pre + contents + post + ']');
        else if (contents.startsWith('['))
            setValue(page.dict, "/Contents", '[' + pre + contents.mid(1, contents.size() - 2) + post + ']');
        else
            setValue(page.dict, "/Contents", '[' + pre + post.mid(1) + ']');

        if (const int resNum = refNumber(page.resources); resNum >= 0) {
            if (!rewritten.contains(resNum)) {
                const auto res = withFont(file.object(resNum));
                if (!res) {
                    if (error)
                        *error = QStringLiteral("unsupported PDF structure: resources");
                    return QByteArray();
                }
                objects.append({resNum, *res});
                rewritten.insert(resNum, true);
            }
            setValue(page.dict, "/Resources", page.resources);
        } else {
            const auto res = withFont(page.resources.isEmpty() ? QByteArray("<< >>") : page.resources);
            if (!res) {
                if (error)
                    *error = QStringLiteral("unsupported PDF structure: resources");
                return QByteArray();
            }
            setValue(page.dict, "/Resources", *res);
        }
        objects.append({page.num, writeDict(page.dict)});
    }

    // the incremental update: new and changed objects, their xref section, a trailer pointing back
    return appendUpdate(pdf, file, objects, next);
}

PdfPrinter::PdfPrinter(QObject *parent) : QObject(parent) {}

PdfPrinter::~PdfPrinter() = default;

bool PdfPrinter::isPrinting() const
{
    return bool(m_stop);
}

void PdfPrinter::cancel()
{
    if (m_stop)
        m_stop();
}

QByteArray PdfPrinter::print(const QString &html, const Options &options, QString *error)
{
    PdfPrinter printer;
    return printer.printHtml(html, options, error);
}

bool PdfPrinter::printToFile(const QString &html, const QString &path, const Options &options, QString *error)
{
    PdfPrinter printer;
    return printer.printHtmlToFile(html, path, options, error);
}

QByteArray PdfPrinter::printHtml(const QString &html, const Options &options, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return QByteArray();
    };
    if (m_stop)
        return fail(QStringLiteral("already printing"));
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(QStringLiteral("printing a PDF needs a QGuiApplication"));
    QString moduleError;
    WebEngineModule *web = webEngineModule(&moduleError); // Qt WebEngine is loaded the first time it is needed
    if (!web)
        return fail(moduleError);
    // setHtml() is limited to 2 MB (a data: URL); private temporary files have no limit. One file per part.
    QElapsedTimer clock; // timings for QT_LOGGING_RULES="claimbench.pdf.debug=true"
    clock.start();
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QStringLiteral("cannot create a temporary directory: %1").arg(dir.errorString()));
    const QStringList sources = options.parts.isEmpty() ? QStringList{html} : options.parts;
    // In-page links: too many are slow (maxInternalLinks), and they cannot cross from one part's PDF to another's.
    const bool dropLinks = !options.parts.isEmpty() || html.count(QLatin1String(" href=\"#")) > options.maxInternalLinks;
    QStringList paths;
    for (const QString &source : sources) {
        QString page = source;
        if (dropLinks)
            page.remove(QRegularExpression(QStringLiteral(" href=\"#[^\"]*\"")));
        // The page is never shown, yet Chromium lays it out for the screen when it loads and again after printing
        // (to restore the screen layout): measured, that is more than half the time of a large report's PDF.
        // Hidden on screen, only the print layout is computed; the print media rules are unaffected.
        if (const qsizetype head = page.indexOf(QLatin1String("</head>"), 0, Qt::CaseInsensitive); head >= 0)
            page.insert(head, QLatin1String("<style>@media screen { html { display: none !important; } }</style>\n"));
        paths.append(dir.filePath(QStringLiteral("report-%1.html").arg(paths.size() + 1)));
        QFile f(paths.last());
        if (!f.open(QIODevice::WriteOnly) || f.write(page.toUtf8()) < 0)
            return fail(QStringLiteral("%1: %2").arg(paths.last(), f.errorString()));
    }

    const std::unique_ptr<WebPrintProfile> profile = web->createPrintProfile(); // off the record: nothing stored
    QList<QByteArray> results(paths.size());
    qsizetype pending = paths.size();
    qsizetype printed = 0;
    QEventLoop loop;
    QString failure;
    bool done = false;
    auto finish = [&](const QString &why) {
        if (done)
            return;
        if (!why.isEmpty())
            failure = why;
        if (!why.isEmpty() || --pending == 0) {
            done = true;
            loop.quit();
        }
    };
    const QPageLayout layout(QPageSize(options.pageSize), QPageLayout::Portrait, options.margins, QPageLayout::Millimeter);
    // One page (and Chromium renderer) per part: they lay out and print in parallel. Declared after everything
    // their callbacks use, so that they go first (a print cut short by the timeout or a cancel may still call
    // back).
    std::vector<std::unique_ptr<WebPrintPage>> pages;
    // Options::cancelled, asked at each step (never on a timer); the first true stops the print.
    auto cancelledNow = [&] {
        if (done || !options.cancelled || !options.cancelled())
            return false;
        finish(QStringLiteral("cancelled"));
        return true;
    };
    // cancel(), from the loop's events (a GUI's Esc): stops at once, whatever the parts are doing.
    m_stop = [&] { finish(QStringLiteral("cancelled")); };
    const auto stopGuard = qScopeGuard([this] { m_stop = nullptr; });
    // At most options.maxParallel parts at a time; the next one starts when one is printed.
    qsizetype started = 0;
    auto startNext = [&] {
        if (!done && started < qsizetype(pages.size()) && !cancelledNow()) {
            pages.at(size_t(started))->load(QUrl::fromLocalFile(paths.at(started)));
            ++started;
        }
    };
    for (qsizetype i = 0; i < paths.size(); ++i) {
        // JavaScript, plugins, remote and local-file access off (the module's print pages)
        pages.push_back(profile->createPage([&, i](bool ok) {
            WebPrintPage *webPage = pages.at(size_t(i)).get();
            if (done)
                return;
            if (!ok)
                return finish(QStringLiteral("the report page did not load"));
            if (cancelledNow())
                return;
            qCDebug(lcPdf, "part %lld loaded at %lld ms", qlonglong(i + 1), clock.elapsed());
            webPage->printToPdf(
                [&, i](const QByteArray &pdf) {
                    qCDebug(lcPdf, "part %lld printed at %lld ms (%lld bytes)", qlonglong(i + 1), clock.elapsed(),
                            qlonglong(pdf.size()));
                    results[i] = pdf;
                    if (!done && !pdf.isEmpty() && options.progress)
                        options.progress(++printed, results.size());
                    finish(pdf.isEmpty() ? QStringLiteral("Qt WebEngine produced no PDF") : QString());
                    if (!done)
                        startNext();
                },
                layout);
        }));
    }
    const qint64 limitMs = options.timeoutMs > 0 ? options.timeoutMs : 120000 + 60000 * (html.size() / 1000000);
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop,
                     [&] { finish(QStringLiteral("printing timed out after %1 s").arg(limitMs / 1000)); });
    timeout.start(std::chrono::milliseconds(limitMs));
    const int cores = options.maxParallel > 0 ? options.maxParallel : QThread::idealThreadCount();
    const qsizetype parallel = std::clamp<qsizetype>(cores, 1, paths.size());
    qCDebug(lcPdf, "%lld page(s) written at %lld ms", qlonglong(paths.size()), clock.elapsed());
    if (options.progress)
        options.progress(0, results.size());
    while (!done && started < parallel)
        startNext();
    if (!done)
        loop.exec();
    // every part printed: the last chance to stop before joining and stamping
    if (failure.isEmpty() && options.cancelled && options.cancelled())
        failure = QStringLiteral("cancelled");
    if (!failure.isEmpty())
        return fail(failure);
    QByteArray result = results.first();
    if (results.size() > 1) {
        QString joinError;
        result = joinPdfs(results, &joinError);
        if (result.isEmpty())
            return fail(joinError);
        qCDebug(lcPdf, "joined at %lld ms", clock.elapsed());
    }
    // the document information: the options', else the page's own (its <title> and <meta> tags)
    PdfDocumentInfo info = pageDocumentInfo(html);
    if (!options.title.isEmpty())
        info.title = options.title;
    if (!options.author.isEmpty())
        info.author = options.author;
    if (!options.subject.isEmpty())
        info.subject = options.subject;
    if (!info.title.isEmpty() || !info.author.isEmpty() || !info.subject.isEmpty()) {
        QString infoError;
        const QByteArray described = setDocumentInfo(result, info, &infoError);
        if (described.isEmpty())
            qCWarning(lcPdf, "document information left out: %s", qPrintable(infoError));
        else
            result = described;
    }
    if (!options.pageNumbers)
        return result;
    QString stampError;
    const QByteArray numbered = addPageNumbers(result, options.footerLabel, &stampError);
    qCDebug(lcPdf, "page numbers stamped at %lld ms", clock.elapsed());
    if (numbered.isEmpty()) {
        qCWarning(lcPdf, "page numbers left out: %s", qPrintable(stampError));
        return result;
    }
    return numbered;
}

bool PdfPrinter::printHtmlToFile(const QString &html, const QString &path, const Options &options, QString *error)
{
    const QByteArray pdf = printHtml(html, options, error);
    if (pdf.isEmpty())
        return false;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size() || !f.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace Claimbench
