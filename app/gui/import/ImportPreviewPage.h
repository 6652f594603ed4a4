#pragma once

#include "exchange/SpreadsheetImporter.h"

#include <QWizardPage>
#include <memory>

class QLabel;
class QProgressBar;
class QTableWidget;

namespace sakra::gui {

class BackgroundJob;
class ImportWizard;

// The fourth page: what the import would do, worked out on a worker thread with a connection of
// its own: rows new, updated, unchanged and refused, and each refused row with the sheet's row
// number, the column, the value and why. Import stays disabled while anything is refused.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard* wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isReady() const { return m_ready; }
    const ImportPreview& preview() const { return m_preview; }
    QString countsText() const;
    void stop();

Q_SIGNALS:
    void previewReady();

private:
    void onDone(const QString& problem);
    void showPreview();

    ImportWizard* m_wizard;
    QProgressBar* m_progress;
    QLabel* m_counts;
    QLabel* m_status;
    QTableWidget* m_refusals;
    BackgroundJob* m_job;
    ImportPreview m_preview;
    std::shared_ptr<ImportPreview> m_pending; // what the worker writes
    bool m_ready = false;
};

} // namespace sakra::gui
