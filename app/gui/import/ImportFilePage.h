#pragma once

#include <QWizardPage>

class QLineEdit;
class QProgressBar;
class QPushButton;

namespace sakra::gui {

class BackgroundJob;
class ImportWizard;
class MessageLabel;

// The first page: the file to import. It is read on a worker thread when the user goes on; a
// file that cannot be read (an old .xls, an encrypted or broken workbook) gets its message here
// and the wizard stays on the page.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard* wizard);

    // Starts reading path (what Next does); fileRead() tells how it went.
    void readFile(const QString& path);
    // The message shown for a file that could not be read; empty otherwise.
    QString message() const;
    void stop();

    bool isComplete() const override;
    bool validatePage() override;

Q_SIGNALS:
    void fileRead(bool ok);

private:
    void browse();
    void onRead(const QString& problem);

    ImportWizard* m_wizard;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QProgressBar* m_progress;
    MessageLabel* m_message;
    BackgroundJob* m_job;
    QString m_readPath; // the file the wizard holds now
    QString m_reading;  // the file being read
    bool m_goOn = false;
};

} // namespace sakra::gui
