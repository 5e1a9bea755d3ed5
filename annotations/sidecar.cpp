// SPDX-License-Identifier: GPL-2.0-or-later
#include "sidecar.h"

#include "atomicfile.h"
#include "claimset.h"
#include "documenttext.h"
#include "sidecar_p.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QTimeZone>

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace Claimbench {

using json = nlohmann::json;

using SidecarInternal::FormatName;
using SidecarInternal::parseIsoUtc;

namespace {

// ---------------------------------------------------------------------------------------------------------------
// Writing: a small streaming JSON writer, so that the bytes are exactly ours (key order, indent, number format).

/// The writer's bytes: appends that inline (QByteArray's go through its out-of-line growth check each time, a third
/// of writing 10,000 claims).
class OutBuffer
{
public:
    OutBuffer &operator+=(char c)
    {
        m_s.push_back(c);
        return *this;
    }
    OutBuffer &operator+=(std::string_view s)
    {
        m_s.append(s);
        return *this;
    }
    OutBuffer &operator+=(const char *s) { return *this += std::string_view(s); }
    OutBuffer &operator+=(const QByteArray &b) { return append(b.constData(), b.size()); }
    OutBuffer &append(const char *p, qsizetype n)
    {
        m_s.append(p, size_t(n));
        return *this;
    }
    OutBuffer &append(qsizetype n, char c)
    {
        m_s.append(size_t(n), c);
        return *this;
    }
    /// UTF-16 code units below 0x80, one byte each.
    OutBuffer &appendAscii(const char16_t *u, qsizetype n)
    {
        const size_t at = m_s.size();
        m_s.resize(at + size_t(n));
        char *d = m_s.data() + at;
        for (qsizetype i = 0; i < n; ++i)
            d[i] = char(u[i]);
        return *this;
    }
    qsizetype size() const { return qsizetype(m_s.size()); }
    const char *constData() const { return m_s.data(); }
    void truncate(qsizetype n) { m_s.resize(size_t(n)); }
    void reserve(qsizetype n) { m_s.reserve(size_t(n)); }
    QByteArray toByteArray() const { return QByteArray(m_s.data(), qsizetype(m_s.size())); }

private:
    std::string m_s;
};

class Writer
{
public:
    OutBuffer out;

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
        out += '"';
        // Printable ASCII needs neither encoding nor escaping: most of what a sidecar holds.
        const char16_t *u = s.utf16();
        qsizetype ascii = 0;
        while (ascii < s.size() && u[ascii] >= 0x20 && u[ascii] < 0x80 && u[ascii] != '"' && u[ascii] != '\\')
            ++ascii;
        out.appendAscii(u, ascii);
        if (ascii == s.size()) {
            out += '"';
            return;
        }
        const QByteArray utf8 = s.sliced(ascii).toUtf8();
        const char *p = utf8.constData();
        const qsizetype n = utf8.size();
        qsizetype run = 0; // start of the bytes not yet copied
        for (qsizetype i = 0; i < n; ++i) {
            const auto c = static_cast<unsigned char>(p[i]);
            if (c >= 0x20 && c != '"' && c != '\\')
                continue;
            out.append(p + run, i - run);
            run = i + 1;
            switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default: {
                static const char hex[] = "0123456789abcdef";
                const char esc[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
                out.append(esc, 6);
            }
            }
        }
        out.append(p + run, n - run);
        out += '"';
    }
    void integer(qint64 v) { out += QByteArray::number(v); }
    void boolean(bool b) { out += b ? "true" : "false"; }
    void null() { out += "null"; }

    /// The number texts of the part being written (a claim's or the top level's), and the JSON pointer of the
    /// value being written relative to that part: kept only while there are texts to look up.
    void setNumberTexts(const NumberTexts &texts)
    {
        m_texts = texts.isEmpty() ? nullptr : &texts;
        m_path.clear();
    }
    void push(const QString &key)
    {
        if (m_texts) {
            m_path += QLatin1Char('/');
            m_path += SidecarInternal::pointerToken(key);
        }
    }
    void push(const char *key) { push(QString::fromLatin1(key)); }
    void push(qsizetype index)
    {
        if (m_texts) {
            m_path += QLatin1Char('/');
            m_path += QString::number(index);
        }
    }
    void pop()
    {
        if (m_texts)
            m_path.truncate(m_path.lastIndexOf(QLatin1Char('/')));
    }

    void number(const QJsonValue &v)
    {
        if (m_texts) {
            const auto it = m_texts->constFind(m_path);
            if (it != m_texts->cend() && SidecarInternal::sameNumber(SidecarInternal::numberValue(it->toStdString()), v)) {
                out += *it;
                return;
            }
        }
        out += SidecarInternal::numberText(v);
    }
    void value(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined: null(); break;
        case QJsonValue::Bool: boolean(v.toBool()); break;
        case QJsonValue::Double: number(v); break;
        case QJsonValue::String: string(v.toString()); break;
        case QJsonValue::Array: {
            beginArray();
            qsizetype i = 0;
            for (const QJsonValue &e : v.toArray()) {
                element();
                push(i++);
                value(e);
                pop();
            }
            endArray();
            break;
        }
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
            push(it.key());
            value(*it);
            pop();
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
        // By hand: QDateTime::toString() is the slowest part of writing 10,000 claims.
        const QDateTime utc = dt.toUTC();
        const QDate d = utc.date();
        const QTime t = utc.time();
        int year = 0, month = 0, day = 0;
        d.getDate(&year, &month, &day);
        if (year < 0 || year > 9999)
            return string(utc.toString(t.msec() ? Qt::ISODateWithMs : Qt::ISODate));
        // "YYYY-MM-DDTHH:MM:SS[.mmm]Z", digits by hand (snprintf was a fifth of writing 10,000 claims).
        char buf[26];
        char *p = buf;
        auto digits = [&p](int v, int n) {
            for (int k = n - 1; k >= 0; --k, v /= 10)
                p[k] = char('0' + v % 10);
            p += n;
        };
        *p++ = '"';
        digits(year, 4);
        *p++ = '-';
        digits(month, 2);
        *p++ = '-';
        digits(day, 2);
        *p++ = 'T';
        digits(t.hour(), 2);
        *p++ = ':';
        digits(t.minute(), 2);
        *p++ = ':';
        digits(t.second(), 2);
        if (t.msec()) {
            *p++ = '.';
            digits(t.msec(), 3);
        }
        *p++ = 'Z';
        *p++ = '"';
        out.append(buf, p - buf);
    }

private:
    std::vector<bool> m_first; // per open container: no member written yet
    const NumberTexts *m_texts = nullptr;
    QString m_path;

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

using namespace SidecarInternal; // the member tables

/// The names of a table's members, for telling unknown members from known ones.
template<typename Id, std::size_t N>
const QSet<QString> &knownKeys(const Member<Id> (&table)[N])
{
    static const QSet<QString> keys = [&table] {
        QSet<QString> s;
        for (const Member<Id> &m : table)
            s.insert(QString::fromLatin1(m.name));
        return s;
    }();
    return keys;
}

/// `key` and the string `v`, unless it is empty.
template<typename Id>
void optionalString(Writer &w, const Member<Id> &m, const QString &v)
{
    if (!v.isEmpty()) {
        w.key(m.name.data());
        w.string(v);
    }
}
template<typename Id>
void optionalDate(Writer &w, const Member<Id> &m, const QDate &v)
{
    if (v.isValid()) {
        w.key(m.name.data());
        w.string(v.toString(Qt::ISODate));
    }
}

void writeDocumentSource(Writer &w, const DocumentSource &s)
{
    w.beginObject();
    for (const Member<DocumentSourceMember> &m : documentSourceMembers) {
        switch (m.id) {
        case DocumentSourceMember::Url: optionalString(w, m, s.url); break;
        case DocumentSourceMember::Redirects:
            if (!s.redirects.isEmpty()) {
                w.key(m.name.data());
                w.beginArray();
                for (const QString &r : s.redirects) {
                    w.element();
                    w.string(r);
                }
                w.endArray();
            }
            break;
        case DocumentSourceMember::Title: optionalString(w, m, s.title); break;
        case DocumentSourceMember::SiteName: optionalString(w, m, s.siteName); break;
        case DocumentSourceMember::Byline: optionalString(w, m, s.byline); break;
        case DocumentSourceMember::PublishedTime: optionalString(w, m, s.publishedTime); break;
        case DocumentSourceMember::Lang: optionalString(w, m, s.lang); break;
        case DocumentSourceMember::Dir: optionalString(w, m, s.dir); break;
        case DocumentSourceMember::Retrieved:
            if (s.retrieved.isValid()) {
                w.key(m.name.data());
                w.dateTime(s.retrieved);
            }
            break;
        case DocumentSourceMember::Sha256: optionalString(w, m, s.sha256); break;
        case DocumentSourceMember::Snapshot: optionalString(w, m, s.snapshot); break;
        case DocumentSourceMember::OfflineCopy: optionalString(w, m, s.offlineCopy); break;
        case DocumentSourceMember::MediaType: optionalString(w, m, s.mediaType); break;
        }
    }
    w.members(s.extra, knownKeys(documentSourceMembers));
    w.endObject();
}

void writePublication(Writer &w, const Publication &p)
{
    w.beginObject();
    for (const Member<PublicationMember> &m : publicationMembers) {
        switch (m.id) {
        case PublicationMember::Publisher: optionalString(w, m, p.publisher); break;
        case PublicationMember::PublisherUrl: optionalString(w, m, p.publisherUrl); break;
        case PublicationMember::LogoUrl: optionalString(w, m, p.logoUrl); break;
        case PublicationMember::Url: optionalString(w, m, p.url); break;
        case PublicationMember::Headline: optionalString(w, m, p.headline); break;
        case PublicationMember::DatePublished: optionalDate(w, m, p.datePublished); break;
        }
    }
    w.members(p.extra, knownKeys(publicationMembers));
    w.endObject();
}

void writeClaimant(Writer &w, const Claimant &c)
{
    w.beginObject();
    for (const Member<ClaimantMember> &m : claimantMembers) {
        switch (m.id) {
        case ClaimantMember::Name: w.key(m.name.data()); w.string(c.name); break;
        case ClaimantMember::Role: optionalString(w, m, c.role); break;
        case ClaimantMember::Type:
            if (c.organisation) {
                w.key(m.name.data());
                w.string(QStringLiteral("organization"));
            }
            break;
        }
    }
    w.members(c.extra, knownKeys(claimantMembers));
    w.endObject();
}

void writeAppearance(Writer &w, const Appearance &a)
{
    w.beginObject();
    for (const Member<AppearanceMember> &m : appearanceMembers) {
        switch (m.id) {
        case AppearanceMember::Url: optionalString(w, m, a.url); break;
        case AppearanceMember::Date: optionalDate(w, m, a.date); break;
        }
    }
    w.members(a.extra, knownKeys(appearanceMembers));
    w.endObject();
}

void writeDocument(Writer &w, const DocumentIdentity &d, const QJsonObject &unknown)
{
    w.beginObject();
    for (const Member<DocumentMember> &m : documentMembers) {
        switch (m.id) {
        case DocumentMember::FileName: w.key(m.name.data()); w.string(d.fileName); break;
        case DocumentMember::MediaType: w.key(m.name.data()); w.string(d.mediaType); break;
        case DocumentMember::Sha256: w.key(m.name.data()); w.string(d.sha256); break;
        case DocumentMember::Length: w.key(m.name.data()); w.integer(d.length); break;
        case DocumentMember::Encoding:
            if (d.encoding.isValid()) {
                w.key(m.name.data());
                w.string(QString::fromUtf8(d.encoding.name));
            }
            break;
        case DocumentMember::Bom:
            if (d.encoding.bom) {
                w.key(m.name.data());
                w.boolean(true);
            }
            break;
        case DocumentMember::Source:
            if (!(d.source == DocumentSource())) {
                w.key(m.name.data());
                w.push("document");
                w.push(m.name.data());
                writeDocumentSource(w, d.source);
                w.pop();
                w.pop();
            }
            break;
        }
    }
    w.push("document");
    w.members(unknown, knownKeys(documentMembers));
    w.pop();
    w.endObject();
}

void writeLevel(Writer &w, const RatingLevel &l)
{
    w.beginObject();
    for (const Member<LevelMember> &m : levelMembers) {
        w.key(m.name.data());
        switch (m.id) {
        case LevelMember::Id: w.string(l.id); break;
        case LevelMember::Label: w.string(l.label); break;
        case LevelMember::Value: w.integer(l.value); break;
        }
    }
    w.members(l.extra, knownKeys(levelMembers));
    w.endObject();
}

void writeDismissed(Writer &w, const DismissedSuggestion &s)
{
    w.beginObject();
    for (const Member<DismissedMember> &m : dismissedMembers) {
        w.key(m.name.data());
        switch (m.id) {
        case DismissedMember::ClaimType: w.string(s.claimType); break;
        case DismissedMember::Quote: w.string(s.quote); break;
        }
    }
    w.members(s.extra, knownKeys(dismissedMembers));
    w.endObject();
}

void writeSource(Writer &w, const Source &s)
{
    w.beginObject();
    auto opt = [&w](const Member<SourceMember> &m, const QString &v) {
        if (!v.isEmpty()) {
            w.key(m.name.data());
            w.string(v);
        }
    };
    for (const Member<SourceMember> &m : sourceMembers) {
        switch (m.id) {
        case SourceMember::Url: w.key(m.name.data()); w.string(s.url); break;
        case SourceMember::Title: opt(m, s.title); break;
        case SourceMember::Publisher: opt(m, s.publisher); break;
        case SourceMember::Accessed:
            if (s.accessed.isValid()) {
                w.key(m.name.data());
                w.string(s.accessed.toString(Qt::ISODate));
            }
            break;
        case SourceMember::ArchiveUrl: opt(m, s.archiveUrl); break;
        case SourceMember::Excerpt: opt(m, s.excerpt); break;
        case SourceMember::Note: opt(m, s.note); break;
        }
    }
    w.members(s.extra, knownKeys(sourceMembers));
    w.endObject();
}

void writeTarget(Writer &w, const Claim &c)
{
    w.beginObject();
    for (const Member<TargetMember> &m : targetMembers) {
        w.key(m.name.data());
        switch (m.id) {
        case TargetMember::Start: c.start < 0 ? w.null() : w.integer(c.start); break;
        case TargetMember::End: c.start < 0 ? w.null() : w.integer(c.end); break;
        case TargetMember::Exact: w.string(c.quote.exact); break;
        case TargetMember::Prefix: w.string(c.quote.prefix); break;
        case TargetMember::Suffix: w.string(c.quote.suffix); break;
        }
    }
    w.push("target");
    w.members(c.targetExtra, knownKeys(targetMembers));
    w.pop();
    w.endObject();
}

void writeHistoryEntry(Writer &w, const HistoryEntry &h)
{
    w.beginObject();
    for (const Member<HistoryMember> &m : historyMembers) {
        if (m.id == HistoryMember::Reason) { // omitted when none was given: files without reasons stay as they were
            optionalString(w, m, h.reason);
            continue;
        }
        w.key(m.name.data());
        switch (m.id) {
        case HistoryMember::When: w.dateTime(h.when); break;
        case HistoryMember::Author: w.string(h.author); break;
        case HistoryMember::Field: w.string(h.field); break;
        case HistoryMember::From:
        case HistoryMember::To:
            w.push(m.name.data());
            w.value(m.id == HistoryMember::From ? h.from : h.to);
            w.pop();
            break;
        case HistoryMember::Reason: break;
        }
    }
    w.members(h.extra, knownKeys(historyMembers));
    w.endObject();
}

void writeConflict(Writer &w, const FieldConflict &f)
{
    w.beginObject();
    for (const Member<ConflictMember> &m : conflictMembers) {
        w.key(m.name.data());
        switch (m.id) {
        case ConflictMember::Field: w.string(f.field); break;
        case ConflictMember::Base:
        case ConflictMember::Mine:
        case ConflictMember::Theirs:
            w.push(m.name.data());
            w.value(m.id == ConflictMember::Base ? f.base : m.id == ConflictMember::Mine ? f.mine : f.theirs);
            w.pop();
            break;
        }
    }
    w.members(f.extra, knownKeys(conflictMembers));
    w.endObject();
}

/// The elements of `list`, each written by `write` under its index (for the number texts).
template<typename List, typename F>
void writeList(Writer &w, const char *name, const List &list, F &&write)
{
    w.beginArray();
    w.push(name);
    for (qsizetype i = 0; i < list.size(); ++i) {
        w.element();
        w.push(i);
        write(w, list.at(i));
        w.pop();
    }
    w.pop();
    w.endArray();
}

void writeClaim(Writer &w, const Claim &c)
{
    w.beginObject();
    w.setNumberTexts(c.numberTexts);
    for (const Member<ClaimMember> &m : claimMembers) {
        const char *name = m.name.data();
        switch (m.id) {
        case ClaimMember::Id: w.key(name); w.string(c.id.toString(QUuid::WithoutBraces)); break;
        case ClaimMember::ClaimType: w.key(name); w.string(c.claimType); break;
        case ClaimMember::Target: w.key(name); writeTarget(w, c); break;
        case ClaimMember::Status: w.key(name); w.string(statusToString(c.status)); break;
        case ClaimMember::Verdict: w.key(name); w.stringOrNull(c.verdict); break;
        case ClaimMember::Fields:
            w.key(name);
            w.push(name);
            w.object(c.fields);
            w.pop();
            break;
        case ClaimMember::Checklist:
            w.key(name);
            w.beginObject();
            for (auto it = c.checklist.cbegin(); it != c.checklist.cend(); ++it) {
                w.key(it.key());
                w.boolean(*it);
            }
            w.endObject();
            break;
        case ClaimMember::Sources: w.key(name); writeList(w, name, c.sources, writeSource); break;
        case ClaimMember::Notes: w.key(name); w.string(c.notes); break;
        case ClaimMember::Claimant:
            if (!(c.claimant == Claimant())) {
                w.key(name);
                w.push(name);
                writeClaimant(w, c.claimant);
                w.pop();
            }
            break;
        case ClaimMember::Statement: optionalString(w, m, c.statement); break;
        case ClaimMember::Conclusion: optionalString(w, m, c.conclusion); break;
        case ClaimMember::Appearance:
            if (!(c.appearance == Appearance())) {
                w.key(name);
                w.push(name);
                writeAppearance(w, c.appearance);
                w.pop();
            }
            break;
        case ClaimMember::Assignee: optionalString(w, m, c.assignee); break;
        case ClaimMember::ApprovedBy: optionalString(w, m, c.approvedBy); break;
        case ClaimMember::Approved:
            if (c.approved.isValid()) {
                w.key(name);
                w.dateTime(c.approved);
            }
            break;
        case ClaimMember::ReReview:
            if (!c.reReview.isEmpty()) {
                w.key(name);
                w.string(c.reReview);
            }
            break;
        case ClaimMember::CreatedBy: w.key(name); w.string(c.createdBy); break;
        case ClaimMember::Created: w.key(name); w.dateTime(c.created); break;
        case ClaimMember::Modified: w.key(name); w.dateTime(c.modified); break;
        case ClaimMember::History: w.key(name); writeList(w, name, c.history, writeHistoryEntry); break;
        case ClaimMember::Conflicts:
            if (!c.conflicts.isEmpty()) {
                w.key(name);
                writeList(w, name, c.conflicts, writeConflict);
            }
            break;
        }
    }
    w.members(c.extra, knownKeys(claimMembers));
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

struct Prescan {
    qsizetype invalidUtf8 = -1; ///< where valid UTF-8 ends, or -1
    qsizetype tooDeep = -1;     ///< where nesting first exceeds the limit (outside strings), or -1
    bool innerBom = false;      ///< U+FEFF somewhere after the first three bytes (see Sidecar::parse)
    qsizetype control = -1;     ///< where a raw control character stands inside a string, or -1
};

/// One pass over the raw bytes before any parser sees them: UTF-8 validity and nesting depth (nlohmann's and Qt's
/// parsers accept any depth up to their own limits; copying a 100,000-deep value overflows the stack).
Prescan prescan(const QByteArray &bytes, int maxDepth)
{
    Prescan r;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    int depth = 0;
    bool inString = false;
    qsizetype i = 0;
    // Eight bytes at a time where there is nothing to check: printable ASCII from a string's start up to a quote or
    // a backslash, indentation after a line break. Reading 10,000 claims spent a third of its time here byte by byte.
    constexpr quint64 ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    auto anyZero = [](quint64 v) { return ((v - ones) & ~v & highs) != 0; };
    bool skip = false; // at a string's start or a line's
    while (i < n) {
        if (skip) {
            skip = false;
            quint64 x = 0;
            if (inString) {
                for (; i + 8 <= n; i += 8) {
                    std::memcpy(&x, p + i, 8);
                    if ((x & highs) || ((x - ones * 0x20) & ~x & highs) || anyZero(x ^ (ones * '"'))
                        || anyZero(x ^ (ones * '\\')))
                        break;
                }
            } else {
                for (; i + 8 <= n; i += 8) {
                    std::memcpy(&x, p + i, 8);
                    if (x != ones * ' ')
                        break;
                }
            }
        }
        if (i >= n)
            break;
        const unsigned char c = p[i];
        if (c >= 0x80) {
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
                r.invalidUtf8 = i;
                return r;
            }
            if (i + len > n) {
                r.invalidUtf8 = i;
                return r;
            }
            for (int k = 1; k < len; ++k) {
                if ((p[i + k] & 0xC0) != 0x80) {
                    r.invalidUtf8 = i;
                    return r;
                }
                cp = (cp << 6) | (p[i + k] & 0x3F);
            }
            if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
                || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
                r.invalidUtf8 = i;
                return r;
            }
            if (cp == 0xFEFF && i > 0)
                r.innerBom = true;
            i += len;
            continue;
        }
        if (inString) {
            if (c == '\\')
                ++i; // the escaped byte: JSON allows only ASCII there, and the parser rejects anything else
            else if (c == '"')
                inString = false;
            else if (c < 0x20 && r.control < 0)
                r.control = i; // RFC 8259 wants it escaped; Qt's parser would take it (and mix up keys with NUL)
        } else if (c == '"') {
            inString = true;
            skip = true;
        } else if (c == '\n') {
            skip = true;
        } else if (c == '{' || c == '[') {
            if (++depth > maxDepth && r.tooDeep < 0)
                r.tooDeep = i;
        } else if (c == '}' || c == ']') {
            --depth;
        }
        ++i;
    }
    return r;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Claimbench::Sidecar", text);
}

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return v.toDouble() == std::floor(v.toDouble()) ? QStringLiteral("a number")
                                                          : QStringLiteral("a fractional number");
    default: return QStringLiteral("nothing");
    }
}

