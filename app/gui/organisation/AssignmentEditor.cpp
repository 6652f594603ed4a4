#include "AssignmentEditor.h"

#include "Register.h"
#include "widgets/OptionalDateEdit.h"
#include "widgets/PersonPicker.h"
#include "widgets/UnitComboBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace sakra::gui {

AssignmentEditor::AssignmentEditor(RegisterSession& session, QWidget* parent)
    : EntityForm(session, QStringLiteral("assignment"), parent)
{
    setObjectName(QStringLiteral("assignmentEditor"));
    setWords({tr("Inget uppdrag valt"), tr("Nytt uppdrag"), tr("Nytt uppdrag för %1"),
              tr("Ändra uppdrag för %1"), tr("Ta bort uppdrag"),
              tr("Ta bort uppdraget %1? Det går att ångra."), tr("Ta bort uppdrag %1")});

    field<PersonPicker>(tr("&Person:"), "PersonEdit", QStringLiteral("person_id"), &Assignment::personId,
                        session);
    m_role = makeField<QComboBox>("RoleCombo");
    addField(tr("&Roll:"), m_role, QStringLiteral("role_id"));
    bind(
        m_role, [this](const Assignment& a) { selectData(m_role, a.roleId); },
        [this](Assignment& a) { a.roleId = m_role->currentData().toLongLong(); });
    m_unit = field<UnitComboBox>(tr("E&nhet:"), "UnitCombo", QStringLiteral("unit_id"), &Assignment::unitId);
    m_unit->setDeferred(true);
    field<QDateEdit>(tr("&Från:"), "StartEdit", QStringLiteral("start_date"), &Assignment::startDate);
    auto* end = field<OptionalDateEdit>(tr("&Till:"), "EndDate", QStringLiteral("end_date"),
                                        &Assignment::endDate, tr("Slutar"));
    end->checkBox()->setObjectName(QStringLiteral("assignmentHasEndCheck"));
    end->checkBox()->setToolTip(tr("Utan slutdatum gäller uppdraget tills vidare"));
    end->dateEdit()->setObjectName(QStringLiteral("assignmentEndEdit"));
    end->dateEdit()->setAccessibleName(tr("Slutdatum"));
    auto* share = field<QSpinBox>(tr("&Andel av heltid:"), "ShareSpin", QStringLiteral("fte_percent"),
                                  &Assignment::ftePercent);
    share->setRange(1, 100);
    share->setSuffix(tr(" %"));

    setNewRows(&Assignment::unitId, &Assignment::startDate);
    showRecord(0);
}

void AssignmentEditor::loadChoices()
{
    Register& reg = session().reg();
    m_unit->load(reg);
    QList<QPair<qint64, QString>> roles;
    for (const SecurityRole& r : reg.roles().all())
        roles.append({r.id, tr("%1 (%2)").arg(r.displayName(), kSecurityLevels.label(r.level).toLower())});
    setChoices(m_role, roles);
}

QString AssignmentEditor::historyTitle(const Assignment& a) const
{
    QString role;
    if (session().hasRegister())
        if (const auto r = session().reg().roles().find(a.roleId))
            role = r->displayName().toLower();
    return tr("%1 som %2").arg(personName(a.personId), role);
}

} // namespace sakra::gui
