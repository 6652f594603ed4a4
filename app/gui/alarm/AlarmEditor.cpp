#include "AlarmEditor.h"

#include "Register.h"
#include "widgets/Formatting.h"
#include "widgets/OptionalDateEdit.h"
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
    : RecordEditor(session, QStringLiteral("alarm"), parent), m_kind(new QComboBox(this)),
      m_unit(new UnitComboBox(this)), m_site(new QComboBox(this)), m_devices(new QSpinBox(this)),
      m_receiver(new QLineEdit(this)), m_lastTested(new OptionalDateEdit(tr("Har testats"), this)),
      m_interval(new QSpinBox(this)), m_nextTest(new QLabel(this)), m_note(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("alarmEditor"));
    m_kind->setObjectName(QStringLiteral("alarmKindCombo"));
    m_unit->setObjectName(QStringLiteral("alarmUnitCombo"));
    m_site->setObjectName(QStringLiteral("alarmSiteCombo"));
    m_devices->setObjectName(QStringLiteral("alarmDevicesSpin"));
    m_receiver->setObjectName(QStringLiteral("alarmReceiverEdit"));
    m_lastTested->setObjectName(QStringLiteral("alarmLastTestedDate"));
    m_interval->setObjectName(QStringLiteral("alarmIntervalSpin"));
    m_nextTest->setObjectName(QStringLiteral("alarmNextTestLabel"));
    m_note->setObjectName(QStringLiteral("alarmNoteEdit"));

    for (int k = 0; k < AlarmEquipment::kKindCount; ++k)
        m_kind->addItem(AlarmEquipment::kindLabel(AlarmEquipment::Kind(k)), k);
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_site->setMinimumContentsLength(20);
    // Wider than core allows, so a too large number gets core's message instead of a silent clamp.
    m_devices->setRange(0, 9'999'999);
    m_interval->setRange(0, 999);
    m_interval->setSuffix(tr(" månader"));
    m_receiver->setPlaceholderText(tr("t.ex. väktarbolagets larmcentral, receptionen"));
    m_nextTest->setWordWrap(true);
    m_nextTest->setTextFormat(Qt::PlainText);
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);

    addCheckedField(tr("&Typ:"), m_kind, QStringLiteral("kind"));
    addCheckedField(tr("E&nhet:"), m_unit, QStringLiteral("unit_id"));
    addCheckedField(tr("&Lokal:"), m_site, QStringLiteral("site_id"));
    addCheckedField(tr("&Antal enheter:"), m_devices, QStringLiteral("devices"));
    addCheckedField(tr("Larmet går &till:"), m_receiver, QStringLiteral("receiver"));
    addCheckedField(tr("&Senast testat:"), m_lastTested, QStringLiteral("last_tested_on"));
    addCheckedField(tr("Testas &var:"), m_interval, QStringLiteral("test_interval_months"));
    form()->addRow(tr("Nästa test senast:"), m_nextTest);
    addCheckedField(tr("Anteckn&ing:"), m_note, QStringLiteral("note"));

    // Nothing below the form: the space left over goes under it, not between its rows.
    extraLayout()->addStretch(1);

    connect(m_unit, &QComboBox::currentIndexChanged, this,
            [this] { loadSites(m_site->currentData().toLongLong()); });
    connect(m_lastTested, &OptionalDateEdit::dateChanged, this, &AlarmEditor::updateNextTest);
    connect(m_interval, &QSpinBox::valueChanged, this, &AlarmEditor::updateNextTest);
    showRecord(0);
}

void AlarmEditor::loadSites(qint64 keepSiteId)
{
    const QSignalBlocker blocker(m_site);
    m_site->clear();
    m_site->addItem(tr("(ingen särskild lokal)"), qint64(0));
    if (!session().hasRegister())
        return;
    Register& reg = session().reg();
    // Equipment may belong to a site alone: without a unit every site can be chosen.
    const qint64 unitId = m_unit->unitId();
    for (const Site& s : unitId ? reg.sites().ofUnit(unitId) : reg.sites().all())
        m_site->addItem(s.name, s.id);
    if (keepSiteId && m_site->findData(keepSiteId) < 0)
        if (const auto site = reg.sites().find(keepSiteId))
            m_site->addItem(site->name, site->id);
    selectData(m_site, keepSiteId);
}

