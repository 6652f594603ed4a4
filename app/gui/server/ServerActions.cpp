#include "ServerActions.h"

#include "ConnectDialog.h"
#include "RegisterSession.h"
#include "storage/Errors.h"
#include "widgets/Palette.h"

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
    connect(&m_session, &RegisterSession::connectionLost, this, [this] {
        onRegisterOpened();
        m_window.statusBar()->showMessage(tr(
            "Förbindelsen med det gemensamma registret bröts. Säkra ansluter igen så snart servern svarar."));
    });
    connect(&m_session, &RegisterSession::connectionRestored, this, [this] {
        onRegisterOpened();
        m_window.statusBar()->showMessage(tr("Förbindelsen med det gemensamma registret är tillbaka."),
                                          10000);
    });
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
    const bool down = m_session.connectionDown();
    m_label->setText(
        down ? tr("Gemensamt register: %1 – förbindelsen bruten, försöker igen…").arg(m_session.reg().path())
             : tr("Gemensamt register: %1").arg(m_session.reg().path()));
    m_label->setStyleSheet(down ? QStringLiteral("color: %1; background: %2; padding: 0 4px;")
                                      .arg(palette::lateText.name(), palette::lateBackground.name())
                                : QString());
}

} // namespace sakra::gui
