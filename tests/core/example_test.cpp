// SPDX-License-Identifier: GPL-2.0-or-later
// The shipped sample review (examples/essex-jiangsu.txt.claims.json) is valid, canonical and anchored.
#include "documenttext.h"
#include "reanchor.h"
#include "sidecar.h"

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
        QCOMPARE(r.data.document, identity);

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
