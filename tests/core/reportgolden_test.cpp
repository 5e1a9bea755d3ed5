// SPDX-License-Identifier: GPL-2.0-or-later
// Golden files: every export format but PDF (exportReview(), the one entry point the workbench and the CLI use) of
// each tests/core/input/*.claims.json (over the sample article; its reference files are named after it) and of the shipped example
// (examples/essex-jiangsu.txt.claims.json) against tests/core/reference/. A mismatch prints the first
// differing lines and leaves the actual output in the build tree for `diff -u`.
//
// Regenerating the references is a manual, reviewed step, never automatic:
//     CLAIMBENCH_REGENERATE_GOLDEN=1 build/<tree>/tests/core/core_reportgolden_test
//     git diff tests/core/reference/
#include "documenttext.h"
#include "export.h"
#include "report.h"
#include "sidecar.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>
#include <QTest>

using namespace Claimbench;

namespace {

const QString sourceDir = QStringLiteral(CLAIMBENCH_SOURCE_DIR);

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The claim types as the built-in plugins describe them (names, colours, labels), fixed here so that the core's
// golden files do not depend on the plugins' wording.
QList<ReportClaimTypeInfo> claimTypes()
{
    ReportClaimTypeInfo quantity{QStringLiteral("quantity"), QStringLiteral("Quantity"), QStringLiteral("#1f77b4"),
                                 {{QStringLiteral("figure"), QStringLiteral("Figure")},
                                  {QStringLiteral("unit"), QStringLiteral("Unit")},
                                  {QStringLiteral("period"), QStringLiteral("Period")},
                                  {QStringLiteral("geography"), QStringLiteral("Geography")},
                                  {QStringLiteral("stated-source"), QStringLiteral("Stated source")}},
                                 {{QStringLiteral("source-found"), QStringLiteral("Find the original source")},
                                  {QStringLiteral("compare"), QStringLiteral("Compare with official statistics")}}};
    ReportClaimTypeInfo quote{QStringLiteral("quote-attribution"), QStringLiteral("Quote or attribution"),
                              QStringLiteral("#9467bd"), {{QStringLiteral("speaker"), QStringLiteral("Speaker")}}, {}};
    ReportClaimTypeInfo laws{QStringLiteral("laws-rules"), QStringLiteral("Laws and rules"), QStringLiteral("#2ca02c"), {}, {}};
    ReportClaimTypeInfo causation{QStringLiteral("causation"), QStringLiteral("Cause and effect"), QStringLiteral("#d62728"), {}, {}};
    ReportClaimTypeInfo temporal{QStringLiteral("temporal-event"), QStringLiteral("Dates and durations"),
                                 QStringLiteral("#ff7f0e"), {}, {}};
    ReportClaimTypeInfo prediction{QStringLiteral("prediction"), QStringLiteral("Prediction"), QStringLiteral("#8c564b"), {}, {}};
    return {quantity, quote, laws, causation, temporal, prediction};
}

// A readable account of the first difference.
QString firstDifference(const QByteArray &expected, const QByteArray &actual)
{
    const QList<QByteArray> e = expected.split('\n');
    const QList<QByteArray> a = actual.split('\n');
    const qsizetype n = std::min(e.size(), a.size());
    qsizetype i = 0;
    while (i < n && e.at(i) == a.at(i))
        ++i;
    QString out = QStringLiteral("first difference at line %1 (expected %2 lines, got %3)\n").arg(i + 1).arg(e.size()).arg(a.size());
    for (qsizetype k = std::max<qsizetype>(0, i - 2); k < std::min(i + 3, e.size()); ++k)
        out += QStringLiteral("  expected %1: %2\n").arg(k + 1).arg(QString::fromUtf8(e.at(k).left(300)));
    for (qsizetype k = std::max<qsizetype>(0, i - 2); k < std::min(i + 3, a.size()); ++k)
        out += QStringLiteral("  actual   %1: %2\n").arg(k + 1).arg(QString::fromUtf8(a.at(k).left(300)));
    return out;
}

} // namespace

class ReportGoldenTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data();
    void golden();
};

