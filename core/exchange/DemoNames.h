#pragma once

#include <QDate>
#include <QHash>
#include <QString>

namespace sakra {

class Register;

// The ids of the demo register's rows by the names the demo tables give them (units, sites, risk
// categories, action kinds, risk and action titles), each table read when first asked for.
class DemoNames
{
public:
    explicit DemoNames(Register& reg) : m_reg(reg) {}

    // The municipality, administrations, companies, departments and units; 0 for a null name.
    qint64 unit(const char* name);
    qint64 site(const char* name); // 0 for a null name
    qint64 riskCategory(const char* name);
    qint64 actionKind(const char* name);
    qint64 risk(const char* title);   // 0 for a null or unknown title
    qint64 action(const char* title); // 0 for a null or unknown title
    // The first person placed at the unit, who answers for the demo rows there.
    qint64 firstPersonAt(qint64 unitId);

    // An ISO date, invalid for null.
    static QDate date(const char* iso);

private:
    qint64 idOf(QHash<QString, qint64>& ids, void (DemoNames::*read)(), const char* name);
    void readUnits();
    void readSites();
    void readRiskCategories();
    void readActionKinds();
    void readRisks();
    void readActions();

    Register& m_reg;
    QHash<QString, qint64> m_units, m_sites, m_riskCategories, m_actionKinds, m_risks, m_actions;
    QHash<qint64, qint64> m_firstPerson;
};

} // namespace sakra
