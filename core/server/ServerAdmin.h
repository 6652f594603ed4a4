#pragma once

#include <QString>
#include <vector>

namespace sakra {

class Database;

// Who may work in a shared register: a login, the unit it works with and its role there.
namespace ServerAdmin {

enum class Role
{
    Manager,     // the unit and every unit below it
    Coordinator, // the administration (or company) the unit is in, and below
    Head         // the whole register
};
// "manager", "coordinator", "head"; nothing for anything else.
bool roleFromText(const QString& text, Role* role);
QString roleText(Role role);

struct GrantRequest
{
    QString login;
    qint64 unitId = 0;
    Role role = Role::Manager;
    bool restricted = false; // may read threat assessments (head always may)
    QString password;        // creates the login with it when missing; for tests and small sites
};

// Grants, creating the login role when missing (with the password, or without one for gss or
// ldap authentication). Replaces an earlier grant of the same login on the same unit. db is a
// connection of a superuser or an admin of the register that may create roles.
void grant(Database& db, const GrantRequest& request);
// Removes the login's grants (on one unit, or all when unitId is 0); the login keeps no access
// to the register once it holds no grant. Returns how many grants went.
int revoke(Database& db, const QString& login, qint64 unitId = 0);

struct Grant
{
    QString login;
    QString unit;
    QString role;
    QString scope; // the unit whose subtree it holds
    bool restricted = false;
    QString grantedAt;
    QString grantedBy;
};
std::vector<Grant> grants(const Database& db);

} // namespace ServerAdmin

} // namespace sakra
