#include "PremisesInventoryEditor.h"

#include "Register.h"
#include "RegisterSession.h"
#include "commands/CreateEntityCommand.h"
#include "commands/UpdateEntityCommand.h"
#include "widgets/Formatting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace sakra::gui {

PremisesInventoryEditor::PremisesInventoryEditor(RegisterSession& session, QWidget* parent)
    : EntityEditor(session, QStringLiteral("premises"), parent), m_heading(new QLabel(this)),
      m_site(new QComboBox(this)), m_inventoriedOn(new QDateEdit(this)), m_exits(new QPlainTextEdit(this)),
      m_lockdownRooms(new QPlainTextEdit(this)), m_alarmSystems(new QPlainTextEdit(this)),
      m_accessControl(new QPlainTextEdit(this)),
      m_cameras(new QCheckBox(tr("Lokalen har kameraövervakning"), this)), m_permitRef(new QLineEdit(this)),
      m_permitHasEnd(new QCheckBox(this)), m_permitExpires(new QDateEdit(this)),
      m_guards(new QPlainTextEdit(this)), m_note(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("premisesEditor"));
    m_site->setObjectName(QStringLiteral("premisesSiteCombo"));
    m_inventoriedOn->setObjectName(QStringLiteral("premisesDateEdit"));
    m_exits->setObjectName(QStringLiteral("premisesExitsEdit"));
    m_lockdownRooms->setObjectName(QStringLiteral("premisesLockdownEdit"));
    m_alarmSystems->setObjectName(QStringLiteral("premisesAlarmEdit"));
    m_accessControl->setObjectName(QStringLiteral("premisesAccessEdit"));
    m_cameras->setObjectName(QStringLiteral("premisesCamerasCheck"));
    m_permitRef->setObjectName(QStringLiteral("premisesPermitRefEdit"));
    m_permitHasEnd->setObjectName(QStringLiteral("premisesPermitHasEndCheck"));
    m_permitExpires->setObjectName(QStringLiteral("premisesPermitExpiresEdit"));
    m_guards->setObjectName(QStringLiteral("premisesGuardsEdit"));
    m_note->setObjectName(QStringLiteral("premisesNoteEdit"));

    addTitle(m_heading);

    m_site->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_site->setMinimumContentsLength(20);
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

    addField(tr("&Lokal:"), m_site, QStringLiteral("site_id"));
    addField(tr("&Inventerad:"), m_inventoriedOn, QStringLiteral("inventoried_on"));
    addField(tr("&Utgångar:"), m_exits, QStringLiteral("exits"));
    addField(tr("Inr&ymning:"), m_lockdownRooms, QStringLiteral("lockdown_rooms"));
    addField(tr("&Larm:"), m_alarmSystems, QStringLiteral("alarm_systems"));
    addField(tr("&Passersystem:"), m_accessControl, QStringLiteral("access_control"));
    addField(tr("Ka&meror:"), m_cameras, QStringLiteral("cameras"));
    addField(tr("&Tillstånd:"), m_permitRef, QStringLiteral("camera_permit_ref"));
    auto* expiry = new QWidget(this);
    auto* expiryLayout = new QHBoxLayout(expiry);
    expiryLayout->setContentsMargins(0, 0, 0, 0);
    expiryLayout->addWidget(m_permitHasEnd);
    expiryLayout->addWidget(m_permitExpires, 1);
    m_permitHasEnd->setAccessibleName(tr("Tillståndet har ett slutdatum"));
    m_permitHasEnd->setToolTip(tr("Kryssa i om tillståndet gäller till ett visst datum"));
    m_permitExpires->setAccessibleName(tr("Tillståndet gäller till och med"));
    addField(tr("Gäller t.o.&m.:"), expiry, QStringLiteral("camera_permit_expires"));
    addField(tr("&Väktare:"), m_guards, QStringLiteral("guards"));
    addField(tr("Ant&eckning:"), m_note, QStringLiteral("note"));

    // Spare height goes below the form, not between its rows.
    extraLayout()->addStretch();
    connect(m_cameras, &QCheckBox::toggled, this, &PremisesInventoryEditor::updateCameraFields);
    connect(m_permitHasEnd, &QCheckBox::toggled, this, &PremisesInventoryEditor::updateCameraFields);

    showInventory(0);
}

