// SPDX-License-Identifier: GPL-2.0-or-later
#include "w3c.h"

#include "jsonoutput.h"
#include "reanchor.h"
#include "claimset.h"
#include "sidecar_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <limits>
#include <numeric>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace Claimbench {

namespace {

using ojson = nlohmann::ordered_json;
using json = nlohmann::json;

// Ids of imported annotations that are not UUIDs (Hypothesis uses short ids) become stable name-based UUIDs.
const QUuid ImportNamespace = QUuid::fromString(QStringLiteral("6b0c3c1e-0f7a-4c59-9d0e-5d1c6f2b7a44"));

constexpr char ExtensionKey[] = "claimbench";             // see docs/w3c.md
constexpr char BareIdPrefix[] = "urn:claimbench:w3c-id:"; // an id given that is not an IRI, percent-encoded
const QLatin1String W3cIdKey("w3cId");                    // Claim::extra: the annotation's id as given

std::string u8(const QString &s)
{
    return s.toStdString();
}

QString qs(std::string_view s)
{
    // Not QString::fromUtf8() when the string starts with U+FEFF, which it drops as a byte-order mark: a note that is
    // (or starts with) a zero-width no-break space is text like any other. Otherwise fromUtf8(), the fast path.
    const QByteArrayView bytes(s.data(), qsizetype(s.size()));
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    return utf8(bytes);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Claimbench::W3c", text);
}

// An absolute IRI: a scheme, a colon, and no space or other character an IRI cannot hold.
bool isIri(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9+.\\-]*:[^\\s\"<>\\\\^`{|}\\x00-\\x1f\\x7f]*$"));
    return re.match(s).hasMatch();
}

QString canonicalId(const QUuid &id)
{
    return QLatin1String("urn:uuid:") + id.toString(QUuid::WithoutBraces);
}

// --- The byte positions nlohmann's parser reads from (for the raw text of the extension's objects) ---------------
// The parser reads one character at a time through the iterator; each read leaves its address in *last, so that a
// SAX callback knows where in the text it is: at start_object() the '{' just read, at end_object() the '}'.
struct TrackedIterator {
    using iterator_category = std::forward_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char *;
    using reference = const char &;
    const char *p = nullptr;
    const char **last = nullptr;
    reference operator*() const
    {
        *last = p;
        return *p;
    }
    TrackedIterator &operator++()
    {
        ++p;
        return *this;
    }
    TrackedIterator operator++(int)
    {
        TrackedIterator t = *this;
        ++p;
        return t;
    }
    friend bool operator==(const TrackedIterator &a, const TrackedIterator &b) { return a.p == b.p; }
};

struct Span {
    qsizetype begin = -1;
    qsizetype end = -1; // exclusive
    bool isValid() const { return begin >= 0 && end > begin; }
};

// The raw text of each element of the sidecar's "claims" array (Sidecar::serialize() output, well-formed).
class ClaimSpans : public nlohmann::json_sax<json>
{
public:
    explicit ClaimSpans(const char **last, const char *base)
        : m_last(last)
        , m_base(base)
    {
    }
    std::vector<Span> spans;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t &) override { return true; }
    bool string(string_t &) override { return true; }
    bool binary(binary_t &) override { return true; }
    bool start_object(std::size_t) override
    {
        if (m_depth == 2 && m_inClaims)
            spans.push_back(Span{*m_last - m_base, -1});
        ++m_depth;
        return true;
    }
    bool key(string_t &k) override
    {
        if (m_depth == 1)
            m_claimsKey = k == "claims";
        return true;
    }
    bool end_object() override
    {
        --m_depth;
        if (m_depth == 2 && m_inClaims)
            spans.back().end = *m_last - m_base + 1;
        return true;
    }
    bool start_array(std::size_t) override
    {
        if (m_depth == 1 && m_claimsKey)
            m_inClaims = true;
        ++m_depth;
        return true;
    }
    bool end_array() override
    {
        --m_depth;
        if (m_depth == 1)
            m_inClaims = false;
        return true;
    }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) override { return false; }

private:
    const char **m_last;
    const char *m_base;
    int m_depth = 0;
    bool m_claimsKey = false;
    bool m_inClaims = false;
};

// --- export ----------------------------------------------------------------------------------------------------

std::string dateTime(const QDateTime &dt)
{
    const QDateTime utc = dt.toUTC();
    return u8(utc.toString(utc.time().msec() ? Qt::ISODateWithMs : Qt::ISODate));
}

ojson textualBody(const char *purpose, const QString &value, const char *format = nullptr)
{
    ojson b = ojson::object();
    b["type"] = "TextualBody";
    b["purpose"] = purpose;
    b["value"] = u8(value);
    if (format)
        b["format"] = format;
    return b;
}

// The annotation's id: the one it was imported with, else the claim's UUID.
QString annotationId(const Claim &c)
{
    const QString given = c.extra.value(W3cIdKey).toString();
    if (given.isEmpty())
        return canonicalId(c.id);
    if (isIri(given))
        return given;
    return QLatin1String(BareIdPrefix) + QString::fromLatin1(QUrl::toPercentEncoding(given));
}

