#pragma once

#include "report/ReportDocument.h"
#include "report/ReportRenderer.h"
#include "report/ReportRequest.h"
#include "storage/RegisterSource.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <atomic>
#include <memory>

class QProgressDialog;
class QThread;
class QWidget;

namespace sakra::gui {

// A document built and laid out, ready to be painted: the print preview and printing paint it
// on the GUI thread. The renderer refers to the document, so both live here together.
struct PreparedReport
{
    explicit PreparedReport(report::ReportDocument doc);

    report::ReportDocument document;
    report::ReportRenderer renderer;
};

// One board document made off the GUI thread. The worker opens its own connection to the register
// file (the window's connection belongs to the GUI thread), builds the document and either lays
// it out for the preview or writes it as PDF. A progress dialog shows the pages done of the total
// and its Cancel really stops the worker: an export then leaves no file, and a file that was at
// the path before stays as it was.
//
// The task deletes nothing by itself; its owner keeps it until finished() and may delete it
// at any time (a running worker is cancelled and waited for).
class ReportTask : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Running,
        Done,
        Cancelled,
        Failed
    };

    // Builds and lays out the document for a preview.
    static ReportTask* prepare(const RegisterSource& source, const report::ReportRequest& request,
                               QWidget* parent);
    // Builds the document and writes it to pdfPath (readable by the owner only).
    static ReportTask* exportPdf(const RegisterSource& source, const report::ReportRequest& request,
                                 const QString& pdfPath, QWidget* parent);
    ~ReportTask() override;

    Status status() const { return m_status; }
    // The rest once finished: why it failed and the request's field core named (empty when none),
    // the pages laid out or written, and after a prepare the document ready to paint.
    QString errorMessage() const { return m_status == Status::Running ? QString() : m_outcome.error; }
    QString errorField() const { return m_status == Status::Running ? QString() : m_outcome.errorField; }
    int pages() const { return m_status == Status::Running ? 0 : m_outcome.pages; }
    std::shared_ptr<PreparedReport> prepared() const
    {
        return m_status == Status::Running ? nullptr : m_outcome.prepared;
    }
    QString pdfPath() const { return m_pdfPath; }
    // How long reading the register into the document took, in the worker (for the timing tool).
    qint64 buildMilliseconds() const { return m_status == Status::Running ? 0 : m_outcome.buildMs; }
    // Null once finished.
    QProgressDialog* progressDialog() const;

    // Waits for the worker (tests and tools); returns at once when finished.
    void waitForFinished();
    // Asks the worker to stop before its next page. Safe from any thread, also from a slot
    // connected directly to progressed(), which runs in the worker.
    void requestStop() { m_cancel = true; }

public Q_SLOTS:
    // Asks the worker to stop at the next page; finished() follows with status Cancelled unless
    // the work was already done.
    void cancel();

Q_SIGNALS:
    // From the worker thread (queued to receivers in the GUI thread).
    void stageChanged(const QString& text);
    void progressed(int done, int total);
    // In the GUI thread, once.
    void finished();

private:
    ReportTask(const RegisterSource& source, const report::ReportRequest& request, const QString& pdfPath,
               QWidget* parent);
    // The work, in the worker thread. Writes only members the GUI thread reads after the thread ended.
    void work();
    void start();
    void onStage(const QString& text);
    void onProgress(int done, int total);
    void onThreadFinished();

    const RegisterSource m_source;
    const report::ReportRequest m_request;
    const QString m_pdfPath; // empty: prepare for a preview
    std::atomic_bool m_cancel{false};
    QThread* m_thread = nullptr;
    QPointer<QProgressDialog> m_dialog;

    // Written by the worker, read in the GUI thread only after the worker thread has ended.
    struct Outcome
    {
        Status status = Status::Failed;
        QString error;
        QString errorField;
        int pages = 0;
        qint64 buildMs = 0; // reading the register into the document
        std::shared_ptr<PreparedReport> prepared;
    };
    Outcome m_outcome;
    Status m_status = Status::Running;
};

} // namespace sakra::gui
