#pragma once

#include <QObject>
#include <atomic>
#include <memory>

class QAction;
class QLabel;
class QMainWindow;
class QThread;

namespace sakra::gui {

class RegisterSession;

// The register as a file on disk, for the main window: what opening it found (an interrupted
// write rolled back, a read-only file, a shared folder, others who have it open), the daily
// backup, restoring from a backup and checking the change history's hash chain.
class RegisterFileActions : public QObject
{
    Q_OBJECT

public:
    RegisterFileActions(QMainWindow& window, RegisterSession& session);
    ~RegisterFileActions() override;

    QAction* restoreAction() const { return m_restoreAction; }
    QAction* verifyAction() const { return m_verifyAction; }
    QAction* backupFolderAction() const { return m_backupFolderAction; }

    // Where backups go: the setting "backups/folder", else BackupStore::defaultFolder().
    static QString backupFolder();

    // Waits for the daily backup to finish (tests; closing the window).
    void waitForBackup();
    // Waits for the history check to finish.
    void waitForVerify();

Q_SIGNALS:
    // The path of the daily copy made, or empty when none was due or it failed.
    void dailyBackupDone(const QString& path);
    // The hash chain check's result as shown to the user.
    void verified(bool intact, const QString& message);
    // Restoring asks the window to open this file again.
    void reopenRequested(const QString& path);

private:
    void onRegisterOpened();
    void updateHolders();
    void startDailyBackup();
    void restoreFromBackup();
    void verifyHistory();
    void showConflict(const QString& message);
    void chooseBackupFolder();

    QMainWindow& m_window;
    RegisterSession& m_session;
    QAction* m_restoreAction;
    QAction* m_verifyAction;
    QAction* m_backupFolderAction;
    QLabel* m_readOnlyLabel;
    QLabel* m_sharedLabel;
    QLabel* m_holdersLabel;
    QThread* m_backupThread = nullptr;
    QThread* m_verifyThread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_verifyCancelled;
};

} // namespace sakra::gui