QString reviewerIri(const QString &name)
{
    return QLatin1String("urn:claimbench:reviewer:") + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

ojson annotation(const Claim &c, const std::string &source)
{
    ojson a = ojson::object();
    a["id"] = u8(annotationId(c));
    a["type"] = "Annotation";
    a["motivation"] = "assessing";
    if (!c.createdBy.isEmpty())
        a["creator"] = ojson{{"id", u8(reviewerIri(c.createdBy))},
                             {"type", "Person"},
                             {"name", u8(c.createdBy)},
                             {"nickname", u8(c.createdBy)}};
    if (c.created.isValid())
        a["created"] = dateTime(c.created);
    if (c.modified.isValid())
        a["modified"] = dateTime(c.modified);
    ojson body = ojson::array();
    body.push_back(textualBody("classifying", c.claimType));
    if (!c.verdict.isEmpty())
        body.push_back(textualBody("assessing", c.verdict));
    if (!c.notes.isEmpty())
        body.push_back(textualBody("commenting", c.notes, "text/markdown"));
    body.push_back(textualBody("tagging", QLatin1String("status:") + statusToString(c.status)));
    for (const QJsonValue &tag : c.fields.value(QLatin1String("tags")).toArray()) // Hypothesis tags
        if (tag.isString() && !tag.toString().startsWith(QLatin1String("status:")))
            body.push_back(textualBody("tagging", tag.toString()));
    for (const Source &s : c.sources) {
        ojson res = ojson::object();
        res["id"] = u8(s.url);
        if (!s.title.isEmpty())
            res["title"] = u8(s.title);
        if (!s.publisher.isEmpty())
            res["publisher"] = u8(s.publisher);
        ojson b = ojson::object();
        b["type"] = "SpecificResource";
        b["purpose"] = "linking";
        b["source"] = res;
        if (!s.note.isEmpty())
            b["description"] = u8(s.note);
        body.push_back(b);
    }
    a["body"] = body;
    ojson selectors = ojson::array();
    ojson quote = ojson::object();
    quote["type"] = "TextQuoteSelector";
    quote["exact"] = u8(c.quote.exact);
    if (!c.quote.prefix.isEmpty())
        quote["prefix"] = u8(c.quote.prefix);
    if (!c.quote.suffix.isEmpty())
        quote["suffix"] = u8(c.quote.suffix);
    selectors.push_back(quote);
    if (!c.isOrphan())
        selectors.push_back(ojson{{"type", "TextPositionSelector"}, {"start", c.start}, {"end", c.end}});
    a["target"] = ojson{{"source", source}, {"selector", selectors}};
    return a;
}

// A file:// IRI of `path` (made absolute), with what an IRI cannot hold percent-encoded.
QString fileIri(const QString &path)
{
    return QString::fromUtf8(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded(QUrl::FullyEncoded));
}

// Replaces each "NONCE:N" string of `text` with raws[N], re-indented to the line it is on. The nonce is random per
// export and never written, so no text of the user's can be taken for a placeholder.
QByteArray substitute(const QByteArray &text, const QByteArray &nonce, const QList<QByteArray> &raws)
{
    const QByteArray marker = '"' + nonce + ':';
    QByteArray out;
    out.reserve(text.size() + std::accumulate(raws.cbegin(), raws.cend(), qsizetype(0),
                                              [](qsizetype n, const QByteArray &r) { return n + r.size() * 5 / 4; }));
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = text.indexOf(marker, from);
        if (at < 0)
            break;
        const qsizetype close = text.indexOf('"', at + marker.size());
        const int n = text.mid(at + marker.size(), close - at - marker.size()).toInt();
        out.append(text.constData() + from, at - from);
        // The indentation of the line the value is on, and that of the raw text's last line (its closing brace).
        const qsizetype lineStart = text.lastIndexOf('\n', at) + 1;
        qsizetype indent = 0;
        while (text.at(lineStart + indent) == ' ')
            ++indent;
        const QByteArray &raw = raws.at(n);
        const qsizetype lastLine = raw.lastIndexOf('\n') + 1;
        qsizetype rawIndent = 0;
        while (lastLine > 0 && raw.at(lastLine + rawIndent) == ' ')
            ++rawIndent;
        out.append(QByteArray(raw).replace('\n' + QByteArray(rawIndent, ' '), '\n' + QByteArray(indent, ' ')));
        from = close + 1;
    }
    out.append(text.constData() + from, text.size() - from);
    return out;
}

// The extension: the sidecar's own text of each claim (Sidecar::serialize(), in the same order as data.claims) and
// of the top level without the claims.
struct Extension {
    QList<QByteArray> claims;
    QByteArray top;
};

Extension extension(const ClaimSetData &data)
{
    Extension out;
    ClaimSetData top = data;
    top.claims.clear();
    out.top = Sidecar::serialize(top).trimmed();
    const QByteArray all = Sidecar::serialize(data);
    const char *last = all.constData();
    ClaimSpans spans(&last, all.constData());
    json::sax_parse(TrackedIterator{all.constData(), &last}, TrackedIterator{all.constData() + all.size(), &last},
                    &spans);
    for (const Span &s : spans.spans)
        out.claims << all.mid(s.begin, s.end - s.begin);
    return out;
}

} // namespace

