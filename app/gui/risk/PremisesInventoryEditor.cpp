#include "PremisesInventoryEditor.h"

#include "Register.h"
#include "widgets/Formatting.h"
#include "widgets/Named.h"

#include <QHBoxLayout>

namespace sakra::gui {

PremisesInventoryEditor::PremisesInventoryEditor(RegisterSession& session, QWidget* parent)
    : EntityForm(session, QStringLiteral("premises"), parent),
      m_site(named<QComboBox>(this, "premisesSiteCombo")),
      m_inventoriedOn(named<QDateEdit>(this, "premisesDateEdit")),
      m_exits(named<QPlainTextEdit>(this, "premisesExitsEdit")),
      m_lockdownRooms(named<QPlainTextEdit>(this, "premisesLockdownEdit")),
      m_alarmSystems(named<QPlainTextEdit>(this, "premisesAlarmEdit")),
      m_accessControl(named<QPlainTextEdit>(this, "premisesAccessEdit")),
      m_cameras(named<QCheckBox>(this, "premisesCamerasCheck", tr("Lokalen har kameraövervakning"))),
      m_permitRef(named<QLineEdit>(this, "premisesPermitRefEdit")),
      m_permitHasEnd(named<QCheckBox>(this, "premisesPermitHasEndCheck")),
      m_permitExpires(named<QDateEdit>(this, "premisesPermitExpiresEdit")),
      m_guards(named<QPlainTextEdit>(this, "premisesGuardsEdit")),
      m_note(named<QPlainTextEdit>(this, "premisesNoteEdit"))
{
    setObjectName(QStringLiteral("premisesEditor"));
    setWords({tr("Ingen lokalinventering vald"), tr("Ny lokalinventering"),
              tr("Lägg till lokalinventering av %1"), tr("Ändra lokalinventering av %1"),
              tr("Ta bort lokalinventering"), tr("Ta bort lokalinventeringen av %1? Det går att ångra."),
              tr("Ta bort lokalinventering av %1")});

    for (QDateEdit* date : {m_inventoriedOn, m_permitExpires}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    for (QPlainTextEdit* edit :
         {m_exits, m_lockdownRooms, m_alarmSystems, m_accessControl, m_guards, m_note}) {
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 2 + 12);
    }
    m_exits->setPlaceholderText(tr("Entréer, nödutgångar, trapphus"));
    m_lockdownRooms->setPlaceholderText(tr("Rum som går att låsa inifrån, var man kan ta skydd"));
    m_alarmSystems->setPlaceholderText(tr("Överfallslarm, personlarm, inbrottslarm, brandlarm"));
    m_accessControl->setPlaceholderText(tr("Passersystem, lås, zoner"));
    m_permitRef->setPlaceholderText(tr("Diarienummer hos IMY eller annan referens"));
    m_guards->setPlaceholderText(tr("Väktare eller ordningsvakt, tider, polisens förordnande"));

    addField(tr("&Lokal:"), m_site, QStringLiteral("site_id"), &PremisesInventory::siteId);
    addField(tr("&Inventerad:"), m_inventoriedOn, QStringLiteral("inventoried_on"),
             &PremisesInventory::inventoriedOn);
    addField(tr("&Utgångar:"), m_exits, QStringLiteral("exits"), &PremisesInventory::exits);
    addField(tr("Inr&ymning:"), m_lockdownRooms, QStringLiteral("lockdown_rooms"),
             &PremisesInventory::lockdownRooms);
    addField(tr("&Larm:"), m_alarmSystems, QStringLiteral("alarm_systems"), &PremisesInventory::alarmSystems);
    addField(tr("&Passersystem:"), m_accessControl, QStringLiteral("access_control"),
             &PremisesInventory::accessControl);
    addField(tr("Ka&meror:"), m_cameras, QStringLiteral("cameras"), &PremisesInventory::cameras);
    addField(tr("&Tillstånd:"), m_permitRef, QStringLiteral("camera_permit_ref"),
             &PremisesInventory::cameraPermitRef);
    auto* expiry = new QWidget(this);
    auto* expiryLayout = new QHBoxLayout(expiry);
    expiryLayout->setContentsMargins(0, 0, 0, 0);
    expiryLayout->addWidget(m_permitHasEnd);
    expiryLayout->addWidget(m_permitExpires, 1);
    m_permitHasEnd->setAccessibleName(tr("Tillståndet har ett slutdatum"));
    m_permitHasEnd->setToolTip(tr("Kryssa i om tillståndet gäller till ett visst datum"));
    m_permitExpires->setAccessibleName(tr("Tillståndet gäller till och med"));
    addField(tr("Gäller t.o.&m.:"), expiry, QStringLiteral("camera_permit_expires"));
    bind(
        expiry,
        [this](const PremisesInventory& p) {
            m_permitHasEnd->setChecked(p.cameraPermitExpires.isValid());
            m_permitExpires->setDate(p.cameraPermitExpires.isValid() ? p.cameraPermitExpires
                                                                     : QDate::currentDate().addYears(1));
        },
        [this](PremisesInventory& p) {
            p.cameraPermitExpires = m_permitHasEnd->isChecked() ? m_permitExpires->date() : QDate();
        });
    addField(tr("&Väktare:"), m_guards, QStringLiteral("guards"), &PremisesInventory::guards);
    addField(tr("Ant&eckning:"), m_note, QStringLiteral("note"), &PremisesInventory::note);

    // Spare height goes below the form, not between its rows.
    extraLayout()->addStretch();
    connect(m_cameras, &QCheckBox::toggled, this, &PremisesInventoryEditor::updateCameraFields);
    connect(m_permitHasEnd, &QCheckBox::toggled, this, &PremisesInventoryEditor::updateCameraFields);

    setNewRows(&PremisesInventory::siteId, &PremisesInventory::inventoriedOn);
    showRecord(0);
}

QString PremisesInventoryEditor::headingOf(const PremisesInventory& p) const
{
    return tr("%1, inventerad %2").arg(siteName(p.siteId), Formatting::date(p.inventoriedOn));
}

void PremisesInventoryEditor::loadChoices()
{
    setNamedChoices(m_site, session().reg().sites().all());
}

bool PremisesInventoryEditor::readRest(PremisesInventory& p)
{
    // A permit belongs with cameras.
    if (!p.cameras) {
        p.cameraPermitRef.clear();
        p.cameraPermitExpires = QDate();
    }
    return true;
}

void PremisesInventoryEditor::updateCameraFields()
{
    // A permit belongs with cameras; the fields stay visible so people see what will be asked.
    const bool open = item().has_value() || isCreating();
    const bool cameras = open && m_cameras->isChecked();
    m_permitRef->setEnabled(cameras);
    m_permitHasEnd->setEnabled(cameras);
    m_permitExpires->setEnabled(cameras && m_permitHasEnd->isChecked());
}

} // namespace sakra::gui
