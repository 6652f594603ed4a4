#include "RiskMatrixRepository.h"

#include "Risk.h"
#include "RiskRegrader.h"
#include "storage/Query.h"

#include <algorithm>

namespace sakra {

qint64 RiskMatrixRepository::settingId() const
{
    // Asked for every risk checked (twice in an import of many): the connection's kept statement.
    return Query::cached(m_db, QStringLiteral("SELECT id FROM risk_matrix WHERE deleted_at IS NULL ORDER BY "
                                              "id LIMIT 1"))
        .scalar()
        .toLongLong();
}

RiskMatrix RiskMatrixRepository::current() const
{
    // Asked twice for every risk checked, thousands of times in an import: the text read through
    // the connection's kept statement, and parsed again only when it is not the text parsed last.
    const QVariant config = Query::cached(m_db, QStringLiteral("SELECT config FROM risk_matrix WHERE "
                                                               "deleted_at IS NULL ORDER BY id LIMIT 1"))
                                .scalar();
    if (!config.isValid())
        return RiskMatrix::standard();
    thread_local QString parsedText;
    thread_local RiskMatrix parsed;
    const QString text = config.toString();
    if (text != parsedText || parsedText.isNull()) {
        parsed = RiskMatrix::fromJson(text.toUtf8());
        parsedText = text.isNull() ? QStringLiteral("") : text;
    }
    return parsed;
}

int RiskMatrixRepository::save(const RiskMatrix& matrix, const Progress& progress, Undo* undo)
{
    const QString problem = matrix.problem();
    if (!problem.isEmpty())
        throw ValidationError(QStringLiteral("config"), problem);
    Transaction tx(m_db);
    const RiskMatrix old = current();
    RiskMatrixSetting setting = get(settingId());
    setting.config = QString::fromUtf8(matrix.toJson());
    update(setting);
    if (undo)
        undo->matrix = old;
    const int changed = RiskRegrader(m_db, progress).regrade(old, matrix, undo ? &undo->grades : nullptr);
    tx.commit();
    return changed;
}

std::vector<RiskMatrixRepository::Grades> RiskMatrixRepository::grades() const
{
    return RiskRegrader(m_db).grades();
}

int RiskMatrixRepository::restore(const RiskMatrix& matrix, const std::vector<Grades>& grades,
                                  const Progress& progress)
{
    const QString problem = matrix.problem();
    if (!problem.isEmpty())
        throw ValidationError(QStringLiteral("config"), problem);
    Transaction tx(m_db);
    RiskMatrixSetting setting = get(settingId());
    setting.config = QString::fromUtf8(matrix.toJson());
    update(setting);
    const int changed = RiskRegrader(m_db, progress).putBack(matrix, grades);
    tx.commit();
    return changed;
}

void RiskMatrixRepository::validate(const RiskMatrixSetting& setting) const
{
    RiskMatrix::fromJson(setting.config.toUtf8()); // throws with the problem
}

void RiskMatrixRepository::checkRemovable(qint64 id) const
{
    Q_UNUSED(id)
    throw ValidationError(QStringLiteral("id"), tr("Registret behöver sin riskmatris; ändra den i stället."));
}

} // namespace sakra
