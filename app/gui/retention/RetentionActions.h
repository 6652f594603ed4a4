#pragma once

#include <QObject>

class QAction;
class QMainWindow;

namespace sakra::gui {

class RegisterSession;

// Arkiv › Gallring… for the main window: opens the RetentionDialog on a register file. A shared
// register on a server, a site package and a read-only file have it disabled, with a tooltip
// saying why.
class RetentionActions : public QObject
{
    Q_OBJECT

public:
    RetentionActions(QMainWindow& window, RegisterSession& session);

    QAction* retentionAction() const { return m_action; }

private:
    void updateState();
    void openDialog();

    QMainWindow& m_window;
    RegisterSession& m_session;
    QAction* m_action;
};

} // namespace sakra::gui
