#include "RegisterSession.h"

#include "Register.h"
#include "commands/RegisterCommand.h"
#include "storage/Errors.h"

#include <QUndoStack>

namespace sakra::gui {

RegisterSession::RegisterSession(QObject* parent) : QObject(parent), m_undoStack(new QUndoStack(this)) {}

RegisterSession::~RegisterSession()
{
    // Commands refer to the register; they must go first.
    m_undoStack->clear();
}

void RegisterSession::setRegister(std::unique_ptr<Register> reg)
{
    m_undoStack->clear();
    m_historyTable = nullptr;
    m_historyUuid.clear();
    m_historyTitle.clear();
    m_scopeUnitId = 0;
    m_register = std::move(reg);
    Q_EMIT registerOpened();
    Q_EMIT historySubjectChanged();
}

void RegisterSession::setScopeUnitId(qint64 unitId)
{
    if (unitId == m_scopeUnitId)
        return;
    m_scopeUnitId = unitId;
    Q_EMIT scopeChanged(unitId);
}

bool RegisterSession::execute(RegisterCommand* command, CommandFailure* failure)
{
    std::unique_ptr<RegisterCommand> owned(command);
    if (!m_register) {
        if (failure)
            *failure = {QString(), tr("Inget register är öppet.")};
        return false;
    }
    try {
        owned->runFirst();
    } catch (const ValidationError& e) {
        if (failure)
            *failure = {e.field(), e.message()};
        return false;
    } catch (const Error& e) {
        if (failure)
            *failure = {QString(), e.message()};
        return false;
    } catch (const std::exception& e) {
        // Not one of core's own errors; still nothing may escape into Qt's event loop.
        if (failure)
            *failure = {QString(), tr("Ett oväntat fel inträffade: %1").arg(QString::fromLocal8Bit(e.what()))};
        return false;
    }
    const TableSpec& table = owned->table();
    m_undoStack->push(owned.release());
    notifyChanged(table);
    return true;
}

void RegisterSession::notifyChanged(const TableSpec& table)
{
    Q_EMIT dataChanged(&table);
}

void RegisterSession::reportError(const QString& message)
{
    Q_EMIT errorReported(message);
}

void RegisterSession::setHistorySubject(const TableSpec* spec, const QString& uuid, const QString& title)
{
    if (spec == m_historyTable && uuid == m_historyUuid && title == m_historyTitle)
        return;
    m_historyTable = spec;
    m_historyUuid = uuid;
    m_historyTitle = title;
    Q_EMIT historySubjectChanged();
}

} // namespace sakra::gui
