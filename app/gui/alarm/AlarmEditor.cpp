#include "AlarmEditor.h"

#include "Register.h"
#include "widgets/Formatting.h"
#include "widgets/OptionalDateEdit.h"
#include "widgets/Palette.h"
#include "widgets/UnitComboBox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sakra::gui {

AlarmEditor::AlarmEditor(RegisterSession& session, QWidget* parent)
    : EntityForm(session, QStringLiteral("alarm"), parent)
{
    setObjectName(QStringLiteral("alarmEditor"));
    setWords({tr("Ingen larmutrustning vald"), tr("Ny larmutrustning"), tr("Lägg till %1"), tr("Ändra %1"),
              tr("Ta bort larmutrustning"), tr("Ta bort denna %1? Det går att ångra."), tr("Ta bort %1")});

    addCodes(checkedField<QComboBox>(tr("&Typ:"), "KindCombo", QStringLiteral("kind"), &AlarmEquipment::kind),
             AlarmEquipment::kKinds);
    m_unit = checkedField<UnitComboBox>(tr("E&nhet:"), "UnitCombo", QStringLiteral("unit_id"),
                                        &AlarmEquipment::unitId);
    m_site = unitSiteField(tr("&Lokal:"), "SiteCombo", QStringLiteral("site_id"), &AlarmEquipment::siteId,
                           m_unit, true);
    // Wider than core allows, so a too large number gets core's message instead of a silent clamp.
    checkedField<QSpinBox>(tr("&Antal enheter:"), "DevicesSpin", QStringLiteral("devices"),
                           &AlarmEquipment::devices)
        ->setRange(0, 9'999'999);
    checkedField<QLineEdit>(tr("Larmet går &till:"), "ReceiverEdit", QStringLiteral("receiver"),
                            &AlarmEquipment::receiver)
        ->setPlaceholderText(tr("t.ex. väktarbolagets larmcentral, receptionen"));
    m_lastTested = checkedField<OptionalDateEdit>(tr("&Senast testat:"), "LastTestedDate",
                                                  QStringLiteral("last_tested_on"),
                                                  &AlarmEquipment::lastTestedOn, tr("Har testats"));
    // Without a date: never tested, or nobody knows when. The assessment tells the two apart.
    m_lastTestUnknown =
        field<QCheckBox>(QString(), "LastTestUnknownCheck", QStringLiteral("last_test_unknown"),
                         &AlarmEquipment::lastTestUnknown, tr("Okänt när utrustningen senast testades"));
    m_lastTestUnknown->setToolTip(
        tr("Kryssa i när ingen vet om eller när utrustningen testades, i stället för "
           "att den räknas som aldrig testad."));
    m_interval =
        checkedField<QSpinBox>(tr("Testas &var:"), "IntervalSpin", QStringLiteral("test_interval_months"),
                               &AlarmEquipment::testIntervalMonths);
    m_interval->setRange(0, 999);
    m_interval->setSuffix(tr(" månader"));
    m_nextTest = addNote(tr("Nästa test senast:"), "NextTestLabel");
    checkedField<QPlainTextEdit>(tr("Anteckn&ing:"), "NoteEdit", QStringLiteral("note"),
                                 &AlarmEquipment::note);

    // Nothing below the form: the space left over goes under it, not between its rows.
    extraLayout()->addStretch(1);

    connect(m_lastTested, &OptionalDateEdit::dateChanged, this, &AlarmEditor::updateNextTest);
    connect(m_lastTestUnknown, &QCheckBox::toggled, this, &AlarmEditor::updateNextTest);
    connect(m_interval, &QSpinBox::valueChanged, this, &AlarmEditor::updateNextTest);
    setNewRows(&AlarmEquipment::unitId);
    showRecord(0);
}

void AlarmEditor::updateNextTest()
{
    // Equipment never tested is a warning of its own.
    const QDate last = m_lastTested->date();
    m_lastTestUnknown->setEnabled(!last.isValid());
    if (last.isValid())
        m_lastTestUnknown->setChecked(false);
    if (!last.isValid() && m_lastTestUnknown->isChecked())
        showDue(m_nextTest, QDate(),
                tr("Okänt när den senast testades: testa utrustningen och fyll i datumet."), true);
    else if (!last.isValid())
        showDue(m_nextTest, QDate(), tr("Aldrig testad: testa utrustningen och fyll i datumet."), true);
    else
        showDue(m_nextTest, AlarmEquipment::nextTestFrom(last, m_interval->value()), QString());
}

QString AlarmEditor::headingOf(const AlarmEquipment& e) const
{
    return tr("%1 – %2").arg(AlarmEquipment::kKinds.label(e.kind),
                             e.unitId ? m_unit->currentText() : m_site->currentText());
}

} // namespace sakra::gui
