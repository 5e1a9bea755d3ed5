// SPDX-License-Identifier: GPL-2.0-or-later
#include "sidecar.h"

#include "claimset.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTimeZone>

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

Q_LOGGING_CATEGORY(lcSidecar, "claimbench.sidecar")

namespace Claimbench {

using json = nlohmann::json;

namespace {

const char FormatName[] = "claimbench.claims";

// ---------------------------------------------------------------------------------------------------------------
// Writing: a small streaming JSON writer, so that the bytes are exactly ours (key order, indent, number format).

class Writer
{
public:
    QByteArray out;

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    void key(const char *name)
    {
        separator();
        out += '"';
        out += name;
        out += "\": ";
    }
    void key(const QString &name)
    {
        separator();
        string(name);
        out += ": ";
    }
    /// Before a value inside an array (object members get theirs from key()).
    void element() { separator(); }

    void string(QStringView s)
    {
        const QByteArray utf8 = s.toUtf8();
        out += '"';
        for (const char ch : utf8) {
            const auto c = static_cast<unsigned char>(ch);
            switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (c < 0x20) {
                    static const char hex[] = "0123456789abcdef";
                    out += "\\u00";
                    out += hex[c >> 4];
                    out += hex[c & 0xf];
                } else {
                    out += ch;
                }
            }
        }
        out += '"';
    }
    void integer(qint64 v) { out += QByteArray::number(v); }
    void boolean(bool b) { out += b ? "true" : "false"; }
    void null() { out += "null"; }
    void number(double d)
    {
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9007199254740992.0)
            integer(qint64(d));
        else if (std::isfinite(d))
            out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        else
            null();
    }
    void value(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined: null(); break;
        case QJsonValue::Bool: boolean(v.toBool()); break;
        case QJsonValue::Double: number(v.toDouble()); break;
        case QJsonValue::String: string(v.toString()); break;
        case QJsonValue::Array:
            beginArray();
            for (const QJsonValue &e : v.toArray()) {
                element();
                value(e);
            }
            endArray();
            break;
        case QJsonValue::Object: object(v.toObject()); break;
        }
    }
    void object(const QJsonObject &o)
    {
        beginObject();
        members(o);
        endObject();
    }
    /// QJsonObject iterates in key order: deterministic.
    void members(const QJsonObject &o, const QSet<QString> &skip = {})
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (skip.contains(it.key()))
                continue;
            key(it.key());
            value(*it);
        }
    }
    void stringOrNull(const QString &s)
    {
        if (s.isEmpty())
            null();
        else
            string(s);
    }
    void dateTime(const QDateTime &dt)
    {
        if (!dt.isValid())
            return null();
        const QDateTime utc = dt.toUTC();
        string(utc.toString(utc.time().msec() ? Qt::ISODateWithMs : Qt::ISODate));
    }

private:
    std::vector<bool> m_first; // per open container: no member written yet

    void indent() { out.append(qsizetype(2 * m_first.size()), ' '); }
    void separator()
    {
        if (m_first.empty())
            return;
        if (!m_first.back())
            out += ',';
        m_first.back() = false;
        out += '\n';
        indent();
    }
    void open(char c)
    {
        out += c;
        m_first.push_back(true);
    }
    void close(char c)
    {
        const bool empty = m_first.back();
        m_first.pop_back();
        if (!empty) {
            out += '\n';
            indent();
        }
        out += c;
    }
};

const QSet<QString> &keySet(std::initializer_list<const char *> keys, QSet<QString> &storage)
{
    if (storage.isEmpty()) {
        for (const char *k : keys)
            storage.insert(QLatin1String(k));
    }
    return storage;
}

const QSet<QString> &topKeys()
{
    static QSet<QString> s;
    return keySet({"format", "version", "document", "ratingScale", "reviewers", "claims", "dismissed"}, s);
}
const QSet<QString> &documentKeys()
{
    static QSet<QString> s;
    return keySet({"fileName", "mediaType", "sha256", "length"}, s);
}
const QSet<QString> &claimKeys()
{
    static QSet<QString> s;
    return keySet({"id", "claimType", "target", "status", "verdict", "fields", "checklist", "sources", "notes",
                   "createdBy", "created", "modified", "history"},
                  s);
}
const QSet<QString> &sourceKeys()
{
    static QSet<QString> s;
    return keySet({"url", "title", "publisher", "accessed", "archiveUrl", "excerpt", "note"}, s);
}

