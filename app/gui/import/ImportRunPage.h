#pragma once

#include "exchange/SpreadsheetImporter.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace sakra::gui {

class BackgroundJob;
class ImportWizard;

// The last page: the import on a worker thread with a connection of its own (a backup first),
// a progress bar and a Cancel button. At the end a summary and where the backup is; the import
// is then one step on the undo stack.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

    bool isDone() const { return m_done; }
    const SpreadsheetImporter::Result& result() const { return m_result; }
    QString summary() const;
    // Cancels a running import (rolled back) and waits for its thread.
    void stop();

Q_SIGNALS:
    void importDone(bool imported);

private:
    void onDone(const QString& problem);

    ImportWizard* m_wizard;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_summary;
    BackgroundJob* m_job;
    SpreadsheetImporter::Result m_result;
    bool m_done = false;
};

} // namespace sakra::gui
