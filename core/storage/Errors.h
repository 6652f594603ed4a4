#pragma once

#include <QList>
#include <QString>
#include <stdexcept>

namespace sakra {

// Base of every error core reports to its callers. The message is meant for a person: it is
// shown as it is in a dialog or printed as the CLI's single error line.
class Error : public std::runtime_error
{
public:
    explicit Error(const QString& message) : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

// The file could not be opened as a register; it has not been touched.
class OpenError : public Error
{
public:
    using Error::Error;
};

// The last write to the file was interrupted and is waiting to be rolled back (see
// InterruptedWrite). The file is not damaged; it was refused because the opener may not write.
class InterruptedWriteError : public OpenError
{
public:
    using OpenError::OpenError;
};

// A storage operation failed; the transaction it ran in was rolled back.
class StorageError : public Error
{
public:
    using Error::Error;
};

// Input was refused before anything was written. field names the offending field (column name).
class ValidationError : public Error
{
public:
    ValidationError(const QString& field, const QString& message) : Error(message), m_field(field) {}
    const QString& field() const { return m_field; }

private:
    QString m_field;
};

// Another window or computer held the register longer than the busy timeout; trying again later
// may work. Nothing was written.
class BusyError : public StorageError
{
public:
    using StorageError::StorageError;
};

// The database refused the write or read: the user holds no privilege for it, or the row lies
// outside the units the user may work with (a shared register's row-level security).
class PermissionError : public StorageError
{
public:
    using StorageError::StorageError;
};

// The connection to a shared register's server was lost; what was being written was not saved.
class ConnectionLostError : public StorageError
{
public:
    using StorageError::StorageError;
};

// The row was changed or deleted by someone else since it was read. For a changed row,
// differences lists each field this write would change that the other change also touched or
// that now holds something else: what is stored now beside what this write wanted.
class ConflictError : public Error
{
public:
    struct Difference
    {
        QString field;  // for people
        QString stored; // what the register holds now
        QString yours;  // what this write wanted
    };

    explicit ConflictError(const QString& message, QList<Difference> differences = {})
        : Error(message), m_differences(std::move(differences))
    {
    }
    const QList<Difference>& differences() const { return m_differences; }

private:
    QList<Difference> m_differences;
};

} // namespace sakra
