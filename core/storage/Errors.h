#pragma once

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

// The row was changed or deleted by someone else since it was read.
class ConflictError : public Error
{
public:
    using Error::Error;
};

} // namespace sakra
