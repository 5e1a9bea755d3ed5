// SPDX-License-Identifier: GPL-2.0-or-later
// Learning from a desk (plugin/checkworthy/desklearning.h): a fixture desk's sidecars give the decisions
// (marked claims positive, dismissed suggestions and dismissed claims negative), the desk model trained on them
// moves the predictions their way, is stored in the desk folder, refuses another base model, and is used by the
// detector in a worker process when CLAIMBENCH_DESK names the desk.
#include "desk.h"
#include "desklearning.h"
#include "pluginmanager.h"
#include "sidecar.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;
using namespace Claimbench::CheckWorthy;
using namespace Qt::StringLiterals;

namespace {

const QString Marked = u"The state cut school funding by 12 percent in 2019, the largest cut in the nation."_s;
const QString DismissedSuggestionSentence = u"Our county has a long partnership with Jiangsu province in China."_s;
const QString DismissedClaimSentence = u"Last year the council spent 3 million pounds on new offices."_s;
const QString Filler = u"Thank you all for coming."_s;

QString article()
{
    return Filler + u"\n\n"_s + Marked + u" "_s + DismissedSuggestionSentence + u"\n\n"_s + DismissedClaimSentence + u"\n"_s;
}

Claim claimOn(const QString &text, const QString &exact, ClaimStatus status)
{
    Claim c;
    c.id = QUuid::createUuidV5(QUuid(), exact);
    c.claimType = u"check-worthy"_s;
    c.quote.exact = exact;
    c.start = text.indexOf(exact); // ASCII: code points == UTF-16 units
    c.end = c.start + exact.size();
    c.status = status;
    return c;
}

ClaimSetData decisions(const QString &text)
{
    ClaimSetData data;
    data.claims << claimOn(text, u"cut school funding by 12 percent in 2019"_s, ClaimStatus::Open)
                << claimOn(text, u"spent 3 million pounds"_s, ClaimStatus::Dismissed);
    data.dismissed << DismissedSuggestion{u"quantity"_s, u"a long partnership"_s};
    data.sortClaims();
    return data;
}

// A desk folder with one article and its sidecar.
bool writeDesk(const QString &dir)
{
    const QString doc = QDir(dir).filePath(u"articles/council.txt"_s);
    if (!QDir().mkpath(QFileInfo(doc).absolutePath()))
        return false;
    QFile f(doc);
    const QByteArray bytes = article().toUtf8();
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    ClaimSetData data = decisions(article());
    data.document = identifyDocument(doc, bytes);
    return !Sidecar::write(Sidecar::pathFor(doc), data).isValid();
}

} // namespace

class DeskLearningTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void decisionsFromOneArticle()
    {
        const QList<Example> examples = articleDecisions(article(), decisions(article()));
        const QList<Example> expected = {{Marked, true}, {DismissedSuggestionSentence, false}, {DismissedClaimSentence, false}};
        QCOMPARE(examples, expected);
    }

    void aClaimAndADismissalInOneSentenceIsPositive()
    {
        ClaimSetData data = decisions(article());
        data.dismissed << DismissedSuggestion{u"temporal-event"_s, u"in 2019"_s};
        QCOMPARE(articleDecisions(article(), data).first(), (Example{Marked, true}));
    }

    void trainingMovesPredictionsAndIsStored()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeDesk(dir.path()));
        const DeskTraining t = trainDeskFolder(dir.path());
        QVERIFY2(t.ok(), qPrintable(t.error.toString()));
        QCOMPARE(t.decisions.articles, 1);
        QCOMPARE(t.path, dir.filePath(u".claimbench/checkworthy-desk.model"_s));
        QFile f(t.path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString error;
        const DeskModel stored = DeskModel::fromBytes(f.readAll(), &error);
        QVERIFY2(stored.isValid(), qPrintable(error));
        QCOMPARE(stored.positives(), 1);
        QCOMPARE(stored.negatives(), 2);
        QCOMPARE(stored.base(), Model::shipped().id());
        QVERIFY(stored.size() > 0);
        QVERIFY(f.size() < 64 * 1024); // small: only the weights the decisions moved

        const Model &shipped = Model::shipped();
        const Model desk = stored.apply(shipped, &error);
        QVERIFY2(desk.isValid(), qPrintable(error));
        // Dismissed sentences go down; the marked one gains on them (it is check-worthy for the shipped model
        // already, so its own gradient is small while the dismissals pull shared words down).
        QVERIFY(desk.score(DismissedSuggestionSentence) < shipped.score(DismissedSuggestionSentence));
        QVERIFY(desk.score(DismissedClaimSentence) < shipped.score(DismissedClaimSentence));
        auto gain = [&](const QString &text) { return desk.score(text) - shipped.score(text); };
        auto marginGain = [&](const QString &text) {
            const std::unique_ptr<WholeText> w = wholeText(text);
            return desk.margin(w->sentence) - shipped.margin(w->sentence);
        };
        QVERIFY(gain(Marked) > gain(DismissedClaimSentence));
        QVERIFY(marginGain(Marked) > marginGain(DismissedSuggestionSentence));
        QCOMPARE(desk.threshold(), shipped.threshold());
    }

    void aMarkedSentenceTheModelMissedGoesUp()
    {
        const Model &shipped = Model::shipped();
        const Model desk = trainDesk(shipped, {{Filler, true}}, deskSettings());
        QVERIFY(desk.score(Filler) > shipped.score(Filler));
        QCOMPARE(trainDesk(shipped, {{Filler, true}}, deskSettings()).toBytes(), desk.toBytes()); // deterministic
    }

    void anotherBaseIsRefused()
    {
        DeskModel desk;
        trainDesk(Model::shipped(), {{Marked, true}}, deskSettings(), &desk);
        Settings small;
        small.hashBits = 10;
        const Model other = train({{Marked, true}, {Filler, false}}, small);
        QString error;
        QVERIFY(!desk.apply(other, &error).isValid());
        QVERIFY(error.contains(u"trained on another model"_s));
    }

    void damagedDeskModelIsRefused()
    {
        DeskModel desk;
        trainDesk(Model::shipped(), {{Marked, true}}, deskSettings(), &desk);
        const QByteArray bytes = desk.toBytes();
        QString error;
        QVERIFY(DeskModel::fromBytes(bytes, &error).isValid());
        QVERIFY(!DeskModel::fromBytes(bytes.chopped(3), &error).isValid());
        QCOMPARE(error, u"truncated or damaged desk model"_s);
        QVERIFY(!DeskModel::fromBytes("CBCW", &error).isValid());
        QCOMPARE(error, u"not a desk model"_s);
    }

    void emptyDeskIsAnError()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const DeskTraining t = trainDeskFolder(dir.path());
        QVERIFY(!t.ok());
        QVERIFY(t.error.message.startsWith(u"no decisions"_s));
        QVERIFY(!QFile::exists(deskModelPath(dir.path())));
    }

    void detectorUsesTheDeskModel()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeDesk(dir.path()));
        QVERIFY(trainDeskFolder(dir.path()).ok());
        QFile f(deskModelPath(dir.path()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString error;
        const Model desk = DeskModel::fromBytes(f.readAll(), &error).apply(Model::shipped(), &error);
        QVERIFY(desk.isValid());
        QVERIFY(desk.score(Marked) >= desk.threshold());
        // A worker started now reads the desk model (the variable is inherited), once, when the plugin loads.
        qputenv("CLAIMBENCH_DESK", dir.path().toLocal8Bit());
        PluginManager manager;
        manager.setIsolation(PluginManager::Isolation::Worker);
        manager.setSearchPaths({QStringLiteral(CLAIMBENCH_PLUGIN_DIR)});
        manager.loadPlugins();
        const QList<PluginSuggestion> found = manager.detect(Marked, Cancellation(), {u"check-worthy"_s});
        qunsetenv("CLAIMBENCH_DESK");
        QCOMPARE(found.size(), 1);
        QVERIFY(std::abs(found.first().suggestion.confidence - desk.score(Marked)) < 1e-9);
        QVERIFY(std::abs(found.first().suggestion.confidence - Model::shipped().score(Marked)) > 1e-6);
    }

    // The desk of a document: the nearest folder up from it that holds a desk file.
    void deskOfADocument()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString desk = dir.filePath(u"desk"_s);
        QVERIFY(QDir().mkpath(desk + u"/politics/2026"_s));
        QVERIFY(QDir().mkpath(dir.filePath(u"elsewhere"_s)));
        QVERIFY(!DeskFile::write(desk, DeskSettings()).isValid());
        const QString clean = QDir::cleanPath(QFileInfo(desk).absoluteFilePath());
        QCOMPARE(deskDirOf(desk + u"/politics/2026/article.txt"_s), clean); // need not exist
        QCOMPARE(deskDirOf(desk + u"/politics"_s), clean);
        QCOMPARE(deskDirOf(desk + u"/article.txt"_s), clean);
        QCOMPARE(deskDirOf(desk), clean);
        QCOMPARE(deskDirOf(dir.filePath(u"elsewhere/article.txt"_s)), QString());
        QCOMPARE(deskDirOf(QString()), QString());
        // A desk inside a desk: the nearest one.
        QVERIFY(!DeskFile::write(desk + u"/politics"_s, DeskSettings()).isValid());
        QCOMPARE(deskDirOf(desk + u"/politics/2026/article.txt"_s), clean + u"/politics"_s);
    }

    // The detector follows the desk of the document it is given (in process; workers inherit the variable), and
    // a desk model trained again is read again.
    void detectorUsesTheDeskOfTheDocument()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeDesk(dir.path()));
        QVERIFY(!DeskFile::write(dir.path(), DeskSettings()).isValid());
        const QString doc = dir.filePath(u"articles/council.txt"_s);
        const double shipped = Model::shipped().score(Marked);
        // A desk without a desk model: its folder is named, and the shipped model scores.
        QCOMPARE(useDeskModelFor(doc), QDir::cleanPath(dir.path()));
        QCOMPARE(activeModel()->score(Marked), shipped);

        QVERIFY(trainDeskFolder(dir.path()).ok());
        QCOMPARE(useDeskModelFor(doc), QDir::cleanPath(dir.path()));
        QCOMPARE(qEnvironmentVariable(DeskVariable), QDir::cleanPath(dir.path()));
        const double first = activeModel()->score(Marked);
        QVERIFY(std::abs(first - shipped) > 1e-6);
        QVERIFY(activeModel() == activeModel()); // read once while the file stays

        // Another decision, trained again: the new file is read (its size changes with the weights moved).
        ClaimSetData more = decisions(article());
        more.claims << claimOn(article(), u"Thank you all for coming."_s, ClaimStatus::Open);
        more.sortClaims();
        more.document = identifyDocument(doc, article().toUtf8());
        QVERIFY(!Sidecar::write(Sidecar::pathFor(doc), more).isValid());
        const DeskTraining again = trainDeskFolder(dir.path());
        QVERIFY(again.ok());
        QCOMPARE(again.model.positives(), 2);
        QFile f(again.path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString error;
        const Model expected = DeskModel::fromBytes(f.readAll(), &error).apply(Model::shipped(), &error);
        QVERIFY2(expected.isValid(), qPrintable(error));
        QVERIFY(expected.score(Marked) != first);
        QCOMPARE(activeModel()->score(Marked), expected.score(Marked));

        // A document outside any desk: the shipped model again.
        QTemporaryDir outside;
        QCOMPARE(useDeskModelFor(outside.filePath(u"a.txt"_s)), QString());
        QVERIFY(qEnvironmentVariable(DeskVariable).isEmpty());
        QCOMPARE(activeModel()->score(Marked), shipped);
    }

    void scanUsesTheDeskOfTheDocument()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeDesk(dir.path()));
        QVERIFY(!DeskFile::write(dir.path(), DeskSettings()).isValid());
        const DeskTraining t = trainDeskFolder(dir.path());
        QVERIFY(t.ok());
        QString error;
        const Model desk = t.model.apply(Model::shipped(), &error);
        QVERIFY(desk.isValid());
        const QString doc = dir.filePath(u"marked.txt"_s);
        QFile f(doc);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(Marked.toUtf8() + "\n");
        f.close();
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QString::fromLatin1(DeskVariable));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(CLAIMBENCH_CLI), {u"scan"_s, u"--json"_s, u"--types"_s, u"check-worthy"_s, doc});
        QVERIFY(cli.waitForFinished(-1)); // no time limit: it ends or the test's own limit stops it
        QCOMPARE(cli.exitCode(), 0);
        const QJsonArray list = QJsonDocument::fromJson(cli.readAllStandardOutput()).object().value(u"suggestions"_s).toArray();
        QCOMPARE(list.size(), 1);
        QVERIFY(std::abs(list.first().toObject().value(u"confidence"_s).toDouble() - desk.score(Marked)) < 1e-9);
    }

    void trainingReportsProgressAndCancels()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeDesk(dir.path()));
        QList<QPair<int, int>> steps;
        const DeskTraining done = trainDeskFolder(dir.path(), Model::shipped(), Cancellation(),
                                                  [&](int n, int total) { steps << qMakePair(n, total); });
        QVERIFY(done.ok());
        QCOMPARE(steps, (QList<QPair<int, int>>{{1, 2}, {2, 2}})); // one article, then the training
        QVERIFY(QFile::remove(done.path));

        const Cancellation cancel;
        const DeskTraining stopped = trainDeskFolder(dir.path(), Model::shipped(), cancel, [&](int, int) { cancel.cancel(); });
        QVERIFY(stopped.cancelled);
        QVERIFY(!stopped.ok());
        QVERIFY(!stopped.model.isValid());
        QVERIFY(!QFile::exists(deskModelPath(dir.path())));
    }
};

QTEST_GUILESS_MAIN(DeskLearningTest)
#include "desklearning_test.moc"
