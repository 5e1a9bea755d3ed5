// SPDX-License-Identifier: GPL-2.0-or-later
// IdKey: claim ids as keys of Qt's hash containers, spread over the buckets even when they differ in few bytes
// (numbered ids; Qt's qHash(QUuid) gives 10,000 of them 100 distinct bucket bits), and used as the QUuid they are.
#include "claim.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace Claimbench;

namespace {
QUuid numbered(int i)
{
    return QUuid::fromBytes(QByteArray::number(i).rightJustified(16, '0').constData());
}
} // namespace

class IdKeyTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void numberedIdsSpreadOverTheBuckets_data()
    {
        QTest::addColumn<size_t>("seed");
        QTest::newRow("seed 0") << size_t(0);
        QTest::newRow("seed 1") << size_t(1);
        QTest::newRow("seed 0x9e3779b9") << size_t(0x9e3779b9);
    }
    void numberedIdsSpreadOverTheBuckets()
    {
        QFETCH(size_t, seed);
        // the bucket bits of a 16,384-bucket table: random ids give about 7,460 distinct ones for 10,000 ids
        QSet<size_t> buckets;
        for (int i = 0; i < 10000; ++i)
            buckets.insert(qHash(IdKey(numbered(i)), seed) & 16383);
        QVERIFY2(buckets.size() > 7000, qPrintable(QString::number(buckets.size())));
    }

    void usedAsTheIdItIs()
    {
        QHash<IdKey, int> index;
        for (int i = 0; i < 1000; ++i)
            index.insert(numbered(i), i);
        QCOMPARE(index.size(), 1000);
        QCOMPARE(index.value(numbered(417)), 417);
        QVERIFY(!index.contains(QUuid::createUuid()));
        int checked = 0;
        for (auto it = index.cbegin(); it != index.cend(); ++it) {
            const QUuid &id = it.key();
            QCOMPARE(id, numbered(it.value()));
            ++checked;
        }
        QCOMPARE(checked, 1000);
        QSet<IdKey> ids{numbered(1), numbered(1), numbered(2)};
        QCOMPARE(ids.size(), 2);
        QVERIFY(IdKey() == IdKey(QUuid())); // invalid by default: the null id
    }
};

QTEST_MAIN(IdKeyTest)
#include "idkey_test.moc"
