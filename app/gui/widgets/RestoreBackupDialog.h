#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace sakra::gui {

// Arkiv › Återställ från säkerhetskopia…: the copies of the open register, newest first, with
// when and why each was made and how many rows of the main kinds it holds.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const QString& registerPath, const QString& backupFolder, QWidget* parent = nullptr);

    // The copy chosen; empty until one is.
    QString chosenPath() const;

private:
    void updateButtons();

    QTreeWidget* m_list;
    QLabel* m_note;
    QPushButton* m_restore = nullptr;
};

} // namespace sakra::gui
