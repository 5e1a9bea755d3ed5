// SPDX-License-Identifier: GPL-2.0-or-later
// `claimbench-cli git-setup` and `claimbench-cli merge` as git's merge driver, with real git: temporary
// repositories, two clones, two reviewers, `git pull` and `git merge` through the driver.
#include "sidecar.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>

#include <sys/stat.h>

using namespace Claimbench;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

QTemporaryDir *home = nullptr; // HOME of every git run: no user or system configuration leaks in

Run run(const QString &program, const QStringList &args, const QString &dir = QString())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home->path());
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    p.setProcessEnvironment(env);
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.start(program, args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
Run cli(const QStringList &args, const QString &dir = QString())
{
    return run(QStringLiteral(CLAIMBENCH_CLI), args, dir);
}
/// git in `dir` as `reviewer`.
Run git(const QString &dir, const QStringList &args, const QString &reviewer = QStringLiteral("Priya Natarajan"))
{
    return run(QStringLiteral("git"),
               QStringList{QStringLiteral("-c"), QStringLiteral("user.name=") + reviewer, QStringLiteral("-c"),
                           QStringLiteral("user.email=reviewer@claimbench.invalid"), QStringLiteral("-c"),
                           QStringLiteral("init.defaultBranch=main"), QStringLiteral("-c"),
                           QStringLiteral("pull.rebase=false")}
                   + args,
               dir);
}
#define GIT_OK(dir, ...)                                                                                               \
    do {                                                                                                               \
        const Run r_ = git(dir, __VA_ARGS__);                                                                          \
        QVERIFY2(r_.code == 0, qPrintable(r_.err + r_.out));                                                           \
    } while (false)

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QString article = QStringLiteral("essex-jiangsu.txt");
const QString sidecar = article + QLatin1String(".claims.json");
const QString exampleDir = QStringLiteral(CLAIMBENCH_SOURCE_DIR "/examples/");

using Edit = std::function<void(ClaimSetData &)>;
using Check = std::function<void(const ClaimSetData &)>;

/// Applies `edit` to the sidecar in `dir` (through the core, as the workbench saves) and commits it as `reviewer`.
bool editAndCommit(const QString &dir, const Edit &edit, const QString &reviewer)
{
    const QString path = QDir(dir).filePath(sidecar);
    Sidecar::ReadResult r = Sidecar::read(path);
    if (!r.ok())
        return false;
    edit(r.data);
    r.data.sortClaims();
    return !Sidecar::write(path, r.data).isValid()
        && git(dir, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), reviewer + QLatin1String(" edits")},
               reviewer).code == 0;
}

qsizetype indexOf(const ClaimSetData &d, const char *id)
{
    const QUuid uuid = QUuid::fromString(QLatin1String(id));
    for (qsizetype i = 0; i < d.claims.size(); ++i) {
        if (d.claims.at(i).id == uuid)
            return i;
    }
    return -1;
}
Claim &claimIn(ClaimSetData &d, const char *id)
{
    return d.claims[indexOf(d, id)];
}
const Claim *findIn(const ClaimSetData &d, const char *id)
{
    const qsizetype i = indexOf(d, id);
    return i < 0 ? nullptr : &d.claims.at(i);
}

const char *first = "6c2e8f55-3d0b-4a1c-9e7f-8b4d2c3f0a31";
const char *second = "5b1d7e44-2c9a-4f0b-8d6e-7a3c1b2e9f20";
const char *addedA = "aaaaaaaa-0000-4000-8000-000000000001";
const char *addedB = "bbbbbbbb-0000-4000-8000-000000000002";

Claim copyOf(const ClaimSetData &d, const char *id, const char *newId, const char *notes)
{
    Claim c = *findIn(d, id);
    c.id = QUuid::fromString(QLatin1String(newId));
    c.notes = QLatin1String(notes);
    c.history = {};
    return c;
}
HistoryEntry entry(const char *author, int minute, const char *to)
{
    return {QDateTime(QDate(2026, 11, 30), QTime(10, minute), QTimeZone::UTC), QLatin1String(author),
            QStringLiteral("notes"), QString(), QLatin1String(to)};
}

bool hasConflictMarkers(const QByteArray &bytes)
{
    return bytes.contains("<<<<<<<") || bytes.contains(">>>>>>>") || bytes.contains("\n=======");
}
} // namespace

Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(Check)

class GitMergeTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    /// A desk repository `a` with the example article and its sidecar, set up by git-setup, and its clone `b` (set
    /// up too). Returns false (with the failure recorded) when something went wrong.
    bool makeRepositories(const QString &root)
    {
        const QString a = root + QLatin1String("/a");
        if (!QDir().mkpath(a) || !QFile::copy(exampleDir + article, a + QLatin1Char('/') + article)
            || !QFile::copy(exampleDir + sidecar, a + QLatin1Char('/') + sidecar))
            return false;
        QFile::setPermissions(a + QLatin1Char('/') + sidecar, QFile::ReadOwner | QFile::WriteOwner);
        if (git(a, {QStringLiteral("init"), QStringLiteral("-q")}).code != 0)
            return false;
        const Run setup = cli({QStringLiteral("git-setup"), a});
        if (setup.code != 0) {
            qWarning("%s", qPrintable(setup.err));
            return false;
        }
        if (git(a, {QStringLiteral("add"), QStringLiteral("-A")}).code != 0
            || git(a, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("desk")}).code != 0)
            return false;
        return git(root, {QStringLiteral("clone"), QStringLiteral("-q"), a, root + QLatin1String("/b")}).code == 0
            && cli({QStringLiteral("git-setup"), root + QLatin1String("/b")}).code == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        home = &m_home;
        QVERIFY2(git(QString(), {QStringLiteral("--version")}).code == 0, "git is needed");
    }

    void gitSetup()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path();
        GIT_OK(dir, {QStringLiteral("init"), QStringLiteral("-q")});
        QFile attributes(dir + QLatin1String("/.gitattributes"));
        QVERIFY(attributes.open(QIODevice::WriteOnly));
        attributes.write("*.pdf binary"); // no final newline: the line goes on its own line after it
        attributes.close();

        for (int i = 0; i < 2; ++i) { // a second run changes nothing
            const Run r = cli({QStringLiteral("git-setup"), dir});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QCOMPARE(readFile(dir + QLatin1String("/.gitattributes")), QByteArray("*.pdf binary\n*.claims.json merge=claimbench\n"));
        }
        const Run attr = git(dir, {QStringLiteral("check-attr"), QStringLiteral("merge"), QStringLiteral("x.txt.claims.json")});
        QCOMPARE(attr.out.trimmed(), QStringLiteral("x.txt.claims.json: merge: claimbench"));
        const Run driver = git(dir, {QStringLiteral("config"), QStringLiteral("merge.claimbench.driver")});
        QCOMPARE(driver.out.trimmed(), QStringLiteral("'" CLAIMBENCH_CLI "' merge %O %A %B --path %P"));

        // Outside a work tree: refused.
        QTemporaryDir plain;
        const Run outside = cli({QStringLiteral("git-setup"), plain.path()});
        QCOMPARE(outside.code, 1);
        QVERIFY2(outside.err.contains(QLatin1String("not in a git work tree")), qPrintable(outside.err));
        QVERIFY(!QFile::exists(plain.path() + QLatin1String("/.gitattributes")));
    }

    void pull_data()
    {
        QTest::addColumn<Edit>("editA");
        QTest::addColumn<Edit>("editB");
        QTest::addColumn<bool>("conflict");
        QTest::addColumn<Check>("check");

        QTest::newRow("notes there, verdict here")
            << Edit([](ClaimSetData &d) { claimIn(d, first).notes = QStringLiteral("Priya's notes"); })
            << Edit([](ClaimSetData &d) { claimIn(d, first).verdict = QStringLiteral("mostly-true"); }) << false
            << Check([](const ClaimSetData &d) {
                   QCOMPARE(findIn(d, first)->notes, QStringLiteral("Priya's notes"));
                   QCOMPARE(findIn(d, first)->verdict, QStringLiteral("mostly-true"));
                   QVERIFY(findIn(d, first)->conflicts.isEmpty());
               });
        QTest::newRow("different claims")
            << Edit([](ClaimSetData &d) { claimIn(d, first).status = ClaimStatus::InProgress; })
            << Edit([](ClaimSetData &d) { claimIn(d, second).notes = QStringLiteral("Tom's notes"); }) << false
            << Check([](const ClaimSetData &d) {
                   QCOMPARE(findIn(d, first)->status, ClaimStatus::InProgress);
                   QCOMPARE(findIn(d, second)->notes, QStringLiteral("Tom's notes"));
               });
        QTest::newRow("new claims on both sides")
            << Edit([](ClaimSetData &d) { d.claims.append(copyOf(d, first, addedA, "added by Priya")); })
            << Edit([](ClaimSetData &d) { d.claims.append(copyOf(d, first, addedB, "added by Tom")); }) << false
            << Check([](const ClaimSetData &d) {
                   QCOMPARE(d.claims.size(), 14);
                   QVERIFY(findIn(d, addedA) && findIn(d, addedB));
                   QCOMPARE(findIn(d, addedB)->notes, QStringLiteral("added by Tom"));
               });
        QTest::newRow("history, reviewers and dismissals unioned")
            << Edit([](ClaimSetData &d) {
                   claimIn(d, first).history.append(entry("Priya Natarajan", 1, "p"));
                   d.dismissed.append({QStringLiteral("quantity"), QStringLiteral("12%")});
                   d.reviewers.append(QStringLiteral("Ana Lima"));
               })
            << Edit([](ClaimSetData &d) {
                   claimIn(d, first).history.append(entry("Tom Hale", 2, "t"));
                   d.dismissed.append({QStringLiteral("quantity"), QStringLiteral("40 km")});
                   d.reviewers.append(QStringLiteral("Ben Okoro"));
               })
            << false << Check([](const ClaimSetData &d) {
                   const QList<HistoryEntry> &h = findIn(d, first)->history;
                   QVERIFY(h.size() >= 2);
                   QCOMPARE(h.at(h.size() - 2), entry("Priya Natarajan", 1, "p"));
                   QCOMPARE(h.last(), entry("Tom Hale", 2, "t"));
                   QCOMPARE(d.dismissed.size(), 4);
                   QVERIFY(d.reviewers.contains(QStringLiteral("Ana Lima")));
                   QVERIFY(d.reviewers.contains(QStringLiteral("Ben Okoro")));
               });
        QTest::newRow("same field: a conflict with both values")
            << Edit([](ClaimSetData &d) { claimIn(d, first).verdict = QStringLiteral("false"); })
            << Edit([](ClaimSetData &d) { claimIn(d, first).verdict = QStringLiteral("misleading"); }) << true
            << Check([](const ClaimSetData &d) {
                   const Claim &c = *findIn(d, first);
                   QCOMPARE(c.conflicts.size(), 1);
                   QCOMPARE(c.conflicts.first().field, QStringLiteral("verdict"));
                   QCOMPARE(c.conflicts.first().base, QJsonValue(QStringLiteral("true")));
                   const QStringList both = {c.conflicts.first().mine.toString(), c.conflicts.first().theirs.toString()};
                   QVERIFY(both.contains(QStringLiteral("false")) && both.contains(QStringLiteral("misleading")));
                   QCOMPARE(c.verdict, c.conflicts.first().mine.toString());
               });
        QTest::newRow("removed there, edited here: the edit stays, recorded")
            << Edit([](ClaimSetData &d) { d.claims.removeAt(indexOf(d, second)); })
            << Edit([](ClaimSetData &d) { claimIn(d, second).notes = QStringLiteral("still checking"); }) << true
            << Check([](const ClaimSetData &d) {
                   const Claim *c = findIn(d, second);
                   QVERIFY(c);
                   QCOMPARE(c->notes, QStringLiteral("still checking"));
                   QCOMPARE(c->conflicts.size(), 1);
                   QCOMPARE(c->conflicts.first().field, QStringLiteral("removed"));
                   QCOMPARE(d.claims.size(), 12);
               });
    }
    /// Priya commits in `a`, Tom in his clone `b`, Tom pulls.
    void pull()
    {
        QFETCH(Edit, editA);
        QFETCH(Edit, editB);
        QFETCH(bool, conflict);
        QFETCH(Check, check);
        QTemporaryDir tmp;
        QVERIFY(makeRepositories(tmp.path()));
        const QString a = tmp.path() + QLatin1String("/a"), b = tmp.path() + QLatin1String("/b");
        QVERIFY(editAndCommit(a, editA, QStringLiteral("Priya Natarajan")));
        QVERIFY(editAndCommit(b, editB, QStringLiteral("Tom Hale")));

        const Run pull = git(b, {QStringLiteral("pull"), QStringLiteral("--no-edit")}, QStringLiteral("Tom Hale"));
        QVERIFY2((pull.code == 0) == !conflict, qPrintable(pull.out + pull.err));
        const Run unmerged = git(b, {QStringLiteral("diff"), QStringLiteral("--name-only"), QStringLiteral("--diff-filter=U")});
        QCOMPARE(unmerged.out.trimmed(), conflict ? sidecar : QString());
        if (conflict)
            QVERIFY2(pull.out.contains(QLatin1String("CONFLICT")), qPrintable(pull.out));
        else
            QCOMPARE(git(b, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%P")}).out.split(QLatin1Char(' ')).size(), 2);

        // The sidecar stays valid either way: no conflict markers, it reads and validates, with every change.
        const QByteArray bytes = readFile(b + QLatin1Char('/') + sidecar);
        QVERIFY(!hasConflictMarkers(bytes));
        const Run validate = cli({QStringLiteral("validate"), sidecar, QStringLiteral("--document"), article}, b);
        QVERIFY2(validate.code == 0, qPrintable(validate.err));
        const Sidecar::ReadResult merged = Sidecar::read(b + QLatin1Char('/') + sidecar);
        QVERIFY(merged.ok());
        QCOMPARE(Sidecar::serialize(merged.data), bytes); // written deterministically
        check(merged.data);

        if (conflict) { // resolved in the file (as the workbench does), git accepts it
            GIT_OK(b, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), QStringLiteral("resolved")});
        }
    }

    void symmetric_data()
    {
        QTest::addColumn<Edit>("editA");
        QTest::addColumn<Edit>("editB");
        QTest::addColumn<bool>("conflict");
        QTest::newRow("clean")
            << Edit([](ClaimSetData &d) {
                   claimIn(d, first).notes = QStringLiteral("Priya's notes");
                   claimIn(d, first).history.append(entry("Priya Natarajan", 1, "p"));
                   d.claims.append(copyOf(d, first, addedA, "added by Priya"));
                   d.reviewers.append(QStringLiteral("Ana Lima"));
               })
            << Edit([](ClaimSetData &d) {
                   claimIn(d, first).verdict = QStringLiteral("mostly-true");
                   claimIn(d, first).history.append(entry("Tom Hale", 1, "t")); // the same minute
                   d.claims.append(copyOf(d, first, addedB, "added by Tom"));
                   d.reviewers.append(QStringLiteral("Ben Okoro"));
               })
            << false;
        QTest::newRow("same field")
            << Edit([](ClaimSetData &d) { claimIn(d, first).verdict = QStringLiteral("false"); })
            << Edit([](ClaimSetData &d) { claimIn(d, first).verdict = QStringLiteral("misleading"); }) << true;
        QTest::newRow("removed and edited")
            << Edit([](ClaimSetData &d) { d.claims.removeAt(indexOf(d, second)); })
            << Edit([](ClaimSetData &d) { claimIn(d, second).notes = QStringLiteral("still checking"); }) << true;
    }
    /// Branch pa merged into pb and pb into pa, in two clones: the same claims (the same file).
    void symmetric()
    {
        QFETCH(Edit, editA);
        QFETCH(Edit, editB);
        QFETCH(bool, conflict);
        QTemporaryDir tmp;
        QVERIFY(makeRepositories(tmp.path()));
        const QString a = tmp.path() + QLatin1String("/a"), b = tmp.path() + QLatin1String("/b");
        GIT_OK(a, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("pa")});
        QVERIFY(editAndCommit(a, editA, QStringLiteral("Priya Natarajan")));
        GIT_OK(b, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("pb")});
        QVERIFY(editAndCommit(b, editB, QStringLiteral("Tom Hale")));
        GIT_OK(a, {QStringLiteral("fetch"), QStringLiteral("-q"), b, QStringLiteral("pb:pb")});
        GIT_OK(b, {QStringLiteral("fetch"), QStringLiteral("-q"), a, QStringLiteral("pa:pa")});

        const Run intoA = git(a, {QStringLiteral("merge"), QStringLiteral("--no-edit"), QStringLiteral("pb")});
        const Run intoB = git(b, {QStringLiteral("merge"), QStringLiteral("--no-edit"), QStringLiteral("pa")}, QStringLiteral("Tom Hale"));
        QCOMPARE(intoA.code != 0, conflict);
        QCOMPARE(intoB.code != 0, conflict);
        const Sidecar::ReadResult ra = Sidecar::read(a + QLatin1Char('/') + sidecar);
        const Sidecar::ReadResult rb = Sidecar::read(b + QLatin1Char('/') + sidecar);
        QVERIFY(ra.ok() && rb.ok());
        QCOMPARE(ra.data.claims.size(), rb.data.claims.size());
        for (qsizetype i = 0; i < ra.data.claims.size(); ++i)
            QCOMPARE(ra.data.claims.at(i), rb.data.claims.at(i));
        QCOMPARE(ra.data, rb.data);
        QCOMPARE(readFile(a + QLatin1Char('/') + sidecar), readFile(b + QLatin1Char('/') + sidecar));
    }

    void mergeCommand()
    {
        QTemporaryDir tmp;
        const QString base = tmp.filePath(QStringLiteral("base")), ours = tmp.filePath(QStringLiteral("ours")),
                      theirs = tmp.filePath(QStringLiteral("theirs"));
        Sidecar::ReadResult example = Sidecar::read(exampleDir + sidecar);
        QVERIFY(example.ok());
        ClaimSetData o = example.data, t = example.data;
        claimIn(o, first).notes = QStringLiteral("ours");
        claimIn(t, first).notes = QStringLiteral("theirs");
        claimIn(t, second).notes = QStringLiteral("only theirs");
        QVERIFY(QFile::copy(exampleDir + sidecar, base));
        QVERIFY(!Sidecar::write(ours, o).isValid());
        QVERIFY(!Sidecar::write(theirs, t).isValid());
        const Run r = cli({QStringLiteral("merge"), base, ours, theirs, QStringLiteral("--path"), sidecar});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(sidecar + QLatin1String(": 1 claim has conflicting changes")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String(first)));
        const Sidecar::ReadResult merged = Sidecar::read(ours);
        QVERIFY(merged.ok());
        QCOMPARE(findIn(merged.data, second)->notes, QStringLiteral("only theirs"));
        QCOMPARE(findIn(merged.data, first)->conflicts.size(), 1);

        // An empty base (both sides added the file): claims of both, no conflict for claims only one side has.
        QFile empty(base);
        QVERIFY(empty.open(QIODevice::WriteOnly | QIODevice::Truncate));
        empty.close();
        ClaimSetData onlyOurs = example.data, onlyTheirs = example.data;
        onlyOurs.claims = {*findIn(example.data, first)};
        onlyTheirs.claims = {*findIn(example.data, second)};
        QVERIFY(!Sidecar::write(ours, onlyOurs).isValid());
        QVERIFY(!Sidecar::write(theirs, onlyTheirs).isValid());
        const Run added = cli({QStringLiteral("merge"), base, ours, theirs});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        QCOMPARE(Sidecar::read(ours).data.claims.size(), 2);

        // An unreadable side: OURS is left as it was, and git is told it is not merged.
        const QByteArray before = readFile(ours);
        QFile broken(theirs);
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("{\"format\": \"claimbench.claims\", <<<<<<<");
        broken.close();
        const Run bad = cli({QStringLiteral("merge"), base, ours, theirs, QStringLiteral("--path"), sidecar});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(sidecar + QLatin1String(" (theirs):")), qPrintable(bad.err));
        QCOMPARE(readFile(ours), before);

        QCOMPARE(cli({QStringLiteral("merge"), base, ours}).code, 2);
    }

    /// A FIFO given as a side of the merge, or as .gitattributes: an error, not a hang (readRegularFile()); OURS
    /// is left as it was.
    void fifos()
    {
        QTemporaryDir tmp;
        const QString ours = tmp.filePath(QStringLiteral("ours")), pipe = tmp.filePath(QStringLiteral("pipe"));
        QVERIFY(QFile::copy(exampleDir + sidecar, ours));
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        const QByteArray before = readFile(ours);
        for (const QStringList &sides : {QStringList{pipe, ours, ours}, QStringList{ours, ours, pipe}}) {
            const Run r = cli(QStringList{QStringLiteral("merge")} + sides + QStringList{QStringLiteral("--path"), sidecar});
            QCOMPARE(r.code, 1);
            const char *side = sides.first() == pipe ? " (base): error: cannot open: not a regular file"
                                                     : " (theirs): error: cannot open: not a regular file";
            QVERIFY2(r.err.contains(sidecar + QLatin1String(side)), qPrintable(r.err));
            QCOMPARE(readFile(ours), before);
        }

        const QString repo = tmp.filePath(QStringLiteral("repo"));
        QVERIFY(QDir().mkpath(repo));
        GIT_OK(repo, {QStringLiteral("init"), QStringLiteral("-q")});
        QCOMPARE(::mkfifo(QFile::encodeName(repo + QLatin1String("/.gitattributes")).constData(), 0600), 0);
        const Run setup = cli({QStringLiteral("git-setup"), repo});
        QCOMPARE(setup.code, 1);
        QVERIFY2(setup.err.contains(QLatin1String(".gitattributes: error: cannot open: not a regular file")),
                 qPrintable(setup.err));
    }
};

QTEST_GUILESS_MAIN(GitMergeTest)
#include "gitmerge_test.moc"
