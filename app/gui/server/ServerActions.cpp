#include "ServerActions.h"

#include "ConnectDialog.h"
#include "RegisterSession.h"
#include "storage/Errors.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>

namespace sakra::gui {

ServerActions::ServerActions(QMainWindow& window, RegisterSession& session)
    : QObject(&window), m_window(window), m_session(session),
      m_connectAction(new QAction(tr("Anslut till &gemensamt register…"), this)), m_label(new QLabel(&window))
{
    m_connectAction->setObjectName(QStringLiteral("connectServerAction"));
    m_connectAction->setStatusTip(tr("Arbeta i kommunens gemensamma register på en server, med det dina "
                                     "behörigheter omfattar"));
    connect(m_connectAction, &QAction::triggered, this, &ServerActions::chooseServer);
    m_label->setObjectName(QStringLiteral("serverStatus"));
    m_label->hide();
    window.statusBar()->addPermanentWidget(m_label);
    connect(&m_session, &RegisterSession::registerOpened, this, &ServerActions::onRegisterOpened);
}

bool ServerActions::connectTo(const QString& address, const QString& user, const QString& password,
                              ConnectDialog* dialog)
{
    try {
        m_session.setRegister(Register::openServer(address, password, user));
        return true;
    } catch (const Error& e) {
        if (dialog)
            dialog->showProblem(e.message());
        return false;
    }
}

void ServerActions::chooseServer()
{
    ConnectDialog dialog(&m_window);
    while (dialog.exec() == QDialog::Accepted) {
        if (connectTo(dialog.address(), dialog.user(), dialog.password(), &dialog))
            return;
    }
}

void ServerActions::onRegisterOpened()
{
    const bool onServer = m_session.hasRegister() && m_session.reg().database().onServer();
    m_label->setVisible(onServer);
    if (!onServer)
        return;
    m_label->setText(tr("Gemensamt register: %1").arg(m_session.reg().path()));
}

} // namespace sakra::gui
