#include "MilestoneRepository.h"

#include "storage/Query.h"

namespace sakra {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::MilestoneRepository", text);
}
} // namespace

std::vector<Milestone> MilestoneRepository::all() const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM milestone WHERE deleted_at IS NULL ORDER BY target_date, title")
                .arg(wholeRows()));
    q.exec();
    return readAll(q);
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
