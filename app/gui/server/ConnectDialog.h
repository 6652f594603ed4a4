#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace sakra::gui {

// Arkiv › Anslut till gemensamt register…: the server's address, the user and the password. The
// password goes to the connection only; it is never stored. The address and user are remembered.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget* parent = nullptr);

    QString address() const;
    QString user() const;
    QString password() const;
    // Shows why the last attempt failed, and lets the user try again.
    void showProblem(const QString& message);

    QLineEdit* addressEdit() const { return m_address; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }

private:
    void updateButtons();

    QLineEdit* m_address;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace sakra::gui