/// A JSON pointer built only when a problem is reported (building strings for every value would cost more than
/// the parse).
struct Ptr {
    const Ptr *parent = nullptr;
    QLatin1StringView key; // a member name we know (ASCII), or
    QString ownKey;        // one from the file
    qsizetype index = -1;  // an array index

    std::string str() const
    {
        std::string s = parent ? parent->str() : std::string();
        if (!parent && key.isNull() && ownKey.isNull() && index < 0)
            return s; // the root
        s += '/';
        if (index >= 0)
            s += std::to_string(index);
        else if (!ownKey.isNull())
            s += escapePointerToken(ownKey.toStdString());
        else
            s += escapePointerToken(std::string_view(key.data(), size_t(key.size())));
        return s;
    }
    Ptr operator/(const char *k) const { return Ptr{this, QLatin1StringView(k), QString(), -1}; }
    Ptr operator/(qsizetype i) const { return Ptr{this, QLatin1StringView(), QString(), i}; }
    Ptr member(const QString &k) const { return Ptr{this, QLatin1StringView(), k, -1}; }
};

struct Problem {
    std::string pointer;
    QString message;
};

/// Checks a parsed sidecar and builds the data, collecting every problem with its JSON pointer.
QLatin1StringView latin1(std::string_view s)
{
    return QLatin1StringView(s.data(), qsizetype(s.size()));
}

