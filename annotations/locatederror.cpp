// SPDX-License-Identifier: GPL-2.0-or-later
#include "locatederror.h"

#include <QHash>
#include <QList>
#include <QStringDecoder>
#include <QStringList>

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace Claimbench {

QString LocatedError::toString() const
{
    if (line <= 0)
        return QStringLiteral("%1: error: %2").arg(path, message);
    // One arg() call: a path with "%2" in it (a URL-encoded "%2F") is not a placeholder of the next one.
    return QStringLiteral("%1:%2:%3: error: %4").arg(path, QString::number(line), QString::number(column), message);
}

TextLocation locateOffset(QByteArrayView utf8, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, utf8.size());
    TextLocation loc{1, 1};
    for (qsizetype i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c == '\n') {
            ++loc.line;
            loc.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++loc.column; // code points, not UTF-8 continuation bytes
        }
    }
    return loc;
}

LocatedError locatedError(const QString &path, QByteArrayView utf8, qsizetype offset, const QString &message)
{
    const TextLocation loc = locateOffset(utf8, offset);
    return LocatedError{path, loc.line, loc.column, message};
}

QString jsonPointerToken(QStringView key)
{
    QString token;
    token.reserve(key.size());
    for (const QChar c : key) {
        if (c == u'~')
            token += QLatin1String("~0");
        else if (c == u'/')
            token += QLatin1String("~1");
        else
            token += c;
    }
    return token;
}

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Walks JSON text (valid or not) keeping the path of the value being read, and notes where each wanted one
// starts; one pass for any number of pointers.
class ValueFinder
{
public:
    // `wanted`: canonical pointer → the indexes of `*found` to set.
    ValueFinder(QByteArrayView json, QHash<QString, QList<qsizetype>> wanted, qsizetype maxDepth, QList<qsizetype> *found)
        : m_json(json), m_wanted(std::move(wanted)), m_maxDepth(maxDepth), m_found(found)
    {
    }

    void find()
    {
        if (m_wanted.isEmpty())
            return;
        qsizetype i = m_json.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        const qsizetype n = m_json.size();
        while (i < n) {
            const char c = m_json[i];
            Frame *top = m_stack.empty() ? nullptr : &m_stack.back();
            switch (c) {
            case ' ': case '\t': case '\n': case '\r':
                ++i;
                break;
            case '{':
            case '[':
                if (valueStarts(i))
                    return;
                m_stack.push_back(Frame{c == '{', 0, QString(), true});
                ++i;
                break;
            case '}':
            case ']':
                if (!m_stack.empty())
                    m_stack.pop_back();
                ++i;
                break;
            case ':':
                if (top)
                    top->expectKey = false;
                ++i;
                break;
            case ',':
                if (top) {
                    if (top->object)
                        top->expectKey = true;
                    else
                        ++top->index;
                }
                ++i;
                break;
            case '"':
                if (top && top->object && top->expectKey) {
                    i = readString(i, &top->key);
                } else {
                    if (valueStarts(i))
                        return;
                    i = readString(i, nullptr);
                }
                break;
            default:
                if (valueStarts(i))
                    return;
                // A number, true, false, null (or garbage): at least the first byte goes.
                while (i < n && !QByteArrayView(",:[]{}\" \t\r\n").contains(m_json[i]))
                    ++i;
            }
        }
    }

private:
    struct Frame {
        bool object = false;
        qsizetype index = 0;
        QString key;
        bool expectKey = true;
    };

    // Returns true when every wanted value was found.
    bool valueStarts(qsizetype at)
    {
        if (qsizetype(m_stack.size()) > m_maxDepth)
            return false;
        QString pointer;
        for (const Frame &f : m_stack)
            pointer += QLatin1Char('/') + (f.object ? jsonPointerToken(f.key) : QString::number(f.index));
        const auto it = m_wanted.constFind(pointer);
        if (it == m_wanted.cend())
            return false;
        for (const qsizetype index : *it)
            (*m_found)[index] = at;
        m_wanted.erase(it);
        return m_wanted.isEmpty();
    }

