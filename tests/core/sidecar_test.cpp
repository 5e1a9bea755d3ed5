// SPDX-License-Identifier: GPL-2.0-or-later
#include "atomicfile.h"
#include "documenttext.h"
#include "sidecar.h"
#include "sidecar_p.h"

#include <QCborValue>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <csignal>
#include <sys/resource.h>

using namespace Claimbench;

Q_DECLARE_METATYPE(Claimbench::DocumentEncoding)

namespace {
QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs).toUTC();
}

ClaimSetData sampleData()
{
    ClaimSetData data;
    data.document = {QStringLiteral("article.txt"), QStringLiteral("text/plain"), QString(64, QLatin1Char('a')), 400};
    data.reviewers = {QStringLiteral("Ana Ruiz"), QStringLiteral("Ben Okoro")};
    data.dismissed = {{QStringLiteral("quantity"), QStringLiteral("two areas")}};
    data.extra.insert(QStringLiteral("x-future"), QJsonObject{{QStringLiteral("kept"), true}});

    Claim a;
    a.id = QUuid::fromString(QStringLiteral("9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10"));
    a.claimType = QStringLiteral("quantity");
    a.quote = {QStringLiteral("42 \U0001F1EC\U0001F1E7 flags, caf\u00e9 and e\u0301 \U0001F600 \"quoted\"\r\n\ttab"),
               QStringLiteral("before "), QStringLiteral(" after\\")};
    a.start = 10;
    a.end = 50;
    a.status = ClaimStatus::NeedsSecondReview;
    a.verdict = QStringLiteral("mostly-false");
    a.fields.insert(QStringLiteral("unit"), QStringLiteral("GBP"));
    a.fields.insert(QStringLiteral("amount"), 1.5e6);
    a.fields.insert(QStringLiteral("ratio"), 0.1);
    a.checklist.insert(QStringLiteral("primary-source"), true);
    a.checklist.insert(QStringLiteral("contacted"), false);
    Source s;
    s.url = QStringLiteral("https://example.org/report.pdf");
    s.title = QStringLiteral("Annual report");
    s.accessed = QDate(2026, 11, 20);
    s.extra.insert(QStringLiteral("x-rating"), 3);
    a.sources = {s};
    a.notes = QStringLiteral("# Notes\n\n- *unit* checked\n");
    a.createdBy = QStringLiteral("Ana Ruiz");
    a.created = utc("2026-11-20T09:00:00Z");
    a.modified = utc("2026-11-21T10:30:00.250Z");
    a.history = {{utc("2026-11-20T09:00:00Z"), QStringLiteral("Ana Ruiz"), QStringLiteral("created"), QJsonValue(),
                  QStringLiteral("quantity"), QStringLiteral("marked from the desk's list")},
                 {utc("2026-11-21T10:30:00.250Z"), QStringLiteral("Ben Okoro"), QStringLiteral("verdict"),
                  QJsonValue(), QStringLiteral("mostly-false")}};
    a.extra.insert(QStringLiteral("x-plugin-data"), QJsonArray{1, QStringLiteral("two")});

    Claim orphan;
    orphan.id = QUuid::fromString(QStringLiteral("0b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10"));
    orphan.claimType = QStringLiteral("x-unknown-type");
    orphan.quote.exact = QStringLiteral("gone words");

    Claim nested; // inside a, same start: ordered by id
    nested.id = QUuid::fromString(QStringLiteral("1b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10"));
    nested.claimType = QStringLiteral("quantity");
    nested.quote.exact = QStringLiteral("42");
    nested.start = 10;
    nested.end = 12;

    data.claims = {orphan, a, nested};
    return data;
}

/// Equal, and stored alike: QJsonValue's == treats the integer 1 and the double 1.0 as the same.
QString strict(const ClaimSetData &d)
{
    QString out = QString::fromUtf8(Sidecar::serialize(d));
    auto add = [&out](const QJsonValue &v) { out += QCborValue::fromJsonValue(v).toDiagnosticNotation(); };
    add(d.extra);
    for (const Claim &c : d.claims) {
        add(c.fields);
        add(c.extra);
        add(c.targetExtra);
        for (const HistoryEntry &h : c.history) {
            add(h.from);
            add(h.to);
        }
    }
    return out;
}

const char minimalHead[] = R"({"format": "claimbench.claims", "version": 1, "document": {"length": 100}, )";
QByteArray minimal(const char *rest)
{
    return QByteArray(minimalHead) + rest;
}
QByteArray minimal(const QByteArray &rest)
{
    return QByteArray(minimalHead) + rest;
}
/// JSON written with single quotes (the tests' JSON has no apostrophes; \\' stands for an escaped quote).
QByteArray quoted(const char *text)
{
    QByteArray b(text);
    b.replace("\\'", "\x01");
    b.replace('\'', '"');
    b.replace("\x01", "\\\"");
    return b;
}

/// A set in which the writer writes every member of every table: each optional one set, one element in each list.
ClaimSetData fullData()
{
    ClaimSetData data;
    data.document = {QStringLiteral("article.txt"), QStringLiteral("text/plain"), QString(64, QLatin1Char('b')), 400,
                     DocumentEncoding{"UTF-8", true}};
    data.reviewers = {QStringLiteral("Ana Ruiz")};
    data.dismissed = {{QStringLiteral("quantity"), QStringLiteral("two areas")}};
    Claim c;
    c.id = QUuid::fromString(QStringLiteral("9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10"));
    c.claimType = QStringLiteral("quantity");
    c.quote = {QStringLiteral("42"), QStringLiteral("before "), QStringLiteral(" after")};
    c.start = 10;
    c.end = 12;
    c.status = ClaimStatus::InProgress;
    c.verdict = QStringLiteral("false");
    c.fields.insert(QStringLiteral("unit"), QStringLiteral("GBP"));
    c.checklist.insert(QStringLiteral("primary-source"), true);
    c.sources = {{QStringLiteral("https://example.org/r"), QStringLiteral("Report"), QStringLiteral("ONS"),
                  QDate(2026, 11, 20), QStringLiteral("https://web.archive.org/r"), QStringLiteral("an excerpt"),
                  QStringLiteral("a note"), {}}};
    c.notes = QStringLiteral("notes");
    c.reReview = QStringLiteral("text-changed");
    c.createdBy = QStringLiteral("Ana Ruiz");
    c.created = utc("2026-11-20T09:00:00Z");
    c.modified = utc("2026-11-21T10:30:00Z");
    c.history = {{utc("2026-11-20T09:00:00Z"), QStringLiteral("Ana Ruiz"), QStringLiteral("verdict"), QJsonValue(),
                  QStringLiteral("false"), QStringLiteral("done without a source: the council confirmed it")}};
    c.conflicts = {{QStringLiteral("verdict"), QJsonValue(), QStringLiteral("false"), QStringLiteral("true")}};
    c.claimant = {QStringLiteral("Essex County Council"), QStringLiteral("the county's authority"), true};
    c.statement = QStringLiteral("The partnership brought millions of pounds to Essex");
    c.conclusion = QStringLiteral("No figure was ever published");
    c.appearance = {QStringLiteral("https://example.org/speech"), QDate(2026, 11, 2)};
    c.assignee = QStringLiteral("Ben Okoro");
    c.approvedBy = QStringLiteral("Ben Okoro");
    c.approved = utc("2026-11-22T08:00:00Z");
    data.claims = {c};
    data.document.source = {QStringLiteral("https://news.example/essex"),
                            {QStringLiteral("http://news.example/essex")},
                            QStringLiteral("Essex and Jiangsu"),
                            QStringLiteral("Example News"),
                            QStringLiteral("By Jane Smith"),
                            QStringLiteral("2026-11-18T07:30:00Z"),
                            QStringLiteral("en-GB"),
                            QStringLiteral("ltr"),
                            utc("2026-11-19T10:00:00Z"),
                            QString(64, QLatin1Char('c')),
                            QStringLiteral("article.original.html"),
                            QStringLiteral("text/html")};
    data.document.source.offlineCopy = QStringLiteral("article.offline.html");
    data.publication = {QStringLiteral("Essex Fact Desk"), QStringLiteral("https://factdesk.example.org"),
                        QStringLiteral("https://factdesk.example.org/logo.png"),
                        QStringLiteral("https://factdesk.example.org/reviews/essex"), QStringLiteral("Essex checked"),
                        QDate(2026, 11, 29)};
    return data;
}

