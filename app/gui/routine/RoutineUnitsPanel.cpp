#include "RoutineUnitsPanel.h"

#include "Register.h"
#include "RegisterSession.h"
#include "commands/LinkCommands.h"
#include "widgets/Named.h"
#include "widgets/UnitComboBox.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>

namespace sakra::gui {

RoutineUnitsPanel::RoutineUnitsPanel(RegisterSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_units(named<QListWidget>(this, "routineUnitList")),
      m_chooser(named<UnitComboBox>(this, "routineUnitChooser")),
      m_add(named<QPushButton>(this, "routineAddUnitButton", tr("Lägg till &enhet"))),
      m_remove(named<QPushButton>(this, "routineRemoveUnitButton", tr("Släpp enheten")))
{
    setObjectName(QStringLiteral("routineUnitsPanel"));
    m_units->setAccessibleName(tr("Enheter som rutinen gäller"));
    m_units->setMaximumHeight(m_units->fontMetrics().height() * 5 + 10);
    m_chooser->setAccessibleName(tr("Enhet att lägga till"));

    auto* label = new QLabel(tr("Gäller enheterna (och enheterna under dem):"), this);
    label->setBuddy(m_units);
    label->setWordWrap(true);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 8, 0, 0);
    grid->addWidget(label, 0, 0, 1, 3);
    grid->addWidget(m_units, 1, 0, 1, 3);
    grid->addWidget(m_chooser, 2, 0);
    grid->addWidget(m_add, 2, 1);
    grid->addWidget(m_remove, 2, 2);
    grid->setColumnStretch(0, 1);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const qint64 unit = m_chooser->unitId();
        if (unit == 0) {
            QMessageBox::information(this, tr("Lägg till enhet"),
                                     tr("Välj först en enhet i listan bredvid knappen, bland förslagen som "
                                        "visas när du skriver."));
            return;
        }
        addUnit(unit);
    });
    connect(m_remove, &QPushButton::clicked, this, &RoutineUnitsPanel::removeCurrent);
    connect(m_units, &QListWidget::currentRowChanged, this, &RoutineUnitsPanel::updateButtons);
    connect(&m_session, &RegisterSession::changed, this, [this](const ChangeSet& changes) {
        if (changes.touches(OrgUnit::spec()))
            m_choicesLoaded = false;
        if (changes.touches(RoutineUnit::spec()) || changes.touches(OrgUnit::spec()))
            reload();
    });
    connect(&m_session, &RegisterSession::registerOpened, this, [this] { m_choicesLoaded = false; });
    updateButtons();
}

void RoutineUnitsPanel::setRoutineId(qint64 id)
{
    m_routineId = id;
    if (id && !m_choicesLoaded && m_session.hasRegister()) {
        m_chooser->setDeferred(true);
        m_chooser->load(m_session.reg());
        m_choicesLoaded = true;
    }
    reload();
}

void RoutineUnitsPanel::reload()
{
    m_units->clear();
    if (m_routineId && m_session.hasRegister()) {
        Register& reg = m_session.reg();
        LinkCommands::fill(
            m_units, reg.routineUnits().ofRoutine(m_routineId),
            [&reg](qint64 id) { return reg.units().find(id); },
            [](const OrgUnit& unit) { return unit.name; });
    }
    updateButtons();
}

void RoutineUnitsPanel::updateButtons()
{
    const bool on = m_routineId != 0 && m_session.hasRegister();
    m_units->setEnabled(on);
    m_chooser->setEnabled(on);
    m_add->setEnabled(on);
    m_remove->setEnabled(on && m_units->currentItem());
    setToolTip(on ? QString() : tr("Spara rutinen först; sedan kan enheterna den gäller läggas till."));
}

bool RoutineUnitsPanel::addUnit(qint64 unitId)
{
    return LinkCommands::link<RoutineUnit>(
        m_session, m_routineId, unitId, tr("Låt rutinen gälla en enhet till"), this, tr("Lägg till enhet"));
}

void RoutineUnitsPanel::removeCurrent()
{
    if (const QListWidgetItem* item = m_units->currentItem())
        LinkCommands::unlink<RoutineUnit>(
            m_session, *item, tr("Släpp enheten %1 ur rutinen").arg(item->text()), this, tr("Släpp enheten"));
}

} // namespace sakra::gui
