#include "ReportWriter.h"

#include "ReportBuilder.h"
#include "storage/Errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace sakra::report {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::report::ReportWriter", text);
}

} // namespace

ReportWriter::Result ReportWriter::writePdf(Register& reg, const ReportRequest& request, const QString& path,
                                            const ReportRenderer::Progress& progress,
                                            const std::atomic_bool* cancel)
{
    return writePdf(ReportBuilder::build(reg, request), path, progress, cancel);
}

ReportWriter::Result ReportWriter::writePdf(const ReportDocument& document, const QString& path,
                                            const ReportRenderer::Progress& progress,
                                            const std::atomic_bool* cancel)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("Kan inte skriva %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    // Board documents can hold what the register holds: owner-only, like the register itself.
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    Result result;
    ReportRenderer renderer(document);
    result.pages = renderer.pageCount();
    result.written = renderer.writePdf(file, progress, cancel);
    if (!result.written) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit())
        throw Error(tr("Kan inte skriva %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return result;
}

} // namespace sakra::report
