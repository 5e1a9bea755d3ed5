// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_annotations_export.h"

#include <QLocale>
#include <QString>
#include <QStringList>

namespace Claimbench {

// The user's language at start (the workbench and claimbench-cli call this once, after making the application).
// Loads Claimbench's translation (po/claimbench_<lang>.ts, compiled into this library at :/i18n) for the first of
// `uiLanguages` that has one, best first as QLocale::uiLanguages() lists them ("de-CH", "de": a region falls
// back to its language), and Qt's own translation of the same language when it is installed. Both are installed
// in the running application, owned by it. Returns the translation loaded ("de", "en_XA"), or an empty string
// when no language matched or English (the source strings' language) comes before any that did: the source
// strings stay. Under either, the source language's plural forms (po/claimbench_en.ts: "%n claim(s)" as
// "1 claim", "2 claims") are always installed, whatever the languages, and are not a language of their own.
// Needs a QCoreApplication.
CLAIMBENCH_ANNOTATIONS_EXPORT QString installTranslations(const QStringList &uiLanguages = QLocale().uiLanguages());

// The languages Claimbench has a translation for ("en_XA", ...), sorted; not the source language's plural forms.
CLAIMBENCH_ANNOTATIONS_EXPORT QStringList availableTranslations();

} // namespace Claimbench
