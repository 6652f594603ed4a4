#include "RiskEditor.h"

#include "ConsequenceInput.h"
#include "Register.h"
#include "RegisterSession.h"
#include "RiskLevelLabel.h"
#include "ScaleComboBox.h"
#include "commands/CreateEntityCommand.h"
#include "commands/UpdateEntityCommand.h"
#include "widgets/Formatting.h"
#include "widgets/MessageLabel.h"
#include "widgets/Named.h"
#include "widgets/Palette.h"
#include "widgets/PersonPicker.h"
#include "widgets/UnitComboBox.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <set>

namespace sakra::gui {

namespace {
void setTextHeight(QPlainTextEdit* edit, int lines)
{
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
}

} // namespace

RiskEditor::RiskEditor(RegisterSession& session, QWidget* parent)
    : EntityForm(session, QStringLiteral("risk"), parent), m_title(named<QLineEdit>(this, "riskTitleEdit")),
      m_description(named<QPlainTextEdit>(this, "riskDescriptionEdit")),
      m_unit(named<UnitComboBox>(this, "riskUnitCombo")), m_site(named<QComboBox>(this, "riskSiteCombo")),
      m_category(named<QComboBox>(this, "riskCategoryCombo")),
      m_inventory(named<QComboBox>(this, "riskInventoryCombo")),
      m_threatSource(named<QLineEdit>(this, "riskThreatSourceEdit")),
      m_controls(named<QPlainTextEdit>(this, "riskControlsEdit")),
      m_likelihood(named<ScaleComboBox>(this, "riskLikelihoodCombo")),
      m_consequence(new ConsequenceInput(QStringLiteral("riskConsequence"), this)),
      m_level(named<RiskLevelLabel>(this, "riskLevelLabel")),
      m_residualLikelihood(named<ScaleComboBox>(this, "riskResidualLikelihoodCombo")),
      m_residualConsequence(new ConsequenceInput(QStringLiteral("riskResidualConsequence"), this)),
      m_residualLevel(named<RiskLevelLabel>(this, "riskResidualLevelLabel")),
      m_owner(named<PersonPicker>(this, "riskOwnerPicker", session)),
      m_status(named<QComboBox>(this, "riskStatusCombo")),
      m_assessedOn(named<QDateEdit>(this, "riskAssessedDateEdit")),
      m_assessToday(named<QPushButton>(this, "riskAssessTodayButton", tr("Bedömd &i dag"))),
      m_reviewMonths(named<QSpinBox>(this, "riskReviewMonthsSpin")), m_nextReviewIcon(new QLabel(this)),
      m_nextReview(named<QLabel>(this, "riskNextReviewLabel"))
{
    setObjectName(QStringLiteral("riskEditor"));
    setWords({tr("Ingen risk vald"), tr("Ny risk"), tr("Lägg till risken %1"), tr("Ändra risken %1"),
              tr("Ta bort risk"), tr("Ta bort risken %1? Det går att ångra."), tr("Ta bort risken %1")});

    // The form is taller than the pane it scrolls in: a refusal is said under the heading, where
    // it shows together with the fields most often refused, rather than below the last field.
    layout()->removeWidget(messageLabel());
    form()->addRow(messageLabel());

    setTextHeight(m_description, 3);
    setTextHeight(m_controls, 3);
    m_threatSource->setPlaceholderText(tr("t.ex. klient, anhörig, extern gärningsperson, teknik"));
    for (Risk::Status s :
         {Risk::Status::Open, Risk::Status::Treated, Risk::Status::Accepted, Risk::Status::Closed})
        m_status->addItem(Risk::kStatuses.label(s), int(s));
    m_assessedOn->setCalendarPopup(true);
    m_assessedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_reviewMonths->setRange(1, 60);
    m_reviewMonths->setSuffix(tr(" mån"));
    m_reviewMonths->setAccessibleName(tr("Omprövas var … månad"));
    m_level->setAccessibleDescription(tr("Räknas fram ur sannolikhet och konsekvens"));

    addField(tr("&Rubrik:"), m_title, QStringLiteral("title"), &Risk::title);
    addField(tr("&Beskrivning:"), m_description, QStringLiteral("description"), &Risk::description);
    addField(tr("E&nhet:"), m_unit, QStringLiteral("unit_id"), &Risk::unitId);
    addField(tr("&Lokal:"), m_site, QStringLiteral("site_id"));
    // Sites and inventories to choose from depend on the unit, bound before.
    bind(
        m_site, [this](const Risk& r) { loadSites(r.siteId); },
        [this](Risk& r) { r.siteId = m_site->currentData().toLongLong(); });
    addField(tr("&Kategori:"), m_category, QStringLiteral("category_id"));
    bind(
        m_category, [this](const Risk& r) { selectData(m_category, r.categoryId); },
        [this](Risk& r) { r.categoryId = m_category->currentData().toLongLong(); });
    addField(tr("Riskin&ventering:"), m_inventory, QStringLiteral("inventory_id"));
    bind(
        m_inventory, [this](const Risk& r) { loadInventories(r.inventoryId); },
        [this](Risk& r) { r.inventoryId = m_inventory->currentData().toLongLong(); });
    addField(tr("&Hotkälla:"), m_threatSource, QStringLiteral("threat_source"), &Risk::threatSource);
    addField(tr("Befintliga å&tgärder:"), m_controls, QStringLiteral("existing_controls"),
             &Risk::existingControls);

    addHeading(tr("Bedömning före åtgärder"));
    addField(tr("&Sannolikhet:"), m_likelihood, QStringLiteral("likelihood"));
    bind(
        m_likelihood, [this](const Risk& r) { m_likelihood->setValue(r.likelihood); },
        [this](Risk& r) { r.likelihood = m_likelihood->value(); });
    addField(tr("K&onsekvens:"), m_consequence, QStringLiteral("consequence"));
    bind(
        m_consequence,
        [this](const Risk& r) { m_consequence->setValues(r.consequence, r.consequenceByDimension); },
        [this](Risk& r) {
            r.consequence = m_consequence->consequence();
            r.consequenceByDimension = m_consequence->byDimension();
        });
    form()->addRow(tr("Risknivå:"), m_level);

    addHeading(tr("Kvarvarande risk efter åtgärder"));
    addField(tr("Sa&nnolikhet:"), m_residualLikelihood, QStringLiteral("residual_likelihood"));
    bind(
        m_residualLikelihood, [this](const Risk& r) { m_residualLikelihood->setValue(r.residualLikelihood); },
        [this](Risk& r) { r.residualLikelihood = m_residualLikelihood->value(); });
    addField(tr("Konsek&vens:"), m_residualConsequence, QStringLiteral("residual_consequence"));
    bind(
        m_residualConsequence,
        [this](const Risk& r) {
            m_residualConsequence->setValues(r.residualConsequence, r.residualByDimension);
        },
        [this](Risk& r) {
            r.residualConsequence = m_residualConsequence->consequence();
            r.residualByDimension = m_residualConsequence->byDimension();
        });
    form()->addRow(tr("Risknivå:"), m_residualLevel);

    addHeading(tr("Ansvar och uppföljning"));
    addField(tr("Ä&gare:"), m_owner, QStringLiteral("owner_id"), &Risk::ownerId);
    addField(tr("S&tatus:"), m_status, QStringLiteral("status"), &Risk::status);
    // A reassessed risk is assessed today: offered as soon as the assessment changes.
    auto* assessed = new QWidget(this);
    auto* assessedLayout = new QHBoxLayout(assessed);
    assessedLayout->setContentsMargins(0, 0, 0, 0);
    assessedLayout->addWidget(m_assessedOn, 1);
    m_assessToday->setToolTip(tr("Bedömningen har ändrats: sätt bedömningsdatum till i dag, så räknas nästa "
                                 "omprövning från i dag"));
    m_assessToday->hide();
    assessedLayout->addWidget(m_assessToday);
    form()->addRow(tr("Be&dömd:"), assessed);
    bind(m_assessedOn, &Risk::assessedOn);
    qobject_cast<QLabel*>(form()->labelForField(assessed))->setBuddy(m_assessedOn);
    connect(m_assessToday, &QPushButton::clicked, this,
            [this] { m_assessedOn->setDate(QDate::currentDate()); });
    addField(tr("O&mprövas var:"), m_reviewMonths, QStringLiteral("review_months"), &Risk::reviewMonths);
    auto* next = new QWidget(this);
    auto* nextLayout = new QHBoxLayout(next);
    nextLayout->setContentsMargins(0, 0, 0, 0);
    const int iconSize = m_nextReview->fontMetrics().height();
    m_nextReviewIcon->setPixmap(
        QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    nextLayout->addWidget(m_nextReviewIcon);
    nextLayout->addWidget(m_nextReview, 1);
    form()->addRow(tr("Nästa omprövning:"), next);

    // Spare height goes below the form, not between its rows.
    extraLayout()->addStretch();

    auto update = [this] { updateDerived(); };
    connect(m_likelihood, &QComboBox::currentIndexChanged, this, update);
    connect(m_consequence, &ConsequenceInput::changed, this, update);
    connect(m_residualLikelihood, &QComboBox::currentIndexChanged, this, update);
    connect(m_residualConsequence, &ConsequenceInput::changed, this, update);
    connect(m_status, &QComboBox::currentIndexChanged, this, update);
    connect(m_assessedOn, &QDateEdit::dateChanged, this, update);
    connect(m_reviewMonths, &QSpinBox::valueChanged, this, update);
    connect(m_title, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (item() || isCreating())
            heading()->setText(text.trimmed().isEmpty() ? tr("(risk utan rubrik)") : text);
    });
    // A site and an inventory belong with the unit; offer those of the unit chosen.
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        loadSites(m_site->currentData().toLongLong());
        loadInventories(m_inventory->currentData().toLongLong());
    });

    showRecord(0);
}