void writeSource(Writer &w, const Source &s)
{
    w.beginObject();
    w.key("url");
    w.string(s.url);
    auto opt = [&w](const char *k, const QString &v) {
        if (!v.isEmpty()) {
            w.key(k);
            w.string(v);
        }
    };
    opt("title", s.title);
    opt("publisher", s.publisher);
    if (s.accessed.isValid()) {
        w.key("accessed");
        w.string(s.accessed.toString(Qt::ISODate));
    }
    opt("archiveUrl", s.archiveUrl);
    opt("excerpt", s.excerpt);
    opt("note", s.note);
    w.members(s.extra, sourceKeys());
    w.endObject();
}

void writeClaim(Writer &w, const Claim &c)
{
    w.beginObject();
    w.key("id");
    w.string(c.id.toString(QUuid::WithoutBraces));
    w.key("claimType");
    w.string(c.claimType);
    w.key("target");
    w.beginObject();
    w.key("start");
    c.start < 0 ? w.null() : w.integer(c.start);
    w.key("end");
    c.start < 0 ? w.null() : w.integer(c.end);
    w.key("exact");
    w.string(c.quote.exact);
    w.key("prefix");
    w.string(c.quote.prefix);
    w.key("suffix");
    w.string(c.quote.suffix);
    w.endObject();
    w.key("status");
    w.string(statusToString(c.status));
    w.key("verdict");
    w.stringOrNull(c.verdict);
    w.key("fields");
    w.object(c.fields);
    w.key("checklist");
    w.beginObject();
    for (auto it = c.checklist.cbegin(); it != c.checklist.cend(); ++it) {
        w.key(it.key());
        w.boolean(*it);
    }
    w.endObject();
    w.key("sources");
    w.beginArray();
    for (const Source &s : c.sources) {
        w.element();
        writeSource(w, s);
    }
    w.endArray();
    w.key("notes");
    w.string(c.notes);
    w.key("createdBy");
    w.string(c.createdBy);
    w.key("created");
    w.dateTime(c.created);
    w.key("modified");
    w.dateTime(c.modified);
    w.key("history");
    w.beginArray();
    for (const HistoryEntry &h : c.history) {
        w.element();
        w.beginObject();
        w.key("when");
        w.dateTime(h.when);
        w.key("author");
        w.string(h.author);
        w.key("field");
        w.string(h.field);
        w.key("from");
        w.value(h.from);
        w.key("to");
        w.value(h.to);
        w.endObject();
    }
    w.endArray();
    w.members(c.extra, claimKeys());
    w.endObject();
}

// ---------------------------------------------------------------------------------------------------------------
// Reading: positions in the raw bytes.

struct Location {
    int line = 1;
    int column = 1;
};

Location locationOf(const QByteArray &bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    Location loc;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes.at(i) == '\n') {
            ++loc.line;
            lineStart = i + 1;
        }
    }
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((static_cast<unsigned char>(bytes.at(i)) & 0xC0) != 0x80)
            ++loc.column;
    }
    return loc;
}

std::string escapePointerToken(std::string_view key)
{
    std::string s;
    for (const char c : key) {
        if (c == '~')
            s += "~0";
        else if (c == '/')
            s += "~1";
        else
            s += c;
    }
    return s;
}

/// Walks JSON text (valid or not) keeping track of the JSON pointer of the current value, to find where a value
/// starts (for semantic errors) or which value a byte offset is in (for syntax errors). Only used on errors.
class PositionScanner
{
public:
    explicit PositionScanner(const QByteArray &bytes)
        : m_bytes(bytes)
    {
    }

    /// Byte offset of the value at `pointer`, or -1.
    qsizetype find(const std::string &pointer)
    {
        m_target = pointer;
        m_stopAt = -1;
        m_found = -1;
        walk();
        return m_found;
    }
    /// The pointer of the innermost value open at `offset`.
    std::string pointerAt(qsizetype offset)
    {
        m_target.reset();
        m_stopAt = offset;
        walk();
        return current();
    }

private:
    struct Frame {
        bool object = false;
        qsizetype index = 0;
        std::string key;
        bool expectKey = true;
        bool hasValue = false;
    };
    const QByteArray &m_bytes;
    std::optional<std::string> m_target;
    qsizetype m_stopAt = -1;
    qsizetype m_found = -1;
    std::vector<Frame> m_stack;

