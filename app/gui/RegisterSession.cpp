#include "RegisterSession.h"

#include "RegisterFiles.h"
#include "commands/RegisterCommand.h"

#include <QGuiApplication>
#include <QMessageBox>
#include <QTimer>
#include <QUndoStack>

namespace sakra::gui {

RegisterSession::RegisterSession(QObject* parent)
    : QObject(parent), m_undoStack(new QUndoStack(this)), m_poll(new QTimer(this)),
      m_presenceTimer(new QTimer(this)), m_reconnectTimer(new QTimer(this))
{
    m_reconnectTimer->setInterval(kReconnectIntervalMs);
    connect(m_reconnectTimer, &QTimer::timeout, this, &RegisterSession::reconnect);
    // Another window or computer may commit to the same file: look while this one is in use,
    // and at once when it comes back to the front.
    m_poll->setInterval(kPollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &RegisterSession::onPoll);
    // Others must see this window as present even while it is in the background.
    m_presenceTimer->setInterval(Presence::kRefreshSeconds * 1000);
    connect(m_presenceTimer, &QTimer::timeout, this, &RegisterSession::refreshPresence);
    if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        connect(app, &QGuiApplication::applicationStateChanged, this,
                &RegisterSession::onApplicationStateChanged);
}

RegisterSession::~RegisterSession()
{
    // Commands refer to the register; they must go first.
    m_undoStack->clear();
    if (m_register)
        m_register->stopObserving(m_observer);
}

void RegisterSession::setRegister(std::unique_ptr<Register> reg)
{
    m_undoStack->clear();
    m_historyTable = nullptr;
    m_historyUuid.clear();
    m_historyTitle.clear();
    m_scopeUnitId = 0;
    m_presence.reset();
    m_holders.clear();
    if (m_register)
        m_register->stopObserving(m_observer);
    m_held.clear();
    m_register = std::move(reg);
    m_poll->stop();
    m_presenceTimer->stop();
    m_reconnectTimer->stop();
    m_connectionDown = false;
    if (m_register) {
        m_observer = m_register->observeChanges([this](const ChangeSet& changes) { onCommitted(changes); });
        m_dataVersion = m_register->database().dataVersionIfFree().value_or(0);
        // A shared register announces other users' changes itself (ServerActions); the file's
        // commit counter and presence notes belong to files.
        m_register->database().listenForOthersChanges([this] { checkForOutsideChanges(); });
        if (!m_register->database().onServer()) {
            m_changeCounter = Database::fileChangeCounter(m_register->path());
            m_presence = std::make_unique<Presence>(m_register->path(), m_register->database().actor());
            m_holders = otherHolders();
            m_poll->start();
            m_presenceTimer->start();
        }
    }
    Q_EMIT registerOpened();
    Q_EMIT holdersChanged();
    Q_EMIT historySubjectChanged();
}

void RegisterSession::setScopeUnitId(qint64 unitId)
{
    if (unitId == m_scopeUnitId)
        return;
    m_scopeUnitId = unitId;
    Q_EMIT scopeChanged(unitId);
}

bool RegisterSession::executeOrTell(RegisterCommand* command, QWidget* parent, const QString& title)
{
    CommandFailure failure;
    if (execute(command, &failure))
        return true;
    QMessageBox::information(parent, title, failure.message);
    return false;
}

bool RegisterSession::execute(RegisterCommand* command, CommandFailure* failure)
{
    std::unique_ptr<RegisterCommand> owned(command);
    if (!m_register) {
        if (failure)
            *failure = {QString(), tr("Inget register är öppet.")};
        return false;
    }
    HeldChanges held(*this);
    try {
        owned->runFirst();
    } catch (const ValidationError& e) {
        if (failure)
            *failure = {e.field(), e.message()};
        return false;
    } catch (const ConnectionLostError& e) {
        // Nothing was saved; the editor keeps what the user wrote, to be saved again.
        const QString message =
            reconnect()
                ? tr("Förbindelsen med det gemensamma registret bröts men är nu tillbaka. Ändringen "
                     "sparades inte; spara igen.")
                : tr("Förbindelsen med det gemensamma registret är bruten; Säkra försöker ansluta igen. "
                     "Ändringen sparades inte; den står kvar så att du kan spara när förbindelsen är "
                     "tillbaka.");
        if (failure)
            *failure = {QString(), message};
        return false;
    } catch (const ConflictError& e) {
        QString message = e.message();
        for (const ConflictError::Difference& d : e.differences())
            message += QLatin1Char('\n') +
                       tr("%1: nu sparat »%2«, i din version »%3«").arg(d.field, d.stored, d.yours);
        if (failure)
            *failure = {QString(), message, true};
        Q_EMIT conflictReported(message);
        return false;
    } catch (const Error& e) {
        if (failure)
            *failure = {QString(), e.message()};
        return false;
    } catch (const std::exception& e) {
        // Not one of core's own errors; still nothing may escape into Qt's event loop.
        if (failure)
            *failure = {QString(),
                        tr("Ett oväntat fel inträffade: %1").arg(QString::fromLocal8Bit(e.what()))};
        return false;
    }
    m_undoStack->push(owned.release());
    return true;
}

RegisterSession::HeldChanges::HeldChanges(RegisterSession& session) : m_session(session)
{
    ++m_session.m_holds;
}

RegisterSession::HeldChanges::~HeldChanges()
{
    if (--m_session.m_holds > 0 || m_session.m_held.isEmpty())
        return;
    const ChangeSet changes = m_session.m_held;
    m_session.m_held.clear();
    m_session.announce(changes);
}

void RegisterSession::onCommitted(const ChangeSet& changes)
{
    if (m_holds > 0)
        m_held.merge(changes);
    else
        announce(changes);
}

void RegisterSession::notifyAllChanged()
{
    announce(ChangeSet::everything());
}

bool RegisterSession::reconnect()
{
    if (!m_register || !m_register->database().onServer())
        return true;
    try {
        m_register->database().reconnect();
    } catch (const Error&) {
        if (!m_connectionDown) {
            m_connectionDown = true;
            m_reconnectTimer->start();
            Q_EMIT connectionLost();
        }
        return false;
    }
    m_reconnectTimer->stop();
    if (m_connectionDown) {
        m_connectionDown = false;
        Q_EMIT connectionRestored();
    }
    // Others may have written meanwhile: every view reads again (after the caller is done).
    QTimer::singleShot(0, this, &RegisterSession::notifyAllChanged);
    return true;
}

void RegisterSession::announce(const ChangeSet& changes)
{
    try {
        Q_EMIT changed(changes);
    } catch (const ConnectionLostError&) {
        // The status bar tells while the connection is down (connectionLost()); the views read
        // again once it is back.
        reconnect();
    } catch (const Error& e) {
        Q_EMIT errorReported(tr("Vyerna kunde inte läsas in på nytt: %1").arg(e.message()));
    } catch (const std::exception& e) {
        Q_EMIT errorReported(
            tr("Vyerna kunde inte läsas in på nytt: %1").arg(QString::fromLocal8Bit(e.what())));
    }
}

bool RegisterSession::checkForOutsideChanges()
{
    if (!m_register || m_connectionDown)
        return false;
    std::optional<qint64> version;
    try {
        version = m_register->database().dataVersionIfFree();
    } catch (const ConnectionLostError&) {
        reconnect(); // called from timers and the server's notices: nothing may escape
        return false;
    } catch (const Error&) {
        return false; // the next look tries again
    }
    if (!version) {
        // Another program is writing its commit right now: look again at the next tick.
        m_changeCounter = 0;
        return false;
    }
    if (*version == m_dataVersion)
        return false;
    m_dataVersion = *version;
    // Another program that opens the register commits too (its planner statistics): a good
    // moment to see who has it open.
    lookForOthers();
    Q_EMIT changedElsewhere();
    announce(ChangeSet::everything());
    return true;
}

bool RegisterSession::takeOwnOutsideCommits()
{
    if (!m_register)
        return false;
    if (!m_register->database().onServer())
        m_changeCounter = Database::fileChangeCounter(m_register->path());
    qint64 version = 0;
    try {
        version = m_register->database().dataVersion();
    } catch (const ConnectionLostError&) {
        reconnect(); // once back, every view reads again
        return false;
    }
    if (version == m_dataVersion)
        return false;
    m_dataVersion = version;
    announce(ChangeSet::everything());
    return true;
}

QStringList RegisterSession::otherHolders() const
{
    QStringList out;
    if (!m_presence)
        return out;
    for (const Presence::Holder& h : m_presence->others())
        out << tr("%1 på %2").arg(h.user, h.host);
    return out;
}

void RegisterSession::onPoll()
{
    if (!m_register || m_register->database().onServer())
        return;
    // The header's commit counter is read without a lock; only when it moved does SQLite say
    // whether the commit was another connection's.
    const quint32 counter = Database::fileChangeCounter(m_register->path());
    if (counter == m_changeCounter)
        return;
    m_changeCounter = counter;
    checkForOutsideChanges();
}

void RegisterSession::refreshPresence()
{
    if (!m_presence)
        return;
    m_presence->refresh();
    lookForOthers();
}

void RegisterSession::lookForOthers()
{
    const QStringList holders = otherHolders();
    if (holders != m_holders) {
        m_holders = holders;
        Q_EMIT holdersChanged();
    }
}

void RegisterSession::onApplicationStateChanged(Qt::ApplicationState state)
{
    // Inactive windows do not poll; coming back to the front catches up at once.
    if (state == Qt::ApplicationActive) {
        const bool file = m_register && !m_register->database().onServer();
        if (file)
            m_changeCounter = Database::fileChangeCounter(m_register->path());
        checkForOutsideChanges();
        lookForOthers();
        if (file)
            m_poll->start();
    } else {
        m_poll->stop();
    }
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