/// Checks a parsed sidecar and builds the data, collecting every problem with its JSON pointer.
class Validator
{
public:
    std::vector<Problem> problems;
    static constexpr size_t MaxProblems = 100;

    void fail(const Ptr &ptr, const QString &message)
    {
        if (problems.size() < MaxProblems)
            problems.push_back({ptr.str(), message});
    }
    bool full() const { return problems.size() >= MaxProblems; }

    void wrongType(const Ptr &ptr, const char *expected, const QJsonValue &v)
    {
        fail(ptr, tr("expected %1, found %2").arg(QLatin1String(expected), describe(v)));
    }

    /// An integral number the validator takes (|n| <= 2^53), without reporting anything.
    static bool toInteger(const QJsonValue &v, qint64 *out)
    {
        if (!v.isDouble())
            return false;
        const double d = v.toDouble();
        if (d != std::floor(d) || std::fabs(d) > double(SidecarInternal::MaxInteger))
            return false;
        *out = qint64(d);
        return true;
    }
    bool integer(const QJsonValue &v, const Ptr &ptr, qint64 *out)
    {
        if (toInteger(v, out))
            return true;
        if (v.isDouble() && v.toDouble() == std::floor(v.toDouble()))
            fail(ptr, tr("number out of range"));
        else
            wrongType(ptr, "an integer", v);
        return false;
    }
    /// Whether `v` is what `kind` says; reports it when not.
    bool ofKind(const QJsonValue &v, MemberKind kind, const Ptr &ptr)
    {
        switch (kind) {
        case MemberKind::String:
            if (v.isString())
                return true;
            wrongType(ptr, "a string", v);
            return false;
        case MemberKind::StringOrNull:
        case MemberKind::DateTime:
        case MemberKind::Date:
            if (v.isString() || v.isNull())
                return true;
            wrongType(ptr, "a string or null", v);
            return false;
        case MemberKind::Position:
            if (v.isNull())
                return true;
            [[fallthrough]];
        case MemberKind::Integer: {
            qint64 ignored = 0;
            return integer(v, ptr, &ignored);
        }
        case MemberKind::Boolean:
            if (v.isBool())
                return true;
            wrongType(ptr, "a boolean", v);
            return false;
        case MemberKind::Object: return object(v, ptr);
        case MemberKind::Array: return array(v, ptr);
        case MemberKind::Any: return true;
        }
        return false;
    }
    bool string(const QJsonValue &v, const Ptr &ptr, QString *out)
    {
        if (!ofKind(v, MemberKind::String, ptr))
            return false;
        *out = v.toString();
        return true;
    }
    /// A DateTime member (a string or null: ofKind() has checked).
    bool dateTime(const QJsonValue &v, const Ptr &ptr, QDateTime *out)
    {
        const QString s = v.toString();
        if (s.isEmpty()) {
            *out = QDateTime();
            return true;
        }
        const QDateTime dt = parseIsoUtc(s);
        if (!dt.isValid()) {
            fail(ptr, tr("not an ISO 8601 date and time: \"%1\"").arg(s));
            return false;
        }
        *out = dt.toUTC();
        return true;
    }
    bool object(const QJsonValue &v, const Ptr &ptr)
    {
        if (v.isObject())
            return true;
        wrongType(ptr, "an object", v);
        return false;
    }
    bool array(const QJsonValue &v, const Ptr &ptr)
    {
        if (v.isArray())
            return true;
        wrongType(ptr, "an array", v);
        return false;
    }
    static QJsonValue optional(const QJsonObject &obj, std::string_view key) { return obj.value(latin1(key)); }

