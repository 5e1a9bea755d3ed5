// SPDX-License-Identifier: GPL-2.0-or-later
// nlohmann/json: a round trip keeps non-ASCII text and numbers, and broken input is a located parse error.
#include <nlohmann/json.hpp>

#include <QTest>

class NlohmannTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        nlohmann::json j;
        j["quote"] = "county\u2019s economy \xF0\x9F\x87\xAC\xF0\x9F\x87\xA7";
        j["start"] = 1234;
        j["tags"] = {"quantity", "causation"};
        const std::string text = j.dump(2);
        const nlohmann::json back = nlohmann::json::parse(text);
        QCOMPARE(back, j);
        QCOMPARE(back["start"].get<int>(), 1234);
        QCOMPARE(QString::fromStdString(back["quote"].get<std::string>()), QStringLiteral("county\u2019s economy \U0001F1EC\U0001F1E7"));
    }

    void parseErrorHasPosition()
    {
        try {
            (void)nlohmann::json::parse(R"({"a": [1, 2,)");
            QFAIL("truncated JSON parsed");
        } catch (const nlohmann::json::parse_error &e) {
            QCOMPARE(e.byte, std::size_t(13));
        }
    }
};

QTEST_GUILESS_MAIN(NlohmannTest)
#include "nlohmann_test.moc"
