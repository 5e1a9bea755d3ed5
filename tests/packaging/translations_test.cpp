// SPDX-License-Identifier: GPL-2.0-or-later
// Translations: po/claimbench_en_XA.ts (a pseudo-locale) is compiled into the core and loaded for the user's
// languages, best first, by Claimbench::installTranslations(); the programs call it at start.
#include "translations.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>
#include <QTranslator>

using namespace Claimbench;

class TranslationsTest : public QObject
{
    Q_OBJECT

    static QString description() { return QCoreApplication::translate("main", "A workbench for fact-checkers."); }

private Q_SLOTS:
    void cleanup()
    {
        // Each case starts untranslated: take out what the previous one installed.
        const auto translators = qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
        for (QTranslator *t : translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

    void thePseudoLocaleIsCompiledIn()
    {
        QVERIFY(availableTranslations().contains(QStringLiteral("en_XA")));
        QVERIFY(!availableTranslations().contains(QString())); // the template (claimbench.ts) is not a language
    }

    // English plural forms for the "%n ...(s)" strings, whatever the user's languages: not "1 suggestion(s)".
    void englishPluralForms_data()
    {
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::newRow("English") << QStringList{QStringLiteral("en-GB")};
        QTest::newRow("a language without a translation") << QStringList{QStringLiteral("de-DE")};
        QTest::newRow("no languages") << QStringList{};
    }
    void englishPluralForms()
    {
        QFETCH(QStringList, uiLanguages);
        QCOMPARE(installTranslations(uiLanguages), QString()); // the plural forms are not a language
        const auto suggestions = [](int n) { return QCoreApplication::translate("Claimbench::SuggestionsPanel", "%n suggestion(s)", nullptr, n); };
        QCOMPARE(suggestions(1), QStringLiteral("1 suggestion"));
        QCOMPARE(suggestions(2), QStringLiteral("2 suggestions"));
        QCOMPARE(suggestions(0), QStringLiteral("0 suggestions"));
        QCOMPARE(QCoreApplication::translate("Claimbench::SearchBar", "%n match(es)", nullptr, 1), QStringLiteral("1 match"));
        QCOMPARE(QCoreApplication::translate("Claimbench::SearchBar", "%n match(es)", nullptr, 3), QStringLiteral("3 matches"));
        QVERIFY(!availableTranslations().contains(QStringLiteral("en")));
    }

    void loadsTheFirstLanguageThatHasATranslation_data()
    {
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("loaded");
        QTest::addColumn<QString>("text");
        const QString source = QStringLiteral("A workbench for fact-checkers.");
        const QString pseudo = QStringLiteral("[Å ŵöŕķƀéñçĥ ƒöŕ ƒåçţ-çĥéçķéŕš.]");
        QTest::newRow("pseudo-locale") << QStringList{QStringLiteral("en-XA")} << QStringLiteral("en_XA") << pseudo;
        QTest::newRow("underscore form") << QStringList{QStringLiteral("en_XA")} << QStringLiteral("en_XA") << pseudo;
        QTest::newRow("after languages without one")
            << QStringList{QStringLiteral("de-CH"), QStringLiteral("de-Latn-CH"), QStringLiteral("en-XA")}
            << QStringLiteral("en_XA") << pseudo;
        QTest::newRow("a script or variant falls back to the language")
            << QStringList{QStringLiteral("en-XA-x-test")} << QStringLiteral("en_XA") << pseudo;
        QTest::newRow("no translation: the source strings")
            << QStringList{QStringLiteral("de-DE"), QStringLiteral("en-US"), QStringLiteral("en")} << QString() << source;
        QTest::newRow("no languages") << QStringList{} << QString() << source;
        QTest::newRow("English before a translated language")
            << QStringList{QStringLiteral("en-US"), QStringLiteral("en-XA")} << QString() << source;
    }
    void loadsTheFirstLanguageThatHasATranslation()
    {
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, loaded);
        QFETCH(QString, text);
        QCOMPARE(installTranslations(uiLanguages), loaded);
        QCOMPARE(description(), text);
        QCOMPARE(QCoreApplication::translate("Claimbench::MainWindow", "No document"),
                 loaded.isEmpty() ? QStringLiteral("No document") : QStringLiteral("[Ñö ðöçûɱéñţ]"));
    }

    // The workbench loads the user's language at start: LANGUAGE=en_XA translates its --help.
    void theWorkbenchLoadsTheUsersLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en_XA") << QStringLiteral("en_XA") << QStringLiteral("[Å ŵöŕķƀéñçĥ ƒöŕ ƒåçţ-çĥéçķéŕš.]");
        QTest::newRow("de (none)") << QStringLiteral("de") << QStringLiteral("A workbench for fact-checkers.");
    }
    void theWorkbenchLoadsTheUsersLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), language);
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CLAIMBENCH_BINARY_DIR "/bin/claimbench"), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QString help = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(help.contains(expected), qPrintable(help));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "translations_test.moc"
