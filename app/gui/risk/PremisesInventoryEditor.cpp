#include "PremisesInventoryEditor.h"

#include "Register.h"
#include "widgets/Formatting.h"
#include "widgets/OptionalDateEdit.h"

namespace sakra::gui {

PremisesInventoryEditor::PremisesInventoryEditor(RegisterSession& session, QWidget* parent)
    : EntityForm(session, QStringLiteral("premises"), parent)
{
    setObjectName(QStringLiteral("premisesEditor"));
    setWords({tr("Ingen lokalinventering vald"), tr("Ny lokalinventering"),
              tr("Lägg till lokalinventering av %1"), tr("Ändra lokalinventering av %1"),
              tr("Ta bort lokalinventering"), tr("Ta bort lokalinventeringen av %1? Det går att ångra."),
              tr("Ta bort lokalinventering av %1")});

    // Two lines a text box: the form has six of them.
    const auto text = [this](const QString& label, const char* suffix, const char* column,
                             QString PremisesInventory::*member, const QString& hint) {
        setLines(field<QPlainTextEdit>(label, suffix, QLatin1String(column), member), 2)
            ->setPlaceholderText(hint);
    };
    m_site =
        field<QComboBox>(tr("&Lokal:"), "SiteCombo", QStringLiteral("site_id"), &PremisesInventory::siteId);
    field<QDateEdit>(tr("&Inventerad:"), "DateEdit", QStringLiteral("inventoried_on"),
                     &PremisesInventory::inventoriedOn);
    text(tr("&Utgångar:"), "ExitsEdit", "exits", &PremisesInventory::exits,
         tr("Entréer, nödutgångar, trapphus"));
    text(tr("Inr&ymning:"), "LockdownEdit", "lockdown_rooms", &PremisesInventory::lockdownRooms,
         tr("Rum som går att låsa inifrån, var man kan ta skydd"));
    text(tr("&Larm:"), "AlarmEdit", "alarm_systems", &PremisesInventory::alarmSystems,
         tr("Överfallslarm, personlarm, inbrottslarm, brandlarm"));
    text(tr("&Passersystem:"), "AccessEdit", "access_control", &PremisesInventory::accessControl,
         tr("Passersystem, kortläsare, zoner"));
    text(tr("L&ås:"), "LocksEdit", "locks", &PremisesInventory::locks,
         tr("Låsbara dörrar, kodlås, säkerhetsdörrar utöver rummen för inrymning"));
    text(tr("S&kalskydd:"), "PerimeterEdit", "perimeter", &PremisesInventory::perimeter,
         tr("Stängsel, grindar, galler, skalskyddsklassade fönster och dörrar"));
    m_cameras = field<QCheckBox>(tr("Ka&meror:"), "CamerasCheck", QStringLiteral("cameras"),
                                 &PremisesInventory::cameras, tr("Lokalen har kameraövervakning"));
    m_permitRef = field<QLineEdit>(tr("&Tillstånd:"), "PermitRefEdit", QStringLiteral("camera_permit_ref"),
                                   &PremisesInventory::cameraPermitRef);
    m_permitRef->setPlaceholderText(tr("Diarienummer hos IMY eller annan referens"));
    m_permitExpires = field<OptionalDateEdit>(tr("Gäller t.o.&m.:"), "PermitExpiresDate",
                                              QStringLiteral("camera_permit_expires"),
                                              &PremisesInventory::cameraPermitExpires, QString());
    m_permitExpires->setYearsAhead(1);
    QCheckBox* hasEnd = m_permitExpires->checkBox();
    hasEnd->setObjectName(QStringLiteral("premisesPermitHasEndCheck"));
    hasEnd->setAccessibleName(tr("Tillståndet har ett slutdatum"));
    hasEnd->setToolTip(tr("Kryssa i om tillståndet gäller till ett visst datum"));
    m_permitExpires->dateEdit()->setObjectName(QStringLiteral("premisesPermitExpiresEdit"));
    m_permitExpires->dateEdit()->setAccessibleName(tr("Tillståndet gäller till och med"));
    text(tr("&Väktare:"), "GuardsEdit", "guards", &PremisesInventory::guards,
         tr("Väktare eller ordningsvakt, tider, polisens förordnande"));
    text(tr("Ant&eckning:"), "NoteEdit", "note", &PremisesInventory::note, QString());

    // Spare height goes below the form, not between its rows.
    extraLayout()->addStretch();
    connect(m_cameras, &QCheckBox::toggled, this, &PremisesInventoryEditor::updateCameraFields);

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
    m_permitExpires->setEnabled(cameras);
}

} // namespace sakra::gui
