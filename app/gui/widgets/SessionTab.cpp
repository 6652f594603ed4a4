#include "SessionTab.h"

#include "RegisterSession.h"

#include <algorithm>

namespace sakra::gui {

SessionTab::SessionTab(RegisterSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_changes(std::make_unique<ChangeSet>())
{
    connect(&m_session, &RegisterSession::registerOpened, this, &SessionTab::onRegisterOpened);
    connect(&m_session, &RegisterSession::scopeChanged, this, &SessionTab::onScopeChanged);
    connect(&m_session, &RegisterSession::changed, this, &SessionTab::onChanged);
}

SessionTab::~SessionTab() = default;

void SessionTab::refresh(const ChangeSet& changes)
{
    Q_UNUSED(changes)
    reload();
}

bool SessionTab::watches(const ChangeSet& changes) const
{
    if (m_watched.empty() || changes.isEverything())
        return true;
    for (const TableSpec* spec : m_watched)
        if (changes.touches(*spec))
            return true;
    return false;
}

bool SessionTab::touchesOnly(const ChangeSet& changes, const TableSpec& table) const
{
    if (changes.isEverything() || !changes.touches(table))
        return false;
    for (const TableSpec* t : changes.tables())
        if (t != &table &&
            (m_watched.empty() || std::find(m_watched.begin(), m_watched.end(), t) != m_watched.end()))
            return false;
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

void SessionTab::onChanged(const ChangeSet& changes)
{
    if (changes.isEverything()) {
        // Anything may have changed (another window's commits): reload when shown.
        m_pending = Pending::Reload;
        catchUp();
        return;
    }
    if (!watches(changes))
        return;
    if (m_pending == Pending::None)
        m_changes->clear();
    if (m_pending != Pending::Reload) {
        m_pending = Pending::Refresh;
        m_changes->merge(changes);
    }
    catchUp();
}

void SessionTab::catchUp()
{
    if (!isVisible() || m_pending == Pending::None)
        return;
    const Pending pending = m_pending;
    m_pending = Pending::None;
    const ChangeSet changes = *m_changes;
    m_changes->clear();
    if (pending == Pending::Refresh)
        refresh(changes);
    else
        reload();
}

} // namespace sakra::gui