    /// Walks `table` over `obj` in table order: a required member that is missing and a member of the wrong kind
    /// are reported; `read(id, value, pointer)` takes each other member present.
    template<typename Id, std::size_t N, typename F>
    void members(const QJsonObject &obj, const Ptr &ptr, const Member<Id> (&table)[N], F &&read)
    {
        for (const Member<Id> &m : table) {
            const QJsonValue v = obj.value(latin1(m.name));
            if (v.isUndefined()) {
                if (m.required)
                    fail(ptr, tr("missing required member \"%1\"").arg(latin1(m.name)));
                continue;
            }
            const Ptr mp = ptr / m.name.data();
            if (ofKind(v, m.kind, mp))
                read(m.id, v, mp);
        }
    }
    /// The members of `obj` that are not in `table` (kept on round-trip).
    template<typename Id, std::size_t N>
    static QJsonObject extras(const QJsonObject &obj, const Member<Id> (&table)[N])
    {
        // Most objects have none: count the known ones without building a QString per key.
        qsizetype present = 0;
        for (const Member<Id> &m : table)
            present += obj.contains(latin1(m.name));
        QJsonObject extra;
        if (obj.size() == present)
            return extra;
        const QSet<QString> &known = knownKeys(table);
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            if (!known.contains(it.key()))
                extra.insert(it.key(), it.value());
        }
        return extra;
    }
    /// Each element of the array `v` (ofKind() has checked), with its pointer.
    template<typename F>
    void elements(const QJsonValue &v, const Ptr &ptr, F &&element)
    {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size() && !full(); ++i)
            element(a.at(i), ptr / i, i);
    }

    /// A Date member (a string or null: ofKind() has checked).
    void date(const QJsonValue &x, const Ptr &p, QDate *out)
    {
        const QString d = x.toString();
        if (d.isEmpty())
            return;
        *out = QDate::fromString(d, Qt::ISODate);
        if (!out->isValid())
            fail(p, tr("not an ISO 8601 date (YYYY-MM-DD): \"%1\"").arg(d));
    }

    Claimant claimant(const QJsonObject &v, const Ptr &ptr)
    {
        Claimant c;
        members(v, ptr, claimantMembers, [&](ClaimantMember id, const QJsonValue &x, const Ptr &p) {
            switch (id) {
            case ClaimantMember::Name: c.name = x.toString(); break;
            case ClaimantMember::Role: c.role = x.toString(); break;
            case ClaimantMember::Type: {
                const QString t = x.toString();
                if (t == QLatin1String("organization"))
                    c.organisation = true;
                else if (!t.isEmpty() && t != QLatin1String("person"))
                    fail(p, tr("unknown claimant type \"%1\" (one of: person, organization)").arg(t));
                break;
            }
            }
        });
        c.extra = extras(v, claimantMembers);
        return c;
    }

    Appearance appearance(const QJsonObject &v, const Ptr &ptr)
    {
        Appearance a;
        members(v, ptr, appearanceMembers, [&](AppearanceMember id, const QJsonValue &x, const Ptr &p) {
            switch (id) {
            case AppearanceMember::Url: a.url = x.toString(); break;
            case AppearanceMember::Date: date(x, p, &a.date); break;
            }
        });
        a.extra = extras(v, appearanceMembers);
        return a;
    }

    DocumentSource documentSource(const QJsonObject &v, const Ptr &ptr)
    {
        DocumentSource s;
        members(v, ptr, documentSourceMembers, [&](DocumentSourceMember id, const QJsonValue &x, const Ptr &p) {
            switch (id) {
            case DocumentSourceMember::Url: s.url = x.toString(); break;
            case DocumentSourceMember::Redirects:
                elements(x, p, [&](const QJsonValue &rv, const Ptr &rp, qsizetype) {
                    QString r;
                    if (string(rv, rp, &r))
                        s.redirects.append(r);
                });
                break;
            case DocumentSourceMember::Title: s.title = x.toString(); break;
            case DocumentSourceMember::SiteName: s.siteName = x.toString(); break;
            case DocumentSourceMember::Byline: s.byline = x.toString(); break;
            case DocumentSourceMember::PublishedTime: s.publishedTime = x.toString(); break;
            case DocumentSourceMember::Lang: s.lang = x.toString(); break;
            case DocumentSourceMember::Dir: s.dir = x.toString(); break;
            case DocumentSourceMember::Retrieved: dateTime(x, p, &s.retrieved); break;
            case DocumentSourceMember::Sha256: s.sha256 = x.toString(); break;
            case DocumentSourceMember::Snapshot: s.snapshot = x.toString(); break;
            case DocumentSourceMember::OfflineCopy: s.offlineCopy = x.toString(); break;
            case DocumentSourceMember::MediaType: s.mediaType = x.toString(); break;
            }
        });
        s.extra = extras(v, documentSourceMembers);
        return s;
    }

    Publication publication(const QJsonObject &v, const Ptr &ptr)
    {
        Publication pub;
        members(v, ptr, publicationMembers, [&](PublicationMember id, const QJsonValue &x, const Ptr &p) {
            switch (id) {
            case PublicationMember::Publisher: pub.publisher = x.toString(); break;
            case PublicationMember::PublisherUrl: pub.publisherUrl = x.toString(); break;
            case PublicationMember::LogoUrl: pub.logoUrl = x.toString(); break;
            case PublicationMember::Url: pub.url = x.toString(); break;
            case PublicationMember::Headline: pub.headline = x.toString(); break;
            case PublicationMember::DatePublished: date(x, p, &pub.datePublished); break;
            }
        });
        pub.extra = extras(v, publicationMembers);
        return pub;
    }

    Source source(const QJsonValue &value, const Ptr &ptr)
    {
        Source s;
        if (!object(value, ptr))
            return s;
        const QJsonObject v = value.toObject();
        members(v, ptr, sourceMembers, [&](SourceMember id, const QJsonValue &x, const Ptr &p) {
            switch (id) {
            case SourceMember::Url: s.url = x.toString(); break;
            case SourceMember::Title: s.title = x.toString(); break;
            case SourceMember::Publisher: s.publisher = x.toString(); break;
            case SourceMember::Accessed: date(x, p, &s.accessed); break;
            case SourceMember::ArchiveUrl: s.archiveUrl = x.toString(); break;
            case SourceMember::Excerpt: s.excerpt = x.toString(); break;
            case SourceMember::Note: s.note = x.toString(); break;
            }
        });
        s.extra = extras(v, sourceMembers);
        return s;
    }

    void target(const QJsonObject &target, const Ptr &tp, std::optional<qsizetype> length, Claim *c)
    {
        members(target, tp, targetMembers, [&](TargetMember id, const QJsonValue &x, const Ptr &) {
            switch (id) {
            case TargetMember::Start:
            case TargetMember::End: break; // below: they go together
            case TargetMember::Exact: c->quote.exact = x.toString(); break;
            case TargetMember::Prefix: c->quote.prefix = x.toString(); break;
            case TargetMember::Suffix: c->quote.suffix = x.toString(); break;
            }
        });
        const std::string_view startName = member(targetMembers, TargetMember::Start).name;
        const std::string_view endName = member(targetMembers, TargetMember::End).name;
        const QJsonValue s = optional(target, startName);
        const QJsonValue e = optional(target, endName);
        const bool orphan = (s.isUndefined() || s.isNull()) && (e.isUndefined() || e.isNull());
        if (!orphan) {
            // members() has reported a start or end of the wrong kind; here the one missing or null beside the other.
            auto position = [&](const QJsonValue &v, std::string_view name, qint64 *out) {
                if (v.isUndefined())
                    fail(tp, tr("missing required member \"%1\"").arg(latin1(name)));
                else if (v.isNull())
                    wrongType(tp / name.data(), "an integer", v);
                else
                    return toInteger(v, out);
                return false;
            };
            qint64 start = -1, end = -1;
            const bool okS = position(s, startName, &start);
            const bool okE = position(e, endName, &end);
            if (okS && okE) {
                if (start < 0) {
                    fail(tp / startName.data(), tr("negative position %1").arg(start));
                } else if (start > end) {
                    fail(tp / startName.data(), tr("start %1 is after end %2").arg(start).arg(end));
                } else if (length && end > *length) {
                    fail(tp / endName.data(), tr("position %1 is beyond the end of the document (%2 code points)")
                                                  .arg(end)
                                                  .arg(*length));
                } else {
                    c->start = start;
                    c->end = end;
                }
            }
        }
        c->targetExtra = extras(target, targetMembers);
    }

    HistoryEntry historyEntry(const QJsonObject &e, const Ptr &ep)
    {
        HistoryEntry entry;
        members(e, ep, historyMembers, [&](HistoryMember id, const QJsonValue &x, const Ptr &p) {
            switch (id) {
            case HistoryMember::When: dateTime(x, p, &entry.when); break;
            case HistoryMember::Author: entry.author = x.toString(); break;
            case HistoryMember::Field: entry.field = x.toString(); break;
            case HistoryMember::From: entry.from = x; break;
            case HistoryMember::To: entry.to = x; break;
            case HistoryMember::Reason: entry.reason = x.toString(); break;
            }
        });
        entry.extra = extras(e, historyMembers);
        return entry;
    }

    FieldConflict conflict(const QJsonObject &e, const Ptr &ep)
    {
        FieldConflict conflict;
        members(e, ep, conflictMembers, [&](ConflictMember id, const QJsonValue &x, const Ptr &) {
            switch (id) {
            case ConflictMember::Field: conflict.field = x.toString(); break;
            case ConflictMember::Base: conflict.base = x; break;
            case ConflictMember::Mine: conflict.mine = x; break;
            case ConflictMember::Theirs: conflict.theirs = x; break;
            }
        });
        conflict.extra = extras(e, conflictMembers);
        return conflict;
    }

    Claim claim(const QJsonValue &value, const Ptr &ptr, std::optional<qsizetype> length)
    {
        Claim c;
        if (!object(value, ptr))
            return c;
        const QJsonObject v = value.toObject();
        members(v, ptr, claimMembers, [&](ClaimMember id, const QJsonValue &x, const Ptr &p) {
            switch (id) {
            case ClaimMember::Id: {
                const QString s = x.toString();
                c.id = QUuid::fromString(s);
                if (c.id.isNull())
                    fail(p, tr("not a UUID: \"%1\"").arg(s));
                break;
            }
            case ClaimMember::ClaimType: c.claimType = x.toString(); break;
            case ClaimMember::Target: target(x.toObject(), p, length, &c); break;
            case ClaimMember::Status: {
                const QString s = x.toString();
                if (!statusFromString(s, &c.status))
                    fail(p, tr("unknown status \"%1\" (one of: %2)").arg(s, allStatusIds().join(QLatin1String(", "))));
                break;
            }
            case ClaimMember::Verdict: c.verdict = x.toString(); break;
            case ClaimMember::Fields: c.fields = x.toObject(); break;
            case ClaimMember::Checklist: {
                const QJsonObject o = x.toObject();
                for (auto it = o.begin(); it != o.end(); ++it) {
                    if (it->isBool())
                        c.checklist.insert(it.key(), it->toBool());
                    else
                        wrongType(p.member(it.key()), "a boolean", *it);
                }
                break;
            }
            case ClaimMember::Sources:
                elements(x, p, [&](const QJsonValue &s, const Ptr &sp, qsizetype) { c.sources.append(source(s, sp)); });
                break;
            case ClaimMember::Notes: c.notes = x.toString(); break;
            case ClaimMember::Claimant: c.claimant = claimant(x.toObject(), p); break;
            case ClaimMember::Statement: c.statement = x.toString(); break;
            case ClaimMember::Conclusion: c.conclusion = x.toString(); break;
            case ClaimMember::Appearance: c.appearance = appearance(x.toObject(), p); break;
            case ClaimMember::Assignee: c.assignee = x.toString(); break;
            case ClaimMember::ApprovedBy: c.approvedBy = x.toString(); break;
            case ClaimMember::Approved: dateTime(x, p, &c.approved); break;
            case ClaimMember::ReReview: c.reReview = x.toString(); break;
            case ClaimMember::CreatedBy: c.createdBy = x.toString(); break;
            case ClaimMember::Created: dateTime(x, p, &c.created); break;
            case ClaimMember::Modified: dateTime(x, p, &c.modified); break;
            case ClaimMember::History:
                c.history.reserve(x.toArray().size());
                elements(x, p, [&](const QJsonValue &e, const Ptr &ep, qsizetype) {
                    if (object(e, ep))
                        c.history.append(historyEntry(e.toObject(), ep));
                });
                break;
            case ClaimMember::Conflicts:
                elements(x, p, [&](const QJsonValue &e, const Ptr &ep, qsizetype) {
                    if (object(e, ep))
                        c.conflicts.append(conflict(e.toObject(), ep));
                });
                break;
            }
        });
        c.extra = extras(v, claimMembers);
        return c;
    }

    void document(const QJsonObject &doc, const Ptr &dp, DocumentIdentity *d, std::optional<qsizetype> *documentLength)
    {
        members(doc, dp, documentMembers, [&](DocumentMember id, const QJsonValue &x, const Ptr &p) {
            switch (id) {
            case DocumentMember::FileName: d->fileName = x.toString(); break;
            case DocumentMember::MediaType: d->mediaType = x.toString(); break;
            case DocumentMember::Sha256:
                d->sha256 = x.toString();
                if (!d->sha256.isEmpty()
                    && !QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(d->sha256).hasMatch())
                    fail(p, tr("not a lowercase hexadecimal SHA-256"));
                break;
            case DocumentMember::Length: {
                qint64 len = 0;
                toInteger(x, &len);
                if (len < 0)
                    fail(p, tr("negative length %1").arg(len));
                else
                    d->length = len;
                // 0 is also what a file without a length gets; only a real length limits positions.
                if (!*documentLength && len > 0)
                    *documentLength = len;
                break;
            }
            case DocumentMember::Encoding: d->encoding.name = x.toString().toUtf8(); break;
            case DocumentMember::Bom: d->encoding.bom = x.toBool(); break;
            case DocumentMember::Source: d->source = documentSource(x.toObject(), p); break;
            }
        });
    }

    void top(const QJsonValue &rootValue, ClaimSetData *data, std::optional<qsizetype> documentLength)
    {
        const Ptr root;
        if (!object(rootValue, root))
            return;
        const QJsonObject r = rootValue.toObject();
        const std::string_view formatName = member(topMembers, TopMember::Format).name;
        const std::string_view versionName = member(topMembers, TopMember::Version).name;
        const QJsonValue format = optional(r, formatName);
        if (!format.isString() || format.toString() != QLatin1String(FormatName)) {
            fail(format.isUndefined() ? root : root / formatName.data(),
                 tr("not a Claimbench claims file (\"format\" must be \"%1\")").arg(QLatin1String(FormatName)));
            return;
        }
        const QJsonValue version = optional(r, versionName);
        qint64 v = 0;
        if (version.isUndefined()) {
            fail(root, tr("missing required member \"%1\"").arg(latin1(versionName)));
            return;
        }
        if (!integer(version, root / versionName.data(), &v))
            return;
        if (v > Sidecar::FormatVersion) {
            fail(root / versionName.data(),
                 tr("written by a newer Claimbench (format version %1; this version reads up to %2)")
                     .arg(v)
                     .arg(Sidecar::FormatVersion));
            return;
        }
        if (v < 1) {
            fail(root / versionName.data(), tr("unsupported format version %1").arg(v));
            return;
        }
        // Older versions would migrate here, one step at a time, before the checks below.

        members(r, root, topMembers, [&](TopMember id, const QJsonValue &x, const Ptr &p) {
            switch (id) {
            case TopMember::Format:
            case TopMember::Version: break; // above
            case TopMember::Document: {
                // DocumentIdentity has no room for unknown members: they wait in extra["document"] (a name that
                // can't be an unknown top-level key) and go back into "document" on writing.
                const QJsonObject doc = x.toObject();
                document(doc, p, &data->document, &documentLength);
                if (const QJsonObject unknown = extras(doc, documentMembers); !unknown.isEmpty())
                    data->extra.insert(QStringLiteral("document"), unknown);
                break;
            }
            case TopMember::RatingScale: {
                data->ratingScale.levels.clear();
                QHash<QString, qsizetype> seen;
                elements(x, p, [&](const QJsonValue &lv, const Ptr &lp, qsizetype i) {
                    if (!object(lv, lp))
                        return;
                    const QJsonObject l = lv.toObject();
                    RatingLevel level;
                    members(l, lp, levelMembers, [&](LevelMember lid, const QJsonValue &y, const Ptr &) {
                        switch (lid) {
                        case LevelMember::Id: level.id = y.toString(); break;
                        case LevelMember::Label: level.label = y.toString(); break;
                        case LevelMember::Value: {
                            qint64 value = 0;
                            toInteger(y, &value);
                            level.value = int(std::clamp<qint64>(value, -1000, 1000));
                            break;
                        }
                        }
                    });
                    level.extra = extras(l, levelMembers);
                    if (optional(l, member(levelMembers, LevelMember::Id).name).isString()) {
                        const auto it = seen.constFind(level.id);
                        if (it != seen.cend())
                            fail(lp / member(levelMembers, LevelMember::Id).name.data(),
                                 tr("duplicate id \"%1\" (first used by /ratingScale/%2)").arg(level.id).arg(*it));
                        else
                            seen.insert(level.id, i);
                    }
                    data->ratingScale.levels.append(level);
                });
                break;
            }
            case TopMember::Publication: data->publication = publication(x.toObject(), p); break;
            case TopMember::Reviewers:
                elements(x, p, [&](const QJsonValue &rv, const Ptr &rp, qsizetype) {
                    QString s;
                    if (string(rv, rp, &s))
                        data->reviewers.append(s);
                });
                break;
            case TopMember::Claims: {
                QHash<IdKey, qsizetype> seen;
                seen.reserve(x.toArray().size());
                data->claims.reserve(x.toArray().size());
                elements(x, p, [&](const QJsonValue &cv, const Ptr &ip, qsizetype i) {
                    Claim c = claim(cv, ip, documentLength);
                    if (!c.id.isNull()) {
                        const auto it = seen.constFind(c.id);
                        if (it != seen.cend())
                            fail(ip / member(claimMembers, ClaimMember::Id).name.data(),
                                 tr("duplicate id %1 (first used by /claims/%2)")
                                     .arg(c.id.toString(QUuid::WithoutBraces))
                                     .arg(*it));
                        else
                            seen.insert(c.id, i);
                    }
                    data->claims.append(std::move(c));
                });
                break;
            }
            case TopMember::Dismissed:
                elements(x, p, [&](const QJsonValue &dv, const Ptr &ep, qsizetype) {
                    if (!object(dv, ep))
                        return;
                    const QJsonObject e = dv.toObject();
                    DismissedSuggestion s;
                    members(e, ep, dismissedMembers, [&](DismissedMember did, const QJsonValue &y, const Ptr &) {
                        switch (did) {
                        case DismissedMember::ClaimType: s.claimType = y.toString(); break;
                        case DismissedMember::Quote: s.quote = y.toString(); break;
                        }
                    });
                    s.extra = extras(e, dismissedMembers);
                    data->dismissed.append(s);
                });
                break;
            }
        });
        const QJsonValue keptDocument = data->extra.take(QStringLiteral("document"));
        data->extra = extras(r, topMembers);
        if (!keptDocument.isUndefined())
            data->extra.insert(QStringLiteral("document"), keptDocument);
    }
};

