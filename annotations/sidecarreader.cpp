// SPDX-License-Identifier: GPL-2.0-or-later
// The one-pass sidecar reader: a recursive-descent JSON reader that builds ClaimSetData straight from the bytes,
// for files that are well formed (which is nearly every file: Claimbench writes them). It has no error messages:
// at the first byte it does not expect, or the first value the validator would refuse, it gives up and
// Sidecar::parse() runs the full reader (Qt's parser + the validator), which says what is wrong and where.
//
// Why: at 10,000 claims, Qt's parser builds a 9 MB document tree that the validator then walks and copies out
// again; reading once is two to three times faster. The fuzz target checks that both readers agree.
#include "sidecar_p.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QStringDecoder>
#include <QTimeZone>

#include <charconv>
#include <cmath>
#include <cstring>
#include <string_view>
#include <vector>

namespace Claimbench::SidecarInternal {

namespace {

class Reader
{
public:
    Reader(QByteArrayView json, std::optional<qsizetype> documentLength)
        : m_p(json.data()), m_end(json.data() + json.size()), m_documentLength(documentLength)
    {
    }

    std::optional<ClaimSetData> read();

private:
    const char *m_p;
    const char *m_end;
    std::optional<qsizetype> m_documentLength;
    int m_depth = 0;
    // Where the reader is, for the numbers whose text the writer would not give back (Claim::numberTexts): one
    // segment per open container, a member name or an array index.
    struct Segment {
        std::string_view rawKey; // a member name without escapes
        QString key;             // or one decoded from a free-form object
        qsizetype index = -1;    // or an array index
    };
    std::vector<Segment> m_path;
    ClaimSetData *m_data = nullptr;
    Claim *m_claim = nullptr; // the claim being read, and the depth of its object's segment
    size_t m_claimDepth = 0;
    // Keeps U+FEFF at the start of a string (QString::fromUtf8() would drop it as a byte-order mark).
    QStringDecoder m_utf8{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom};

    // --- lexical ---------------------------------------------------------------------------------------------
    void ws()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool take(char c)
    {
        ws();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool peek(char c)
    {
        ws();
        return m_p < m_end && *m_p == c;
    }
    bool literal(std::string_view word)
    {
        ws();
        if (size_t(m_end - m_p) >= word.size() && std::memcmp(m_p, word.data(), word.size()) == 0) {
            m_p += word.size();
            return true;
        }
        return false;
    }
    bool null() { return literal("null"); }

    /// The raw bytes of a string without escapes (the common case), or false: not a string, or escapes in it.
    bool rawString(std::string_view *out)
    {
        if (!take('"'))
            return false;
        const char *start = m_p;
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                *out = std::string_view(start, size_t(m_p - start));
                ++m_p;
                return true;
            }
            if (c == '\\' || c < 0x20)
                return false;
            ++m_p;
        }
        return false;
    }

    static int hex(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }
    bool hex4(char16_t *out)
    {
        if (m_end - m_p < 4)
            return false;
        int v = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hex(m_p[i]);
            if (h < 0)
                return false;
            v = v * 16 + h;
        }
        m_p += 4;
        *out = char16_t(v);
        return true;
    }

