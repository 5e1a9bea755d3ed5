// SPDX-License-Identifier: GPL-2.0-or-later
#include "claimset.h"
#include "reanchor.h"
#include "report.h"
#include "sidecar.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Claimbench;

namespace {
Claim makeClaim(qsizetype start, qsizetype end, const QString &exact)
{
    Claim c;
    c.claimType = QStringLiteral("quantity");
    c.start = start;
    c.end = end;
    c.quote.exact = exact;
    return c;
}
const QString Text = QStringLiteral("The GDP grew 5% in 2023. A second sentence follows it here.");

// A set attached to `text` with one claim on `quote` (first occurrence), rated true and done when `rated`.
struct Attached {
    ClaimSet set;
    QString text;
    QUuid id;
    QDateTime now = QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::UTC);
    Attached(const QString &quote, bool rated, const QString &t = Text)
        : text(t)
    {
        set.setAuthor(QStringLiteral("ana"));
        set.setClock([this] { return now; });
        set.attachText(text);
        const qsizetype at = text.indexOf(quote);
        Claim c = makeClaim(toCodePoints(text, at), toCodePoints(text, at + quote.size()), quote);
        c.quote = quoteAtUtf16(text, at, at + quote.size());
        id = set.addClaim(c, Anchor(at, at + quote.size()));
        if (rated) {
            set.setField(id, QStringLiteral("verdict"), QStringLiteral("true"));
            set.setField(id, QStringLiteral("status"), QStringLiteral("done"));
        }
        now = now.addSecs(600); // later edits do not merge into the review's entries
    }
    // Replaces `removed` UTF-16 units at `position` by `added` and tells the set.
    void edit(qsizetype position, qsizetype removed, const QString &added)
    {
        text.replace(position, removed, added);
        set.applyTextEdit(TextEdit{position, removed, added.size()}, text);
    }
    // The same through the slice accessor, as an editor gives the text; `reads` gets every range asked for.
    void editSliced(qsizetype position, qsizetype removed, const QString &added, QList<std::pair<qsizetype, qsizetype>> &reads)
    {
        text.replace(position, removed, added);
        set.applyTextEdit(TextEdit{position, removed, added.size()}, [this, &reads](qsizetype from, qsizetype to) {
            reads.append({from, to});
            return text.mid(from, to - from);
        });
    }
    QList<HistoryEntry> targetEntries() const
    {
        QList<HistoryEntry> result;
        for (const HistoryEntry &h : set.claim(id).history) {
            if (h.field == QLatin1String("target"))
                result.append(h);
        }
        return result;
    }
};

struct Step {
    int position = 0;
    int removed = 0;
    QString added;
};
using Steps = QList<Step>;

QJsonObject target(qsizetype start, qsizetype end, const QString &exact, const QString &prefix, const QString &suffix)
{
    return QJsonObject{{QStringLiteral("start"), double(start)}, {QStringLiteral("end"), double(end)},
                       {QStringLiteral("exact"), exact},     {QStringLiteral("prefix"), prefix},
                       {QStringLiteral("suffix"), suffix}};
}
} // namespace

Q_DECLARE_METATYPE(Step)

class ClaimSetTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void setRatingScaleIsReversible()
    {
        ClaimSet set;
        const QUuid id = set.addClaim(makeClaim(10, 20, QStringLiteral("quote")));
        QVERIFY(set.setField(id, QStringLiteral("verdict"), QStringLiteral("half-true")).isNull());
        QSignalSpy scaleChanged(&set, &ClaimSet::ratingScaleChanged);
        QSignalSpy changed(&set, &ClaimSet::changed);
        RatingScale scale;
        scale.levels = {RatingLevel{QStringLiteral("correct"), QStringLiteral("Correct"), 3},
                        RatingLevel{QStringLiteral("wrong"), QStringLiteral("Wrong"), 1}};
        const RatingScale previous = set.setRatingScale(scale);
        QCOMPARE(previous, RatingScale::defaultScale());
        QCOMPARE(set.data().ratingScale, scale);
        QCOMPARE(set.data().ratingScale.level(QStringLiteral("correct")).value, 3);
        QCOMPARE(scaleChanged.count(), 1);
        QCOMPARE(changed.count(), 1);
        // Verdicts are left alone, and no history is written for the document-wide scale.
        QCOMPARE(set.claim(id).verdict, QStringLiteral("half-true"));
        // The same scale again is no change.
        QCOMPARE(set.setRatingScale(scale), scale);
        QCOMPARE(scaleChanged.count(), 1);
        QCOMPARE(changed.count(), 1);
        // Setting the returned scale back undoes it.
        QCOMPARE(set.setRatingScale(previous), scale);
        QCOMPARE(set.data().ratingScale, RatingScale::defaultScale());
        QCOMPARE(scaleChanged.count(), 2);
        QCOMPARE(changed.count(), 2);
    }
    void addKeepsPositionOrder()
    {
        ClaimSet set;
        set.setAuthor(QStringLiteral("ana"));
        QSignalSpy added(&set, &ClaimSet::claimAdded);
        QSignalSpy changed(&set, &ClaimSet::changed);
        const QUuid late = set.addClaim(makeClaim(50, 60, QStringLiteral("late")));
        const QUuid early = set.addClaim(makeClaim(10, 20, QStringLiteral("early")));
        QVERIFY(!late.isNull());
        QCOMPARE(added.count(), 2);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(set.count(), 2);
        QCOMPARE(set.claims().at(0).id, early);
        QCOMPARE(set.indexOf(late), 1);
        const Claim c = set.claim(early);
        QCOMPARE(c.createdBy, QStringLiteral("ana"));
        QVERIFY(c.created.isValid());
        QCOMPARE(c.history.size(), 1);
        QCOMPARE(c.history.at(0).field, QStringLiteral("created"));
        // The same id twice is refused.
        Claim dup = c;
        QVERIFY(set.addClaim(dup).isNull());
        QCOMPARE(set.count(), 2);
    }
    // Whoever changes a claim joins the review's reviewers, once, in the order they first changed something.
    void changingAClaimAddsItsAuthorToTheReviewers()
    {
        ClaimSet set;
        QVERIFY(set.data().reviewers.isEmpty());
        set.setAuthor(QString()); // nobody known: nobody listed
        const QUuid id = set.addClaim(makeClaim(10, 20, QStringLiteral("early")));
        QVERIFY(set.data().reviewers.isEmpty());
        set.setAuthor(QStringLiteral("ana"));
        QVERIFY(set.data().reviewers.isEmpty()); // naming oneself is not yet a change
        set.setField(id, QStringLiteral("status"), QStringLiteral("in-progress"));
        QCOMPARE(set.data().reviewers, QStringList{QStringLiteral("ana")});
        set.setField(id, QStringLiteral("notes"), QStringLiteral("Checked."));
        set.setAuthor(QStringLiteral("ben"));
        set.addClaim(makeClaim(30, 40, QStringLiteral("later")));
        QCOMPARE(set.data().reviewers, (QStringList{QStringLiteral("ana"), QStringLiteral("ben")}));
    }

    void setFieldRecordsHistory_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QJsonValue>("before");
        QTest::newRow("status") << QStringLiteral("status") << QJsonValue(QStringLiteral("in-progress"))
                                << QJsonValue(QStringLiteral("open"));
        QTest::newRow("verdict") << QStringLiteral("verdict") << QJsonValue(QStringLiteral("mostly-false"))
                                 << QJsonValue(QJsonValue::Null);
        QTest::newRow("notes") << QStringLiteral("notes") << QJsonValue(QStringLiteral("*checked*"))
                               << QJsonValue(QString());
        QTest::newRow("claimType") << QStringLiteral("claimType") << QJsonValue(QStringLiteral("x-unknown"))
                                   << QJsonValue(QStringLiteral("quantity"));
        QTest::newRow("fields") << QStringLiteral("fields.unit") << QJsonValue(QStringLiteral("GBP"))
                                << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("checklist") << QStringLiteral("checklist.primary-source") << QJsonValue(true)
                                   << QJsonValue(QJsonValue::Null);
        QJsonObject source{{QStringLiteral("url"), QStringLiteral("https://example.org/a")}};
        QTest::newRow("sources") << QStringLiteral("sources") << QJsonValue(QJsonArray{source})
                                 << QJsonValue(QJsonArray());
        const QJsonValue none(QJsonValue::Null);
        QTest::newRow("claimant") << QStringLiteral("claimant")
                                  << QJsonValue(QJsonObject{{QStringLiteral("name"), QStringLiteral("Kevin Bentley")},
                                                            {QStringLiteral("role"), QStringLiteral("Council leader")}})
                                  << none;
        QTest::newRow("claimant organisation")
            << QStringLiteral("claimant")
            << QJsonValue(QJsonObject{{QStringLiteral("name"), QStringLiteral("Essex County Council")},
                                      {QStringLiteral("type"), QStringLiteral("organization")}})
            << none;
        QTest::newRow("statement") << QStringLiteral("statement") << QJsonValue(QStringLiteral("Essex gained millions"))
                                   << none;
        QTest::newRow("conclusion") << QStringLiteral("conclusion") << QJsonValue(QStringLiteral("No figure exists"))
                                    << none;
        QTest::newRow("appearance") << QStringLiteral("appearance")
                                    << QJsonValue(QJsonObject{{QStringLiteral("url"), QStringLiteral("https://e.org/s")},
                                                              {QStringLiteral("date"), QStringLiteral("2026-11-02")}})
                                    << none;
        QTest::newRow("assignee") << QStringLiteral("assignee") << QJsonValue(QStringLiteral("ana")) << none;
        QTest::newRow("approval") << QStringLiteral("approval")
                                  << QJsonValue(QJsonObject{{QStringLiteral("approvedBy"), QStringLiteral("cy")},
                                                            {QStringLiteral("approved"), QStringLiteral("2026-12-01T08:00:00Z")}})
                                  << none;
    }
    void setFieldRecordsHistory()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QJsonValue, before);
        ClaimSet set;
        QDateTime now(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::UTC);
        set.setClock([&now] { return now; });
        set.setAuthor(QStringLiteral("ben"));
        const QUuid id = set.addClaim(makeClaim(0, 4, QStringLiteral("text")));
        QSignalSpy changedSpy(&set, &ClaimSet::claimChanged);
        bool ok = false;
        const QJsonValue previous = set.setField(id, field, value, &ok);
        QVERIFY(ok);
        QCOMPARE(previous.isUndefined() ? QJsonValue(QJsonValue::Null) : previous,
                 before.isUndefined() ? QJsonValue(QJsonValue::Null) : before);
        QCOMPARE(set.field(id, field), value);
        QCOMPARE(changedSpy.count(), 1);
        QCOMPARE(changedSpy.at(0).at(1).toString(), field);
        const Claim c = set.claim(id);
        QCOMPARE(c.history.size(), 2);
        QCOMPARE(c.history.last().field, field);
        QCOMPARE(c.history.last().author, QStringLiteral("ben"));
        QCOMPARE(c.history.last().to, value);
        // Reversible: setting the previous value back restores the claim's field (a while later: a new entry;
        // within a minute the two would cancel out, see historyMergesQuickChanges).
        now = now.addSecs(ClaimSet::HistoryMergeSeconds + 1);
        QVERIFY(set.setField(id, field, previous, &ok) == value);
        QVERIFY(ok);
        const QJsonValue restored = set.field(id, field);
        QVERIFY(restored == previous || (restored.isNull() && (previous.isNull() || previous.isUndefined()))
                || (restored.isString() && restored.toString().isEmpty() && previous.toString().isEmpty()));
        QCOMPARE(set.claim(id).history.size(), 3);
    }
    void setFieldRejects_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("unknown status") << QStringLiteral("status") << QJsonValue(QStringLiteral("finished"));
        QTest::newRow("unknown verdict") << QStringLiteral("verdict") << QJsonValue(QStringLiteral("pants"));
        QTest::newRow("unknown field") << QStringLiteral("colour") << QJsonValue(QStringLiteral("red"));
        QTest::newRow("checklist not bool") << QStringLiteral("checklist.x") << QJsonValue(3);
        QTest::newRow("statement not text") << QStringLiteral("statement") << QJsonValue(7);
        QTest::newRow("claimant not an object") << QStringLiteral("claimant") << QJsonValue(QStringLiteral("Kevin"));
        QTest::newRow("claimant type") << QStringLiteral("claimant")
                                       << QJsonValue(QJsonObject{{QStringLiteral("name"), QStringLiteral("K")},
                                                                 {QStringLiteral("type"), QStringLiteral("robot")}});
        QTest::newRow("appearance date") << QStringLiteral("appearance")
                                         << QJsonValue(QJsonObject{{QStringLiteral("date"), QStringLiteral("soon")}});
        QTest::newRow("approval without a name")
            << QStringLiteral("approval")
            << QJsonValue(QJsonObject{{QStringLiteral("approved"), QStringLiteral("2026-12-01T08:00:00Z")}});
        QTest::newRow("target reversed")
            << QStringLiteral("target")
            << QJsonValue(QJsonObject{{QStringLiteral("start"), 5}, {QStringLiteral("end"), 2}});
    }
    void setFieldRejects()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        ClaimSet set;
        const QUuid id = set.addClaim(makeClaim(0, 4, QStringLiteral("text")));
        const Claim before = set.claim(id);
        QSignalSpy changed(&set, &ClaimSet::changed);
        bool ok = true;
        set.setField(id, field, value, &ok);
        QVERIFY(!ok);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(set.claim(id), before);
        set.setField(QUuid::createUuid(), QStringLiteral("notes"), QStringLiteral("x"), &ok);
        QVERIFY(!ok);
    }
    void approve_data()
    {
        QTest::addColumn<QString>("reviewer");
        QTest::addColumn<bool>("requireSecondReview");
        QTest::addColumn<bool>("rated");
        QTest::addColumn<QString>("error");
        // "ana" marked the claim, "ben" set its verdict.
        QTest::newRow("second reviewer") << QStringLiteral("cy") << true << true << QString();
        QTest::newRow("author, second review required")
            << QStringLiteral("ana") << true << true
            << QStringLiteral("ana marked this claim: the desk requires a second reviewer to approve it.");
        QTest::newRow("verdict's author, second review required")
            << QStringLiteral("ben") << true << true
            << QStringLiteral("ben set the verdict: the desk requires a second reviewer to approve it.");
        QTest::newRow("verdict's author, no second review required") << QStringLiteral("ben") << false << true << QString();
        QTest::newRow("no verdict") << QStringLiteral("cy") << false << false
                                    << QStringLiteral("There is no verdict to approve yet.");
        QTest::newRow("no name") << QString() << false << true
                                 << QStringLiteral("Set your name (Preferences) before approving: an approval records "
                                                   "who gave it.");
    }
    void approve()
    {
        QFETCH(QString, reviewer);
        QFETCH(bool, requireSecondReview);
        QFETCH(bool, rated);
        QFETCH(QString, error);
        ClaimSet set;
        QDateTime now(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::UTC);
        set.setClock([&now] { return now; });
        set.setAuthor(QStringLiteral("ana"));
        const QUuid id = set.addClaim(makeClaim(0, 4, QStringLiteral("text")));
        set.setAuthor(QStringLiteral("ben"));
        if (rated)
            set.setField(id, QStringLiteral("verdict"), QStringLiteral("false"));
        now = now.addSecs(3600);
        set.setAuthor(reviewer);
        const Claim before = set.claim(id);
        QSignalSpy changed(&set, &ClaimSet::claimChanged);
        QString message = QStringLiteral("untouched");
        QCOMPARE(set.approve(id, reviewer, requireSecondReview, &message), error.isEmpty());
        QCOMPARE(message, error);
        if (!error.isEmpty()) {
            QCOMPARE(set.claim(id), before);
            QCOMPARE(changed.count(), 0);
            return;
        }
        const Claim after = set.claim(id);
        QCOMPARE(after.approvedBy, reviewer);
        QCOMPARE(after.approved, now);
        QCOMPARE(after.history.last().field, QStringLiteral("approval"));
        QCOMPARE(after.history.last().author, reviewer);
        QVERIFY(after.history.last().from.isNull());
        QCOMPARE(after.history.last().to, approvalToJson(after));
        QCOMPARE(changed.count(), 1);
        // undone by setting the approval back
        now = now.addSecs(3600);
        set.setField(id, QStringLiteral("approval"), QJsonValue(QJsonValue::Null));
        QVERIFY(set.claim(id).approvedBy.isEmpty());
        QVERIFY(!set.claim(id).approved.isValid());
    }
    void prefillOnMark_data()
    {
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("claimant");
        QTest::newRow("a quantity") << QStringLiteral("brought millions\n of pounds ") << QJsonObject()
                                    << QStringLiteral("brought millions of pounds") << QString();
        QTest::newRow("a quote with its speaker")
            << QStringLiteral("I am concerned") << QJsonObject{{QStringLiteral("speaker"), QStringLiteral(" Andy Wood ")}}
            << QStringLiteral("I am concerned") << QStringLiteral("Andy Wood");
    }
    void prefillOnMark()
    {
        QFETCH(QString, quote);
        QFETCH(QJsonObject, fields);
        QFETCH(QString, statement);
        QFETCH(QString, claimant);
        Claim c = makeClaim(0, quote.size(), quote);
        c.fields = fields;
        prefillFactCheck(&c);
        QCOMPARE(c.statement, statement);
        QCOMPARE(c.claimant.name, claimant);
        // what someone wrote already stays
        c.statement = QStringLiteral("Mine");
        c.claimant.name = QStringLiteral("Someone");
        prefillFactCheck(&c);
        QCOMPARE(c.statement, QStringLiteral("Mine"));
        QCOMPARE(c.claimant.name, QStringLiteral("Someone"));
    }
    void setDocumentKeepsTheSource()
    {
        // Saving identifies the file again (name, hash, length): where the article came from is the sidecar's.
        ClaimSetData data;
        data.document.fileName = QStringLiteral("a.txt");
        data.document.source.url = QStringLiteral("https://news.example.org/a");
        ClaimSet set;
        set.setData(data);
        DocumentIdentity again;
        again.fileName = QStringLiteral("a.txt");
        again.sha256 = QString(64, QLatin1Char('a'));
        set.setDocument(again);
        QCOMPARE(set.data().document.sha256, again.sha256);
        QCOMPARE(set.data().document.source.url, QStringLiteral("https://news.example.org/a"));
        again.source.url = QStringLiteral("https://news.example.org/b"); // a new one given replaces it
        set.setDocument(again);
        QCOMPARE(set.data().document.source.url, QStringLiteral("https://news.example.org/b"));
    }
    void setPublicationIsReversible()
    {
        ClaimSet set;
        QSignalSpy publicationChanged(&set, &ClaimSet::publicationChanged);
        QSignalSpy changed(&set, &ClaimSet::changed);
        Publication p;
        p.publisher = QStringLiteral("Essex Fact Desk");
        p.url = QStringLiteral("https://factdesk.example.org/essex");
        p.datePublished = QDate(2026, 11, 29);
        QCOMPARE(set.setPublication(p), Publication());
        QCOMPARE(set.data().publication, p);
        QCOMPARE(publicationChanged.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(set.setPublication(p), p); // the same again: no change
        QCOMPARE(publicationChanged.count(), 1);
        QCOMPARE(set.setPublication(Publication()), p);
        QCOMPARE(set.data().publication, Publication());
        QCOMPARE(changed.count(), 2);
        // the JSON form (the sidecar's, the merge's) round-trips
        p.extra.insert(QStringLiteral("x-future"), 1);
        QCOMPARE(publicationFromJson(publicationToJson(p)), p);
        QCOMPARE(publicationToJson(p).value(QStringLiteral("datePublished")).toString(), QStringLiteral("2026-11-29"));
    }
    void removeAndRestore()
    {
        ClaimSet set;
        const QUuid id = set.addClaim(makeClaim(3, 8, QStringLiteral("words")));
        set.addClaim(makeClaim(0, 1, QStringLiteral("a")));
        QSignalSpy removed(&set, &ClaimSet::claimRemoved);
        QSignalSpy added(&set, &ClaimSet::claimAdded);
        const Claim old = set.claim(id);
        const Claim taken = set.removeClaim(id);
        QCOMPARE(taken, old);
        QCOMPARE(removed.count(), 1);
        QVERIFY(!set.claim(id).isValid());
        QCOMPARE(set.indexOf(id), qsizetype(-1));
        QVERIFY(!set.removeClaim(id).isValid());
        QVERIFY(set.restoreClaim(taken));
        QCOMPARE(added.count(), 1);
        const Claim back = set.claim(id);
        QCOMPARE(back.history.size(), old.history.size() + 1);
        QCOMPARE(back.history.last().field, QStringLiteral("restored"));
        QCOMPARE(set.indexOf(id), 1);
        QVERIFY(!set.restoreClaim(taken));
    }
    void positionsAndOrphans()
    {
        ClaimSet set;
        const QUuid a = set.addClaim(makeClaim(0, 4, QStringLiteral("aaaa")));
        const QUuid b = set.addClaim(makeClaim(10, 14, QStringLiteral("bbbb")));
        QSignalSpy moved(&set, &ClaimSet::claimMoved);
        QVERIFY(set.setPosition(a, 20, 24));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(set.claims().at(0).id, b);
        QVERIFY(set.setPosition(b, -1, -1));
        QVERIFY(set.claim(b).isOrphan());
        QCOMPARE(set.claim(b).quote.exact, QStringLiteral("bbbb"));
        QCOMPARE(set.claims().last().id, b);
        QVERIFY(!set.setPosition(a, 5, 2));
        QCOMPARE(set.claim(a).history.size(), 1); // following text is not a review change
    }
    void setDataAndDismissed()
    {
        ClaimSet set;
        QSignalSpy reset(&set, &ClaimSet::reset);
        ClaimSetData data;
        Claim x = makeClaim(9, 10, QStringLiteral("x"));
        x.id = QUuid::createUuid();
        Claim y = makeClaim(1, 2, QStringLiteral("y"));
        y.id = QUuid::createUuid();
        data.claims = {x, y};
        set.setData(data);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(set.claims().at(0).id, y.id);
        QCOMPARE(set.claim(x.id).quote.exact, QStringLiteral("x"));
        QSignalSpy changed(&set, &ClaimSet::changed);
        const DismissedSuggestion s{QStringLiteral("quantity"), QStringLiteral("42 million")};
        set.addDismissed(s);
        set.addDismissed(s);
        QCOMPARE(set.data().dismissed.size(), 1);
        QVERIFY(set.removeDismissed(s));
        QVERIFY(!set.removeDismissed(s));
        set.setReviewers({QStringLiteral("ana")});
        QCOMPARE(set.data().reviewers, QStringList{QStringLiteral("ana")});
        QCOMPARE(changed.count(), 3);
    }
    // Editing the text inside a claim: its quote follows, one "target" entry old → new, and a reviewed claim is
    // marked for re-review. Typing at its boundary (outside it) changes nothing but its position.
    void textEditsInsideClaimsRequote_data()
    {
        QTest::addColumn<int>("position");
        QTest::addColumn<int>("removed");
        QTest::addColumn<QString>("added");
        QTest::addColumn<bool>("rated");
        QTest::addColumn<QString>("exact"); // the quote afterwards; empty: unchanged
        QTest::addColumn<int>("start");     // the live position afterwards (UTF-16)
        QTest::addColumn<int>("end");
        // The claim is "grew 5%" at [8, 15) in "The GDP grew 5% in 2023. ..."
        QTest::newRow("typed inside, rated") << 13 << 0 << QStringLiteral("nearly ") << true
                                             << QStringLiteral("grew nearly 5%") << 8 << 22;
        QTest::newRow("typed inside, not reviewed") << 13 << 0 << QStringLiteral("nearly ") << false
                                                    << QStringLiteral("grew nearly 5%") << 8 << 22;
        QTest::newRow("replaced inside") << 13 << 1 << QStringLiteral("6") << true << QStringLiteral("grew 6%") << 8 << 15;
        QTest::newRow("deleted across its start") << 6 << 4 << QString() << true << QStringLiteral("ew 5%") << 6 << 11;
        QTest::newRow("deleted across its end") << 14 << 4 << QString() << true << QStringLiteral("grew 5") << 8 << 14;
        QTest::newRow("typed at its start (outside)") << 8 << 0 << QStringLiteral("X") << true << QString() << 9 << 16;
        QTest::newRow("typed at its end (outside)") << 15 << 0 << QStringLiteral("X") << true << QString() << 8 << 15;
        QTest::newRow("typed before") << 0 << 0 << QStringLiteral("Oh. ") << true << QString() << 12 << 19;
        QTest::newRow("deleted after") << 16 << 3 << QString() << true << QString() << 8 << 15;
    }
    void textEditsInsideClaimsRequote()
    {
        QFETCH(int, position);
        QFETCH(int, removed);
        QFETCH(QString, added);
        QFETCH(bool, rated);
        QFETCH(QString, exact);
        QFETCH(int, start);
        QFETCH(int, end);
        Attached a(QStringLiteral("grew 5%"), rated);
        const Claim before = a.set.claim(a.id);
        QSignalSpy changed(&a.set, &ClaimSet::claimChanged);
        a.edit(position, removed, added);
        QCOMPARE(a.set.anchor(a.id), Anchor(start, end));
        const Claim after = a.set.claim(a.id);
        if (exact.isEmpty()) {
            QCOMPARE(after.quote, before.quote);
            QCOMPARE(after.history, before.history);
            QCOMPARE(after.reReview, QString());
            QCOMPARE(changed.count(), 0);
            return;
        }
        QCOMPARE(after.quote, quoteAtUtf16(a.text, start, end));
        QCOMPARE(after.quote.exact, exact);
        QCOMPARE(after.history.size(), before.history.size() + 1);
        const HistoryEntry h = after.history.last();
        QCOMPARE(h.field, QStringLiteral("target"));
        QCOMPARE(h.author, QStringLiteral("ana"));
        QCOMPARE(h.when, a.now);
        QCOMPARE(h.from, QJsonValue(target(8, 15, QStringLiteral("grew 5%"), before.quote.prefix, before.quote.suffix)));
        QCOMPARE(h.to, QJsonValue(target(start, end, exact, after.quote.prefix, after.quote.suffix)));
        QCOMPARE(after.reReview, rated ? QStringLiteral("text-changed") : QString());
        QCOMPARE(after.verdict, rated ? QStringLiteral("true") : QString()); // kept: the reviewer decides
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toUuid(), a.id);
        QCOMPARE(changed.first().at(1).toString(), QStringLiteral("target"));
        // What the sidecar gets: the live position in code points and the same quote.
        const Claim saved = a.set.snapshot(a.text).claims.first();
        QCOMPARE(saved.start, qsizetype(start));
        QCOMPARE(saved.quote, after.quote);
    }

    // Typing several characters into a claim is one entry; typing them away again leaves no entry and no mark.
    void typingInsideIsOneEntry()
    {
        Attached a(QStringLiteral("grew 5%"), true);
        const qsizetype entries = a.set.claim(a.id).history.size();
        for (const QChar ch : QStringLiteral("abc")) {
            a.edit(13 + (ch.unicode() - 'a'), 0, QString(ch));
            a.now = a.now.addSecs(5);
        }
        QCOMPARE(a.set.claim(a.id).quote.exact, QStringLiteral("grew abc5%"));
        QCOMPARE(a.targetEntries().size(), 1);
        QCOMPARE(a.targetEntries().first().from.toObject().value(QStringLiteral("exact")).toString(), QStringLiteral("grew 5%"));
        QCOMPARE(a.targetEntries().first().to.toObject().value(QStringLiteral("exact")).toString(), QStringLiteral("grew abc5%"));
        QCOMPARE(a.set.claim(a.id).history.size(), entries + 1);
        for (int i = 0; i < 3; ++i)
            a.edit(15 - i, 1, QString());
        QCOMPARE(a.set.claim(a.id).quote.exact, QStringLiteral("grew 5%"));
        QCOMPARE(a.targetEntries().size(), 0);
        QCOMPARE(a.set.claim(a.id).history.size(), entries);
        QCOMPARE(a.set.claim(a.id).reReview, QString());
    }

    // Deleting the whole text of a claim makes it an orphan with its quote; setting it back re-anchors it.
    void deletingTheWholeClaimOrphans()
    {
        Attached a(QStringLiteral("grew 5%"), true);
        const Claim before = a.set.claim(a.id);
        QSignalSpy orphaned(&a.set, &ClaimSet::claimOrphaned);
        a.edit(4, 15, QString()); // "GDP grew 5% in "
        QCOMPARE(orphaned.count(), 1);
        QCOMPARE(orphaned.first().at(0).toUuid(), a.id);
        QCOMPARE(orphaned.first().at(1).value<Anchor>(), Anchor(8, 15));
        const Claim after = a.set.claim(a.id);
        QVERIFY(after.isOrphan());
        QCOMPARE(after.quote, before.quote);
        QCOMPARE(after.history, before.history);
        QVERIFY(!a.set.anchor(a.id).isValid());
        QVERIFY(a.set.snapshot(a.text).claims.first().isOrphan());
        // What undo does: the text comes back, then the claim's position.
        a.edit(4, 0, QStringLiteral("GDP grew 5% in "));
        QVERIFY(a.set.setAnchor(a.id, Anchor(8, 15), a.text));
        QVERIFY(!a.set.claim(a.id).isOrphan());
        QCOMPARE(a.set.snapshot(a.text).claims.first().quote, before.quote);
    }

    // What undo of a cut into a claim does: the text comes back, then the claim's old range; the quote follows.
    void setAnchorRequotes()
    {
        Attached a(QStringLiteral("grew 5%"), true);
        const Claim before = a.set.claim(a.id);
        QSignalSpy edited(&a.set, &ClaimSet::claimTextEdited);
        a.edit(6, 4, QString()); // "P gr"
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.first().at(1).value<Anchor>(), Anchor(8, 15));
        QCOMPARE(a.set.claim(a.id).quote.exact, QStringLiteral("ew 5%"));
        a.edit(6, 0, QStringLiteral("P gr")); // at the claim's start: it does not grow by itself
        QCOMPARE(a.set.claim(a.id).quote.exact, QStringLiteral("ew 5%"));
        QVERIFY(a.set.setAnchor(a.id, Anchor(8, 15), a.text));
        QCOMPARE(a.set.claim(a.id).quote, before.quote);
        QCOMPARE(a.set.claim(a.id).history, before.history);
        QCOMPARE(a.set.claim(a.id).reReview, QString());
    }

    // Positions in the sidecar are code points: a character outside the BMP before the claim counts once.
    void snapshotCountsCodePoints()
    {
        Attached a(QStringLiteral("grew 5%"), false, QStringLiteral("The 😀 GDP grew 5% in 2023."));
        QCOMPARE(a.set.anchor(a.id), Anchor(11, 18)); // UTF-16; code points [10, 17)
        a.edit(0, 0, QStringLiteral("😀"));
        QCOMPARE(a.set.anchor(a.id), Anchor(13, 20));
        const Claim c = a.set.snapshot(a.text).claims.first();
        QCOMPARE(c.start, qsizetype(11));
        QCOMPARE(c.end, qsizetype(18));
        QCOMPARE(c.quote.exact, QStringLiteral("grew 5%"));
        a.edit(17, 0, QStringLiteral("😀"));
        QCOMPARE(a.set.claim(a.id).quote.exact, QStringLiteral("grew😀 5%"));
        QCOMPARE(a.set.claim(a.id).start, qsizetype(11));
        QCOMPARE(a.set.claim(a.id).end, qsizetype(19));
        const QJsonObject from = a.targetEntries().first().from.toObject();
        QCOMPARE(from.value(QStringLiteral("start")).toDouble(), 11.0);
        QCOMPARE(from.value(QStringLiteral("end")).toDouble(), 18.0);
    }

    // A claim that moves past others keeps the lookup by id right for every claim (the index is updated for the
    // claims between its two places, not rebuilt).
    void lookupFollowsReordering()
    {
        ClaimSet set;
        QList<QUuid> ids;
        for (int i = 0; i < 6; ++i)
            ids.append(set.addClaim(makeClaim(i * 10, i * 10 + 5, QStringLiteral("c%1").arg(i))));
        QCOMPARE(set.indexOf(ids.at(0)), 0); // the index is built
        QVERIFY(set.setPosition(ids.at(1), 45, 48)); // from index 1 to index 4
        QVERIFY(set.setPosition(ids.at(5), 2, 3));   // from index 5 to index 1
        const QList<QUuid> order = {ids.at(0), ids.at(5), ids.at(2), ids.at(3), ids.at(4), ids.at(1)};
        for (qsizetype k = 0; k < order.size(); ++k) {
            QCOMPARE(set.claims().at(k).id, order.at(k));
            QCOMPARE(set.indexOf(order.at(k)), k);
            QCOMPARE(set.claim(order.at(k)).id, order.at(k));
        }
    }

    // The code points in a "target" entry stay exact with characters outside the BMP before and inside the claim,
    // also after earlier edits that added, split or joined surrogate pairs (the set follows them without reading the
    // text from its start).
    void astralCodePointsInHistory_data()
    {
        QTest::addColumn<Steps>("before"); // edits outside the claim first
        QTest::addColumn<int>("position"); // then this edit, which changes the claim's text
        QTest::addColumn<int>("removed");
        QTest::addColumn<QString>("added");
        QTest::addColumn<int>("fromStart"); // the entry's old and new range in code points
        QTest::addColumn<int>("fromEnd");
        QTest::addColumn<int>("toStart");
        QTest::addColumn<int>("toEnd");
        // "😀 The GDP grew 5😀% in 2023. ...": the claim "grew 5😀%" is UTF-16 [11, 20), code points [10, 18).
        const QString emoji = QStringLiteral("😀");
        QTest::newRow("emoji typed inside") << Steps{} << 15 << 0 << emoji << 10 << 18 << 10 << 19;
        QTest::newRow("emoji deleted inside") << Steps{} << 17 << 2 << QString() << 10 << 18 << 10 << 17;
        QTest::newRow("emoji typed before, then typed inside")
            << Steps{{3, 0, emoji}} << 17 << 0 << QStringLiteral("x") << 11 << 19 << 11 << 20;
        QTest::newRow("pair before split, then replaced inside")
            << Steps{{1, 0, QStringLiteral("x")}} << 17 << 1 << QStringLiteral("6") << 12 << 20 << 12 << 20;
        QTest::newRow("pair before split and joined again, then typed inside")
            << Steps{{1, 0, QStringLiteral("x")}, {1, 1, QString()}} << 15 << 0 << emoji << 10 << 18 << 10 << 19;
        QTest::newRow("pair inside split") << Steps{} << 18 << 0 << QStringLiteral("x") << 10 << 18 << 10 << 20;
        QTest::newRow("deleted across its start with an emoji") << Steps{} << 0 << 13 << QString() << 10 << 18 << 0 << 6;
        // A replacement ending at the claim's end: what it adds stays outside (as for text typed at the end).
        QTest::newRow("emojis before, then its end replaced by emojis")
            << Steps{{0, 0, emoji + emoji}} << 21 << 3 << emoji + emoji << 12 << 20 << 12 << 18;
    }
    void astralCodePointsInHistory()
    {
        QFETCH(Steps, before);
        QFETCH(int, position);
        QFETCH(int, removed);
        QFETCH(QString, added);
        QFETCH(int, fromStart);
        QFETCH(int, fromEnd);
        QFETCH(int, toStart);
        QFETCH(int, toEnd);
        Attached a(QStringLiteral("grew 5😀%"), true, QStringLiteral("😀 The GDP grew 5😀% in 2023. A second sentence."));
        QCOMPARE(a.set.anchor(a.id), Anchor(11, 20));
        QList<std::pair<qsizetype, qsizetype>> reads;
        for (const Step &step : std::as_const(before))
            a.editSliced(step.position, step.removed, step.added, reads);
        QVERIFY(a.targetEntries().isEmpty()); // the claim's text is untouched so far
        const QString textBefore = a.text;
        const Anchor liveBefore = a.set.anchor(a.id);
        a.editSliced(position, removed, added, reads);
        const Anchor live = a.set.anchor(a.id);
        QVERIFY(live.isValid());
        QCOMPARE(a.targetEntries().size(), 1);
        const QJsonObject from = a.targetEntries().first().from.toObject();
        const QJsonObject to = a.targetEntries().first().to.toObject();
        // Against the table and against counting the whole text.
        QCOMPARE(from.value(QStringLiteral("start")).toInt(), fromStart);
        QCOMPARE(from.value(QStringLiteral("end")).toInt(), fromEnd);
        QCOMPARE(to.value(QStringLiteral("start")).toInt(), toStart);
        QCOMPARE(to.value(QStringLiteral("end")).toInt(), toEnd);
        QCOMPARE(qsizetype(fromStart), toCodePoints(textBefore, liveBefore.start()));
        QCOMPARE(qsizetype(toStart), toCodePoints(a.text, live.start()));
        QCOMPARE(qsizetype(toEnd), toCodePoints(a.text, live.end()));
        QCOMPARE(to.value(QStringLiteral("exact")).toString(), a.text.sliced(live.start(), live.length()));
        const Claim c = a.set.claim(a.id);
        QCOMPARE(c.start, qsizetype(toStart));
        QCOMPARE(c.end, qsizetype(toEnd));
        QCOMPARE(c.quote, quoteAtUtf16(a.text, live.start(), live.end()));
        const Claim saved = a.set.snapshot(a.text).claims.first();
        QCOMPARE(saved.start, c.start);
        QCOMPARE(saved.end, c.end);
        QCOMPARE(saved.quote, c.quote);
    }

    // Following an edit reads the text near it only: the inserted text and, inside a claim, the claim with its
    // quote's context; never the text from its start (a keystroke in a 5 MB document copies no 5 MB).
    void editsReadOnlyNearTheEdit()
    {
        const QString head = QStringLiteral("😀") + QString(100000, QLatin1Char('a')) + QStringLiteral(" The GDP ");
        const QString text = head + QStringLiteral("grew 5% in 2023. ") + QString(100000, QLatin1Char('b'));
        Attached a(QStringLiteral("grew 5%"), true, text);
        const qsizetype at = head.size();
        QList<std::pair<qsizetype, qsizetype>> reads;
        auto unitsRead = [&reads] {
            qsizetype n = 0;
            for (const auto &[from, to] : std::as_const(reads)) {
                if (from < 0 || to < from)
                    return qsizetype(-1);
                n += to - from;
            }
            return n;
        };
        // Far from any claim: the inserted unit and one either side.
        a.editSliced(text.size() - 10, 0, QStringLiteral("x"), reads);
        QCOMPARE(unitsRead(), qsizetype(3));
        // Inside the claim: that, plus the claim and 64 units (32 code points' worth) either side.
        reads.clear();
        a.editSliced(at + 5, 0, QStringLiteral("nearly "), reads);
        QCOMPARE(a.set.anchor(a.id), Anchor(at, at + 14));
        QCOMPARE(unitsRead(), qsizetype((7 + 2) + (14 + 2 * 64)));
        for (const auto &[from, to] : std::as_const(reads))
            QVERIFY(from >= at - 64 && to <= at + 14 + 64);
        const Claim c = a.set.claim(a.id);
        QCOMPARE(c.quote, quoteAtUtf16(a.text, at, at + 14));
        QCOMPARE(c.start, toCodePoints(a.text, at)); // the emoji at the start counted once
        QCOMPARE(c.start, at - 1);
        QCOMPARE(a.targetEntries().first().from.toObject().value(QStringLiteral("start")).toInt(), int(at - 1));
    }

    // Re-anchoring found a claim only approximately: the text there is not what was reviewed.
    void fuzzyAnchoringRequotes()
    {
        ClaimSet set;
        set.setAuthor(QStringLiteral("ana"));
        const QString old = QStringLiteral("Intro. The regional economy grew by five per cent in 2023, officials said. End.");
        const QString now = QStringLiteral("Intro. The regional economy grew by six per cent in 2023, officials said. End.");
        const QString quote = QStringLiteral("The regional economy grew by five per cent in 2023");
        Claim c = makeClaim(7, 7 + quote.size(), quote);
        c.id = QUuid::createUuid();
        c.quote = quoteAtUtf16(old, 7, 7 + quote.size());
        c.verdict = QStringLiteral("true");
        Claim same = makeClaim(0, 6, QStringLiteral("Intro."));
        same.id = QUuid::createUuid();
        same.quote = quoteAtUtf16(old, 0, 6);
        same.verdict = QStringLiteral("true");
        ClaimSetData data;
        data.claims = {c, same};
        const QList<AnchorResult> results = reanchor(now, data.claims);
        QCOMPARE(results.size(), 2);
        set.setData(data);
        QSignalSpy changed(&set, &ClaimSet::claimChanged);
        set.attachText(now, results);
        const Claim after = set.claim(c.id);
        QCOMPARE(results.at(0).state, AnchorState::Fuzzy);
        QCOMPARE(after.quote.exact, now.mid(after.start, after.end - after.start));
        QVERIFY(after.quote.exact.contains(QStringLiteral("six")));
        QCOMPARE(after.history.size(), 1);
        QCOMPARE(after.history.first().field, QStringLiteral("target"));
        QCOMPARE(after.history.first().from.toObject().value(QStringLiteral("exact")).toString(), quote);
        QCOMPARE(after.reReview, QStringLiteral("text-changed"));
        QCOMPARE(changed.count(), 1);
        // Found exactly: nothing to review again.
        QCOMPARE(set.claim(same.id).reReview, QString());
        QVERIFY(set.claim(same.id).history.isEmpty());
        // A new verdict (or status) is the re-review: the mark goes.
        set.setField(c.id, QStringLiteral("verdict"), QStringLiteral("false"));
        QCOMPARE(set.claim(c.id).reReview, QString());
    }

    // Consecutive changes of one field of one claim by one author within a minute are one history entry.
    void historyMergesQuickChanges()
    {
        ClaimSet set;
        QDateTime now(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::UTC);
        set.setClock([&now] { return now; });
        set.setAuthor(QStringLiteral("ana"));
        const QUuid id = set.addClaim(makeClaim(0, 4, QStringLiteral("text")));
        const QUuid other = set.addClaim(makeClaim(5, 9, QStringLiteral("more")));
        const QStringList verdicts = {QStringLiteral("true"),         QStringLiteral("mostly-true"),
                                      QStringLiteral("half-true"),    QStringLiteral("mostly-false"),
                                      QStringLiteral("false"),        QStringLiteral("misleading"),
                                      QStringLiteral("unproven"),     QStringLiteral("not-checkable")};
        auto entries = [&](const QUuid &claim) { return set.claim(claim).history.mid(1); }; // after "created"
        for (const QString &v : verdicts) {
            set.setField(id, QStringLiteral("verdict"), v);
            set.setField(other, QStringLiteral("notes"), v); // another claim's changes in between do not matter
            now = now.addSecs(7);
        }
        QCOMPARE(entries(id).size(), 1);
        QCOMPARE(entries(id).first().from, QJsonValue(QJsonValue::Null));
        QCOMPARE(entries(id).first().to, QJsonValue(QStringLiteral("not-checkable")));
        QCOMPARE(entries(id).first().when, now.addSecs(-7));
        QCOMPARE(set.claim(id).modified, now.addSecs(-7));
        QCOMPARE(entries(other).size(), 1);

        // 61 s later: a new entry.
        now = now.addSecs(61 - 7);
        set.setField(id, QStringLiteral("verdict"), QStringLiteral("false"));
        QCOMPARE(entries(id).size(), 2);
        QCOMPARE(entries(id).last().from, QJsonValue(QStringLiteral("not-checkable")));
        QCOMPARE(entries(id).last().to, QJsonValue(QStringLiteral("false")));

        // Another author: a new entry.
        now = now.addSecs(1);
        set.setAuthor(QStringLiteral("ben"));
        set.setField(id, QStringLiteral("verdict"), QStringLiteral("true"));
        QCOMPARE(entries(id).size(), 3);
        QCOMPARE(entries(id).last().author, QStringLiteral("ben"));

        // Another field in between: a new entry for the verdict after it.
        set.setField(id, QStringLiteral("status"), QStringLiteral("done"));
        set.setField(id, QStringLiteral("verdict"), QStringLiteral("half-true"));
        QCOMPARE(entries(id).size(), 5);

        // Stepping back to where a run of changes started: no entry.
        now = now.addSecs(120);
        const qsizetype before = set.claim(id).history.size();
        set.setField(id, QStringLiteral("notes"), QStringLiteral("a"));
        set.setField(id, QStringLiteral("notes"), QStringLiteral("ab"));
        QCOMPARE(set.claim(id).history.size(), before + 1);
        set.setField(id, QStringLiteral("notes"), QString());
        QCOMPARE(set.claim(id).history.size(), before);
        QCOMPARE(set.claim(id).notes, QString());
    }

    // A reason goes into its change's history entry, which then never merges with the next change of that
    // field, survives the sidecar (omitted when empty) and is shown by the reports.
    void reasonGoesIntoHistory()
    {
        ClaimSet set;
        QDateTime now(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::UTC);
        set.setClock([&now] { return now; });
        set.setAuthor(QStringLiteral("ana"));
        const QUuid id = set.addClaim(makeClaim(0, 4, QStringLiteral("text")));
        bool ok = false;
        set.setField(id, QStringLiteral("status"), QStringLiteral("done"), &ok, QStringLiteral("  confirmed\nby phone "));
        QVERIFY(ok);
        now = now.addSecs(5);
        set.setField(id, QStringLiteral("status"), QStringLiteral("in-progress"));
        const QList<HistoryEntry> h = set.claim(id).history;
        QCOMPARE(h.size(), 3); // created, done (with its reason), in-progress: not merged
        QCOMPARE(h.at(1).reason, QStringLiteral("confirmed by phone"));
        QCOMPARE(h.at(1).to, QJsonValue(QStringLiteral("done")));
        QCOMPARE(h.at(2).reason, QString());

        const QByteArray bytes = Sidecar::serialize(set.data());
        QCOMPARE(bytes.count("\"reason\""), 1);
        const Sidecar::ReadResult back = Sidecar::parse(bytes, QStringLiteral("a.txt.claims.json"));
        QVERIFY(back.ok());
        QCOMPARE(back.data.claims.first().history, h);
        QCOMPARE(Sidecar::serialize(back.data), bytes);

        ReportOptions options;
        options.includeHistory = true;
        const Report report = Report::build(set.data(), QStringLiteral("text more"), options);
        QVERIFY(reportToHtml(report).contains(QStringLiteral("confirmed by phone")));
        QVERIFY(reportToMarkdown(report).contains(QStringLiteral("confirmed by phone")));
        QVERIFY(reportToJson(report).contains("\"reason\": \"confirmed by phone\""));
    }

    void sourceJson()
    {
        Source s;
        s.url = QStringLiteral("https://example.org");
        s.title = QStringLiteral("T");
        s.accessed = QDate(2026, 11, 1);
        s.extra.insert(QStringLiteral("x-future"), 1);
        const QJsonObject o = sourceToJson(s);
        QCOMPARE(o.value(QStringLiteral("accessed")).toString(), QStringLiteral("2026-11-01"));
        QCOMPARE(sourceFromJson(o), s);
    }
};

QTEST_GUILESS_MAIN(ClaimSetTest)
#include "claimset_test.moc"
