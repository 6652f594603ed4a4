#include "SessionTab.h"

#include "RegisterSession.h"

namespace sakra::gui {

SessionTab::SessionTab(RegisterSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    connect(&m_session, &RegisterSession::registerOpened, this, &SessionTab::onRegisterOpened);
    connect(&m_session, &RegisterSession::scopeChanged, this, &SessionTab::onScopeChanged);
    connect(&m_session, &RegisterSession::dataChanged, this, &SessionTab::onDataChanged);
}

void SessionTab::refresh(const TableSpec& table)
{
    Q_UNUSED(table)
    reload();
}

bool SessionTab::dependsOn(const TableSpec& table) const
{
    Q_UNUSED(table)
    return true;
}

void SessionTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    catchUp();
    announceSelection();
}

void SessionTab::onRegisterOpened()
{
    m_pending = Pending::Reload;
    catchUp();
}

void SessionTab::onScopeChanged()
{
    m_pending = Pending::Reload;
    catchUp();
}

void SessionTab::onDataChanged(const TableSpec* table)
{
    if (!table) {
        // Anything may have changed (another window's commits): reload when shown.
        m_pending = Pending::Reload;
        catchUp();
        return;
    }
    if (!dependsOn(*table))
        return;
    if (m_pending == Pending::None) {
        m_pending = Pending::Refresh;
        m_changedTable = table;
    } else if (m_pending == Pending::Refresh && m_changedTable != table) {
        // Several tables changed while hidden: a refresh aimed at one would miss the others.
        m_pending = Pending::Reload;
    }
    catchUp();
}

void SessionTab::catchUp()
{
    if (!isVisible() || m_pending == Pending::None)
        return;
    const Pending pending = m_pending;
    m_pending = Pending::None;
    if (pending == Pending::Refresh && m_changedTable)
        refresh(*m_changedTable);
    else
        reload();
    m_changedTable = nullptr;
}

} // namespace sakra::gui
