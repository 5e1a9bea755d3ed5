// SPDX-License-Identifier: GPL-2.0-or-later
// claimbench-cli desk status|search|similar, run as the real binary on a small generated desk (the index in a
// temporary cache: XDG_CACHE_HOME).
#include "desk.h"
#include "sidecar.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sys/stat.h>

using namespace Claimbench;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

Claim claim(int n, const char *quote, ClaimStatus status, const char *verdict, const char *author, const char *assignee = "")
{
    Claim c;
    c.id = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
    c.claimType = QStringLiteral("quantity");
    c.quote.exact = QLatin1String(quote);
    c.start = 0;
    c.end = c.quote.exact.size();
    c.status = status;
    c.verdict = QLatin1String(verdict);
    c.createdBy = QLatin1String(author);
    c.assignee = QLatin1String(assignee);
    c.created = c.modified = QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::UTC);
    return c;
}
} // namespace

class DeskCliTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_desk;
    QTemporaryDir m_cache;

    Run cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_cache.path());
        env.insert(QStringLiteral("HOME"), m_cache.path());
        env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CLAIMBENCH_CLI), args);
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    QJsonObject json(const QStringList &args)
    {
        const Run r = cli(args + QStringList{QStringLiteral("--json")});
        if (r.code != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_desk.isValid() && m_cache.isValid());
        const QString d = m_desk.path();
        for (int i = 0; i < 6; ++i) {
            ClaimSetData data;
            data.document.fileName = QStringLiteral("a%1.txt").arg(i);
            data.claims = {claim(i * 10 + 1, "Rail fares rise by 4.6 percent in March", ClaimStatus::Done, "true", "Tom Hale"),
                           claim(i * 10 + 2, "The council spent 2 million on the library", ClaimStatus::Open, "", "Tom Hale",
                                 i == 0 ? "Priya Natarajan" : "")};
            if (i == 3) {
                data.claims[0].quote.exact = QStringLiteral("Unemployment fell to 3.9% in 2023");
                data.claims[0].verdict = QStringLiteral("mostly-true");
                data.claims[0].notes = QStringLiteral("ONS labour force survey");
            }
            QVERIFY(!Sidecar::write(d + QStringLiteral("/a%1.txt.claims.json").arg(i), data).isValid());
        }
        DeskSettings s;
        s.requireSecondReview = true;
        QVERIFY(!DeskFile::write(d, s).isValid());
    }

    void status()
    {
        const QJsonObject o = json({QStringLiteral("desk"), QStringLiteral("status"), m_desk.path(), QStringLiteral("--reviewer"),
                                    QStringLiteral("Priya Natarajan")});
        QCOMPARE(o.value(QLatin1String("articles")).toInt(), 6);
        QCOMPARE(o.value(QLatin1String("claims")).toInt(), 12);
        QCOMPARE(o.value(QLatin1String("status")).toObject().value(QLatin1String("done")).toInt(), 6);
        QCOMPARE(o.value(QLatin1String("verdict")).toObject().value(QLatin1String("mostly-true")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("assignedToMe")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("waitingForMe")).toInt(), 6); // the desk file requires second review
        QCOMPARE(o.value(QLatin1String("requireSecondReview")).toBool(), true);
        QCOMPARE(o.value(QLatin1String("reviewer")).toString(), QStringLiteral("Priya Natarajan"));

        const Run text = cli({QStringLiteral("desk"), QStringLiteral("status"), m_desk.path(), QStringLiteral("--reviewer"),
                              QStringLiteral("Tom Hale")});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QLatin1String(": 6 articles, 12 claims\n")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("status: open 6, in-progress 0, needs-second-review 0, done 6, dismissed 0")),
                 qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("Tom Hale: 0 assigned, 0 waiting for second review")), qPrintable(text.out));
    }

    void reviewerFromGit()
    {
        QProcess git;
        git.start(QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("-q"), m_desk.path()});
        QVERIFY(git.waitForFinished() && git.exitCode() == 0);
        git.start(QStringLiteral("git"), {QStringLiteral("-C"), m_desk.path(), QStringLiteral("config"),
                                          QStringLiteral("user.name"), QStringLiteral("Priya Natarajan")});
        QVERIFY(git.waitForFinished() && git.exitCode() == 0);
        const QJsonObject o = json({QStringLiteral("desk"), QStringLiteral("status"), m_desk.path()});
        QCOMPARE(o.value(QLatin1String("reviewer")).toString(), QStringLiteral("Priya Natarajan"));
        QCOMPARE(o.value(QLatin1String("assignedToMe")).toInt(), 1);
        QVERIFY(QDir(m_desk.path() + QLatin1String("/.git")).removeRecursively());
    }

    void search()
    {
        const QJsonObject o = json({QStringLiteral("desk"), QStringLiteral("search"), m_desk.path(), QStringLiteral("labour"),
                                    QStringLiteral("survey")});
        const QJsonArray results = o.value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0)[QLatin1String("article")].toString(), QStringLiteral("a3.txt"));
        QCOMPARE(results.at(0)[QLatin1String("verdict")].toString(), QStringLiteral("mostly-true"));
        QVERIFY(results.at(0)[QLatin1String("snippet")].toString().contains(QLatin1String("[labour]")));

        const Run text = cli({QStringLiteral("desk"), QStringLiteral("search"), m_desk.path(), QStringLiteral("library"),
                              QStringLiteral("--limit"), QStringLiteral("2")});
        QCOMPARE(text.code, 0);
        QCOMPARE(text.out.count(QLatin1Char('\n')), 2);
        QVERIFY2(text.out.startsWith(QLatin1String("a0.txt 00000000-0000-4000-8000-000000000002 [open] ")), qPrintable(text.out));
    }

    void similar()
    {
        const QJsonObject o = json({QStringLiteral("desk"), QStringLiteral("similar"), m_desk.path(),
                                    QStringLiteral("unemployment fell to 3.9 percent")});
        const QJsonArray results = o.value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0)[QLatin1String("claim")].toString(), QStringLiteral("00000000-0000-4000-8000-000000000031"));
        QVERIFY(results.at(0)[QLatin1String("score")].toDouble() > 0.5);
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("no subcommand") << QStringList{QStringLiteral("desk")} << 2;
        QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("desk"), QStringLiteral("frob"), QStringLiteral(".")} << 2;
        QTest::newRow("search without text") << QStringList{QStringLiteral("desk"), QStringLiteral("search"), QStringLiteral(".")} << 2;
        QTest::newRow("bad limit") << QStringList{QStringLiteral("desk"), QStringLiteral("search"), QStringLiteral("."),
                                                  QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("0")} << 2;
        QTest::newRow("not a folder") << QStringList{QStringLiteral("desk"), QStringLiteral("status"), QStringLiteral("/nonexistent")} << 1;
    }
    void usage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QCOMPARE(cli(args).code, code);
    }

    /// The one second-review rule through the index: whoever set the verdict does not second-review it either
    /// (the old desk rule looked at the author only), a claim without a verdict waits for nobody.
    void secondReviewRule()
    {
        QTemporaryDir d;
        ClaimSetData data;
        data.claims = {claim(1, "Rail fares rise by 4.6 percent in March", ClaimStatus::Done, "true", "Tom Hale"),
                       claim(2, "The council spent 2 million on the library", ClaimStatus::NeedsSecondReview, "", "Tom Hale")};
        HistoryEntry verdict;
        verdict.when = QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::UTC);
        verdict.author = QStringLiteral("Priya Natarajan");
        verdict.field = QStringLiteral("verdict");
        verdict.to = QStringLiteral("true");
        data.claims[0].history = {verdict};
        QVERIFY(!Sidecar::write(d.filePath(QStringLiteral("a.txt.claims.json")), data).isValid());
        DeskSettings s;
        s.requireSecondReview = true;
        QVERIFY(!DeskFile::write(d.path(), s).isValid());
        auto waiting = [&](const char *reviewer) {
            return json({QStringLiteral("desk"), QStringLiteral("status"), d.path(), QStringLiteral("--reviewer"),
                         QLatin1String(reviewer)})
                .value(QLatin1String("waitingForMe"))
                .toInt(-1);
        };
        QCOMPARE(waiting("Priya Natarajan"), 0); // she set the verdict
        QCOMPARE(waiting("Tom Hale"), 0);        // he marked it
        QCOMPARE(waiting("Ana Costa"), 1);       // a second reviewer; the claim without a verdict waits for nobody
    }

    /// A FIFO named like a sidecar, or as the desk file: an error, not a hang (readRegularFile()).
    // ClaimReview's publish gate takes second review from the document's desk file, as Approve does; outside a desk
    // from --require-second-review.
    void claimReviewFollowsTheDeskFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString doc = dir.filePath(QStringLiteral("a.txt"));
        QFile f(doc);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Rail fares rise by 4.6 percent in March\n");
        f.close();
        ClaimSetData data;
        data.document.fileName = QStringLiteral("a.txt");
        Claim c = claim(1, "Rail fares rise by 4.6 percent in March", ClaimStatus::Done, "true", "Tom Hale");
        c.statement = c.quote.exact;
        c.claimant.name = QStringLiteral("The rail operator");
        data.claims = {c};
        QVERIFY(!Sidecar::write(Sidecar::pathFor(doc), data).isValid());
        auto published = [&](const QStringList &extra) {
            const Run r = cli(QStringList{QStringLiteral("report"), doc, QStringLiteral("--format"), QStringLiteral("claimreview"),
                                          QStringLiteral("-o"), QStringLiteral("-")} + extra);
            if (r.code != 0)
                qWarning("%s", qPrintable(r.err));
            return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("@graph")).toArray().size();
        };
        QCOMPARE(published({}), 1);
        QCOMPARE(published({QStringLiteral("--require-second-review")}), 0);
        DeskSettings s;
        s.requireSecondReview = true;
        QVERIFY(!DeskFile::write(dir.path(), s).isValid());
        QCOMPARE(published({}), 0); // the desk requires a second review: not approved, left out
        s.requireSecondReview = false;
        QVERIFY(!DeskFile::write(dir.path(), s).isValid());
        QCOMPARE(published({}), 1);
    }

    void fifoInTheDesk()
    {
        QTemporaryDir d;
        ClaimSetData data;
        data.claims = {claim(1, "Rail fares rise by 4.6 percent in March", ClaimStatus::Done, "true", "Tom Hale")};
        QVERIFY(!Sidecar::write(d.filePath(QStringLiteral("a.txt.claims.json")), data).isValid());
        QCOMPARE(::mkfifo(QFile::encodeName(d.filePath(QStringLiteral("pipe.txt.claims.json"))).constData(), 0600), 0);
        const Run r = cli({QStringLiteral("desk"), QStringLiteral("status"), d.path(), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("articles")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("unreadable")).toInt(), 1);
        const QJsonObject bad = o.value(QLatin1String("unreadableArticles")).toArray().at(0).toObject();
        QCOMPARE(bad.value(QLatin1String("article")).toString(), QStringLiteral("pipe.txt"));
        QVERIFY2(bad.value(QLatin1String("error")).toString().endsWith(
                     QLatin1String("pipe.txt.claims.json: error: cannot open: not a regular file")),
                 qPrintable(bad.value(QLatin1String("error")).toString()));

        QCOMPARE(::mkfifo(QFile::encodeName(DeskFile::pathFor(d.path())).constData(), 0600), 0);
        const Run desk = cli({QStringLiteral("desk"), QStringLiteral("status"), d.path()});
        QCOMPARE(desk.code, 1);
        QVERIFY2(desk.err.contains(QLatin1String(".claimbench-desk.json: error: cannot open: not a regular file")),
                 qPrintable(desk.err));
    }

    void badDeskFile()
    {
        QTemporaryDir d;
        QFile f(DeskFile::pathFor(d.path()));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"claimbench.desk\", \"version\": 9}");
        f.close();
        const Run r = cli({QStringLiteral("desk"), QStringLiteral("status"), d.path()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String(".claimbench-desk.json:1:")) && r.err.contains(QLatin1String("newer")),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(DeskCliTest)
#include "desk_test.moc"
