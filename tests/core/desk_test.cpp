// SPDX-License-Identifier: GPL-2.0-or-later
// annotations/desk.h: a desk's articles, its desk file, the reviewer questions and the counts.
#include "desk.h"
#include "atomicfile.h"
#include "sidecar.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

Claim claim(ClaimStatus status, const char *author, const char *assignee = "", const char *approvedBy = "")
{
    Claim c;
    c.id = QUuid::createUuid();
    c.status = status;
    c.createdBy = QLatin1String(author);
    c.assignee = QLatin1String(assignee);
    c.approvedBy = QLatin1String(approvedBy);
    return c;
}
} // namespace

Q_DECLARE_METATYPE(Claim)
Q_DECLARE_METATYPE(DeskSettings)

class DeskTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsArticles()
    {
        QTemporaryDir tmp;
        const QString d = tmp.path();
        QVERIFY(writeFile(d + QLatin1String("/b.txt.claims.json"), "{}"));
        QVERIFY(writeFile(d + QLatin1String("/b.txt"), "text"));
        QVERIFY(writeFile(d + QLatin1String("/politics/a.md.claims.json"), "{}")); // its document is missing
        QVERIFY(writeFile(d + QLatin1String("/.git/x.txt.claims.json"), "{}"));     // hidden: not the desk's
        QVERIFY(writeFile(d + QLatin1String("/notes.json"), "{}"));
        const QList<DeskArticle> found = findDeskArticles(d);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).relativePath, QStringLiteral("b.txt"));
        QCOMPARE(found.at(0).documentPath, QDir(d).absoluteFilePath(QStringLiteral("b.txt")));
        QCOMPARE(found.at(0).sidecarPath, QDir(d).absoluteFilePath(QStringLiteral("b.txt.claims.json")));
        QCOMPARE(found.at(1).relativePath, QStringLiteral("politics/a.md"));
    }

    void deskFileRoundTrip()
    {
        QTemporaryDir tmp;
        const DeskFile::ReadResult none = DeskFile::read(tmp.path());
        QVERIFY(none.ok());
        QVERIFY(!none.exists);
        QCOMPARE(none.settings, DeskSettings());

        DeskSettings s;
        s.requireSecondReview = true;
        s.reviewers = {QStringLiteral("Priya Natarajan"), QStringLiteral("Tom \"TH\" Hale")};
        s.extra.insert(QStringLiteral("x-future"), QJsonObject{{QStringLiteral("a"), 1}});
        QVERIFY(!DeskFile::write(tmp.path(), s).isValid());
        QFile f(DeskFile::pathFor(tmp.path()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(bytes, QByteArray("{\n  \"format\": \"claimbench.desk\",\n  \"version\": 1,\n"
                                   "  \"requireSecondReview\": true,\n"
                                   "  \"reviewers\": [\"Priya Natarajan\", \"Tom \\\"TH\\\" Hale\"],\n"
                                   "  \"x-future\": {\"a\":1}\n}\n"));
        const DeskFile::ReadResult back = DeskFile::read(tmp.path());
        QVERIFY(back.ok());
        QVERIFY(back.exists);
        QCOMPARE(back.settings, s);
        QCOMPARE(DeskFile::serialize(back.settings), bytes);
    }

    void deskFileWriteIsAtomic()
    {
        QTemporaryDir tmp;
        DeskSettings s;
        s.requireSecondReview = true;
        QVERIFY(!DeskFile::write(tmp.path(), s).isValid());
        setAtomicWriteFailureForTesting([](const QString &) { return true; });
        const LocatedError e = DeskFile::write(tmp.path(), DeskSettings());
        setAtomicWriteFailureForTesting({});
        QVERIFY(e.isValid());
        QCOMPARE(DeskFile::read(tmp.path()).settings, s);
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void deskFileErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("syntax") << QByteArray("{\"format\": ") << QStringLiteral("d.json:1:12: error:");
        QTest::newRow("format") << QByteArray("{\"format\": \"x\", \"version\": 1}")
                                << QStringLiteral("d.json:1:12: error: /format: expected \"claimbench.desk\"");
        QTest::newRow("newer") << QByteArray("{\"format\": \"claimbench.desk\", \"version\": 2}")
                               << QStringLiteral("/version: written by a newer Claimbench");
        QTest::newRow("flag") << QByteArray("{\"format\": \"claimbench.desk\", \"version\": 1, \"requireSecondReview\": \"yes\"}")
                              << QStringLiteral("/requireSecondReview: expected true or false");
        QTest::newRow("reviewer") << QByteArray("{\"format\": \"claimbench.desk\", \"version\": 1,\n \"reviewers\": [\"a\", 3]}")
                                  << QStringLiteral("d.json:2:21: error: /reviewers/1: expected a name");
    }
    void deskFileErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const DeskFile::ReadResult r = DeskFile::parse(bytes, QStringLiteral("d.json"));
        QVERIFY(!r.ok());
        QVERIFY2(r.errors.first().toString().contains(error), qPrintable(r.errors.first().toString()));
        QCOMPARE(r.settings, DeskSettings());
    }

    void secondReview_data()
    {
        QTest::addColumn<Claim>("claim");
        QTest::addColumn<DeskSettings>("settings");
        QTest::addColumn<bool>("waits");
        const DeskSettings plain, strict{true, {}};
        QTest::newRow("needs second review, by another") << claim(ClaimStatus::NeedsSecondReview, "Tom") << plain << true;
        QTest::newRow("needs second review, mine") << claim(ClaimStatus::NeedsSecondReview, "Priya") << plain << false;
        QTest::newRow("done, desk does not require it") << claim(ClaimStatus::Done, "Tom") << plain << false;
        QTest::newRow("done, required, not approved") << claim(ClaimStatus::Done, "Tom") << strict << true;
        QTest::newRow("done, required, approved") << claim(ClaimStatus::Done, "Tom", "", "Ana") << strict << false;
        QTest::newRow("done, required, mine") << claim(ClaimStatus::Done, "Priya") << strict << false;
        QTest::newRow("done, required, author unknown") << claim(ClaimStatus::Done, "") << strict << true;
        QTest::newRow("in progress") << claim(ClaimStatus::InProgress, "Tom") << strict << false;
    }
    void secondReview()
    {
        QFETCH(Claim, claim);
        QFETCH(DeskSettings, settings);
        QFETCH(bool, waits);
        QCOMPARE(waitsForSecondReviewBy(claim, QStringLiteral("Priya"), settings), waits);
        QVERIFY(!waitsForSecondReviewBy(claim, QString(), settings)); // nobody: nothing waits
    }

    void counts()
    {
        const DeskSettings strict{true, {}};
        ClaimSetData a, b;
        a.claims = {claim(ClaimStatus::Open, "Tom", "Priya"), claim(ClaimStatus::Done, "Tom"),
                    claim(ClaimStatus::Done, "Priya", "", "Tom")};
        a.claims[1].verdict = QStringLiteral("false");
        a.claims[2].verdict = QStringLiteral("true");
        b.claims = {claim(ClaimStatus::NeedsSecondReview, "Tom", "Priya")};
        b.claims[0].conflicts = {FieldConflict{QStringLiteral("notes"), QString(), QStringLiteral("a"), QStringLiteral("b")}};
        b.claims[0].reReview = QStringLiteral("text-changed");
        DeskCounts c;
        c.addArticle(a, QStringLiteral("Priya"), strict);
        c.addArticle(b, QStringLiteral("Priya"), strict);
        QCOMPARE(c.articles, 2);
        QCOMPARE(c.claims, 4);
        QCOMPARE(c.byStatus.value(QStringLiteral("open")), 1);
        QCOMPARE(c.byStatus.value(QStringLiteral("done")), 2);
        QCOMPARE(c.byStatus.value(QStringLiteral("needs-second-review")), 1);
        QCOMPARE(c.byStatus.value(QStringLiteral("dismissed")), 0);
        QCOMPARE(c.byVerdict.value(QString()), 2);
        QCOMPARE(c.byVerdict.value(QStringLiteral("true")), 1);
        QCOMPARE(c.assignedToMe, 2);
        QCOMPARE(c.waitingForMe, 2); // Tom's done claim and his claim that needs a second review
        QCOMPARE(c.approved, 1);
        QCOMPARE(c.conflicted, 1);
        QCOMPARE(c.reReview, 1);
        const QJsonObject j = c.toJson();
        QCOMPARE(j.value(QLatin1String("waitingForMe")).toInt(), 2);
        QCOMPARE(j.value(QLatin1String("status")).toObject().value(QLatin1String("done")).toInt(), 2);
    }

    void reviewerFromGit()
    {
        QTemporaryDir tmp;
        QProcess git;
        git.start(QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("-q"), tmp.path()});
        QVERIFY(git.waitForFinished() && git.exitCode() == 0);
        git.start(QStringLiteral("git"), {QStringLiteral("-C"), tmp.path(), QStringLiteral("config"),
                                          QStringLiteral("user.name"), QStringLiteral("Priya Natarajan")});
        QVERIFY(git.waitForFinished() && git.exitCode() == 0);
        QCOMPARE(gitUserName(tmp.path()), QStringLiteral("Priya Natarajan"));
    }
};

QTEST_GUILESS_MAIN(DeskTest)
#include "desk_test.moc"
