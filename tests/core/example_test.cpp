// SPDX-License-Identifier: GPL-2.0-or-later
// The shipped sample review (examples/essex-jiangsu.txt.claims.json) is valid, canonical and anchored.
#include "documenttext.h"
#include "reanchor.h"
#include "sidecar.h"
#include "claimset.h"
#include "completeness.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace Claimbench;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}
} // namespace

class ExampleTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void example()
    {
        const QString docPath = QStringLiteral(CLAIMBENCH_SOURCE_DIR "/examples/essex-jiangsu.txt");
        const QByteArray docBytes = readAll(docPath);
        const QByteArray sidecarBytes = readAll(Sidecar::pathFor(docPath));
        QVERIFY(!docBytes.isEmpty());
        QVERIFY(!sidecarBytes.isEmpty());
        const QString doc = decodeText(docBytes).text;

        const Sidecar::ReadResult r = Sidecar::read(Sidecar::pathFor(docPath), codePointLength(doc));
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).toString()));
        // Canonical: reading and writing reproduces the file byte for byte.
        QCOMPARE(Sidecar::serialize(r.data), sidecarBytes);
        // The example predates the recorded encoding: no "encoding" member (old files stay valid and unchanged).
        QVERIFY(!r.data.document.encoding.isValid());
        DocumentIdentity identity = identifyDocument(docPath, docBytes);
        QCOMPARE(identity.encoding, (DocumentEncoding{"UTF-8", false}));
        identity.encoding = {};
        // where the article came from is the sidecar's to say
        QVERIFY(r.data.document.source.url.startsWith(QLatin1String("https://")));
        QVERIFY(!r.data.document.source.title.isEmpty());
        QVERIFY(QDate::fromString(r.data.document.source.publishedTime, Qt::ISODate).isValid());
        identity.source = r.data.document.source;
        QCOMPARE(r.data.document, identity);

        // A realistic review as it is published: a fictional publisher, every claim with its claimant and a short
        // statement, conclusions for the rated ones, and each done claim approved by a second reviewer.
        const Publication &p = r.data.publication;
        QVERIFY(p.publisherUrl.startsWith(QLatin1String("https://factcheck.example.org/")));
        QVERIFY(p.url.startsWith(QLatin1String("https://factcheck.example.org/")));
        QVERIFY(p.logoUrl.startsWith(QLatin1String("https://factcheck.example.org/")));
        QVERIFY(!p.publisher.isEmpty() && !p.headline.isEmpty() && p.datePublished.isValid());
        int approved = 0, organisations = 0;
        for (const Claim &c : r.data.claims) {
            QVERIFY2(!c.claimant.name.isEmpty(), qPrintable(c.quote.exact));
            QVERIFY2(!c.statement.isEmpty() && c.statement.size() < 75, qPrintable(c.statement));
            organisations += c.claimant.organisation;
            if (c.status == ClaimStatus::Done) {
                QVERIFY(!c.conclusion.isEmpty());
                QVERIFY(c.approved.isValid());
                QVERIFY(c.approvedBy != c.createdBy && c.approvedBy != lastVerdictAuthor(c));
                QVERIFY(publishCheck(c, PublishRule{true}).mayPublish());
                ++approved;
            } else {
                QVERIFY(!publishCheck(c, PublishRule{}).mayPublish());
            }
        }
        QCOMPARE(approved, 5);
        QVERIFY(organisations > 0 && organisations < r.data.claims.size());

        QCOMPARE(r.data.claims.size(), 12);
        QSet<QString> types;
        int withVerdict = 0, withSources = 0, withNotes = 0;
        for (const Claim &c : r.data.claims) {
            types.insert(c.claimType);
            withVerdict += !c.verdict.isEmpty();
            withSources += !c.sources.isEmpty();
            withNotes += !c.notes.isEmpty();
            QVERIFY(!c.history.isEmpty());
        }
        for (const char *t : {"quantity", "quote-attribution", "laws-rules", "causation", "prediction", "temporal-event"})
            QVERIFY2(types.contains(QLatin1String(t)), t);
        QVERIFY(withVerdict >= 5);
        QVERIFY(withSources >= 5);
        QVERIFY(withNotes >= 10);

        // "brought millions of pounds to the county's economy" is one claim.
        const QString money = QStringLiteral("brought millions of pounds to the county\u2019s economy");
        int moneyClaims = 0;
        for (const Claim &c : r.data.claims) {
            if (c.quote.exact.contains(QStringLiteral("millions of pounds"))) {
                ++moneyClaims;
                QCOMPARE(c.quote.exact, money);
            }
        }
        QCOMPARE(moneyClaims, 1);

        // Every claim is exactly where it says.
        QList<Claim> claims = r.data.claims;
        const AnchorSummary s = summarize(reanchor(doc, claims));
        QCOMPARE(s.exact, 12);
        QCOMPARE(claims, r.data.claims);
    }
};

QTEST_GUILESS_MAIN(ExampleTest)
#include "example_test.moc"
