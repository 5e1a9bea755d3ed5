// SPDX-License-Identifier: GPL-2.0-or-later
// The document on disk: read through the core's loader, saved in its own encoding, our own saves and a touch are
// not changes, another program's change is reported once and can be set aside, a reload follows the new bytes.
#include "documentfile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;

namespace {
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

const QByteArray Cp1252 = "It brought \xA3" "2 million \x93to the county\x94.\n";
} // namespace

class DocumentFileTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensAndSavesInItsEncoding()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("article.txt"));
        QVERIFY(writeFile(path, Cp1252));
        DocumentFile file;
        const LoadedReview review = file.open(path);
        QVERIFY(review.documentRead);
        QCOMPARE(file.path(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(file.sidecarPath(), file.path() + QStringLiteral(".claims.json"));
        QCOMPARE(QByteArray(file.encoding().name), QByteArray("windows-1252"));
        QVERIFY(file.readOnlyReason().isEmpty());
        QString error;
        QVERIFY(file.save(path, QStringLiteral("New. ") + review.document.text, &error));
        QCOMPARE(readFile(path), QByteArray("New. " + Cp1252));
        // The identity of the text as it would be saved: in its encoding, length in code points.
        const DocumentIdentity id = file.identify(QStringLiteral("\u00A3"));
        QCOMPARE(id.length, 1);
        QCOMPARE(QByteArray(id.encoding.name), QByteArray("windows-1252"));
    }

    void textWithoutARepresentationIsNotSaved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("article.txt"));
        QVERIFY(writeFile(path, Cp1252));
        DocumentFile file;
        QVERIFY(file.open(path).documentRead);
        QString error;
        QVERIFY(!file.save(path, QStringLiteral("Jiangsu \u6C5F\u82CF"), &error)); // no Chinese in Windows-1252
        QVERIFY2(error.contains(QStringLiteral("windows-1252")), qPrintable(error));
        QCOMPARE(readFile(path), Cp1252); // untouched
    }

    void changesByOthersAreReportedOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("article.txt"));
        QVERIFY(writeFile(path, "First version.\n"));
        DocumentFile file;
        QVERIFY(file.open(path).documentRead);
        // The hash of what was read (the controller computes it with the claims, in a worker).
        file.setDiskHash(QCryptographicHash::hash("First version.\n", QCryptographicHash::Sha256).toHex());
        QVERIFY(!file.checkForChange());
        QString error;
        QVERIFY(file.save(path, QStringLiteral("Our version.\n"), &error));
        QVERIFY(!file.checkForChange()); // our own save
        QVERIFY(writeFile(path, "Their version.\n"));
        QVERIFY(file.checkForChange());
        QVERIFY(!file.checkForChange()); // already reported
        QVERIFY(file.keepMine());
        QVERIFY(!file.keepMine());
        QVERIFY(!file.checkForChange()); // set aside
        QVERIFY(writeFile(path, "A third version.\n"));
        QVERIFY(file.checkForChange()); // a new change is reported again
        const DocumentFile::Reloaded reloaded = file.reload();
        QVERIFY(reloaded.changed);
        QCOMPARE(reloaded.decoded.text, QStringLiteral("A third version.\n"));
        QVERIFY(!file.checkForChange()); // what was reloaded is the base now
        QVERIFY(!file.reload().changed);
    }

    void undecodableBytesAreReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("article.txt"));
        QVERIFY(writeFile(path, QByteArray("\xEF\xBB\xBF" "Caf\xE9\n"))); // a UTF-8 BOM, then a Latin-1 byte
        DocumentFile file;
        QVERIFY(file.open(path).documentRead);
        QVERIFY(!file.readOnlyReason().isEmpty());
        QString error;
        QVERIFY(!file.save(path, QStringLiteral("Caf\u00E9\n"), &error));
        QCOMPARE(error, file.readOnlyReason());
    }

    void notAFileIsRefused()
    {
        QTemporaryDir dir;
        DocumentFile file;
        const LoadedReview review = file.open(dir.path()); // a directory
        QVERIFY(!review.documentRead);
        QVERIFY(!review.errors.isEmpty());
        QVERIFY(!file.isOpen());
    }

    void theWatchReportsChanges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("article.txt"));
        QVERIFY(writeFile(path, "First version.\n"));
        DocumentFile file;
        QVERIFY(file.open(path).documentRead);
        file.watch();
        QSignalSpy changed(&file, &DocumentFile::changed);
        QVERIFY(writeFile(path, "Their version.\n"));
        QVERIFY(changed.wait(10000)); // a hang guard, not a timing assertion
    }
};

QTEST_GUILESS_MAIN(DocumentFileTest)
#include "documentfile_test.moc"