void ReportGoldenTest::golden_data()
{
    QTest::addColumn<QString>("sidecar");
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("format");
    struct Input {
        QString sidecar, document, name;
    };
    // one input per file in tests/core/input/ (a golden is added by adding a file), each over the sample article
    QList<Input> inputs;
    const QDir inputDir(sourceDir + QStringLiteral("/tests/core/input"));
    const QStringList files = inputDir.entryList({QStringLiteral("*.claims.json")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files)
        inputs.append({inputDir.filePath(file), sourceDir + QStringLiteral("/examples/essex-jiangsu.txt"),
                       file.chopped(int(qstrlen(".claims.json")))});
    if (QFile::exists(sourceDir + QStringLiteral("/examples/essex-jiangsu.txt.claims.json")))
        inputs.append({sourceDir + QStringLiteral("/examples/essex-jiangsu.txt.claims.json"),
                       sourceDir + QStringLiteral("/examples/essex-jiangsu.txt"), QStringLiteral("report-example")});
    for (const Input &in : std::as_const(inputs)) {
        // the reference's extension: the format's id, ".json" after the JSON-LD ones
        for (const ExportFormat f : exportFormats()) {
            if (f == ExportFormat::Pdf)
                continue; // printed by the host (tests/host/pdfprinter_test)
            const QString id = exportFormatId(f);
            const QString format = f == ExportFormat::ClaimReview || f == ExportFormat::W3c ? id + QStringLiteral(".json") : id;
            QTest::addRow("%s.%s", qPrintable(in.name), qPrintable(format)) << in.sidecar << in.document << in.name << format;
        }
    }
}

void ReportGoldenTest::golden()
{
    QFETCH(QString, sidecar);
    QFETCH(QString, document);
    QFETCH(QString, name);
    QFETCH(QString, format);

    const QByteArray bytes = readFile(document);
    QVERIFY(!bytes.isEmpty());
    const QString text = decodeText(bytes).text;
    const Sidecar::ReadResult read = Sidecar::read(sidecar, codePointLength(text));
    QVERIFY2(read.ok(), qPrintable(read.errors.isEmpty() ? QString() : read.errors.first().toString()));

    ExportRequest request;
    request.format = exportFormatFromId(format.section(u'.', 0, 0)).value_or(ExportFormat::Pdf);
    QVERIFY(request.format != ExportFormat::Pdf);
    request.data = read.data;
    request.documentText = text;
    request.options.claimTypes = claimTypes();
    request.options.organisation = QStringLiteral("Essex Fact Desk");
    request.options.url = QStringLiteral("https://factdesk.example/reviews/essex-jiangsu");
    request.options.documentUrl = QStringLiteral("https://news.example/essex-jiangsu");
    request.options.generatedAt = QDateTime(QDate(2026, 11, 29), QTime(12, 0), QTimeZone::UTC);
    const ExportResult result = exportReview(request);
    QVERIFY2(result.isValid(), qPrintable(result.error));
    const QByteArray actual = result.bytes;
    QVERIFY(!actual.isEmpty());

    const QString file = name + u'.' + format;
    const QString reference = sourceDir + QStringLiteral("/tests/core/reference/") + file;
    if (qEnvironmentVariableIntValue("CLAIMBENCH_REGENERATE_GOLDEN") == 1) {
        QDir().mkpath(QFileInfo(reference).path());
        QFile out(reference);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual);
        qWarning("regenerated %s: review it with git diff", qPrintable(reference));
        return;
    }
    const QByteArray expected = readFile(reference);
    QVERIFY2(!expected.isEmpty(), qPrintable(reference + QStringLiteral(": missing (see the comment at the top of this test)")));
    if (expected != actual) {
        const QString actualPath = QStringLiteral(CLAIMBENCH_BINARY_DIR "/tests/core/report-actual/") + file;
        QDir().mkpath(QFileInfo(actualPath).path());
        QFile out(actualPath);
        if (out.open(QIODevice::WriteOnly))
            out.write(actual);
        QFAIL(qPrintable(firstDifference(expected, actual) + QStringLiteral("diff -u %1 %2").arg(reference, actualPath)));
    }
}

QTEST_GUILESS_MAIN(ReportGoldenTest)
#include "reportgolden_test.moc"