    std::string current() const
    {
        std::string p;
        for (const Frame &f : m_stack) {
            if (!f.hasValue)
                break;
            p += '/';
            p += f.object ? escapePointerToken(f.key) : std::to_string(f.index);
        }
        return p;
    }
    // Returns true to stop.
    bool valueStarts(qsizetype at)
    {
        if (!m_stack.empty())
            m_stack.back().hasValue = true;
        if (m_target && current() == *m_target) {
            m_found = at;
            return true;
        }
        return false;
    }
    qsizetype skipString(qsizetype i, std::string *content) const
    {
        // i at the opening quote; returns the index after the closing quote.
        ++i;
        while (i < m_bytes.size() && m_bytes.at(i) != '"') {
            if (m_bytes.at(i) == '\\')
                ++i;
            else if (content)
                *content += m_bytes.at(i);
            ++i;
        }
        return std::min<qsizetype>(i + 1, m_bytes.size());
    }
    void walk()
    {
        m_stack.clear();
        qsizetype i = 0;
        const qsizetype n = m_bytes.size();
        while (i < n) {
            if (m_stopAt >= 0 && i >= m_stopAt)
                return;
            const char c = m_bytes.at(i);
            Frame *top = m_stack.empty() ? nullptr : &m_stack.back();
            switch (c) {
            case ' ': case '\t': case '\n': case '\r': ++i; break;
            case '{':
            case '[':
                if (valueStarts(i))
                    return;
                m_stack.push_back(Frame{c == '{', 0, {}, true, false});
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
                    if (top->object) {
                        top->expectKey = true;
                    } else {
                        ++top->index;
                    }
                    top->hasValue = false;
                }
                ++i;
                break;
            case '"':
                if (top && top->object && top->expectKey) {
                    top->key.clear();
                    top->hasValue = false;
                    i = skipString(i, &top->key);
                } else {
                    if (valueStarts(i))
                        return;
                    i = skipString(i, nullptr);
                }
                break;
            default:
                if (valueStarts(i))
                    return;
                while (i < n && !QByteArrayView(",]} \t\r\n").contains(m_bytes.at(i)))
                    ++i;
            }
        }
    }
};

/// Where valid UTF-8 ends (bytes.size() when all valid).
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return i;
        i += len;
    }
    return n;
}

/// Where nesting first exceeds `maxDepth` (outside strings), or -1.
qsizetype tooDeep(const QByteArray &bytes, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = bytes.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > maxDepth)
                return i;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return -1;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Claimbench::Sidecar", text);
}

QString describe(const json &v)
{
    switch (v.type()) {
    case json::value_t::null: return QStringLiteral("null");
    case json::value_t::object: return QStringLiteral("an object");
    case json::value_t::array: return QStringLiteral("an array");
    case json::value_t::string: return QStringLiteral("a string");
    case json::value_t::boolean: return QStringLiteral("a boolean");
    case json::value_t::number_float: return QStringLiteral("a fractional number");
    default: return QStringLiteral("a number");
    }
}

