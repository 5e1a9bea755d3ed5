// SPDX-License-Identifier: GPL-2.0-or-later
#include "documenttext.h"
#include "reanchor.h"
#include "w3c.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Claimbench;

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
        const QByteArray bytes = W3c::exportCollection(data);
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(root.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationCollection"));
        QCOMPARE(root.value(QStringLiteral("@context")).toString(), QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
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
            QCOMPARE(target.value(QStringLiteral("source")).toString(), QStringLiteral("essex-jiangsu.txt"));
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
