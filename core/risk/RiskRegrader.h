#pragma once

#include "RiskMatrix.h"
#include "RiskMatrixRepository.h"

#include <QCoreApplication>
#include <functional>
#include <vector>

namespace sakra {

class Database;

// Moves every live risk onto a risk matrix in a few statements, for a register of any size: the
// risks are read in one statement, their new values worked out in memory by the rules below, the
// changed ones written with one UPDATE from a temporary table, and their history appended to the
// hash chain with one reused statement, all in the caller's transaction. The change set names the
// risk table as a whole.
//
// The rules (RiskMatrixRepository::save): each value rescaled to the new sizes, consequence values
// per dimension kept where the dimension still exists and filled from the overall value where it is
// new, the worst dimension counts, and the levels looked up in the new matrix.
class RiskRegrader
{
    Q_DECLARE_TR_FUNCTIONS(sakra::RiskRegrader)

public:
    // done of total rows; called now and then, from the thread doing the work.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit RiskRegrader(Database& db, Progress progress = {});

    // Every live risk's values before a change (RiskMatrixRepository::grades()), in id order.
    std::vector<RiskMatrixRepository::Grades> grades() const;
    // Moves the risks from matrix from onto matrix to; returns how many rows changed. before, when
    // given, gets every live risk's values as they were (what putBack() needs).
    int regrade(const RiskMatrix& from, const RiskMatrix& to,
                std::vector<RiskMatrixRepository::Grades>* before = nullptr);
    // Puts back the values in grades with matrix's levels (the undo of regrade); risks removed
    // since are left alone. Returns how many rows changed.
    int putBack(const RiskMatrix& matrix, const std::vector<RiskMatrixRepository::Grades>& grades);

private:
    struct Change;
    // Moves the risks onto to: from grades when given (only the risks they hold), else rescaled from
    // from; before, when given, gets the values the risks had.
    int move(const RiskMatrix& from, const RiskMatrix& to,
             const std::vector<RiskMatrixRepository::Grades>* grades,
             std::vector<RiskMatrixRepository::Grades>* before);
    // Writes the changed grades with their history (read: rows read before, for the progress);
    // refuses a reference row of a package.
    int write(const std::vector<Change>& changes, qint64 read);
    void report(qint64 done, qint64 total) const;

    Database& m_db;
    Progress m_progress;
};

} // namespace sakra
