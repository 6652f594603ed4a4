#pragma once

#include <QObject>
#include <QString>
#include <atomic>
#include <functional>

class QThread;

namespace sakra::gui {

// One piece of work on a thread of its own, so the window stays responsive: reading a large
// spreadsheet, working out an import's preview, the import itself. The work reports progress
// through the function it is given and looks at cancelRequested(); what it throws (core's Error
// or a std::exception) comes back as finished()'s message. Signals arrive on this object's
// thread. Destroying the job cancels it and waits for the thread.
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    using Work = std::function<void(const Progress& progress)>;

    explicit BackgroundJob(QObject* parent = nullptr);
    ~BackgroundJob() override;

    // Starts work; a job still running is cancelled and waited for first.
    void start(Work work);
    bool isRunning() const { return m_thread != nullptr; }
    void cancel() { m_cancel = true; }
    // Cancels and waits until the thread has ended (finished() is not emitted then).
    void cancelAndWait();
    const std::atomic_bool* cancelFlag() const { return &m_cancel; }

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    // problem: empty when the work ended without an exception.
    void finished(const QString& problem);

private:
    void onThreadDone(quint64 generation, const QString& problem);

    QThread* m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    quint64 m_generation = 0;
};

} // namespace sakra::gui
