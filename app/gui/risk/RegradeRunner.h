#pragma once

#include "risk/RiskMatrix.h"
#include "risk/RiskMatrixRepository.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <vector>

class QProgressDialog;
class QWidget;

namespace sakra {
class Register;
}

namespace sakra::gui {

class BackgroundJob;
class RegisterSession;

// Runs a change of the risk matrix, its undo or its preview on a thread of its own with a
// connection of its own (a large register re-grades tens of thousands of risks), while a progress
// dialog over the window says how far it has come. When the work is done the window's views show
// what it committed, and finished() says whether it went well.
class RegradeRunner : public QObject
{
    Q_OBJECT

public:
    // What the last run found or did.
    struct Outcome
    {
        RiskMatrix before;                                // the matrix before a save
        std::vector<RiskMatrixRepository::Grades> grades; // every live risk's values before
        int changed = 0;                                  // risks written
        int affected = 0;                                 // risks a save would change (preview)
        qint64 total = 0;                                 // live risks
    };

    // over: the window the progress dialog stands over (window modal).
    RegradeRunner(RegisterSession& session, QWidget* over, QObject* parent = nullptr);
    ~RegradeRunner() override;

    // How many risks saving after would change; nothing is written.
    void preview(const RiskMatrix& after);
    // Saves after and re-grades every risk.
    void save(const RiskMatrix& after);
    // Puts matrix and every risk's values in grades back (the undo of a save).
    void restore(const RiskMatrix& matrix, const std::vector<RiskMatrixRepository::Grades>& grades);

    bool isRunning() const;
    const Outcome& outcome() const { return *m_outcome; }

Q_SIGNALS:
    // problem: empty when the work went well.
    void finished(const QString& problem);

private:
    using Work =
        std::function<void(Register& reg, const RiskMatrixRepository::Progress& progress, Outcome& out)>;
    void run(const QString& label, Work work);
    void onProgress(qint64 done, qint64 total);
    void onFinished(const QString& problem);

    RegisterSession& m_session;
    QPointer<QWidget> m_over;
    BackgroundJob* m_job;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<Outcome> m_outcome;
};

} // namespace sakra::gui
