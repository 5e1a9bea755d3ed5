// SPDX-License-Identifier: GPL-2.0-or-later
#include "w3c.h"

#include "jsonoutput.h"
#include "reanchor.h"
#include "claimset.h"
#include "sidecar_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QStringDecoder>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>

namespace Claimbench {

namespace {

using ojson = nlohmann::ordered_json;
using json = nlohmann::json;

// Ids of imported annotations that are not UUIDs (Hypothesis uses short ids) become stable name-based UUIDs.
const QUuid ImportNamespace = QUuid::fromString(QStringLiteral("6b0c3c1e-0f7a-4c59-9d0e-5d1c6f2b7a44"));

std::string u8(const QString &s)
{
    return s.toStdString();
}

QString qs(const std::string &s)
{
    // Not QString::fromUtf8(), which drops a U+FEFF at the start as a byte-order mark: a note that is (or starts
    // with) a zero-width no-break space is text like any other.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    return utf8(QByteArrayView(s.data(), qsizetype(s.size())));
}

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

ojson annotation(const Claim &c, const std::string &source)
{
    ojson a = ojson::object();
    a["id"] = "urn:uuid:" + u8(c.id.toString(QUuid::WithoutBraces));
    a["type"] = "Annotation";
    a["motivation"] = "assessing";
    if (!c.createdBy.isEmpty())
        a["creator"] = ojson{{"type", "Person"}, {"name", u8(c.createdBy)}};
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

// --- import ---------------------------------------------------------------------------------------------------

QString tr(const char *text)
{
    return QCoreApplication::translate("Claimbench::W3c", text);
}

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

QString str(const json &o, const char *key)
{
    const auto it = o.find(key);
    return it != o.end() && it->is_string() ? qs(it->get<std::string>()) : QString();
}

// Objects or arrays of objects, as W3C allows either for body, target and selector.
std::vector<const json *> objects(const json &o, const char *key)
{
    std::vector<const json *> out;
    const auto it = o.find(key);
    if (it == o.end())
        return out;
    if (it->is_object())
        out.push_back(&*it);
    else if (it->is_array())
        for (const json &e : *it)
            if (e.is_object())
                out.push_back(&e);
    return out;
}

// The same with the JSON pointer of each object, relative to `o` ("/target" or "/target/2").
std::vector<std::pair<QString, const json *>> pointedObjects(const json &o, const char *key)
{
    std::vector<std::pair<QString, const json *>> out;
    const auto it = o.find(key);
    if (it == o.end())
        return out;
    const QString p = QLatin1Char('/') + QLatin1String(key);
    if (it->is_object()) {
        out.emplace_back(p, &*it);
    } else if (it->is_array()) {
        for (std::size_t i = 0; i < it->size(); ++i)
            if ((*it)[i].is_object())
                out.emplace_back(p + QLatin1Char('/') + QString::number(i), &(*it)[i]);
    }
    return out;
}

// A TextPositionSelector's start and end (code points, 0 <= start <= end); false with a problem when malformed.
bool readPosition(const json &s, const QString &pointer, Problems &problems, qint64 *start, qint64 *end)
{
    const auto st = s.find("start"), en = s.find("end");
    if (st == s.end() || en == s.end()) {
        problems.add(pointer, tr("a TextPositionSelector needs \"start\" and \"end\""));
        return false;
    }
    auto isInt64 = [](const json &v) {
        return v.is_number_integer()
               && !(v.is_number_unsigned() && v.get<quint64>() > quint64(std::numeric_limits<qint64>::max()));
    };
    if (!isInt64(*st)) {
        problems.add(pointer + QLatin1String("/start"), tr("must be an integer"));
        return false;
    }
    if (!isInt64(*en)) {
        problems.add(pointer + QLatin1String("/end"), tr("must be an integer"));
        return false;
    }
    *start = st->get<qint64>();
    *end = en->get<qint64>();
    if (*start < 0) {
        problems.add(pointer + QLatin1String("/start"), tr("must not be negative"));
        return false;
    }
    if (*end < *start) {
        problems.add(pointer + QLatin1String("/end"), tr("must not be less than start (%1)").arg(*start));
        return false;
    }
    if (*end > SidecarInternal::MaxInteger) { // what the sidecar could not store
        problems.add(pointer + QLatin1String("/end"), tr("must not be greater than %1").arg(SidecarInternal::MaxInteger));
        return false;
    }
    return true;
}

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

// False when the annotation has no usable text selector (a page note, or a malformed one: see `problems`).
bool readAnnotation(const json &a, const QString &pointer, Problems &problems, Claim *c, Document &document)
{
    QString id = str(a, "id");
    if (id.startsWith(QLatin1String("urn:uuid:")))
        id = id.mid(9);
    c->id = QUuid::fromString(id);
    if (c->id.isNull())
        c->id = id.isEmpty() ? QUuid::createUuid() : QUuid::createUuidV5(ImportNamespace, id);

    bool hasSelector = false;
    for (const auto &[targetPointer, t] : pointedObjects(a, "target")) {
        for (const auto &[selectorPointer, s] : pointedObjects(*t, "selector")) {
            const QString type = str(*s, "type");
            if (type == QLatin1String("TextQuoteSelector")) {
                c->quote.exact = str(*s, "exact");
                c->quote.prefix = str(*s, "prefix");
                c->quote.suffix = str(*s, "suffix");
                hasSelector = true;
            } else if (type == QLatin1String("TextPositionSelector")) {
                qint64 start = -1, end = -1;
                if (!readPosition(*s, pointer + targetPointer + selectorPointer, problems, &start, &end))
                    return false;
                c->start = start;
                c->end = end;
                hasSelector = true;
            }
        }
        if (hasSelector)
            break;
    }
    if (!hasSelector)
        return false;
    if (c->quote.exact.isEmpty() && c->start >= 0 && !document.isNull()) {
        c->quote = document.quoteAt(c->start, c->end);
        if (c->quote.exact.isEmpty())
            c->start = c->end = -1;
    }

    for (const json *b : objects(a, "body")) {
        const QString purpose = str(*b, "purpose");
        const QString value = str(*b, "value");
        if (purpose == QLatin1String("classifying")) {
            c->claimType = value;
        } else if (purpose == QLatin1String("assessing")) {
            c->verdict = value;
        } else if (purpose == QLatin1String("tagging") && value.startsWith(QLatin1String("status:"))) {
            statusFromString(value.mid(7), &c->status);
        } else if (purpose == QLatin1String("linking")) {
            Source s;
            const auto src = b->find("source");
            if (src != b->end() && src->is_object()) {
                s.url = str(*src, "id");
                s.title = str(*src, "title");
                s.publisher = str(*src, "publisher");
            } else if (src != b->end() && src->is_string()) {
                s.url = qs(src->get<std::string>());
            } else {
                s.url = str(*b, "id");
            }
            s.note = str(*b, "description");
            if (!s.url.isEmpty())
                c->sources.append(s);
        } else if (purpose == QLatin1String("commenting") || (purpose.isEmpty() && !value.isEmpty())) {
            c->notes = c->notes.isEmpty() ? value : c->notes + QLatin1String("\n\n") + value;
        }
    }
    // Hypothesis: text, tags, user, updated.
    if (const QString text = str(a, "text"); !text.isEmpty())
        c->notes = c->notes.isEmpty() ? text : c->notes + QLatin1String("\n\n") + text;
    if (const auto tags = a.find("tags"); tags != a.end() && tags->is_array() && !tags->empty()) {
        QJsonArray list;
        for (const json &t : *tags)
            if (t.is_string())
                list.append(qs(t.get<std::string>()));
        c->fields.insert(QStringLiteral("tags"), list);
    }
    if (c->claimType.isEmpty())
        c->claimType = QStringLiteral("unclassified");

    QString creator;
    if (const auto cr = a.find("creator"); cr != a.end())
        creator = cr->is_string() ? qs(cr->get<std::string>()) : (cr->is_object() ? str(*cr, "name") : QString());
    if (creator.isEmpty()) {
        creator = str(a, "user"); // acct:name@hypothes.is
        if (creator.startsWith(QLatin1String("acct:")))
            creator = creator.mid(5).section(QLatin1Char('@'), 0, 0);
    }
    c->createdBy = creator;
    auto time = [&a](const char *key) { return SidecarInternal::parseIsoUtc(str(a, key)); }; // as the sidecar reads it
    c->created = time("created");
    c->modified = time("modified");
    if (!c->modified.isValid())
        c->modified = time("updated");
    return true;
}

} // namespace

QByteArray W3c::exportCollection(const ClaimSetData &input, const QString &source)
{
    ClaimSetData data = input;
    data.sortClaims();
    const std::string src = u8(source.isEmpty() ? data.document.fileName : source);
    ojson items = ojson::array();
    for (const Claim &c : data.claims)
        items.push_back(annotation(c, src));
    ojson collection = ojson::object();
    collection["@context"] = "http://www.w3.org/ns/anno.jsonld";
    collection["id"] = data.document.sha256.isEmpty() ? "urn:claimbench:claims:" + src
                                                      : "urn:claimbench:claims:sha256:" + u8(data.document.sha256);
    collection["type"] = "AnnotationCollection";
    collection["label"] = u8(QLatin1String("Claims on ") + (source.isEmpty() ? data.document.fileName : source));
    collection["total"] = data.claims.size();
    collection["first"] = ojson{{"type", "AnnotationPage"}, {"startIndex", 0}, {"items", items}};
    return htmlSafeJson(collection.dump(2, ' ', false, ojson::error_handler_t::replace)) + '\n'; // embeddable in HTML
}

W3c::ImportResult W3c::importAnnotations(const QByteArray &bytes, const QString &path, QStringView document)
{
    ImportResult result;
    if (bytes.size() > Sidecar::MaxFileSize) {
        result.errors.append(LocatedError{path, 1, 1, QLatin1String("/: ") + tr("file too large")});
        return result;
    }
    // The same depth cap as the sidecar, through the sidecar's reader of the raw text: parse as a sidecar would
    // only to reuse its checks is overkill; a simple bracket count does it.
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char ch = bytes.at(i);
        if (inString) {
            if (ch == '\\')
                ++i;
            else if (ch == '"')
                inString = false;
        } else if (ch == '"') {
            inString = true;
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
    json root;
    try {
        root = json::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const json::parse_error &e) {
        QString what = QString::fromUtf8(e.what());
        const qsizetype colon = what.indexOf(QLatin1String(": "));
        if (colon >= 0)
            what = what.mid(colon + 2);
        result.errors.append(locatedError(path, bytes, qsizetype(e.byte) - 1, QLatin1String("/: ") + what));
        return result;
    } catch (const json::exception &e) {
        result.errors.append(LocatedError{path, 1, 1, QLatin1String("/: ") + QString::fromUtf8(e.what())});
        return result;
    }
    if (const JsonDuplicateKey d = findDuplicateKey(bytes); d.isValid()) {
        // nlohmann keeps the last of repeated keys, silently.
        result.errors.append(locatedError(path, bytes, d.offset,
                                          (d.pointer.isEmpty() ? QStringLiteral("/") : d.pointer) + QLatin1String(": ")
                                              + tr("duplicate key \"%1\"").arg(d.key)));
        return result;
    }

    Problems problems;
    const json *items = nullptr;
    QString itemsPointer; // of the array of annotations; a single annotation is the whole file
    bool singleAnnotation = false;
    if (root.is_array()) {
        items = &root;
    } else if (root.is_object()) {
        if (const auto f = root.find("first"); f != root.end() && f->is_object() && f->contains("items")) {
            items = &(*f)["items"];
            itemsPointer = QStringLiteral("/first/items");
        } else if (const auto it = root.find("items"); it != root.end()) {
            items = &*it;
            itemsPointer = QStringLiteral("/items");
        } else if (const auto rows = root.find("rows"); rows != root.end()) {
            items = &*rows;
            itemsPointer = QStringLiteral("/rows");
        } else if (root.contains("target")) {
            singleAnnotation = true;
        }
    }
    if (!items && !singleAnnotation) {
        problems.add(QString(), tr("not a W3C AnnotationCollection, AnnotationPage, annotation or Hypothesis export"));
        result.errors = problems.located(bytes, path);
        return result;
    }
    if (items && !items->is_array()) {
        problems.add(itemsPointer, tr("must be an array of annotations"));
        result.errors = problems.located(bytes, path);
        return result;
    }
    Document doc(document);
    QSet<QUuid> ids;
    auto import = [&](const json &a, const QString &pointer) {
        try {
            if (!a.is_object()) {
                problems.add(pointer, tr("an annotation must be an object"));
                return;
            }
            Claim c;
            const qsizetype before = problems.size();
            if (readAnnotation(a, pointer, problems, &c, doc)) {
                while (ids.contains(c.id)) // an id used twice: the second annotation gets a new one
                    c.id = QUuid::createUuid();
                ids.insert(c.id);
                result.data.claims.append(std::move(c));
            } else if (problems.size() == before) {
                ++result.skipped;
            }
        } catch (const json::exception &e) {
            problems.add(pointer, QString::fromUtf8(e.what()));
        }
    };
    if (singleAnnotation) {
        import(root, QString());
    } else {
        for (std::size_t i = 0; i < items->size(); ++i)
            import((*items)[i], itemsPointer + QLatin1Char('/') + QString::number(i));
    }
    if (problems.size() > 0) {
        result.errors = problems.located(bytes, path);
        result.data = ClaimSetData();
        result.skipped = 0;
        return result;
    }
    result.data.sortClaims();
    return result;
}

} // namespace Claimbench
