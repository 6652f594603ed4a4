#include "ReportDraftRepository.h"

#include "storage/Query.h"

namespace sakra {

namespace {

bool liveRow(Database& db, const char* table, qint64 id)
{
    Query q(db, QStringLiteral("SELECT count(*) FROM %1 WHERE id = ? AND deleted_at IS NULL")
                    .arg(QLatin1String(table)));
    q.bind(id);
    return q.scalar().toLongLong() > 0;
}
} // namespace

std::vector<ReportDraft> ReportDraftRepository::all() const
{
    Query q(m_db, QStringLiteral("SELECT %1, updated_at FROM report_draft WHERE deleted_at IS NULL "
                                 "ORDER BY updated_at DESC, id DESC")
                      .arg(wholeRows()));
    q.exec();
    const int updatedAt = m_store.selectListSize();
    std::vector<ReportDraft> out;
    while (q.next()) {
        ReportDraft d = entityAt(q);
        d.updatedAt = q.value(updatedAt).toString();
        out.push_back(d);
    }
    return out;
}

void ReportDraftRepository::validate(const ReportDraft& d) const
{
    requireText("name", d.name, tr("Ge utkastet ett namn."));
    requireAtMost("name", d.name, 200, tr("Namnet får vara högst 200 tecken."));
    requireNotBefore("period_to", d.periodTo, d.periodFrom,
                     tr("Periodens slut kan inte ligga före dess början."));
    if (d.scopeUnitId > 0 && !liveRow(m_db, "org_unit", d.scopeUnitId))
        throw ValidationError(QStringLiteral("scope_id"),
                              tr("Den valda delen av organisationen finns inte längre."));
    if (d.signatoryId > 0 && !liveRow(m_db, "person", d.signatoryId))
        throw ValidationError(QStringLiteral("signatory_id"),
                              tr("Den som ska underteckna finns inte längre bland personerna."));
    if (d.secondSignatoryId > 0 && !liveRow(m_db, "person", d.secondSignatoryId))
        throw ValidationError(QStringLiteral("second_signatory_id"),
                              tr("Den som ska kontrasignera finns inte längre bland personerna."));
    if (d.signatoryId > 0 && d.signatoryId == d.secondSignatoryId)
        throw ValidationError(QStringLiteral("second_signatory_id"),
                              tr("Kontrasignera med en annan person än den som undertecknar."));
}

} // namespace sakra
