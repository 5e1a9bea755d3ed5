// SPDX-License-Identifier: GPL-2.0-or-later
#include "workbench.h"

#include "claimeditor.h"
#include "claimset.h"
#include "documentcontroller.h"
#include "mainwindow.h"
#include "suggestionspanel.h"
#include "translations.h"
#include "webengine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <algorithm>

namespace Claimbench {

int runWorkbench(int argc, char **argv)
{
    prepareWebEngine();
    // --screenshot works without a display (docs, checks, CI): fall back to the offscreen platform.
    const bool wantsScreenshot = std::any_of(argv, argv + argc, [](const char *a) {
        return qstrcmp(a, "--screenshot") == 0 || qstrncmp(a, "--screenshot=", 13) == 0;
    });
    if (wantsScreenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("claimbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("Claimbench"));
    QApplication::setOrganizationName(QStringLiteral("claimbench"));
    QApplication::setApplicationVersion(QStringLiteral(CLAIMBENCH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.claimbench.claimbench"));
    installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A workbench for fact-checkers."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QApplication::translate("main", "Render the main window with FILE loaded to a PNG, then exit."),
                                  QStringLiteral("png"));
    parser.addOption(screenshot);
    parser.addPositionalArgument(QStringLiteral("files"), QApplication::translate("main", "Documents to open."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    MainWindow window;
    const QStringList files = parser.positionalArguments();
    // The screenshot needs the claims at once; people get the text first and the claims a moment later.
    for (const QString &f : files)
        window.openFile(f, !parser.isSet(screenshot));
    if (files.isEmpty())
        window.offerPendingRecoveries();

    if (parser.isSet(screenshot)) {
        window.resize(1500, 900);
        window.show();
        // A claim selected, the detectors' suggestions listed and the docks filled: a reviewer mid-review.
        const QList<Claim> &claims = window.controller()->claims()->claims();
        auto pick = [&](auto &&pred) { return std::find_if(claims.cbegin(), claims.cend(), pred); };
        auto it = pick([](const Claim &c) { return !c.isOrphan() && !c.sources.isEmpty() && !c.verdict.isEmpty(); });
        if (it == claims.cend())
            it = pick([](const Claim &c) { return !c.isOrphan() && (!c.sources.isEmpty() || !c.verdict.isEmpty()); });
        if (it != claims.cend())
            window.selectClaim(it->id);
        else if (!claims.isEmpty())
            window.selectClaim(claims.first().id);
        window.editor()->setFocus();
        const QString png = parser.value(screenshot);
        int code = 0;
        auto shoot = [&] {
            window.settle();
            if (!window.grab().save(png, "PNG"))
                code = 1;
            app.quit();
        };
        if (window.controller()->isOpen()) {
            QObject::connect(window.suggestions(), &SuggestionsPanel::finished, &app,
                             [&] { QTimer::singleShot(300, &app, shoot); });
            QTimer::singleShot(300, &app, [&] { window.suggestions()->findClaims(); });
            QTimer::singleShot(15000, &app, shoot); // whatever the detectors do
        } else {
            QTimer::singleShot(600, &app, shoot);
        }
        app.exec();
        return code;
    }
    window.show();
    // The first run asks for the reviewer's name (it goes into every history entry), once the window is there.
    QTimer::singleShot(0, &window, [&window] { window.askForReviewer(); });
    return app.exec();
}

} // namespace Claimbench
