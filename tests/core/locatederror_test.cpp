// SPDX-License-Identifier: GPL-2.0-or-later
// LocatedError, the one error type of every file the project reads, and the helpers that locate problems.
#include "locatederror.h"
#include "sidecar.h"

#include <QTest>

#include <type_traits>

using namespace Claimbench;

class LocatedErrorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void invalidByDefault()
    {
        const LocatedError none;
        QVERIFY(!none.isValid());
        QCOMPARE(none.line, 0);
        QCOMPARE(none.column, 0);
        QVERIFY(LocatedError({QStringLiteral("a.json"), 0, 0, QStringLiteral("cannot open")}).isValid());
        // A path and a place without a message are still no error.
        QVERIFY(!LocatedError({QStringLiteral("a.json"), 3, 4, QString()}).isValid());
        // The sidecar's error is this very type.
        QVERIFY((std::is_same_v<SidecarError, LocatedError>));
    }

    void toString_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("expected");
        QTest::newRow("located") << "doc.txt.claims.json" << 3 << 17 << "/claims/0/start: must be an integer"
                                 << "doc.txt.claims.json:3:17: error: /claims/0/start: must be an integer";
        QTest::newRow("first column") << "a.json" << 1 << 1 << "/: empty file" << "a.json:1:1: error: /: empty file";
        QTest::newRow("not in the text") << "/tmp/x.so" << 0 << 0 << "not a Qt plugin"
                                         << "/tmp/x.so: error: not a Qt plugin";
        QTest::newRow("line 0 ignores the column") << "a.json" << 0 << 5 << "cannot read: denied"
                                                   << "a.json: error: cannot read: denied";
        QTest::newRow("negative line") << "a.json" << -1 << 2 << "m" << "a.json: error: m";
        QTest::newRow("placeholders in the message stay") << "%1.json" << 2 << 3 << "unknown key \"%2\""
                                                          << "%1.json:2:3: error: unknown key \"%2\"";
        QTest::newRow("URL-encoded path") << "a%2Fb%3A.json" << 4 << 2 << "m" << "a%2Fb%3A.json:4:2: error: m";
        QTest::newRow("URL-encoded path, line 0") << "a%2Fb.json" << 0 << 0 << "m" << "a%2Fb.json: error: m";
        QTest::newRow("no path") << QString() << 0 << 0 << "m" << ": error: m";
    }
    void toString()
    {
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        QFETCH(QString, expected);
        QCOMPARE((LocatedError{path, line, column, message}.toString()), expected);
    }

    void locateOffset_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qsizetype>("offset");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("start") << QByteArray("abc") << qsizetype(0) << 1 << 1;
        QTest::newRow("empty text") << QByteArray() << qsizetype(0) << 1 << 1;
        QTest::newRow("same line") << QByteArray("abc") << qsizetype(2) << 1 << 3;
        QTest::newRow("end") << QByteArray("abc") << qsizetype(3) << 1 << 4;
        QTest::newRow("second line") << QByteArray("a\nbc") << qsizetype(3) << 2 << 2;
        QTest::newRow("at a newline") << QByteArray("a\nbc") << qsizetype(1) << 1 << 2;
        QTest::newRow("after a newline") << QByteArray("a\n\nb") << qsizetype(3) << 3 << 1;
        QTest::newRow("CR LF: the CR is on its line") << QByteArray("a\r\nb") << qsizetype(3) << 2 << 1;
        QTest::newRow("two-byte code point") << QByteArray("\xC3\xA9x") << qsizetype(2) << 1 << 2;
        QTest::newRow("four-byte code point, one column") << QByteArray("\xF0\x9F\x98\x80x") << qsizetype(4) << 1 << 2;
        QTest::newRow("code points on the second line")
            << QByteArray("\xC3\xA9\n\xE2\x80\x9C\xF0\x9F\x98\x80x") << qsizetype(10) << 2 << 3;
        QTest::newRow("clamped past the end") << QByteArray("ab\ncd") << qsizetype(99) << 2 << 3;
        QTest::newRow("clamped before the start") << QByteArray("ab") << qsizetype(-5) << 1 << 1;
    }
    void locateOffset()
    {
        QFETCH(QByteArray, text);
        QFETCH(qsizetype, offset);
        QFETCH(int, line);
        QFETCH(int, column);
        QCOMPARE(Claimbench::locateOffset(text, offset), (TextLocation{line, column}));
        QCOMPARE(locatedError(QStringLiteral("f.json"), text, offset, QStringLiteral("bad")),
                 (LocatedError{QStringLiteral("f.json"), line, column, QStringLiteral("bad")}));
    }

    void textLocationInvalidByDefault()
    {
        QVERIFY(!TextLocation().isValid());
        QVERIFY((TextLocation{1, 1}.isValid()));
    }

    void jsonValueOffset_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QByteArray>("valueText"); ///< the value is found where this text first occurs; empty: none
        QTest::newRow("root") << QByteArray("  \n {\"a\": 1}") << "" << QByteArray("{");
        QTest::newRow("member") << QByteArray("{\"a\": 1, \"b\": 2}") << "/b" << QByteArray("2");
        QTest::newRow("array element") << QByteArray("[10, 20, 30]") << "/2" << QByteArray("30");
        QTest::newRow("nested") << QByteArray("{\"fields\": [{\"kind\": \"a\"}, {\"kind\": \"b\"}]}") << "/fields/1/kind"
                                << QByteArray("\"b\"");
        QTest::newRow("same key in a sibling") << QByteArray("{\"a\": {\"k\": 1}, \"b\": {\"k\": 2}}") << "/b/k"
                                               << QByteArray("2");
        QTest::newRow("nested arrays") << QByteArray("[[0, 1], [2, 3]]") << "/1/0" << QByteArray("2");
        QTest::newRow("object value") << QByteArray("{\"a\": {\"b\": []}}") << "/a" << QByteArray("{\"b");
        QTest::newRow("~1 is a slash") << QByteArray("{\"a\": 0, \"a/b\": 1}") << "/a~1b" << QByteArray("1");
        QTest::newRow("~0 is a tilde") << QByteArray("{\"m\": 0, \"m~n\": 2}") << "/m~0n" << QByteArray("2");
        QTest::newRow("escaped quote in a key") << QByteArray("{\"a\\\"b\": 4}") << "/a\"b" << QByteArray("4");
        QTest::newRow("\\u escape in a key") << QByteArray("{\"caf\": 0, \"caf\\u00e9\": 7}") << QString::fromUtf8("/caf\xC3\xA9")
                                             << QByteArray("7");
        QTest::newRow("surrogate pair escape in a key")
            << QByteArray("{\"\\ud83d\\ude00\": 5}") << QString::fromUtf8("/\xF0\x9F\x98\x80") << QByteArray("5");
        QTest::newRow("UTF-8 key") << QByteArray("{\"x\": 0, \"\xC3\xA9\": 8}") << QString::fromUtf8("/\xC3\xA9") << QByteArray("8");
        QTest::newRow("brackets in strings") << QByteArray("{\"s\": \"[{,\\\"]\", \"t\": 9}") << "/t" << QByteArray("9");
        QTest::newRow("literals") << QByteArray("[true, null, false]") << "/2" << QByteArray("false");
        QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBF{\"a\": 3}") << "/a" << QByteArray("3");
        QTest::newRow("malformed: truncated") << QByteArray("{\"a\": [1, 2") << "/a/1" << QByteArray("2");
        QTest::newRow("missing member") << QByteArray("{\"a\": 1}") << "/b" << QByteArray();
        QTest::newRow("index past the end") << QByteArray("[1]") << "/1" << QByteArray();
        QTest::newRow("index with a leading zero") << QByteArray("[1, 2]") << "/01" << QByteArray();
        QTest::newRow("not a pointer") << QByteArray("{\"a\": 1}") << "a" << QByteArray();
        QTest::newRow("no value") << QByteArray("   ") << "" << QByteArray();
    }
    void jsonValueOffset()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, pointer);
        QFETCH(QByteArray, valueText);
        const qsizetype expected = valueText.isEmpty() ? -1 : json.indexOf(valueText);
        QVERIFY(valueText.isEmpty() || expected >= 0); // the row itself is right
        QCOMPARE(Claimbench::jsonValueOffset(json, pointer), expected);
    }

    void jsonValueOffsets()
    {
        const QByteArray json = "{\"items\": [{\"a\": 1}, 42, {\"a\": 3}], \"x\": {\"y\": 5}}";
        // In any order, duplicates too, with pointers that name nothing (-1); each as jsonValueOffset() finds it.
        const QStringList pointers = {QStringLiteral("/x/y"), QStringLiteral("/items/2/a"), QStringLiteral("/nope"),
                                      QStringLiteral("/items/1"), QString(), QStringLiteral("bad"),
                                      QStringLiteral("/items/2/a"), QStringLiteral("/items/0")};
        const QList<qsizetype> offsets = Claimbench::jsonValueOffsets(json, pointers);
        QCOMPARE(offsets, (QList<qsizetype>{json.indexOf("5"), json.indexOf("3"), -1, json.indexOf("42"), 0, -1,
                                            json.indexOf("3"), json.indexOf("{\"a\": 1")}));
        for (qsizetype i = 0; i < pointers.size(); ++i)
            QCOMPARE(Claimbench::jsonValueOffset(json, pointers.at(i)), offsets.at(i));
        QVERIFY(Claimbench::jsonValueOffsets(json, {}).isEmpty());
    }

    void jsonPointerToken()
    {
        QCOMPARE(Claimbench::jsonPointerToken(u"plain"), QStringLiteral("plain"));
        QCOMPARE(Claimbench::jsonPointerToken(u"a/b~c"), QStringLiteral("a~1b~0c"));
        QCOMPARE(Claimbench::jsonPointerToken(u"~1"), QStringLiteral("~01"));
        // A token read back by jsonValueOffset() names the key it came from.
        const QByteArray json = "{\"~1\": 0, \"a/b~c\": 1}";
        QCOMPARE(Claimbench::jsonValueOffset(json, QLatin1Char('/') + Claimbench::jsonPointerToken(u"a/b~c")),
                 json.indexOf("1}"));
        QCOMPARE(Claimbench::jsonValueOffset(json, QLatin1Char('/') + Claimbench::jsonPointerToken(u"~1")),
                 json.indexOf("0,"));
    }
};

QTEST_GUILESS_MAIN(LocatedErrorTest)
#include "locatederror_test.moc"
