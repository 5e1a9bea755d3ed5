// SPDX-License-Identifier: GPL-2.0-or-later
// W3C ids through the real claimbench-cli: anchor --w3c reports the ids the file gives, import → export returns
// them, and the export's target source is the document's file:// IRI.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CLAIMBENCH_CLI), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

const QString example = QStringLiteral(CLAIMBENCH_SOURCE_DIR "/examples/essex-jiangsu.txt");

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}
QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Two annotations on the example as another tool writes them: ids that are not UUIDs.
const QByteArray foreign = "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"AnnotationCollection\",\n"
                         "\"first\": {\"type\": \"AnnotationPage\", \"items\": [\n"
                         "{\"id\": \"urn:claim:0\", \"type\": \"Annotation\",\n"
                         "\"target\": {\"source\": \"https://news.example/essex\", \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"A CAMPAIGNING\"}}},\n"
                         "{\"id\": \"Xy1z\\\"Ab<\", \"type\": \"Annotation\",\n"
                         "\"target\": {\"source\": \"https://news.example/essex\", \"selector\": {\"type\": \"TextPositionSelector\", \"start\": 0, \"end\": 5}}}\n"
                         "]}}";
} // namespace

class W3cIdsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anchorReportsTheIdsGiven()
    {
        QTemporaryDir dir;
        const QString w3c = dir.filePath(u"foreign.jsonld"_s);
        QVERIFY(writeFile(w3c, foreign));
        const Run r = cli({u"anchor"_s, u"--document"_s, example, u"--w3c"_s, w3c, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray annotations = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"annotations"_s).toArray();
        QCOMPARE(annotations.size(), 2);
        QStringList ids;
        for (const QJsonValue &a : annotations) {
            ids << a.toObject().value(u"id"_s).toString();
            QCOMPARE(a.toObject().value(u"uuid"_s).toString().size(), 36); // and the claim's UUID beside it
        }
        ids.sort();
        QCOMPARE(ids, (QStringList{u"Xy1z\"Ab<"_s, u"urn:claim:0"_s}));
        QVERIFY(!r.out.contains(u'<')); // safe in HTML too
        const Run text = cli({u"anchor"_s, u"--document"_s, example, u"--w3c"_s, w3c});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(u"\nurn:claim:0 "_s) || text.out.startsWith(u"urn:claim:0 "_s), qPrintable(text.out));
    }
    void importThenExportKeepsTheIds()
    {
        QTemporaryDir dir;
        const QString w3c = dir.filePath(u"foreign.jsonld"_s);
        QVERIFY(writeFile(w3c, foreign));
        const QString doc = dir.filePath(u"essex jiangsu.txt"_s);
        QVERIFY(QFile::copy(example, doc));
        Run r = cli({u"import"_s, u"--w3c"_s, w3c, u"--document"_s, doc});
        QCOMPARE(r.code, 0);
        const QString out = dir.filePath(u"out.jsonld"_s);
        r = cli({u"export"_s, u"--w3c"_s, doc + u".claims.json"_s, u"-o"_s, out});
        QCOMPARE(r.code, 0);
        const QJsonObject collection = QJsonDocument::fromJson(readFile(out)).object();
        QStringList ids;
        for (const QJsonValue &a : collection.value(u"first"_s).toObject().value(u"items"_s).toArray()) {
            ids << a.toObject().value(u"id"_s).toString();
            // No article URL in the sidecar: the document's file:// IRI.
            QCOMPARE(a.toObject().value(u"target"_s).toObject().value(u"source"_s).toString(),
                     QString::fromUtf8(QUrl::fromLocalFile(doc).toEncoded()));
        }
        ids.sort();
        QCOMPARE(ids, (QStringList{u"urn:claim:0"_s, u"urn:claimbench:w3c-id:Xy1z%22Ab%3C"_s}));
        // anchor on the export reports the ids first given.
        r = cli({u"anchor"_s, u"--document"_s, doc, u"--w3c"_s, out, u"--json"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"\"id\":\"urn:claim:0\""_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"\"id\":\"Xy1z\\\"Ab\\u003c\""_s), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(W3cIdsTest)
#include "w3cids_test.moc"
