// SPDX-License-Identifier: GPL-2.0-or-later
// claimbench-cli scan, run as a process on the built binary.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class ScanTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Result {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    Result run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CLAIMBENCH_PLUGIN_PATH"_s, QString());
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s)); // no user plugins
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CLAIMBENCH_CLI), args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QString write(const QString &name, const QString &text)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text.toUtf8());
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sampleArticleJson()
    {
        const Result r = run({u"scan"_s, QStringLiteral(CLAIMBENCH_SOURCE_DIR "/examples/essex-jiangsu.txt"), u"--json"_s,
                              u"--overlapping"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).object().value(u"suggestions"_s).toArray();
        QVERIFY(list.size() >= 10);
        QSet<QString> types;
        bool ranking = false;
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            for (const char *key : {"start", "end", "text", "claimType", "confidence", "rationale", "plugin"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            types << o.value(u"claimType"_s).toString();
            if (o.value(u"text"_s).toString() == u"the world’s second largest economy"_s) {
                ranking = true;
                QCOMPARE(o.value(u"claimType"_s).toString(), u"quantity"_s);
                QCOMPARE(o.value(u"plugin"_s).toString(), u"quantity"_s);
            }
        }
        QVERIFY(ranking);
        QCOMPARE(types.size(), 7); // every built-in claim type finds something in the sample
    }

    // By default one suggestion per passage, as the workbench shows them: no two overlap, and every passage a
    // rule suggests with --overlapping is still suggested; the trained detector's only where no rule suggests.
    void onePerPassage()
    {
        const QString sample = QStringLiteral(CLAIMBENCH_SOURCE_DIR "/examples/essex-jiangsu.txt");
        const Result every = run({u"scan"_s, sample, u"--json"_s, u"--overlapping"_s});
        const Result shown = run({u"scan"_s, sample, u"--json"_s});
        QCOMPARE(every.code, 0);
        QCOMPARE(shown.code, 0);
        const QJsonArray all = QJsonDocument::fromJson(every.out).object().value(u"suggestions"_s).toArray();
        const QJsonArray one = QJsonDocument::fromJson(shown.out).object().value(u"suggestions"_s).toArray();
        QVERIFY(!one.isEmpty());
        QVERIFY(one.size() < all.size());
        const auto overlaps = [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(u"start"_s).toInteger() < b.value(u"end"_s).toInteger()
                && b.value(u"start"_s).toInteger() < a.value(u"end"_s).toInteger();
        };
        for (qsizetype i = 1; i < one.size(); ++i)
            QVERIFY(!overlaps(one[i - 1].toObject(), one[i].toObject()));
        bool named = false;
        for (const QJsonValue &v : one) {
            const QJsonObject o = v.toObject();
            named = named || o.value(u"rationale"_s).toString().contains(u"; also: "_s);
            if (o.value(u"plugin"_s).toString() != u"check-worthy"_s)
                continue;
            for (const QJsonValue &w : all) // the trained detector's stands alone
                QVERIFY(w.toObject().value(u"plugin"_s).toString() == u"check-worthy"_s || !overlaps(o, w.toObject()));
        }
        QVERIFY(named); // a kept suggestion names the claim types of those it stands for
        for (const QJsonValue &w : all) {
            if (w.toObject().value(u"plugin"_s).toString() == u"check-worthy"_s)
                continue;
            QVERIFY2(std::any_of(one.begin(), one.end(), [&](const QJsonValue &v) { return overlaps(v.toObject(), w.toObject()); }),
                     qPrintable(w.toObject().value(u"text"_s).toString()));
        }
    }

    // Detectors read what a reader reads of HTML and Markdown source: nothing from scripts or styles, no
    // suggestion with markup or an undecoded entity in what is shown, and the offsets still point into the source.
    void readableTextOfMarkup_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("source");
        QTest::newRow("html") << u"page.html"_s
                              << u"<!DOCTYPE html><html><head><title>Budget</title>"
                                 "<script>var note = \"The mayor spent 9 million pounds on 14 statues in 2019\";</script>"
                                 "<style>p { color: red }</style></head><body><nav>Home News</nav><article>"
                                 "<p>Residents will pay <strong>4.99% more</strong> in council tax, the council confirmed "
                                 "on Tuesday &mdash; the largest rise in a decade.</p>"
                                 "<p>Unemployment fell to 3.2&nbsp;percent in 2023, officials said.</p></article></body></html>"_s;
        QTest::newRow("markdown") << u"page.md"_s
                                  << u"# Budget\n\nResidents will pay **4.99% more** in council tax, the council "
                                     "confirmed on Tuesday &mdash; the largest rise in a decade.\n\n"
                                     "Unemployment fell to _3.2 percent_ in 2023, officials said.\n"_s;
    }
    void readableTextOfMarkup()
    {
        QFETCH(QString, name);
        QFETCH(QString, source);
        const Result r = run({u"scan"_s, write(name, source), u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).object().value(u"suggestions"_s).toArray();
        QVERIFY(!list.isEmpty());
        const QList<uint> ucs4 = source.toUcs4();
        const std::u32string points(ucs4.cbegin(), ucs4.cend());
        bool percentage = false;
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            const QString text = o.value(u"text"_s).toString();
            const QString readable = o.value(u"readable"_s).toString();
            const qsizetype start = o.value(u"start"_s).toInteger(), end = o.value(u"end"_s).toInteger();
            QCOMPARE(QString::fromUcs4(points.data() + start, end - start), text); // offsets into the source
            for (const char *markup : {"<", ">", "**", "_3", "&mdash", "&nbsp", "mayor", "statues", "color"})
                QVERIFY2(!readable.contains(QLatin1String(markup)), qPrintable(readable));
            QVERIFY2(!text.contains(u"mayor"_s), qPrintable(text)); // nothing from the script
            if (readable.contains(u"4.99% more"_s))
                percentage = true;
        }
        QVERIFY(percentage);
    }

    void codePointOffsets()
    {
        // "😀" is one code point but two UTF-16 units: offsets in the output are code points.
        const QString text = u"😀 Wow. Unemployment rose by 12% last year."_s;
        const QString path = write(u"emoji.txt"_s, text);
        const Result r = run({u"scan"_s, path, u"--json"_s, u"--types"_s, u"quantity"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).object().value(u"suggestions"_s).toArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject o = list.first().toObject();
        QCOMPARE(o.value(u"text"_s).toString(), u"rose by 12% last year"_s);
        const QList<uint> cps = text.toUcs4();
        const qsizetype start = o.value(u"start"_s).toInteger();
        const qsizetype end = o.value(u"end"_s).toInteger();
        QCOMPARE(start, 20); // 21 in UTF-16 units
        QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData()) + start, end - start), u"rose by 12% last year"_s);
    }

    void typesFilter()
    {
        const Result r = run({u"scan"_s, QStringLiteral(CLAIMBENCH_SOURCE_DIR "/examples/essex-jiangsu.txt"), u"--json"_s,
                              u"--types"_s, u"laws-rules,prediction"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).object().value(u"suggestions"_s).toArray();
        QVERIFY(!list.isEmpty());
        for (const QJsonValue &v : list)
            QVERIFY(QStringList({u"laws-rules"_s, u"prediction"_s}).contains(v.toObject().value(u"claimType"_s).toString()));
    }

    void table()
    {
        const QString path = write(u"one.txt"_s, u"The law criminalised protests."_s);
        const Result r = run({u"scan"_s, path});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("laws-rules"));
        QVERIFY(r.out.contains("0-29"));
        QVERIFY(r.out.contains("The law criminalised protests"));
        const QString empty = write(u"empty.txt"_s, u"Hello there."_s);
        const Result none = run({u"scan"_s, empty});
        QCOMPARE(none.code, 0);
        QVERIFY(none.out.contains("No claims suggested."));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no document") << QStringList{u"scan"_s} << 2 << QByteArray("expected one DOC");
        QTest::newRow("two documents") << QStringList{u"scan"_s, u"a"_s, u"b"_s} << 2 << QByteArray("expected one DOC");
        QTest::newRow("unknown option") << QStringList{u"scan"_s, u"--frobnicate"_s, u"a"_s} << 2 << QByteArray("frobnicate");
        QTest::newRow("unknown type") << QStringList{u"scan"_s, QStringLiteral(CLAIMBENCH_SOURCE_DIR "/examples/essex-jiangsu.txt"),
                                                      u"--types"_s, u"nope"_s}
                                      << 2 << QByteArray("unknown claim type 'nope'");
        QTest::newRow("missing file") << QStringList{u"scan"_s, u"/nonexistent/doc.txt"_s} << 1 << QByteArray("cannot open");
    }

    void legacyEncodedDocument()
    {
        // The sample article in windows-1252 gives the same suggestions, with the same text (’ “ ” included), as
        // the UTF-8 file.
        const QString utf8 = QStringLiteral(CLAIMBENCH_SOURCE_DIR "/examples/essex-jiangsu.txt");
        QFile f(utf8);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QStringEncoder cp1252("windows-1252");
        const QByteArray bytes = cp1252.encode(QString::fromUtf8(f.readAll()));
        QFile out(m_dir.filePath(u"cp1252.txt"_s));
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size());
        out.close();
        const Result a = run({u"scan"_s, utf8, u"--json"_s});
        const Result b = run({u"scan"_s, out.fileName(), u"--json"_s});
        QCOMPARE(b.code, 0);
        QVERIFY(b.out.contains("county\xE2\x80\x99s economy"));
        QCOMPARE(b.out, a.out);
    }

    void refusedDocuments()
    {
        const QString fifo = m_dir.filePath(u"fifo.txt"_s);
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        Result r = run({u"scan"_s, fifo});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, (fifo + u": error: cannot open: not a regular file\n"_s).toUtf8());
        const QString truncated = m_dir.filePath(u"truncated.txt"_s);
        QFile f(truncated);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Caf\xC3\xA9 prices rose by 40% in 2023 \xE2\x80");
        f.close();
        r = run({u"scan"_s, truncated});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, (truncated + u":1:33: error: not valid UTF-8 at byte 33 (a character cut off at the end of the file)\n"_s).toUtf8());
        QVERIFY(r.out.isEmpty());
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QByteArray, message);
        const Result r = run(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(ScanTest)
#include "scan_test.moc"
