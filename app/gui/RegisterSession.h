#pragma once

#include "Register.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

class QTimer;
class QUndoStack;

namespace sakra {
class Presence;
} // namespace sakra

class QWidget;

namespace sakra::gui {

class RegisterCommand;

// Why a command was refused: the field it names (column name, may be empty) and the message.
// conflict: the row was changed elsewhere (another window or computer) since it was read.
struct CommandFailure
{
    QString field;
    QString message;
    bool conflict = false;
};

// The open register, the undo stack over it and the scope every view filters by. Views listen
// here instead of to each other: what core announces after each commit (a ChangeSet) comes out
// as changed(), so an edit in one tab, an import or another window's commit refreshes the views
// that show what changed, without wiring.
class RegisterSession : public QObject
{
    Q_OBJECT

public:
    explicit RegisterSession(QObject* parent = nullptr);
    ~RegisterSession() override;

    bool hasRegister() const { return m_register != nullptr; }
    // Only while hasRegister().
    Register& reg() const { return *m_register; }
    // Replaces the open register (nullptr: none). The undo history belongs to the old file and
    // is dropped; the scope returns to the whole municipality.
    void setRegister(std::unique_ptr<Register> reg);

    QUndoStack* undoStack() const { return m_undoStack; }

    // 0: the whole municipality.
    qint64 scopeUnitId() const { return m_scopeUnitId; }
    void setScopeUnitId(qint64 unitId);

    // Runs the command once; only if that works is it pushed onto the undo stack, so a refused
    // edit leaves neither data nor an undo step behind. Takes ownership either way.
    bool execute(RegisterCommand* command, CommandFailure* failure = nullptr);
    // The same, and a refusal is shown in a message box titled title over parent.
    bool executeOrTell(RegisterCommand* command, QWidget* parent, const QString& title);

    // Anything may have changed (another window's or computer's commits): every view reloads.
    // Announced as changed(ChangeSet::everything()).
    void notifyAllChanged();

    // While one is alive, what commits announce is gathered and comes out as one changed() when
    // the last one goes: an undoable edit of several transactions refreshes the views once, after
    // the edit is done.
    class HeldChanges
    {
    public:
        explicit HeldChanges(RegisterSession& session);
        ~HeldChanges();
        HeldChanges(const HeldChanges&) = delete;
        HeldChanges& operator=(const HeldChanges&) = delete;

    private:
        RegisterSession& m_session;
    };

    // Looks whether another connection committed to the file since the last look (PRAGMA
    // data_version) and if so announces that anything may have changed. Runs on a timer while
    // the application is active and when it becomes active; returns whether it found a change.
    bool checkForOutsideChanges();
    static constexpr int kPollIntervalMs = 2000;
    // This program committed through a connection of its own (an import on a worker thread):
    // the new commits are taken as seen, so they are not reported as another window's, and every
    // view reloads (changed(ChangeSet::everything())). Returns whether there was anything new.
    bool takeOwnOutsideCommits();

    // Others who have the register open now (see Presence).
    QStringList otherHolders() const;
    // An undo or redo that failed; nothing can be returned to a caller there.
    void reportError(const QString& message);

    // What the history panel shows: a row of a table named for people by title, or nothing
    // (spec null or uuid empty).
    void setHistorySubject(const TableSpec* spec, const QString& uuid, const QString& title);
    const TableSpec* historyTable() const { return m_historyTable; }
    QString historyUuid() const { return m_historyUuid; }
    QString historyTitle() const { return m_historyTitle; }

Q_SIGNALS:
    void registerOpened();
    // What a commit changed, or ChangeSet::everything() when another connection committed.
    void changed(const sakra::ChangeSet& changes);
    void scopeChanged(qint64 unitId);
    void historySubjectChanged();
    void errorReported(const QString& message);
    // An edit was refused because the row changed elsewhere; message shows both values.
    void conflictReported(const QString& message);
    // Another window or computer committed to the register.
    void changedElsewhere();
    void holdersChanged();
    // The connection to a shared register was lost; the session tries to connect again every few
    // seconds until connectionRestored().
    void connectionLost();
    void connectionRestored();

public:
    static constexpr int kReconnectIntervalMs = 5000;
    // Whether a shared register's connection is lost and not yet back.
    bool connectionDown() const { return m_connectionDown; }
    // Connects to the shared register again now (after a ConnectionLostError); returns whether
    // the connection is back. While it is not, a timer tries again.
    bool reconnect();

private:
    void onApplicationStateChanged(Qt::ApplicationState state);
    void onPoll();
    void refreshPresence();
    void lookForOthers();
    void onCommitted(const ChangeSet& changes);
    // Emits changed(); a view that fails to reload is reported, never thrown into the event loop.
    void announce(const ChangeSet& changes);

    std::unique_ptr<Register> m_register;
    std::unique_ptr<Presence> m_presence;
    QUndoStack* m_undoStack;
    QTimer* m_poll;
    QTimer* m_presenceTimer;
    QTimer* m_reconnectTimer;
    bool m_connectionDown = false;
    int m_observer = 0;
    int m_holds = 0;
    ChangeSet m_held;
    qint64 m_dataVersion = 0;
    quint32 m_changeCounter = 0;
    QStringList m_holders;
    qint64 m_scopeUnitId = 0;
    const TableSpec* m_historyTable = nullptr;
    QString m_historyUuid;
    QString m_historyTitle;
};

} // namespace sakra::gui
