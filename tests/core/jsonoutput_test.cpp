// SPDX-License-Identifier: GPL-2.0-or-later
// htmlSafeJson(): JSON text with <, >, &, U+2028 and U+2029 escaped, parsing to the same values.
#include "jsonoutput.h"

#include <QJsonDocument>
#include <QTest>

using namespace Claimbench;

class JsonOutputTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escapes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("script end") << QByteArray(R"({"a": "</script><script>alert(1)</script>"})")
                                    << QByteArray(R"({"a": "\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e"})");
        QTest::newRow("comment and ampersand") << QByteArray(R"(["<!--", "a & b", "-->"])")
                                               << QByteArray(R"(["\u003c!--", "a \u0026 b", "--\u003e"])");
        QTest::newRow("in a key") << QByteArray(R"({"<k>": 1})") << QByteArray(R"({"\u003ck\u003e": 1})");
        QTest::newRow("line separators") << QByteArray("[\"a\xE2\x80\xA8" "b\xE2\x80\xA9" "c\"]")
                                         << QByteArray(R"(["a\u2028b\u2029c"])");
        QTest::newRow("after an escaped backslash") << QByteArray(R"(["\\<"])") << QByteArray(R"(["\\\u003c"])");
        QTest::newRow("other UTF-8 untouched") << QByteArray("[\"\xE2\x80\x94 \xE2\x80\xA7 \xE2\x80\xAA\"]")
                                               << QByteArray("[\"\xE2\x80\x94 \xE2\x80\xA7 \xE2\x80\xAA\"]");
        QTest::newRow("a cut sequence at the end") << QByteArray("\"\xE2\x80") << QByteArray("\"\xE2\x80");
        QTest::newRow("nothing to do") << QByteArray(R"({"n": [1, 2.5, true, null]})")
                                       << QByteArray(R"({"n": [1, 2.5, true, null]})");
    }

    void escapes()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, expected);
        const QByteArray safe = htmlSafeJson(json);
        QCOMPARE(safe, expected);
        // the same values
        QJsonParseError before, after;
        const QJsonDocument a = QJsonDocument::fromJson(json, &before);
        const QJsonDocument b = QJsonDocument::fromJson(safe, &after);
        QCOMPARE(after.error, before.error);
        QCOMPARE(b, a);
    }
};

QTEST_GUILESS_MAIN(JsonOutputTest)
#include "jsonoutput_test.moc"
