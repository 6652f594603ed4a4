// Fuzz target: opening a file as a register. The input's bytes are written to one file in the
// scratch folder, which then goes the two ways a file is opened in the application:
//   1. FileProbe::probe, then Database::openReadOnly and the reads of `sakra-cli check`
//      (schema version, integrity check): nothing may be written;
//   2. Register::open (Database::openExisting: probe, quick check, backup and migration of an older
//      version) and the reads of `sakra-cli stats`, which count the rows of every table.
//
// A refusal (a sakra::Error, an OpenError in practice) is the expected answer to a bad file.
// Anything else is a finding: a crash or sanitizer report, another exception, a hang, a file that
// the probe refused but the open accepted, or a file changed by a read-only open or a refusal.

#include "FuzzEnvironment.h"
#include "Register.h"
#include "storage/Database.h"
#include "storage/Errors.h"
#include "storage/FileProbe.h"
#include "storage/Schema.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

QString* g_path = nullptr;

[[noreturn]] void finding(const char* what)
{
    std::fprintf(stderr, "register-open: %s\n", what);
    std::abort();
}

void writeInput(const QByteArray& bytes)
{
    // What an earlier input's open may have left beside the file would otherwise be read with this
    // one (SQLite rolls a journal it finds back into the file), so every input starts alone.
    for (const char* suffix : {"-journal", "-wal", "-shm"})
        QFile::remove(*g_path + QLatin1String(suffix));
    QFile file(*g_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        finding("cannot write the input file");
}

// True when the file still holds exactly these bytes. Reads into one buffer kept for the whole
// process: a register is a hundred kilobytes or more, and a fresh copy for every input would be
// one more large allocation and copy, which the address sanitizer makes dear.
bool fileHolds(const QByteArray& bytes)
{
    static QByteArray buffer;
    QFile file(*g_path);
    if (!file.open(QIODevice::ReadOnly))
        finding("cannot read the input file back");
    if (file.size() != bytes.size())
        return false;
    buffer.resize(bytes.size());
    return file.read(buffer.data(), buffer.size()) == bytes.size() && buffer == bytes;
}

// `sakra-cli check`: read-only open, then its reads. True when the file was accepted.
bool openReadOnly()
{
    try {
        sakra::Database db;
        db.openReadOnly(*g_path);
        db.schemaVersion();
        db.integrityProblem();
        return true;
    } catch (const sakra::Error&) {
        return false;
    }
}

// `sakra-cli stats` and the application: open for work, then a count of every table. True when
// accepted. The integrity check is left to the read-only way above: on an accepted file it reads
// the same pages again, and it is among the slowest steps.
bool openForWork()
{
    try {
        auto reg = sakra::Register::open(*g_path);
        reg->stats();
        return true;
    } catch (const sakra::Error&) {
        return false;
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    sakra::fuzz::FuzzEnvironment::start();
    g_path = new QString(sakra::fuzz::FuzzEnvironment::scratchPath(QStringLiteral("open.sakra")));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    writeInput(bytes);

    const sakra::FileProbe::Result probe =
        sakra::FileProbe::probe(*g_path, sakra::Database::kApplicationId, sakra::Schema::currentVersion());

    const bool readOnlyAccepted = openReadOnly();
    if (!fileHolds(bytes))
        finding("a read-only open changed the file");
    if (!probe.ok() && readOnlyAccepted)
        finding("the probe refused the file but the read-only open accepted it");

    const bool accepted = openForWork();
    if (!probe.ok()) {
        if (accepted)
            finding("the probe refused the file but the open accepted it");
        // Everything the probe refuses is refused before SQLite sees the file.
        if (!fileHolds(bytes))
            finding("a refused file was changed");
    }
    return 0;
}