    // `i` at the opening quote; returns the index after the closing quote. Decodes into `out` when given.
    qsizetype readString(qsizetype i, QString *out) const
    {
        const qsizetype n = m_json.size();
        QByteArray raw;
        if (out)
            out->clear();
        auto flush = [&] {
            if (out && !raw.isEmpty())
                *out += QString::fromUtf8(raw);
            raw.clear();
        };
        ++i;
        while (i < n && m_json[i] != '"') {
            const char c = m_json[i];
            if (c != '\\') {
                if (out)
                    raw += c;
                ++i;
                continue;
            }
            if (i + 1 >= n)
                return n;
            const char e = m_json[i + 1];
            i += 2;
            if (!out)
                continue;
            flush();
            switch (e) {
            case 'b': *out += u'\b'; break;
            case 'f': *out += u'\f'; break;
            case 'n': *out += u'\n'; break;
            case 'r': *out += u'\r'; break;
            case 't': *out += u'\t'; break;
            case 'u': {
                int code = 0;
                qsizetype k = 0;
                for (; k < 4 && i + k < n && hexValue(m_json[i + k]) >= 0; ++k)
                    code = code * 16 + hexValue(m_json[i + k]);
                i += k;
                if (k == 4)
                    *out += QChar(char16_t(code)); // a surrogate pair comes as two escapes, in order
                break;
            }
            default: *out += QLatin1Char(e); // '"', '\\', '/'
            }
        }
        flush();
        return std::min<qsizetype>(i + 1, n);
    }

    QByteArrayView m_json;
    QHash<QString, QList<qsizetype>> m_wanted;
    qsizetype m_maxDepth = 0;
    QList<qsizetype> *m_found;
    std::vector<Frame> m_stack;
};

} // namespace

QList<qsizetype> jsonValueOffsets(QByteArrayView json, const QStringList &pointers)
{
    QList<qsizetype> found(pointers.size(), -1);
    QHash<QString, QList<qsizetype>> wanted;
    qsizetype maxDepth = 0;
    for (qsizetype i = 0; i < pointers.size(); ++i) {
        const QString &pointer = pointers.at(i);
        if (!pointer.isEmpty() && !pointer.startsWith(u'/'))
            continue; // not a JSON pointer: names no value
        // The canonical form, as the walk spells it ("~01" stays "~01": tokens are unescaped once, then re-escaped).
        QString canonical;
        qsizetype depth = 0;
        if (!pointer.isEmpty()) {
            for (const QStringView part : QStringView(pointer).mid(1).split(u'/')) {
                QString token = part.toString();
                token.replace(QLatin1String("~1"), QLatin1String("/"));
                token.replace(QLatin1String("~0"), QLatin1String("~"));
                canonical += QLatin1Char('/') + jsonPointerToken(token);
                ++depth;
            }
        }
        wanted[canonical] << i;
        maxDepth = std::max(maxDepth, depth);
    }
    ValueFinder(json, std::move(wanted), maxDepth, &found).find();
    return found;
}

qsizetype jsonValueOffset(QByteArrayView json, QStringView pointer)
{
    return jsonValueOffsets(json, {pointer.toString()}).constFirst();
}

namespace {

// Walks JSON text keeping, for each open object, the keys read so far (as UTF-8 with escapes decoded; an escaped
// lone surrogate as its three-byte form, which raw UTF-8 cannot contain), until one repeats.
class DuplicateKeyFinder
{
public:
    explicit DuplicateKeyFinder(QByteArrayView json)
        : m_json(json)
    {
    }

    JsonDuplicateKey find()
    {
        qsizetype i = m_json.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        const qsizetype n = m_json.size();
        while (i < n) {
            const char c = m_json[i];
            Frame *top = m_depth ? &m_stack[m_depth - 1] : nullptr;
            switch (c) {
            case '{':
            case '[':
                push(c == '{');
                ++i;
                break;
            case '}':
            case ']':
                if (m_depth)
                    --m_depth;
                ++i;
                break;
            case ':':
                if (top)
                    top->expectKey = false;
                ++i;
                break;
            case ',':
                if (top) {
                    top->expectKey = top->object;
                    ++top->index;
                }
                ++i;
                break;
            case '"': {
                const qsizetype close = closingQuote(i);
                if (top && top->object && top->expectKey) {
                    const QByteArrayView raw = m_json.sliced(i + 1, close - i - 1);
                    if (raw.contains('\\'))
                        decode(raw, &top->key);
                    else
                        top->key.assign(raw.data(), size_t(raw.size()));
                    if (!top->add())
                        return found(i);
                }
                i = std::min<qsizetype>(close + 1, n);
                break;
            }
            default: ++i;
            }
        }
        return {};
    }

private:
    struct Frame {
        bool object = false;
        bool expectKey = false;
        qsizetype index = 0;
        std::string key;               // the current member's
        std::vector<std::string> keys; // every member's so far; in `hashed` once there are many
        std::unordered_set<std::string> hashed;