SidecarError makeError(const QString &path, const QByteArray &bytes, qsizetype offset, const QString &message)
{
    const Location loc = locationOf(bytes, offset);
    return SidecarError{path, loc.line, loc.column, message};
}

QString pointerText(const std::string &p)
{
    return p.empty() ? QStringLiteral("/") : QString::fromStdString(p);
}

} // namespace

/// ISO 8601 date and time. The form Claimbench writes ("2026-11-29T02:00:00Z", optionally with milliseconds) is
/// parsed by hand, every other form by Qt: QDateTime::fromString() would dominate reading 10,000 claims.
QDateTime SidecarInternal::parseIsoUtc(const QString &s)
{
    const qsizetype n = s.size();
    auto digits = [&s](qsizetype at, int count, int *value) {
        int v = 0;
        for (int i = 0; i < count; ++i) {
            const char16_t c = s[at + i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + (c - u'0');
        }
        *value = v;
        return true;
    };
    int y, mo, d, h, mi, sec, ms = 0;
    if ((n == 20 || n == 24) && s[4] == u'-' && s[7] == u'-' && s[10] == u'T' && s[13] == u':' && s[16] == u':'
        && s[n - 1] == u'Z' && digits(0, 4, &y) && digits(5, 2, &mo) && digits(8, 2, &d) && digits(11, 2, &h)
        && digits(14, 2, &mi) && digits(17, 2, &sec) && (n == 20 || (s[19] == u'.' && digits(20, 3, &ms)))) {
        const QDate date(y, mo, d);
        const QTime time(h, mi, sec, ms);
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, QTimeZone::UTC);
        return QDateTime();
    }
    const QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

QJsonValue SidecarInternal::numberValue(std::string_view text)
{
    const char *p = text.data();
    const char *const end = p + text.size();
    auto digits = [&p, end] {
        const char *from = p;
        while (p < end && *p >= '0' && *p <= '9')
            ++p;
        return p - from;
    };
    if (p < end && *p == '-')
        ++p;
    const char *intStart = p;
    const qsizetype n = digits();
    if (n == 0 || (n > 1 && *intStart == '0'))
        return QJsonValue(QJsonValue::Undefined);
    bool isInt = true;
    if (p < end && *p == '.') {
        isInt = false;
        ++p;
        if (digits() == 0)
            return QJsonValue(QJsonValue::Undefined);
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        isInt = false;
        ++p;
        if (p < end && (*p == '+' || *p == '-'))
            ++p;
        if (digits() == 0)
            return QJsonValue(QJsonValue::Undefined);
    }
    if (p != end)
        return QJsonValue(QJsonValue::Undefined);
    if (isInt) {
        qint64 v = 0;
        const auto r = std::from_chars(text.data(), end, v);
        if (r.ec == std::errc() && r.ptr == end)
            return QJsonValue(v);
    }
    double d = 0;
    const auto r = std::from_chars(text.data(), end, d);
    if (r.ec != std::errc() || r.ptr != end || !std::isfinite(d))
        return QJsonValue(QJsonValue::Undefined); // out of range: the full reader decides
    return QJsonValue(d);
}

QByteArray SidecarInternal::numberText(const QJsonValue &number)
{
    const QCborValue c = QCborValue::fromJsonValue(number);
    if (c.isInteger())
        return QByteArray::number(c.toInteger());
    const double d = c.toDouble();
    if (!std::isfinite(d))
        return QByteArrayLiteral("null");
    return QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
}

bool SidecarInternal::sameNumber(const QJsonValue &a, const QJsonValue &b)
{
    if (!a.isDouble() || !b.isDouble())
        return false;
    const QCborValue x = QCborValue::fromJsonValue(a), y = QCborValue::fromJsonValue(b);
    if (x.isInteger() || y.isInteger())
        return x.isInteger() && y.isInteger() && x.toInteger() == y.toInteger();
    const double dx = x.toDouble(), dy = y.toDouble();
    return std::memcmp(&dx, &dy, sizeof dx) == 0;
}

QString SidecarInternal::pointerToken(const QString &key)
{
    if (!key.contains(QLatin1Char('~')) && !key.contains(QLatin1Char('/')))
        return key;
    QString t = key;
    t.replace(QLatin1Char('~'), QLatin1String("~0"));
    t.replace(QLatin1Char('/'), QLatin1String("~1"));
    return t;
}

namespace {
/// The tokens of a JSON pointer ("/a~1b/0" → "a/b", "0"); nullopt when it does not start with "/".
std::optional<QStringList> pointerTokens(QStringView pointer)
{
    if (!pointer.startsWith(u'/'))
        return std::nullopt;
    QStringList tokens;
    for (QStringView t : pointer.sliced(1).split(u'/')) {
        QString s = t.toString();
        s.replace(QLatin1String("~1"), QLatin1String("/"));
        s.replace(QLatin1String("~0"), QLatin1String("~"));
        tokens.append(s);
    }
    return tokens;
}

/// An array index token ("0", "12"; not "01" or "-1"), or -1.
qsizetype indexToken(const QString &t)
{
    if (t.isEmpty() || t.size() > 9 || (t.size() > 1 && t.front() == u'0'))
        return -1;
    qsizetype i = 0;
    for (QChar c : t) {
        if (c < u'0' || c > u'9')
            return -1;
        i = i * 10 + (c.unicode() - u'0');
    }
    return i;
}

QJsonValue navigate(QJsonValue v, const QStringList &tokens, qsizetype from)
{
    for (qsizetype k = from; k < tokens.size(); ++k) {
        if (v.isObject()) {
            v = v.toObject().value(tokens.at(k));
        } else if (v.isArray()) {
            const QJsonArray a = v.toArray();
            const qsizetype i = indexToken(tokens.at(k));
            if (i < 0 || i >= a.size())
                return QJsonValue(QJsonValue::Undefined);
            v = a.at(i);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return v;
}

/// list[index].extra, navigated from tokens[from]: the unknown members of a source, level, entry.
template<typename List, typename F>
QJsonValue inList(const List &list, const QStringList &tokens, F &&pick)
{
    if (tokens.size() < 3)
        return QJsonValue(QJsonValue::Undefined);
    const qsizetype i = indexToken(tokens.at(1));
    if (i < 0 || i >= list.size())
        return QJsonValue(QJsonValue::Undefined);
    return pick(list.at(i));
}
} // namespace

QJsonValue SidecarInternal::freeValueAt(const Claim &c, QStringView pointer)
{
    const std::optional<QStringList> tokens = pointerTokens(pointer);
    const QJsonValue none(QJsonValue::Undefined);
    if (!tokens || tokens->isEmpty())
        return none;
    const QStringList &t = *tokens;
    const QString &first = t.at(0);
    if (first == QLatin1String("fields"))
        return navigate(c.fields, t, 1);
    if (first == QLatin1String("target"))
        return navigate(c.targetExtra, t, 1);
    if (first == QLatin1String("sources"))
        return inList(c.sources, t, [&t](const Source &s) { return navigate(s.extra, t, 2); });
    if (first == QLatin1String("history")) {
        return inList(c.history, t, [&t](const HistoryEntry &h) {
            if (t.at(2) == QLatin1String("from"))
                return navigate(h.from, t, 3);
            if (t.at(2) == QLatin1String("to"))
                return navigate(h.to, t, 3);
            return navigate(h.extra, t, 2);
        });
    }
    if (first == QLatin1String("claimant"))
        return navigate(c.claimant.extra, t, 1);
    if (first == QLatin1String("appearance"))
        return navigate(c.appearance.extra, t, 1);
    if (first == QLatin1String("conflicts")) {
        return inList(c.conflicts, t, [&t](const FieldConflict &f) {
            if (t.at(2) == QLatin1String("base"))
                return navigate(f.base, t, 3);
            if (t.at(2) == QLatin1String("mine"))
                return navigate(f.mine, t, 3);
            if (t.at(2) == QLatin1String("theirs"))
                return navigate(f.theirs, t, 3);
            return navigate(f.extra, t, 2);
        });
    }
    if (knownKeys(claimMembers).contains(first))
        return none;
    return navigate(c.extra, t, 0);
}

QJsonValue SidecarInternal::freeValueAt(const ClaimSetData &data, QStringView pointer)
{
    const std::optional<QStringList> tokens = pointerTokens(pointer);
    const QJsonValue none(QJsonValue::Undefined);
    if (!tokens || tokens->isEmpty())
        return none;
    const QStringList &t = *tokens;
    const QString &first = t.at(0);
    if (first == QLatin1String("document")) {
        if (t.size() > 1 && t.at(1) == QLatin1String("source"))
            return navigate(data.document.source.extra, t, 2);
        return navigate(data.extra, t, 0); // its unknown members wait in extra["document"]
    }
    if (first == QLatin1String("publication"))
        return navigate(data.publication.extra, t, 1);
    if (first == QLatin1String("ratingScale"))
        return inList(data.ratingScale.levels, t, [&t](const RatingLevel &l) { return navigate(l.extra, t, 2); });
    if (first == QLatin1String("dismissed"))
        return inList(data.dismissed, t, [&t](const DismissedSuggestion &d) { return navigate(d.extra, t, 2); });
    if (knownKeys(topMembers).contains(first))
        return none;
    return navigate(data.extra, t, 0);
}

bool SidecarInternal::keepsNumberText(const QJsonValue &valueThere, const QByteArray &text)
{
    return valueThere.isDouble() && sameNumber(numberValue(text.toStdString()), valueThere)
        && numberText(valueThere) != text;
}

void SidecarInternal::pruneNumberTexts(Claim *claim)
{
    for (auto it = claim->numberTexts.begin(); it != claim->numberTexts.end();) {
        if (keepsNumberText(freeValueAt(*claim, it.key()), *it))
            ++it;
        else
            it = claim->numberTexts.erase(it);
    }
}

void SidecarInternal::pruneNumberTexts(ClaimSetData *data)
{
    for (auto it = data->numberTexts.begin(); it != data->numberTexts.end();) {
        if (keepsNumberText(freeValueAt(*data, it.key()), *it))
            ++it;
        else
            it = data->numberTexts.erase(it);
    }
    for (Claim &c : data->claims)
        pruneNumberTexts(&c);
}

namespace {
/// The full reader's half of the number texts: walks valid JSON text (Qt's parser accepted it) and gives every
/// number whose text is not the writer's, with its JSON pointer; the caller keeps those freeValueAt() confirms.
class NumberScanner
{
public:
    struct Found {
        QString pointer;
        QByteArray text;
    };

    static std::vector<Found> scan(QByteArrayView json)
    {
        NumberScanner s(json);
        s.walk();
        return std::move(s.m_found);
    }

private:
    struct Frame {
        bool object = false;
        bool expectKey = true;
        QByteArrayView key; // raw, escapes not decoded
        qsizetype index = 0;
    };
    QByteArrayView m_json;
    std::vector<Frame> m_stack;
    std::vector<Found> m_found;
    QStringDecoder m_utf8{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom};

    explicit NumberScanner(QByteArrayView json)
        : m_json(json)
    {
    }

    QString decodeKey(QByteArrayView raw)
    {
        if (!raw.contains('\\'))
            return m_utf8(raw);
        QString s;
        qsizetype run = 0;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw.at(i) != '\\')
                continue;
            s += m_utf8(raw.sliced(run, i - run));
            const char e = i + 1 < raw.size() ? raw.at(i + 1) : '\\';
            i += 1;
            switch (e) {
            case 'b': s += u'\b'; break;
            case 'f': s += u'\f'; break;
            case 'n': s += u'\n'; break;
            case 'r': s += u'\r'; break;
            case 't': s += u'\t'; break;
            case 'u': {
                bool ok = false;
                const uint u = raw.sliced(i + 1, std::min<qsizetype>(4, raw.size() - i - 1)).toUInt(&ok, 16);
                s += QChar(char16_t(ok ? u : 0xFFFD));
                i += 4;
                break;
            }
            default: s += QLatin1Char(e);
            }
            run = i + 1;
        }
        s += m_utf8(raw.sliced(std::min<qsizetype>(run, raw.size())));
        return s;
    }
    QString pointer()
    {
        QString p;
        for (const Frame &f : m_stack) {
            p += QLatin1Char('/');
            p += f.object ? SidecarInternal::pointerToken(decodeKey(f.key)) : QString::number(f.index);
        }
        return p;
    }
    qsizetype skipString(qsizetype i) const // at the opening quote; returns the index of the closing one
    {
        for (++i; i < m_json.size() && m_json.at(i) != '"'; ++i) {
            if (m_json.at(i) == '\\')
                ++i;
        }
        return i;
    }
    void walk()
    {
        const qsizetype n = m_json.size();
        for (qsizetype i = 0; i < n; ++i) {
            const char c = m_json.at(i);
            Frame *top = m_stack.empty() ? nullptr : &m_stack.back();
            switch (c) {
            case '{': m_stack.push_back(Frame{true, true, {}, 0}); break;
            case '[': m_stack.push_back(Frame{false, false, {}, 0}); break;
            case '}':
            case ']':
                if (!m_stack.empty())
                    m_stack.pop_back();
                break;
            case ':':
                if (top)
                    top->expectKey = false;
                break;
            case ',':
                if (top) {
                    top->expectKey = top->object;
                    ++top->index;
                }
                break;
            case '"': {
                const qsizetype close = skipString(i);
                if (top && top->object && top->expectKey)
                    top->key = m_json.sliced(i + 1, std::max<qsizetype>(0, std::min(close, n) - i - 1));
                i = close;
                break;
            }
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    qsizetype j = i;
                    while (j < n && QByteArrayView("+-.eE0123456789").contains(m_json.at(j)))
                        ++j;
                    const QByteArrayView text = m_json.sliced(i, j - i);
                    const std::string_view sv(text.data(), size_t(text.size()));
                    const QJsonValue v = SidecarInternal::numberValue(sv);
                    if (!v.isUndefined() && SidecarInternal::numberText(v) != text)
                        m_found.push_back(Found{pointer(), text.toByteArray()});
                    i = j - 1;
                }
            }
        }
    }
};

/// Puts the texts NumberScanner found where freeValueAt() confirms them (the claims still in file order).
void attachNumberTexts(QByteArrayView json, ClaimSetData *data)
{
    static const QString claimsPrefix = QStringLiteral("/claims/");
    for (const NumberScanner::Found &f : NumberScanner::scan(json)) {
        if (f.pointer.startsWith(claimsPrefix)) {
            const qsizetype slash = f.pointer.indexOf(QLatin1Char('/'), claimsPrefix.size());
            if (slash < 0)
                continue;
            const qsizetype i = indexToken(f.pointer.sliced(claimsPrefix.size(), slash - claimsPrefix.size()));
            if (i < 0 || i >= data->claims.size())
                continue;
            Claim &c = data->claims[i];
            const QString rest = f.pointer.sliced(slash);
            if (!c.numberTexts.contains(rest)
                && SidecarInternal::keepsNumberText(SidecarInternal::freeValueAt(c, rest), f.text))
                c.numberTexts.insert(rest, f.text);
        } else if (!data->numberTexts.contains(f.pointer)
                   && SidecarInternal::keepsNumberText(SidecarInternal::freeValueAt(*data, f.pointer), f.text)) {
            data->numberTexts.insert(f.pointer, f.text);
        }
    }
}
} // namespace

