#pragma once

#include "retention/RetentionRun.h"

#include <QDialog>
#include <array>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace sakra::gui {

class BackgroundJob;
class RegisterSession;

// Arkiv › Gallring…: the register's retention rule per kind of record (months, 0 for ever), a
// preview of the records past their time (date, unit, kind; never their text) that follows the
// rules as they are typed, and the run itself on a thread of its own after a confirmation: a
// backup first, then everything cleared in one transaction. File registers only.
class RetentionDialog : public QDialog
{
    Q_OBJECT

public:
    RetentionDialog(RegisterSession& session, QWidget* parent = nullptr);

    // The months typed in, per kind.
    std::array<int, RetentionRule::kKindCount> months() const;
    // Saves the rules and runs without asking (tests; the button asks first).
    void runNow();

Q_SIGNALS:
    // problem: empty when the run ended; backupPath: the copy it made (empty when nothing was due).
    void finished(const QString& problem, const QString& backupPath);

private:
    void updatePreview();
    void saveRules();
    void confirmAndRun();

    RegisterSession& m_session;
    std::array<QSpinBox*, RetentionRule::kKindCount> m_months{};
    QLabel* m_counts;
    QTableWidget* m_table;
    QPushButton* m_saveButton;
    QPushButton* m_runButton;
    QTimer* m_previewTimer;
    BackgroundJob* m_job;
    RetentionRun::Preview m_preview;
};

} // namespace sakra::gui