/// The member names of every object in `json` in the order they stand, by the object's JSON pointer.
class MemberOrder
{
public:
    static QMap<QString, QStringList> of(const QByteArray &json)
    {
        MemberOrder o(json);
        o.value(QString());
        return o.m_out;
    }

private:
    explicit MemberOrder(const QByteArray &json)
        : m_s(json)
    {
    }
    const QByteArray &m_s;
    qsizetype m_i = 0;
    QMap<QString, QStringList> m_out;

    char at() const { return m_i < m_s.size() ? m_s.at(m_i) : '\0'; }
    void ws()
    {
        while (m_i < m_s.size() && QByteArrayView(" \n\r\t").contains(at()))
            ++m_i;
    }
    QString string()
    {
        const qsizetype start = m_i++;
        while (m_i < m_s.size() && at() != '"')
            m_i += at() == '\\' ? 2 : 1;
        ++m_i;
        return QJsonDocument::fromJson("[" + m_s.sliced(start, m_i - start) + "]").array().at(0).toString();
    }
    void value(const QString &pointer)
    {
        ws();
        if (at() == '{' || at() == '[') {
            const bool object = at() == '{';
            ++m_i;
            QStringList keys;
            for (qsizetype index = 0;; ++index) {
                ws();
                if (at() == '}' || at() == ']') {
                    ++m_i;
                    break;
                }
                QString token = QString::number(index);
                if (object) {
                    token = string();
                    keys.append(token);
                    ws();
                    ++m_i; // ':'
                }
                value(pointer + QLatin1Char('/') + token); // the keys here need no escaping
                ws();
                if (at() == ',')
                    ++m_i;
            }
            if (object)
                m_out.insert(pointer, keys);
        } else if (at() == '"') {
            string();
        } else {
            while (m_i < m_s.size() && !QByteArrayView(",]} \n").contains(at()))
                ++m_i;
        }
    }
};

/// One member of one of the sidecar's member tables, where fullData() has it.
struct TableMember {
    QString object; ///< the JSON pointer of the object in fullData()
    QString name;
    SidecarInternal::MemberKind kind;
    bool required;
};

template<typename Id, std::size_t N>
void addMembers(QList<TableMember> *out, const char *object, const SidecarInternal::Member<Id> (&table)[N])
{
    for (const auto &m : table)
        out->append({QLatin1String(object), QString::fromLatin1(m.name), m.kind, m.required});
}

QList<TableMember> tableMembers()
{
    using namespace SidecarInternal;
    QList<TableMember> all;
    addMembers(&all, "", topMembers);
    addMembers(&all, "/document", documentMembers);
    addMembers(&all, "/document/source", documentSourceMembers);
    addMembers(&all, "/publication", publicationMembers);
    addMembers(&all, "/ratingScale/0", levelMembers);
    addMembers(&all, "/dismissed/0", dismissedMembers);
    addMembers(&all, "/claims/0", claimMembers);
    addMembers(&all, "/claims/0/target", targetMembers);
    addMembers(&all, "/claims/0/claimant", claimantMembers);
    addMembers(&all, "/claims/0/appearance", appearanceMembers);
    addMembers(&all, "/claims/0/sources/0", sourceMembers);
    addMembers(&all, "/claims/0/history/0", historyMembers);
    addMembers(&all, "/claims/0/conflicts/0", conflictMembers);
    return all;
}

/// `root` with `edit` applied to the object at `pointer` (plain tokens: no "~" or "/").
QJsonValue editAt(const QJsonValue &root, QStringView pointer, const std::function<void(QJsonObject &)> &edit)
{
    if (pointer.isEmpty()) {
        QJsonObject o = root.toObject();
        edit(o);
        return o;
    }
    const qsizetype next = pointer.indexOf(u'/', 1);
    const QString token = pointer.sliced(1, (next < 0 ? pointer.size() : next) - 1).toString();
    const QStringView rest = next < 0 ? QStringView() : pointer.sliced(next);
    if (root.isArray()) {
        QJsonArray a = root.toArray();
        a[token.toInt()] = editAt(a.at(token.toInt()), rest, edit);
        return a;
    }
    QJsonObject o = root.toObject();
    o[token] = editAt(o.value(token), rest, edit);
    return o;
}
QJsonValue valueAt(QJsonValue v, QStringView pointer)
{
    for (QStringView token : pointer.split(u'/', Qt::SkipEmptyParts))
        v = v.isArray() ? v.toArray().at(token.toInt()) : v.toObject().value(token.toString());
    return v;
}
QByteArray withEdit(const QByteArray &json, const QString &object, const std::function<void(QJsonObject &)> &edit)
{
    const QJsonValue root = QJsonDocument::fromJson(json).object();
    return QJsonDocument(editAt(root, object, edit).toObject()).toJson(QJsonDocument::Compact);
}
} // namespace

class SidecarTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        const ClaimSetData data = sampleData();
        const QByteArray bytes = Sidecar::serialize(data);
        const Sidecar::ReadResult r = Sidecar::parse(bytes, QStringLiteral("x.claims.json"));
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).toString()));
        ClaimSetData sorted = data;
        sorted.sortClaims();
        QCOMPARE(r.data.claims.size(), 3);
        for (qsizetype i = 0; i < 3; ++i)
            QCOMPARE(r.data.claims.at(i), sorted.claims.at(i));
        QCOMPARE(r.data, sorted);
        QCOMPARE(Sidecar::serialize(r.data), bytes);
    }
    void deterministicLayout()
    {
        ClaimSetData data = sampleData();
        const QByteArray bytes = Sidecar::serialize(data);
        std::reverse(data.claims.begin(), data.claims.end());
        QCOMPARE(Sidecar::serialize(data), bytes);
        QVERIFY(bytes.startsWith("{\n  \"format\": \"claimbench.claims\",\n  \"version\": 1,\n  \"document\": {\n"
                                 "    \"fileName\": \"article.txt\",\n"));
        QVERIFY(bytes.endsWith("}\n"));
        QVERIFY(!bytes.endsWith("}\n\n"));
        // Claims by start then id; orphans last.
        const qsizetype a = bytes.indexOf("9b2f0c1e"), nested = bytes.indexOf("1b2f0c1e"), orphan = bytes.indexOf("0b2f0c1e");
        QVERIFY(nested < a);
        QVERIFY(a < orphan);
        QVERIFY(bytes.contains("\"start\": null"));
        QVERIFY(bytes.contains("\"fields\": {},"));
        QVERIFY(bytes.contains("\"amount\": 1500000,"));
        QVERIFY(bytes.contains("\"ratio\": 0.1,\n"));
        QVERIFY(bytes.contains("\\\"quoted\\\"\\r\\n\\ttab"));
        QVERIFY(bytes.contains("\"modified\": \"2026-11-21T10:30:00.250Z\""));
        QVERIFY(bytes.contains("\"created\": \"2026-11-20T09:00:00Z\""));
    }
    void reReviewAndConflicts()
    {
        ClaimSetData data = sampleData();
        Claim &c = data.claims[1];
        c.reReview = QStringLiteral("text-changed");
        c.conflicts = {{QStringLiteral("verdict"), QJsonValue(), QStringLiteral("false"), QStringLiteral("true")},
                       {QStringLiteral("removed"), true, QJsonValue(), true,
                        QJsonObject{{QStringLiteral("x-why"), QStringLiteral("kept")}}},
                       {QStringLiteral("fields.amount"), 1, QJsonArray{2, 2.5}, QJsonObject{{QStringLiteral("a"), 3}}}};
        const QByteArray bytes = Sidecar::serialize(data);
        QVERIFY(bytes.contains("      \"notes\": \"# Notes\\n\\n- *unit* checked\\n\",\n      \"reReview\": \"text-changed\",\n"));
        QVERIFY(bytes.contains("      \"conflicts\": [\n        {\n          \"field\": \"verdict\",\n"
                               "          \"base\": null,\n          \"mine\": \"false\",\n          \"theirs\": \"true\"\n"
                               "        },\n        {\n          \"field\": \"removed\",\n          \"base\": true,\n"
                               "          \"mine\": null,\n          \"theirs\": true,\n          \"x-why\": \"kept\"\n"));
        QCOMPARE(bytes.count("\"reReview\""), 1); // omitted when empty (the other claims)
        QCOMPARE(bytes.count("\"conflicts\""), 1);
        for (const QByteArray &b : {bytes, QByteArray(bytes).replace("\"mine\": null,\n", "")}) {
            const std::optional<ClaimSetData> fast = SidecarInternal::readWellFormed(b, std::nullopt);
            QVERIFY(fast.has_value());
            const Sidecar::ReadResult full = SidecarInternal::parseValidated(b, QStringLiteral("f"), std::nullopt);
            QVERIFY2(full.ok(), qPrintable(full.errors.value(0).toString()));
            ClaimSetData sortedFast = *fast;
            sortedFast.sortClaims();
            QCOMPARE(strict(sortedFast), strict(full.data));
            QCOMPARE(full.data.claims.at(1).reReview, QStringLiteral("text-changed"));
            QCOMPARE(full.data.claims.at(1).conflicts, c.conflicts); // a missing side reads as null
            QCOMPARE(Sidecar::serialize(full.data), bytes);
        }
        ClaimSetData sorted = data;
        sorted.sortClaims();
        QCOMPARE(Sidecar::parse(bytes, QStringLiteral("f")).data, sorted);
    }
    void numbersExact_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("cbor"); // the value as QCborValue's diagnostic notation
        QTest::addColumn<bool>("kept");    // whether the text differs from the writer's own for the value
        QTest::newRow("beyond int64") << QByteArray("12345678901234567890") << QStringLiteral("12345678901234567168.0") << true;
        QTest::newRow("beyond 2^53") << QByteArray("9007199254740993") << QStringLiteral("9007199254740993") << false;
        QTest::newRow("int64 max") << QByteArray("9223372036854775807") << QStringLiteral("9223372036854775807") << false;
        QTest::newRow("int64 min") << QByteArray("-9223372036854775808") << QStringLiteral("-9223372036854775808") << false;
        QTest::newRow("minus zero") << QByteArray("-0") << QStringLiteral("0") << true;
        QTest::newRow("minus zero point zero") << QByteArray("-0.0") << QStringLiteral("0") << true;
        QTest::newRow("1.0") << QByteArray("1.0") << QStringLiteral("1") << true;
        QTest::newRow("exponent") << QByteArray("1e3") << QStringLiteral("1000") << true;
        QTest::newRow("trailing zero") << QByteArray("0.10") << QStringLiteral("0.1") << true;
        QTest::newRow("long decimal") << QByteArray("3.14159265358979323846264338327950288")
                                      << QStringLiteral("3.141592653589793") << true;
        QTest::newRow("shortest decimal") << QByteArray("0.1") << QStringLiteral("0.1") << false;
        QTest::newRow("plain") << QByteArray("-42") << QStringLiteral("-42") << false;
        QTest::newRow("huge") << QByteArray("1.5e+300") << QStringLiteral("1.5e+300") << false;
        QTest::newRow("huge written otherwise") << QByteArray("15E299") << QStringLiteral("1.5e+300") << true;
    }
    void numbersExact()
    {
        // Every number in a free-form value is written back as the file had it: parse → serialize is byte-exact,
        // wherever it stands, in both readers.
        QFETCH(QByteArray, text);
        QFETCH(QString, cbor);
        QFETCH(bool, kept);
        ClaimSetData data = sampleData();
        const QString mark = QStringLiteral("@N@");
        Claim &c = data.claims[1];
        c.fields.insert(QStringLiteral("n"), mark);
        c.fields.insert(QStringLiteral("a/b~"), QJsonArray{1, QJsonObject{{QStringLiteral("deep"), mark}}});
        c.history[1].from = mark;
        c.extra.insert(QStringLiteral("x-n"), mark);
        c.conflicts = {{QStringLiteral("fields.n"), mark, mark, QJsonValue()}};
        c.sources[0].extra.insert(QStringLiteral("x-n"), mark);
        c.targetExtra.insert(QStringLiteral("x-n"), mark);
        data.extra.insert(QStringLiteral("x-n"), QJsonArray{mark});
        data.extra.insert(QStringLiteral("document"), QJsonObject{{QStringLiteral("x-n"), mark}});
        data.dismissed[0].extra.insert(QStringLiteral("x-n"), mark);
        data.ratingScale.levels[0].extra.insert(QStringLiteral("x-n"), mark);
        QByteArray file = Sidecar::serialize(data);
        QCOMPARE(file.count("\"@N@\""), 12);
        file.replace("\"@N@\"", text);

        const Sidecar::ReadResult full = SidecarInternal::parseValidated(file, QStringLiteral("f"), std::nullopt);
        QVERIFY2(full.ok(), qPrintable(full.errors.value(0).toString()));
        std::optional<ClaimSetData> fast = SidecarInternal::readWellFormed(file, std::nullopt);
        QVERIFY(fast.has_value());
        fast->sortClaims();
        QCOMPARE(*fast, full.data);
        QCOMPARE(strict(*fast), strict(full.data));
        QCOMPARE(Sidecar::serialize(full.data), file);
        QCOMPARE(Sidecar::serialize(*fast), file);

        const Claim &read = full.data.claims.at(1);
        const QJsonValue n = read.fields.value(QStringLiteral("n"));
        QCOMPARE(QCborValue::fromJsonValue(n).toDiagnosticNotation(), cbor);
        QCOMPARE(read.numberTexts.size(), kept ? 8 : 0);
        QCOMPARE(full.data.numberTexts.size(), kept ? 4 : 0);
        if (kept) {
            QCOMPARE(read.numberTexts.value(QStringLiteral("/fields/n")), text);
            QCOMPARE(read.numberTexts.value(QStringLiteral("/fields/a~1b~0/1/deep")), text);
            QCOMPARE(read.numberTexts.value(QStringLiteral("/conflicts/0/mine")), text);
            QCOMPARE(full.data.numberTexts.value(QStringLiteral("/document/x-n")), text);
        }

        // A changed value is written as the writer writes it; the others keep their text.
        ClaimSetData changed = full.data;
        changed.claims[1].fields.insert(QStringLiteral("n"), 5);
        const QByteArray again = Sidecar::serialize(changed);
        QVERIFY(again.contains("\"n\": 5,\n"));
        QCOMPARE(again.count(text), file.count(text) - 1);
    }
    void factCheckMembersRoundTrip()
    {
        // The fact-check (claimant, statement, conclusion, appearance), the desk (assignee, approval), where the
        // article came from and who publishes the review: written under their names, read back by both readers.
        const ClaimSetData data = fullData();
        const QByteArray bytes = Sidecar::serialize(data);
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        const QJsonObject claim = root.value(QStringLiteral("claims")).toArray().at(0).toObject();
        QCOMPARE(claim.value(QStringLiteral("claimant")).toObject(),
                 (QJsonObject{{QStringLiteral("name"), QStringLiteral("Essex County Council")},
                              {QStringLiteral("role"), QStringLiteral("the county's authority")},
                              {QStringLiteral("type"), QStringLiteral("organization")}}));
        QCOMPARE(claim.value(QStringLiteral("statement")).toString(), data.claims.at(0).statement);
        QCOMPARE(claim.value(QStringLiteral("conclusion")).toString(), data.claims.at(0).conclusion);
        QCOMPARE(claim.value(QStringLiteral("appearance")).toObject(),
                 (QJsonObject{{QStringLiteral("url"), QStringLiteral("https://example.org/speech")},
                              {QStringLiteral("date"), QStringLiteral("2026-11-02")}}));
        QCOMPARE(claim.value(QStringLiteral("assignee")).toString(), QStringLiteral("Ben Okoro"));
        QCOMPARE(claim.value(QStringLiteral("approvedBy")).toString(), QStringLiteral("Ben Okoro"));
        QCOMPARE(claim.value(QStringLiteral("approved")).toString(), QStringLiteral("2026-11-22T08:00:00Z"));
        const QJsonObject source = root.value(QStringLiteral("document")).toObject().value(QStringLiteral("source")).toObject();
        QCOMPARE(source.value(QStringLiteral("redirects")).toArray(), QJsonArray{QStringLiteral("http://news.example/essex")});
        QCOMPARE(source.value(QStringLiteral("retrieved")).toString(), QStringLiteral("2026-11-19T10:00:00Z"));
        QCOMPARE(source.size(), 13); // with offlineCopy
        const QJsonObject publication = root.value(QStringLiteral("publication")).toObject();
        QCOMPARE(publication.value(QStringLiteral("datePublished")).toString(), QStringLiteral("2026-11-29"));
        QCOMPARE(publication.size(), 6);

        const Sidecar::ReadResult full = SidecarInternal::parseValidated(bytes, QStringLiteral("s"), std::nullopt);
        QVERIFY2(full.ok(), qPrintable(full.errors.value(0).toString()));
        QCOMPARE(full.data, data);
        const std::optional<ClaimSetData> fast = SidecarInternal::readWellFormed(bytes, std::nullopt);
        QVERIFY(fast.has_value());
        QCOMPARE(*fast, data);
        QCOMPARE(Sidecar::serialize(full.data), bytes);
    }
    void factCheckMembersOmittedWhenEmpty()
    {
        // Not a version bump: the new members are optional and omitted when empty, so a file written before they
        // existed reads (every new member empty) and is written back byte for byte; an older Claimbench keeps
        // them as unknown members.
        QFile old(QStringLiteral(CLAIMBENCH_SOURCE_DIR "/tests/core/data/essex-jiangsu-before-factcheck.claims.json"));
        QVERIFY(old.open(QIODevice::ReadOnly));
        const QByteArray bytes = old.readAll();
        const Sidecar::ReadResult r = Sidecar::parse(bytes, QStringLiteral("old"));
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).toString()));
        QVERIFY(!r.data.claims.isEmpty());
        QCOMPARE(r.data.publication, Publication());
        QCOMPARE(r.data.document.source, DocumentSource());
        for (const Claim &c : r.data.claims) {
            QCOMPARE(c.claimant, Claimant());
            QVERIFY(c.statement.isEmpty() && c.conclusion.isEmpty() && c.assignee.isEmpty() && c.approvedBy.isEmpty());
            QCOMPARE(c.appearance, Appearance());
            QVERIFY(!c.approved.isValid());
        }
        QCOMPARE(Sidecar::serialize(r.data), bytes);
        // Set, each appears; cleared again, the bytes are the old file's.
        ClaimSetData changed = r.data;
        changed.claims[0].statement = QStringLiteral("A statement");
        changed.claims[0].claimant.name = QStringLiteral("A person");
        changed.publication.publisher = QStringLiteral("A desk");
        const QByteArray withThem = Sidecar::serialize(changed);
        QVERIFY(withThem.contains("\"statement\": \"A statement\""));
        QVERIFY(withThem.contains("\"claimant\": {\n        \"name\": \"A person\"\n      },\n      \"statement\""));
        QVERIFY(withThem.contains("\"publication\": {\n    \"publisher\": \"A desk\"\n  },\n  \"claims\""));
        changed.claims[0].statement.clear();
        changed.claims[0].claimant = Claimant();
        changed.publication = Publication();
        QCOMPARE(Sidecar::serialize(changed), bytes);
    }
    void factCheckValuesChecked_data()
    {
        QTest::addColumn<QByteArray>("claimMembers");
        QTest::addColumn<QString>("message");
        QTest::newRow("claimant type") << QByteArray(R"("claimant": {"name": "A", "type": "robot"})")
                                       << QStringLiteral("/claims/0/claimant/type: unknown claimant type \"robot\" (one "
                                                         "of: person, organization)");
        QTest::newRow("appearance date") << QByteArray(R"("appearance": {"date": "2 Nov 2026"})")
                                         << QStringLiteral("/claims/0/appearance/date: not an ISO 8601 date "
                                                           "(YYYY-MM-DD): \"2 Nov 2026\"");
        QTest::newRow("approved") << QByteArray(R"("approvedBy": "B", "approved": "yesterday")")
                                  << QStringLiteral("/claims/0/approved: not an ISO 8601 date and time: \"yesterday\"");
    }
    void factCheckValuesChecked()
    {
        QFETCH(QByteArray, claimMembers);
        QFETCH(QString, message);
        const QByteArray bytes = minimal(R"("claims": [{"id": "9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10", "claimType": "t",
            "target": {"start": 1, "end": 2, "exact": "x"}, )" + claimMembers + "}]}");
        QVERIFY(!SidecarInternal::readWellFormed(bytes, std::nullopt).has_value());
        const Sidecar::ReadResult r = Sidecar::parse(bytes, QStringLiteral("f"));
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.at(0).message, message);
    }
    void unknownFieldsKept()
    {
        const QByteArray bytes = minimal(R"("claims": [{"id": "9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10", "claimType": "t",
            "target": {"start": 1, "end": 2, "exact": "x", "x-t": {"selector": [1, 2.5]}}, "x-c": [1, {"a": null}],
            "sources": [{"url": "u", "x-s": "kept"}]}], "x-top": 2.5})");
        const Sidecar::ReadResult r = Sidecar::parse(bytes, QStringLiteral("f"));
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).toString()));
        QCOMPARE(r.data.extra.value(QStringLiteral("x-top")).toDouble(), 2.5);
        const Claim &c = r.data.claims.at(0);
        QCOMPARE(c.extra.value(QStringLiteral("x-c")).toArray().size(), 2);
        QCOMPARE(c.sources.at(0).extra.value(QStringLiteral("x-s")).toString(), QStringLiteral("kept"));
        QCOMPARE(c.targetExtra.value(QStringLiteral("x-t")).toObject().value(QStringLiteral("selector")).toArray().size(), 2);
        QCOMPARE(c.start, 1); // the known members are read as always
        QCOMPARE(c.quote.exact, QStringLiteral("x"));
        const QByteArray again = Sidecar::serialize(r.data);
        QVERIFY(again.contains("\"x-top\": 2.5"));
        QVERIFY(again.contains("\"suffix\": \"\",\n        \"x-t\": {")); // after the known members of the target
        QVERIFY(again.contains("\"x-s\": \"kept\""));
        QVERIFY(again.contains("\"x-c\": ["));
        QCOMPARE(Sidecar::parse(again, QStringLiteral("f")).data, r.data);
    }
    void unknownFieldsKeptEverywhere()
    {
        // History entries, rating-scale levels and dismissed suggestions keep unknown members too.
        const QByteArray bytes = minimal(R"("claims": [{"id": "9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10", "claimType": "t",
            "target": {"start": 1, "end": 2, "exact": "x"},
            "history": [{"when": "2026-11-20T09:00:00Z", "author": "a", "field": "status", "from": "open",
                         "to": "done", "x-h": "kept-h"}]}],
            "ratingScale": [{"id": "ok", "label": "OK", "value": 1, "x-l": {"colour": "green"}}],
            "dismissed": [{"claimType": "t", "quote": "q", "x-d": [true]}]})");
        const Sidecar::ReadResult r = Sidecar::parse(bytes, QStringLiteral("f"));
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).toString()));
        QCOMPARE(r.data.claims.at(0).history.at(0).extra.value(QStringLiteral("x-h")).toString(), QStringLiteral("kept-h"));
        QCOMPARE(r.data.ratingScale.levels.at(0).extra.value(QStringLiteral("x-l")).toObject().value(QStringLiteral("colour")).toString(),
                 QStringLiteral("green"));
        QCOMPARE(r.data.dismissed.at(0).extra.value(QStringLiteral("x-d")).toArray().size(), 1);
        const QByteArray again = Sidecar::serialize(r.data);
        QVERIFY(again.contains("\"x-h\": \"kept-h\""));
        QVERIFY(again.contains("\"x-l\": {"));
        QVERIFY(again.contains("\"x-d\": ["));
        QCOMPARE(Sidecar::parse(again, QStringLiteral("f")).data, r.data);
    }
    void documentWithoutLength()
    {
        // Found by the fuzzer: a document object without "length" (or with unknown members) must survive a round
        // trip; a length of 0 is "unknown" and does not limit positions.
        const QByteArray bytes(R"({"format": "claimbench.claims", "version": 1, "document": {"x-doc": [1]}, "claims": [
            {"id": "9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10", "claimType": "t", "target": {"start": 5, "end": 9, "exact": "x"}}]})");
        const Sidecar::ReadResult r = Sidecar::parse(bytes, QStringLiteral("f"));
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).toString()));
        QCOMPARE(r.data.document.length, qsizetype(0));
        const QByteArray again = Sidecar::serialize(r.data);
        QVERIFY(again.contains("\"length\": 0,\n    \"x-doc\": [\n      1\n    ]\n  },"));
        const Sidecar::ReadResult back = Sidecar::parse(again, QStringLiteral("f"));
        QVERIFY(back.ok());
        QCOMPARE(back.data, r.data);
        QCOMPARE(Sidecar::serialize(back.data), again);
    }
    void zeroWidthNoBreakSpaceKept()
    {
        // Found by the fuzzer: U+FEFF at the start of a string (a key, a quote, a note) is a character, not a
        // byte-order mark; Qt's parser dropped it from raw UTF-8, so a round trip changed the data.
        const QByteArray bytes = minimal("\"claims\": [{\"id\": \"9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10\", "
                                         "\"claimType\": \"t\", \"target\": {\"start\": 1, \"end\": 3, "
                                         "\"exact\": \"\xEF\xBB\xBFx\"}, \"notes\": \"\xEF\xBB\xBFnote\", "
                                         "\"x-c\": {\"\xEF\xBB\xBF" "a\": \"\xEF\xBB\xBF\"}}]}");
        const Sidecar::ReadResult r = Sidecar::parse(bytes, QStringLiteral("f"));
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).toString()));
        const Claim &c = r.data.claims.at(0);
        QCOMPARE(c.quote.exact, QStringLiteral("\uFEFFx"));
        QCOMPARE(c.notes, QStringLiteral("\uFEFFnote"));
        const QJsonObject extra = c.extra.value(QStringLiteral("x-c")).toObject();
        QCOMPARE(extra.keys(), QStringList{QStringLiteral("\uFEFFa")});
        QCOMPARE(extra.value(QStringLiteral("\uFEFFa")).toString(), QStringLiteral("\uFEFF"));
        const QByteArray again = Sidecar::serialize(r.data);
        const Sidecar::ReadResult back = Sidecar::parse(again, QStringLiteral("f"));
        QVERIFY(back.ok());
        QCOMPARE(back.data, r.data);
        QCOMPARE(Sidecar::serialize(back.data), again);
        // Outside a string it is still an error, located where it stands.
        const Sidecar::ReadResult bad = Sidecar::parse(QByteArray("{\"format\":\xEF\xBB\xBF 1}"), QStringLiteral("f"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.errors.at(0).line, 1);
        QCOMPARE(bad.errors.at(0).column, 11);
    }
    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<qsizetype>("documentLength"); // -1: none
        const QString id = QStringLiteral("9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10");
        QTest::newRow("empty") << QByteArray("\n") << QStringLiteral("s.json:1:1: error: /: empty file") << qsizetype(-1);
        QTest::newRow("truncated")
            << QByteArray("{\n  \"format\": \"claimbench.claims\",\n  \"claims\": [")
            << QStringLiteral("s.json:3:14: error: /claims: truncated file: syntax error while parsing value - "
                              "unexpected end of input; expected '[', '{', or a literal")
            << qsizetype(-1);
        QTest::newRow("syntax")
            << QByteArray("{\n  \"format\": \"claimbench.claims\",\n  \"version\": 1 1\n}")
            << QStringLiteral("s.json:3:16: error: /version: syntax error while parsing object - unexpected "
                              "number literal; expected '}'")
            << qsizetype(-1);
        QTest::newRow("invalid utf-8")
            << QByteArray("{\"format\": \"claimbench.claims\",\n \"notes\": \"caf\xC3\xA9 \xC3(\"}")
            << QStringLiteral("s.json:2:17: error: /notes: invalid UTF-8") << qsizetype(-1);
        QTest::newRow("raw control character")
            << minimal("\"claims\": [], \"x-notes\": \"tab\there\", \"key\x01\": 1}")
            << QStringLiteral("s.json:1:105: error: /x-notes: control character U+0009 in a string (write it as "
                              "\\u0009)")
            << qsizetype(-1);
        QTest::newRow("not an object") << QByteArray("[1]")
                                       << QStringLiteral("s.json:1:1: error: /: expected an object, found an array")
                                       << qsizetype(-1);
        QTest::newRow("wrong format")
            << QByteArray("{\"format\": \"other\"}")
            << QStringLiteral("s.json:1:12: error: /format: not a Claimbench claims file (\"format\" must be "
                              "\"claimbench.claims\")")
            << qsizetype(-1);
        QTest::newRow("newer version")
            << QByteArray("{\"format\": \"claimbench.claims\",\n\"version\": 2, \"future\": {}}")
            << QStringLiteral("s.json:2:12: error: /version: written by a newer Claimbench (format version 2; this "
                              "version reads up to 1)")
            << qsizetype(-1);
        QTest::newRow("version type")
            << QByteArray("{\"format\": \"claimbench.claims\", \"version\": \"1\"}")
            << QStringLiteral("s.json:1:44: error: /version: expected an integer, found a string") << qsizetype(-1);
        QTest::newRow("claims missing")
            << QByteArray(minimalHead).chopped(2).append("}")
            << QStringLiteral("s.json:1:1: error: /: missing required member \"claims\"") << qsizetype(-1);
        QTest::newRow("start type")
            << minimal(R"("claims": [{"id": "9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10", "claimType": "t",
 "target": {"start": "1", "end": 2, "exact": "x"}}]})")
            << QStringLiteral("s.json:2:22: error: /claims/0/target/start: expected an integer, found a string")
            << qsizetype(-1);
        QTest::newRow("start after end")
            << minimal(R"("claims": [{"id": "9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10", "claimType": "t",
 "target": {"start": 9, "end": 2, "exact": "x"}}]})")
            << QStringLiteral("s.json:2:22: error: /claims/0/target/start: start 9 is after end 2") << qsizetype(-1);
        QTest::newRow("beyond document (file)")
            << minimal(R"("claims": [{"id": "9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10", "claimType": "t",
 "target": {"start": 9, "end": 101, "exact": "x"}}]})")
            << QStringLiteral("s.json:2:32: error: /claims/0/target/end: position 101 is beyond the end of the "
                              "document (100 code points)")
            << qsizetype(-1);
        QTest::newRow("beyond document (given)")
            << minimal(R"("claims": [{"id": "9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10", "claimType": "t",
 "target": {"start": 9, "end": 11, "exact": "x"}}]})")
            << QStringLiteral("s.json:2:32: error: /claims/0/target/end: position 11 is beyond the end of the "
                              "document (10 code points)")
            << qsizetype(10);
        QTest::newRow("duplicate id")
            << minimal(R"("claims": [
  {"id": "9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10", "claimType": "t", "target": {"exact": "x"}},
  {"id": "9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10", "claimType": "t", "target": {"exact": "y"}}]})")
            << QStringLiteral("s.json:3:10: error: /claims/1/id: duplicate id 9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10 "
                              "(first used by /claims/0)")
            << qsizetype(-1);
        // Repeated keys: parsers keep the last one silently (a bad merge's second "claims": [] read as no claims).
        QTest::newRow("duplicate key: a second claims")
            << minimal(R"("claims": [{"id": "9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10", "claimType": "t", "target": {"exact": "x"}}],
 "claims": []})")
            << QStringLiteral("s.json:2:2: error: /: duplicate key \"claims\"") << qsizetype(-1);
        QTest::newRow("duplicate key: escaped the second time")
            << minimal(R"("claims": [],
 "claim\u0073": []})")
            << QStringLiteral("s.json:2:2: error: /: duplicate key \"claims\"") << qsizetype(-1);
        QTest::newRow("duplicate key in a claim")
            << minimal(R"("claims": [{"id": "9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10", "claimType": "t", "verdict": "true",
 "target": {"exact": "x"}, "verdict": "false"}]})")
            << QStringLiteral("s.json:2:28: error: /claims/0: duplicate key \"verdict\"") << qsizetype(-1);
        QTest::newRow("duplicate key in a claim's fields")
            << minimal(R"("claims": [{"id": "9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10", "claimType": "t",
 "target": {"exact": "x"}, "fields": {"a/b": 1,
 "a/b": 2}}]})")
            << QStringLiteral("s.json:3:2: error: /claims/0/fields: duplicate key \"a/b\"") << qsizetype(-1);
        QTest::newRow("duplicate key in the document")
            << QByteArray(R"({"format": "claimbench.claims", "version": 1, "document": {"length": 100,
 "length": 5}, "claims": []})")
            << QStringLiteral("s.json:2:2: error: /document: duplicate key \"length\"") << qsizetype(-1);
        QTest::newRow("duplicate key in an unknown member")
            << minimal(R"("claims": [], "x-top": [{"k": 1}, {"k": 2,
 "k": 3}]})")
            << QStringLiteral("s.json:2:2: error: /x-top/1: duplicate key \"k\"") << qsizetype(-1);
        {
            QByteArray many = "\"claims\": [], \"x-many\": {";
            for (int i = 0; i < 40; ++i)
                many += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ", ";
            many += "\n\"k3\": 0}}";
            QTest::newRow("duplicate key among many") << minimal(many.constData())
                                                      << QStringLiteral("s.json:2:1: error: /x-many: duplicate key \"k3\"")
                                                      << qsizetype(-1);
        }
        QTest::newRow("duplicate rating-scale id")
            << minimal(R"("claims": [], "ratingScale": [{"id": "true", "label": "True"},
 {"id": "true", "label": "Also true"}]})")
            << QStringLiteral("s.json:2:9: error: /ratingScale/1/id: duplicate id \"true\" (first used by /ratingScale/0)")
            << qsizetype(-1);
        QTest::newRow("bad uuid")
            << minimal(R"("claims": [{"id": "nope", "claimType": "t", "target": {"exact": "x"}}]})")
            << QStringLiteral("s.json:1:94: error: /claims/0/id: not a UUID: \"nope\"") << qsizetype(-1);
        QTest::newRow("unknown status")
            << minimal(R"("claims": [{"id": "9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10", "claimType": "t",
 "target": {"exact": "x"}, "status": "finished"}]})")
            << QStringLiteral("s.json:2:38: error: /claims/0/status: unknown status \"finished\" (one of: open, "
                              "in-progress, needs-second-review, done, dismissed)")
            << qsizetype(-1);
        QTest::newRow("column in code points")
            << minimal(R"("claims": [{"id": "9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10", "claimType": "t",
 "notes": "café 😀", "target": {"exact": "x"}, "created": "yesterday"}]})")
            << QStringLiteral("s.json:2:58: error: /claims/0/created: not an ISO 8601 date and time: \"yesterday\"")
            << qsizetype(-1);
        QTest::newRow("conflicts type")
            << minimal(R"("claims": [{"id": "9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10", "claimType": "t",
 "target": {"exact": "x"}, "conflicts": {}}]})")
            << QStringLiteral("s.json:2:41: error: /claims/0/conflicts: expected an array, found an object")
            << qsizetype(-1);
        QTest::newRow("conflict without field")
            << minimal(R"("claims": [{"id": "9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10", "claimType": "t",
 "target": {"exact": "x"}, "conflicts": [{"mine": 1}]}]})")
            << QStringLiteral("s.json:2:42: error: /claims/0/conflicts/0: missing required member \"field\"")
            << qsizetype(-1);
        QTest::newRow("conflict field type")
            << minimal(R"("claims": [{"id": "9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10", "claimType": "t",
 "target": {"exact": "x"}, "conflicts": [{"field": 1}]}]})")
            << QStringLiteral("s.json:2:52: error: /claims/0/conflicts/0/field: expected a string, found a number")
            << qsizetype(-1);
        QTest::newRow("reReview type")
            << minimal(R"("claims": [{"id": "9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10", "claimType": "t",
 "target": {"exact": "x"}, "reReview": true}]})")
            << QStringLiteral("s.json:2:40: error: /claims/0/reReview: expected a string or null, found a boolean")
            << qsizetype(-1);
        QTest::newRow("checklist type")
            << minimal(R"("claims": [{"id": "9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10", "claimType": "t",
 "target": {"exact": "x"}, "checklist": {"a/b": 1}}]})")
            << QStringLiteral("s.json:2:49: error: /claims/0/checklist/a~1b: expected a boolean, found a number")
            << qsizetype(-1);
        QTest::newRow("too deep")
            << QByteArray("{\"format\": \"claimbench.claims\", \"x\": ").append(QByteArray(100000, '['))
            << QStringLiteral("s.json:1:101: error: /x/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/"
                              "0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0: nested deeper than "
                              "64 levels")
            << qsizetype(-1);
    }
    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QFETCH(qsizetype, documentLength);
        const Sidecar::ReadResult r =
            Sidecar::parse(bytes, QStringLiteral("s.json"),
                           documentLength < 0 ? std::nullopt : std::optional<qsizetype>(documentLength));
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.at(0).toString(), expected);
        QCOMPARE(r.data, ClaimSetData()); // bad input is refused as a whole
    }
    void onePassReader_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qsizetype>("documentLength"); // -1: none
        QTest::newRow("written by Claimbench") << Sidecar::serialize(sampleData()) << qsizetype(-1);
        QFile example(QStringLiteral(CLAIMBENCH_SOURCE_DIR "/examples/essex-jiangsu.txt.claims.json"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        QTest::newRow("the example") << example.readAll() << qsizetype(-1);
        QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBF").append(Sidecar::serialize(sampleData()))
                                         << qsizetype(-1);
        QTest::newRow("any member order, compact, escapes, numbers")
            << quoted("{'claims':[{'target':{'exact':'a\\'b\\\\c\\u00e9\\ud83d\\ude00\\n','x-t':[1,2.0],'end':3,'start':1},"
                      "'fields':{'int':7,'big':12345678901234567,'real':7.0,'exp':1e3,'neg':-0.5,"
                      "'nested':[{'k':null},true,false,'s']},'claimType':'t','x-c':[1,2.5],"
                      "'history':[{'field':'f','when':null,'from':1,'to':'x'}],"
                      "'id':'{9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10}','sources':[{'url':'u','accessed':null}]}],"
                      "'x-top':{'a':[]},'document':{'length':50,'x-doc':1},'version':1,"
                      "'format':'claimbench.claims','reviewers':['A'],'ratingScale':[{'id':'ok','value':2000}],"
                      "'dismissed':[{'quote':'q','x-d':0}]}")
            << qsizetype(-1);
        // Not repeated: the same key in different objects, keys that differ only by a leading U+FEFF, many keys.
        {
            QByteArray distinct = "'claims': [], 'x-a': {'k': 1, '\xEF\xBB\xBFk': 2, 'n': {'k': 3}}, "
                                  "'\xEF\xBB\xBFx-a': [{'k': 1}, {'k': 2}], 'x-many': {";
            for (int i = 0; i < 40; ++i)
                distinct += "'k" + QByteArray::number(i) + "': " + QByteArray::number(i) + (i < 39 ? ", " : "}}");
            QTest::newRow("keys that are not repeated") << minimal(quoted(distinct.constData())) << qsizetype(-1);
        }
        QTest::newRow("document length given")
            << minimal(quoted("'claims': [{'id': '9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10', 'claimType': 't', "
                              "'target': {'start': 1, 'end': 9, 'exact': 'x'}}]}"))
            << qsizetype(9);
    }
    void onePassReader()
    {
        // The one-pass reader handles what Claimbench writes (and any well-formed file) by itself, and gives the
        // same data as the full reader.
        QFETCH(QByteArray, bytes);
        QFETCH(qsizetype, documentLength);
        const std::optional<qsizetype> length = documentLength < 0 ? std::nullopt : std::optional(documentLength);
        const QByteArrayView json = bytes.startsWith("\xEF\xBB\xBF") ? QByteArrayView(bytes).sliced(3) : QByteArrayView(bytes);
        std::optional<ClaimSetData> fast = SidecarInternal::readWellFormed(json, length);
        QVERIFY(fast.has_value());
        fast->sortClaims();
        const Sidecar::ReadResult full = SidecarInternal::parseValidated(bytes, QStringLiteral("f"), length);
        QVERIFY2(full.ok(), qPrintable(full.errors.value(0).toString()));
        QCOMPARE(*fast, full.data);
        QCOMPARE(strict(*fast), strict(full.data));
        QCOMPARE(Sidecar::parse(bytes, QStringLiteral("f"), length).data, full.data);
    }
    void onePassReaderGivesUp_data()
    {
        errors_data();
        // Files it leaves to the full reader (which decides repeated keys, keeps 1.0 as a double, …).
        QTest::newRow("escaped key") << minimal(quoted("'claim\\u0073': []}")) << QString() << qsizetype(-1);
        QTest::newRow("position as 1.0")
            << minimal(quoted("'claims': [{'id': '9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10', 'claimType': 't', "
                              "'target': {'start': 1.0, 'end': 2, 'exact': 'x'}}]}"))
            << QString() << qsizetype(-1);
        QTest::newRow("lone surrogate") << minimal(quoted("'claims': [], 'x': '\\ud800'}")) << QString() << qsizetype(-1);
        QTest::newRow("trailing garbage")
            << minimal(quoted("'claims': []} x"))
            << QStringLiteral("s.json:1:90: error: /: syntax error while parsing value - invalid literal; last read: "
                              "'\"claims\": []} x'; expected end of input")
            << qsizetype(-1);
    }
    void onePassReaderGivesUp()
    {
        // Anything wrong (and a few rare valid forms): no answer, so that the full reader explains or decides.
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QFETCH(qsizetype, documentLength);
        const std::optional<qsizetype> length = documentLength < 0 ? std::nullopt : std::optional(documentLength);
        QVERIFY(!SidecarInternal::readWellFormed(bytes, length).has_value());
        const Sidecar::ReadResult r = Sidecar::parse(bytes, QStringLiteral("s.json"), length);
        const Sidecar::ReadResult full = SidecarInternal::parseValidated(bytes, QStringLiteral("s.json"), length);
        QCOMPARE(r.ok(), expected.isEmpty());
        QCOMPARE(r.errors.size(), full.errors.size());
        QCOMPARE(r.data, full.data);
        if (!expected.isEmpty())
            QCOMPARE(r.errors.at(0).toString(), expected);
    }
    void severalErrorsReported()
    {
        const QByteArray bytes = minimal(R"("claims": [{"id": 1, "claimType": 2, "target": {"exact": 3}}]})");
        const Sidecar::ReadResult r = Sidecar::parse(bytes, QStringLiteral("s"));
        QCOMPARE(r.errors.size(), 3);
    }
    void writerFollowsTheTable_data()
    {
        QTest::addColumn<QString>("object");
        QTest::addColumn<QStringList>("names");
        QStringList objects;
        QMap<QString, QStringList> names;
        for (const TableMember &m : tableMembers()) {
            if (!names.contains(m.object))
                objects.append(m.object);
            names[m.object].append(m.name);
        }
        for (const QString &o : std::as_const(objects))
            QTest::newRow(qPrintable(o.isEmpty() ? QStringLiteral("/") : o)) << o << names.value(o);
    }
    void writerFollowsTheTable()
    {
        // Every member of the object's table, in table order (fullData() sets every optional one).
        QFETCH(QString, object);
        QFETCH(QStringList, names);
        QCOMPARE(MemberOrder::of(Sidecar::serialize(fullData())).value(object), names);
    }
    void readersFollowTheTable_data()
    {
        QTest::addColumn<QString>("object");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("required");
        for (const TableMember &m : tableMembers())
            QTest::newRow(qPrintable(m.object + QLatin1Char('/') + m.name)) << m.object << m.name << int(m.kind)
                                                                            << m.required;
    }
    void readersFollowTheTable()
    {
        // Both readers know each member of the table: one that is required is refused when missing, an optional one
        // may be left out, one of the wrong kind is refused; and where they answer they agree.
        QFETCH(QString, object);
        QFETCH(QString, name);
        QFETCH(int, kind);
        QFETCH(bool, required);
        using SidecarInternal::MemberKind;
        const QByteArray full = Sidecar::serialize(fullData());
        const QString pointer = object + QLatin1Char('/') + name;
        QVERIFY(!valueAt(QJsonDocument::fromJson(full).object(), pointer).isUndefined());
        const bool special = name == QLatin1String("format"); // "not a Claimbench claims file" instead

        const QByteArray without = withEdit(full, object, [&name](QJsonObject &o) { o.remove(name); });
        const Sidecar::ReadResult r = SidecarInternal::parseValidated(without, QStringLiteral("s"), std::nullopt);
        std::optional<ClaimSetData> fast = SidecarInternal::readWellFormed(without, std::nullopt);
        // "start" and "end" are both there or both null (an orphan): one alone is missing its partner.
        if (required || MemberKind(kind) == MemberKind::Position) {
            QVERIFY(!r.ok());
            QVERIFY(!fast.has_value());
            if (!special)
                QCOMPARE(r.errors.at(0).message, (object.isEmpty() ? QStringLiteral("/") : object)
                                                     + QLatin1String(": missing required member \"") + name
                                                     + QLatin1Char('"'));
        } else {
            QVERIFY2(r.ok(), qPrintable(r.errors.value(0).toString()));
            QVERIFY(fast.has_value());
            fast->sortClaims();
            QCOMPARE(strict(*fast), strict(r.data));
        }

        QJsonValue wrong;
        QString expected;
        switch (MemberKind(kind)) {
        case MemberKind::String:
            wrong = 12;
            expected = QStringLiteral("expected a string, found a number");
            break;
        case MemberKind::StringOrNull:
        case MemberKind::DateTime:
        case MemberKind::Date:
            wrong = 12;
            expected = QStringLiteral("expected a string or null, found a number");
            break;
        case MemberKind::Integer:
        case MemberKind::Position:
            wrong = QStringLiteral("1");
            expected = QStringLiteral("expected an integer, found a string");
            break;
        case MemberKind::Boolean:
            wrong = QStringLiteral("yes");
            expected = QStringLiteral("expected a boolean, found a string");
            break;
        case MemberKind::Object:
            wrong = QJsonArray();
            expected = QStringLiteral("expected an object, found an array");
            break;
        case MemberKind::Array:
            wrong = QJsonObject();
            expected = QStringLiteral("expected an array, found an object");
            break;
        case MemberKind::Any: return; // every value is of its kind
        }
        const QByteArray bad = withEdit(full, object, [&](QJsonObject &o) { o.insert(name, wrong); });
        const Sidecar::ReadResult refused = SidecarInternal::parseValidated(bad, QStringLiteral("s"), std::nullopt);
        QVERIFY(!refused.ok());
        QVERIFY(!SidecarInternal::readWellFormed(bad, std::nullopt).has_value());
        if (!special)
            QCOMPARE(refused.errors.at(0).message, pointer + QLatin1String(": ") + expected);
    }
    void unknownMembersKeptByBothReaders_data()
    {
        QTest::addColumn<QString>("object");
        QStringList objects;
        for (const TableMember &m : tableMembers()) {
            if (!objects.contains(m.object)) {
                objects.append(m.object);
                QTest::newRow(qPrintable(m.object.isEmpty() ? QStringLiteral("/") : m.object)) << m.object;
            }
        }
    }
    void unknownMembersKeptByBothReaders()
    {
        QFETCH(QString, object);
        const QJsonArray value{1, QStringLiteral("two"), QJsonObject{{QStringLiteral("x"), 1.5}}};
        const QByteArray bytes = withEdit(Sidecar::serialize(fullData()), object,
                                          [&value](QJsonObject &o) { o.insert(QStringLiteral("x-unknown"), value); });
        const Sidecar::ReadResult r = SidecarInternal::parseValidated(bytes, QStringLiteral("s"), std::nullopt);
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).toString()));
        std::optional<ClaimSetData> fast = SidecarInternal::readWellFormed(bytes, std::nullopt);
        QVERIFY(fast.has_value());
        fast->sortClaims();
        QCOMPARE(strict(*fast), strict(r.data));
        const QByteArray again = Sidecar::serialize(r.data);
        QCOMPARE(valueAt(QJsonDocument::fromJson(again).object(), object + QLatin1String("/x-unknown")), QJsonValue(value));
        QCOMPARE(MemberOrder::of(again).value(object).last(), QStringLiteral("x-unknown")); // after the known ones
    }
    void encodingRecorded_data()
    {
        QTest::addColumn<DocumentEncoding>("encoding");
        QTest::addColumn<QByteArray>("documentEnd"); // how the "document" object ends
        QTest::newRow("unknown (as before)") << DocumentEncoding() << QByteArray("    \"length\": 400\n  },");
        QTest::newRow("windows-1252") << DocumentEncoding{"windows-1252", false}
                                      << QByteArray("    \"length\": 400,\n    \"encoding\": \"windows-1252\"\n  },");
        QTest::newRow("UTF-16LE with a byte-order mark")
            << DocumentEncoding{"UTF-16LE", true}
            << QByteArray("    \"length\": 400,\n    \"encoding\": \"UTF-16LE\",\n    \"bom\": true\n  },");
    }
    void encodingRecorded()
    {
        QFETCH(DocumentEncoding, encoding);
        QFETCH(QByteArray, documentEnd);
        ClaimSetData data = sampleData();
        data.document.encoding = encoding;
        const QByteArray bytes = Sidecar::serialize(data);
        QVERIFY2(bytes.contains(documentEnd), bytes.constData());
        QCOMPARE(bytes.contains("\"encoding\""), encoding.isValid());
        QCOMPARE(bytes.contains("\"bom\""), encoding.bom);
        const Sidecar::ReadResult r = Sidecar::parse(bytes, QStringLiteral("s"));
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).toString()));
        QCOMPARE(r.data.document.encoding, encoding);
        const std::optional<ClaimSetData> fast = SidecarInternal::readWellFormed(bytes, std::nullopt);
        QVERIFY(fast.has_value());
        QCOMPARE(fast->document, r.data.document);
        const Sidecar::ReadResult full = SidecarInternal::parseValidated(bytes, QStringLiteral("s"), std::nullopt);
        QCOMPARE(full.data.document, r.data.document);
    }
    void injectedWriteFailureKeepsOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.txt.claims.json"));
        QVERIFY(!Sidecar::write(path, sampleData()).isValid());
        const QByteArray before = Sidecar::serialize(sampleData());
        const auto clear = qScopeGuard([] { setAtomicWriteFailureForTesting({}); });
        QStringList asked;
        setAtomicWriteFailureForTesting([&asked](const QString &p) {
            asked.append(p);
            return true;
        });
        const SidecarError error = Sidecar::write(path, fullData());
        QCOMPARE(asked, QStringList{path});
        QCOMPARE(error.toString(), path + QLatin1String(": error: cannot write: simulated failure (test)"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("a.txt.claims.json")});
    }
    void writeAndReadFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.txt.claims.json"));
        QCOMPARE(Sidecar::pathFor(dir.filePath(QStringLiteral("a.txt"))), path);
        const ClaimSetData data = sampleData();
        QVERIFY(!Sidecar::write(path, data).isValid());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), Sidecar::serialize(data));
        const Sidecar::ReadResult r = Sidecar::read(path);
        QVERIFY(r.ok());
        QCOMPARE(r.data.claims.size(), 3);
        const Sidecar::ReadResult missing = Sidecar::read(dir.filePath(QStringLiteral("none.claims.json")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.errors.at(0).line, 0);
        QVERIFY(missing.errors.at(0).toString().startsWith(dir.filePath(QStringLiteral("none.claims.json"))
                                                           + QLatin1String(": error: cannot open")));
    }
    void failedSaveKeepsOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.txt.claims.json"));
        ClaimSetData small = sampleData();
        QVERIFY(!Sidecar::write(path, small).isValid());
        ClaimSetData big = small;
        for (int i = 0; i < 2000; ++i) {
            Claim c = small.claims.at(1);
            c.id = QUuid::createUuid();
            big.claims.append(c);
        }
        // A full disk: the file size limit makes the write fail part way (EFBIG instead of SIGXFSZ).
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        rlimit limited = old;
        limited.rlim_cur = 64 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        const SidecarError error = Sidecar::write(path, big);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &old), 0);
        std::signal(SIGXFSZ, previousHandler);
        QVERIFY(error.isValid());
        QVERIFY(error.message.startsWith(QLatin1String("cannot write")));
        const Sidecar::ReadResult r = Sidecar::read(path);
        QVERIFY(r.ok());
        ClaimSetData expected = small;
        expected.sortClaims();
        QCOMPARE(r.data, expected);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("a.txt.claims.json")});
    }
    void staleTemporaryFilesRemovedOnOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.txt.claims.json"));
        QVERIFY(!Sidecar::write(path, sampleData()).isValid());
        for (const char *name : {"a.txt.claims.json.Ab12Cd", "a.txt.claims.json.zzzzzz"}) {
            QFile t(dir.filePath(QLatin1String(name)));
            QVERIFY(t.open(QIODevice::WriteOnly));
            t.write("{\"partial");
        }
        QFile other(dir.filePath(QStringLiteral("a.txt.claims.json.bak")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        QVERIFY(Sidecar::read(path).ok());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 (QStringList{QStringLiteral("a.txt.claims.json"), QStringLiteral("a.txt.claims.json.bak")}));
    }
    void sizeCapBeforeReading()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.claims.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(Sidecar::MaxFileSize + 1)); // sparse: nothing is written or read
        f.close();
        const Sidecar::ReadResult r = Sidecar::read(path);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.at(0).toString(),
                 path + QLatin1String(":1:1: error: /: file too large (268435457 bytes; the limit is 268435456)"));
    }
    void identify()
    {
        const QByteArray bytes("\xEF\xBB\xBFHi \xF0\x9F\x98\x80\r\n");
        const DocumentIdentity id = identifyDocument(QStringLiteral("/tmp/x/Story.MD"), bytes);
        QCOMPARE(id.fileName, QStringLiteral("Story.MD"));
        QCOMPARE(id.mediaType, QStringLiteral("text/markdown"));
        QCOMPARE(identifyDocument(QStringLiteral("a.txt"), QByteArray("abc")).sha256,
                 QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(id.length, qsizetype(6)); // BOM dropped, emoji one code point, CR and LF kept
        QCOMPARE(id.encoding, (DocumentEncoding{"UTF-8", true}));
        QCOMPARE(identifyDocument(QStringLiteral("a.txt"), QByteArray("abc")).encoding, (DocumentEncoding{"UTF-8", false}));
        // Only the first U+FEFF is a byte-order mark; after it (or without one) it is text.
        QCOMPARE(identifyDocument(QStringLiteral("a.txt"), QByteArray("\xEF\xBB\xBF\xEF\xBB\xBFx")).length, qsizetype(2));
        QCOMPARE(identifyDocument(QStringLiteral("a.html"), {}).mediaType, QStringLiteral("text/html"));
        QCOMPARE(identifyDocument(QStringLiteral("a.txt"), {}).mediaType, QStringLiteral("text/plain"));
        QVERIFY(!identifyDocument(QStringLiteral("a.txt"), {}).encoding.isValid()); // no bytes: no evidence
    }
    void identifyEncodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<DocumentEncoding>("encoding"); // invalid: none (not decodable)
        QTest::addColumn<qsizetype>("length");
        QTest::newRow("windows-1252") << QByteArray("Gr\xFC\xDF" "e aus M\xFCnchen, sch\xF6ne Stra\xDF" "e.")
                                      << DocumentEncoding{"windows-1252", false} << qsizetype(33);
        QTest::newRow("UTF-16LE with a byte-order mark") << QByteArray("\xFF\xFEH\0i\0\x3D\xD8\x00\xDE", 10)
                                                         << DocumentEncoding{"UTF-16LE", true} << qsizetype(3);
        QTest::newRow("UTF-8") << QByteArray("caf\xC3\xA9") << DocumentEncoding{"UTF-8", false} << qsizetype(4);
        // Mostly UTF-8 with a bad byte: an error, not a guess; the length of what is shown read-only.
        QTest::newRow("not decodable") << QByteArray("caf\xC3\xA9 cr\xC3\xA8me \xC3(") << DocumentEncoding()
                                       << codePointLength(decodeText(QByteArray("caf\xC3\xA9 cr\xC3\xA8me \xC3(")).text);
    }
    void identifyEncodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(DocumentEncoding, encoding);
        QFETCH(qsizetype, length);
        const DocumentIdentity id = identifyDocument(QStringLiteral("a.txt"), bytes);
        QCOMPARE(id.encoding, encoding);
        QCOMPARE(id.length, length);
        QCOMPARE(id.sha256, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    }
    void identifyDecoded()
    {
        // Bytes decoded in an encoding the reviewer picked: its length and encoding, without decoding them again.
        const QByteArray bytes("\xCF\xF0\xE8\xE2\xE5\xF2"); // "Привет" in windows-1251
        const DecodedText decoded = decodeText(bytes, DocumentEncoding{"windows-1251", false});
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.text, QStringLiteral("\u041F\u0440\u0438\u0432\u0435\u0442"));
        const DocumentIdentity id = identifyDocument(QStringLiteral("a.txt"), bytes, decoded);
        QCOMPARE(id.encoding, (DocumentEncoding{"windows-1251", false}));
        QCOMPARE(id.length, qsizetype(6));
    }
};

QTEST_GUILESS_MAIN(SidecarTest)
#include "sidecar_test.moc"