    /// Any string, escapes decoded.
    bool string(QString *out)
    {
        if (!take('"'))
            return false;
        const char *run = m_p;
        QString s;
        bool escaped = false;
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                if (!escaped) {
                    *out = m_utf8(QByteArrayView(run, m_p - run));
                } else {
                    s += m_utf8(QByteArrayView(run, m_p - run));
                    *out = std::move(s);
                }
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c != '\\') {
                ++m_p;
                continue;
            }
            escaped = true;
            s += m_utf8(QByteArrayView(run, m_p - run));
            ++m_p;
            if (m_p >= m_end)
                return false;
            const char e = *m_p++;
            switch (e) {
            case '"': s += u'"'; break;
            case '\\': s += u'\\'; break;
            case '/': s += u'/'; break;
            case 'b': s += u'\b'; break;
            case 'f': s += u'\f'; break;
            case 'n': s += u'\n'; break;
            case 'r': s += u'\r'; break;
            case 't': s += u'\t'; break;
            case 'u': {
                char16_t u = 0;
                if (!hex4(&u))
                    return false;
                if (QChar::isHighSurrogate(u)) {
                    char16_t low = 0;
                    if (m_end - m_p < 6 || m_p[0] != '\\' || m_p[1] != 'u')
                        return false; // a lone surrogate: the full reader decides
                    m_p += 2;
                    if (!hex4(&low) || !QChar::isLowSurrogate(low))
                        return false;
                    s += QChar(u);
                    s += QChar(low);
                } else if (QChar::isLowSurrogate(u)) {
                    return false;
                } else {
                    s += QChar(u);
                }
                break;
            }
            default: return false;
            }
            run = m_p;
        }
        return false;
    }
    bool stringOrNull(QString *out)
    {
        if (null()) {
            out->clear();
            return true;
        }
        return string(out);
    }

    /// A plain integer literal (what Claimbench writes for positions, lengths and versions).
    bool integer(qint64 *out)
    {
        ws();
        const char *start = m_p;
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        const char *digits = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        const qsizetype n = m_p - digits;
        if (n == 0 || n > 15 || (n > 1 && *digits == '0'))
            return false;
        if (m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E'))
            return false; // 1.0 or 1e3: the full reader decides
        qint64 v = 0;
        std::from_chars(start, m_p, v);
        *out = v;
        return true;
    }

    /// A JSON number as Qt's parser stores it: an integer when written as one and it fits in 64 bits, else a
    /// double; a text the writer would not give back (e.g. "1.0", "-0", 20 digits) is kept in numberTexts.
    bool number(QJsonValue *out)
    {
        ws();
        const char *start = m_p;
        while (m_p < m_end && std::memchr("+-.eE0123456789", *m_p, 15))
            ++m_p;
        const std::string_view text(start, size_t(m_p - start));
        *out = numberValue(text);
        if (out->isUndefined())
            return false; // not a number, or out of range: the full reader decides
        if (numberText(*out) != QByteArrayView(text.data(), qsizetype(text.size())))
            keepNumberText(QByteArray(text.data(), qsizetype(text.size())));
        return true;
    }
    void keepNumberText(const QByteArray &text)
    {
        QString pointer;
        for (size_t i = m_claim ? m_claimDepth : 0; i < m_path.size(); ++i) {
            const Segment &s = m_path[i];
            pointer += QLatin1Char('/');
            if (s.index >= 0)
                pointer += QString::number(s.index);
            else if (!s.key.isNull())
                pointer += pointerToken(s.key);
            else
                pointer += pointerToken(m_utf8(QByteArrayView(s.rawKey.data(), qsizetype(s.rawKey.size()))));
        }
        (m_claim ? m_claim->numberTexts : m_data->numberTexts).insert(pointer, text);
    }

    /// Any value, as QJsonValue (claim fields, history values, unknown members).
    bool value(QJsonValue *out)
    {
        ws();
        if (m_p >= m_end)
            return false;
        switch (*m_p) {
        case '{': {
            QJsonObject o;
            if (!object(&o))
                return false;
            *out = o;
            return true;
        }
        case '[': {
            if (++m_depth > Sidecar::MaxDepth)
                return false;
            ++m_p;
            QJsonArray a;
            m_path.push_back(Segment{{}, {}, 0});
            if (!take(']')) {
                do {
                    QJsonValue v;
                    m_path.back().index = a.size();
                    if (!value(&v))
                        return false;
                    a.append(v);
                } while (take(','));
                if (!take(']'))
                    return false;
            }
            m_path.pop_back();
            --m_depth;
            *out = a;
            return true;
        }
        case '"': {
            QString s;
            if (!string(&s))
                return false;
            *out = s;
            return true;
        }
        case 't':
            *out = true;
            return literal("true");
        case 'f':
            *out = false;
            return literal("false");
        case 'n':
            *out = QJsonValue();
            return literal("null");
        default: return number(out);
        }
    }
    bool object(QJsonObject *out)
    {
        if (++m_depth > Sidecar::MaxDepth || !take('{'))
            return false;
        m_path.push_back(Segment());
        if (!take('}')) {
            do {
                QString key;
                QJsonValue v;
                if (!string(&key) || !take(':'))
                    return false;
                m_path.back().key = key;
                if (!value(&v) || out->contains(key))
                    return false; // a repeated key: the full reader decides which one counts
                out->insert(key, v);
            } while (take(','));
            if (!take('}'))
                return false;
        }
        m_path.pop_back();
        --m_depth;
        return true;
    }

    /// Walks the members of an object: `member(key)` reads the value of each (false gives up). Keys with
    /// escapes and repeated keys give up (the full reader handles both).
    template<typename F>
    bool members(F &&member)
    {
        if (++m_depth > Sidecar::MaxDepth || !take('{'))
            return false;
        m_path.push_back(Segment());
        if (!take('}')) {
            do {
                std::string_view key;
                if (!rawString(&key) || !take(':'))
                    return false;
                m_path.back().rawKey = key;
                if (!member(key))
                    return false;
            } while (take(','));
            if (!take('}'))
                return false;
        }
        m_path.pop_back();
        --m_depth;
        return true;
    }
    template<typename F>
    bool elements(F &&element)
    {
        if (++m_depth > Sidecar::MaxDepth || !take('['))
            return false;
        m_path.push_back(Segment{{}, {}, 0});
        if (!take(']')) {
            do {
                if (!element())
                    return false;
                ++m_path.back().index;
            } while (take(','));
            if (!take(']'))
                return false;
        }
        m_path.pop_back();
        --m_depth;
        return true;
    }

    /// Walks the members of an object with a member table: `member(id)` reads the value of each known one (false
    /// gives up), unknown ones go to `extra`. A repeated known member or a missing required one gives up.
    template<const auto &table, typename F>
    bool members(QJsonObject *extra, F &&member)
    {
        constexpr unsigned required = requiredMask(table);
        unsigned seen = 0;
        std::size_t next = 0; // Claimbench writes the members in table order: try the next one first
        const bool ok = members([&](std::string_view k) {
            const int i = indexOf(table, k, next);
            if (i < 0)
                return unknown(k, extra);
            if (seen & (1u << i))
                return false;
            seen |= 1u << i;
            next = std::size_t(i) + 1;
            return member(table[i].id);
        });
        return ok && (seen & required) == required;
    }
    bool unknown(std::string_view key, QJsonObject *extra)
    {
        QJsonValue v;
        const QString k = m_utf8(QByteArrayView(key.data(), qsizetype(key.size())));
        if (!value(&v) || extra->contains(k))
            return false;
        extra->insert(k, v);
        return true;
    }

    // --- values the validator checks ------------------------------------------------------------------------
    bool dateTime(QDateTime *out)
    {
        if (null()) {
            *out = QDateTime();
            return true;
        }
        std::string_view s;
        if (!rawString(&s))
            return false;
        if (s.empty()) {
            *out = QDateTime();
            return true;
        }
        // The form Claimbench writes, by hand; any other through the validator's own function.
        auto digits = [&s](size_t at, int count, int *v) {
            int r = 0;
            for (int i = 0; i < count; ++i) {
                const char c = s[at + size_t(i)];
                if (c < '0' || c > '9')
                    return false;
                r = r * 10 + (c - '0');
            }
            *v = r;
            return true;
        };
        const size_t n = s.size();
        int y, mo, d, h, mi, sec, ms = 0;
        if ((n == 20 || n == 24) && s[4] == '-' && s[7] == '-' && s[10] == 'T' && s[13] == ':' && s[16] == ':'
            && s[n - 1] == 'Z' && digits(0, 4, &y) && digits(5, 2, &mo) && digits(8, 2, &d) && digits(11, 2, &h)
            && digits(14, 2, &mi) && digits(17, 2, &sec) && (n == 20 || (s[19] == '.' && digits(20, 3, &ms)))) {
            const QDate date(y, mo, d);
            const QTime time(h, mi, sec, ms);
            if (!date.isValid() || !time.isValid())
                return false;
            *out = QDateTime(date, time, QTimeZone::UTC);
            return true;
        }
        const QDateTime dt = parseIsoUtc(m_utf8(QByteArrayView(s.data(), qsizetype(s.size()))));
        if (!dt.isValid())
            return false;
        *out = dt.toUTC();
        return true;
    }
    bool date(QDate *out)
    {
        if (null()) {
            *out = QDate();
            return true;
        }
        QString s;
        if (!string(&s))
            return false;
        if (s.isEmpty()) {
            *out = QDate();
            return true;
        }
        *out = QDate::fromString(s, Qt::ISODate);
        return out->isValid();
    }

    bool source(Source *s)
    {
        return members<sourceMembers>(&s->extra, [&](SourceMember id) {
            switch (id) {
            case SourceMember::Url: return string(&s->url);
            case SourceMember::Title: return stringOrNull(&s->title);
            case SourceMember::Publisher: return stringOrNull(&s->publisher);
            case SourceMember::Accessed: return date(&s->accessed);
            case SourceMember::ArchiveUrl: return stringOrNull(&s->archiveUrl);
            case SourceMember::Excerpt: return stringOrNull(&s->excerpt);
            case SourceMember::Note: return stringOrNull(&s->note);
            }
            return false;
        });
    }

    bool claimant(Claimant *c)
    {
        return members<claimantMembers>(&c->extra, [&](ClaimantMember id) {
            switch (id) {
            case ClaimantMember::Name: return stringOrNull(&c->name);
            case ClaimantMember::Role: return stringOrNull(&c->role);
            case ClaimantMember::Type: {
                QString t;
                if (!stringOrNull(&t))
                    return false;
                c->organisation = t == QLatin1String("organization");
                return t.isEmpty() || t == QLatin1String("person") || c->organisation;
            }
            }
            return false;
        });
    }

    bool appearance(Appearance *a)
    {
        return members<appearanceMembers>(&a->extra, [&](AppearanceMember id) {
            switch (id) {
            case AppearanceMember::Url: return stringOrNull(&a->url);
            case AppearanceMember::Date: return date(&a->date);
            }
            return false;
        });
    }

    bool documentSource(DocumentSource *s)
    {
        return members<documentSourceMembers>(&s->extra, [&](DocumentSourceMember id) {
            switch (id) {
            case DocumentSourceMember::Url: return stringOrNull(&s->url);
            case DocumentSourceMember::Redirects:
                return elements([&] {
                    QString r;
                    if (!string(&r))
                        return false;
                    s->redirects.append(r);
                    return true;
                });
            case DocumentSourceMember::Title: return stringOrNull(&s->title);
            case DocumentSourceMember::SiteName: return stringOrNull(&s->siteName);
            case DocumentSourceMember::Byline: return stringOrNull(&s->byline);
            case DocumentSourceMember::PublishedTime: return stringOrNull(&s->publishedTime);
            case DocumentSourceMember::Lang: return stringOrNull(&s->lang);
            case DocumentSourceMember::Dir: return stringOrNull(&s->dir);
            case DocumentSourceMember::Retrieved: return dateTime(&s->retrieved);
            case DocumentSourceMember::Sha256: return stringOrNull(&s->sha256);
            case DocumentSourceMember::Snapshot: return stringOrNull(&s->snapshot);
            case DocumentSourceMember::OfflineCopy: return stringOrNull(&s->offlineCopy);
            case DocumentSourceMember::MediaType: return stringOrNull(&s->mediaType);
            }
            return false;
        });
    }

    bool publication(Publication *p)
    {
        return members<publicationMembers>(&p->extra, [&](PublicationMember id) {
            switch (id) {
            case PublicationMember::Publisher: return stringOrNull(&p->publisher);
            case PublicationMember::PublisherUrl: return stringOrNull(&p->publisherUrl);
            case PublicationMember::LogoUrl: return stringOrNull(&p->logoUrl);
            case PublicationMember::Url: return stringOrNull(&p->url);
            case PublicationMember::Headline: return stringOrNull(&p->headline);
            case PublicationMember::DatePublished: return date(&p->datePublished);
            }
            return false;
        });
    }

    bool history(HistoryEntry *e)
    {
        return members<historyMembers>(&e->extra, [&](HistoryMember id) {
            switch (id) {
            case HistoryMember::When: return dateTime(&e->when);
            case HistoryMember::Author: return stringOrNull(&e->author);
            case HistoryMember::Field: return string(&e->field);
            case HistoryMember::From: return value(&e->from);
            case HistoryMember::To: return value(&e->to);
            case HistoryMember::Reason: return stringOrNull(&e->reason);
            }
            return false;
        });
    }

    bool target(Claim *c)
    {
        bool startNull = true, endNull = true;
        qint64 start = -1, end = -1;
        const bool ok = members<targetMembers>(&c->targetExtra, [&](TargetMember id) {
            switch (id) {
            case TargetMember::Start: startNull = null(); return startNull || integer(&start);
            case TargetMember::End: endNull = null(); return endNull || integer(&end);
            case TargetMember::Exact: return string(&c->quote.exact);
            case TargetMember::Prefix: return stringOrNull(&c->quote.prefix);
            case TargetMember::Suffix: return stringOrNull(&c->quote.suffix);
            }
            return false;
        });
        if (!ok)
            return false;
        if (startNull && endNull)
            return true; // an orphan
        if (startNull || endNull || start < 0 || start > end)
            return false;
        c->start = start;
        c->end = end;
        return true;
    }

    bool conflict(FieldConflict *f)
    {
        return members<conflictMembers>(&f->extra, [&](ConflictMember id) {
            switch (id) {
            case ConflictMember::Field: return string(&f->field);
            case ConflictMember::Base: return value(&f->base);
            case ConflictMember::Mine: return value(&f->mine);
            case ConflictMember::Theirs: return value(&f->theirs);
            }
            return false;
        });
    }

    bool status(ClaimStatus *out)
    {
        std::string_view s;
        if (!rawString(&s))
            return false;
        if (s == "open")
            *out = ClaimStatus::Open;
        else if (s == "in-progress")
            *out = ClaimStatus::InProgress;
        else if (s == "needs-second-review")
            *out = ClaimStatus::NeedsSecondReview;
        else if (s == "done")
            *out = ClaimStatus::Done;
        else if (s == "dismissed")
            *out = ClaimStatus::Dismissed;
        else
            return false;
        return true;
    }

    bool checklist(QMap<QString, bool> *out)
    {
        return members([&](std::string_view step) {
            const QString key = m_utf8(QByteArrayView(step.data(), qsizetype(step.size())));
            if (out->contains(key))
                return false;
            if (literal("true"))
                out->insert(key, true);
            else if (literal("false"))
                out->insert(key, false);
            else
                return false;
            return true;
        });
    }

    bool claim(Claim *c)
    {
        m_claim = c;
        m_claimDepth = m_path.size();
        const auto done = qScopeGuard([this] { m_claim = nullptr; });
        return members<claimMembers>(&c->extra, [&](ClaimMember id) {
            switch (id) {
            case ClaimMember::Id: {
                std::string_view text;
                if (!rawString(&text))
                    return false;
                c->id = QUuid::fromString(QLatin1StringView(text.data(), qsizetype(text.size())));
                return !c->id.isNull();
            }
            case ClaimMember::ClaimType: return string(&c->claimType);
            case ClaimMember::Target: return target(c);
            case ClaimMember::Status: return status(&c->status);
            case ClaimMember::Verdict: return stringOrNull(&c->verdict);
            case ClaimMember::Fields: return object(&c->fields);
            case ClaimMember::Checklist: return checklist(&c->checklist);
            case ClaimMember::Sources:
                return elements([&] {
                    c->sources.append(Source());
                    return source(&c->sources.last());
                });
            case ClaimMember::Notes: return stringOrNull(&c->notes);
            case ClaimMember::Claimant: return claimant(&c->claimant);
            case ClaimMember::Statement: return stringOrNull(&c->statement);
            case ClaimMember::Conclusion: return stringOrNull(&c->conclusion);
            case ClaimMember::Appearance: return appearance(&c->appearance);
            case ClaimMember::Assignee: return stringOrNull(&c->assignee);
            case ClaimMember::ApprovedBy: return stringOrNull(&c->approvedBy);
            case ClaimMember::Approved: return dateTime(&c->approved);
            case ClaimMember::ReReview: return stringOrNull(&c->reReview);
            case ClaimMember::CreatedBy: return stringOrNull(&c->createdBy);
            case ClaimMember::Created: return dateTime(&c->created);
            case ClaimMember::Modified: return dateTime(&c->modified);
            case ClaimMember::History:
                return elements([&] {
                    c->history.append(HistoryEntry());
                    return history(&c->history.last());
                });
            case ClaimMember::Conflicts:
                return elements([&] {
                    c->conflicts.append(FieldConflict());
                    return conflict(&c->conflicts.last());
                });
            }
            return false;
        });
    }

    bool document(ClaimSetData *data, QJsonObject *unknownMembers)
    {
        DocumentIdentity &d = data->document;
        return members<documentMembers>(unknownMembers, [&](DocumentMember id) {
            switch (id) {
            case DocumentMember::FileName: return string(&d.fileName);
            case DocumentMember::MediaType: return string(&d.mediaType);
            case DocumentMember::Sha256: {
                if (!string(&d.sha256))
                    return false;
                if (d.sha256.isEmpty())
                    return true;
                if (d.sha256.size() != 64)
                    return false;
                for (QChar ch : std::as_const(d.sha256)) {
                    if (!((ch >= u'0' && ch <= u'9') || (ch >= u'a' && ch <= u'f')))
                        return false;
                }
                return true;
            }
            case DocumentMember::Length: {
                qint64 len = 0;
                if (!integer(&len) || len < 0)
                    return false;
                d.length = len;
                return true;
            }
            case DocumentMember::Encoding: {
                QString name;
                if (!string(&name))
                    return false;
                d.encoding.name = name.toUtf8();
                return true;
            }
            case DocumentMember::Source: return documentSource(&d.source);
            case DocumentMember::Bom:
                if (literal("true"))
                    d.encoding.bom = true;
                else if (literal("false"))
                    d.encoding.bom = false;
                else
                    return false;
                return true;
            }
            return false;
        });
    }

    bool level(RatingLevel *level)
    {
        return members<levelMembers>(&level->extra, [&](LevelMember id) {
            switch (id) {
            case LevelMember::Id: return string(&level->id);
            case LevelMember::Label: return string(&level->label);
            case LevelMember::Value: {
                qint64 v = 0;
                if (!integer(&v))
                    return false;
                level->value = int(std::clamp<qint64>(v, -1000, 1000));
                return true;
            }
            }
            return false;
        });
    }

    bool dismissed(DismissedSuggestion *s)
    {
        return members<dismissedMembers>(&s->extra, [&](DismissedMember id) {
            switch (id) {
            case DismissedMember::ClaimType: return string(&s->claimType);
            case DismissedMember::Quote: return string(&s->quote);
            }
            return false;
        });
    }
};

