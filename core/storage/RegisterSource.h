#pragma once

#include <QString>

namespace sakra {

// Where an open register lives: enough to open another connection to it, as the window's
// workers do on threads of their own. A file's path, or a shared register's server address with
// the user and the password given when connecting (held in memory while the register is open,
// never written anywhere).
class RegisterSource
{
public:
    RegisterSource() = default;
    static RegisterSource file(const QString& path);
    static RegisterSource server(const QString& address, const QString& user, const QString& password);

    bool isEmpty() const { return m_path.isEmpty() && m_address.isEmpty(); }
    bool onServer() const { return !m_address.isEmpty(); }
    // The file; empty for a shared register.
    QString path() const { return m_path; }
    QString address() const { return m_address; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }

    bool operator==(const RegisterSource& other) const;
    bool operator!=(const RegisterSource& other) const { return !(*this == other); }

private:
    QString m_path;
    QString m_address;
    QString m_user;
    QString m_password;
};

} // namespace sakra
