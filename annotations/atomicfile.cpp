// SPDX-License-Identifier: GPL-2.0-or-later
#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QSaveFile>

#include "claimbench_atomicfile_debug.h"

namespace Claimbench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Claimbench::AtomicFile", text);
}

struct FailureHook {
    QMutex mutex;
    std::function<bool(const QString &)> fail;
};

FailureHook &failureHook()
{
    static FailureHook hook;
    return hook;
}

bool failForTesting(const QString &path)
{
    FailureHook &hook = failureHook();
    const QMutexLocker lock(&hook.mutex);
    return hook.fail && hook.fail(path);
}

} // namespace

SidecarError writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    auto failed = [&path](const QString &reason) {
        return SidecarError{path, 0, 0, tr("cannot write: %1").arg(reason)};
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failed(reason);
    }
    if (failForTesting(path)) {
        file.cancelWriting(); // the temporary file goes with `file`; nothing replaces the file
        return failed(tr("simulated failure (test)"));
    }
    if (!file.commit())
        return failed(file.errorString());
    return SidecarError();
}

int removeInterruptedWrites(const QString &path)
{
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    const QRegularExpression pattern(QLatin1Char('^') + QRegularExpression::escape(info.fileName())
                                     + QLatin1String("\\.[A-Za-z0-9]{6}$"));
    const QStringList candidates =
        dir.entryList({info.fileName() + QLatin1String(".??????")}, QDir::Files | QDir::Hidden | QDir::System);
    int removed = 0;
    for (const QString &name : candidates) {
        if (pattern.match(name).hasMatch()) {
            qCInfo(lcAtomicFile) << "removing an interrupted save:" << dir.filePath(name);
            if (QFile::remove(dir.filePath(name)))
                ++removed;
        }
    }
    return removed;
}

void setAtomicWriteFailureForTesting(std::function<bool(const QString &path)> fail)
{
    FailureHook &hook = failureHook();
    const QMutexLocker lock(&hook.mutex);
    hook.fail = std::move(fail);
}

} // namespace Claimbench
