#include "ChangeRiskMatrixCommand.h"

#include "RegisterSession.h"
#include "risk/RegradeRunner.h"

#include <QApplication>
#include <QUndoStack>

namespace sakra::gui {

namespace {

// Runs step on a runner of its own that goes when it is done.
void runApart(RegisterSession& session, const std::function<void(RegradeRunner&)>& step)
{
    auto* runner = new RegradeRunner(session, QApplication::activeWindow(), &session);
    QObject::connect(runner, &RegradeRunner::finished, &session, [&session, runner](const QString& problem) {
        runner->deleteLater();
        if (problem.isEmpty())
            return;
        session.undoStack()->clear();
        session.reportError(problem);
    });
    step(*runner);
}

} // namespace

ChangeRiskMatrixCommand::ChangeRiskMatrixCommand(RegisterSession& session, const RiskMatrix& before,
                                                 const RiskMatrix& after,
                                                 std::vector<RiskMatrixRepository::Grades> grades,
                                                 const QString& text)
    : RegisterCommand(session, text), m_session(session), m_before(before), m_after(after),
      m_grades(std::move(grades))
{
}

void ChangeRiskMatrixCommand::apply(bool firstTime)
{
    if (firstTime)
        return; // saved by the matrix editor's runner already
    const RiskMatrix after = m_after;
    runApart(m_session, [after](RegradeRunner& runner) { runner.save(after); });
}

void ChangeRiskMatrixCommand::revert()
{
    const RiskMatrix before = m_before;
    const std::vector<RiskMatrixRepository::Grades> grades = m_grades;
    runApart(m_session, [before, grades](RegradeRunner& runner) { runner.restore(before, grades); });
}

} // namespace sakra::gui
