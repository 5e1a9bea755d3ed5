// SPDX-License-Identifier: GPL-2.0-or-later
// A review that uses everything a sidecar holds, for the W3C tests (w3c_test, w3cschema_test).
#pragma once

#include "claim.h"
#include "documenttext.h"
#include "sidecar.h"

#include <QFile>
#include <QJsonArray>
#include <QTimeZone>

namespace W3cFixture {

using namespace Claimbench;

inline ClaimSetData example()
{
    QFile f(QStringLiteral(CLAIMBENCH_SOURCE_DIR "/examples/essex-jiangsu.txt.claims.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return Sidecar::parse(f.readAll(), f.fileName()).data;
}

inline QString exampleText()
{
    QFile f(QStringLiteral(CLAIMBENCH_SOURCE_DIR "/examples/essex-jiangsu.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return decodeText(f.readAll()).text;
}

/// Fields, checklist, history, conflicts, reviewers, dismissed suggestions, sources in full, unknown keys, number
/// texts, an orphan, hostile text, the model's fact-check members and the article's source.
inline ClaimSetData rich()
{
    ClaimSetData d;
    d.document.fileName = QStringLiteral("rich article.html");
    d.document.mediaType = QStringLiteral("text/html");
    d.document.sha256 = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    d.document.length = 4000;
    d.document.encoding = DocumentEncoding{"UTF-8", true};
    d.document.source.url = QStringLiteral("https://news.example/2026/11/rich?x=1&y=%C3%A9");
    d.document.source.title = QStringLiteral("A rich article");
    d.document.source.siteName = QStringLiteral("News Example");
    d.reviewers = {QStringLiteral("ana"), QStringLiteral("bo b")};
    d.dismissed = {DismissedSuggestion{QStringLiteral("quantity"), QStringLiteral("40 per cent"), {}}};
    d.publication.publisher = QStringLiteral("Fact Desk");
    d.publication.url = QStringLiteral("https://factdesk.example/reviews/rich");
    d.extra.insert(QStringLiteral("x-top"), QJsonArray{1, QStringLiteral("two")});
    const QDateTime t0(QDate(2026, 11, 29), QTime(9, 30, 0, 250), QTimeZone::UTC);

    Claim a;
    a.id = QUuid::fromString(QStringLiteral("0d1f3a5e-7c2b-4e8a-9b61-2f4c6d8e0a13"));
    a.claimType = QStringLiteral("quantity");
    a.quote = TextQuote{QStringLiteral("£2.3 million </script><b>"), QStringLiteral("said to bring "), QStringLiteral(" a year")};
    a.start = 120;
    a.end = 145;
    a.targetExtra.insert(QStringLiteral("x-target"), true);
    a.status = ClaimStatus::Done;
    a.verdict = QStringLiteral("mostly-false");
    a.fields.insert(QStringLiteral("amount"), 2.3);
    a.fields.insert(QStringLiteral("unit"), QStringLiteral("GBP"));
    a.fields.insert(QStringLiteral("price"), 1.5);
    a.numberTexts.insert(QStringLiteral("/fields/price"), QByteArray("1.50")); // as the file wrote it
    a.fields.insert(QStringLiteral("tags"), QJsonArray{QStringLiteral("economy"), QStringLiteral("essex")});
    a.checklist.insert(QStringLiteral("find-source"), true);
    a.checklist.insert(QStringLiteral("ask-claimant"), false);
    Source s;
    s.url = QStringLiteral("https://www.ons.gov.uk/economy/x");
    s.title = QStringLiteral("Regional accounts");
    s.publisher = QStringLiteral("ONS");
    s.accessed = QDate(2026, 11, 28);
    s.archiveUrl = QStringLiteral("https://web.archive.org/web/2026/https://www.ons.gov.uk/economy/x");
    s.excerpt = QStringLiteral("Gross value added rose by 1.2%.");
    s.note = QStringLiteral("table 3");
    s.extra.insert(QStringLiteral("x-src"), QStringLiteral("kept"));
    a.sources = {s, Source{QStringLiteral("https://example.org/b"), {}, {}, {}, {}, {}, {}, {}}};
    a.notes = QStringLiteral("**Checked**\r\nwith the council\u2028and ONS. \uFEFF");
    a.claimant = Claimant{QStringLiteral("Kevin Bentley"), QStringLiteral("Leader of Essex County Council")};
    a.statement = QStringLiteral("The partnership brought £2.3 million a year.");
    a.conclusion = QStringLiteral("The figure counts one-off grants.");
    a.appearance = Appearance{QStringLiteral("https://video.example/speech"), QDate(2026, 11, 2)};
    a.assignee = QStringLiteral("ana");
    a.approvedBy = QStringLiteral("bo b");
    a.approved = t0.addSecs(7200);
    a.createdBy = QStringLiteral("ana");
    a.created = t0;
    a.modified = t0.addSecs(3600);
    a.history = {HistoryEntry{t0, QStringLiteral("ana"), QStringLiteral("created"), QJsonValue(), QJsonValue(), {}},
                 HistoryEntry{t0.addSecs(60), QStringLiteral("ana"), QStringLiteral("verdict"), QJsonValue(),
                              QStringLiteral("mostly-false"), {}}};
    a.conflicts = {FieldConflict{QStringLiteral("notes"), QStringLiteral("b"), QStringLiteral("m"), QStringLiteral("t"), {}}};
    a.extra.insert(QStringLiteral("x-claim"), QJsonObject{{QStringLiteral("n"), 1}});
    d.claims << a;

    Claim orphan;
    orphan.id = QUuid::fromString(QStringLiteral("5e2b7c1d-3a4f-4b6e-8d90-1c2e3f4a5b6c"));
    orphan.claimType = QStringLiteral("quote-attribution");
    orphan.quote.exact = QStringLiteral("\"We will not\" – مرحبا 😀");
    orphan.status = ClaimStatus::NeedsSecondReview;
    orphan.reReview = QStringLiteral("text-changed");
    orphan.createdBy = QStringLiteral("bo b");
    orphan.created = t0.addDays(1);
    orphan.modified = t0.addDays(1);
    d.claims << orphan;

    Claim plain;
    plain.id = QUuid::fromString(QStringLiteral("a3c1e5f7-0b2d-4f6a-8c1e-3d5f7a9b1c2e"));
    plain.claimType = QStringLiteral("unclassified");
    plain.quote.exact = QStringLiteral("x");
    plain.start = 0;
    plain.end = 1;
    d.claims << plain;
    d.sortClaims();
    return d;
}

} // namespace W3cFixture