QString qs(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QJsonValue toQt(const json &v)
{
    switch (v.type()) {
    case json::value_t::null: return QJsonValue(QJsonValue::Null);
    case json::value_t::boolean: return v.get<bool>();
    case json::value_t::number_integer: return double(v.get<qint64>());
    case json::value_t::number_unsigned: return double(v.get<quint64>());
    case json::value_t::number_float: return v.get<double>();
    case json::value_t::string: return qs(v.get_ref<const std::string &>());
    case json::value_t::array: {
        QJsonArray a;
        for (const json &e : v)
            a.append(toQt(e));
        return a;
    }
    case json::value_t::object: {
        QJsonObject o;
        for (auto it = v.begin(); it != v.end(); ++it)
            o.insert(qs(it.key()), toQt(it.value()));
        return o;
    }
    default: return QJsonValue(QJsonValue::Null);
    }
}

struct Problem {
    std::string pointer;
    QString message;
};

/// Checks a parsed sidecar and builds the data, collecting every problem with its JSON pointer.
class Validator
{
public:
    std::vector<Problem> problems;
    static constexpr size_t MaxProblems = 100;

    void fail(const std::string &ptr, const QString &message)
    {
        if (problems.size() < MaxProblems)
            problems.push_back({ptr, message});
    }
    bool full() const { return problems.size() >= MaxProblems; }

    static std::string at(const std::string &ptr, std::string_view key) { return ptr + '/' + escapePointerToken(key); }
    static std::string at(const std::string &ptr, size_t index) { return ptr + '/' + std::to_string(index); }

    void wrongType(const std::string &ptr, const char *expected, const json &v)
    {
        fail(ptr, tr("expected %1, found %2").arg(QLatin1String(expected), describe(v)));
    }

    bool string(const json &v, const std::string &ptr, QString *out, bool nullable = false)
    {
        if (v.is_string()) {
            *out = qs(v.get_ref<const std::string &>());
            return true;
        }
        if (nullable && v.is_null()) {
            out->clear();
            return true;
        }
        wrongType(ptr, nullable ? "a string or null" : "a string", v);
        return false;
    }
    bool integer(const json &v, const std::string &ptr, qint64 *out)
    {
        if (v.is_number_unsigned()) {
            if (v.get<quint64>() > quint64(std::numeric_limits<qint64>::max())) {
                fail(ptr, tr("number out of range"));
                return false;
            }
            *out = qint64(v.get<quint64>());
            return true;
        }
        if (v.is_number_integer()) {
            *out = v.get<qint64>();
            return true;
        }
        wrongType(ptr, "an integer", v);
        return false;
    }
    bool dateTime(const json &v, const std::string &ptr, QDateTime *out)
    {
        QString s;
        if (!string(v, ptr, &s, true))
            return false;
        if (s.isEmpty()) {
            *out = QDateTime();
            return true;
        }
        const QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!dt.isValid()) {
            fail(ptr, tr("not an ISO 8601 date and time: \"%1\"").arg(s));
            return false;
        }
        *out = dt.toUTC();
        return true;
    }
    const json *object(const json &v, const std::string &ptr)
    {
        if (v.is_object())
            return &v;
        wrongType(ptr, "an object", v);
        return nullptr;
    }
    const json *array(const json &v, const std::string &ptr)
    {
        if (v.is_array())
            return &v;
        wrongType(ptr, "an array", v);
        return nullptr;
    }
    const json *required(const json &obj, const std::string &ptr, const char *key)
    {
        const auto it = obj.find(key);
        if (it == obj.end()) {
            fail(ptr, tr("missing required member \"%1\"").arg(QLatin1String(key)));
            return nullptr;
        }
        return &*it;
    }
    static const json *optional(const json &obj, const char *key)
    {
        const auto it = obj.find(key);
        return it == obj.end() ? nullptr : &*it;
    }
    static QJsonObject extras(const json &obj, const QSet<QString> &known)
    {
        QJsonObject extra;
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const QString k = qs(it.key());
            if (!known.contains(k))
                extra.insert(k, toQt(it.value()));
        }
        return extra;
    }

    Source source(const json &v, const std::string &ptr)
    {
        Source s;
        if (!object(v, ptr))
            return s;
        if (const json *u = required(v, ptr, "url"))
            string(*u, at(ptr, "url"), &s.url);
        const std::pair<const char *, QString *> texts[] = {{"title", &s.title},       {"publisher", &s.publisher},
                                                            {"archiveUrl", &s.archiveUrl}, {"excerpt", &s.excerpt},
                                                            {"note", &s.note}};
        for (const auto &[key, out] : texts) {
            if (const json *t = optional(v, key))
                string(*t, at(ptr, key), out, true);
        }
        if (const json *a = optional(v, "accessed")) {
            QString d;
            if (string(*a, at(ptr, "accessed"), &d, true) && !d.isEmpty()) {
                s.accessed = QDate::fromString(d, Qt::ISODate);
                if (!s.accessed.isValid())
                    fail(at(ptr, "accessed"), tr("not an ISO 8601 date (YYYY-MM-DD): \"%1\"").arg(d));
            }
        }
        s.extra = extras(v, sourceKeys());
        return s;
    }

    Claim claim(const json &v, const std::string &ptr, std::optional<qsizetype> length)
    {
        Claim c;
        if (!object(v, ptr))
            return c;
        if (const json *id = required(v, ptr, "id")) {
            QString s;
            if (string(*id, at(ptr, "id"), &s)) {
                c.id = QUuid::fromString(s);
                if (c.id.isNull())
                    fail(at(ptr, "id"), tr("not a UUID: \"%1\"").arg(s));
            }
        }
        if (const json *t = required(v, ptr, "claimType"))
            string(*t, at(ptr, "claimType"), &c.claimType);
        if (const json *target = required(v, ptr, "target")) {
            const std::string tp = at(ptr, "target");
            if (object(*target, tp)) {
                if (const json *e = required(*target, tp, "exact"))
                    string(*e, at(tp, "exact"), &c.quote.exact);
                if (const json *p = optional(*target, "prefix"))
                    string(*p, at(tp, "prefix"), &c.quote.prefix, true);
                if (const json *s = optional(*target, "suffix"))
                    string(*s, at(tp, "suffix"), &c.quote.suffix, true);
                const json *s = optional(*target, "start");
                const json *e = optional(*target, "end");
                const bool orphan = (!s || s->is_null()) && (!e || e->is_null());
                if (!orphan) {
                    qint64 start = -1, end = -1;
                    const bool okS = s ? integer(*s, at(tp, "start"), &start)
                                       : (fail(tp, tr("missing required member \"start\"")), false);
                    const bool okE = e ? integer(*e, at(tp, "end"), &end)
                                       : (fail(tp, tr("missing required member \"end\"")), false);
                    if (okS && okE) {
                        if (start < 0) {
                            fail(at(tp, "start"), tr("negative position %1").arg(start));
                        } else if (start > end) {
                            fail(at(tp, "start"), tr("start %1 is after end %2").arg(start).arg(end));
                        } else if (length && end > *length) {
                            fail(at(tp, "end"), tr("position %1 is beyond the end of the document (%2 code points)")
                                                    .arg(end)
                                                    .arg(*length));
                        } else {
                            c.start = start;
                            c.end = end;
                        }
                    }
                }
            }
        }
        if (const json *st = optional(v, "status")) {
            QString s;
            if (string(*st, at(ptr, "status"), &s) && !statusFromString(s, &c.status))
                fail(at(ptr, "status"),
                     tr("unknown status \"%1\" (one of: %2)").arg(s, allStatusIds().join(QLatin1String(", "))));
        }
        if (const json *vd = optional(v, "verdict"))
            string(*vd, at(ptr, "verdict"), &c.verdict, true);
        if (const json *f = optional(v, "fields")) {
            if (object(*f, at(ptr, "fields")))
                c.fields = toQt(*f).toObject();
        }
        if (const json *cl = optional(v, "checklist")) {
            const std::string cp = at(ptr, "checklist");
            if (object(*cl, cp)) {
                for (auto it = cl->begin(); it != cl->end(); ++it) {
                    if (it->is_boolean())
                        c.checklist.insert(qs(it.key()), it->get<bool>());
                    else
                        wrongType(at(cp, it.key()), "a boolean", *it);
                }
            }
        }
        if (const json *src = optional(v, "sources")) {
            const std::string sp = at(ptr, "sources");
            if (array(*src, sp)) {
                for (size_t i = 0; i < src->size(); ++i)
                    c.sources.append(source((*src)[i], at(sp, i)));
            }
        }
        if (const json *n = optional(v, "notes"))
            string(*n, at(ptr, "notes"), &c.notes, true);
        if (const json *n = optional(v, "createdBy"))
            string(*n, at(ptr, "createdBy"), &c.createdBy, true);
        if (const json *n = optional(v, "created"))
            dateTime(*n, at(ptr, "created"), &c.created);
        if (const json *n = optional(v, "modified"))
            dateTime(*n, at(ptr, "modified"), &c.modified);
        if (const json *h = optional(v, "history")) {
            const std::string hp = at(ptr, "history");
            if (array(*h, hp)) {
                for (size_t i = 0; i < h->size(); ++i) {
                    const json &e = (*h)[i];
                    const std::string ep = at(hp, i);
                    if (!object(e, ep))
                        continue;
                    HistoryEntry entry;
                    if (const json *w = required(e, ep, "when"))
                        dateTime(*w, at(ep, "when"), &entry.when);
                    if (const json *a = optional(e, "author"))
                        string(*a, at(ep, "author"), &entry.author, true);
                    if (const json *f = required(e, ep, "field"))
                        string(*f, at(ep, "field"), &entry.field);
                    if (const json *f = optional(e, "from"))
                        entry.from = toQt(*f);
                    if (const json *t = optional(e, "to"))
                        entry.to = toQt(*t);
                    c.history.append(entry);
                }
            }
        }
        c.extra = extras(v, claimKeys());
        return c;
    }

    void top(const json &root, ClaimSetData *data, std::optional<qsizetype> documentLength)
    {
        if (!object(root, std::string()))
            return;
        const json *format = optional(root, "format");
        if (!format || !format->is_string() || format->get_ref<const std::string &>() != FormatName) {
            fail(format ? "/format" : "", tr("not a Claimbench claims file (\"format\" must be \"%1\")")
                                               .arg(QLatin1String(FormatName)));
            return;
        }
        const json *version = required(root, "", "version");
        qint64 v = 0;
        if (!version || !integer(*version, "/version", &v))
            return;
        if (v > Sidecar::FormatVersion) {
            fail("/version", tr("written by a newer Claimbench (format version %1; this version reads up to %2)")
                                 .arg(v)
                                 .arg(Sidecar::FormatVersion));
            return;
        }
        if (v < 1) {
            fail("/version", tr("unsupported format version %1").arg(v));
            return;
        }
        // Older versions would migrate here, one step at a time, before the checks below.

        if (const json *doc = required(root, "", "document"); doc && object(*doc, "/document")) {
            DocumentIdentity &d = data->document;
            if (const json *x = optional(*doc, "fileName"))
                string(*x, "/document/fileName", &d.fileName);
            if (const json *x = optional(*doc, "mediaType"))
                string(*x, "/document/mediaType", &d.mediaType);
            if (const json *x = optional(*doc, "sha256")) {
                if (string(*x, "/document/sha256", &d.sha256) && !d.sha256.isEmpty()
                    && !QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(d.sha256).hasMatch())
                    fail("/document/sha256", tr("not a lowercase hexadecimal SHA-256"));
            }
            if (const json *x = optional(*doc, "length")) {
                qint64 len = 0;
                if (integer(*x, "/document/length", &len)) {
                    if (len < 0)
                        fail("/document/length", tr("negative length %1").arg(len));
                    else
                        d.length = len;
                    // 0 is also what a file without a length gets; only a real length limits positions.
                    if (!documentLength && len > 0)
                        documentLength = len;
                }
            }
        }
        if (const json *rs = optional(root, "ratingScale"); rs && array(*rs, "/ratingScale")) {
            data->ratingScale.levels.clear();
            for (size_t i = 0; i < rs->size(); ++i) {
                const json &l = (*rs)[i];
                const std::string lp = at("/ratingScale", i);
                if (!object(l, lp))
                    continue;
                RatingLevel level;
                if (const json *x = required(l, lp, "id"))
                    string(*x, at(lp, "id"), &level.id);
                if (const json *x = optional(l, "label"))
                    string(*x, at(lp, "label"), &level.label);
                if (const json *x = optional(l, "value")) {
                    qint64 value = 0;
                    if (integer(*x, at(lp, "value"), &value))
                        level.value = int(std::clamp<qint64>(value, -1000, 1000));
                }
                data->ratingScale.levels.append(level);
            }
        }
        if (const json *r = optional(root, "reviewers"); r && array(*r, "/reviewers")) {
            for (size_t i = 0; i < r->size(); ++i) {
                QString s;
                if (string((*r)[i], at("/reviewers", i), &s))
                    data->reviewers.append(s);
            }
        }
        if (const json *ds = optional(root, "dismissed"); ds && array(*ds, "/dismissed")) {
            for (size_t i = 0; i < ds->size(); ++i) {
                const json &e = (*ds)[i];
                const std::string ep = at("/dismissed", i);
                if (!object(e, ep))
                    continue;
                DismissedSuggestion s;
                if (const json *x = optional(e, "claimType"))
                    string(*x, at(ep, "claimType"), &s.claimType);
                if (const json *x = required(e, ep, "quote"))
                    string(*x, at(ep, "quote"), &s.quote);
                data->dismissed.append(s);
            }
        }
        if (const json *cs = required(root, "", "claims"); cs && array(*cs, "/claims")) {
            QHash<QUuid, size_t> seen;
            data->claims.reserve(qsizetype(cs->size()));
            for (size_t i = 0; i < cs->size() && !full(); ++i) {
                const std::string cp = at("/claims", i);
                Claim c = claim((*cs)[i], cp, documentLength);
                if (!c.id.isNull()) {
                    const auto it = seen.constFind(c.id);
                    if (it != seen.cend())
                        fail(at(cp, "id"), tr("duplicate id %1 (first used by /claims/%2)")
                                               .arg(c.id.toString(QUuid::WithoutBraces))
                                               .arg(*it));
                    else
                        seen.insert(c.id, i);
                }
                data->claims.append(c);
            }
        }
        data->extra = extras(root, topKeys());
        // DocumentIdentity has no room for unknown members: they wait in extra["document"] (a name that can't
        // be an unknown top-level key) and go back into "document" on writing.
        if (const json *doc = optional(root, "document"); doc && doc->is_object()) {
            const QJsonObject unknown = extras(*doc, documentKeys());
            if (!unknown.isEmpty())
                data->extra.insert(QStringLiteral("document"), unknown);
        }
    }
};