void RiskEditor::loadChoices()
{
    // The scales come from the matrix, which may have changed with the choices.
    loadMatrix();
    Register& reg = session().reg();
    m_unit->load(reg);
    setNamedChoices(m_category, reg.riskCategories().all());
}

void RiskEditor::loadMatrix()
{
    if (!session().hasRegister())
        return;
    const RiskMatrix matrix = session().reg().riskMatrix().current();
    if (m_matrixLoaded && matrix == m_matrix)
        return;
    m_matrix = matrix;
    m_matrixLoaded = true;
    m_likelihood->setScale(matrix.likelihoodLabels());
    m_consequence->setMatrix(matrix);
    m_residualLikelihood->setScale(matrix.likelihoodLabels(), tr("(ej bedömd)"));
    m_residualConsequence->setMatrix(matrix, tr("(ej bedömd)"));
}

void RiskEditor::loadSites(qint64 keepSiteId)
{
    loadUnitSites(m_site, m_unit->unitId(), keepSiteId);
}

void RiskEditor::loadInventories(qint64 keepInventoryId)
{
    const QSignalBlocker blocker(m_inventory);
    m_inventory->clear();
    m_inventory->addItem(tr("(ingen)"), qint64(0));
    if (!session().hasRegister())
        return;
    Register& reg = session().reg();
    // Inventories held at the unit or above it cover the unit's risks.
    std::set<qint64> chain;
    for (qint64 id = m_unit->unitId(); id != 0 && !chain.count(id);) {
        chain.insert(id);
        const auto unit = reg.units().find(id);
        id = unit ? unit->parentId : 0;
    }
    for (const RiskInventory& i : reg.riskInventories().list(0)) {
        if (!chain.count(i.unitId) && i.id != keepInventoryId)
            continue;
        const auto unit = reg.units().find(i.unitId);
        m_inventory->addItem(tr("%1, %2").arg(Formatting::date(i.heldOn), unit ? unit->name : QString()),
                             i.id);
    }
    selectData(m_inventory, keepInventoryId);
}