QString Sidecar::pathFor(const QString &documentPath)
{
    return documentPath + QLatin1String(".claims.json");
}

namespace {
Sidecar::ReadResult parseBytes(const QByteArray &bytes, const QString &path, std::optional<qsizetype> documentLength,
                               bool onePass)
{
    using ReadResult = Sidecar::ReadResult;
    constexpr qint64 MaxFileSize = Sidecar::MaxFileSize;
    constexpr int MaxDepth = Sidecar::MaxDepth;
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
    const Prescan scan = prescan(bytes, MaxDepth);
    if (scan.invalidUtf8 >= 0)
        return refuse(scan.invalidUtf8, PositionScanner(bytes).pointerAt(scan.invalidUtf8), tr("invalid UTF-8"));
    if (scan.tooDeep >= 0)
        return refuse(scan.tooDeep, PositionScanner(bytes).pointerAt(scan.tooDeep),
                      tr("nested deeper than %1 levels").arg(MaxDepth));
    if (scan.control >= 0) {
        const int code = static_cast<unsigned char>(bytes.at(scan.control));
        const QString hex = QStringLiteral("%1").arg(code, 4, 16, QLatin1Char('0')).toUpper();
        return refuse(scan.control, PositionScanner(bytes).pointerAt(scan.control),
                      tr("control character U+%1 in a string (write it as \\u%1)").arg(hex));
    }

    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    if (onePass) {
        const QByteArrayView json = bom ? QByteArrayView(bytes).sliced(3) : QByteArrayView(bytes);
        if (std::optional<ClaimSetData> data = SidecarInternal::readWellFormed(json, documentLength)) {
            result.data = std::move(*data);
            result.data.sortClaims();
            return result;
        }
    }
    // The full reader. Qt's parser builds a compact document about twice as fast as nlohmann's DOM; nlohmann
    // explains what is wrong when Qt refuses the bytes.
    QByteArray body = bom ? QByteArray::fromRawData(bytes.constData() + 3, bytes.size() - 3) : bytes;
    // Qt decodes each string with QString::fromUtf8, which drops a U+FEFF at its start (a note or a quote that
    // begins with a zero-width no-break space would lose it). Qt keeps the escaped form, and the character is
    // valid JSON only inside strings, so escape it; errors are still located in the original bytes.
    if (scan.innerBom)
        body.replace("\xEF\xBB\xBF", "\\ufeff");
    QJsonParseError qtError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &qtError);
    if (qtError.error != QJsonParseError::NoError) {
        try {
            const json root = json::parse(bytes.constBegin(), bytes.constEnd());
            (void)root;
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
        // Valid JSON that is not a document Qt holds (a bare number or string): not a claims file.
        return refuse(0, "", tr("expected an object, found %1").arg(qtError.errorString()));
    }
    // Qt's parser keeps the last of repeated keys: a bad merge's second "claims": [] would read as no claims.
    if (const JsonDuplicateKey d = findDuplicateKey(bytes); d.isValid())
        return refuse(d.offset, d.pointer.toStdString(), tr("duplicate key \"%1\"").arg(d.key));

    Validator v;
    v.top(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()), &result.data,
          documentLength);
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
    attachNumberTexts(bom ? QByteArrayView(bytes).sliced(3) : QByteArrayView(bytes), &result.data);
    result.data.sortClaims();
    return result;
}
} // namespace

