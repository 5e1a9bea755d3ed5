// SPDX-License-Identifier: GPL-2.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace Claimbench {

namespace {

const QString Directory = QStringLiteral(":/i18n");
const QString Prefix = QStringLiteral("claimbench_");
const QString SourceLanguage = QStringLiteral("en"); // claimbench_en.qm: the plural forms of the source strings

/// "en", "en-GB", "en_US": the source strings' language (not "en-XA" when the pseudo-locale matched first).
bool uiLanguageIsSource(const QString &uiLanguage)
{
    return uiLanguage == SourceLanguage || uiLanguage.startsWith(SourceLanguage + QLatin1Char('-'))
        || uiLanguage.startsWith(SourceLanguage + QLatin1Char('_'));
}

} // namespace

QStringList availableTranslations()
{
    QStringList languages;
    const QStringList files = QDir(Directory).entryList({Prefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        languages << f.mid(Prefix.size(), f.size() - Prefix.size() - 3);
    languages.removeAll(SourceLanguage);
    return languages;
}

QString installTranslations(const QStringList &uiLanguages)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return QString();
    // Installed first, so that a language installed after it is asked first.
    auto *plurals = new QTranslator(app);
    if (plurals->load(Prefix + SourceLanguage, Directory))
        QCoreApplication::installTranslator(plurals);
    else
        delete plurals;
    const QStringList available = availableTranslations();
    for (const QString &uiLanguage : uiLanguages) {
        QString language = uiLanguage;
        language.replace(QLatin1Char('-'), QLatin1Char('_'));
        // "de_CH" → "de_CH", then "de"; scripts and regions are dropped one at a time.
        while (!language.isEmpty() && !available.contains(language)) {
            const qsizetype cut = language.lastIndexOf(QLatin1Char('_'));
            language.truncate(cut < 0 ? 0 : cut);
        }
        if (language.isEmpty() && uiLanguageIsSource(uiLanguage))
            return QString(); // English preferred to the languages after it: the source strings
        if (language.isEmpty())
            continue;
        auto *ours = new QTranslator(app);
        if (!ours->load(Prefix + language, Directory)) {
            delete ours;
            continue;
        }
        QCoreApplication::installTranslator(ours);
        auto *qt = new QTranslator(app);
        if (qt->load(QStringLiteral("qt_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
        return language;
    }
    return QString();
}

} // namespace Claimbench
