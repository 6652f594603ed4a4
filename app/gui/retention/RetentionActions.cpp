#include "RetentionActions.h"

#include "RegisterSession.h"
#include "RetentionDialog.h"

#include <QAction>
#include <QMainWindow>

namespace sakra::gui {

RetentionActions::RetentionActions(QMainWindow& window, RegisterSession& session)
    : QObject(&window), m_window(window), m_session(session), m_action(new QAction(tr("&Gallring…"), this))
{
    m_action->setObjectName(QStringLiteral("retentionAction"));
    m_action->setStatusTip(tr("Bestäm hur länge händelser, hotbildsbedömningar och personer som slutat "
                              "bevaras, och töm det som passerat sin tid"));
    connect(m_action, &QAction::triggered, this, &RetentionActions::openDialog);
    connect(&m_session, &RegisterSession::registerOpened, this, &RetentionActions::updateState);
    updateState();
}

void RetentionActions::updateState()
{
    const bool open = m_session.hasRegister();
    const Database* db = open ? &m_session.reg().database() : nullptr;
    QString why;
    if (db && db->onServer())
        why = tr(
            "Gallring görs ännu bara i ett register i en fil, inte i ett gemensamt register på en server.");
    else if (db && db->isReadOnly())
        why = tr("Registret är skrivskyddat.");
    else if (open && m_session.reg().packageManifest())
        why = tr("Det här är en utlämnad del; gallra i det centrala registret.");
    m_action->setEnabled(open && why.isEmpty());
    m_action->setToolTip(why.isEmpty() ? m_action->statusTip() : why);
}

void RetentionActions::openDialog()
{
    if (!m_action->isEnabled())
        return;
    auto* dialog = new RetentionDialog(m_session, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace sakra::gui