Sidecar::ReadResult Sidecar::parse(const QByteArray &bytes, const QString &path,
                                   std::optional<qsizetype> documentLength)
{
    return parseBytes(bytes, path, documentLength, true);
}

Sidecar::ReadResult SidecarInternal::parseValidated(const QByteArray &bytes, const QString &path,
                                                    std::optional<qsizetype> documentLength)
{
    return parseBytes(bytes, path, documentLength, false);
}

Sidecar::ReadResult Sidecar::read(const QString &path, std::optional<qsizetype> documentLength)
{
    ReadResult result;
    removeInterruptedWrites(path); // what a killed save left behind
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
    // What the file holds, not up to the limit (QIODevice::read(n) allocates n bytes first); like readRegularFile().
    const QByteArray bytes = file.read(qMin(file.size(), MaxFileSize) + 1);
    if (file.error() != QFileDevice::NoError) {
        result.errors.append(SidecarError{path, 0, 0, tr("cannot read: %1").arg(file.errorString())});
        return result;
    }
    return parse(bytes, path, documentLength);
}

namespace {
/// Sidecar::serialize() in pieces: the part before the first claim, then one claim at a time, then the rest. Each
/// step() appends the next piece to `w.out`; the pieces together are serialize()'s bytes. For comparing two
/// serializations without making both whole (SidecarInternal::compareSerialized()).
class SerializeCursor
{
public:
    Writer w;

