#include "RiskRepository.h"

#include "RiskMatrixRepository.h"
#include "WalkFindingRepository.h"
#include "storage/DependentRows.h"
#include "storage/Query.h"
#include "storage/RecordStore.h"
#include "storage/SqlSnippets.h"
#include "storage/Tables.h"

#include <algorithm>

namespace sakra {

namespace {

// Scope, filters and the heat-map cell are all expressed here once, for the list, the count and
// the heat map alike.
ListFilter filterFor(const RiskQuery& q, bool withCell)
{
    ListFilter f("r");
    f.inScope("r.unit_id", q.scopeUnitId);
    if (q.categoryId > 0)
        f.equals("r.category_id", q.categoryId);
    if (q.level >= 0)
        f.equals("r.level", q.level);
    if (q.status)
        f.equals("r.status", Risk::kStatuses.code(*q.status));
    if (q.ownerId > 0)
        f.equals("r.owner_id", q.ownerId);
    if (q.overdueOnly)
        f.where(QStringLiteral("r.status <> 'closed' AND r.next_review < ?"),
                {q.today.toString(Qt::ISODate)});
    f.matches(q.text, "r.id", "risk");
    if (withCell && q.cellLikelihood > 0 && q.cellConsequence > 0)
        f.where(q.cellResidual ? QStringLiteral("coalesce(r.residual_likelihood, r.likelihood) = ? "
                                                "AND coalesce(r.residual_consequence, r.consequence) = ?")
                               : QStringLiteral("r.likelihood = ? AND r.consequence = ?"),
                {q.cellLikelihood, q.cellConsequence});
    return f;
}

QString orderBy(const RiskQuery& q)
{
    // Chosen from a fixed list, never taken from the caller as text.
    QString column;
    switch (q.sort) {
    case RiskQuery::Sort::Title: column = QStringLiteral("r.title COLLATE NOCASE"); break;
    case RiskQuery::Sort::Unit: column = QStringLiteral("u.name COLLATE NOCASE"); break;
    case RiskQuery::Sort::Category: column = QStringLiteral("c.sort_order"); break;
    case RiskQuery::Sort::Level: column = QStringLiteral("r.level"); break;
    case RiskQuery::Sort::ResidualLevel:
        column = QStringLiteral("coalesce(r.residual_level, r.level)");
        break;
    case RiskQuery::Sort::Status: column = QStringLiteral("r.status"); break;
    case RiskQuery::Sort::Owner: column = QStringLiteral("p.name COLLATE NOCASE"); break;
    case RiskQuery::Sort::NextReview: column = QStringLiteral("r.next_review"); break;
    }
    return SqlSnippets::orderById(column, "r", q.ascending);
}

RiskRepository::Listing listing()
{
    return {
        "r",
        QStringLiteral(", u.name, c.name, p.name"),
        QStringLiteral(" JOIN org_unit u ON u.id = r.unit_id JOIN risk_category c ON c.id = r.category_id "
                       "LEFT JOIN person p ON p.id = r.owner_id"),
        [](const RiskQuery& q) { return filterFor(q, true); },
        orderBy,
        [](Risk r, const SqliteStatement& q, int n) {
            return RiskRow{std::move(r), q.value(n).toString(), q.value(n + 1).toString(),
                           q.value(n + 2).toString()};
        }};
}

} // namespace

RiskRepository::RiskRepository(Database& db) : ListRepository(db, listing()) {}

HeatMap RiskRepository::heatMap(const RiskQuery& query, bool residual) const
{
    const RiskMatrix matrix = RiskMatrixRepository(m_db).current();
    HeatMap map(matrix.likelihoodSize(), matrix.consequenceSize());
    const ListFilter f = filterFor(query, false);
    const QString cell = residual ? QStringLiteral("coalesce(r.residual_likelihood, r.likelihood), "
                                                   "coalesce(r.residual_consequence, r.consequence)")
                                  : QStringLiteral("r.likelihood, r.consequence");
    Query q(m_db, QStringLiteral("SELECT ") + cell + QStringLiteral(", count(*) FROM risk r") + f.sql() +
                      QStringLiteral(" GROUP BY 1, 2"));
    f.bindTo(q);
    q.exec();
    while (q.next())
        map.add(q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt());
    return map;
}

void RiskRepository::completeDerived(Risk& r) const
{
    const RiskMatrix matrix = RiskMatrixRepository(m_db).current();
    if (!matrix.dimensions().empty() && !r.consequenceByDimension.isEmpty())
        r.consequence = *std::max_element(r.consequenceByDimension.cbegin(), r.consequenceByDimension.cend());
    if (!matrix.dimensions().empty() && !r.residualByDimension.isEmpty())
        r.residualConsequence =
            *std::max_element(r.residualByDimension.cbegin(), r.residualByDimension.cend());
    if (matrix.dimensions().empty()) {
        r.consequenceByDimension.clear();
        r.residualByDimension.clear();
    }
    r.level = matrix.levelOf(r.likelihood, r.consequence);
    r.residualLevel = r.hasResidual() ? matrix.levelOf(r.residualLikelihood, r.residualConsequence) : -1;
    r.nextReview = r.assessedOn.isValid() ? r.assessedOn.addMonths(r.reviewMonths) : QDate();
}

void RiskRepository::validate(const Risk& r) const
{
    requireText("title", r.title, tr("Ge risken en rubrik."));
    requireAtMost("title", r.title, 300, tr("Rubriken är för lång (högst 300 tecken)."));
    requireLive("unit_id", Tables::orgUnit(), r.unitId, tr("Välj den enhet som risken gäller."));
    requireLiveOrNone("site_id", Tables::site(), r.siteId, tr("Den valda lokalen finns inte."));
    requireLiveOrNone("inventory_id", Tables::riskInventory(), r.inventoryId,
                      tr("Den valda riskinventeringen finns inte."));
    requireLive("category_id", Tables::riskCategory(), r.categoryId, tr("Välj en kategori ur katalogen."));
    requireLiveOrNone("owner_id", Tables::person(), r.ownerId,
                      tr("Ägaren finns inte bland personerna i registret."));

    const RiskMatrix matrix = RiskMatrixRepository(m_db).current();
    const int ls = matrix.likelihoodSize();
    const int cs = matrix.consequenceSize();
    if (r.likelihood < 1 || r.likelihood > ls)
        throw ValidationError(QStringLiteral("likelihood"),
                              tr("Sannolikheten ska vara mellan 1 och %1.").arg(ls));
    auto checkDimensions = [&](const QMap<QString, int>& values, const char* field) {
        if (matrix.dimensions().empty())
            return;
        for (const RiskMatrix::Dimension& d : matrix.dimensions()) {
            const int v = values.value(d.key, 0);
            if (v < 1 || v > cs)
                throw ValidationError(
                    QLatin1String(field),
                    tr("Konsekvensen för %1 ska vara mellan 1 och %2.").arg(d.name.text()).arg(cs));
        }
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            if (std::none_of(matrix.dimensions().begin(), matrix.dimensions().end(),
                             [&](const RiskMatrix::Dimension& d) { return d.key == it.key(); }))
                throw ValidationError(QLatin1String(field),
                                      tr("Matrisen har ingen konsekvensdimension %1.").arg(it.key()));
    };
    checkDimensions(r.consequenceByDimension, "consequence_detail");
    if (r.consequence < 1 || r.consequence > cs)
        throw ValidationError(QStringLiteral("consequence"),
                              tr("Konsekvensen ska vara mellan 1 och %1.").arg(cs));
    if ((r.residualLikelihood == 0) != (r.residualConsequence == 0))
        throw ValidationError(
            QStringLiteral("residual_likelihood"),
            tr("Ange både sannolikhet och konsekvens för den kvarvarande risken, eller ingen av dem."));
    if (r.hasResidual()) {
        if (r.residualLikelihood < 1 || r.residualLikelihood > ls)
            throw ValidationError(QStringLiteral("residual_likelihood"),
                                  tr("Den kvarvarande sannolikheten ska vara mellan 1 och %1.").arg(ls));
        checkDimensions(r.residualByDimension, "residual_detail");
        if (r.residualConsequence < 1 || r.residualConsequence > cs)
            throw ValidationError(QStringLiteral("residual_consequence"),
                                  tr("Den kvarvarande konsekvensen ska vara mellan 1 och %1.").arg(cs));
    }
    if (r.level < 0)
        throw ValidationError(QStringLiteral("level"),
                              tr("Rutan har ingen risknivå i matrisen; se över matrisens gränser."));
    requireDate("assessed_on", r.assessedOn, tr("Ange när risken bedömdes (ÅÅÅÅ-MM-DD)."));
    if (r.reviewMonths < 1 || r.reviewMonths > 60)
        throw ValidationError(QStringLiteral("review_months"), tr("Risken omprövas var 1 till 60 månader."));
}

void RiskRepository::checkRemovable(qint64 id) const
{
    requireUnused("action_risk", "risk_id", id, [&](int n) {
        return tr("%n åtgärd(er) är kopplade till risken; koppla bort dem först.", nullptr, n);
    });
    requireUnused("walk_finding", "risk_id", id, [&](int n) {
        return tr("%n iakttagelse(r) från säkerhetsvandringar pekar på risken; ändra dem först.", nullptr, n);
    });
}

void RiskRepository::removeDependants(qint64 id)
{
    DependentRows::remove(m_db, Tables::incidentRisk(), "risk_id", id);
}

void RiskRepository::restoreDependants(qint64 id, const QString& removedAt)
{
    DependentRows::restore(m_db, Tables::incidentRisk(), "risk_id", id, removedAt);
}

RiskResidual RiskRepository::proposedResidual(qint64 riskId, int likelihood, int consequence) const
{
    const Risk risk = get(riskId);
    RiskResidual out{likelihood, consequence, {}};
    const RiskMatrix matrix = RiskMatrixRepository(m_db).current();
    if (matrix.dimensions().empty())
        return out;
    QString worstKey;
    int worst = 0;
    for (const RiskMatrix::Dimension& d : matrix.dimensions()) {
        const int inherent = risk.consequenceByDimension.value(d.key, consequence);
        const int value = std::min(inherent, consequence);
        out.byDimension.insert(d.key, value);
        if (value >= worst) {
            worst = value;
            worstKey = d.key;
        }
    }
    if (!worstKey.isEmpty())
        out.byDimension.insert(worstKey, consequence);
    return out;
}

int RiskRepository::setResidual(qint64 riskId, const RiskResidual& residual)
{
    Transaction tx(m_db);
    Risk risk = get(riskId);
    risk.residualLikelihood = residual.likelihood;
    risk.residualConsequence = residual.consequence;
    risk.residualByDimension = residual.byDimension;
    const int version = update(risk);
    tx.commit();
    return version;
}

qint64 RiskRepository::createFromFinding(qint64 findingId, const Risk& risk)
{
    Transaction tx(m_db);
    WalkFindingRepository findings(m_db);
    WalkFinding finding = findings.get(findingId);
    if (finding.riskId != 0)
        throw ValidationError(QStringLiteral("risk_id"),
                              QCoreApplication::translate("sakra::RiskRepository",
                                                          "Iakttagelsen är redan kopplad till en risk."));
    const qint64 id = create(risk);
    finding.riskId = id;
    findings.update(finding);
    tx.commit();
    return id;
}

void RiskRepository::removeFromFinding(qint64 findingId, qint64 riskId)
{
    Transaction tx(m_db);
    WalkFindingRepository findings(m_db);
    WalkFinding finding = findings.get(findingId);
    finding.riskId = 0;
    findings.update(finding);
    // After the unlink: a risk that a finding points at cannot be removed.
    remove(riskId);
    tx.commit();
}

void RiskRepository::restoreToFinding(qint64 findingId, qint64 riskId)
{
    Transaction tx(m_db);
    WalkFindingRepository findings(m_db);
    WalkFinding finding = findings.get(findingId);
    if (finding.riskId != 0 && finding.riskId != riskId)
        throw ValidationError(QStringLiteral("risk_id"),
                              QCoreApplication::translate("sakra::RiskRepository",
                                                          "Iakttagelsen är redan kopplad till en risk."));
    restore(riskId);
    finding.riskId = riskId;
    findings.update(finding);
    tx.commit();
}

} // namespace sakra
