#include "IncidentLinksPanel.h"

#include "LinkChooserDialog.h"
#include "Register.h"
#include "RegisterSession.h"
#include "commands/LinkCommands.h"
#include "widgets/Named.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <set>

namespace sakra::gui {

namespace {
// Lets the user search the rows of Query's list within the scope by title ("title – unit", the first
// 100 in title order) and links the chosen one to the incident by link; the rows linked already
// (through links) are listed but not choosable. Nothing without an incident or a register.
template <typename Query, typename Links, typename Rows, typename Row, typename Entity>
void chooseAndLink(IncidentLinksPanel* panel, RegisterSession& session, qint64 incidentId,
                   const QString& title, const QString& question, Links& (Register::*links)(),
                   Rows& (Register::*rows)(), Entity Row::*entity, bool (IncidentLinksPanel::*link)(qint64))
{
    if (!incidentId || !session.hasRegister())
        return;
    Register& reg = session.reg();
    std::set<qint64> linked;
    for (const auto& existing : (reg.*links)().ofIncident(incidentId))
        linked.insert(existing.secondId);
    const qint64 scope = session.scopeUnitId();
    LinkChooserDialog dialog(
        title, question,
        [&reg, rows, entity, scope](const QString& text) {
            Query query;
            query.scopeUnitId = scope;
            query.text = text;
            query.sort = Query::Sort::Title;
            query.ascending = true;
            query.limit = 100;
            std::vector<LinkChooserDialog::Choice> choices;
            for (const Row& row : (reg.*rows)().list(query))
                choices.push_back(
                    {row.id(), IncidentLinksPanel::tr("%1 – %2").arg((row.*entity).title, row.unitName)});
            return choices;
        },
        linked, panel);
    if (dialog.exec() == QDialog::Accepted && dialog.chosenId())
        (panel->*link)(dialog.chosenId());
}
} // namespace

IncidentLinksPanel::IncidentLinksPanel(RegisterSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_risks(named<QListWidget>(this, "incidentRiskList")),
      m_actions(named<QListWidget>(this, "incidentActionList")),
      m_addRisk(named<QPushButton>(this, "incidentLinkRiskButton", tr("Koppla r&isk…"))),
      m_removeRisk(named<QPushButton>(this, "incidentUnlinkRiskButton", tr("Släpp risken"))),
      m_addAction(named<QPushButton>(this, "incidentLinkActionButton", tr("Koppla å&tgärd…"))),
      m_removeAction(named<QPushButton>(this, "incidentUnlinkActionButton", tr("Släpp åtgärden")))
{
    setObjectName(QStringLiteral("incidentLinksPanel"));
    for (QListWidget* list : {m_risks, m_actions}) {
        list->setWordWrap(true);
        list->setMaximumHeight(list->fontMetrics().height() * 5 + 10);
    }
    m_risks->setAccessibleName(tr("Risker som händelsen ledde till"));
    m_actions->setAccessibleName(tr("Åtgärder som händelsen ledde till"));

    auto* riskLabel = new QLabel(tr("Risker händelsen ledde till:"), this);
    riskLabel->setBuddy(m_risks);
    auto* actionLabel = new QLabel(tr("Åtgärder händelsen ledde till:"), this);
    actionLabel->setBuddy(m_actions);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 8, 0, 0);
    grid->addWidget(riskLabel, 0, 0, 1, 3);
    grid->addWidget(m_risks, 1, 0, 1, 3);
    grid->addWidget(m_addRisk, 2, 1);
    grid->addWidget(m_removeRisk, 2, 2);
    grid->addWidget(actionLabel, 3, 0, 1, 3);
    grid->addWidget(m_actions, 4, 0, 1, 3);
    grid->addWidget(m_addAction, 5, 1);
    grid->addWidget(m_removeAction, 5, 2);
    grid->setColumnStretch(0, 1);

    connect(m_addRisk, &QPushButton::clicked, this, &IncidentLinksPanel::chooseRisk);
    connect(m_addAction, &QPushButton::clicked, this, &IncidentLinksPanel::chooseAction);
    connect(m_removeRisk, &QPushButton::clicked, this, &IncidentLinksPanel::unlinkRisk);
    connect(m_removeAction, &QPushButton::clicked, this, &IncidentLinksPanel::unlinkAction);
    connect(m_risks, &QListWidget::currentRowChanged, this, &IncidentLinksPanel::updateButtons);
    connect(m_actions, &QListWidget::currentRowChanged, this, &IncidentLinksPanel::updateButtons);
    connect(&m_session, &RegisterSession::changed, this, [this](const ChangeSet& changes) {
        if (changes.touches(IncidentRisk::spec()) || changes.touches(IncidentAction::spec()) ||
            changes.touches(Risk::spec()) || changes.touches(Action::spec()))
            reload();
    });
    reload();
}

void IncidentLinksPanel::setIncidentId(qint64 id)
{
    m_incidentId = id;
    reload();
}

void IncidentLinksPanel::reload()
{
    m_risks->clear();
    m_actions->clear();
    if (m_incidentId && m_session.hasRegister()) {
        Register& reg = m_session.reg();
        LinkCommands::fill(
            m_risks, reg.incidentRisks().ofIncident(m_incidentId),
            [&reg](qint64 id) { return reg.risks().find(id); }, [](const Risk& risk) { return risk.title; });
        LinkCommands::fill(
            m_actions, reg.incidentActions().ofIncident(m_incidentId),
            [&reg](qint64 id) { return reg.actions().find(id); },
            [](const Action& action) {
                return tr("%1 (%2)").arg(action.title, Action::kStatuses.label(action.status).toLower());
            });
    }
    updateButtons();
}

void IncidentLinksPanel::updateButtons()
{
    const bool on = m_incidentId != 0 && m_session.hasRegister();
    m_risks->setEnabled(on);
    m_actions->setEnabled(on);
    m_addRisk->setEnabled(on);
    m_addAction->setEnabled(on);
    m_removeRisk->setEnabled(on && m_risks->currentItem());
    m_removeAction->setEnabled(on && m_actions->currentItem());
    if (!on)
        setToolTip(tr("Spara händelsen först; sedan kan den kopplas till risker och åtgärder."));
    else
        setToolTip(QString());
}

bool IncidentLinksPanel::linkRisk(qint64 riskId)
{
    return LinkCommands::link<IncidentRisk>(m_session, m_incidentId, riskId,
                                            tr("Koppla händelsen till en risk"), this, tr("Koppla risk"));
}

bool IncidentLinksPanel::linkAction(qint64 actionId)
{
    return LinkCommands::link<IncidentAction>(
        m_session, m_incidentId, actionId, tr("Koppla händelsen till en åtgärd"), this, tr("Koppla åtgärd"));
}

void IncidentLinksPanel::chooseRisk()
{
    chooseAndLink<RiskQuery>(this, m_session, m_incidentId, tr("Koppla risk"),
                             tr("&Vilken risk ledde händelsen till eller gjorde mer sannolik?"),
                             &Register::incidentRisks, &Register::risks, &RiskRow::risk,
                             &IncidentLinksPanel::linkRisk);
}

void IncidentLinksPanel::chooseAction()
{
    chooseAndLink<ActionQuery>(this, m_session, m_incidentId, tr("Koppla åtgärd"),
                               tr("&Vilken åtgärd ledde händelsen till?"), &Register::incidentActions,
                               &Register::actions, &ActionRow::action, &IncidentLinksPanel::linkAction);
}

void IncidentLinksPanel::unlinkRisk()
{
    if (const QListWidgetItem* item = m_risks->currentItem())
        LinkCommands::unlink<IncidentRisk>(m_session, *item, tr("Släpp händelsens koppling till risken"),
                                           this, tr("Släpp risken"));
}

void IncidentLinksPanel::unlinkAction()
{
    if (const QListWidgetItem* item = m_actions->currentItem())
        LinkCommands::unlink<IncidentAction>(m_session, *item, tr("Släpp händelsens koppling till åtgärden"),
                                             this, tr("Släpp åtgärden"));
}

} // namespace sakra::gui
