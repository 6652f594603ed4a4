// Fuzz target: the JSON import (JsonImporter::importRegister) into an empty register.
//
// One register is created for the whole process, in the scratch folder. Every input is imported
// inside an outer Transaction that is never committed: the importer's own transaction joins it, so
// the rollback at the end of each input takes the register back to empty, catalogues only, which
// is what a real import starts from. That keeps each input to the import itself, not to creating a
// register, which makes millions of runs possible.
//
// A refusal (a sakra::Error, usually an ImportError naming the place in the file) is the expected
// answer to bad input. Anything else is a finding: a crash or sanitizer report, another exception
// (it reaches std::terminate), a hang, or a register that is not empty again after the rollback.

#include "FuzzEnvironment.h"
#include "Register.h"
#include "exchange/JsonImporter.h"
#include "storage/Errors.h"
#include "storage/Transaction.h"

#include <QByteArray>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

sakra::Register* g_register = nullptr;

void closeRegister()
{
    delete g_register;
    g_register = nullptr;
}

[[noreturn]] void finding(const char* what)
{
    std::fprintf(stderr, "json-import: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    sakra::fuzz::FuzzEnvironment::start();
    g_register =
        sakra::Register::create(sakra::fuzz::FuzzEnvironment::scratchPath(QStringLiteral("import.sakra")))
            .release();
    // Registered after Qt SQL's own globals exist, so it runs before they are torn down.
    std::atexit(closeRegister);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // No copy: the importer sees exactly the fuzzer's buffer, so a read past its end is reported.
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    sakra::Database& db = g_register->database();
    bool imported = false;
    {
        sakra::Transaction everything(db);
        try {
            sakra::JsonImporter::importRegister(*g_register, json);
            imported = true;
        } catch (const sakra::Error&) {
            // Refused: the expected answer to bad input.
        }
        if (imported) {
            // What the application does next with a freshly imported register.
            g_register->stats();
            if (!db.integrityProblem().isEmpty())
                finding("an accepted import left a register that does not hold together");
        }
    } // rolled back here

    if (db.transactionDepth() != 0)
        finding("a transaction is still open after the input");
    // Only an accepted import wrote enough to be worth checking for; a refusal before the writes
    // leaves nothing behind, and one during them is rolled back with everything else.
    if (imported && !g_register->holdsNoData())
        finding("the register is not empty after rolling the import back");
    return 0;
}
