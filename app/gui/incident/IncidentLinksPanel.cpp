#include "IncidentLinksPanel.h"

#include "LinkChooserDialog.h"
#include "Register.h"
#include "RegisterSession.h"
#include "commands/CreateEntityCommand.h"
#include "commands/RemoveEntityCommand.h"
#include "widgets/Named.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <set>

namespace sakra::gui {

namespace {
// Lets the user search rows within the scope by title ("title – unit", the first 100 in title
// order) and pick one not linked yet; 0 when cancelled.
template <typename Query, typename List, typename Title>
qint64 chooseByTitle(QWidget* parent, const QString& title, const QString& question,
                     const std::set<qint64>& linked, qint64 scope, List list, Title titleOf)
{
    LinkChooserDialog dialog(
        title, question,
        [=](const QString& text) {
            Query query;
            query.scopeUnitId = scope;
            query.text = text;
            query.sort = Query::Sort::Title;
            query.ascending = true;
            query.limit = 100;
            std::vector<LinkChooserDialog::Choice> choices;
            for (const auto& row : list(query))
                choices.push_back(
                    {row.id(), IncidentLinksPanel::tr("%1 – %2").arg(titleOf(row), row.unitName)});
            return choices;
        },
        linked, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.chosenId() : 0;
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
        for (const IncidentRisk& link : reg.incidentRisks().ofIncident(m_incidentId))
            if (const auto risk = reg.risks().find(link.riskId)) {
                auto* item = new QListWidgetItem(risk->title, m_risks);
                item->setData(Qt::UserRole, link.id);
            }
        for (const IncidentAction& link : reg.incidentActions().ofIncident(m_incidentId))
            if (const auto action = reg.actions().find(link.actionId)) {
                auto* item = new QListWidgetItem(
                    tr("%1 (%2)").arg(action->title, Action::kStatuses.label(action->status).toLower()),
                    m_actions);
                item->setData(Qt::UserRole, link.id);
            }
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
    return m_session.executeOrTell(
        new CreateEntityCommand<IncidentRisk>(m_session, linkBetween<IncidentRisk>(m_incidentId, riskId),
                                              tr("Koppla händelsen till en risk")),
        this, tr("Koppla risk"));
}

bool IncidentLinksPanel::linkAction(qint64 actionId)
{
    return m_session.executeOrTell(new CreateEntityCommand<IncidentAction>(
                                       m_session, linkBetween<IncidentAction>(m_incidentId, actionId),
                                       tr("Koppla händelsen till en åtgärd")),
                                   this, tr("Koppla åtgärd"));
}

void IncidentLinksPanel::chooseRisk()
{
    if (!m_incidentId || !m_session.hasRegister())
        return;
    Register& reg = m_session.reg();
    std::set<qint64> linked;
    for (const IncidentRisk& link : reg.incidentRisks().ofIncident(m_incidentId))
        linked.insert(link.riskId);
    const qint64 chosen = chooseByTitle<RiskQuery>(
        this, tr("Koppla risk"), tr("&Vilken risk ledde händelsen till eller gjorde mer sannolik?"), linked,
        m_session.scopeUnitId(), [&reg](const RiskQuery& query) { return reg.risks().list(query); },
        [](const RiskRow& row) { return row.risk.title; });
    if (chosen)
        linkRisk(chosen);
}

void IncidentLinksPanel::chooseAction()
{
    if (!m_incidentId || !m_session.hasRegister())
        return;
    Register& reg = m_session.reg();
    std::set<qint64> linked;
    for (const IncidentAction& link : reg.incidentActions().ofIncident(m_incidentId))
        linked.insert(link.actionId);
    const qint64 chosen = chooseByTitle<ActionQuery>(
        this, tr("Koppla åtgärd"), tr("&Vilken åtgärd ledde händelsen till?"), linked,
        m_session.scopeUnitId(), [&reg](const ActionQuery& query) { return reg.actions().list(query); },
        [](const ActionRow& row) { return row.action.title; });
    if (chosen)
        linkAction(chosen);
}

void IncidentLinksPanel::unlinkRisk()
{
    const QListWidgetItem* item = m_risks->currentItem();
    if (!item)
        return;
    m_session.executeOrTell(
        new RemoveEntityCommand<IncidentRisk>(m_session, item->data(Qt::UserRole).toLongLong(),
                                              tr("Släpp händelsens koppling till risken")),
        this, tr("Släpp risken"));
}

void IncidentLinksPanel::unlinkAction()
{
    const QListWidgetItem* item = m_actions->currentItem();
    if (!item)
        return;
    m_session.executeOrTell(
        new RemoveEntityCommand<IncidentAction>(m_session, item->data(Qt::UserRole).toLongLong(),
                                                tr("Släpp händelsens koppling till åtgärden")),
        this, tr("Släpp åtgärden"));
}

} // namespace sakra::gui