void RiskEditor::updateDerived()
{
    m_level->showCell(m_matrix, m_likelihood->value(), m_consequence->consequence());
    m_residualLevel->showCell(m_matrix, m_residualLikelihood->value(), m_residualConsequence->consequence());
    const QDate next = m_assessedOn->date().addMonths(m_reviewMonths->value());
    const bool closed = Risk::Status(m_status->currentData().toInt()) == Risk::Status::Closed;
    const bool overdue = (item() || isCreating()) && !closed && next < QDate::currentDate();
    m_nextReviewIcon->setVisible(overdue);
    m_nextReview->setText(!(item() || isCreating()) ? QString()
                          : overdue                 ? tr("%1 – försenad").arg(Formatting::date(next))
                                                    : Formatting::date(next));
    m_nextReview->setStyleSheet(overdue ? palette::warningStyle : QString());
    // Offered while the stored risk's likelihood or consequence is changed and its date is older.
    const std::optional<Risk>& risk = item();
    const bool reassessed = risk && (m_likelihood->value() != risk->likelihood ||
                                     m_consequence->consequence() != risk->consequence ||
                                     m_consequence->byDimension() != risk->consequenceByDimension);
    m_assessToday->setVisible(reassessed && m_assessedOn->date() != QDate::currentDate());
}

void RiskEditor::startNewFrom(qint64 unitId, qint64 inventoryId, qint64 siteId)
{
    m_newInventoryId = inventoryId;
    m_newSiteId = siteId;
    startNew(unitId);
    m_newInventoryId = 0;
    m_newSiteId = 0;
}

Risk RiskEditor::blank(qint64 unitId) const
{
    Risk blank;
    blank.unitId = unitId;
    blank.inventoryId = m_newInventoryId;
    blank.siteId = m_newSiteId;
    blank.categoryId = m_category->count() > 0 ? m_category->itemData(0).toLongLong() : 0;
    blank.assessedOn = QDate::currentDate();
    return blank;
}

bool RiskEditor::readRest(Risk& r)
{
    // "Not assessed" after treatment is all of it; dimension values left behind would be refused.
    if (r.residualLikelihood == 0)
        r.residualByDimension.clear();
    if (r.residualLikelihood == 0 && r.residualByDimension.isEmpty() && !m_matrix.dimensions().empty())
        r.residualConsequence = 0;
    return true;
}

} // namespace sakra::gui
