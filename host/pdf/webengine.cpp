// SPDX-License-Identifier: GPL-2.0-or-later
#include "webengine.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QtGlobal>

#include <unistd.h>

#include "claimbench_webengine_debug.h"

namespace Claimbench {

void prepareWebEngine()
{
    // Qt WebEngine is a module loaded when first needed (webenginemodule.h), after the application object: the
    // global shared OpenGL context it needs is made then (webEngineModule()), not here through
    // Qt::AA_ShareOpenGLContexts, which would load the OpenGL driver into every start.
    if (::geteuid() != 0)
        return;
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    if (flags.split(' ').contains("--no-sandbox"))
        return;
    qCWarning(lcWebEngine, "running as root: Chromium's sandbox is disabled (--no-sandbox) for the report preview");
    if (!flags.isEmpty())
        flags += ' ';
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags + "--no-sandbox");
}

} // namespace Claimbench
