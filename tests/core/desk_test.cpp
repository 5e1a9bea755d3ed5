// SPDX-License-Identifier: GPL-2.0-or-later
// annotations/desk.h: a desk's articles, its desk file, the reviewer questions and the counts.
#include "desk.h"
#include "atomicfile.h"
#include "claimset.h"
#include "sidecar.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

#include <sys/stat.h>

using namespace Claimbench;

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// A claim with a verdict ("true", set by its author unless `verdictBy` says who: a "verdict" history entry).
Claim claim(ClaimStatus status, const char *author, const char *assignee = "", const char *approvedBy = "",
            const char *verdictBy = nullptr, const char *verdict = "true")
{
    Claim c;
    c.id = QUuid::createUuid();
    c.status = status;
    c.createdBy = QLatin1String(author);
    c.assignee = QLatin1String(assignee);
    c.approvedBy = QLatin1String(approvedBy);
    c.verdict = QLatin1String(verdict);
    if (verdictBy) {
        HistoryEntry e;
        e.when = QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::UTC);
        e.author = QLatin1String(verdictBy);
        e.field = QStringLiteral("verdict");
        e.to = c.verdict;
        c.history.append(e);
    }
    return c;
}

bool makeFifo(const QString &path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
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
        // The one rule: whoever set the verdict is not its second reviewer either (the old desk rule looked at the
        // author only), a claim without a verdict has nothing to approve, an approved one waits no more.
        QTest::newRow("done, required, marked by another, verdict mine")
            << claim(ClaimStatus::Done, "Tom", "", "", "Priya") << strict << false;
        QTest::newRow("done, required, marked by another, verdict by a third")
            << claim(ClaimStatus::Done, "Tom", "", "", "Ana") << strict << true;
        QTest::newRow("done, required, marked by me, verdict by another")
            << claim(ClaimStatus::Done, "Priya", "", "", "Tom") << strict << false;
        QTest::newRow("needs second review, verdict mine")
            << claim(ClaimStatus::NeedsSecondReview, "Tom", "", "", "Priya") << plain << false;
        QTest::newRow("needs second review, no verdict")
            << claim(ClaimStatus::NeedsSecondReview, "Tom", "", "", nullptr, "") << plain << false;
        QTest::newRow("needs second review, approved")
            << claim(ClaimStatus::NeedsSecondReview, "Tom", "", "Ana") << plain << false;
    }
    void secondReview()
    {
        QFETCH(Claim, claim);
        QFETCH(DeskSettings, settings);
        QFETCH(bool, waits);
        const QString me = QStringLiteral("Priya");
        QCOMPARE(waitsForSecondReviewBy(claim, me, settings), waits);
        QCOMPARE(awaitsSecondReviewBy(claim, me, settings.requireSecondReview), waits);
        QVERIFY(!waitsForSecondReviewBy(claim, QString(), settings)); // nobody: nothing waits
        // What waits for me is exactly what I may approve (ClaimSet::approve(), the same rule).
        if (claim.approvedBy.isEmpty() && claim.status != ClaimStatus::InProgress
            && (claim.status != ClaimStatus::Done || settings.requireSecondReview)) {
            ClaimSet set;
            ClaimSetData data;
            data.claims = {claim};
            set.setData(data);
            set.setAuthor(me);
            QString why;
            QCOMPARE(set.approve(claim.id, me, settings.requireSecondReview, &why), waits);
            QCOMPARE(why.isEmpty(), waits);
        }
    }

    // A claim whose status asks for a second review needs a second reviewer even where the desk does not require
    // it: its author may not approve it.
    void statusAsksForSecondReviewer()
    {
        const Claim c = claim(ClaimStatus::NeedsSecondReview, "Tom");
        QVERIFY(needsSecondReviewer(c, false));
        QVERIFY(!needsSecondReviewer(claim(ClaimStatus::Done, "Tom"), false));
        QVERIFY(needsSecondReviewer(claim(ClaimStatus::Done, "Tom"), true));
        QCOMPARE(approvalRefusal(c, QStringLiteral("Tom"), false),
                 QStringLiteral("Tom marked this claim: the desk requires a second reviewer to approve it."));
        QCOMPARE(approvalRefusal(c, QStringLiteral("Priya"), false), QString());
    }

    // The desk file of the document's desk decides, found by walking up from the document; outside a desk the
    // reviewer's Preferences do; a desk file that cannot be read (here a FIFO: not a hang) requires it.
    void deskOfADocument()
    {
        QTemporaryDir tmp;
        const QString desk = tmp.filePath(QStringLiteral("desk"));
        const QString doc = desk + QLatin1String("/politics/2026/essex.txt");
        QVERIFY(writeFile(doc, "text"));
        QVERIFY(writeFile(tmp.filePath(QStringLiteral("elsewhere/a.txt")), "text"));
        QCOMPARE(deskDirOf(doc), QString());
        QCOMPARE(secondReviewRequired(doc, true), true);
        QCOMPARE(secondReviewRequired(doc, false), false);

        DeskSettings strict;
        strict.requireSecondReview = true;
        QVERIFY(!DeskFile::write(desk, strict).isValid());
        QCOMPARE(deskDirOf(doc), QDir(desk).absolutePath());
        QCOMPARE(deskDirOf(desk + QLatin1String("/politics")), QDir(desk).absolutePath());
        QCOMPARE(deskDirOf(desk + QLatin1String("/politics/missing.txt")), QDir(desk).absolutePath());
        QCOMPARE(deskDirOf(tmp.filePath(QStringLiteral("elsewhere/a.txt"))), QString());
        QCOMPARE(secondReviewRequired(doc, false), true); // the desk file wins over Preferences
        QVERIFY(!DeskFile::write(desk, DeskSettings()).isValid());
        QCOMPARE(secondReviewRequired(doc, true), false);

        // A nearer desk file wins over the outer one.
        QVERIFY(!DeskFile::write(desk + QLatin1String("/politics"), strict).isValid());
        QCOMPARE(deskDirOf(doc), QDir(desk + QLatin1String("/politics")).absolutePath());
        QCOMPARE(secondReviewRequired(doc, false), true);

        QVERIFY(QFile::remove(DeskFile::pathFor(desk + QLatin1String("/politics"))));
        QVERIFY(makeFifo(DeskFile::pathFor(desk + QLatin1String("/politics"))));
        QCOMPARE(secondReviewRequired(doc, false), true);
    }

    // The desk file and the desk's sidecars are read with readRegularFile(): a FIFO is an error, not a hang.
    void fifos()
    {
        QTemporaryDir tmp;
        QVERIFY(makeFifo(DeskFile::pathFor(tmp.path())));
        const DeskFile::ReadResult r = DeskFile::read(tmp.path());
        QVERIFY(r.exists);
        QVERIFY(!r.ok());
        QVERIFY2(r.errors.first().toString().contains(QLatin1String(".claimbench-desk.json: error: cannot open: not a regular file")),
                 qPrintable(r.errors.first().toString()));
        // A FIFO named like a sidecar is one of the desk's articles (then unreadable), not silently left out.
        QVERIFY(makeFifo(tmp.filePath(QStringLiteral("pipe.txt.claims.json"))));
        const QList<DeskArticle> found = findDeskArticles(tmp.path());
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().relativePath, QStringLiteral("pipe.txt"));
    }

    /// approveOnDisk(): the sidecar read, approved under the desk's rule and written atomically; refusals write
    /// nothing; another writer's save between the read and the write is kept (the approval starts again on it).
    void approvesOnDisk()
    {
        QTemporaryDir tmp;
        DeskSettings strict;
        strict.requireSecondReview = true;
        QVERIFY(!DeskFile::write(tmp.path(), strict).isValid());
        const QString doc = tmp.filePath(QStringLiteral("news/story.txt"));
        QVERIFY(writeFile(doc, "Rail fares rise again."));
        ClaimSetData data;
        const Claim tom = claim(ClaimStatus::Done, "Tom", "", "", "Tom");
        const Claim mine = claim(ClaimStatus::Done, "Tom", "", "", "Priya");
        data.claims = {tom, mine};
        QVERIFY(!Sidecar::write(Sidecar::pathFor(doc), data).isValid());
        auto bytes = [&] {
            QFile f(Sidecar::pathFor(doc));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray before = bytes();
        const QDateTime at(QDate(2026, 12, 1), QTime(20, 0), QTimeZone::UTC);

        // Refused: I set its verdict (the desk file requires a second reviewer, whatever Preferences say).
        DiskApproval r = approveOnDisk(doc, mine.id, QStringLiteral("Priya"), false, [&] { return at; });
        QVERIFY(!r.ok());
        QCOMPARE(r.refusal, QStringLiteral("Priya set the verdict: the desk requires a second reviewer to approve it."));
        QCOMPARE(bytes(), before);
        r = approveOnDisk(doc, tom.id, QStringLiteral("Tom"), false, [&] { return at; });
        QVERIFY(!r.ok());
        QVERIFY(r.refusal.startsWith(QLatin1String("Tom marked this claim")));
        QCOMPARE(bytes(), before);

        // Another writer saves while I approve (the clock is asked between the read and the write): their claim
        // is kept and the approval is made again on their version.
        Claim theirs = claim(ClaimStatus::Open, "Ana");
        int asked = 0;
        r = approveOnDisk(doc, tom.id, QStringLiteral("Priya"), false, [&] {
            if (asked++ == 0) {
                ClaimSetData changed = data;
                changed.claims.append(theirs);
                [&] { QVERIFY(!Sidecar::write(Sidecar::pathFor(doc), changed).isValid()); }();
            }
            return at;
        });
        QVERIFY2(r.ok(), qPrintable(r.refusal + (r.errors.isEmpty() ? QString() : r.errors.first().toString())));
        QVERIFY(asked >= 2);
        const Sidecar::ReadResult after = Sidecar::read(Sidecar::pathFor(doc));
        QVERIFY(after.ok());
        QCOMPARE(after.data.claims.size(), 3);
        const auto approved = std::find_if(after.data.claims.cbegin(), after.data.claims.cend(),
                                           [&](const Claim &c) { return c.id == tom.id; });
        QCOMPARE(approved->approvedBy, QStringLiteral("Priya"));
        QCOMPARE(approved->approved, at);
        QCOMPARE(approved->history.last().field, QStringLiteral("approval"));
        QVERIFY(std::any_of(after.data.claims.cbegin(), after.data.claims.cend(),
                            [&](const Claim &c) { return c.id == theirs.id; }));
        QVERIFY(!awaitsSecondReviewBy(*approved, QStringLiteral("Ana"), true)); // approved: waits no more

        // A sidecar that is a FIFO: an error, nothing hangs.
        const QString pipeDoc = tmp.filePath(QStringLiteral("news/pipe.txt"));
        QVERIFY(makeFifo(Sidecar::pathFor(pipeDoc)));
        r = approveOnDisk(pipeDoc, tom.id, QStringLiteral("Priya"));
        QVERIFY(!r.ok());
        QVERIFY(r.refusal.isEmpty());
        QVERIFY2(r.errors.first().toString().contains(QLatin1String("not a regular file")), qPrintable(r.errors.first().toString()));
    }

    void counts()
    {
        const DeskSettings strict{true, {}};
        ClaimSetData a, b;
        a.claims = {claim(ClaimStatus::Open, "Tom", "Priya"), claim(ClaimStatus::Done, "Tom"),
                    claim(ClaimStatus::Done, "Priya", "", "Tom")};
        a.claims[1].verdict = QStringLiteral("false");
        a.claims[2].verdict = QStringLiteral("true");
        a.claims[0].verdict.clear();
        b.claims = {claim(ClaimStatus::NeedsSecondReview, "Tom", "Priya", "", nullptr, "mostly-true")};
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
        QCOMPARE(c.byVerdict.value(QString()), 1);
        QCOMPARE(c.byVerdict.value(QStringLiteral("mostly-true")), 1);
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
