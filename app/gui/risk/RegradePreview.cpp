#include "RegradePreview.h"

#include "risk/RiskMatrix.h"

#include <algorithm>

namespace sakra::gui {

namespace {
struct Values
{
    int likelihood = 0;
    int consequence = 0;
    QMap<QString, int> dimensions;
    int residualLikelihood = 0;
    int residualConsequence = 0;
    QMap<QString, int> residualDimensions;
    int level = -1;
    int residualLevel = -1;

    bool hasResidual() const { return residualLikelihood > 0 && residualConsequence > 0; }
    bool operator==(const Values& o) const
    {
        return likelihood == o.likelihood && consequence == o.consequence && dimensions == o.dimensions &&
               residualLikelihood == o.residualLikelihood && residualConsequence == o.residualConsequence &&
               residualDimensions == o.residualDimensions && level == o.level &&
               residualLevel == o.residualLevel;
    }
};

void grade(Values& v, const RiskMatrix& matrix)
{
    if (!v.dimensions.isEmpty())
        v.consequence = *std::max_element(v.dimensions.cbegin(), v.dimensions.cend());
    if (!v.residualDimensions.isEmpty())
        v.residualConsequence = *std::max_element(v.residualDimensions.cbegin(), v.residualDimensions.cend());
    v.level = std::max(0, matrix.levelOf(v.likelihood, v.consequence));
    v.residualLevel =
        v.hasResidual() ? std::max(0, matrix.levelOf(v.residualLikelihood, v.residualConsequence)) : -1;
}
} // namespace

int RegradePreview::changedRisks(const std::vector<RiskMatrixRepository::Grades>& grades,
                                 const RiskMatrix& from, const RiskMatrix& to)
{
    const int lf = from.likelihoodSize(), lt = to.likelihoodSize();
    const int cf = from.consequenceSize(), ct = to.consequenceSize();
    auto moveDimensions = [&](const QMap<QString, int>& values, int overall) {
        QMap<QString, int> moved;
        for (const RiskMatrix::Dimension& d : to.dimensions())
            moved.insert(d.key,
                         values.contains(d.key) ? RiskMatrix::rescale(values.value(d.key), cf, ct) : overall);
        return moved;
    };
    int changed = 0;
    for (const RiskMatrixRepository::Grades& g : grades) {
        Values before{g.likelihood,         g.consequence,         g.consequenceByDimension,
                      g.residualLikelihood, g.residualConsequence, g.residualByDimension};
        before.level = std::max(0, from.levelOf(before.likelihood, before.consequence));
        before.residualLevel =
            before.hasResidual()
                ? std::max(0, from.levelOf(before.residualLikelihood, before.residualConsequence))
                : -1;

        Values after = before;
        after.likelihood = RiskMatrix::rescale(before.likelihood, lf, lt);
        after.consequence = RiskMatrix::rescale(before.consequence, cf, ct);
        after.dimensions = moveDimensions(before.dimensions, after.consequence);
        if (before.hasResidual()) {
            after.residualLikelihood = RiskMatrix::rescale(before.residualLikelihood, lf, lt);
            after.residualConsequence = RiskMatrix::rescale(before.residualConsequence, cf, ct);
            after.residualDimensions = moveDimensions(before.residualDimensions, after.residualConsequence);
        }
        grade(after, to);
        changed += after == before ? 0 : 1;
    }
    return changed;
}

} // namespace sakra::gui