QString W3c::targetSource(const DocumentIdentity &document, const ExportOptions &options)
{
    if (!options.source.isEmpty())
        return options.source;
    if (!document.source.url.isEmpty())
        return document.source.url;
    if (!options.documentPath.isEmpty())
        return fileIri(options.documentPath);
    if (!document.sha256.isEmpty()) { // RFC 6920: the document named by its SHA-256
        const QByteArray digest = QByteArray::fromHex(document.sha256.toLatin1());
        return QLatin1String("ni:///sha-256;")
               + QString::fromLatin1(digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }
    return QLatin1String("urn:claimbench:document:") + QString::fromLatin1(QUrl::toPercentEncoding(document.fileName));
}

QByteArray W3c::exportCollection(const ClaimSetData &data, const QString &source)
{
    ExportOptions options;
    options.source = source;
    return exportCollection(data, options);
}

QByteArray W3c::exportCollection(const ClaimSetData &input, const ExportOptions &options)
{
    ClaimSetData data = input;
    data.sortClaims();
    const std::string src = u8(targetSource(data.document, options));
    const std::string collectionId = data.document.sha256.isEmpty()
                                         ? "urn:claimbench:claims:" + src
                                         : "urn:claimbench:claims:sha256:" + u8(data.document.sha256);
    const std::string pageId = collectionId + ":page:0";
    Extension ext;
    QByteArray nonce;
    if (options.includeClaimbench) {
        ext = extension(data);
        nonce = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    }
    auto placeholder = [&nonce](qsizetype n) { return nonce.toStdString() + ':' + std::to_string(n); };

    ojson items = ojson::array();
    for (qsizetype i = 0; i < data.claims.size(); ++i) {
        ojson a = annotation(data.claims.at(i), src);
        if (options.includeClaimbench)
            a[ExtensionKey] = placeholder(i);
        items.push_back(std::move(a));
    }
    ojson collection = ojson::object();
    if (options.includeClaimbench)
        collection["@context"] = ojson::array({"http://www.w3.org/ns/anno.jsonld",
                                               ojson{{"@version", 1.1},
                                                     {ExtensionKey, {{"@id", "urn:claimbench:w3c:claimbench"},
                                                                     {"@type", "@json"}}}}});
    else
        collection["@context"] = "http://www.w3.org/ns/anno.jsonld";
    collection["id"] = collectionId;
    collection["type"] = "AnnotationCollection";
    collection["label"] = u8(QLatin1String("Claims on ") + (options.source.isEmpty() ? data.document.fileName : options.source));
    collection["total"] = data.claims.size();
    collection["generator"] = ojson{{"id", "urn:claimbench:software:claimbench"},
                                    {"type", "Software"},
                                    {"name", "Claimbench"}};
    if (options.includeClaimbench)
        collection[ExtensionKey] = placeholder(ext.claims.size());
    collection["first"] = ojson{{"id", pageId},
                                {"type", "AnnotationPage"},
                                {"partOf", collectionId},
                                {"startIndex", 0},
                                {"items", std::move(items)}};
    collection["last"] = pageId;
    QByteArray text = QByteArray::fromStdString(collection.dump(2, ' ', false, ojson::error_handler_t::replace));
    if (options.includeClaimbench)
        text = substitute(text, nonce, ext.claims + QList<QByteArray>{ext.top});
    return htmlSafeJson(text) + '\n'; // embeddable in HTML
}

// --- import ---------------------------------------------------------------------------------------------------

namespace {

// Problems in the file by JSON pointer, located at the values the pointers name all at once (one pass however
// many annotations are bad), each message prefixed with its pointer.
class Problems
{
public:
    void add(const QString &pointer, const QString &message)
    {
        m_pointers << pointer;
        m_messages << message;
    }
    qsizetype size() const { return m_pointers.size(); }
    QList<LocatedError> located(const QByteArray &bytes, const QString &path) const
    {
        const QList<qsizetype> offsets = jsonValueOffsets(bytes, m_pointers);
        QList<LocatedError> out;
        for (qsizetype i = 0; i < m_pointers.size(); ++i) {
            const QString &p = m_pointers.at(i);
            out << locatedError(path, bytes, std::max<qsizetype>(offsets.at(i), 0),
                                (p.isEmpty() ? QStringLiteral("/") : p) + QLatin1String(": ") + m_messages.at(i));
        }
        return out;
    }

private:
    QStringList m_pointers;
    QStringList m_messages;
};

// The document the annotations are on, for quotes missing from the file: code point offsets to UTF-16 through an
// index built once (the first time a quote is missing), not by walking the text from its start for each.
class Document
{
public:
    explicit Document(QStringView text)
        : m_text(text)
    {
    }
    bool isNull() const { return m_text.isNull(); }
    TextQuote quoteAt(qsizetype start, qsizetype end)
    {
        if (!m_index.isValid())
            m_index = CodePointIndex(m_text);
        return quoteAtUtf16(m_text, m_index.toUtf16(start), m_index.toUtf16(end));
    }

private:
    QStringView m_text;
    CodePointIndex m_index;
};

// A TextPositionSelector's "start" or "end" as read.
struct PositionValue {
    enum State : unsigned char { Absent, Integer, NotInteger } state = Absent;
    qint64 value = 0;
};

// What one annotation holds, as the reader goes through it (streaming: members come in any order).
struct Annotation {
    qsizetype index = -1; ///< in its list; -1: the whole file
    QString id;
    Claim claim;
    bool hasSelector = false;      ///< a target with a text selector was read: later targets are not looked at
    bool targetHasSelector = false;
    bool failed = false;           ///< a malformed TextPositionSelector: a problem was added
    QString text;                  ///< Hypothesis
    bool hasTags = false;          ///< Hypothesis "tags" is a non-empty array
    QJsonArray tags;
    QStringList taggingBodies;     ///< tagging bodies that are not "status:…"
    QString creator, creatorName, user, created, modified, updated;
    Span extension;                ///< the "claimbench" object's text
    QString extensionId;           ///< its "id"
    bool fromExtension = false;    ///< the claim is the extension's
    // The selector being read.
    QString selectorType;
    TextQuote selectorQuote;
    PositionValue start, end;
    qsizetype targetIndex = -1, selectorIndex = -1; // -1: the member is an object, not an array
    // The body being read.
    QString purpose, value, bodyId, description, sourceId, sourceTitle, sourcePublisher, sourceString;
    enum SourceKind : unsigned char { NoSource, SourceObject, SourceString } sourceKind = NoSource;
};

// The annotations of one candidate list: /first/items, /items, /rows, the top-level array, or the file itself as
// one annotation. Which one counts is known only at the end (a collection may name "items" before "first").
struct List {
    QString pointer;
    bool present = false;
    bool notArray = false;
    std::vector<Annotation> annotations; ///< read, with a text selector (or an extension), not failed
    Problems problems;
    int skipped = 0;
};
enum ListId : unsigned char { FirstItems, Items, Rows, TopArray, Single, ListCount };

// The role of a JSON value for the reader.
enum class Role : unsigned char {
    Ignore, Root, First, List, Annotation, Targets, Target, Selectors, Selector, Bodies, Body, BodySource,
    Creator, Tags, Extension, TopExtension
};

// The keys an object has had, for refusing a repeated one (few keys: a vector; many: a hash set).
class KeySet
{
public:
    void clear()
    {
        m_small.clear();
        if (!m_set.empty())
            m_set.clear();
    }
    bool insert(const std::string &k)
    {
        if (!m_set.empty())
            return m_set.insert(k).second;
        for (const std::string &s : m_small)
            if (s == k)
                return false;
        m_small.push_back(k);
        if (m_small.size() > 16) {
            m_set.insert(m_small.begin(), m_small.end());
            m_small.clear();
        }
        return true;
    }

private:
    std::vector<std::string> m_small;
    std::unordered_set<std::string> m_set;
};

struct Frame {
    Role role = Role::Ignore;
    bool isArray = false;
    unsigned char list = 0;  ///< Role::List: which
    qsizetype index = 0;     ///< arrays: the next element's index
    std::string key;         ///< objects: the member being read
    KeySet keys;
};

class Reader : public nlohmann::json_sax<json>
{
public:
    Reader(const char **last, const char *base, QStringView document)
        : m_last(last)
        , m_base(base)
        , m_document(document)
    {
        m_lists[FirstItems].pointer = QStringLiteral("/first/items");
        m_lists[Items].pointer = QStringLiteral("/items");
        m_lists[Rows].pointer = QStringLiteral("/rows");
        m_lists[Single].pointer = QString();
        m_frames.reserve(16);
    }

    List m_lists[ListCount];
    Span topExtension;
    bool rootIsObject = false, rootIsArray = false, rootHasTarget = false, firstHasItems = false;
    bool duplicateKey = false;
    // The parser's error.
    bool parseFailed = false;
    qsizetype errorByte = 0;
    QString errorMessage;

    // --- values ---
    bool null() override { return scalar(Scalar::Other); }
    bool boolean(bool) override { return scalar(Scalar::Other); }
    bool number_integer(number_integer_t v) override
    {
        m_integer = v;
        return scalar(Scalar::Integer);
    }
    bool number_unsigned(number_unsigned_t v) override
    {
        if (v > quint64(std::numeric_limits<qint64>::max()))
            return scalar(Scalar::Other);
        m_integer = qint64(v);
        return scalar(Scalar::Integer);
    }
    bool number_float(number_float_t, const string_t &) override { return scalar(Scalar::Other); }
    bool string(string_t &s) override
    {
        m_string = &s;
        return scalar(Scalar::String);
    }
    bool binary(binary_t &) override { return scalar(Scalar::Other); }

    bool start_object(std::size_t) override { return open(false); }
    bool start_array(std::size_t) override { return open(true); }
    bool key(string_t &k) override
    {
        Frame &f = top();
        if (!f.keys.insert(k))
            duplicateKey = true; // located by findDuplicateKey() at the end, if the text is well-formed
        f.key = k;
        return true;
    }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }

    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &e) override
    {
        parseFailed = true;
        errorByte = qsizetype(position) - 1;
        errorMessage = QString::fromUtf8(e.what());
        if (const auto *pe = dynamic_cast<const json::parse_error *>(&e))
            errorByte = qsizetype(pe->byte) - 1;
        const qsizetype colon = errorMessage.indexOf(QLatin1String(": "));
        if (colon >= 0)
            errorMessage = errorMessage.mid(colon + 2);
        return false;
    }

private:
    enum class Scalar { String, Integer, Other };

    Annotation &current() { return *m_annotation; }
    Frame &top() { return m_frames[m_depth - 1]; }

    // The role of the next value from where it is (its parent frame), and whether it is the i-th element.
    Role childRole(bool isObject, bool isArray, unsigned char *list, qsizetype *index)
    {
        if (m_depth == 0) {
            if (isArray) {
                rootIsArray = true;
                *list = TopArray;
                m_lists[TopArray].present = true;
                return Role::List;
            }
            if (isObject) {
                rootIsObject = true;
                return Role::Root;
            }
            return Role::Ignore;
        }
        Frame &f = top();
        *index = f.isArray ? f.index++ : -1;
        const std::string &k = f.key;
        switch (f.role) {
        case Role::Root:
            if (k == "first")
                return isObject ? Role::First : Role::Ignore;
            if (k == "items" || k == "rows") {
                List &l = m_lists[k == "items" ? Items : Rows];
                l.present = true;
                l.notArray = !isArray;
                *list = k == "items" ? Items : Rows;
                return isArray ? Role::List : Role::Ignore;
            }
            if (k == "target")
                rootHasTarget = true;
            if (k == ExtensionKey && isObject)
                return Role::TopExtension;
            return annotationMember(isObject, isArray);
        case Role::First:
            if (k == "items") {
                firstHasItems = true;
                List &l = m_lists[FirstItems];
                l.present = true;
                l.notArray = !isArray;
                *list = FirstItems;
                return isArray ? Role::List : Role::Ignore;
            }
            return Role::Ignore;
        case Role::List:
            *list = f.list;
            if (!isObject)
                m_lists[f.list].problems.add(m_lists[f.list].pointer + QLatin1Char('/') + QString::number(*index),
                                             tr("an annotation must be an object"));
            return isObject ? Role::Annotation : Role::Ignore;
        case Role::Annotation:
            if (k == ExtensionKey && isObject)
                return Role::Extension;
            return annotationMember(isObject, isArray);
        case Role::Targets: return isObject ? Role::Target : Role::Ignore;
        case Role::Target:
            if (k == "selector")
                return isObject ? Role::Selector : (isArray ? Role::Selectors : Role::Ignore);
            return Role::Ignore;
        case Role::Selectors: return isObject ? Role::Selector : Role::Ignore;
        case Role::Bodies: return isObject ? Role::Body : Role::Ignore;
        case Role::Body: return k == "source" && isObject ? Role::BodySource : Role::Ignore;
        case Role::Tags:
            current().hasTags = true;
            return Role::Ignore;
        default: return Role::Ignore;
        }
    }

    Role annotationMember(bool isObject, bool isArray)
    {
        const std::string &k = top().key;
        if (k == "target")
            return isObject ? Role::Target : (isArray ? Role::Targets : Role::Ignore);
        if (k == "body")
            return isObject ? Role::Body : (isArray ? Role::Bodies : Role::Ignore);
        if (k == "creator")
            return isObject ? Role::Creator : Role::Ignore;
        if (k == "tags")
            return isArray ? Role::Tags : Role::Ignore;
        return Role::Ignore;
    }

    bool open(bool isArray)
    {
        unsigned char list = 0;
        qsizetype index = -1;
        const Role role = childRole(!isArray, isArray, &list, &index);
        // Frames are reused (with their key sets' storage): no allocation per object once the reader is deep enough.
        if (m_depth == m_frames.size())
            m_frames.emplace_back();
        Frame &f = m_frames[m_depth++];
        f.role = role;
        f.isArray = isArray;
        f.list = list;
        f.index = 0;
        f.key.clear();
        f.keys.clear();
        switch (role) {
        case Role::Root: beginAnnotation(Single, -1); break;
        case Role::Annotation: beginAnnotation(list, index); break;
        case Role::Target:
            current().targetIndex = index;
            current().targetHasSelector = false;
            break;
        case Role::Selector:
            current().selectorIndex = index;
            current().selectorType.clear();
            current().selectorQuote = TextQuote();
            current().start = current().end = PositionValue();
            break;
        case Role::Body: {
            Annotation &a = current();
            a.purpose.clear();
            a.value.clear();
            a.bodyId.clear();
            a.description.clear();
            a.sourceId.clear();
            a.sourceTitle.clear();
            a.sourcePublisher.clear();
            a.sourceString.clear();
            a.sourceKind = Annotation::NoSource;
            break;
        }
        case Role::BodySource: current().sourceKind = Annotation::SourceObject; break;
        case Role::Extension: current().extension.begin = *m_last - m_base; break;
        case Role::TopExtension:
            topExtension.begin = *m_last - m_base;
            m_rootAnnotation.extension.begin = topExtension.begin; // the file may be one annotation
            break;
        default: break;
        }
        return true;
    }

    bool close()
    {
        const Role role = top().role;
        --m_depth;
        switch (role) {
        case Role::Root: endAnnotation(Single); break;
        case Role::Annotation:
            endAnnotation(top().list);
            m_annotation = &m_rootAnnotation; // the file itself may be an annotation too
            break;
        case Role::Target:
            if (current().targetHasSelector)
                current().hasSelector = true;
            break;
        case Role::Selector: endSelector(); break;
        case Role::Body: endBody(); break;
        case Role::Extension: current().extension.end = *m_last - m_base + 1; break;
        case Role::TopExtension:
            topExtension.end = *m_last - m_base + 1;
            m_rootAnnotation.extension.end = topExtension.end;
            break;
        default: break;
        }
        return true;
    }

    bool scalar(Scalar kind)
    {
        if (m_depth == 0)
            return true; // a lone scalar: not an annotation file
        Frame &f = top();
        const qsizetype index = f.isArray ? f.index++ : -1;
        auto text = [this, kind]() { return kind == Scalar::String ? qs(*m_string) : QString(); };
        const std::string &k = f.key;
        switch (f.role) {
        case Role::Root:
            if (k == "target")
                rootHasTarget = true;
            if (k == "items" || k == "rows") {
                List &l = m_lists[k == "items" ? Items : Rows];
                l.present = true;
                l.notArray = true;
                return true;
            }
            [[fallthrough]];
        case Role::Annotation: {
            Annotation &a = current();
            if (kind != Scalar::String)
                return true;
            if (k == "id")
                a.id = text();
            else if (k == "text")
                a.text = text();
            else if (k == "creator")
                a.creator = text();
            else if (k == "user")
                a.user = text();
            else if (k == "created")
                a.created = text();
            else if (k == "modified")
                a.modified = text();
            else if (k == "updated")
                a.updated = text();
            return true;
        }
        case Role::First:
            if (k == "items") {
                firstHasItems = true;
                m_lists[FirstItems].present = true;
                m_lists[FirstItems].notArray = true;
            }
            return true;
        case Role::List: {
            List &l = m_lists[f.list];
            l.problems.add(l.pointer + QLatin1Char('/') + QString::number(index), tr("an annotation must be an object"));
            return true;
        }
        case Role::Selector: {
            Annotation &a = current();
            if (k == "start" || k == "end") {
                PositionValue &p = k == "start" ? a.start : a.end;
                p.state = kind == Scalar::Integer ? PositionValue::Integer : PositionValue::NotInteger;
                p.value = m_integer;
            } else if (kind == Scalar::String) {
                if (k == "type")
                    a.selectorType = text();
                else if (k == "exact")
                    a.selectorQuote.exact = text();
                else if (k == "prefix")
                    a.selectorQuote.prefix = text();
                else if (k == "suffix")
                    a.selectorQuote.suffix = text();
            }
            return true;
        }
        case Role::Body: {
            if (kind != Scalar::String)
                return true;
            Annotation &a = current();
            if (k == "purpose")
                a.purpose = text();
            else if (k == "value")
                a.value = text();
            else if (k == "id")
                a.bodyId = text();
            else if (k == "description")
                a.description = text();
            else if (k == "source") {
                a.sourceString = text();
                a.sourceKind = Annotation::SourceString;
            }
            return true;
        }
        case Role::BodySource:
            if (kind == Scalar::String) {
                Annotation &a = current();
                if (k == "id")
                    a.sourceId = text();
                else if (k == "title")
                    a.sourceTitle = text();
                else if (k == "publisher")
                    a.sourcePublisher = text();
            }
            return true;
        case Role::Creator:
            if (kind == Scalar::String && k == "name")
                current().creatorName = text();
            return true;
        case Role::Tags: {
            Annotation &a = current();
            a.hasTags = true;
            if (kind == Scalar::String)
                a.tags.append(text());
            return true;
        }
        case Role::Extension:
            if (kind == Scalar::String && k == "id")
                current().extensionId = text();
            return true;
        case Role::TopExtension:
            if (kind == Scalar::String && k == "id")
                m_rootAnnotation.extensionId = text();
            return true;
        default: return true; // e.g. a selector that is not an object: not looked at
        }
    }

    void beginAnnotation(unsigned char list, qsizetype index)
    {
        if (list == Single) {
            m_rootAnnotation = Annotation();
            m_annotation = &m_rootAnnotation;
        } else {
            m_itemAnnotation = Annotation();
            m_annotation = &m_itemAnnotation;
        }
        current().index = index;
    }

    QString annotationPointer(unsigned char list) const
    {
        const List &l = m_lists[list];
        return m_annotation->index < 0 ? l.pointer : l.pointer + QLatin1Char('/') + QString::number(m_annotation->index);
    }

    void endSelector()
    {
        Annotation &a = current();
        if (a.failed || a.hasSelector)
            return; // a bad position was reported, or an earlier target had the selectors
        if (a.selectorType == QLatin1String("TextQuoteSelector")) {
            a.claim.quote = a.selectorQuote;
            a.targetHasSelector = true;
        } else if (a.selectorType == QLatin1String("TextPositionSelector")) {
            const unsigned char list = m_annotation == &m_rootAnnotation ? static_cast<unsigned char>(Single)
                                                                         : m_frames[listFrame()].list;
            QString pointer = annotationPointer(list) + QLatin1String("/target");
            if (a.targetIndex >= 0)
                pointer += QLatin1Char('/') + QString::number(a.targetIndex);
            pointer += QLatin1String("/selector");
            if (a.selectorIndex >= 0)
                pointer += QLatin1Char('/') + QString::number(a.selectorIndex);
            Problems &problems = m_lists[list].problems;
            if (a.start.state == PositionValue::Absent || a.end.state == PositionValue::Absent) {
                problems.add(pointer, tr("a TextPositionSelector needs \"start\" and \"end\""));
            } else if (a.start.state != PositionValue::Integer) {
                problems.add(pointer + QLatin1String("/start"), tr("must be an integer"));
            } else if (a.end.state != PositionValue::Integer) {
                problems.add(pointer + QLatin1String("/end"), tr("must be an integer"));
            } else if (a.start.value < 0) {
                problems.add(pointer + QLatin1String("/start"), tr("must not be negative"));
            } else if (a.end.value < a.start.value) {
                problems.add(pointer + QLatin1String("/end"), tr("must not be less than start (%1)").arg(a.start.value));
            } else if (a.end.value > SidecarInternal::MaxInteger) { // what the sidecar could not store
                problems.add(pointer + QLatin1String("/end"),
                             tr("must not be greater than %1").arg(SidecarInternal::MaxInteger));
            } else {
                a.claim.start = a.start.value;
                a.claim.end = a.end.value;
                a.targetHasSelector = true;
                return;
            }
            a.failed = true;
        }
    }

    // The frame index of the list the current item annotation is in.
    qsizetype listFrame() const
    {
        for (qsizetype i = qsizetype(m_depth) - 1; i >= 0; --i)
            if (m_frames[i].role == Role::List)
                return i;
        return 0;
    }

    void endBody()
    {
        Annotation &a = current();
        Claim &c = a.claim;
        if (a.purpose == QLatin1String("classifying")) {
            c.claimType = a.value;
        } else if (a.purpose == QLatin1String("assessing")) {
            c.verdict = a.value;
        } else if (a.purpose == QLatin1String("tagging")) {
            if (a.value.startsWith(QLatin1String("status:")))
                statusFromString(a.value.mid(7), &c.status);
            else if (!a.value.isEmpty())
                a.taggingBodies << a.value;
        } else if (a.purpose == QLatin1String("linking")) {
            Source s;
            if (a.sourceKind == Annotation::SourceObject) {
                s.url = a.sourceId;
                s.title = a.sourceTitle;
                s.publisher = a.sourcePublisher;
            } else if (a.sourceKind == Annotation::SourceString) {
                s.url = a.sourceString;
            } else {
                s.url = a.bodyId;
            }
            s.note = a.description;
            if (!s.url.isEmpty())
                c.sources.append(s);
        } else if (a.purpose == QLatin1String("commenting") || (a.purpose.isEmpty() && !a.value.isEmpty())) {
            c.notes = c.notes.isEmpty() ? a.value : c.notes + QLatin1String("\n\n") + a.value;
        }
    }

    void endAnnotation(unsigned char list)
    {
        Annotation &a = current();
        List &l = m_lists[list];
        if (a.failed)
            return;
        if (!a.hasSelector && !a.extension.isValid()) {
            ++l.skipped;
            return;
        }
        Claim &c = a.claim;
        if (c.quote.exact.isEmpty() && c.start >= 0 && !m_document.isNull()) {
            c.quote = m_document.quoteAt(c.start, c.end);
            if (c.quote.exact.isEmpty())
                c.start = c.end = -1;
        }
        // Hypothesis: text, tags, user, updated.
        if (!a.text.isEmpty())
            c.notes = c.notes.isEmpty() ? a.text : c.notes + QLatin1String("\n\n") + a.text;
        if (a.hasTags || !a.taggingBodies.isEmpty()) {
            QJsonArray tags = a.tags;
            for (const QString &t : std::as_const(a.taggingBodies))
                tags.append(t);
            c.fields.insert(QStringLiteral("tags"), tags);
        }
        if (c.claimType.isEmpty())
            c.claimType = QStringLiteral("unclassified");
        QString creator = !a.creator.isEmpty() ? a.creator : a.creatorName;
        if (creator.isEmpty()) {
            creator = a.user; // acct:name@hypothes.is
            if (creator.startsWith(QLatin1String("acct:")))
                creator = creator.mid(5).section(QLatin1Char('@'), 0, 0);
        }
        c.createdBy = creator;
        c.created = SidecarInternal::parseIsoUtc(a.created); // as the sidecar reads it
        c.modified = SidecarInternal::parseIsoUtc(a.modified);
        if (!c.modified.isValid())
            c.modified = SidecarInternal::parseIsoUtc(a.updated);
        l.annotations.push_back(std::move(a));
    }

    const char **m_last;
    const char *m_base;
    Document m_document;
    std::vector<Frame> m_frames;
    std::size_t m_depth = 0; // frames in use
    Annotation m_rootAnnotation;
    Annotation m_itemAnnotation;
    Annotation *m_annotation = &m_rootAnnotation;
    const std::string *m_string = nullptr;
    qint64 m_integer = 0;
};

