#pragma once

#include "Risk.h"
#include "RiskMatrix.h"
#include "RiskMatrixSetting.h"
#include "storage/EntityRepository.h"

#include <QMap>
#include <functional>
#include <vector>

namespace sakra {

// The one risk matrix of a register. Saving a changed matrix re-grades every risk in the same
// transaction, each change in the risks' history, in a few statements for any number of risks
// (RiskRegrader). Long on a large register: the GUI calls it on a thread of its own.
class RiskMatrixRepository : public EntityRepository<RiskMatrixSetting>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::RiskMatrixRepository)

public:
    // A risk's values on the matrix, as they were before a change.
    struct Grades
    {
        qint64 riskId = 0;
        int likelihood = 0;
        int consequence = 0;
        QMap<QString, int> consequenceByDimension;
        int residualLikelihood = 0;
        int residualConsequence = 0;
        QMap<QString, int> residualByDimension;
    };

    // done of total rows, called now and then from the thread doing the work.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    using EntityRepository::EntityRepository;

    RiskMatrix current() const;
    // What undoing a save needs: the matrix before and every live risk's values before.
    struct Undo
    {
        RiskMatrix matrix;
        std::vector<Grades> grades;
    };

    // Saves matrix and re-grades the risks; returns how many risks changed. undo, when given, gets
    // what restore() needs, read in the same transaction.
    int save(const RiskMatrix& matrix, const Progress& progress = {}, Undo* undo = nullptr);
    // Every live risk's values, taken before save() so that it can be undone exactly: rescaling
    // to a smaller matrix and back would not give the same values.
    std::vector<Grades> grades() const;
    // The undo of save(): the old matrix back and every risk's values as they were.
    // Returns how many risks changed.
    int restore(const RiskMatrix& matrix, const std::vector<Grades>& grades, const Progress& progress = {});

protected:
    void validate(const RiskMatrixSetting& setting) const override;
    void checkRemovable(qint64 id) const override;

private:
    qint64 settingId() const;
};

} // namespace sakra
