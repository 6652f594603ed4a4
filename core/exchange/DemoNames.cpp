#include "DemoNames.h"

#include "Register.h"

namespace sakra {

qint64 DemoNames::idOf(QHash<QString, qint64>& ids, void (DemoNames::*read)(), const char* name)
{
    if (!name)
        return 0;
    if (ids.isEmpty())
        (this->*read)();
    return ids.value(QString::fromUtf8(name));
}

qint64 DemoNames::unit(const char* name)
{
    return idOf(m_units, &DemoNames::readUnits, name);
}

qint64 DemoNames::site(const char* name)
{
    return idOf(m_sites, &DemoNames::readSites, name);
}

qint64 DemoNames::riskCategory(const char* name)
{
    return idOf(m_riskCategories, &DemoNames::readRiskCategories, name);
}

qint64 DemoNames::actionKind(const char* name)
{
    return idOf(m_actionKinds, &DemoNames::readActionKinds, name);
}

qint64 DemoNames::risk(const char* title)
{
    return idOf(m_risks, &DemoNames::readRisks, title);
}

qint64 DemoNames::action(const char* title)
{
    return idOf(m_actions, &DemoNames::readActions, title);
}

qint64 DemoNames::firstPersonAt(qint64 unitId)
{
    if (m_firstPerson.isEmpty())
        for (const PersonRow& p : m_reg.people().list(PersonQuery()))
            if (!m_firstPerson.contains(p.person.unitId))
                m_firstPerson.insert(p.person.unitId, p.person.id);
    return m_firstPerson.value(unitId);
}

QDate DemoNames::date(const char* iso)
{
    return iso ? QDate::fromString(QString::fromLatin1(iso), Qt::ISODate) : QDate();
}

void DemoNames::readUnits()
{
    for (const OrgUnit& u : m_reg.units().ofKinds({UnitKind::Municipality, UnitKind::Administration,
                                                   UnitKind::Company, UnitKind::Department, UnitKind::Unit}))
        m_units.insert(u.name, u.id);
}

void DemoNames::readSites()
{
    for (const Site& s : m_reg.sites().all())
        m_sites.insert(s.name, s.id);
}

void DemoNames::readRiskCategories()
{
    for (const RiskCategory& c : m_reg.riskCategories().all())
        m_riskCategories.insert(c.name, c.id);
}

void DemoNames::readActionKinds()
{
    for (const ActionKind& k : m_reg.actionKinds().all())
        m_actionKinds.insert(k.name, k.id);
}

void DemoNames::readRisks()
{
    for (const RiskRow& r : m_reg.risks().list(RiskQuery()))
        m_risks.insert(r.risk.title, r.risk.id);
}

void DemoNames::readActions()
{
    for (const ActionRow& a : m_reg.actions().list(ActionQuery()))
        m_actions.insert(a.action.title, a.action.id);
}

} // namespace sakra