// The annotation's id as given, kept in the claim; the claim's UUID derived from it (a UUID given is that UUID,
// another id a name-based UUID of it).
void applyId(Claim *c, const QString &given)
{
    QString id = given;
    if (id.startsWith(QLatin1String(BareIdPrefix)))
        id = QUrl::fromPercentEncoding(id.mid(int(std::size(BareIdPrefix)) - 1).toLatin1());
    QString uuid = id;
    if (uuid.startsWith(QLatin1String("urn:uuid:")))
        uuid = uuid.mid(9);
    c->id = QUuid::fromString(uuid);
    if (c->id.isNull())
        c->id = uuid.isEmpty() ? QUuid::createUuid() : QUuid::createUuidV5(ImportNamespace, uuid);
}

void keepId(Claim *c, const QString &given)
{
    QString id = given;
    if (id.startsWith(QLatin1String(BareIdPrefix)))
        id = QUrl::fromPercentEncoding(id.mid(int(std::size(BareIdPrefix)) - 1).toLatin1());
    if (id.isEmpty() || id == canonicalId(c->id))
        c->extra.remove(W3cIdKey);
    else
        c->extra.insert(W3cIdKey, id);
}

// Sidecar errors in text the importer put together, moved to where the extension's objects are in the file:
// "/claims/K/…" is the K-th extension object, "/…" the collection's.
QList<LocatedError> relocate(const QList<LocatedError> &errors, const QByteArray &bytes, const QString &path,
                             const QStringList &claimPointers, const QString &topPointer)
{
    QStringList pointers, messages;
    for (const LocatedError &e : errors) {
        const qsizetype colon = e.message.indexOf(QLatin1String(": "));
        QString pointer = colon > 0 && e.message.startsWith(QLatin1Char('/')) ? e.message.left(colon) : QString();
        const QString message = pointer.isEmpty() ? e.message : e.message.mid(colon + 2);
        if (pointer == QLatin1String("/"))
            pointer.clear();
        QString where;
        if (topPointer.isNull()) {
            static const QRegularExpression claim(QStringLiteral("^/claims/(\\d+)(.*)$"));
            const QRegularExpressionMatch m = claim.match(pointer);
            const qsizetype k = m.hasMatch() ? m.captured(1).toLongLong() : -1;
            where = k >= 0 && k < claimPointers.size() ? claimPointers.at(k) + m.captured(2)
                                                       : claimPointers.value(0);
        } else {
            where = topPointer + pointer;
        }
        pointers << where;
        messages << message;
    }
    const QList<qsizetype> offsets = jsonValueOffsets(bytes, pointers);
    QList<LocatedError> out;
    for (qsizetype i = 0; i < pointers.size(); ++i)
        out << locatedError(path, bytes, std::max<qsizetype>(offsets.at(i), 0),
                            (pointers.at(i).isEmpty() ? QStringLiteral("/") : pointers.at(i)) + QLatin1String(": ")
                                + messages.at(i));
    return out;
}

} // namespace

