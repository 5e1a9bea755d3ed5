// SPDX-License-Identifier: GPL-2.0-or-later
// The typed settings: each preference with its default, trimmed names, a recent-files list without duplicates
// and of bounded length, colours that can be removed again.
#include "settings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;

class SettingsTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
private Q_SLOTS:
    void initTestCase()
    {
        // A private settings file for this test, never the user's.
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("claimbench-settings-test"));
        QCoreApplication::setApplicationName(QStringLiteral("settings-test"));
    }
    void init() { QSettings().clear(); }

    // Until a name is chosen, the reviewer is the suggested one (git's user.name, the account's full name or the
    // login name): never empty while the account has a name.
    void reviewerUntilANameIsChosen()
    {
        qputenv("USER", "alice");
        QCOMPARE(Settings::loginName(), QStringLiteral("alice"));
        Settings s;
        QVERIFY(!s.hasReviewer());
        QVERIFY(!Settings::suggestedReviewer().isEmpty());
        QCOMPARE(s.reviewer(), Settings::suggestedReviewer());
        s.setReviewer(QStringLiteral("  Ben Jones "));
        QVERIFY(s.hasReviewer());
        QCOMPARE(s.reviewer(), QStringLiteral("Ben Jones"));
        s.setReviewer(QStringLiteral("   ")); // no name: not chosen, back to the suggestion
        QVERIFY(!s.hasReviewer());
        QCOMPARE(s.reviewer(), Settings::suggestedReviewer());
    }

    void deskIdentityAndSnapping()
    {
        Settings s;
        QCOMPARE(s.organisation(), QString());
        QVERIFY(s.snapToWords()); // by default: a claim is made of whole words
        s.setSnapToWords(false);
        QVERIFY(!Settings().snapToWords());
        s.setOrganisation(QStringLiteral(" Essex Fact Desk "));
        s.setPublicationUrl(QStringLiteral("https://factdesk.example/reviews/1"));
        s.setSnapToWords(true);
        const Settings again; // another instance reads the same store
        QCOMPARE(again.organisation(), QStringLiteral("Essex Fact Desk"));
        QCOMPARE(again.publicationUrl(), QStringLiteral("https://factdesk.example/reviews/1"));
        QVERIFY(again.snapToWords());
        // The report preview and the CLI's users read these keys: they keep their names.
        QCOMPARE(QSettings().value(QStringLiteral("organisation")).toString(), QStringLiteral("Essex Fact Desk"));
    }

    void recentFilesAreUniqueNewestFirstAndBounded()
    {
        Settings s;
        for (int i = 0; i < Settings::MaxRecentFiles + 3; ++i)
            s.addRecentFile(QStringLiteral("/articles/%1.txt").arg(i));
        s.addRecentFile(QStringLiteral("/articles/5.txt")); // opened again: moves to the top, not listed twice
        const QStringList recent = s.recentFiles();
        QCOMPARE(recent.size(), Settings::MaxRecentFiles);
        QCOMPARE(recent.first(), QStringLiteral("/articles/5.txt"));
        QCOMPARE(recent.count(QStringLiteral("/articles/5.txt")), 1);
        QCOMPARE(recent.at(1), QStringLiteral("/articles/12.txt"));
    }

    void claimTypeColours()
    {
        Settings s;
        QVERIFY(!s.claimTypeColour(QStringLiteral("quantity")).isValid());
        s.setClaimTypeColour(QStringLiteral("quantity"), QColor(0x12, 0x34, 0x56));
        QCOMPARE(Settings().claimTypeColour(QStringLiteral("quantity")), QColor(0x12, 0x34, 0x56));
        s.setClaimTypeColour(QStringLiteral("quantity"), QColor());
        QVERIFY(!s.claimTypeColour(QStringLiteral("quantity")).isValid());
    }
};

QTEST_GUILESS_MAIN(SettingsTest)
#include "settings_test.moc"
