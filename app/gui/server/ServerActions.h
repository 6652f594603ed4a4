#pragma once

#include <QObject>

class QAction;
class QLabel;
class QMainWindow;

namespace sakra::gui {

class ConnectDialog;
class RegisterSession;

// A shared register on a server, for the main window: Arkiv › Anslut till gemensamt register…, a
// status-bar note naming the server and the user. Other users' changes reach the views through
// RegisterSession, which the server's announcements wake.
class ServerActions : public QObject
{
    Q_OBJECT

public:
    ServerActions(QMainWindow& window, RegisterSession& session);

    QAction* connectAction() const { return m_connectAction; }
    QLabel* statusLabel() const { return m_label; }

    // Connects and opens the register; on failure the dialog (when given) shows why. For the
    // dialog and for tests.
    bool connectTo(const QString& address, const QString& user, const QString& password,
                   ConnectDialog* dialog = nullptr);

private:
    void chooseServer();
    void onRegisterOpened();

    QMainWindow& m_window;
    RegisterSession& m_session;
    QAction* m_connectAction;
    QLabel* m_label;
};

} // namespace sakra::gui
