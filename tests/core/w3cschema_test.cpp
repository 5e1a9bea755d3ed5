// SPDX-License-Identifier: GPL-2.0-or-later
// The W3C export against every MUST assertion of the W3C annotation-model test suite (w3c/web-annotation-tests,
// vendored in tests/data/w3c-annotation-model/), run by python3-jsonschema through check.py.
#include "w3c.h"
#include "w3cfixture.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;

class W3cSchemaTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyMustPasses_data()
    {
        QTest::addColumn<QByteArray>("exported");
        QTest::addColumn<int>("assertions"); // 10 for the collection, 15 for its page, 54 for each annotation
        const ClaimSetData example = W3cFixture::example();
        QVERIFY(example.claims.size() > 0);
        W3c::ExportOptions local;
        local.documentPath = QStringLiteral(CLAIMBENCH_SOURCE_DIR "/examples/essex-jiangsu.txt");
        QTest::newRow("the example, a local file") << W3c::exportCollection(example, local)
                                                   << int(25 + 54 * example.claims.size());
        QTest::newRow("the example, no path known") << W3c::exportCollection(example, W3c::ExportOptions())
                                                    << int(25 + 54 * example.claims.size());
        const ClaimSetData rich = W3cFixture::rich();
        QTest::newRow("a rich review of an article") << W3c::exportCollection(rich, W3c::ExportOptions())
                                                     << int(25 + 54 * rich.claims.size());
        W3c::ExportOptions plain;
        plain.includeClaimbench = false;
        plain.documentPath = QStringLiteral("relative/rich article.html");
        ClaimSetData local2 = rich;
        local2.document.source = DocumentSource();
        QTest::newRow("plain W3C, a relative path with a space") << W3c::exportCollection(local2, plain)
                                                                << int(25 + 54 * rich.claims.size());
    }
    void everyMustPasses()
    {
        QFETCH(QByteArray, exported);
        QFETCH(int, assertions);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("collection.jsonld"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(exported), exported.size());
        f.close();
        QProcess python;
        python.setProcessChannelMode(QProcess::MergedChannels);
        python.start(QStringLiteral("python3"),
                     {QStringLiteral(CLAIMBENCH_SOURCE_DIR "/tests/data/w3c-annotation-model/check.py"), path});
        QVERIFY2(python.waitForFinished(120000), "python3 did not finish");
        const QString out = QString::fromUtf8(python.readAll());
        QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0, qPrintable(out));
        QVERIFY2(out.endsWith(QStringLiteral("%1 of %1 MUST assertions pass\n").arg(assertions)), qPrintable(out));
    }
    void theCheckerRefusesWhatTheSuiteRefuses()
    {
        // The checker itself: a bare file name as target source (what the export wrote before) and a page without
        // an id fail their assertions.
        const QByteArray bad = "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"id\": \"urn:x:c\",\n"
                              "\"type\": \"AnnotationCollection\", \"total\": 1,\n"
                              "\"first\": {\"type\": \"AnnotationPage\", \"startIndex\": 0, \"items\": [\n"
                              "{\"id\": \"urn:x:a\", \"type\": \"Annotation\", \"body\": {\"type\": \"TextualBody\", \"value\": \"v\"},\n"
                              "\"target\": {\"source\": \"essex-jiangsu.txt\",\n"
                              "\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"x\"}}}]}}";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.jsonld"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bad);
        f.close();
        QProcess python;
        python.setProcessChannelMode(QProcess::MergedChannels);
        python.start(QStringLiteral("python3"),
                     {QStringLiteral(CLAIMBENCH_SOURCE_DIR "/tests/data/w3c-annotation-model/check.py"), path});
        QVERIFY(python.waitForFinished(120000));
        const QString out = QString::fromUtf8(python.readAll());
        QCOMPARE(python.exitCode(), 1);
        QVERIFY2(out.contains(QLatin1String("FAIL collections/pages/5.2-pageIdValidated.json")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("FAIL annotations/3.2-targetObjectsRecognized.json")), qPrintable(out));
        QVERIFY2(out.endsWith(QLatin1String("71 of 79 MUST assertions pass\n")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(W3cSchemaTest)
#include "w3cschema_test.moc"
