#include "ReportTask.h"

#include "Register.h"
#include "report/ReportBuilder.h"
#include "report/ReportWriter.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

namespace sakra::gui {

PreparedReport::PreparedReport(report::ReportDocument doc) : document(std::move(doc)), renderer(document) {}

ReportTask* ReportTask::prepare(const RegisterSource& source, const report::ReportRequest& request,
                                QWidget* parent)
{
    return new ReportTask(source, request, QString(), parent);
}

ReportTask* ReportTask::exportPdf(const RegisterSource& source, const report::ReportRequest& request,
                                  const QString& pdfPath, QWidget* parent)
{
    return new ReportTask(source, request, pdfPath, parent);
}

ReportTask::ReportTask(const RegisterSource& source, const report::ReportRequest& request,
                       const QString& pdfPath, QWidget* parent)
    : QObject(parent), m_source(source), m_request(request), m_pdfPath(pdfPath)
{
    auto* dialog = new QProgressDialog(parent);
    m_dialog = dialog;
    dialog->setObjectName(QStringLiteral("reportProgressDialog"));
    dialog->setWindowTitle(pdfPath.isEmpty() ? tr("Förhandsgranskning") : tr("Exportera PDF"));
    dialog->setLabelText(tr("Förbereder…"));
    dialog->setCancelButtonText(tr("Avbryt"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setRange(0, 0); // busy until the page count is known
    // Small documents are done before the dialog would be worth seeing.
    dialog->setMinimumDuration(400);
    dialog->setMinimumWidth(360);
    connect(dialog, &QProgressDialog::canceled, this, &ReportTask::cancel);
    connect(this, &ReportTask::stageChanged, this, &ReportTask::onStage);
    connect(this, &ReportTask::progressed, this, &ReportTask::onProgress);

    // The worker starts from the event loop, so a caller can still cancel before any work is done.
    QMetaObject::invokeMethod(this, &ReportTask::start, Qt::QueuedConnection);
}

ReportTask::~ReportTask()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
    delete m_dialog.data();
}

QProgressDialog* ReportTask::progressDialog() const
{
    return m_dialog;
}

void ReportTask::start()
{
    if (m_thread || m_status != Status::Running)
        return;
    m_thread = QThread::create([this] { work(); });
    m_thread->setObjectName(QStringLiteral("report"));
    connect(m_thread, &QThread::finished, this, &ReportTask::onThreadFinished);
    m_thread->start(QThread::LowPriority);
    // While the figures are read there is no page to count: the dialog comes up on its own time.
    QTimer::singleShot(m_dialog ? m_dialog->minimumDuration() : 0, this, [this] {
        if (m_status == Status::Running && !m_cancel && m_dialog)
            m_dialog->show();
    });
}

void ReportTask::work()
{
    Outcome outcome;
    try {
        if (m_cancel) {
            outcome.status = Status::Cancelled;
            m_outcome = std::move(outcome);
            return;
        }
        Q_EMIT stageChanged(tr("Hämtar uppgifterna ur registret…"));
        std::shared_ptr<PreparedReport> prepared;
        QElapsedTimer clock;
        clock.start();
        {
            // A connection of the worker's own, closed as soon as the figures are read.
            const std::unique_ptr<Register> reg =
                Register::open(m_source, Database::WhenNotWritable::OpenReadOnly);
            prepared = std::make_shared<PreparedReport>(report::ReportBuilder::build(*reg, m_request));
        }
        outcome.buildMs = clock.elapsed();
        if (m_cancel) {
            outcome.status = Status::Cancelled;
        } else if (m_pdfPath.isEmpty()) {
            Q_EMIT stageChanged(tr("Delar in dokumentet i sidor…"));
            outcome.pages = prepared->renderer.pageCount();
            outcome.status = m_cancel ? Status::Cancelled : Status::Done;
            if (outcome.status == Status::Done)
                outcome.prepared = std::move(prepared);
        } else {
            Q_EMIT stageChanged(tr("Delar in dokumentet i sidor…"));
            const auto progress = [this](int done, int total) { Q_EMIT progressed(done, total); };
            const auto result =
                report::ReportWriter::writePdf(prepared->document, m_pdfPath, progress, &m_cancel);
            outcome.pages = result.pages;
            outcome.status = result.written ? Status::Done : Status::Cancelled;
        }
    } catch (const ValidationError& e) {
        outcome = Outcome();
        outcome.error = e.message();
        outcome.errorField = e.field();
    } catch (const Error& e) {
        outcome = Outcome();
        outcome.error = e.message();
    } catch (const std::exception& e) {
        // Nothing may escape the thread; the message is the library's, not the register's data.
        outcome = Outcome();
        outcome.error = tr("Ett oväntat fel inträffade: %1").arg(QString::fromLocal8Bit(e.what()));
    }
    m_outcome = std::move(outcome);
}

void ReportTask::cancel()
{
    if (m_status != Status::Running)
        return;
    m_cancel = true;
    if (m_dialog)
        m_dialog->setLabelText(tr("Avbryter…"));
    if (!m_thread) {
        // Never started: nothing to wait for.
        m_outcome = Outcome();
        m_outcome.status = Status::Cancelled;
        onThreadFinished();
    }
}

void ReportTask::waitForFinished()
{
    if (m_status != Status::Running)
        return;
    if (!m_thread)
        start();
    if (m_thread)
        m_thread->wait();
    onThreadFinished();
}

void ReportTask::onStage(const QString& text)
{
    if (m_dialog && !m_cancel)
        m_dialog->setLabelText(text);
}

void ReportTask::onProgress(int done, int total)
{
    if (!m_dialog || m_cancel || m_status != Status::Running)
        return;
    if (m_dialog->maximum() != total)
        m_dialog->setRange(0, total);
    m_dialog->setLabelText(
        tr("Skriver sida %1 av %2…").arg(QLocale().toString(done), QLocale().toString(total)));
    m_dialog->setValue(done);
}

void ReportTask::onThreadFinished()
{
    if (m_status != Status::Running)
        return;
    m_status = m_outcome.status;
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
    }
    Q_EMIT finished();
}

} // namespace sakra::gui
