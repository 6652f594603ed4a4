#include "FuzzEnvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>

namespace sakra::fuzz {

namespace {

QTemporaryDir* g_scratch = nullptr;

void removeScratch()
{
    delete g_scratch;
    g_scratch = nullptr;
}

QString scratchParent()
{
    // scripts/fuzz.sh names a folder it removes itself: a process stopped by a finding or by a
    // signal ends without running its exit handlers.
    const QString given = qEnvironmentVariable("SAKRA_FUZZ_SCRATCH");
    if (!given.isEmpty())
        return given;
    // tmpfs: millions of inputs each write a file, and a disk would make that the slowest part.
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    if (shm.isDir() && shm.isWritable())
        return shm.absoluteFilePath();
    return QDir::tempPath();
}

} // namespace

void FuzzEnvironment::start()
{
    if (QCoreApplication::instance())
        return;
    // The application keeps a reference to argc, so both live as long as the process. The fuzzer's
    // own arguments are not passed on: they are not meant for Qt.
    static int argc = 1;
    static char name[] = "sakra-fuzz";
    static char* argv[] = {name, nullptr};
    new QCoreApplication(argc, argv);

    g_scratch = new QTemporaryDir(scratchParent() + QStringLiteral("/sakra-fuzz-XXXXXX"));
    if (!g_scratch->isValid()) {
        std::fprintf(stderr, "cannot create a scratch folder: %s\n", qPrintable(g_scratch->errorString()));
        std::abort();
    }
    std::atexit(removeScratch);
}

QString FuzzEnvironment::scratchPath(const QString& name)
{
    return g_scratch->filePath(name);
}

} // namespace sakra::fuzz