std::optional<ClaimSetData> Reader::read()
{
    ClaimSetData data;
    m_data = &data;
    QJsonObject documentExtra;
    QSet<IdKey> ids;
    QSet<QString> levelIds;
    const bool ok = members<topMembers>(&data.extra, [&](TopMember id) {
        switch (id) {
        case TopMember::Format: {
            std::string_view f;
            return rawString(&f) && f == FormatName;
        }
        case TopMember::Version: {
            qint64 version = 0;
            return integer(&version) && version >= 1 && version <= Sidecar::FormatVersion;
        }
        case TopMember::Document: return document(&data, &documentExtra);
        case TopMember::RatingScale:
            data.ratingScale.levels.clear();
            return elements([&] {
                data.ratingScale.levels.append(RatingLevel());
                if (!level(&data.ratingScale.levels.last()))
                    return false;
                const qsizetype before = levelIds.size();
                levelIds.insert(data.ratingScale.levels.last().id);
                return levelIds.size() > before; // a repeated id: the full reader names both
            });
        case TopMember::Publication: return publication(&data.publication);
        case TopMember::Reviewers:
            return elements([&] {
                QString s;
                if (!string(&s))
                    return false;
                data.reviewers.append(s);
                return true;
            });
        case TopMember::Dismissed:
            return elements([&] {
                data.dismissed.append(DismissedSuggestion());
                return dismissed(&data.dismissed.last());
            });
        case TopMember::Claims:
            return elements([&] {
                data.claims.append(Claim());
                Claim &c = data.claims.last();
                if (!claim(&c))
                    return false;
                const qsizetype before = ids.size();
                ids.insert(c.id);
                return ids.size() > before; // a repeated id: the full reader names both
            });
        }
        return false;
    });
    ws();
    if (!ok || m_p != m_end)
        return std::nullopt;
    // Members may come in any order: the document's length limits positions once everything is read.
    std::optional<qsizetype> length = m_documentLength;
    if (!length && data.document.length > 0)
        length = data.document.length;
    if (length) {
        for (const Claim &c : std::as_const(data.claims)) {
            if (c.end > *length)
                return std::nullopt;
        }
    }
    if (!documentExtra.isEmpty())
        data.extra.insert(QStringLiteral("document"), documentExtra);
    return data;
}

} // namespace

std::optional<ClaimSetData> readWellFormed(QByteArrayView json, std::optional<qsizetype> documentLength)
{
    return Reader(json, documentLength).read();
}

} // namespace Claimbench::SidecarInternal
