// SPDX-License-Identifier: GPL-2.0-or-later
// writeFileAtomically(): the whole new file or the old one, never half of either, and no temporary file left.
#include "atomicfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;

namespace {
QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(unreadable)");
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QStringList entries(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}
} // namespace

class AtomicFileTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { setAtomicWriteFailureForTesting({}); }

    void writesNewAndReplaces()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("out.json"));
        QVERIFY(!writeFileAtomically(path, "first\n").isValid());
        QCOMPARE(readFile(path), QByteArray("first\n"));
        QVERIFY(!writeFileAtomically(path, QByteArray("second, longer\n")).isValid());
        QCOMPARE(readFile(path), QByteArray("second, longer\n"));
        QVERIFY(!writeFileAtomically(path, QByteArray()).isValid());
        QCOMPARE(readFile(path), QByteArray());
        QCOMPARE(entries(dir), QStringList{QStringLiteral("out.json")});
    }

    void failureKeepsTheOldFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("review.claims.json"));
        const QString other = dir.filePath(QStringLiteral("other.txt"));
        QVERIFY(writeFile(path, "the old claims\n"));
        QStringList asked;
        setAtomicWriteFailureForTesting([&asked, path](const QString &p) {
            asked << p;
            return p == path;
        });
        const SidecarError e = writeFileAtomically(path, QByteArray("new claims that never land\n"));
        QVERIFY(e.isValid());
        QCOMPARE(e.path, path);
        QCOMPARE(e.line, 0);
        QCOMPARE(e.toString(), path + QStringLiteral(": error: cannot write: simulated failure (test)"));
        QCOMPARE(readFile(path), QByteArray("the old claims\n"));
        // Other paths are written as usual while the hook is set; the failed write left no temporary file.
        QVERIFY(!writeFileAtomically(other, "fine").isValid());
        QCOMPARE(asked, (QStringList{path, other}));
        QCOMPARE(entries(dir), (QStringList{QStringLiteral("other.txt"), QStringLiteral("review.claims.json")}));
        // Cleared: the same write goes through.
        setAtomicWriteFailureForTesting({});
        QVERIFY(!writeFileAtomically(path, "new\n").isValid());
        QCOMPARE(readFile(path), QByteArray("new\n"));
    }

    void unwritableIsALocatedError()
    {
        const QString path = QStringLiteral("/nonexistent-claimbench-dir/out.html");
        const SidecarError e = writeFileAtomically(path, "x");
        QVERIFY(e.isValid());
        QVERIFY2(e.toString().startsWith(path + QStringLiteral(": error: cannot write: ")), qPrintable(e.toString()));
    }

    void removesInterruptedWrites()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("a.txt.claims.json"));
        // QSaveFile's temporary names: NAME.XXXXXX (six letters or digits). Only those go.
        for (const char *name : {"a.txt.claims.json", "a.txt.claims.json.Ab12Cd", "a.txt.claims.json.zzzzzz",
                                 "a.txt.claims.json.old", "a.txt.claims.json.ab-1cd", "b.txt.claims.json.Ab12Cd"})
            QVERIFY(writeFile(dir.filePath(QLatin1String(name)), "x"));
        QCOMPARE(removeInterruptedWrites(path), 2);
        QCOMPARE(entries(dir), (QStringList{QStringLiteral("a.txt.claims.json"), QStringLiteral("a.txt.claims.json.ab-1cd"),
                                            QStringLiteral("a.txt.claims.json.old"),
                                            QStringLiteral("b.txt.claims.json.Ab12Cd")}));
        QCOMPARE(removeInterruptedWrites(path), 0);
    }
};

QTEST_GUILESS_MAIN(AtomicFileTest)
#include "atomicfile_test.moc"