SidecarError makeError(const QString &path, const QByteArray &bytes, qsizetype offset, const QString &message)
{
    const Location loc = locationOf(bytes, offset);
    return SidecarError{path, loc.line, loc.column, message};
}

QString pointerText(const std::string &p)
{
    return p.empty() ? QStringLiteral("/") : qs(p);
}

} // namespace

QString SidecarError::toString() const
{
    if (line <= 0)
        return QStringLiteral("%1: error: %2").arg(path, message);
    return QStringLiteral("%1:%2:%3: error: %4").arg(path).arg(line).arg(column).arg(message);
}

QString Sidecar::pathFor(const QString &documentPath)
{
    return documentPath + QLatin1String(".claims.json");
}

Sidecar::ReadResult Sidecar::parse(const QByteArray &bytes, const QString &path,
                                   std::optional<qsizetype> documentLength)
{
    ReadResult result;
    auto refuse = [&](qsizetype offset, const std::string &pointer, const QString &message) {
        result.errors.append(makeError(path, bytes, offset, pointerText(pointer) + QLatin1String(": ") + message));
        result.data = ClaimSetData();
        return result;
    };
    if (bytes.size() > MaxFileSize)
        return refuse(0, "", tr("file too large (%1 bytes; the limit is %2)").arg(bytes.size()).arg(MaxFileSize));
    if (bytes.trimmed().isEmpty())
        return refuse(0, "", tr("empty file"));
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad < bytes.size())
        return refuse(bad, PositionScanner(bytes).pointerAt(bad), tr("invalid UTF-8"));
    if (const qsizetype deep = tooDeep(bytes, MaxDepth); deep >= 0)
        return refuse(deep, PositionScanner(bytes).pointerAt(deep),
                      tr("nested deeper than %1 levels").arg(MaxDepth));

    json root;
    try {
        root = json::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const json::parse_error &e) {
        const qsizetype offset = std::clamp<qsizetype>(qsizetype(e.byte) - 1, 0, bytes.size());
        QString what = QString::fromUtf8(e.what());
        const qsizetype colon = what.indexOf(QLatin1String(": "));
        if (colon >= 0)
            what = what.mid(colon + 2);
        if (offset >= bytes.size() - 1 && what.contains(QLatin1String("unexpected end of input")))
            what = tr("truncated file: %1").arg(what);
        return refuse(offset, PositionScanner(bytes).pointerAt(offset), what);
    } catch (const json::exception &e) {
        return refuse(0, "", QString::fromUtf8(e.what()));
    }

    Validator v;
    try {
        v.top(root, &result.data, documentLength);
    } catch (const json::exception &e) {
        v.fail("", QString::fromUtf8(e.what()));
    }
    if (!v.problems.empty()) {
        PositionScanner scanner(bytes);
        for (const Problem &p : v.problems) {
            const qsizetype at = scanner.find(p.pointer);
            result.errors.append(makeError(path, bytes, std::max<qsizetype>(at, 0),
                                           pointerText(p.pointer) + QLatin1String(": ") + p.message));
        }
        result.data = ClaimSetData();
        return result;
    }
    result.data.sortClaims();
    return result;
}

