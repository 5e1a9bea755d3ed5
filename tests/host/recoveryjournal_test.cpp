// SPDX-License-Identifier: GPL-2.0-or-later
// The recovery journal keeps work that is not on disk and is offered again only while it is not: a document with
// unsaved text or claims that differ from its sidecar is pending; one whose claims are in the sidecar is not.
#include "recoveryjournal.h"
#include "sidecar.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;

namespace {
ClaimSetData claimsWith(const QString &notes)
{
    ClaimSetData data;
    Claim c;
    c.id = QUuid::fromString(QStringLiteral("{6f1c3c1e-4a5b-4c7d-8e9f-0a1b2c3d4e5f}"));
    c.claimType = QStringLiteral("quantity");
    c.start = 0;
    c.end = 5;
    c.quote.exact = QStringLiteral("Essex");
    c.notes = notes;
    data.claims.append(c);
    return data;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}
} // namespace

class RecoveryJournalTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString document() const { return m_dir.filePath(QStringLiteral("article.txt")); }
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(writeFile(document(), "Essex has a partnership.\n"));
    }
    void cleanup() { RecoveryJournal(document()).discard(); }

    void writeThenRead()
    {
        const RecoveryJournal journal(document());
        QCOMPARE(journal.documentPath(), QFileInfo(document()).absoluteFilePath());
        QVERIFY(journal.path().startsWith(RecoveryJournal::directory()));
        QVERIFY(!journal.read().valid);
        QVERIFY(journal.write(Sidecar::serialize(claimsWith(QStringLiteral("typed before the crash"))), true,
                              QStringLiteral("Essex has a new partnership.\n")));
        QVERIFY(QFileInfo::exists(journal.path()));
        QVERIFY(QFileInfo::exists(journal.claimsPath()));
        const RecoveryJournal::Contents contents = journal.read();
        QVERIFY(contents.valid);
        QVERIFY(contents.textModified);
        QCOMPARE(contents.text, QStringLiteral("Essex has a new partnership.\n"));
        QCOMPARE(contents.claims.claims.size(), 1);
        QCOMPARE(contents.claims.claims.first().notes, QStringLiteral("typed before the crash"));
        journal.discard();
        QVERIFY(!QFileInfo::exists(journal.path()));
        QVERIFY(!QFileInfo::exists(journal.claimsPath()));
    }

    // Pending while the journal's claims are not those of the sidecar; not once they are.
    void pendingOnlyWhileNotOnDisk()
    {
        const RecoveryJournal journal(document());
        const QString absolute = QFileInfo(document()).absoluteFilePath();
        QVERIFY(journal.write(Sidecar::serialize(claimsWith(QStringLiteral("not saved"))), false, QString()));
        QVERIFY(journal.hasUnsavedWork()); // no sidecar at all
        QVERIFY(RecoveryJournal::pending().contains(absolute));
        QVERIFY(!Sidecar::write(Sidecar::pathFor(document()), claimsWith(QStringLiteral("not saved"))).isValid());
        QVERIFY(!journal.hasUnsavedWork()); // the same claims are on disk now
        QVERIFY(!RecoveryJournal::pending().contains(absolute));
        QVERIFY(journal.write(Sidecar::serialize(claimsWith(QStringLiteral("changed after the save"))), false, QString()));
        QVERIFY(journal.hasUnsavedWork());
        QVERIFY(journal.write(Sidecar::serialize(claimsWith(QStringLiteral("not saved"))), true, QStringLiteral("x")));
        QVERIFY(journal.hasUnsavedWork()); // unsaved text is always work not on disk
        QFile::remove(Sidecar::pathFor(document()));
    }

    // A journal without its claims file, or not a journal at all, is not offered.
    void incompleteOrForeignJournalsAreNotOffered()
    {
        const RecoveryJournal journal(document());
        QVERIFY(journal.write(Sidecar::serialize(claimsWith(QStringLiteral("x"))), false, QString()));
        QFile::remove(journal.claimsPath());
        QVERIFY(!journal.hasUnsavedWork());
        QVERIFY(writeFile(journal.path(), R"({"format": "something-else", "path": "/tmp/a.txt", "textModified": true})"));
        QVERIFY(!journal.hasUnsavedWork());
        QVERIFY(!journal.read().valid);
    }

    void aJournalThatCannotBeWrittenSaysWhy()
    {
        const RecoveryJournal journal(document());
        QDir().mkpath(RecoveryJournal::directory());
        // A directory where the claims file must go: the write fails and says so.
        QVERIFY(QDir().mkpath(journal.claimsPath()));
        QString error;
        QVERIFY(!journal.write(Sidecar::serialize(claimsWith(QStringLiteral("x"))), false, QString(), &error));
        QVERIFY2(!error.isEmpty(), qPrintable(error));
        QVERIFY(QDir(journal.claimsPath()).removeRecursively());
    }
};

QTEST_GUILESS_MAIN(RecoveryJournalTest)
#include "recoveryjournal_test.moc"
