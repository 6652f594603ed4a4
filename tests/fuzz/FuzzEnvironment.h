#pragma once

#include <QString>

namespace sakra::fuzz {

// What every fuzz target needs once per process: the QCoreApplication that Qt SQL requires, and a
// scratch folder in memory (/dev/shm where there is one) so that the file work done for each input
// costs no disk I/O, or in $SAKRA_FUZZ_SCRATCH when that is set. The folder is removed when the
// process exits normally.
class FuzzEnvironment
{
public:
    // Safe to call more than once; only the first call does anything.
    static void start();
    // A path in the scratch folder; the file itself is not created.
    static QString scratchPath(const QString& name);
};

} // namespace sakra::fuzz
