#pragma once

#include "widgets/ListFrame.h"

#include <QPointer>

class QLabel;
class QPushButton;

namespace sakra::gui {

class ReportDraftEditor;
class ReportDraftTableModel;
class ReportPreviewDialog;
class ReportTask;

// The board documents area ("Rapporter"): the saved drafts with the selected draft's editor, a
// print preview with printing, and PDF export. The figures are read from the register each time a
// document is made, off the GUI thread with a progress dialog that can cancel.
class ReportArea : public ListFrame
{
    Q_OBJECT

public:
    explicit ReportArea(RegisterSession& session, QWidget* parent = nullptr);
    ~ReportArea() override;

    void announceSelection() override;
    void showDraft(qint64 id);
    void startNewDraft();

    // What "Förhandsgranska…" does: makes the document the form describes off the GUI thread and
    // opens the preview when it is ready. Returns the running task (null when the form was refused
    // or a document is being made already).
    ReportTask* preview();
    // What "Exportera PDF…" does once the file is chosen: writes the document the form describes
    // to path off the GUI thread. Returns the running task, as preview() does.
    ReportTask* exportPdf(const QString& path);
    // The file name offered for a draft: its name made safe for a file system, with .pdf.
    static QString defaultFileName(const QString& draftName);

    ReportDraftTableModel* model() const { return m_model; }
    ReportDraftEditor* editor() const { return m_editor; }
    ReportTask* runningTask() const;
    ReportPreviewDialog* previewDialog() const;
    QLabel* statusLabel() const { return m_status; }

protected:
    void reload() override;
    void refresh(const ChangeSet& changes) override;

private:
    static Names names();
    void showItem(qint64 id) override;
    void startNew() override;
    void chooseFileAndExport();
    // The task that has just finished, no longer the running one (deleted later); null if none.
    ReportTask* takeFinishedTask();
    void onPreviewFinished();
    void onExportFinished();
    void updateButtons();
    // False while a document is being made already or no register is open.
    bool canStartTask();

    ReportDraftTableModel* m_model;
    ReportDraftEditor* m_editor;
    QLabel* m_status;
    QPushButton* m_previewButton;
    QPushButton* m_exportButton;
    QPointer<ReportTask> m_task;
    QPointer<ReportPreviewDialog> m_previewDialog;
    QString m_previewTitle;
};

} // namespace sakra::gui