namespace {
/// QSaveFile writes `NAME.XXXXXX` next to the file; a process killed mid-save leaves it behind.
void removeStaleTemporaryFiles(const QString &path)
{
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    const QRegularExpression pattern(QLatin1Char('^') + QRegularExpression::escape(info.fileName())
                                     + QLatin1String("\\.[A-Za-z0-9]{6}$"));
    const QStringList candidates =
        dir.entryList({info.fileName() + QLatin1String(".??????")}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : candidates) {
        if (pattern.match(name).hasMatch()) {
            qCInfo(lcSidecar) << "removing an interrupted save:" << dir.filePath(name);
            QFile::remove(dir.filePath(name));
        }
    }
}
} // namespace

Sidecar::ReadResult Sidecar::read(const QString &path, std::optional<qsizetype> documentLength)
{
    ReadResult result;
    removeStaleTemporaryFiles(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors.append(SidecarError{path, 0, 0, tr("cannot open: %1").arg(file.errorString())});
        return result;
    }
    if (file.size() > MaxFileSize) {
        result.errors.append(SidecarError{path, 1, 1, QLatin1String("/: ")
                                              + tr("file too large (%1 bytes; the limit is %2)")
                                                    .arg(file.size())
                                                    .arg(MaxFileSize)});
        return result;
    }
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        result.errors.append(SidecarError{path, 0, 0, tr("cannot read: %1").arg(file.errorString())});
        return result;
    }
    return parse(bytes, path, documentLength);
}

