// SPDX-License-Identifier: GPL-2.0-or-later
#include "documenttext.h"
#include "reanchor.h"
#include "w3c.h"
#include "w3cfixture.h"

#include <QDir>
#include <QFile>
#include <QUrl>
#include <QJsonArray>
#include <QJsonDocument>
#include <QHash>
#include <QSet>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {
ClaimSetData sample()
{
    QFile f(QStringLiteral(CLAIMBENCH_SOURCE_DIR "/examples/essex-jiangsu.txt.claims.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return Sidecar::parse(f.readAll(), f.fileName()).data;
}
QString document()
{
    QFile f(QStringLiteral(CLAIMBENCH_SOURCE_DIR "/examples/essex-jiangsu.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return decodeText(f.readAll()).text;
}
} // namespace

class W3cTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportShape()
    {
        ClaimSetData data = sample();
        QCOMPARE(data.claims.size(), 12);
        data.claims.last().start = data.claims.last().end = -1; // an orphan has no position selector
        data.document.source = {}; // the shipped review's article URL would be the source (targetSource tests it)
        const QByteArray bytes = W3c::exportCollection(data);
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(root.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationCollection"));
        QCOMPARE(root.value(QStringLiteral("@context")).toArray().at(0).toString(),
                 QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
        QCOMPARE(root.value(QStringLiteral("total")).toInt(), 12);
        const QJsonArray items = root.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 12);
        QSet<QString> purposes;
        int positions = 0;
        for (const QJsonValue &v : items) {
            const QJsonObject a = v.toObject();
            QCOMPARE(a.value(QStringLiteral("type")).toString(), QStringLiteral("Annotation"));
            QVERIFY(a.value(QStringLiteral("id")).toString().startsWith(QLatin1String("urn:uuid:")));
            for (const QJsonValue &b : a.value(QStringLiteral("body")).toArray())
                purposes.insert(b.toObject().value(QStringLiteral("purpose")).toString());
            const QJsonObject target = a.value(QStringLiteral("target")).toObject();
            // No URL and no path known: the document named by its SHA-256 (RFC 6920).
            QCOMPARE(target.value(QStringLiteral("source")).toString(),
                     QStringLiteral("ni:///sha-256;") + QString::fromLatin1(QByteArray::fromHex(data.document.sha256.toLatin1())
                                                                              .toBase64(QByteArray::Base64UrlEncoding
                                                                                        | QByteArray::OmitTrailingEquals)));
            const QJsonArray selectors = target.value(QStringLiteral("selector")).toArray();
            QCOMPARE(selectors.at(0).toObject().value(QStringLiteral("type")).toString(),
                     QStringLiteral("TextQuoteSelector"));
            if (selectors.size() == 2) {
                QCOMPARE(selectors.at(1).toObject().value(QStringLiteral("type")).toString(),
                         QStringLiteral("TextPositionSelector"));
                ++positions;
            }
        }
        QCOMPARE(positions, 11);
        QCOMPARE(purposes, (QSet<QString>{QStringLiteral("classifying"), QStringLiteral("assessing"),
                                          QStringLiteral("commenting"), QStringLiteral("linking"),
                                          QStringLiteral("tagging")}));
    }
    void roundTrip()
    {
        const ClaimSetData data = sample();
        const W3c::ImportResult r = W3c::importAnnotations(W3c::exportCollection(data), QStringLiteral("x.json"));
        QVERIFY(r.ok());
        QCOMPARE(r.data.claims.size(), data.claims.size());
        for (qsizetype i = 0; i < data.claims.size(); ++i) {
            const Claim &a = data.claims.at(i), &b = r.data.claims.at(i);
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.claimType, a.claimType);
            QCOMPARE(b.quote, a.quote);
            QCOMPARE(b.start, a.start);
            QCOMPARE(b.end, a.end);
            QCOMPARE(b.status, a.status);
            QCOMPARE(b.verdict, a.verdict);
            QCOMPARE(b.notes, a.notes);
            QCOMPARE(b.createdBy, a.createdBy);
            QCOMPARE(b.created, a.created);
            QCOMPARE(b.modified, a.modified);
            QCOMPARE(b.sources.size(), a.sources.size());
            for (qsizetype k = 0; k < a.sources.size(); ++k) {
                QCOMPARE(b.sources.at(k).url, a.sources.at(k).url);
                QCOMPARE(b.sources.at(k).title, a.sources.at(k).title);
                QCOMPARE(b.sources.at(k).note, a.sources.at(k).note);
            }
        }
    }
    void targetSource_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("sha256");
        QTest::addColumn<QString>("expected");
        const QString sha = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        QTest::newRow("given") << u"https://a.example/x"_s << u"https://b.example/"_s << u"/d/a.txt"_s << sha
                               << u"https://a.example/x"_s;
        QTest::newRow("the article's URL") << QString() << u"https://b.example/p?q=1"_s << u"/d/a.txt"_s << sha
                                           << u"https://b.example/p?q=1"_s;
        QTest::newRow("the file") << QString() << QString() << u"/d/my article é.txt"_s << sha
                                  << u"file:///d/my%20article%20%C3%A9.txt"_s;
        QTest::newRow("a relative path, made absolute")
            << QString() << QString() << u"a.txt"_s << sha
            << QString::fromUtf8(QUrl::fromLocalFile(QDir::current().absoluteFilePath(u"a.txt"_s)).toEncoded());
        QTest::newRow("only the hash") << QString() << QString() << QString() << sha
                                       << u"ni:///sha-256;n4bQgYhMfWWaL-qgxVrQFaO_TxsrC4Is0V1sFbDwCgg"_s;
        QTest::newRow("nothing but the name") << QString() << QString() << QString() << QString()
                                              << u"urn:claimbench:document:a%20b.txt"_s;
    }
    void targetSource()
    {
        QFETCH(QString, source);
        QFETCH(QString, url);
        QFETCH(QString, path);
        QFETCH(QString, sha256);
        QFETCH(QString, expected);
        DocumentIdentity doc;
        doc.fileName = u"a b.txt"_s;
        doc.sha256 = sha256;
        doc.source.url = url;
        W3c::ExportOptions options;
        options.source = source;
        options.documentPath = path;
        QCOMPARE(W3c::targetSource(doc, options), expected);
        ClaimSetData data;
        data.document = doc;
        Claim c;
        c.id = QUuid::createUuidV5(QUuid(), u"c"_s);
        c.claimType = u"quantity"_s;
        c.quote.exact = u"x"_s;
        data.claims << c;
        const QJsonObject root = QJsonDocument::fromJson(W3c::exportCollection(data, options)).object();
        const QJsonObject page = root.value(u"first"_s).toObject();
        QCOMPARE(page.value(u"items"_s).toArray().at(0).toObject().value(u"target"_s).toObject().value(u"source"_s).toString(),
                 expected);
        // The page has an id, is part of the collection and is its last page too; a generator is named.
        QVERIFY(page.value(u"id"_s).toString().startsWith(root.value(u"id"_s).toString()));
        QCOMPARE(page.value(u"partOf"_s).toString(), root.value(u"id"_s).toString());
        QCOMPARE(root.value(u"last"_s).toString(), page.value(u"id"_s).toString());
        QCOMPARE(root.value(u"generator"_s).toObject().value(u"name"_s).toString(), u"Claimbench"_s);
    }
    void creatorHasAnIdAndNickname()
    {
        ClaimSetData data = sample();
        data.claims.first().createdBy = u"Ana María"_s;
        const QJsonObject root = QJsonDocument::fromJson(W3c::exportCollection(data)).object();
        const QJsonObject creator = root.value(u"first"_s).toObject().value(u"items"_s).toArray().at(0).toObject()
                                        .value(u"creator"_s).toObject();
        QCOMPARE(creator.value(u"id"_s).toString(), u"urn:claimbench:reviewer:Ana%20Mar%C3%ADa"_s);
        QCOMPARE(creator.value(u"nickname"_s).toString(), u"Ana María"_s);
        QCOMPARE(creator.value(u"name"_s).toString(), u"Ana María"_s);
    }
    void idsKept_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("exported"); // the id the export writes for it
        QTest::addColumn<bool>("kept");        // in Claim::extra["w3cId"]
        QTest::newRow("an IRI") << u"urn:claim:0"_s << u"urn:claim:0"_s << true;
        QTest::newRow("an http IRI") << u"https://hypothes.is/a/Xy1zAbCdEeF"_s << u"https://hypothes.is/a/Xy1zAbCdEeF"_s << true;
        QTest::newRow("a Hypothesis id (not an IRI)") << u"Xy1zAbCdEeF"_s << u"urn:claimbench:w3c-id:Xy1zAbCdEeF"_s << true;
        QTest::newRow("not an IRI, with a space") << u"a b/c"_s << u"urn:claimbench:w3c-id:a%20b%2Fc"_s << true;
        QTest::newRow("a urn:uuid") << u"urn:uuid:9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10"_s
                                    << u"urn:uuid:9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10"_s << false;
        QTest::newRow("a bare UUID") << u"9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10"_s
                                     << u"urn:claimbench:w3c-id:9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10"_s << true;
    }
    void idsKept()
    {
        QFETCH(QString, given);
        QFETCH(QString, exported);
        QFETCH(bool, kept);
        const QByteArray bytes = "[{\"id\": " + QJsonDocument(QJsonArray{given}).toJson(QJsonDocument::Compact).mid(1).chopped(1)
                                 + ", \"target\": {\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"q\"}}}]";
        const W3c::ImportResult r = W3c::importAnnotations(bytes, u"i.json"_s);
        QVERIFY(r.ok());
        QCOMPARE(r.data.claims.size(), 1);
        const Claim &c = r.data.claims.at(0);
        QCOMPARE(c.extra.contains(u"w3cId"_s), kept);
        if (kept)
            QCOMPARE(c.extra.value(u"w3cId"_s).toString(), given);
        for (const bool extension : {true, false}) {
            W3c::ExportOptions options;
            options.includeClaimbench = extension;
            const QByteArray out = W3c::exportCollection(r.data, options);
            const QJsonArray items = QJsonDocument::fromJson(out).object().value(u"first"_s).toObject().value(u"items"_s).toArray();
            QCOMPARE(items.at(0).toObject().value(u"id"_s).toString(), exported);
            // ...and in again: the same claim, the same id given.
            const W3c::ImportResult again = W3c::importAnnotations(out, u"e.json"_s);
            QVERIFY(again.ok());
            QCOMPARE(again.data.claims.at(0).id, c.id);
            QCOMPARE(again.data.claims.at(0).extra.value(u"w3cId"_s), c.extra.value(u"w3cId"_s));
        }
    }
    void roundTripLosesNothing_data()
    {
        QTest::addColumn<bool>("withDocument");
        QTest::newRow("without the document") << false;
        QTest::newRow("with the document") << true;
    }
    void roundTripLosesNothing()
    {
        QFETCH(bool, withDocument);
        for (const ClaimSetData &data : {W3cFixture::rich(), sample()}) {
            const QByteArray bytes = W3c::exportCollection(data, W3c::ExportOptions());
            const W3c::ImportResult r = W3c::importAnnotations(bytes, u"r.json"_s, withDocument ? document() : QString());
            QVERIFY2(r.ok(), r.errors.isEmpty() ? "" : qPrintable(r.errors.first().toString()));
            // Whatever the sidecar keeps, the W3C export keeps (the new members of claim.h included: both carry
            // the sidecar's own objects)...
            const ClaimSetData sidecar = Sidecar::parse(Sidecar::serialize(data), u"s.json"_s).data;
            QCOMPARE(r.data, sidecar);
            QCOMPARE(Sidecar::serialize(r.data), Sidecar::serialize(data));
        }
        // ...and that is everything the model holds that the sidecar writes today.
        const ClaimSetData rich = W3cFixture::rich();
        const W3c::ImportResult r = W3c::importAnnotations(W3c::exportCollection(rich), u"r.json"_s);
        QVERIFY(r.ok());
        QCOMPARE(r.data.claims.size(), 3);
        const Claim &a = r.data.claims.at(1), &b = rich.claims.at(1);
        QCOMPARE(a.fields, b.fields);
        QVERIFY(!b.checklist.isEmpty() && !b.history.isEmpty() && !b.conflicts.isEmpty() && !b.numberTexts.isEmpty());
        QCOMPARE(a.checklist, b.checklist);
        QCOMPARE(a.history, b.history);
        QCOMPARE(a.conflicts, b.conflicts);
        QCOMPARE(a.sources, b.sources);
        QCOMPARE(a.sources.at(0).archiveUrl, b.sources.at(0).archiveUrl);
        QCOMPARE(a.numberTexts, b.numberTexts);
        QCOMPARE(a.notes, b.notes);
        QCOMPARE(r.data.reviewers, rich.reviewers);
        QCOMPARE(r.data.dismissed, rich.dismissed);
        QCOMPARE(r.data.extra, rich.extra);
        QCOMPARE(r.data.claims.at(2).reReview, u"text-changed"_s);
    }
    void plainExportForOtherTools()
    {
        W3c::ExportOptions options;
        options.includeClaimbench = false;
        const QByteArray bytes = W3c::exportCollection(W3cFixture::rich(), options);
        QVERIFY(!bytes.contains("\"claimbench\""));
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(root.value(u"@context"_s).toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
        // What W3C itself carries still comes back.
        const W3c::ImportResult r = W3c::importAnnotations(bytes, u"p.json"_s);
        QVERIFY(r.ok());
        QCOMPARE(r.data.claims.size(), 3);
        const Claim &a = r.data.claims.at(1); // by start: "x" at 0, this one at 120, the orphan
        QCOMPARE(a.verdict, u"mostly-false"_s);
        QCOMPARE(a.fields.value(u"tags"_s).toArray(), (QJsonArray{u"economy"_s, u"essex"_s}));
        QVERIFY(a.checklist.isEmpty()); // not in plain W3C
    }
    void hypothesisTagsKept()
    {
        QFile f(QStringLiteral(CLAIMBENCH_SOURCE_DIR "/tests/core/data/hypothesis-export.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const W3c::ImportResult r = W3c::importAnnotations(f.readAll(), u"h.json"_s, document());
        QVERIFY(r.ok());
        const QJsonArray tags{u"quantity"_s, u"essex"_s};
        QCOMPARE(r.data.claims.at(0).fields.value(u"tags"_s).toArray(), tags);
        QCOMPARE(r.data.claims.at(0).extra.value(u"w3cId"_s).toString(), u"Xy1zAbCdEeF"_s);
        for (const bool extension : {true, false}) {
            W3c::ExportOptions options;
            options.includeClaimbench = extension;
            const QByteArray out = W3c::exportCollection(r.data, options);
            QStringList tagging;
            const QJsonArray body = QJsonDocument::fromJson(out).object().value(u"first"_s).toObject().value(u"items"_s)
                                        .toArray().at(0).toObject().value(u"body"_s).toArray();
            for (const QJsonValue &b : body)
                if (b.toObject().value(u"purpose"_s).toString() == u"tagging"_s)
                    tagging << b.toObject().value(u"value"_s).toString();
            QCOMPARE(tagging, (QStringList{u"status:open"_s, u"quantity"_s, u"essex"_s}));
            const W3c::ImportResult again = W3c::importAnnotations(out, u"e.json"_s);
            QVERIFY(again.ok());
            QCOMPARE(again.data.claims.at(0).fields.value(u"tags"_s).toArray(), tags);
            QCOMPARE(again.data.claims.at(0).id, r.data.claims.at(0).id);
        }
    }
    void membersInAnyOrder()
    {
        // Streaming: a collection may name "items" before "first", "target" after "body"; the precedence stays
        // first.items, items, rows, the file as one annotation.
        const QByteArray bytes = "{\"items\": [{\"target\": {\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"not me\"}}}],\n"
                               "\"first\": {\"startIndex\": 0, \"items\": [\n"
                               "{\"body\": [{\"purpose\": \"assessing\", \"value\": \"false\"}, {\"value\": \"n1\"}],\n"
                               "\"target\": [{\"selector\": [{\"end\": 9, \"start\": 4, \"type\": \"TextPositionSelector\"},\n"
                               "{\"suffix\": \"s\", \"exact\": \"quote\", \"type\": \"TextQuoteSelector\"}]},\n"
                               "{\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"ignored: the first target counts\"}}],\n"
                               "\"id\": \"urn:a:1\"}]},\n"
                               "\"target\": \"a collection is not an annotation\"}";
        const W3c::ImportResult r = W3c::importAnnotations(bytes, u"o.json"_s);
        QVERIFY2(r.ok(), r.errors.isEmpty() ? "" : qPrintable(r.errors.first().toString()));
        QCOMPARE(r.data.claims.size(), 1);
        const Claim &c = r.data.claims.at(0);
        QCOMPARE(c.quote, (TextQuote{u"quote"_s, QString(), u"s"_s}));
        QCOMPARE(c.start, 4);
        QCOMPARE(c.end, 9);
        QCOMPARE(c.verdict, u"false"_s);
        QCOMPARE(c.notes, u"n1"_s);
        QCOMPARE(c.extra.value(u"w3cId"_s).toString(), u"urn:a:1"_s);
    }
    void extensionErrorsAreLocated()
    {
        QByteArray bytes = W3c::exportCollection(sample());
        // The second annotation's claim gets a status the sidecar does not know.
        const qsizetype first = bytes.indexOf("\"claimbench\": {", bytes.indexOf("\"items\""));
        const qsizetype second = bytes.indexOf("\"status\": \"", bytes.indexOf("\"claimbench\": {", first + 1));
        QVERIFY(second > 0);
        bytes.insert(second + 11, "bogus-");
        const W3c::ImportResult r = W3c::importAnnotations(bytes, u"x.json"_s);
        QCOMPARE(r.errors.size(), 1);
        const LocatedError &e = r.errors.at(0);
        QVERIFY2(e.message.startsWith(u"/first/items/1/claimbench/status: "_s), qPrintable(e.toString()));
        QCOMPARE(locateOffset(bytes, second + 10).line, e.line);
        QVERIFY(r.data.claims.isEmpty());
    }
    void hypothesis()
    {
        // The shape of the Hypothesis API / export (rows of annotations with a target list and selectors).
        QFile f(QStringLiteral(CLAIMBENCH_SOURCE_DIR "/tests/core/data/hypothesis-export.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const QString doc = document();
        const W3c::ImportResult r = W3c::importAnnotations(bytes, QStringLiteral("h.json"), doc);
        QVERIFY(r.ok());
        QCOMPARE(r.skipped, 1);
        QCOMPARE(r.data.claims.size(), 1);
        Claim c = r.data.claims.at(0);
        QCOMPARE(c.id, QUuid::createUuidV5(QUuid::fromString(QStringLiteral("6b0c3c1e-0f7a-4c59-9d0e-5d1c6f2b7a44")),
                                           QStringLiteral("Xy1zAbCdEeF")));
        QCOMPARE(c.quote.exact, QStringLiteral("brought millions of pounds to the county\u2019s economy"));
        QCOMPARE(c.notes, QStringLiteral("Check the **FOI**."));
        QCOMPARE(c.createdBy, QStringLiteral("sam"));
        QCOMPARE(c.created, QDateTime(QDate(2026, 11, 20), QTime(10, 0, 0, 123), QTimeZone::UTC));
        QCOMPARE(c.fields.value(QStringLiteral("tags")).toArray().size(), 2);
        // The stale position is corrected by re-anchoring on the document.
        QList<Claim> claims{c};
        const QList<AnchorResult> results = reanchor(doc, claims);
        QCOMPARE(results.at(0).state, AnchorState::Moved);
        QCOMPARE(doc.mid(toUtf16(doc, claims.at(0).start), c.quote.exact.size()), c.quote.exact);
    }
    void positionOnly()
    {
        const QString doc = document();
        const QByteArray bytes =
            "{\"type\": \"Annotation\", \"body\": {\"type\": \"TextualBody\", \"value\": \"note\"},"
            " \"target\": {\"source\": \"essex-jiangsu.txt\", \"selector\": {\"type\": \"TextPositionSelector\","
            " \"start\": 0, \"end\": 14}}}";
        const W3c::ImportResult r = W3c::importAnnotations(bytes, QStringLiteral("p.json"), doc);
        QVERIFY(r.ok());
        QCOMPARE(r.data.claims.size(), 1);
        QCOMPARE(r.data.claims.at(0).quote.exact, QStringLiteral("A CAMPAIGNING "));
        QCOMPARE(r.data.claims.at(0).notes, QStringLiteral("note"));
        QCOMPARE(r.data.claims.at(0).claimType, QStringLiteral("unclassified"));
    }
    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << QByteArray("{\n \"items\": [}") << QStringLiteral(
            "w.json:2:12: error: /: syntax error while parsing value - unexpected '}'; expected '[', '{', or a literal");
        QTest::newRow("not annotations") << QByteArray("{\"a\": 1}")
                                         << QStringLiteral("w.json:1:1: error: /: not a W3C AnnotationCollection, "
                                                           "AnnotationPage, annotation or Hypothesis export");
        QTest::newRow("too deep") << QByteArray(70, '[')
                                  << QStringLiteral("w.json:1:65: error: /: nested deeper than 64 levels");
        // Columns count code points: the emoji is one column (two UTF-16 units, four bytes).
        QTest::newRow("syntax after a non-BMP character") << QByteArray("[\"\xF0\x9F\x98\x80\",}") << QStringLiteral(
            "w.json:1:6: error: /: syntax error while parsing value - unexpected '}'; expected '[', '{', or a literal");
        QTest::newRow("not annotations, after blank lines") << QByteArray("\n\n  {\"a\": 1}")
                                                            << QStringLiteral("w.json:3:3: error: /: not a W3C AnnotationCollection, "
                                                                              "AnnotationPage, annotation or Hypothesis export");
        QTest::newRow("items not an array") << QByteArray("{\"items\": 3}")
                                            << QStringLiteral("w.json:1:11: error: /items: must be an array of annotations");
        // Bad annotations, each located at the annotation or the bad value in it.
        QTest::newRow("annotation not an object")
            << QByteArray("{\"type\": \"AnnotationPage\", \"items\": [\n"
                          "  {\"target\": {\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"x\"}}},\n"
                          "  42\n"
                          "]}")
            << QStringLiteral("w.json:3:3: error: /items/1: an annotation must be an object");
        QTest::newRow("position end before start")
            << QByteArray("{\"type\": \"AnnotationCollection\", \"first\": {\"items\": [\n"
                          " {\"target\": {\"selector\": [{\"type\": \"TextQuoteSelector\", \"exact\": \"x\"},\n"
                          "                          {\"type\": \"TextPositionSelector\", \"start\": 9, \"end\": 4}]}}\n"
                          "]}}")
            << QStringLiteral("w.json:3:79: error: /first/items/0/target/selector/1/end: must not be less than start (9)");
        QTest::newRow("position start negative (single annotation)")
            << QByteArray("{\"target\": {\"selector\": {\"type\": \"TextPositionSelector\", \"start\": -1, \"end\": 4}}}")
            << QStringLiteral("w.json:1:67: error: /target/selector/start: must not be negative");
        QTest::newRow("position start not an integer (second target)")
            << QByteArray("[{\"target\": [{\"source\": \"a\"}, {\"selector\": {\"type\": \"TextPositionSelector\", "
                          "\"start\": \"3\", \"end\": 4}}]}]")
            << QStringLiteral("w.json:1:86: error: /0/target/1/selector/start: must be an integer");
        QTest::newRow("position without end (Hypothesis rows)")
            << QByteArray("{\"rows\": [{\"target\": [{\"selector\": [{\"type\": \"TextPositionSelector\", \"start\": 3}]}]}]}")
            << QStringLiteral("w.json:1:37: error: /rows/0/target/0/selector/0: a TextPositionSelector needs \"start\" and \"end\"");
        QTest::newRow("position end not an integer")
            << QByteArray("{\"rows\": [{\"target\": [{\"selector\": [{\"type\": \"TextPositionSelector\", \"start\": 3, "
                          "\"end\": 4.5}]}]}]}")
            << QStringLiteral("w.json:1:89: error: /rows/0/target/0/selector/0/end: must be an integer");
        QTest::newRow("position beyond what a sidecar stores")
            << QByteArray("[{\"target\": {\"selector\": {\"type\": \"TextPositionSelector\", \"start\": 1, \"end\": "
                          "9007199254740993}}}]")
            << QStringLiteral("w.json:1:78: error: /0/target/selector/end: must not be greater than 9007199254740992");
        // Repeated keys: nlohmann keeps the last one silently.
        QTest::newRow("duplicate key: a second items")
            << QByteArray("{\"type\": \"AnnotationPage\", \"items\": [{\"target\": {\"selector\": {\"type\": "
                          "\"TextQuoteSelector\", \"exact\": \"x\"}}}],\n \"items\": []}")
            << QStringLiteral("w.json:2:2: error: /: duplicate key \"items\"");
        QTest::newRow("duplicate key in a selector")
            << QByteArray("[{\"target\": {\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"a\",\n"
                          "  \"exact\": \"b\"}}}]")
            << QStringLiteral("w.json:2:3: error: /0/target/selector: duplicate key \"exact\"");
        QTest::newRow("duplicate key, escaped, in a body")
            << QByteArray("[{\"body\": [{\"value\": \"a\"}, {\"purpose\": \"commenting\", \"value\": \"\xF0\x9F\x98\x80\", "
                          "\"valu\\u0065\": \"b\"}], \"target\": {\"selector\": {\"type\": \"TextQuoteSelector\", "
                          "\"exact\": \"x\"}}}]")
            << QStringLiteral("w.json:1:68: error: /0/body/1: duplicate key \"value\"");
    }
    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const W3c::ImportResult r = W3c::importAnnotations(bytes, QStringLiteral("w.json"));
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.at(0).toString(), expected);
        QVERIFY(r.data.claims.isEmpty());
    }
    void notRepeatedKeys()
    {
        // The same key in different objects and keys that differ only by a leading U+FEFF are not repeated.
        const QByteArray bytes = "[{\"target\": {\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"a\"}},"
                                 " \"\xEF\xBB\xBFtarget\": 1},"
                                 " {\"target\": {\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"b\"}}}]";
        const W3c::ImportResult r = W3c::importAnnotations(bytes, QStringLiteral("w.json"));
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).toString()));
        QCOMPARE(r.data.claims.size(), 2);
    }
    void largestPositionCanBeSaved()
    {
        // Whatever is imported can be saved: the largest position the sidecar stores comes in and goes out.
        const QByteArray bytes = "[{\"target\": {\"selector\": [{\"type\": \"TextQuoteSelector\", \"exact\": \"x\"}, "
                                 "{\"type\": \"TextPositionSelector\", \"start\": 9007199254740991, \"end\": 9007199254740992}]}}]";
        const W3c::ImportResult r = W3c::importAnnotations(bytes, QStringLiteral("w.json"));
        QVERIFY(r.ok());
        QCOMPARE(r.data.claims.value(0).end, qsizetype(9007199254740992));
        const Sidecar::ReadResult saved = Sidecar::parse(Sidecar::serialize(r.data), QStringLiteral("s.json"));
        QVERIFY2(saved.ok(), qPrintable(saved.errors.value(0).toString()));
        QCOMPARE(saved.data, r.data);
    }
    void quotesFromTheDocumentOutsideTheBmp()
    {
        // Thousands of position-only annotations on a text with characters outside the BMP (two UTF-16 units
        // each): every quote taken from the document is the one the code point offsets name, as a table of the
        // UTF-16 offset of every code point gives it, including ranges at and beyond the end.
        QString doc;
        const QString pieces[] = {QStringLiteral("plain words "), QStringLiteral("\U0001F600"),
                                  QStringLiteral("caf\u00e9 "), QStringLiteral("\U00020BB7\U0001D11E"),
                                  QStringLiteral("e\u0301 "), QStringLiteral("\u4e2d\u6587 "),
                                  QStringLiteral("\U0001F1EC\U0001F1E7. ")};
        for (int i = 0; doc.size() < 20000; ++i)
            doc += pieces[(i * 7 + i / 5) % std::size(pieces)];
        QList<qsizetype> utf16; // of each code point, and of the end
        for (qsizetype i = 0; i < doc.size(); ++i) {
            utf16.append(i);
            if (doc.at(i).isHighSurrogate())
                ++i;
        }
        utf16.append(doc.size());
        const qsizetype length = utf16.size() - 1;
        QVERIFY(length < doc.size() - 1000); // many surrogate pairs
        QByteArray bytes = "{\"type\": \"AnnotationPage\", \"items\": [";
        QList<std::pair<qsizetype, qsizetype>> ranges;
        quint32 x = 12345;
        for (int i = 0; i < 3000; ++i) {
            x = x * 1103515245u + 12345u;
            qsizetype start = qsizetype(x % quint32(length + 20)); // some beyond the end
            qsizetype end = start + qsizetype((x >> 8) % 50);
            if (i % 500 == 0)
                start = end = length; // an empty range at the very end
            if (i % 500 == 1) {
                start = length - 3;
                end = length;
            }
            ranges.append({start, end});
            if (i)
                bytes += ',';
            bytes += "{\"id\": \"a" + QByteArray::number(i) + "\", \"target\": {\"selector\": {\"type\": "
                     "\"TextPositionSelector\", \"start\": " + QByteArray::number(start) + ", \"end\": "
                     + QByteArray::number(end) + "}}}";
        }
        bytes += "]}";
        const W3c::ImportResult r = W3c::importAnnotations(bytes, QStringLiteral("w.json"), doc);
        QVERIFY(r.ok());
        QCOMPARE(r.data.claims.size(), ranges.size());
        QHash<QUuid, qsizetype> byId;
        for (qsizetype i = 0; i < r.data.claims.size(); ++i)
            byId.insert(r.data.claims.at(i).id, i);
        const QUuid ns = QUuid::fromString(QStringLiteral("6b0c3c1e-0f7a-4c59-9d0e-5d1c6f2b7a44"));
        int found = 0, beyond = 0;
        for (qsizetype i = 0; i < ranges.size(); ++i) {
            const auto [start, end] = ranges.at(i);
            const Claim &c = r.data.claims.at(byId.value(QUuid::createUuidV5(ns, QStringLiteral("a%1").arg(i)), -1));
            auto text = [&](qsizetype from, qsizetype to) {
                from = std::clamp<qsizetype>(from, 0, length);
                to = std::clamp<qsizetype>(to, 0, length);
                return doc.sliced(utf16.at(from), utf16.at(to) - utf16.at(from));
            };
            if (end > length) {
                QCOMPARE(c.quote, TextQuote()); // nothing there: an orphan
                QCOMPARE(c.start, qsizetype(-1));
                ++beyond;
            } else if (start == end) {
                QCOMPARE(c.quote, TextQuote({QString(), text(start - 32, start), text(end, end + 32)}));
                QCOMPARE(c.start, qsizetype(-1)); // no text: an orphan, with the context it had
                ++beyond;
            } else {
                QCOMPARE(c.start, start);
                QCOMPARE(c.end, end);
                QCOMPARE(c.quote.exact, text(start, end));
                QCOMPARE(c.quote.prefix, text(start - 32, start));
                QCOMPARE(c.quote.suffix, text(end, end + 32));
                ++found;
            }
        }
        QVERIFY(found > 2500);
        QVERIFY(beyond > 0);
    }
    void repeatedIdsGetNewOnes()
    {
        // Every annotation with an id already used gets a new one; the first keeps its own.
        QByteArray bytes = "[";
        for (int i = 0; i < 500; ++i)
            bytes += QByteArray(i ? "," : "") + "{\"id\": \"" + (i % 2 ? "same" : "urn:uuid:9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10")
                     + "\", \"target\": {\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"q"
                     + QByteArray::number(i) + "\"}}}";
        bytes += "]";
        const W3c::ImportResult r = W3c::importAnnotations(bytes, QStringLiteral("w.json"));
        QVERIFY(r.ok());
        QCOMPARE(r.data.claims.size(), 500);
        QSet<QUuid> ids;
        for (const Claim &c : r.data.claims)
            ids.insert(c.id);
        QCOMPARE(ids.size(), 500);
        auto idOf = [&r](const QString &quote) {
            for (const Claim &c : r.data.claims)
                if (c.quote.exact == quote)
                    return c.id;
            return QUuid();
        };
        QCOMPARE(idOf(QStringLiteral("q0")), QUuid::fromString(QStringLiteral("9b2f0c1e-6c0a-4d47-9a51-0d7e3b1f2a10")));
        QCOMPARE(idOf(QStringLiteral("q1")), QUuid::createUuidV5(QUuid::fromString(QStringLiteral(
                                                 "6b0c3c1e-0f7a-4c59-9d0e-5d1c6f2b7a44")), QStringLiteral("same")));
    }
    void byteOrderMarkInText_data()
    {
        QTest::addColumn<QByteArray>("note"); // as written in the file
        QTest::addColumn<QString>("expected");
        QTest::newRow("only U+FEFF") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("\uFEFF");
        QTest::newRow("only U+FEFF, escaped") << QByteArray("\\ufeff") << QStringLiteral("\uFEFF");
        QTest::newRow("starting with U+FEFF") << QByteArray("\xEF\xBB\xBFnote") << QStringLiteral("\uFEFFnote");
        QTest::newRow("U+FEFF twice") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF") << QStringLiteral("\uFEFF\uFEFF");
        QTest::newRow("ending with U+FEFF") << QByteArray("note\xEF\xBB\xBF") << QStringLiteral("note\uFEFF");
    }
    void byteOrderMarkInText()
    {
        // A zero-width no-break space at the start of a string is text, not a byte-order mark: it survives
        // import → sidecar → export → import, in notes, quotes and every other string.
        QFETCH(QByteArray, note);
        QFETCH(QString, expected);
        const QByteArray bytes = "[{\"id\": \"n\", \"creator\": {\"name\": \"" + note + "\"}, \"body\": ["
                                 "{\"purpose\": \"commenting\", \"value\": \"" + note + "\"},"
                                 "{\"purpose\": \"assessing\", \"value\": \"" + note + "\"},"
                                 "{\"purpose\": \"linking\", \"source\": {\"id\": \"" + note + "u\", \"title\": \""
                                 + note + "\"}}],"
                                 " \"target\": {\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"" + note
                                 + "\", \"prefix\": \"" + note + "\"}}}]";
        const W3c::ImportResult r = W3c::importAnnotations(bytes, QStringLiteral("w.json"));
        QVERIFY(r.ok());
        QCOMPARE(r.data.claims.size(), 1);
        auto check = [&expected](const Claim &c) {
            QCOMPARE(c.notes, expected);
            QCOMPARE(c.verdict, expected);
            QCOMPARE(c.createdBy, expected);
            QCOMPARE(c.quote.exact, expected);
            QCOMPARE(c.quote.prefix, expected);
            QCOMPARE(c.sources.value(0).url, expected + QLatin1Char('u'));
            QCOMPARE(c.sources.value(0).title, expected);
        };
        check(r.data.claims.at(0));
        if (QTest::currentTestFailed())
            return;
        const Sidecar::ReadResult saved = Sidecar::parse(Sidecar::serialize(r.data), QStringLiteral("s.json"));
        QVERIFY(saved.ok());
        check(saved.data.claims.at(0));
        if (QTest::currentTestFailed())
            return;
        const W3c::ImportResult again = W3c::importAnnotations(W3c::exportCollection(saved.data), QStringLiteral("e.json"));
        QVERIFY(again.ok());
        QCOMPARE(again.data.claims.size(), 1);
        check(again.data.claims.at(0));
    }
    void everyBadAnnotationIsReported()
    {
        const QByteArray bytes = "[\n"
                                 " {\"target\": {\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"good\"}}},\n"
                                 " \"not an annotation\",\n"
                                 " {\"body\": {\"value\": \"a page note\"}},\n"
                                 " {\"target\": {\"selector\": {\"type\": \"TextPositionSelector\", \"start\": 5, \"end\": 2}}}\n"
                                 "]";
        const W3c::ImportResult r = W3c::importAnnotations(bytes, QStringLiteral("w.json"));
        QStringList messages;
        for (const LocatedError &e : r.errors)
            messages << e.toString();
        QCOMPARE(messages, QStringList({QStringLiteral("w.json:3:2: error: /1: an annotation must be an object"),
                                        QStringLiteral("w.json:5:78: error: /3/target/selector/end: must not be less "
                                                       "than start (5)")}));
        // With errors, nothing is imported (the good annotation neither), and nothing counts as skipped.
        QVERIFY(r.data.claims.isEmpty());
        QCOMPARE(r.skipped, 0);
        // The same file without the bad annotations imports the good one and skips the page note.
        const QByteArray good = "[{\"target\": {\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"good\"}}},"
                                " {\"body\": {\"value\": \"a page note\"}}]";
        const W3c::ImportResult ok = W3c::importAnnotations(good, QStringLiteral("w.json"));
        QVERIFY(ok.ok());
        QCOMPARE(ok.data.claims.size(), 1);
        QCOMPARE(ok.skipped, 1);
    }
};

QTEST_GUILESS_MAIN(W3cTest)
#include "w3c_test.moc"
