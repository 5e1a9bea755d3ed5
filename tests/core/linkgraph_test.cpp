// SPDX-License-Identifier: GPL-2.0-or-later
// The core library stays GUI-free: its ELF dynamic section needs Qt6Core but no Qt6Gui, Qt6Widgets or Qt6Network;
// of KDE's frameworks only KF6 Codecs (KEncodingProber), which itself needs nothing of Qt but Qt6Core.
#include <QFile>
#include <QTest>

#include <cstring>
#include <elf.h>

namespace {
/// The DT_NEEDED entries of a 64-bit little-endian ELF shared object.
QStringList neededLibraries(const QByteArray &elf, QString *error)
{
    auto fail = [error](const char *why) {
        *error = QLatin1String(why);
        return QStringList();
    };
    if (elf.size() < qsizetype(sizeof(Elf64_Ehdr)) || !elf.startsWith(ELFMAG))
        return fail("not an ELF file");
    Elf64_Ehdr eh;
    std::memcpy(&eh, elf.constData(), sizeof eh);
    if (eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_ident[EI_DATA] != ELFDATA2LSB)
        return fail("not a 64-bit little-endian ELF file");
    auto read = [&elf](quint64 offset, void *out, size_t n) {
        if (offset + n > quint64(elf.size()))
            return false;
        std::memcpy(out, elf.constData() + offset, n);
        return true;
    };
    std::vector<Elf64_Phdr> loads;
    Elf64_Phdr dynamic{};
    bool haveDynamic = false;
    for (int i = 0; i < eh.e_phnum; ++i) {
        Elf64_Phdr ph;
        if (!read(eh.e_phoff + quint64(i) * eh.e_phentsize, &ph, sizeof ph))
            return fail("truncated program headers");
        if (ph.p_type == PT_LOAD)
            loads.push_back(ph);
        if (ph.p_type == PT_DYNAMIC) {
            dynamic = ph;
            haveDynamic = true;
        }
    }
    if (!haveDynamic)
        return fail("no dynamic section");
    auto fileOffset = [&loads](quint64 vaddr) -> qint64 {
        for (const Elf64_Phdr &l : loads) {
            if (vaddr >= l.p_vaddr && vaddr < l.p_vaddr + l.p_filesz)
                return qint64(vaddr - l.p_vaddr + l.p_offset);
        }
        return -1;
    };
    std::vector<quint64> needed;
    quint64 strtab = 0;
    for (quint64 off = dynamic.p_offset; off + sizeof(Elf64_Dyn) <= dynamic.p_offset + dynamic.p_filesz;
         off += sizeof(Elf64_Dyn)) {
        Elf64_Dyn d;
        if (!read(off, &d, sizeof d))
            return fail("truncated dynamic section");
        if (d.d_tag == DT_NULL)
            break;
        if (d.d_tag == DT_NEEDED)
            needed.push_back(d.d_un.d_val);
        if (d.d_tag == DT_STRTAB)
            strtab = d.d_un.d_ptr;
    }
    const qint64 strOffset = fileOffset(strtab);
    if (strOffset < 0)
        return fail("string table outside the file");
    QStringList names;
    for (const quint64 n : needed) {
        const qint64 at = strOffset + qint64(n);
        if (at >= elf.size())
            return fail("bad DT_NEEDED offset");
        names << QString::fromLatin1(elf.constData() + at);
    }
    return names;
}
} // namespace

class LinkGraphTest : public QObject
{
    Q_OBJECT
    /// The KDE frameworks the core may need (all Qt Core only).
    const QStringList allowedFrameworks = {QStringLiteral("libKF6Codecs.so.6")};
private Q_SLOTS:
    void coreIsGuiFree()
    {
        QFile lib(QStringLiteral(CLAIMBENCH_BINARY_DIR "/lib/libclaimbench_annotations.so"));
        QVERIFY2(lib.open(QIODevice::ReadOnly), qPrintable(lib.fileName()));
        QString error;
        const QStringList needed = neededLibraries(lib.readAll(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(needed.contains(QStringLiteral("libQt6Core.so.6")), qPrintable(needed.join(QLatin1Char(' '))));
        for (const QString &n : needed) {
            for (const char *forbidden : {"Qt6Gui", "Qt6Widgets", "Qt6Network", "Qt6WebEngine"})
                QVERIFY2(!n.contains(QLatin1String(forbidden)), qPrintable(n));
            if (n.contains(QLatin1String("KF6")))
                QVERIFY2(allowedFrameworks.contains(n), qPrintable(n));
        }
    }
    void allowedFrameworksAreGuiFree_data()
    {
        QTest::addColumn<QString>("library");
        for (const QString &name : allowedFrameworks)
            QTest::newRow(qPrintable(name)) << name;
    }
    void allowedFrameworksAreGuiFree()
    {
        // What the core may link must not bring a GUI library in behind it.
        QFETCH(QString, library);
        QFile lib(QStringLiteral("/usr/lib/x86_64-linux-gnu/") + library);
        QVERIFY2(lib.open(QIODevice::ReadOnly), qPrintable(lib.fileName()));
        QString error;
        const QStringList needed = neededLibraries(lib.readAll(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(needed.contains(QStringLiteral("libQt6Core.so.6")), qPrintable(needed.join(QLatin1Char(' '))));
        for (const QString &n : needed) {
            for (const char *forbidden : {"Qt6Gui", "Qt6Widgets", "Qt6Network", "Qt6WebEngine", "KF6"})
                QVERIFY2(!n.contains(QLatin1String(forbidden)), qPrintable(n));
        }
    }
    void parserSeesGuiDependencies()
    {
        // The check above can fail: the same parser finds Qt6Gui in a library that does link it.
        QFile gui(QStringLiteral(CLAIMBENCH_BINARY_DIR "/lib/libclaimbench_host.so"));
        QFile qtgui(QStringLiteral("/usr/lib/x86_64-linux-gnu/libQt6Widgets.so.6"));
        QFile &probe = gui.exists() ? gui : qtgui;
        QVERIFY2(probe.open(QIODevice::ReadOnly), qPrintable(probe.fileName()));
        QString error;
        const QStringList needed = neededLibraries(probe.readAll(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(needed.contains(QStringLiteral("libQt6Gui.so.6")));
    }
};

QTEST_GUILESS_MAIN(LinkGraphTest)
#include "linkgraph_test.moc"