void AlarmEditor::showRecord(qint64 id)
{
    setCreating(false);
    m_equipment.reset();
    clearMessage();
    clearMessage();
    if (id > 0 && session().hasRegister())
        m_equipment = session().reg().alarmEquipment().find(id);
    if (m_equipment) {
        if (takeChoicesStale())
            m_unit->load(session().reg(), {}, tr("(ingen enhet, bara lokalen)"));
        fill(*m_equipment);
        heading()->setText(
            tr("%1 – %2").arg(AlarmEquipment::kindLabel(m_equipment->kind),
                              m_equipment->unitId ? m_unit->currentText() : m_site->currentText()));
    } else {
        fill(AlarmEquipment());
        heading()->setText(tr("Ingen larmutrustning vald"));
    }
    setFieldsEnabled(m_equipment.has_value());
}

void AlarmEditor::startNew(qint64 unitId)
{
    if (!session().hasRegister())
        return;
    if (takeChoicesStale())
        m_unit->load(session().reg(), {}, tr("(ingen enhet, bara lokalen)"));
    m_equipment.reset();
    setCreating(true);
    clearMessage();
    clearMessage();
    AlarmEquipment blank;
    blank.unitId = unitId;
    fill(blank);
    heading()->setText(tr("Ny larmutrustning"));
    setFieldsEnabled(true);
    m_kind->setFocus(Qt::OtherFocusReason);
}

void AlarmEditor::fill(const AlarmEquipment& e)
{
    selectData(m_kind, int(e.kind));
    {
        const QSignalBlocker blocker(m_unit);
        m_unit->setUnitId(e.unitId);
    }
    if (QLineEdit* unitText = m_unit->lineEdit())
        unitText->setCursorPosition(0);
    loadSites(e.siteId);
    m_devices->setValue(e.devices);
    m_receiver->setText(e.receiver);
    m_receiver->setCursorPosition(0);
    m_lastTested->setDate(e.lastTestedOn);
    m_interval->setValue(e.testIntervalMonths);
    m_note->setPlainText(e.note);
    updateNextTest();
}

void AlarmEditor::updateNextTest()
{
    const QDate last = m_lastTested->date();
    const QDate next = AlarmEquipment::nextTestFrom(last, m_interval->value());
    const QDate today = QDate::currentDate();
    const QString warning = QStringLiteral("QLabel { color: #9b1c1c; font-weight: bold; }");
    if (!last.isValid()) {
        m_nextTest->setText(tr("Aldrig testad: testa utrustningen och fyll i datumet."));
        m_nextTest->setStyleSheet(warning);
    } else if (next.isValid() && next < today) {
        m_nextTest->setText(
            tr("%1 – försenad sedan %n dagar", nullptr, int(next.daysTo(today))).arg(Formatting::date(next)));
        m_nextTest->setStyleSheet(warning);
    } else {
        m_nextTest->setText(Formatting::date(next));
        m_nextTest->setStyleSheet(QString());
    }
}

std::optional<AlarmEquipment> AlarmEditor::edited()
{
    AlarmEquipment e = m_equipment.value_or(AlarmEquipment());
    e.kind = AlarmEquipment::Kind(m_kind->currentData().toInt());
    e.unitId = m_unit->unitId();
    if (e.unitId == 0 && m_unit->currentIndex() != 0 && !m_unit->currentText().trimmed().isEmpty() &&
        m_unit->currentText() != m_unit->itemText(0)) {
        showMessage(tr("Välj enheten bland förslagen som visas när du skriver."), QStringLiteral("unit_id"));
        return std::nullopt;
    }
    e.siteId = m_site->currentData().toLongLong();
    e.devices = m_devices->value();
    e.receiver = m_receiver->text().trimmed();
    e.lastTestedOn = m_lastTested->date();
    e.testIntervalMonths = m_interval->value();
    e.nextTest = AlarmEquipment::nextTestFrom(e.lastTestedOn, e.testIntervalMonths);
    e.note = m_note->toPlainText();
    return e;
}

void AlarmEditor::applyChanges()
{
    if (!session().hasRegister() || (!m_equipment && !isCreating()))
        return;
    clearMessage();
    const auto after = edited();
    if (!after)
        return;
    const QString what = AlarmEquipment::kindLabel(after->kind).toLower();
    commit(m_equipment, *after, tr("Lägg till %1").arg(what), tr("Ändra %1").arg(what));
}

void AlarmEditor::revertChanges()
{
    clearMessage();
    showRecord(isCreating() ? 0 : recordId());
}

} // namespace sakra::gui
