#include "RegradeRunner.h"

#include "Register.h"
#include "RegisterSession.h"
#include "RegradePreview.h"
#include "import/BackgroundJob.h"

#include <QProgressDialog>

namespace sakra::gui {

RegradeRunner::RegradeRunner(RegisterSession& session, QWidget* over, QObject* parent)
    : QObject(parent), m_session(session), m_over(over), m_job(new BackgroundJob(this)),
      m_outcome(std::make_shared<Outcome>())
{
    connect(m_job, &BackgroundJob::progressed, this, &RegradeRunner::onProgress);
    connect(m_job, &BackgroundJob::finished, this, &RegradeRunner::onFinished);
}

RegradeRunner::~RegradeRunner()
{
    delete m_progress;
}

bool RegradeRunner::isRunning() const
{
    return m_job->isRunning();
}

void RegradeRunner::preview(const RiskMatrix& after)
{
    run(tr("Räknar ut vilka risker som får nya värden…"),
        [after](Register& reg, const RiskMatrixRepository::Progress&, Outcome& out) {
            out.before = reg.riskMatrix().current();
            out.grades = reg.riskMatrix().grades();
            out.total = qint64(out.grades.size());
            out.affected = RegradePreview::changedRisks(out.grades, out.before, after);
        });
}

void RegradeRunner::save(const RiskMatrix& after)
{
    run(tr("Sparar riskmatrisen och bedömer om riskerna…"),
        [after](Register& reg, const RiskMatrixRepository::Progress& progress, Outcome& out) {
            // What undo needs is read in the same transaction as the change.
            RiskMatrixRepository::Undo undo;
            out.changed = reg.riskMatrix().save(after, progress, &undo);
            out.before = undo.matrix;
            out.grades = std::move(undo.grades);
            out.total = qint64(out.grades.size());
        });
}

void RegradeRunner::restore(const RiskMatrix& matrix, const std::vector<RiskMatrixRepository::Grades>& grades)
{
    run(tr("Återställer riskmatrisen och riskernas värden…"),
        [matrix, grades](Register& reg, const RiskMatrixRepository::Progress& progress, Outcome& out) {
            out.total = qint64(grades.size());
            out.changed = reg.riskMatrix().restore(matrix, grades, progress);
        });
}

void RegradeRunner::run(const QString& label, Work work)
{
    if (!m_session.hasRegister() || m_job->isRunning())
        return;
    *m_outcome = Outcome();
    delete m_progress;
    m_progress = new QProgressDialog(label, QString(), 0, 0, m_over);
    m_progress->setObjectName(QStringLiteral("regradeProgress"));
    m_progress->setWindowTitle(tr("Riskmatrisen"));
    m_progress->setMinimumWidth(420);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setCancelButton(nullptr); // one transaction: it is all or nothing, and quick
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->show();
    const RegisterSource source = m_session.reg().source();
    std::shared_ptr<Outcome> outcome = m_outcome;
    m_job->start([source, work = std::move(work), outcome](const BackgroundJob::Progress& progress) {
        const std::unique_ptr<Register> reg = Register::open(source);
        work(*reg, progress, *outcome);
    });
}

void RegradeRunner::onProgress(qint64 done, qint64 total)
{
    if (!m_progress || total <= 0)
        return;
    // QProgressDialog counts in int; a percentage is enough to show.
    m_progress->setMaximum(100);
    m_progress->setValue(int(done * 100 / total));
}

void RegradeRunner::onFinished(const QString& problem)
{
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    // The views show what the worker's connection committed.
    m_session.takeOwnOutsideCommits();
    Q_EMIT finished(problem);
}

} // namespace sakra::gui
