// SPDX-License-Identifier: GPL-2.0-or-later
#include "webenginemodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QOpenGLContext>
#include <QPluginLoader>

#include <dlfcn.h>

#include "claimbench_webengine_debug.h"

// Qt's setter of the process-wide shared OpenGL context: exported by Qt GUI (Qt_6 symbol version) and not declared in
// its public headers; Qt WebEngine declares it the same way for the same job.
QT_BEGIN_NAMESPACE
Q_GUI_EXPORT void qt_gl_set_global_share_context(QOpenGLContext *context);
QT_END_NAMESPACE

namespace Claimbench {

namespace {
// Qt WebEngine shares its textures with Qt through the global shared OpenGL context. Qt makes that context while
// constructing the application only if Qt::AA_ShareOpenGLContexts was set, and making it loads the OpenGL driver
// (with Mesa's software renderer that is LLVM: some 65 MB resident) into every start, preview or not. So the
// attribute is not set, and the context is made here, the same way Qt would have made it, when Qt WebEngine is
// first loaded. Where OpenGL is unavailable (offscreen) it stays invalid, as Qt's would, and Chromium draws in
// software.
void ensureGlobalShareContext()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()) || QOpenGLContext::globalShareContext())
        return;
    auto *context = new QOpenGLContext(QCoreApplication::instance());
    context->setFormat(QSurfaceFormat::defaultFormat());
    if (!context->create())
        qCDebug(lcWebEngine, "no OpenGL here: Qt WebEngine draws in software");
    qt_gl_set_global_share_context(context);
}
} // namespace

QString webEngineModulePath()
{
    const QString env = qEnvironmentVariable("CLAIMBENCH_WEBENGINE_MODULE");
    if (!env.isEmpty())
        return env;
    // <libdir>/libclaimbench_pdf.so → <plugindir>/claimbench/modules/claimbench_webengine.so, in both trees.
    Dl_info info{};
    if (!dladdr(reinterpret_cast<void *>(&webEngineModulePath), &info) || !info.dli_fname)
        return QString();
    const QString libDir = QFileInfo(QString::fromLocal8Bit(info.dli_fname)).absolutePath();
    return QDir::cleanPath(libDir + QLatin1Char('/') + QLatin1String(CLAIMBENCH_WEBENGINE_MODULE_FROM_LIBDIR)
                           + QLatin1Char('/') + QLatin1String(CLAIMBENCH_WEBENGINE_MODULE_FILE));
}

WebEngineModule *webEngineModule(QString *error)
{
    static WebEngineModule *module = nullptr;
    if (module)
        return module;
    auto fail = [&](const QString &why) -> WebEngineModule * {
        qCWarning(lcWebEngine, "%s", qPrintable(why));
        if (error)
            *error = why;
        return nullptr;
    };
    if (!QCoreApplication::instance())
        return fail(QCoreApplication::translate("Claimbench::WebEngineModule",
                                                "Qt WebEngine needs the application object."));
    const QString path = webEngineModulePath();
    if (path.isEmpty() || !QFileInfo::exists(path))
        return fail(QCoreApplication::translate("Claimbench::WebEngineModule",
                                                "Claimbench's Qt WebEngine module is not installed (%1): the report "
                                                "preview and PDF export need it. Reinstall Claimbench.")
                        .arg(path.isEmpty() ? QStringLiteral("claimbench_webengine") : path));
    QPluginLoader loader(path);
    const auto cannotLoad = [&](const QString &why) {
        return fail(QCoreApplication::translate("Claimbench::WebEngineModule",
                                                "Claimbench's Qt WebEngine module (%1) could not be loaded: %2. The "
                                                "report preview and PDF export need it.")
                        .arg(path, why));
    };
    // Its metadata first (read without loading it): only the right module gets the OpenGL context and is loaded.
    if (loader.metaData().isEmpty())
        return cannotLoad(loader.errorString());
    if (loader.metaData().value(QLatin1String("IID")).toString() != QLatin1String(ClaimbenchWebEngineModule_iid))
        return cannotLoad(QStringLiteral("not a Claimbench WebEngine module"));
    ensureGlobalShareContext(); // before Qt WebEngine's start-up code runs, as it loads
    QObject *instance = loader.instance(); // stays loaded: a QPluginLoader's instance lives until the program ends
    auto *loaded = qobject_cast<WebEngineModule *>(instance);
    if (!loaded)
        return cannotLoad(instance ? QStringLiteral("not a Claimbench WebEngine module") : loader.errorString());
    qCDebug(lcWebEngine, "Qt WebEngine module loaded from %s", qPrintable(path));
    module = loaded;
    return module;
}

} // namespace Claimbench
