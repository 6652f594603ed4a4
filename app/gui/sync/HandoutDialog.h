#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sakra::gui {

class RegisterSession;
class UnitComboBox;

// Arkiv › Lämna ut del för arbete utan nätverk…: which unit (with everything under it), to whom
// and where the package file goes.
class HandoutDialog : public QDialog
{
    Q_OBJECT

public:
    HandoutDialog(RegisterSession& session, QWidget* parent = nullptr);

    qint64 unitId() const;
    QString handedTo() const;
    QString path() const;

    void accept() override;

private:
    void proposePath();
    void choosePath();

    UnitComboBox* m_unit;
    QLineEdit* m_to;
    QLineEdit* m_path;
    QLabel* m_message;
    bool m_pathTyped = false;
};

} // namespace sakra::gui
