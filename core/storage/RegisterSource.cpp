#include "RegisterSource.h"

namespace sakra {

RegisterSource RegisterSource::file(const QString& path)
{
    RegisterSource s;
    s.m_path = path;
    return s;
}

RegisterSource RegisterSource::server(const QString& address, const QString& user, const QString& password)
{
    RegisterSource s;
    s.m_address = address;
    s.m_user = user;
    s.m_password = password;
    return s;
}

bool RegisterSource::operator==(const RegisterSource& other) const
{
    return m_path == other.m_path && m_address == other.m_address && m_user == other.m_user &&
           m_password == other.m_password;
}

} // namespace sakra
