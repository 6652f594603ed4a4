#include "AssignmentEditor.h"

#include "Register.h"
#include "widgets/Named.h"
#include "widgets/PersonPicker.h"
#include "widgets/UnitComboBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace sakra::gui {

namespace {
QDateEdit* makeDateEdit(QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setDate(QDate::currentDate());
    return edit;
}
} // namespace

AssignmentEditor::AssignmentEditor(RegisterSession& session, QWidget* parent)
    : EntityForm(session, QStringLiteral("assignment"), parent),
      m_person(named<PersonPicker>(this, "assignmentPersonEdit", session)),
      m_role(named<QComboBox>(this, "assignmentRoleCombo")),
      m_unit(named<UnitComboBox>(this, "assignmentUnitCombo")), m_start(makeDateEdit(this)),
      m_hasEnd(named<QCheckBox>(this, "assignmentHasEndCheck", tr("Slutar"))), m_end(makeDateEdit(this)),
      m_share(named<QSpinBox>(this, "assignmentShareSpin"))
{
    setObjectName(QStringLiteral("assignmentEditor"));
    setWords({tr("Inget uppdrag valt"), tr("Nytt uppdrag"), tr("Nytt uppdrag för %1"),
              tr("Ändra uppdrag för %1"), tr("Ta bort uppdrag"),
              tr("Ta bort uppdraget %1? Det går att ångra."), tr("Ta bort uppdrag %1")});
    m_unit->setDeferred(true);
    m_start->setObjectName(QStringLiteral("assignmentStartEdit"));
    m_end->setObjectName(QStringLiteral("assignmentEndEdit"));

    m_share->setRange(1, 100);
    m_share->setSuffix(tr(" %"));
    m_share->setValue(100);
    m_hasEnd->setToolTip(tr("Utan slutdatum gäller uppdraget tills vidare"));
    m_end->setAccessibleName(tr("Slutdatum"));

    auto* endRow = new QWidget(this);
    auto* endLayout = new QHBoxLayout(endRow);
    endLayout->setContentsMargins(0, 0, 0, 0);
    endLayout->addWidget(m_hasEnd);
    endLayout->addWidget(m_end, 1);

    addField(tr("&Person:"), m_person, QStringLiteral("person_id"), &Assignment::personId);
    addField(tr("&Roll:"), m_role, QStringLiteral("role_id"));
    bind(
        m_role, [this](const Assignment& a) { selectData(m_role, a.roleId); },
        [this](Assignment& a) { a.roleId = m_role->currentData().toLongLong(); });
    addField(tr("E&nhet:"), m_unit, QStringLiteral("unit_id"), &Assignment::unitId);
    addField(tr("&Från:"), m_start, QStringLiteral("start_date"), &Assignment::startDate);
    addField(tr("&Till:"), endRow, QStringLiteral("end_date"));
    bind(
        endRow,
        [this](const Assignment& a) {
            m_hasEnd->setChecked(a.endDate.isValid());
            m_end->setDate(a.endDate.isValid() ? a.endDate : QDate::currentDate());
        },
        [this](Assignment& a) { a.endDate = m_hasEnd->isChecked() ? m_end->date() : QDate(); });
    addField(tr("&Andel av heltid:"), m_share, QStringLiteral("fte_percent"), &Assignment::ftePercent);

    connect(m_hasEnd, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
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
