// SPDX-License-Identifier: GPL-2.0-or-later
#include "claimtypefile_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <vector>

namespace Claimbench {

namespace {

using nlohmann::json;

// Messages for people: translatable like the rest of the workbench.
QString tr(const char *text)
{
    return QCoreApplication::translate("Claimbench::ClaimTypeFile", text);
}

struct Failure {
    QString pointer;
    QString message;
};

QString str(const json &j)
{
    return QString::fromStdString(j.get<std::string>());
}

std::optional<Failure> fail(const QString &pointer, const QString &message)
{
    return Failure{pointer, message};
}

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

// What the JSON parser does not check, found in one walk over the raw text before it runs: nesting deeper than
// ClaimTypeFile::MaxDepth (reported where it starts; the walk stops there) and a key that repeats one of its
// object (nlohmann keeps the last one silently). Keys are compared decoded ("a" and "\u0061" are one key).
// Tolerates malformed JSON: the parser reports that.
struct Prescan {
    qsizetype tooDeep = -1;      ///< the offset of the first '{' or '[' past the depth limit, or -1
    qsizetype duplicate = -1;    ///< the offset of the first repeated key, or -1
    QString duplicatePointer;    ///< its JSON pointer
    QString duplicateKey;
};

Prescan prescan(QByteArrayView bytes, int maxDepth)
{
    struct Frame {
        bool object = false;
        bool expectKey = true;
        qsizetype index = 0;
        QString key;
        QSet<QString> keys;
    };
    Prescan r;
    std::vector<Frame> stack;
    const qsizetype n = bytes.size();
    // The string starting at the quote at `i`, decoded; `i` ends after the closing quote.
    auto readString = [&](qsizetype &i) {
        QString out;
        QByteArray raw;
        auto flush = [&] {
            out += QString::fromUtf8(raw);
            raw.clear();
        };
        for (++i; i < n && bytes[i] != '"'; ++i) {
            if (bytes[i] != '\\') {
                raw += bytes[i];
                continue;
            }
            if (++i >= n)
                break;
            flush();
            switch (const char e = bytes[i]) {
            case 'b': out += u'\b'; break;
            case 'f': out += u'\f'; break;
            case 'n': out += u'\n'; break;
            case 'r': out += u'\r'; break;
            case 't': out += u'\t'; break;
            case 'u': {
                int code = 0;
                int k = 0;
                for (; k < 4 && i + 1 < n && hexValue(bytes[i + 1]) >= 0; ++k)
                    code = code * 16 + hexValue(bytes[++i]);
                if (k == 4)
                    out += QChar(char16_t(code)); // a surrogate pair comes as two escapes, in order
                break;
            }
            default: out += QLatin1Char(e); // '"', '\\', '/'
            }
        }
        flush();
        i = std::min(i + 1, n);
        return out;
    };
    auto pointer = [&] {
        QString p;
        for (const Frame &f : stack)
            p += QLatin1Char('/') + (f.object ? jsonPointerToken(f.key) : QString::number(f.index));
        return p;
    };
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < n) {
        const char c = bytes[i];
        Frame *top = stack.empty() ? nullptr : &stack.back();
        if (c == '"') {
            const qsizetype at = i;
            QString text = readString(i); // advances past the string
            if (top && top->object && top->expectKey) {
                if (top->keys.contains(text) && r.duplicate < 0) {
                    top->key = text;
                    r.duplicate = at;
                    r.duplicatePointer = pointer();
                    r.duplicateKey = text;
                }
                top->keys.insert(text);
                top->key = std::move(text);
            }
            continue;
        }
        if (c == '{' || c == '[') {
            if (qsizetype(stack.size()) >= maxDepth) {
                r.tooDeep = i;
                return r;
            }
            stack.push_back(Frame{c == '{', true, 0, QString(), {}});
        } else if (c == '}' || c == ']') {
            if (!stack.empty())
                stack.pop_back();
        } else if (c == ':' && top) {
            top->expectKey = false;
        } else if (c == ',' && top) {
            if (top->object)
                top->expectKey = true;
            else
                ++top->index;
        }
        ++i;
    }
    return r;
}

std::optional<Failure> convert(const json &root, ClaimTypeFile &f)
{
    if (!root.is_object())
        return fail(QString(), tr("the file must hold one JSON object"));
    static const QStringList known = {
        QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("version"),
        QStringLiteral("apiVersion"), QStringLiteral("colour"), QStringLiteral("color"), QStringLiteral("icon"),
        QStringLiteral("fields"), QStringLiteral("checklist"), QStringLiteral("guidance"), QStringLiteral("detectors"),
        QStringLiteral("$schema")};
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        if (!known.contains(key))
            return fail(QLatin1Char('/') + jsonPointerToken(key), tr("unknown key \"%1\"").arg(key));
    }
    auto requireString = [&](const char *key, bool required, QString *out) -> std::optional<Failure> {
        const QString pointer = QLatin1Char('/') + QLatin1String(key);
        if (!root.contains(key)) {
            if (required)
                return fail(QString(), tr("missing required key \"%1\"").arg(QLatin1String(key)));
            return std::nullopt;
        }
        if (!root[key].is_string())
            return fail(pointer, tr("must be a string"));
        *out = str(root[key]);
        if (required && out->trimmed().isEmpty())
            return fail(pointer, tr("must not be empty"));
        return std::nullopt;
    };
    ClaimType &t = f.type;
    if (auto e = requireString("id", true, &t.id))
        return e;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    if (!idPattern.match(t.id).hasMatch())
        return fail(QStringLiteral("/id"), tr("\"%1\" is not a valid id (lower-case letters, digits, '.', '_', '-')").arg(t.id));
    if (auto e = requireString("name", true, &t.name))
        return e;
    if (auto e = requireString("description", false, &t.description))
        return e;
    if (auto e = requireString("version", false, &f.version))
        return e;
    if (f.version.isEmpty())
        f.version = QStringLiteral("1.0.0");
    if (root.contains("apiVersion")) {
        if (!root["apiVersion"].is_number_integer())
            return fail(QStringLiteral("/apiVersion"), tr("must be an integer"));
        f.apiVersion = root["apiVersion"].get<int>();
        if (f.apiVersion != PluginApiVersion)
            return fail(QStringLiteral("/apiVersion"), tr("API version %1 is not supported (this Claimbench supports %2)")
                                                           .arg(f.apiVersion).arg(PluginApiVersion));
    }
    const char *colourKey = root.contains("colour") ? "colour" : "color";
    if (auto e = requireString(colourKey, false, &t.colour))
        return e;
    static const QRegularExpression colourPattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!t.colour.isEmpty() && !colourPattern.match(t.colour).hasMatch())
        return fail(QLatin1Char('/') + QLatin1String(colourKey), tr("must be a colour like \"#1f77b4\""));
    if (t.colour.isEmpty())
        t.colour = QStringLiteral("#7f7f7f");
    if (auto e = requireString("icon", false, &t.icon))
        return e;
    if (auto e = requireString("guidance", false, &t.guidance))
        return e;

    if (root.contains("fields")) {
        const json &fields = root["fields"];
        if (!fields.is_array())
            return fail(QStringLiteral("/fields"), tr("must be an array of field objects"));
        static const QStringList kinds = {QStringLiteral("text"), QStringLiteral("number"), QStringLiteral("date"),
                                          QStringLiteral("url"), QStringLiteral("choice"), QStringLiteral("boolean")};
        for (std::size_t i = 0; i < fields.size(); ++i) {
            const QString p = QStringLiteral("/fields/%1").arg(i);
            const json &fj = fields[i];
            if (!fj.is_object())
                return fail(p, tr("must be an object with \"name\", \"label\" and \"kind\""));
            FieldDefinition fd;
            for (auto it = fj.begin(); it != fj.end(); ++it) {
                const std::string &k = it.key();
                if (k != "name" && k != "label" && k != "kind" && k != "choices" && k != "required")
                    return fail(p + QLatin1Char('/') + jsonPointerToken(QString::fromStdString(k)), tr("unknown key \"%1\"").arg(QString::fromStdString(k)));
            }
            if (!fj.contains("name") || !fj["name"].is_string() || fj["name"].get<std::string>().empty())
                return fail(fj.contains("name") ? p + QStringLiteral("/name") : p, tr("a field needs a non-empty string \"name\""));
            fd.name = str(fj["name"]);
            for (const FieldDefinition &other : std::as_const(t.fields))
                if (other.name == fd.name)
                    return fail(p + QStringLiteral("/name"), tr("duplicate field name \"%1\"").arg(fd.name));
            fd.label = fd.name;
            if (fj.contains("label")) {
                if (!fj["label"].is_string())
                    return fail(p + QStringLiteral("/label"), tr("must be a string"));
                fd.label = str(fj["label"]);
            }
            QString kind = QStringLiteral("text");
            if (fj.contains("kind")) {
                if (!fj["kind"].is_string())
                    return fail(p + QStringLiteral("/kind"), tr("must be a string"));
                kind = str(fj["kind"]);
            }
            const qsizetype k = kinds.indexOf(kind);
            if (k < 0)
                return fail(p + QStringLiteral("/kind"), tr("unknown kind \"%1\" (expected one of %2)").arg(kind, kinds.join(QStringLiteral(", "))));
            fd.kind = FieldDefinition::Kind(k);
            if (fj.contains("choices")) {
                const json &c = fj["choices"];
                if (!c.is_array())
                    return fail(p + QStringLiteral("/choices"), tr("must be an array of strings"));
                for (std::size_t ci = 0; ci < c.size(); ++ci) {
                    if (!c[ci].is_string())
                        return fail(p + QStringLiteral("/choices/%1").arg(ci), tr("must be a string"));
                    fd.choices << str(c[ci]);
                }
            }
            if (fd.kind == FieldDefinition::Choice && fd.choices.isEmpty())
                return fail(fj.contains("choices") ? p + QStringLiteral("/choices") : p, tr("a choice field needs a non-empty \"choices\" array"));
            if (fj.contains("required")) {
                if (!fj["required"].is_boolean())
                    return fail(p + QStringLiteral("/required"), tr("must be true or false"));
                fd.required = fj["required"].get<bool>();
            }
            t.fields << fd;
        }
    }
    if (root.contains("checklist")) {
        const json &steps = root["checklist"];
        if (!steps.is_array())
            return fail(QStringLiteral("/checklist"), tr("must be an array of steps"));
        for (std::size_t i = 0; i < steps.size(); ++i) {
            const QString p = QStringLiteral("/checklist/%1").arg(i);
            ChecklistStep step;
            if (steps[i].is_string()) {
                step.id = QStringLiteral("step-%1").arg(i + 1);
                step.text = str(steps[i]);
            } else if (steps[i].is_object() && steps[i].contains("id") && steps[i]["id"].is_string()
                       && steps[i].contains("text") && steps[i]["text"].is_string()) {
                step.id = str(steps[i]["id"]);
                step.text = str(steps[i]["text"]);
            } else {
                return fail(p, tr("a step is a string or an object with string \"id\" and \"text\""));
            }
            if (step.text.trimmed().isEmpty())
                return fail(p, tr("a step needs text"));
            t.checklist << step;
        }
    }
    if (root.contains("detectors")) {
        const json &dets = root["detectors"];
        if (!dets.is_array())
            return fail(QStringLiteral("/detectors"), tr("must be an array of detector objects"));
        for (std::size_t i = 0; i < dets.size(); ++i) {
            const QString p = QStringLiteral("/detectors/%1").arg(i);
            const json &dj = dets[i];
            if (!dj.is_object())
                return fail(p, tr("must be an object with a \"pattern\""));
            for (auto it = dj.begin(); it != dj.end(); ++it) {
                const std::string &k = it.key();
                if (k != "pattern" && k != "caseInsensitive" && k != "group" && k != "confidence" && k != "rationale")
                    return fail(p + QLatin1Char('/') + jsonPointerToken(QString::fromStdString(k)), tr("unknown key \"%1\"").arg(QString::fromStdString(k)));
            }
            if (!dj.contains("pattern") || !dj["pattern"].is_string() || dj["pattern"].get<std::string>().empty())
                return fail(dj.contains("pattern") ? p + QStringLiteral("/pattern") : p, tr("a detector needs a non-empty string \"pattern\""));
            RegexDetector d;
            QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
            if (dj.contains("caseInsensitive")) {
                if (!dj["caseInsensitive"].is_boolean())
                    return fail(p + QStringLiteral("/caseInsensitive"), tr("must be true or false"));
                if (dj["caseInsensitive"].get<bool>())
                    options |= QRegularExpression::CaseInsensitiveOption;
            }
            d.expression = QRegularExpression(str(dj["pattern"]), options);
            if (!d.expression.isValid())
                return fail(p + QStringLiteral("/pattern"), tr("invalid regular expression: %1 (at offset %2)")
                                                                .arg(d.expression.errorString()).arg(d.expression.patternErrorOffset()));
            d.expression.optimize();
            if (dj.contains("group")) {
                if (!dj["group"].is_number_integer() || dj["group"].get<int>() < 0
                    || dj["group"].get<int>() > d.expression.captureCount())
                    return fail(p + QStringLiteral("/group"), tr("must be a capture group of the pattern (0..%1)").arg(d.expression.captureCount()));
                d.group = dj["group"].get<int>();
            }
            if (dj.contains("confidence")) {
                if (!dj["confidence"].is_number() || dj["confidence"].get<double>() < 0 || dj["confidence"].get<double>() > 1)
                    return fail(p + QStringLiteral("/confidence"), tr("must be a number from 0 to 1"));
                d.confidence = dj["confidence"].get<double>();
            }
            if (dj.contains("rationale")) {
                if (!dj["rationale"].is_string())
                    return fail(p + QStringLiteral("/rationale"), tr("must be a string"));
                d.rationale = str(dj["rationale"]);
            }
            if (d.rationale.isEmpty())
                d.rationale = QStringLiteral("matches /%1/").arg(d.expression.pattern());
            f.detectors << d;
        }
    }
    return std::nullopt;
}

} // namespace

