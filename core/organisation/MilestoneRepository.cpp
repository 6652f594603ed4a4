#include "MilestoneRepository.h"

#include "storage/Query.h"

namespace sakra {

std::vector<Milestone> MilestoneRepository::all() const
{
    return rowsWhere(ListFilter(), "target_date, title");
}

void MilestoneRepository::validate(const Milestone& m) const
{
    if (m.title.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("title"), tr("Ge milstolpen en rubrik."));
    if (!m.targetDate.isValid())
        throw ValidationError(QStringLiteral("target_date"), tr("Ange måldatum som ÅÅÅÅ-MM-DD."));
    if (m.level == SecurityLevel::Related)
        throw ValidationError(
            QStringLiteral("level"),
            tr("En milstolpe gäller strategisk, taktisk eller operativ nivå, eller alla nivåer."));
}

} // namespace sakra