    explicit SerializeCursor(const ClaimSetData &input)
        : m_input(input)
    {
    }

    /// Appends the next piece; false when everything was written.
    bool step()
    {
        switch (m_phase) {
        case Phase::Head:
            w.setNumberTexts(m_input.numberTexts);
            w.beginObject();
            for (m_member = 0; topMembers[m_member].id != TopMember::Claims; ++m_member)
                topMember(topMembers[m_member]);
            w.key(topMembers[m_member].name.data());
            w.beginArray();
            m_order.reserve(m_input.claims.size());
            for (const Claim &c : m_input.claims)
                m_order.append(&c);
            std::stable_sort(m_order.begin(), m_order.end(),
                             [](const Claim *a, const Claim *b) { return claimOrderLess(*a, *b); });
            m_phase = Phase::Claims;
            return true;
        case Phase::Claims:
            if (m_claim < m_order.size()) {
                w.element();
                writeClaim(w, *m_order.at(m_claim++));
                return true;
            }
            w.setNumberTexts(m_input.numberTexts);
            w.endArray();
            for (++m_member; m_member < std::size(topMembers); ++m_member)
                topMember(topMembers[m_member]);
            w.members(m_input.extra, knownKeys(topMembers));
            w.endObject();
            w.out += '\n';
            m_phase = Phase::Done;
            return true;
        case Phase::Done: return false;
        }
        return false;
    }

private:
    enum class Phase { Head, Claims, Done };
    const ClaimSetData &m_input;
    Phase m_phase = Phase::Head;
    std::size_t m_member = 0;
    QList<const Claim *> m_order;
    qsizetype m_claim = 0;

    /// A top-level member other than "claims".
    void topMember(const Member<TopMember> &m)
    {
        const char *name = m.name.data();
        if (m.id == TopMember::Publication) {
            if (!(m_input.publication == Publication())) { // omitted when empty, as in files written before it
                w.key(name);
                w.push(name);
                writePublication(w, m_input.publication);
                w.pop();
            }
            return;
        }
        w.key(name);
        switch (m.id) {
        case TopMember::Format: w.string(QString::fromLatin1(FormatName)); break;
        case TopMember::Version: w.integer(Sidecar::FormatVersion); break;
        case TopMember::Document:
            writeDocument(w, m_input.document, m_input.extra.value(QStringLiteral("document")).toObject());
            break;
        case TopMember::RatingScale: writeList(w, name, m_input.ratingScale.levels, writeLevel); break;
        case TopMember::Reviewers:
            w.beginArray();
            for (const QString &r : m_input.reviewers) {
                w.element();
                w.string(r);
            }
            w.endArray();
            break;
        case TopMember::Dismissed: writeList(w, name, m_input.dismissed, writeDismissed); break;
        case TopMember::Claims:      // step()
        case TopMember::Publication: // above
            break;
        }
    }
};
} // namespace

QByteArray Sidecar::serialize(const ClaimSetData &input)
{
    SerializeCursor cursor(input);
    cursor.w.out.reserve(1024 + input.claims.size() * 1024);
    while (cursor.step()) {
    }
    return cursor.w.out.toByteArray();
}

int SidecarInternal::compareSerialized(const ClaimSetData &a, const ClaimSetData &b)
{
    SerializeCursor ca(a), cb(b);
    qsizetype at = 0, bt = 0; // what was compared of each cursor's pending bytes
    for (;;) {
        // Pieces end at different bytes on the two sides: compare what both have, keep the rest for the next round.
        while (at == ca.w.out.size() && ca.step()) {
        }
        while (bt == cb.w.out.size() && cb.step()) {
        }
        const qsizetype an = ca.w.out.size() - at, bn = cb.w.out.size() - bt;
        if (an == 0 || bn == 0)
            return an == bn ? 0 : (an == 0 ? -1 : 1);
        const qsizetype n = std::min(an, bn);
        if (const int c = std::memcmp(ca.w.out.constData() + at, cb.w.out.constData() + bt, size_t(n)))
            return c < 0 ? -1 : 1;
        at += n;
        bt += n;
        if (at == ca.w.out.size()) {
            ca.w.out.truncate(0);
            at = 0;
        }
        if (bt == cb.w.out.size()) {
            cb.w.out.truncate(0);
            bt = 0;
        }
    }
}

SidecarError Sidecar::write(const QString &path, const ClaimSetData &data)
{
    return writeSerialized(path, serialize(data));
}

SidecarError Sidecar::writeSerialized(const QString &path, const QByteArray &bytes)
{
    return writeFileAtomically(path, bytes);
}

DocumentIdentity identifyDocument(const QString &path, const QByteArray &bytes)
{
    return identifyDocument(path, bytes, decodeText(bytes));
}

DocumentIdentity identifyDocument(const QString &path, const QByteArray &bytes, const DecodedText &decoded)
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
    id.length = codePointLength(decoded.text);
    // No bytes are no evidence of an encoding (callers that only want the name and media type pass none); bytes
    // that do not decode losslessly have none either.
    if (!bytes.isEmpty() && decoded.ok())
        id.encoding = decoded.encoding;
    return id;
}

QString decodeDocument(const QByteArray &bytes)
{
    return decodeText(bytes).text;
}

} // namespace Claimbench
