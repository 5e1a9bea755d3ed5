// SPDX-License-Identifier: GPL-2.0-or-later
// loadReview(): the one way to read a document and its sidecar (what the workbench and every CLI command use).
#include "review.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Claimbench;

namespace {
const QString example = QStringLiteral(CLAIMBENCH_SOURCE_DIR "/examples/essex-jiangsu.txt");
const QString exampleSidecar = example + QStringLiteral(".claims.json");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

AnchorSummary summary(const LoadedReview &r)
{
    return summarize(r.anchoring);
}
} // namespace

class ReviewTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void example()
    {
        const LoadedReview r = loadReview(::example);
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).toString()));
        QCOMPARE(r.documentPath, ::example);
        QVERIFY(r.documentRead);
        QVERIFY(r.documentEditable());
        QCOMPARE(r.documentBytes, readFile(::example));
        QCOMPARE(r.document.encoding, (DocumentEncoding{"UTF-8", false}));
        QCOMPARE(r.identity.fileName, QStringLiteral("essex-jiangsu.txt"));
        QCOMPARE(r.identity.sha256, sha256(r.documentBytes));
        QCOMPARE(r.identity.length, qsizetype(3167));
        QCOMPARE(r.sidecarPath, exampleSidecar);
        QVERIFY(r.sidecarExists);
        QVERIFY(r.sidecarValid);
        QVERIFY(r.sidecarReadable());
        QCOMPARE(r.sidecarBytes, readFile(exampleSidecar));
        QCOMPARE(r.identity.encoding, (DocumentEncoding{"UTF-8", false}));
        DocumentIdentity saved = r.savedIdentity;
        QVERIFY(!saved.encoding.isValid()); // the sample predates the recorded encoding
        saved.encoding = r.identity.encoding;
        // Where the article came from is the sidecar's (it is not in the document's bytes) and is kept.
        QVERIFY(r.identity.source.isEmpty());
        QCOMPARE(r.savedIdentity.source.url,
                 QStringLiteral("https://news.example.org/2020/11/13/essex-councillor-calls-to-cut-ties-with-china"));
        QCOMPARE(r.data.document.source, r.savedIdentity.source);
        saved.source = {};
        QCOMPARE(saved, r.identity); // the sample's sidecar belongs to this very document
        QVERIFY(!r.documentChanged());
        DocumentIdentity loaded = r.data.document;
        loaded.source = {};
        QCOMPARE(loaded, r.identity);
        QCOMPARE(r.data.claims.size(), 12);
        QCOMPARE(r.anchoring.size(), 12);
        QCOMPARE(summary(r).exact, 12);
    }

    void missingSidecar()
    {
        const QString doc = m_dir.filePath(QStringLiteral("alone.txt"));
        QVERIFY(writeFile(doc, "An article without claims yet.\n"));
        const LoadedReview r = loadReview(doc);
        QVERIFY(r.ok());
        QVERIFY(!r.sidecarExists);
        QVERIFY(r.sidecarReadable()); // there is nothing to overwrite: the first save creates it
        QCOMPARE(r.sidecarPath, doc + QStringLiteral(".claims.json"));
        QVERIFY(r.sidecarBytes.isEmpty());
        QVERIFY(r.data.claims.isEmpty());
        QCOMPARE(r.data.document, r.identity);
        QCOMPARE(r.identity.length, qsizetype(31));

        // Required (the CLI's report and validate): a located error.
        ReviewLoadOptions options;
        options.sidecar = ReviewLoadOptions::SidecarMode::Required;
        const LoadedReview required = loadReview(doc, options);
        QCOMPARE(required.errors.size(), 1);
        QVERIFY2(required.errors.at(0).toString().startsWith(doc + QStringLiteral(".claims.json: error: cannot open: ")),
                 qPrintable(required.errors.at(0).toString()));
        QVERIFY(required.sidecarReadable());
    }

    void unreadableSidecar_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QByteArray good = readFile(exampleSidecar);
        QTest::newRow("syntax error") << good.left(400) << QStringLiteral("syntax error");
        QByteArray newer = good;
        newer.replace("\"version\": 1,", "\"version\": 2,");
        QTest::newRow("newer version") << newer << QStringLiteral("written by a newer Claimbench");
        QByteArray invalid = good;
        invalid.replace("\"status\": \"done\"", "\"status\": \"later\"");
        QTest::newRow("invalid value") << invalid << QStringLiteral("unknown status");
    }
    void unreadableSidecar()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString doc = m_dir.filePath(QStringLiteral("essex-jiangsu.txt"));
        QVERIFY(writeFile(doc, readFile(::example)));
        QVERIFY(writeFile(Sidecar::pathFor(doc), bytes));
        const LoadedReview r = loadReview(doc);
        QVERIFY(!r.ok());
        QVERIFY(r.sidecarExists);
        QVERIFY(!r.sidecarValid);
        QVERIFY(!r.sidecarReadable()); // never write over it
        QVERIFY(r.documentEditable()); // the document itself is fine
        QCOMPARE(r.sidecarBytes, bytes); // kept exactly as read
        QVERIFY(r.data.claims.isEmpty());
        QVERIFY(r.anchoring.isEmpty());
        for (const SidecarError &e : r.errors) {
            QCOMPARE(e.path, Sidecar::pathFor(doc));
            QVERIFY(e.line > 0); // located in the file
        }
        QVERIFY2(r.errors.at(0).message.contains(message), qPrintable(r.errors.at(0).toString()));
    }

    void cp1252Document()
    {
        // The sample article saved as windows-1252 (its ’ “ ” are single bytes there), with the sample's sidecar.
        QStringEncoder cp1252("windows-1252");
        const QString text = QString::fromUtf8(readFile(::example));
        const QByteArray bytes = cp1252.encode(text);
        QVERIFY(!cp1252.hasError());
        QVERIFY(bytes.contains("\x92") && bytes.contains("\x93"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("cp1252"))));
        const QString doc = m_dir.filePath(QStringLiteral("cp1252/essex-jiangsu.txt"));
        QVERIFY(writeFile(doc, bytes));
        QVERIFY(writeFile(Sidecar::pathFor(doc), readFile(exampleSidecar)));

        const LoadedReview r = loadReview(doc);
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).toString()));
        QVERIFY(r.documentEditable());
        QCOMPARE(r.document.encoding, (DocumentEncoding{"windows-1252", false}));
        QCOMPARE(r.identity.encoding, r.document.encoding); // recorded in the sidecar on the next save
        QCOMPARE(r.data.document.encoding, r.document.encoding);
        QCOMPARE(r.document.text, text);
        QCOMPARE(r.identity.length, qsizetype(3167)); // code points of the decoded text
        QCOMPARE(r.identity.sha256, sha256(bytes));
        QVERIFY(r.documentChanged()); // other bytes than the UTF-8 file the claims were made on...
        QCOMPARE(summary(r).exact, 12); // ...but the same text: every claim is where it was
        QCOMPARE(r.data.claims, loadReview(::example).data.claims);
        // Saving it gives the same bytes back.
        QCOMPARE(encodeText(r.document.text, r.document.encoding), bytes);
    }

    void chosenEncoding()
    {
        // Latin-1 bytes, read as the reviewer (or the sidecar) says rather than as detected.
        const QString doc = m_dir.filePath(QStringLiteral("latin1.txt"));
        const QByteArray bytes = "Caf\xE9 cr\xE8me, 25\xB0" "C, \xA9 2024.\n";
        QVERIFY(writeFile(doc, bytes));
        QCOMPARE(loadReview(doc).document.encoding.name, QByteArray("windows-1252")); // detected: the superset
        ReviewLoadOptions options;
        options.encoding = DocumentEncoding{"ISO-8859-1", false};
        const LoadedReview latin1 = loadReview(doc, options);
        QVERIFY(latin1.ok());
        QCOMPARE(latin1.document.encoding, (DocumentEncoding{"ISO-8859-1", false}));
        QCOMPARE(latin1.document.text, QStringLiteral("Caf\u00E9 cr\u00E8me, 25\u00B0C, \u00A9 2024.\n"));
        QCOMPARE(latin1.identity.length, qsizetype(26));
        // Not UTF-8: a located error at the first bad byte, the document read-only.
        options.encoding = DocumentEncoding{"UTF-8", false};
        const LoadedReview utf8 = loadReview(doc, options);
        QVERIFY(!utf8.documentEditable());
        QCOMPARE(utf8.errors.size(), 1);
        QCOMPARE(utf8.errors.at(0).path, doc);
        QCOMPARE(utf8.errors.at(0).line, 1);
        QCOMPARE(utf8.errors.at(0).column, 4);
    }

    void undecodableDocument()
    {
        // UTF-8 with a cut-off character at the end: an error, the text shown with U+FFFD, the claims still read.
        QByteArray bytes = readFile(::example);
        bytes += "\n\xE2\x80";
        const QString doc = m_dir.filePath(QStringLiteral("truncated/essex-jiangsu.txt"));
        QVERIFY(QDir().mkpath(QFileInfo(doc).absolutePath()));
        QVERIFY(writeFile(doc, bytes));
        QVERIFY(writeFile(Sidecar::pathFor(doc), readFile(exampleSidecar)));
        const LoadedReview r = loadReview(doc);
        QVERIFY(r.documentRead);
        QVERIFY(!r.documentEditable());
        QCOMPARE(r.errors.size(), 1);
        // On the line after the article's last line break (and the one added), column 1.
        const int lines = int(readFile(::example).count('\n')) + 2;
        QCOMPARE(r.errors.at(0).toString(),
                 QStringLiteral("%1:%2:1: error: not valid UTF-8 at byte %3 (a character cut off at the end of the file)")
                     .arg(doc)
                     .arg(lines)
                     .arg(bytes.size() - 2));
        QVERIFY(r.sidecarValid);
        QVERIFY(r.sidecarReadable());
        QCOMPARE(summary(r).exact, 12);
    }

    void notARegularFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        const QString fifo = m_dir.filePath(QStringLiteral("fifo.txt"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        QTest::newRow("FIFO") << fifo << QStringLiteral("cannot open: not a regular file");
        QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero") << QStringLiteral("cannot open: not a regular file");
        QTest::newRow("directory") << m_dir.path() << QStringLiteral("cannot open: is a directory");
        QTest::newRow("missing") << m_dir.filePath(QStringLiteral("missing.txt"))
                                 << QStringLiteral("cannot open: No such file or directory");
    }
    void notARegularFile()
    {
        // Refused before opening: reading a FIFO would wait for a writer, /dev/zero would never end.
        QFETCH(QString, path);
        QFETCH(QString, message);
        const LoadedReview r = loadReview(path);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.at(0).toString(), path + QStringLiteral(": error: ") + message);
        QVERIFY(!r.documentRead);
        QVERIFY(!r.documentEditable());
        QVERIFY(r.sidecarBytes.isEmpty()); // nothing read without the document
    }

    void fifoSidecar()
    {
        const QString doc = m_dir.filePath(QStringLiteral("piped.txt"));
        QVERIFY(writeFile(doc, "text\n"));
        QVERIFY(::mkfifo(QFile::encodeName(Sidecar::pathFor(doc)).constData(), 0600) == 0);
        const LoadedReview r = loadReview(doc);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.at(0).toString(), Sidecar::pathFor(doc) + QStringLiteral(": error: cannot open: not a regular file"));
        QVERIFY(r.sidecarExists);
        QVERIFY(!r.sidecarReadable());
        QVERIFY(r.documentEditable());
    }

    void tooLarge()
    {
        // A sparse file: over the limit without using the disk.
        const QString doc = m_dir.filePath(QStringLiteral("huge.txt"));
        {
            QFile f(doc);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(MaxDocumentSize + 1));
        }
        const LoadedReview r = loadReview(doc);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.at(0).toString(),
                 QStringLiteral("%1: error: file too large (%2 bytes; the limit is %3)").arg(doc).arg(MaxDocumentSize + 1).arg(MaxDocumentSize));
        QVERIFY(!r.documentRead);
        QVERIFY(r.documentBytes.isEmpty());
        QFile::remove(doc);

        // A sidecar over Sidecar::MaxFileSize, located as Sidecar::read() locates it.
        const QString small = m_dir.filePath(QStringLiteral("small.txt"));
        QVERIFY(writeFile(small, "x"));
        {
            QFile f(Sidecar::pathFor(small));
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(Sidecar::MaxFileSize + 1));
        }
        const LoadedReview s = loadReview(small);
        QCOMPARE(s.errors.size(), 1);
        QCOMPARE(s.errors.at(0).line, 1);
        QVERIFY2(s.errors.at(0).message.startsWith(QStringLiteral("/: file too large")), qPrintable(s.errors.at(0).message));
        QVERIFY(!s.sidecarReadable());
        QFile::remove(Sidecar::pathFor(small));
    }

    void reanchorModes()
    {
        // The article changed since the review: a paragraph added at the top.
        const QString doc = m_dir.filePath(QStringLiteral("changed/essex-jiangsu.txt"));
        QVERIFY(QDir().mkpath(QFileInfo(doc).absolutePath()));
        const QByteArray prefix = "UPDATED: this article was corrected.\n\n";
        QVERIFY(writeFile(doc, prefix + readFile(::example)));
        const QString sidecar = m_dir.filePath(QStringLiteral("elsewhere.claims.json"));
        QVERIFY(writeFile(sidecar, readFile(exampleSidecar)));

        ReviewLoadOptions options;
        options.sidecarPath = sidecar;
        const LoadedReview always = loadReview(doc, options);
        QVERIFY(always.ok());
        QCOMPARE(always.sidecarPath, sidecar);
        QVERIFY(always.documentChanged());
        QCOMPARE(summary(always).moved, 12);
        const LoadedReview original = loadReview(::example);
        for (qsizetype i = 0; i < always.data.claims.size(); ++i) {
            const Claim &c = always.data.claims.at(i);
            if (!c.isOrphan())
                QCOMPARE(c.start, original.data.claims.at(i).start + prefix.size());
        }

        options.reanchor = ReviewLoadOptions::Reanchor::Never;
        const LoadedReview never = loadReview(doc, options);
        QVERIFY(never.anchoring.isEmpty());
        QCOMPARE(never.data.claims, original.data.claims); // positions as saved

        options.reanchor = ReviewLoadOptions::Reanchor::IfDocumentChanged;
        QCOMPARE(loadReview(doc, options).data.claims, always.data.claims);
        QVERIFY(loadReview(::example, options).anchoring.isEmpty()); // unchanged: as saved

        // Positions checked against the document (validate): the shorter document has claims beyond its end.
        const QString shortDoc = m_dir.filePath(QStringLiteral("short.txt"));
        QVERIFY(writeFile(shortDoc, readFile(::example).left(3000)));
        ReviewLoadOptions check;
        check.sidecarPath = exampleSidecar;
        check.checkPositions = true;
        check.reanchor = ReviewLoadOptions::Reanchor::Never;
        const LoadedReview checked = loadReview(shortDoc, check);
        QVERIFY(!checked.ok());
        QVERIFY2(checked.errors.at(0).message.contains(QStringLiteral("beyond the end of the document")),
                 qPrintable(checked.errors.at(0).toString()));
        check.checkPositions = false;
        QVERIFY(loadReview(shortDoc, check).ok());
    }

    void sidecarOnly()
    {
        ReviewLoadOptions options;
        options.sidecarPath = exampleSidecar;
        const LoadedReview r = loadReview(QString(), options);
        QVERIFY(r.ok());
        QVERIFY(r.documentPath.isEmpty());
        QVERIFY(!r.documentRead);
        QCOMPARE(r.data.claims.size(), 12);
        QCOMPARE(r.data.document, r.savedIdentity); // as the sidecar says
        QCOMPARE(r.data.document.fileName, QStringLiteral("essex-jiangsu.txt"));
        QVERIFY(r.anchoring.isEmpty());
        QVERIFY(!r.documentChanged());
    }

    void ignoredSidecar()
    {
        ReviewLoadOptions options;
        options.sidecar = ReviewLoadOptions::SidecarMode::Ignore;
        const LoadedReview r = loadReview(::example, options);
        QVERIFY(r.ok());
        QVERIFY(r.sidecarExists);
        QVERIFY(r.sidecarBytes.isEmpty());
        QVERIFY(r.data.claims.isEmpty());
        QCOMPARE(r.data.document, r.identity);
    }

    void removesInterruptedSaves()
    {
        const QString doc = m_dir.filePath(QStringLiteral("interrupted.txt"));
        QVERIFY(writeFile(doc, "text\n"));
        const QString leftover = Sidecar::pathFor(doc) + QStringLiteral(".Xy12Zq");
        QVERIFY(writeFile(leftover, "{ half a sav"));
        const LoadedReview r = loadReview(doc);
        QVERIFY(r.ok());
        QVERIFY(!QFile::exists(leftover));
    }

    void documentRelativePath()
    {
        // Relative paths are made absolute; errors name the path as given.
        const QString old = QDir::currentPath();
        QVERIFY(QDir::setCurrent(QStringLiteral(CLAIMBENCH_SOURCE_DIR)));
        const LoadedReview r = loadReview(QStringLiteral("examples/essex-jiangsu.txt"));
        const LoadedReview missing = loadReview(QStringLiteral("examples/nope.txt"));
        QVERIFY(QDir::setCurrent(old));
        QVERIFY(r.ok());
        QCOMPARE(r.documentPath, ::example);
        QCOMPARE(r.sidecarPath, exampleSidecar);
        QCOMPARE(missing.errors.value(0).path, QStringLiteral("examples/nope.txt"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(ReviewTest)
#include "review_test.moc"
