#include "RiskMatrixRepository.h"

#include "Risk.h"
#include "storage/Query.h"

#include <algorithm>

namespace sakra {

namespace {

// Moves a risk's values onto the new matrix: rescaled to the new sizes, dimension values kept
// where the dimension still exists and filled from the overall value where it is new.
void regrade(Risk& r, const RiskMatrix& from, const RiskMatrix& to)
{
    const int lf = from.likelihoodSize(), lt = to.likelihoodSize();
    const int cf = from.consequenceSize(), ct = to.consequenceSize();
    auto moveDimensions = [&](QMap<QString, int>& values, int overall) {
        QMap<QString, int> moved;
        for (const RiskMatrix::Dimension& d : to.dimensions())
            moved.insert(d.key,
                         values.contains(d.key) ? RiskMatrix::rescale(values.value(d.key), cf, ct) : overall);
        values = moved;
    };
    r.likelihood = RiskMatrix::rescale(r.likelihood, lf, lt);
    r.consequence = RiskMatrix::rescale(r.consequence, cf, ct);
    moveDimensions(r.consequenceByDimension, r.consequence);
    if (r.hasResidual()) {
        r.residualLikelihood = RiskMatrix::rescale(r.residualLikelihood, lf, lt);
        r.residualConsequence = RiskMatrix::rescale(r.residualConsequence, cf, ct);
        moveDimensions(r.residualByDimension, r.residualConsequence);
    }
}
} // namespace

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

int RiskMatrixRepository::save(const RiskMatrix& matrix)
{
    const QString problem = matrix.problem();
    if (!problem.isEmpty())
        throw ValidationError(QStringLiteral("config"), problem);
    Transaction tx(m_db);
    const RiskMatrix old = current();
    RiskMatrixSetting setting = get(settingId());
    setting.config = QString::fromUtf8(matrix.toJson());
    update(setting);

    // Re-grade through the generic store so that every changed risk has its history.
    RecordStore risks(m_db, Tables::risk());
    Query q(m_db, QStringLiteral("SELECT id FROM risk WHERE deleted_at IS NULL ORDER BY id"));
    q.exec();
    std::vector<qint64> ids;
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    int changed = 0;
    for (const qint64 id : ids) {
        Risk r = Risk::fromValues(*risks.load(id));
        regrade(r, old, matrix);
        changed += writeGrades(matrix, r) ? 1 : 0;
    }
    tx.commit();
    return changed;
}

bool RiskMatrixRepository::writeGrades(const RiskMatrix& matrix, Risk& r)
{
    if (!r.consequenceByDimension.isEmpty())
        r.consequence = *std::max_element(r.consequenceByDimension.cbegin(), r.consequenceByDimension.cend());
    if (!r.residualByDimension.isEmpty())
        r.residualConsequence =
            *std::max_element(r.residualByDimension.cbegin(), r.residualByDimension.cend());
    r.level = std::max(0, matrix.levelOf(r.likelihood, r.consequence));
    r.residualLevel =
        r.hasResidual() ? std::max(0, matrix.levelOf(r.residualLikelihood, r.residualConsequence)) : -1;
    const int before = r.rowVersion;
    return RecordStore(m_db, Tables::risk()).update(r.id, r.toValues(), r.rowVersion) != before;
}

std::vector<RiskMatrixRepository::Grades> RiskMatrixRepository::grades() const
{
    RecordStore risks(m_db, Tables::risk());
    Query q(m_db, QStringLiteral("SELECT id FROM risk WHERE deleted_at IS NULL ORDER BY id"));
    q.exec();
    std::vector<Grades> out;
    while (q.next()) {
        const Risk r = Risk::fromValues(*risks.load(q.value(0).toLongLong()));
        out.push_back({r.id, r.likelihood, r.consequence, r.consequenceByDimension, r.residualLikelihood,
                       r.residualConsequence, r.residualByDimension});
    }
    return out;
}

void RiskMatrixRepository::restore(const RiskMatrix& matrix, const std::vector<Grades>& grades)
{
    const QString problem = matrix.problem();
    if (!problem.isEmpty())
        throw ValidationError(QStringLiteral("config"), problem);
    Transaction tx(m_db);
    RiskMatrixSetting setting = get(settingId());
    setting.config = QString::fromUtf8(matrix.toJson());
    update(setting);
    RecordStore risks(m_db, Tables::risk());
    for (const Grades& g : grades) {
        const auto values = risks.load(g.riskId);
        if (!values || !values->value(QStringLiteral("deleted_at")).isNull())
            continue; // removed since; nothing to put back
        Risk r = Risk::fromValues(*values);
        r.likelihood = g.likelihood;
        r.consequence = g.consequence;
        r.consequenceByDimension = g.consequenceByDimension;
        r.residualLikelihood = g.residualLikelihood;
        r.residualConsequence = g.residualConsequence;
        r.residualByDimension = g.residualByDimension;
        writeGrades(matrix, r);
    }
    tx.commit();
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
