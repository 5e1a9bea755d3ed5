// SPDX-License-Identifier: GPL-2.0-or-later
// Qt WebEngine is a module loaded when first needed (#18): no program or library of Claimbench has a NEEDED entry
// for Qt WebEngine, Qt Quick or QML (nor do the libraries they need); this program, linked to the workbench
// library, has none of them mapped (nor an OpenGL context made) until the report preview is first drawn; a missing module is said in words,
// by the preview and by the PDF printer, and the next draw loads it once it is there.
#include "claimeditor.h"
#include "documentcontroller.h"
#include "pdfprinter.h"
#include "pluginmanager.h"
#include "reportpreview.h"
#include "webengine.h"
#include "webenginemodule.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QOpenGLContext>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace Claimbench;

namespace {
const QRegularExpression &forbidden()
{
    static const QRegularExpression re(QStringLiteral("^libQt6(WebEngine\\w*|Quick\\w*|Qml\\w*)\\.so"));
    return re;
}

// The NEEDED entries of an ELF file (readelf -d).
QStringList needed(const QString &file, QString *error)
{
    QProcess readelf;
    readelf.start(QStringLiteral("readelf"), {QStringLiteral("-d"), QStringLiteral("-W"), file});
    if (!readelf.waitForFinished(60000) || readelf.exitCode() != 0) {
        *error = QStringLiteral("readelf -d %1 failed: %2").arg(file, QString::fromLocal8Bit(readelf.readAllStandardError()));
        return {};
    }
    QStringList names;
    static const QRegularExpression entry(QStringLiteral("\\(NEEDED\\)\\s+Shared library: \\[([^\\]]+)\\]"));
    for (auto it = entry.globalMatch(QString::fromLocal8Bit(readelf.readAllStandardOutput())); it.hasNext();)
        names << it.next().captured(1);
    return names;
}

// Every library the dynamic loader maps for `file` (ldd: the whole closure, system libraries included).
QStringList loadedWith(const QString &file, QString *error)
{
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {file});
    if (!ldd.waitForFinished(60000) || ldd.exitCode() != 0) {
        *error = QStringLiteral("ldd %1 failed: %2").arg(file, QString::fromLocal8Bit(ldd.readAllStandardError()));
        return {};
    }
    QStringList names;
    for (const QString &line : QString::fromLocal8Bit(ldd.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const QString name = line.trimmed().section(QLatin1Char(' '), 0, 0);
        if (!name.isEmpty())
            names << QFileInfo(name).fileName();
    }
    return names;
}

bool mapped(const QString &library)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return true; // cannot tell: fail the check rather than pass it
    return maps.readAll().contains(('/' + library).toUtf8());
}

QStringList mappedForbidden()
{
    QStringList found;
    for (const char *lib : {"libQt6WebEngineCore.so", "libQt6WebEngineWidgets.so", "libQt6Quick.so", "libQt6Qml.so"})
        if (mapped(QLatin1String(lib)))
            found << QLatin1String(lib);
    return found;
}

const char *ModuleVariable = "CLAIMBENCH_WEBENGINE_MODULE";
} // namespace

class WebEngineModuleTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PluginManager m_plugins;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qunsetenv(ModuleVariable);
    }

    void nothingLinksQtWebEngine_data()
    {
        QTest::addColumn<QString>("file");
        const QString bin = QStringLiteral(CLAIMBENCH_BINARY_DIR "/bin/");
        const QString lib = QStringLiteral(CLAIMBENCH_BINARY_DIR "/lib/");
        QTest::newRow("claimbench") << bin + QStringLiteral("claimbench");
        QTest::newRow("claimbench-cli") << bin + QStringLiteral("claimbench-cli");
        QTest::newRow("libclaimbench_host") << lib + QStringLiteral("libclaimbench_host.so");
        QTest::newRow("libclaimbench_pdf") << lib + QStringLiteral("libclaimbench_pdf.so");
    }

    void nothingLinksQtWebEngine()
    {
        QFETCH(QString, file);
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
        QString error;
        const QStringList direct = needed(file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!direct.isEmpty()); // readelf's output was read: libc at least
        QCOMPARE(direct.filter(forbidden()), QStringList());
        const QStringList all = loadedWith(file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(all.contains(QStringLiteral("libQt6Core.so.6")));
        QCOMPARE(all.filter(forbidden()), QStringList());
    }

    // The module is its own file, and it is what links Qt WebEngine.
    void theModuleLinksQtWebEngine()
    {
        const QString path = webEngineModulePath();
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        QString error;
        QVERIFY(needed(path, &error).contains(QStringLiteral("libQt6WebEngineCore.so.6")));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // Not mapped at start nor when the module is missing; the preview and the printer say so; the next draw,
    // with the module back, loads it.
    void loadedWhenThePreviewIsFirstDrawn()
    {
        QCOMPARE(mappedForbidden(), QStringList());
        // nor an OpenGL context (which loads the OpenGL driver: with Mesa's software renderer, LLVM) until then
        QVERIFY(!QCoreApplication::testAttribute(Qt::AA_ShareOpenGLContexts));
        QCOMPARE(QOpenGLContext::globalShareContext(), nullptr);

        const QString path = m_dir.filePath(QStringLiteral("article.txt"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("The council spent 17 pounds on paper clips in 2023.\n");
        }
        ClaimEditor editor;
        DocumentController controller(&editor, &m_plugins);
        QVERIFY(controller.open(path));
        QWidget holder;
        auto *layout = new QVBoxLayout(&holder);
        auto *preview = new ReportPreview(&controller, &holder);
        preview->setTimersEnabled(false);
        layout->addWidget(preview);
        QCOMPARE(mappedForbidden(), QStringList()); // a preview, not yet drawn

        // missing
        const QString missing = m_dir.filePath(QStringLiteral("nowhere/claimbench_webengine.so"));
        qputenv(ModuleVariable, missing.toLocal8Bit());
        holder.show();
        QCoreApplication::processEvents();
        QVERIFY(!preview->hasRenderer());
        QCOMPARE(preview->renderCount(), 0);
        QVERIFY2(preview->statusText().contains(QStringLiteral("is not installed")), qPrintable(preview->statusText()));
        QVERIFY(preview->statusText().contains(missing));
        QVERIFY(preview->isStale()); // drawn when next shown
        QString error;
        QVERIFY(PdfPrinter::print(QStringLiteral("<html><body>x</body></html>"), &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("is not installed")), qPrintable(error));
        // not a module: a library without Qt plugin metadata
        const QString notAModule = QStringLiteral(CLAIMBENCH_BINARY_DIR "/lib/libclaimbench_annotations.so");
        qputenv(ModuleVariable, notAModule.toLocal8Bit());
        QVERIFY(!webEngineModule(&error));
        QVERIFY2(error.contains(QStringLiteral("could not be loaded")), qPrintable(error));
        QCOMPARE(mappedForbidden(), QStringList());
        QCOMPARE(QOpenGLContext::globalShareContext(), nullptr);

        // back: the next show draws it with Qt WebEngine, loaded now
        qunsetenv(ModuleVariable);
        holder.hide();
        QSignalSpy loaded(preview, &ReportPreview::loaded);
        holder.show();
        QCoreApplication::processEvents();
        QVERIFY(preview->hasRenderer());
        QCOMPARE(preview->renderCount(), 1);
        QVERIFY(mapped(QStringLiteral("libQt6WebEngineCore.so")));
        QVERIFY(QOpenGLContext::globalShareContext() != nullptr); // made for Qt WebEngine as it was loaded
        QVERIFY(loaded.wait(120000)); // the renderer's answer: an event, not a time
        QCOMPARE(loaded.last().at(0).toBool(), true);
        QVERIFY(webEngineModule() != nullptr);
        QCOMPARE(webEngineModule(), webEngineModule()); // loaded once

        // and the printer prints with it
        const QByteArray pdf = PdfPrinter::print(QStringLiteral("<html><body><p>Paper clips</p></body></html>"), &error);
        QVERIFY2(pdf.startsWith("%PDF-"), qPrintable(error));
    }
};

int main(int argc, char **argv)
{
    Claimbench::prepareWebEngine(); // what the workbench does before its application object
    QApplication app(argc, argv);
    WebEngineModuleTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "webenginemodule_test.moc"
