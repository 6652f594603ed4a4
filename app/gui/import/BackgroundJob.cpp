#include "BackgroundJob.h"

#include "Register.h"

#include <QThread>

namespace sakra::gui {

BackgroundJob::BackgroundJob(QObject* parent) : QObject(parent) {}

BackgroundJob::~BackgroundJob()
{
    cancelAndWait();
}

void BackgroundJob::cancelAndWait()
{
    if (!m_thread)
        return;
    m_cancel = true;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    ++m_generation; // what the ended thread queued is dropped
}

void BackgroundJob::start(Work work)
{
    cancelAndWait();
    m_cancel = false;
    const quint64 generation = ++m_generation;
    m_thread = QThread::create([this, work = std::move(work), generation] {
        QString problem;
        const Progress progress = [this, generation](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this,
                [this, generation, done, total] {
                    if (generation == m_generation)
                        Q_EMIT progressed(done, total);
                },
                Qt::QueuedConnection);
        };
        try {
            work(progress);
        } catch (const Error& e) {
            problem = e.message();
        } catch (const std::exception& e) {
            problem = tr("Ett oväntat fel inträffade: %1").arg(QString::fromLocal8Bit(e.what()));
        }
        QMetaObject::invokeMethod(
            this, [this, generation, problem] { onThreadDone(generation, problem); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void BackgroundJob::onThreadDone(quint64 generation, const QString& problem)
{
    if (generation != m_generation || !m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    Q_EMIT finished(problem);
}

} // namespace sakra::gui