ClaimTypeFile ClaimTypeFile::read(const QString &path)
{
    ClaimTypeFile f;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        f.error = LocatedError{path, 0, 0, tr("cannot read: %1").arg(file.errorString())};
        return f;
    }
    if (file.size() > MaxFileSize) {
        f.error = LocatedError{path, 0, 0, tr("file too large (%1 bytes; at most %2)").arg(file.size()).arg(MaxFileSize)};
        return f;
    }
    return parse(file.readAll(), path);
}

ClaimTypeFile ClaimTypeFile::parse(const QByteArray &bytes, const QString &path)
{
    ClaimTypeFile f;
    const Prescan scan = prescan(bytes, MaxDepth);
    if (scan.tooDeep >= 0) {
        f.error = locatedError(path, bytes, scan.tooDeep, tr("nested deeper than %1 levels").arg(MaxDepth));
        return f;
    }
    json root;
    try {
        root = json::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const json::parse_error &e) {
        QString what = QString::fromUtf8(e.what());
        const qsizetype colon = what.indexOf(QLatin1String(": "), what.indexOf(QLatin1String("parse error")));
        // e.byte is 1-based: the position of the last character read.
        f.error = locatedError(path, bytes, qsizetype(e.byte) - 1,
                               tr("invalid JSON: ") + (colon >= 0 ? what.mid(colon + 2) : what));
        return f;
    } catch (const json::exception &e) {
        f.error = locatedError(path, bytes, 0, tr("invalid JSON: ") + QString::fromUtf8(e.what()));
        return f;
    }
    if (scan.duplicate >= 0) {
        f.error = locatedError(path, bytes, scan.duplicate,
                               scan.duplicatePointer + QStringLiteral(": ") + tr("duplicate key \"%1\"").arg(scan.duplicateKey));
        return f;
    }
    std::optional<Failure> failure;
    try {
        failure = convert(root, f);
    } catch (const json::exception &e) { // a type mismatch we did not check for
        failure = Failure{QString(), QString::fromUtf8(e.what())};
    }
    if (failure) {
        const qsizetype at = jsonValueOffset(bytes, failure->pointer);
        f = ClaimTypeFile();
        f.error = locatedError(path, bytes, std::max<qsizetype>(at, 0),
                               failure->pointer.isEmpty() ? failure->message
                                                          : failure->pointer + QStringLiteral(": ") + failure->message);
    }
    return f;
}

QList<Suggestion> ClaimTypeFile::detect(QStringView text, const Cancellation &cancel) const
{
    QList<Suggestion> out;
    for (const RegexDetector &d : detectors) {
        auto it = d.expression.globalMatchView(text);
        int n = 0;
        while (it.hasNext()) {
            if ((++n & 63) == 0 && cancel.isCancelled())
                return out;
            const QRegularExpressionMatch m = it.next();
            Suggestion s;
            s.start = m.capturedStart(d.group);
            s.end = m.capturedEnd(d.group);
            s.claimType = type.id;
            s.confidence = d.confidence;
            s.rationale = d.rationale;
            if (s.isValid())
                out << s;
        }
    }
    return out;
}

} // namespace Claimbench
