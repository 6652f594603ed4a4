#include "Milestone.h"

#include "storage/CodeTable.h"
#include "storage/Tables.h"

#include <QCoreApplication>

namespace sakra {

namespace {
constexpr const char* kStatusCodes[] = {"planned", "in_progress", "done", "postponed"};
constexpr const char* kStatusLabels[] = {
    QT_TRANSLATE_NOOP("sakra::Milestone", "Planerad"), QT_TRANSLATE_NOOP("sakra::Milestone", "Pågående"),
    QT_TRANSLATE_NOOP("sakra::Milestone", "Genomförd"), QT_TRANSLATE_NOOP("sakra::Milestone", "Uppskjuten")};
} // namespace

const CodeTable<Milestone::Status, 4> Milestone::kStatuses{"sakra::Milestone", kStatusCodes, kStatusLabels};

const Fields<Milestone>& Milestone::fields()
{
    using R = Milestone;
    static const Fields<R> kFields(
        {bind::trimmed("title", &R::title),
         bind::optionalCode("level", &R::level, securityLevelCode, securityLevelFromCode),
         bind::date("target_date", &R::targetDate),
         bind::code("status", &R::status, kStatuses, Status::Planned), bind::text("note", &R::note)});
    return kFields;
}

} // namespace sakra