void PremisesInventoryEditor::loadChoices()
{
    if (!m_choicesStale || !session().hasRegister())
        return;
    m_choicesStale = false;
    const qint64 current = m_site->currentData().toLongLong();
    const QSignalBlocker blocker(m_site);
    m_site->clear();
    for (const Site& s : session().reg().sites().all())
        m_site->addItem(s.name, s.id);
    m_site->setCurrentIndex(m_site->findData(current));
}

void PremisesInventoryEditor::showInventory(qint64 id)
{
    m_inventory = read<PremisesInventory>(id, m_creating);
    if (m_inventory) {
        loadChoices();
        fill(*m_inventory);
    } else {
        fill(PremisesInventory());
        m_heading->setText(tr("Ingen lokalinventering vald"));
    }
    setFieldsEnabled(m_inventory.has_value());
    updateCameraFields();
}

void PremisesInventoryEditor::startNew(qint64 siteId)
{
    if (!beginNew(m_inventory, m_creating))
        return;
    loadChoices();
    PremisesInventory blank;
    blank.siteId = siteId;
    blank.inventoriedOn = QDate::currentDate();
    fill(blank);
    m_heading->setText(tr("Ny lokalinventering"));
    setFieldsEnabled(true);
    updateCameraFields();
    m_site->setFocus(Qt::OtherFocusReason);
}

void PremisesInventoryEditor::fill(const PremisesInventory& p)
{
    const int site = m_site->findData(p.siteId);
    m_site->setCurrentIndex(site);
    m_heading->setText(
        p.inventoriedOn.isValid()
            ? tr("%1, inventerad %2").arg(m_site->itemText(site), Formatting::date(p.inventoriedOn))
            : QString());
    m_inventoriedOn->setDate(p.inventoriedOn.isValid() ? p.inventoriedOn : QDate::currentDate());
    m_exits->setPlainText(p.exits);
    m_lockdownRooms->setPlainText(p.lockdownRooms);
    m_alarmSystems->setPlainText(p.alarmSystems);
    m_accessControl->setPlainText(p.accessControl);
    m_cameras->setChecked(p.cameras);
    m_permitRef->setText(p.cameraPermitRef);
    m_permitRef->setCursorPosition(0);
    m_permitHasEnd->setChecked(p.cameraPermitExpires.isValid());
    m_permitExpires->setDate(p.cameraPermitExpires.isValid() ? p.cameraPermitExpires
                                                             : QDate::currentDate().addYears(1));
    m_guards->setPlainText(p.guards);
    m_note->setPlainText(p.note);
}

void PremisesInventoryEditor::updateCameraFields()
{
    // A permit belongs with cameras; the fields stay visible so people see what will be asked.
    const bool open = m_inventory.has_value() || m_creating;
    const bool cameras = open && m_cameras->isChecked();
    m_permitRef->setEnabled(cameras);
    m_permitHasEnd->setEnabled(cameras);
    m_permitExpires->setEnabled(cameras && m_permitHasEnd->isChecked());
}

void PremisesInventoryEditor::applyChanges()
{
    if (!session().hasRegister() || (!m_inventory && !m_creating))
        return;
    PremisesInventory after = m_inventory.value_or(PremisesInventory());
    after.siteId = m_site->currentData().toLongLong();
    after.inventoriedOn = m_inventoriedOn->date();
    after.exits = m_exits->toPlainText().trimmed();
    after.lockdownRooms = m_lockdownRooms->toPlainText().trimmed();
    after.alarmSystems = m_alarmSystems->toPlainText().trimmed();
    after.accessControl = m_accessControl->toPlainText().trimmed();
    after.cameras = m_cameras->isChecked();
    after.cameraPermitRef = after.cameras ? m_permitRef->text().trimmed() : QString();
    after.cameraPermitExpires =
        after.cameras && m_permitHasEnd->isChecked() ? m_permitExpires->date() : QDate();
    after.guards = m_guards->toPlainText().trimmed();
    after.note = m_note->toPlainText();
    const QString name = m_site->currentText();
    commit(m_inventory, m_creating, after, tr("Lägg till lokalinventering av %1").arg(name),
           m_inventory ? tr("Ändra lokalinventering av %1").arg(name) : QString(), [this](qint64 id) {
               showInventory(id);
               Q_EMIT inventoryCreated(id);
           });
}

void PremisesInventoryEditor::revertChanges()
{
    showInventory(m_creating ? 0 : inventoryId());
}

} // namespace sakra::gui