W3c::ImportResult W3c::importAnnotations(const QByteArray &bytes, const QString &path, QStringView document)
{
    ImportResult result;
    if (bytes.size() > Sidecar::MaxFileSize) {
        result.errors.append(LocatedError{path, 1, 1, QLatin1String("/: ") + tr("file too large")});
        return result;
    }
    // The same depth cap as the sidecar, by a bracket count over the raw text (before parsing, so that the
    // parser never goes deeper).
    // Strings, most of the bytes, are skipped with memchr to their closing quote (one preceded by an even run
    // of backslashes).
    int depth = 0;
    const char *const data = bytes.constData();
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char ch = data[i];
        if (ch == '"') {
            qsizetype j = i + 1;
            for (;;) {
                const void *q = j < size ? std::memchr(data + j, '"', size_t(size - j)) : nullptr;
                if (!q) {
                    j = size;
                    break;
                }
                j = static_cast<const char *>(q) - data;
                qsizetype slashes = 0;
                while (j - 1 - slashes > i && data[j - 1 - slashes] == '\\')
                    ++slashes;
                if (slashes % 2 == 0)
                    break;
                ++j;
            }
            i = j; // the closing quote (or the end: the parser says what is wrong)
        } else if (ch == '[' || ch == '{') {
            if (++depth > Sidecar::MaxDepth) {
                result.errors.append(locatedError(path, bytes, i, QLatin1String("/: ")
                                                      + tr("nested deeper than %1 levels").arg(Sidecar::MaxDepth)));
                return result;
            }
        } else if (ch == ']' || ch == '}') {
            --depth;
        }
    }

    // One streaming pass: the claims are built as the parser goes, without a document tree.
    const char *last = bytes.constData();
    Reader reader(&last, bytes.constData(), document);
    try {
        json::sax_parse(TrackedIterator{bytes.constData(), &last}, TrackedIterator{bytes.constData() + bytes.size(), &last},
                        &reader);
    } catch (const json::exception &e) {
        result.errors.append(LocatedError{path, 1, 1, QLatin1String("/: ") + QString::fromUtf8(e.what())});
        return result;
    }
    if (reader.parseFailed) {
        result.errors.append(locatedError(path, bytes, reader.errorByte, QLatin1String("/: ") + reader.errorMessage));
        return result;
    }
    if (reader.duplicateKey) {
        // nlohmann keeps the last of repeated keys, silently.
        if (const JsonDuplicateKey d = findDuplicateKey(bytes); d.isValid()) {
            result.errors.append(locatedError(path, bytes, d.offset,
                                              (d.pointer.isEmpty() ? QStringLiteral("/") : d.pointer)
                                                  + QLatin1String(": ") + tr("duplicate key \"%1\"").arg(d.key)));
            return result;
        }
    }

    // Which list counts, in the order the formats are tried.
    List *list = nullptr;
    if (reader.rootIsArray)
        list = &reader.m_lists[TopArray];
    else if (reader.rootIsObject && reader.firstHasItems)
        list = &reader.m_lists[FirstItems];
    else if (reader.rootIsObject && reader.m_lists[Items].present)
        list = &reader.m_lists[Items];
    else if (reader.rootIsObject && reader.m_lists[Rows].present)
        list = &reader.m_lists[Rows];
    else if (reader.rootIsObject && reader.rootHasTarget)
        list = &reader.m_lists[Single];
    if (!list) {
        Problems problems;
        problems.add(QString(), tr("not a W3C AnnotationCollection, AnnotationPage, annotation or Hypothesis export"));
        result.errors = problems.located(bytes, path);
        return result;
    }
    if (list->notArray) {
        Problems problems;
        problems.add(list->pointer, tr("must be an array of annotations"));
        result.errors = problems.located(bytes, path);
        return result;
    }
    if (list->problems.size() > 0) {
        result.errors = list->problems.located(bytes, path);
        return result;
    }

    // Claimbench's own data (docs/w3c.md): the sidecar's objects, read by the sidecar's reader.
    const bool single = list == &reader.m_lists[Single];
    if (!single && reader.topExtension.isValid()) {
        const QByteArray top = bytes.mid(reader.topExtension.begin, reader.topExtension.end - reader.topExtension.begin);
        const Sidecar::ReadResult r = Sidecar::parse(top, path);
        if (!r.ok()) {
            result.errors = relocate(r.errors, bytes, path, {}, QLatin1String("/") + QLatin1String(ExtensionKey));
            return result;
        }
        result.data = r.data;
        result.data.claims.clear();
    }
    QByteArray claimsText = "{\"format\":\"" + QByteArray(SidecarInternal::FormatName) + "\",\"version\":"
                            + QByteArray::number(Sidecar::FormatVersion) + ",\"document\":{},\"claims\":[";
    QStringList extensionPointers;
    std::vector<qsizetype> withExtension;
    for (std::size_t i = 0; i < list->annotations.size(); ++i) {
        const Span &s = list->annotations[i].extension;
        if (!s.isValid())
            continue;
        if (!withExtension.empty())
            claimsText += ',';
        claimsText += QByteArrayView(bytes).sliced(s.begin, s.end - s.begin);
        const qsizetype index = list->annotations[i].index;
        extensionPointers << (index < 0 ? QString() : list->pointer + QLatin1Char('/') + QString::number(index))
                                 + QLatin1Char('/') + QLatin1String(ExtensionKey);
        withExtension.push_back(qsizetype(i));
    }
    claimsText += "]}";
    if (!withExtension.empty()) {
        const Sidecar::ReadResult r = Sidecar::parse(claimsText, path);
        if (!r.ok()) {
            result.errors = relocate(r.errors, bytes, path, extensionPointers, QString());
            return result;
        }
        // The sidecar's reader sorts the claims; each annotation names its claim by the id in its extension.
        QHash<IdKey, Claim> byId;
        for (const Claim &c : r.data.claims)
            byId.insert(c.id, c);
        for (const qsizetype i : withExtension) {
            Annotation &a = list->annotations[std::size_t(i)];
            a.claim = byId.value(QUuid::fromString(a.extensionId));
            a.fromExtension = true;
        }
    }
    Document doc(document);
    QSet<IdKey> ids;
    ids.reserve(qsizetype(list->annotations.size()));
    result.data.claims.reserve(qsizetype(list->annotations.size()));
    for (Annotation &a : list->annotations) {
        Claim &c = a.claim;
        if (!a.fromExtension)
            applyId(&c, a.id);
        bool fresh = false;
        while (ids.contains(c.id)) { // an id used twice: the second annotation gets a new one
            c.id = QUuid::createUuid();
            fresh = true;
        }
        ids.insert(c.id);
        keepId(&c, fresh ? QString() : a.id);
        if (a.fromExtension && c.quote.exact.isEmpty() && c.start >= 0 && !doc.isNull()) {
            c.quote = doc.quoteAt(c.start, c.end);
            if (c.quote.exact.isEmpty())
                c.start = c.end = -1;
        }
        result.data.claims.append(std::move(c));
    }
    result.skipped = list->skipped;
    result.data.sortClaims();
    return result;
}

} // namespace Claimbench