QByteArray Sidecar::serialize(const ClaimSetData &input)
{
    Writer w;
    w.out.reserve(1024 + input.claims.size() * 1024);
    w.beginObject();
    w.key("format");
    w.string(QString::fromLatin1(FormatName));
    w.key("version");
    w.integer(FormatVersion);
    w.key("document");
    w.beginObject();
    w.key("fileName");
    w.string(input.document.fileName);
    w.key("mediaType");
    w.string(input.document.mediaType);
    w.key("sha256");
    w.string(input.document.sha256);
    w.key("length");
    w.integer(input.document.length);
    w.members(input.extra.value(QStringLiteral("document")).toObject(), documentKeys());
    w.endObject();
    w.key("ratingScale");
    w.beginArray();
    for (const RatingLevel &l : input.ratingScale.levels) {
        w.element();
        w.beginObject();
        w.key("id");
        w.string(l.id);
        w.key("label");
        w.string(l.label);
        w.key("value");
        w.integer(l.value);
        w.endObject();
    }
    w.endArray();
    w.key("reviewers");
    w.beginArray();
    for (const QString &r : input.reviewers) {
        w.element();
        w.string(r);
    }
    w.endArray();
    w.key("claims");
    w.beginArray();
    QList<const Claim *> order;
    order.reserve(input.claims.size());
    for (const Claim &c : input.claims)
        order.append(&c);
    std::stable_sort(order.begin(), order.end(), [](const Claim *a, const Claim *b) { return claimOrderLess(*a, *b); });
    for (const Claim *c : order) {
        w.element();
        writeClaim(w, *c);
    }
    w.endArray();
    w.key("dismissed");
    w.beginArray();
    for (const DismissedSuggestion &s : input.dismissed) {
        w.element();
        w.beginObject();
        w.key("claimType");
        w.string(s.claimType);
        w.key("quote");
        w.string(s.quote);
        w.endObject();
    }
    w.endArray();
    w.members(input.extra, topKeys());
    w.endObject();
    w.out += '\n';
    return w.out;
}

SidecarError Sidecar::write(const QString &path, const ClaimSetData &data)
{
    const QByteArray bytes = serialize(data);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return SidecarError{path, 0, 0, tr("cannot write: %1").arg(file.errorString())};
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return SidecarError{path, 0, 0, tr("cannot write: %1").arg(reason)};
    }
    if (!file.commit())
        return SidecarError{path, 0, 0, tr("cannot write: %1").arg(file.errorString())};
    return SidecarError();
}

DocumentIdentity identifyDocument(const QString &path, const QByteArray &bytes)
{
    DocumentIdentity id;
    const QFileInfo info(path);
    id.fileName = info.fileName();
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        id.mediaType = QStringLiteral("text/markdown");
    else if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        id.mediaType = QStringLiteral("text/html");
    else
        id.mediaType = QStringLiteral("text/plain");
    id.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    id.length = codePointLength(decodeDocument(bytes));
    return id;
}

QString decodeDocument(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes.constData() + 3, bytes.size() - 3);
    return QString::fromUtf8(bytes);
}

} // namespace Claimbench
