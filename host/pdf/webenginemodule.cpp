// SPDX-License-Identifier: GPL-2.0-or-later
#include "webenginemodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPluginLoader>

#include <dlfcn.h>

#include "claimbench_webengine_debug.h"

namespace Claimbench {

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
    QObject *instance = loader.instance(); // stays loaded: a QPluginLoader's instance lives until the program ends
    auto *loaded = qobject_cast<WebEngineModule *>(instance);
    if (!loaded)
        return fail(QCoreApplication::translate("Claimbench::WebEngineModule",
                                                "Claimbench's Qt WebEngine module (%1) could not be loaded: %2. The "
                                                "report preview and PDF export need it.")
                        .arg(path, instance ? QStringLiteral("not a Claimbench WebEngine module") : loader.errorString()));
    qCDebug(lcWebEngine, "Qt WebEngine module loaded from %s", qPrintable(path));
    module = loaded;
    return module;
}

} // namespace Claimbench
