#pragma once

#include "ReportDocument.h"
#include "ReportRequest.h"

namespace sakra {
class Register;
}

namespace sakra::report {

// Builds the document a request asks for from the register as it is now. Reads only; run it on
// the thread that owns reg (a worker opens its own Register on the same file).
class ReportBuilder
{
public:
    // Throws ValidationError for an unknown scope or a bad period, StorageError when reading fails.
    static ReportDocument build(Register& reg, const ReportRequest& request);
};

} // namespace sakra::report