        bool add() // false when the key is already there
        {
            static constexpr size_t Linear = 16;
            if (keys.size() < Linear) {
                if (std::find(keys.cbegin(), keys.cend(), key) != keys.cend())
                    return false;
                keys.push_back(key);
                if (keys.size() == Linear)
                    hashed.insert(keys.cbegin(), keys.cend());
                return true;
            }
            return hashed.insert(key).second;
        }
    };

    void push(bool object)
    {
        if (m_depth == m_stack.size())
            m_stack.emplace_back();
        Frame &f = m_stack[m_depth++]; // reused: no allocation per object once the stack is deep enough
        f.object = f.expectKey = object;
        f.index = 0;
        f.key.clear();
        f.keys.clear();
        f.hashed.clear();
    }

    qsizetype closingQuote(qsizetype i) const // `i` at the opening quote
    {
        for (++i; i < m_json.size() && m_json[i] != '"'; ++i) {
            if (m_json[i] == '\\')
                ++i;
        }
        return std::min(i, m_json.size());
    }

    static void appendUtf8(std::string *out, char32_t cp)
    {
        if (cp < 0x80) {
            *out += char(cp);
        } else if (cp < 0x800) {
            *out += char(0xC0 | (cp >> 6));
            *out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            *out += char(0xE0 | (cp >> 12));
            *out += char(0x80 | ((cp >> 6) & 0x3F));
            *out += char(0x80 | (cp & 0x3F));
        } else {
            *out += char(0xF0 | (cp >> 18));
            *out += char(0x80 | ((cp >> 12) & 0x3F));
            *out += char(0x80 | ((cp >> 6) & 0x3F));
            *out += char(0x80 | (cp & 0x3F));
        }
    }

    static void decode(QByteArrayView raw, std::string *out)
    {
        out->clear();
        const qsizetype n = raw.size();
        auto hex4 = [&](qsizetype at, char32_t *unit) {
            if (at + 4 > n)
                return false;
            char32_t v = 0;
            for (qsizetype k = 0; k < 4; ++k) {
                const int h = hexValue(raw[at + k]);
                if (h < 0)
                    return false;
                v = v * 16 + char32_t(h);
            }
            *unit = v;
            return true;
        };
        for (qsizetype i = 0; i < n; ++i) {
            if (raw[i] != '\\' || i + 1 >= n) {
                *out += raw[i];
                continue;
            }
            const char e = raw[++i];
            switch (e) {
            case 'b': *out += '\b'; break;
            case 'f': *out += '\f'; break;
            case 'n': *out += '\n'; break;
            case 'r': *out += '\r'; break;
            case 't': *out += '\t'; break;
            case 'u': {
                char32_t unit = 0, low = 0;
                if (!hex4(i + 1, &unit)) {
                    *out += e; // malformed: whatever, the text is only walked
                    break;
                }
                i += 4;
                if (unit >= 0xD800 && unit < 0xDC00 && i + 2 < n && raw[i + 1] == '\\' && raw[i + 2] == 'u'
                    && hex4(i + 3, &low) && low >= 0xDC00 && low < 0xE000) {
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                    i += 6;
                }
                appendUtf8(out, unit);
                break;
            }
            default: *out += e; // '"', '\\', '/'
            }
        }
    }

    JsonDuplicateKey found(qsizetype at) const
    {
        // Keeps a U+FEFF at the start of a key (QString::fromUtf8() would drop it as a byte-order mark).
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
        auto text = [&utf8](const std::string &s) { return QString(utf8(QByteArrayView(s.data(), qsizetype(s.size())))); };
        JsonDuplicateKey d;
        d.offset = at;
        for (size_t k = 0; k + 1 < m_depth; ++k) {
            const Frame &f = m_stack[k];
            d.pointer += QLatin1Char('/') + (f.object ? jsonPointerToken(text(f.key)) : QString::number(f.index));
        }
        d.key = text(m_stack[m_depth - 1].key);
        return d;
    }

    QByteArrayView m_json;
    std::vector<Frame> m_stack;
    size_t m_depth = 0;
};

} // namespace

JsonDuplicateKey findDuplicateKey(QByteArrayView json)
{
    return DuplicateKeyFinder(json).find();
}

} // namespace Claimbench
