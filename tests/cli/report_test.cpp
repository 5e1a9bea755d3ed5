// SPDX-License-Identifier: GPL-2.0-or-later
// claimbench-cli report: every format from the shipped example, options, and the usage/input errors.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString example = QStringLiteral(CLAIMBENCH_SOURCE_DIR "/examples/essex-jiangsu.txt");

struct Result {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Result cli(const QStringList &args, bool pdf = false)
{
    QProcess p;
    if (pdf) {
        // Chromium keeps process-lifetime allocations: no leak detection for the PDF run (as in tests/host)
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
        p.setProcessEnvironment(env);
    }
    p.start(QStringLiteral(CLAIMBENCH_CLI), QStringList{QStringLiteral("report")} + args);
    if (!p.waitForFinished(180000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class ReportCliTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void formats_data();
    void formats();
    void pdf();
    void deterministic();
    void explicitSidecarAndTemplate();
    void errors_data();
    void errors();
    void documentWithoutClaims();
    void historyAndIntegrity();

private:
    QTemporaryDir m_dir;
};

void ReportCliTest::formats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("marker");
    QTest::newRow("html") << "html" << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';";
    QTest::newRow("md") << "md" << "## Claims";
    QTest::newRow("csv") << "csv" << "number,id,type,type_name,status,verdict";
    QTest::newRow("json") << "json" << "\"format\": \"claimbench.report\"";
    QTest::newRow("claimreview") << "claimreview" << "\"@type\": \"ClaimReview\"";
    QTest::newRow("claimreview-html") << "claimreview-html" << "<script type=\"application/ld+json\">";
    QTest::newRow("w3c") << "w3c" << "AnnotationCollection";
}

void ReportCliTest::formats()
{
    QFETCH(QString, format);
    QFETCH(QString, marker);
    const QString out = m_dir.filePath(QStringLiteral("out.") + format);
    // the sidecar defaults to DOCUMENT.claims.json
    const Result r = cli({example, QStringLiteral("--format"), format, QStringLiteral("-o"), out, QStringLiteral("--organisation"),
                          QStringLiteral("Essex Fact Desk"), QStringLiteral("--url"), QStringLiteral("https://factdesk.example/r")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QByteArray bytes = readFile(out);
    QVERIFY2(bytes.contains(marker.toUtf8()), bytes.left(400).constData());
    if (format == QLatin1String("claimreview")) {
        const QJsonArray graph = QJsonDocument::fromJson(bytes).object().value(QLatin1String("@graph")).toArray();
        QVERIFY(!graph.isEmpty());
        for (const QJsonValue &v : graph) {
            const QJsonObject o = v.toObject();
            // the example's own publication; the options only fill what it leaves empty
            QCOMPARE(o.value(QLatin1String("author")).toObject().value(QLatin1String("name")).toString(),
                     QStringLiteral("Eastern Counties Fact Check"));
            QVERIFY(o.value(QLatin1String("url")).toString().startsWith(
                QLatin1String("https://factcheck.example.org/2026/11/essex-jiangsu#claim-")));
            QVERIFY(!o.value(QLatin1String("reviewRating")).toObject().value(QLatin1String("alternateName")).toString().isEmpty());
        }
    }
    if (format.startsWith(QLatin1String("claimreview"))) // the publish gate's claims left out, on stderr
        QVERIFY2(r.err.contains("claimbench-cli: warning: claim 3 left out: not done (needs second review)\n"),
                 r.err.constData());
    if (format == QLatin1String("html")) {
        // the claim types' names come from the plugins when they are installed beside the binary, else the ids
        QVERIFY(bytes.contains("class=\"type\""));
        QVERIFY(!bytes.contains("<script"));
    }
}

void ReportCliTest::pdf()
{
    const QString out = m_dir.filePath(QStringLiteral("out.pdf"));
    const Result r = cli({example, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--page-size"),
                          QStringLiteral("Letter"), QStringLiteral("-o"), out},
                         true);
    QVERIFY2(r.code == 0, r.err.constData());
    const QByteArray pdf = readFile(out);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.contains("/MediaBox [0 0 612 792]"));
    QVERIFY(pdf.contains("(Page 1 of "));
}

void ReportCliTest::deterministic()
{
    const QString a = m_dir.filePath(QStringLiteral("a.html"));
    const QString b = m_dir.filePath(QStringLiteral("b.html"));
    QCOMPARE(cli({example, QStringLiteral("-o"), a}).code, 0);
    QCOMPARE(cli({example, QStringLiteral("-o"), b}).code, 0);
    QCOMPARE(readFile(a), readFile(b));
    QVERIFY(!readFile(a).contains("Report generated"));
    QCOMPARE(cli({example, QStringLiteral("-o"), a, QStringLiteral("--generated-at"), QStringLiteral("2026-11-29T08:30:00Z")}).code, 0);
    QVERIFY(readFile(a).contains("2026-11-29 08:30 UTC"));
    // '-' writes to standard output
    const Result r = cli({example, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith("number,id,"));
}

void ReportCliTest::explicitSidecarAndTemplate()
{
    const QString tplDir = m_dir.filePath(QStringLiteral("tpl"));
    QVERIFY(QDir().mkpath(tplDir));
    QFile css(tplDir + QStringLiteral("/report.css"));
    QVERIFY(css.open(QIODevice::WriteOnly));
    css.write("body { font-family: 'Newsroom Sans'; }\n");
    css.close();
    const QString out = m_dir.filePath(QStringLiteral("styled.html"));
    const Result r = cli({example, QStringLiteral("--sidecar"),
                          QStringLiteral(CLAIMBENCH_SOURCE_DIR "/tests/core/input/report-sample.claims.json"),
                          QStringLiteral("--template"), tplDir, QStringLiteral("--title"), QStringLiteral("Desk copy"),
                          QStringLiteral("-o"), out});
    QVERIFY2(r.code == 0, r.err.constData());
    const QByteArray html = readFile(out);
    QVERIFY(html.contains("Newsroom Sans"));
    QVERIFY(html.contains("<title>Desk copy</title>"));
    QVERIFY(html.contains("the world’s biggest trading partner")); // the sample input's orphan
}

void ReportCliTest::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("/nonexistent-dir/out.html");
    QTest::newRow("no document") << QStringList{QStringLiteral("-o"), out} << 2 << "expected one DOCUMENT";
    QTest::newRow("no output") << QStringList{example} << 2 << "-o OUT is required";
    QTest::newRow("unknown format") << QStringList{example, QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("-o"), out}
                                    << 2 << "unknown format 'docx'";
    QTest::newRow("bad page size") << QStringList{example, QStringLiteral("--page-size"), QStringLiteral("A3"), QStringLiteral("-o"), out}
                                   << 2 << "A4 or Letter";
    QTest::newRow("bad date") << QStringList{example, QStringLiteral("--generated-at"), QStringLiteral("yesterday"), QStringLiteral("-o"), out}
                              << 2 << "not an ISO 8601 time";
    QTest::newRow("missing document") << QStringList{QStringLiteral("/nonexistent.txt"), QStringLiteral("-o"), out} << 1
                                      << "/nonexistent.txt";
    QTest::newRow("document not a regular file") << QStringList{QStringLiteral("/dev/zero"), QStringLiteral("-o"), out} << 1
                                                 << "/dev/zero: error: cannot open: not a regular file";
    QTest::newRow("sidecar not a regular file")
        << QStringList{example, QStringLiteral("--sidecar"), QStringLiteral("/dev/null"), QStringLiteral("-o"), out} << 1
        << "/dev/null: error: cannot open: not a regular file";
    QTest::newRow("broken sidecar") << QStringList{example, QStringLiteral("--sidecar"), QStringLiteral(CLAIMBENCH_SOURCE_DIR "/README.md"),
                                                   QStringLiteral("-o"), out}
                                    << 1 << "README.md:1:";
    QTest::newRow("bad template") << QStringList{example, QStringLiteral("--template"), QStringLiteral("/nonexistent-template"),
                                                 QStringLiteral("-o"), out}
                                  << 1 << "no such file or directory";
    QTest::newRow("unwritable output") << QStringList{example, QStringLiteral("-o"), out} << 1
                                       << "/nonexistent-dir/out.html: error: cannot write: ";
}

void ReportCliTest::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Result r = cli(args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
}

// A document nobody has marked yet has a report too: zero claims, not an error. An explicit --sidecar that is
// missing is still one.
void ReportCliTest::historyAndIntegrity()
{
    // The hand-over by default; --history for the review record; --no-integrity drops the appendix.
    const QString out = m_dir.filePath(QStringLiteral("history.html"));
    Result r = cli({example, QStringLiteral("-o"), out});
    QCOMPARE(r.code, 0);
    QByteArray html = readFile(out);
    QVERIFY(!html.contains("<h4>History</h4>"));
    QVERIFY(html.contains("id=\"appendix\""));
    r = cli({example, QStringLiteral("--history"), QStringLiteral("--no-integrity"), QStringLiteral("-o"), out});
    QCOMPARE(r.code, 0);
    html = readFile(out);
    QVERIFY(html.contains("<h4>History</h4>"));
    QVERIFY(!html.contains("id=\"appendix\""));
}

void ReportCliTest::documentWithoutClaims()
{
    const QString doc = m_dir.filePath(QStringLiteral("unmarked.txt"));
    QFile f(doc);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Essex County Council has a partnership with Jiangsu.\n");
    f.close();
    const QString out = m_dir.filePath(QStringLiteral("unmarked.json"));
    Result r = cli({doc, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), out});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(readFile(out)).object();
    QCOMPARE(report.value(QLatin1String("format")).toString(), QStringLiteral("claimbench.report"));
    QVERIFY(report.value(QLatin1String("claims")).toArray().isEmpty());
    QVERIFY(!QFileInfo::exists(doc + QStringLiteral(".claims.json"))); // a report writes no sidecar
    r = cli({doc, QStringLiteral("--sidecar"), m_dir.filePath(QStringLiteral("missing.claims.json")), QStringLiteral("-o"), out});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("missing.claims.json"), r.err.constData());
}

QTEST_GUILESS_MAIN(ReportCliTest)
#include "report_test.moc"
