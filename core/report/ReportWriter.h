#pragma once

#include "ReportRenderer.h"
#include "ReportRequest.h"

namespace sakra {
class Register;
}

namespace sakra::report {

// Builds a document from the register and writes it as a PDF/A-1b file, readable by the owner
// only. The file appears whole or not at all (QSaveFile): a cancelled or failed run leaves any
// earlier file at path as it was.
class ReportWriter
{
public:
    struct Result
    {
        bool written = false; // false: cancelled
        int pages = 0;
    };

    // Throws ValidationError for a bad request, Error when the file cannot be written.
    static Result writePdf(Register& reg, const ReportRequest& request, const QString& path,
                           const ReportRenderer::Progress& progress = {},
                           const std::atomic_bool* cancel = nullptr);
    // The same for a document already built.
    static Result writePdf(const ReportDocument& document, const QString& path,
                           const ReportRenderer::Progress& progress = {},
                           const std::atomic_bool* cancel = nullptr);
};

} // namespace sakra::report
