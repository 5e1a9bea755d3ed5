// SPDX-License-Identifier: GPL-2.0-or-later
// The validate, anchor, import and export commands, run as the real claimbench-cli binary.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

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
const QString exampleSidecar = example + QLatin1String(".claims.json");

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
} // namespace

class SidecarCommandsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void help_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("validate") << "validate" << "SIDECAR";
        QTest::newRow("anchor") << "anchor" << "--json";
        QTest::newRow("import") << "import" << "--w3c";
        QTest::newRow("export") << "export" << "-o";
    }
    void help()
    {
        QFETCH(QString, command);
        QFETCH(QString, mentions);
        const Run r = cli({command, QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(mentions), qPrintable(r.out));
        const Run top = cli({QStringLiteral("--help")});
        QVERIFY(top.out.contains(command));
    }
    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("validate without file") << QStringList{QStringLiteral("validate")};
        QTest::newRow("validate two files") << QStringList{QStringLiteral("validate"), QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("validate unknown option") << QStringList{QStringLiteral("validate"), QStringLiteral("--frob"), QStringLiteral("a")};
        QTest::newRow("anchor without document") << QStringList{QStringLiteral("anchor"), QStringLiteral("--sidecar"), exampleSidecar};
        QTest::newRow("anchor both inputs") << QStringList{QStringLiteral("anchor"), QStringLiteral("--document"), example,
                                                           QStringLiteral("--sidecar"), exampleSidecar,
                                                           QStringLiteral("--w3c"), exampleSidecar};
        QTest::newRow("import without document") << QStringList{QStringLiteral("import"), QStringLiteral("--w3c"), QStringLiteral("x")};
        QTest::newRow("export without output") << QStringList{QStringLiteral("export"), QStringLiteral("--w3c"), exampleSidecar};
    }
    void usage()
    {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
    }
    void validateOk()
    {
        const Run r = cli({QStringLiteral("validate"), exampleSidecar, QStringLiteral("--document"), example});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, exampleSidecar + QLatin1String(": ok, 12 claims\n"));
        QCOMPARE(r.err, QString());
    }
    void validateErrors()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.claims.json"));
        QByteArray bytes = readFile(exampleSidecar);
        // Break two things: a start after its end, and a status.
        bytes.replace("\"start\": 154,", "\"start\": 999,");
        bytes.replace("\"status\": \"open\"", "\"status\": \"later\"");
        QVERIFY(writeFile(bad, bytes));
        const Run r = cli({QStringLiteral("validate"), bad});
        QCOMPARE(r.code, 1);
        const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // two "open" statuses in the sample
        QCOMPARE(lines.at(0), bad + QLatin1String(":77:18: error: /claims/0/target/start: start 999 is after end 171"));
        QVERIFY(lines.at(1).contains(QLatin1String(": error: /claims/9/status: unknown status \"later\"")));
    }
    void validateAgainstShorterDocument()
    {
        QTemporaryDir dir;
        const QString doc = dir.filePath(QStringLiteral("short.txt"));
        QVERIFY(writeFile(doc, readFile(example).left(3000)));
        const Run r = cli({QStringLiteral("validate"), exampleSidecar, QStringLiteral("--document"), doc});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("/claims/10/target/end: position 3134 is beyond the end of the document")),
                 qPrintable(r.err));
    }
    void validateMissingFile()
    {
        const Run r = cli({QStringLiteral("validate"), QStringLiteral("/nonexistent/x.claims.json")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.startsWith(QLatin1String("/nonexistent/x.claims.json: error: cannot open")));
    }
    void anchorJson()
    {
        QTemporaryDir dir;
        const QString doc = dir.filePath(QStringLiteral("changed.txt"));
        QByteArray text = readFile(example);
        text.prepend("UPDATED: this article was corrected.\n\n");
        text.replace("with far more growth expected", "with much more growth expected");
        text.replace("Our focus has been on education", "We focused on education");
        QVERIFY(writeFile(doc, text));
        const Run r = cli({QStringLiteral("anchor"), QStringLiteral("--document"), doc, QStringLiteral("--sidecar"),
                           exampleSidecar, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonParseError error{};
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(r.out.startsWith(QLatin1String("{\"annotations\":[{\"id\":\"")));
        const QJsonArray annotations = root.value(QStringLiteral("annotations")).toArray();
        QCOMPARE(annotations.size(), 12);
        const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("exact")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("moved")).toInt(), 11);
        QCOMPARE(summary.value(QStringLiteral("fuzzy")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("orphan")).toInt(), 0);
        for (const QJsonValue &v : annotations) {
            const QJsonObject a = v.toObject();
            QCOMPARE(a.keys(), (QStringList{QStringLiteral("end"), QStringLiteral("id"), QStringLiteral("score"),
                                            QStringLiteral("start"), QStringLiteral("state")}));
            if (a.value(QStringLiteral("state")).toString() == QLatin1String("fuzzy")) {
                QCOMPARE(a.value(QStringLiteral("id")).toString(), QStringLiteral("e4a607dd-b183-4294-b6f7-03cfaeb18219"));
                QVERIFY(a.value(QStringLiteral("score")).toDouble() < 1.0);
                QCOMPARE(a.value(QStringLiteral("start")).toInt(), 3136 + 38 - 8); // the prefix added, "Our focus has been" shortened
            }
        }
    }
    void anchorOrphanIsNull()
    {
        QTemporaryDir dir;
        const QString doc = dir.filePath(QStringLiteral("other.txt"));
        QVERIFY(writeFile(doc, "An unrelated text about something else entirely.\n"));
        const Run r = cli({QStringLiteral("anchor"), QStringLiteral("--document"), doc, QStringLiteral("--sidecar"),
                           exampleSidecar, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("\"state\":\"orphan\",\"start\":null,\"end\":null,\"score\":0}")));
        QVERIFY(r.out.endsWith(QLatin1String("\"summary\":{\"exact\":0,\"moved\":0,\"fuzzy\":0,\"orphan\":12}}\n")));
    }
    void exportImportRoundTrip()
    {
        QTemporaryDir dir;
        const QString w3c = dir.filePath(QStringLiteral("claims.jsonld"));
        Run r = cli({QStringLiteral("export"), QStringLiteral("--w3c"), exampleSidecar, QStringLiteral("-o"), w3c});
        QCOMPARE(r.code, 0);
        const QJsonObject collection = QJsonDocument::fromJson(readFile(w3c)).object();
        QCOMPARE(collection.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationCollection"));

        // The annotations also anchor directly.
        r = cli({QStringLiteral("anchor"), QStringLiteral("--document"), example, QStringLiteral("--w3c"), w3c,
                 QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("\"summary\":{\"exact\":12,")));

        const QString docCopy = dir.filePath(QStringLiteral("essex-jiangsu.txt"));
        QVERIFY(QFile::copy(example, docCopy));
        const QString sidecar = dir.filePath(QStringLiteral("imported.claims.json"));
        r = cli({QStringLiteral("import"), QStringLiteral("--w3c"), w3c, QStringLiteral("--document"), docCopy,
                 QStringLiteral("-o"), sidecar});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, sidecar + QLatin1String(": 12 claims (12 exact, 0 moved, 0 fuzzy, 0 orphan)\n"));
        r = cli({QStringLiteral("validate"), sidecar, QStringLiteral("--document"), docCopy});
        QCOMPARE(r.code, 0);
        // Same ids, types, verdicts, quotes and positions as the original.
        const QJsonArray original = QJsonDocument::fromJson(readFile(exampleSidecar)).object().value(QStringLiteral("claims")).toArray();
        const QJsonArray imported = QJsonDocument::fromJson(readFile(sidecar)).object().value(QStringLiteral("claims")).toArray();
        QCOMPARE(imported.size(), original.size());
        for (qsizetype i = 0; i < original.size(); ++i) {
            const QJsonObject a = original.at(i).toObject(), b = imported.at(i).toObject();
            for (const char *key : {"id", "claimType", "target", "status", "verdict", "notes"})
                QCOMPARE(b.value(QLatin1String(key)), a.value(QLatin1String(key)));
        }
        // An existing sidecar is not replaced without --force.
        r = cli({QStringLiteral("import"), QStringLiteral("--w3c"), w3c, QStringLiteral("--document"), docCopy,
                 QStringLiteral("-o"), sidecar});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("--force")));
        r = cli({QStringLiteral("import"), QStringLiteral("--w3c"), w3c, QStringLiteral("--document"), docCopy,
                 QStringLiteral("-o"), sidecar, QStringLiteral("--force")});
        QCOMPARE(r.code, 0);
    }
    void legacyEncodedDocument()
    {
        // The sample article saved as windows-1252: its ’ “ ” are single bytes there. The claims (made on the UTF-8
        // file) are all found where they were, and their positions are inside the decoded text.
        QTemporaryDir dir;
        QStringEncoder cp1252("windows-1252");
        const QByteArray bytes = cp1252.encode(QString::fromUtf8(readFile(example)));
        QVERIFY(bytes.contains("county\x92s"));
        const QString doc = dir.filePath(QStringLiteral("essex-jiangsu.txt"));
        QVERIFY(writeFile(doc, bytes));
        Run r = cli({QStringLiteral("anchor"), QStringLiteral("--document"), doc, QStringLiteral("--sidecar"), exampleSidecar,
                     QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.endsWith(QLatin1String("\"summary\":{\"exact\":12,\"moved\":0,\"fuzzy\":0,\"orphan\":0}}\n")),
                 qPrintable(r.out));
        r = cli({QStringLiteral("validate"), exampleSidecar, QStringLiteral("--document"), doc});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, exampleSidecar + QLatin1String(": ok, 12 claims\n"));
        QVERIFY(r.err.contains(QLatin1String("note: the document changed"))); // other bytes, same text
    }
    void undecodableDocument_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("anchor") << QStringList{QStringLiteral("anchor"), QStringLiteral("--document"), QStringLiteral("DOC"),
                                               QStringLiteral("--sidecar"), exampleSidecar};
        QTest::newRow("validate") << QStringList{QStringLiteral("validate"), exampleSidecar, QStringLiteral("--document"),
                                                 QStringLiteral("DOC")};
        QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("--w3c"), exampleSidecar,
                                               QStringLiteral("--document"), QStringLiteral("DOC"), QStringLiteral("-o"),
                                               QStringLiteral("OUT")};
    }
    void undecodableDocument()
    {
        // UTF-8 with one stray windows-1252 byte (a paste): refused with a located error, not decoded with U+FFFD.
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const QString doc = dir.filePath(QStringLiteral("mixed.txt"));
        const QString out = dir.filePath(QStringLiteral("out.claims.json"));
        QVERIFY(writeFile(doc, readFile(example) + "\nThe caf\xC3\xA9 and the na\xEFve reader.\n"));
        args.replaceInStrings(QStringLiteral("DOC"), doc);
        args.replaceInStrings(QStringLiteral("OUT"), out);
        const Run r = cli(args);
        QCOMPARE(r.code, 1);
        const int line = int(readFile(example).count('\n')) + 2;
        // "The café and the na" is 19 code points (20 bytes) before the stray byte.
        QVERIFY2(r.err.startsWith(QStringLiteral("%1:%2:20: error: not valid UTF-8 at byte %3\n")
                                      .arg(doc)
                                      .arg(line)
                                      .arg(readFile(example).size() + 1 + 20)),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }
    void notARegularFile()
    {
        // A FIFO as the sidecar or the document is refused at once (reading it would wait for a writer forever).
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("fifo.claims.json"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        Run r = cli({QStringLiteral("validate"), fifo});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, fifo + QLatin1String(": error: cannot open: not a regular file\n"));
        r = cli({QStringLiteral("export"), QStringLiteral("--w3c"), fifo, QStringLiteral("-o"), dir.filePath(QStringLiteral("x"))});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, fifo + QLatin1String(": error: cannot open: not a regular file\n"));
        r = cli({QStringLiteral("anchor"), QStringLiteral("--document"), fifo, QStringLiteral("--w3c"), exampleSidecar});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, fifo + QLatin1String(": error: cannot open: not a regular file\n"));
        r = cli({QStringLiteral("anchor"), QStringLiteral("--document"), example, QStringLiteral("--w3c"), QStringLiteral("/dev/zero")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, QLatin1String("/dev/zero: error: cannot open: not a regular file\n"));
    }
    void exportUnwritable()
    {
        const QString out = QStringLiteral("/nonexistent-claimbench-dir/claims.jsonld");
        const Run r = cli({QStringLiteral("export"), QStringLiteral("--w3c"), exampleSidecar, QStringLiteral("-o"), out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(out + QLatin1String(": error: cannot write: ")), qPrintable(r.err));
    }
    void importInvalid()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QVERIFY(writeFile(bad, "{\"rows\": [\n  {\"id\": 1,}\n]}"));
        const Run r = cli({QStringLiteral("import"), QStringLiteral("--w3c"), bad, QStringLiteral("--document"), example,
                           QStringLiteral("-o"), dir.filePath(QStringLiteral("o.json"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(bad + QLatin1String(":2:12: error: /: syntax error")), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("o.json"))));
    }
};

QTEST_GUILESS_MAIN(SidecarCommandsTest)
#include "sidecarcommands_test.moc"
