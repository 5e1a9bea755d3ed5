// SPDX-License-Identifier: GPL-2.0-or-later
// Crash safety: a child process saving a large claim set in a loop is killed with SIGKILL at random moments. Every
// time, the sidecar on disk parses and equals either the old or the new set, and after the next open no temporary
// file is left. The test binary is its own child (argv[1] == "--crash-child").
#include "sidecar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <csignal>
#include <cstdio>
#include <cstring>

using namespace Claimbench;

namespace {
ClaimSetData generate(int generation, int count)
{
    ClaimSetData data;
    data.document = {QStringLiteral("big.txt"), QStringLiteral("text/plain"), QString(64, QLatin1Char('0')), 10'000'000};
    data.reviewers = {QStringLiteral("Generation %1").arg(generation)};
    const QDateTime when(QDate(2026, 11, 29), QTime(1, 0), QTimeZone::UTC);
    for (int i = 0; i < count; ++i) {
        Claim c;
        c.id = QUuid::createUuidV5(QUuid(), QStringLiteral("claim-%1").arg(i));
        c.claimType = QStringLiteral("quantity");
        c.start = qsizetype(i) * 400;
        c.end = c.start + 60 + (i % 40);
        c.quote = {QStringLiteral("claim %1 of generation %2 about \u00a3%3 million \U0001F4B7").arg(i).arg(generation).arg(i * 7),
                   QStringLiteral("before %1 ").arg(i), QStringLiteral(" after %1").arg(i)};
        c.status = ClaimStatus(i % 5);
        c.notes = QStringLiteral("Note %1 of generation %2.\n\n- checked\n").arg(i).arg(generation);
        c.created = c.modified = when;
        c.history = {{when, QStringLiteral("bot"), QStringLiteral("created"), QJsonValue(), QStringLiteral("quantity")}};
        data.claims.append(c);
    }
    return data;
}

constexpr int ClaimCount = 600; // about 600 kB of JSON

int childMain(const char *path)
{
    const ClaimSetData sets[2] = {generate(1, ClaimCount), generate(2, ClaimCount)};
    std::printf("ready\n");
    std::fflush(stdout);
    // The new set first: every save that completes changes the file.
    for (unsigned i = 1;; ++i) {
        if (Sidecar::write(QString::fromLocal8Bit(path), sets[i % 2]).isValid())
            return 1;
        std::printf("saved\n"); // so that the parent can also kill after whole saves, whatever the machine's speed
        std::fflush(stdout);
    }
}
} // namespace

class CrashSafetyTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedWhileSaving()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.txt.claims.json"));
        const ClaimSetData a = generate(1, ClaimCount), b = generate(2, ClaimCount);
        const QByteArray bytesA = Sidecar::serialize(a), bytesB = Sidecar::serialize(b);
        QVERIFY(bytesA != bytesB);
        QVERIFY(!Sidecar::write(path, a).isValid());

        const int iterations = qEnvironmentVariableIntValue("CLAIMBENCH_CRASH_ITERATIONS") > 0
            ? qEnvironmentVariableIntValue("CLAIMBENCH_CRASH_ITERATIONS")
            : 200;
        QRandomGenerator random(20261129);
        int sawA = 0, sawB = 0, leftovers = 0;
        for (int i = 0; i < iterations; ++i) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--crash-child"), path});
            QVERIFY(child.waitForStarted());
            // "ready": the sets are built and saving starts; then let 0, 1 or 2 saves complete (new, old, new...)
            // and kill at a random moment of the next one.
            const int saves = int(random.bounded(3));
            QByteArray said;
            while (said.count('\n') < 1 + saves && child.waitForReadyRead(60000))
                said += child.readAll();
            QCOMPARE(said.count('\n') >= 1 + saves, true);
            QThread::usleep(random.bounded(1, 20000));
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(60000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            // The file is whole: byte for byte one of the two sets.
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray onDisk = f.readAll();
            f.close();
            QVERIFY2(onDisk == bytesA || onDisk == bytesB, qPrintable(QStringLiteral("iteration %1: %2 bytes").arg(i).arg(onDisk.size())));
            sawA += onDisk == bytesA;
            sawB += onDisk == bytesB;
            leftovers += QDir(dir.path()).entryList(QDir::Files).size() > 1;

            // Opening it parses, gives that set, and clears what the killed save left behind.
            const Sidecar::ReadResult r = Sidecar::read(path);
            QVERIFY(r.ok());
            QVERIFY(r.data == (onDisk == bytesA ? a : b));
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("big.txt.claims.json")});
        }
        qInfo("%d kills: the old set %d times, the new set %d times; %d kills left a temporary file", iterations, sawA,
              sawB, leftovers);
        QVERIFY(sawA > 0);
        QVERIFY(sawB > 0);
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--crash-child") == 0)
        return childMain(argv[2]);
    QCoreApplication app(argc, argv);
    CrashSafetyTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "crashsafety_test.moc"
