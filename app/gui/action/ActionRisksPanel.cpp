#include "ActionRisksPanel.h"

#include "LinkRiskDialog.h"
#include "Register.h"
#include "RegisterSession.h"
#include "commands/CreateEntityCommand.h"
#include "commands/RemoveEntityCommand.h"
#include "commands/SetRiskResidualCommand.h"
#include "widgets/MessageLabel.h"
#include "widgets/Named.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <set>

namespace sakra::gui {

namespace {
QString levelName(const RiskMatrix& matrix, int level)
{
    return level >= 0 && level < int(matrix.levels().size()) ? matrix.levels()[std::size_t(level)].name.text()
                                                             : QString();
}

// "Hög (3 × 4)", or "–" when not assessed.
QString cell(const RiskMatrix& matrix, int likelihood, int consequence)
{
    if (likelihood <= 0 || consequence <= 0)
        return QStringLiteral("–");
    return ActionRisksPanel::tr("%1 (%2×%3)")
        .arg(levelName(matrix, matrix.levelOf(likelihood, consequence)))
        .arg(likelihood)
        .arg(consequence);
}
} // namespace

ActionRisksPanel::ActionRisksPanel(RegisterSession& session, QWidget* parent)
    : QGroupBox(tr("Risker som åtgärden behandlar"), parent), m_session(session),
      m_list(named<QListWidget>(this, "actionRisksList")),
      m_addButton(named<QPushButton>(this, "addActionRiskButton", tr("&Koppla risk…"))),
      m_removeButton(named<QPushButton>(this, "removeActionRiskButton", tr("Ta bort koppling"))),
      m_message(named<MessageLabel>(this, "actionRiskMessage"))
{
    setObjectName(QStringLiteral("actionRisksPanel"));

    // Each risk as a short paragraph, its title above its levels: the editor is narrow and
    // titles are long, which columns would cut off.
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(false);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setAccessibleName(tr("Risker som åtgärden behandlar"));
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 6);
    m_addButton->setToolTip(tr("Välj en risk inom omfattningen som åtgärden ska minska; kan ångras"));
    m_removeButton->setToolTip(tr("Åtgärden behandlar inte längre den valda risken; kan ångras"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_addButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_addButton, &QPushButton::clicked, this, &ActionRisksPanel::chooseAndAddLink);
    connect(m_removeButton, &QPushButton::clicked, this, &ActionRisksPanel::removeSelectedLink);
    connect(m_list, &QListWidget::currentItemChanged, this, &ActionRisksPanel::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT riskActivated(item->data(RiskIdRole).toLongLong()); });
    setActionId(0);
}

void ActionRisksPanel::setActionId(qint64 actionId)
{
    m_actionId = actionId;
    m_list->clear();
    m_message->clearMessage();
    setEnabled(actionId != 0 && m_session.hasRegister());
    if (!isEnabled()) {
        updateButtons();
        return;
    }
    Register& reg = m_session.reg();
    const RiskMatrix matrix = reg.riskMatrix().current();
    for (const ActionRisk& link : reg.actionRisks().ofAction(actionId)) {
        const auto risk = reg.risks().find(link.riskId);
        if (!risk)
            continue;
        const auto unit = reg.units().find(risk->unitId);
        const QString levels = tr("Nivå %1 · kvarvarande %2 · väntas efter åtgärden %3")
                                   .arg(cell(matrix, risk->likelihood, risk->consequence),
                                        cell(matrix, risk->residualLikelihood, risk->residualConsequence),
                                        cell(matrix, link.residualLikelihood, link.residualConsequence));
        auto* item = new QListWidgetItem(risk->title + QLatin1Char('\n') + levels, m_list);
        item->setData(LinkIdRole, link.id);
        item->setData(RiskIdRole, risk->id);
        item->setData(TitleRole, risk->title);
        // The unit and the description where there is room for them.
        QString tip = risk->title;
        if (unit)
            tip += QLatin1Char('\n') + tr("Enhet: %1").arg(unit->name);
        if (!risk->description.isEmpty())
            tip += QLatin1Char('\n') + risk->description;
        item->setToolTip(tip);
    }
    updateButtons();
}

void ActionRisksPanel::chooseAndAddLink()
{
    if (!m_actionId || !m_session.hasRegister())
        return;
    std::set<qint64> linked;
    for (int row = 0; row < m_list->count(); ++row)
        linked.insert(m_list->item(row)->data(RiskIdRole).toLongLong());
    LinkRiskDialog dialog(m_session, linked, this);
    if (dialog.exec() != QDialog::Accepted || dialog.riskId() == 0)
        return;
    addLink(dialog.riskId(), dialog.residualLikelihood(), dialog.residualConsequence());
}

bool ActionRisksPanel::addLink(qint64 riskId, int residualLikelihood, int residualConsequence)
{
    if (!m_actionId || !m_session.hasRegister())
        return false;
    Register& reg = m_session.reg();
    const auto risk = reg.risks().find(riskId);
    ActionRisk link;
    link.actionId = m_actionId;
    link.riskId = riskId;
    link.residualLikelihood = residualLikelihood;
    link.residualConsequence = residualConsequence;
    const QString riskTitle = risk ? risk->title : QString();
    CommandFailure failure;
    if (!m_session.execute(
            new CreateEntityCommand<ActionRisk>(m_session, link, tr("Koppla till risken %1").arg(riskTitle)),
            &failure)) {
        m_message->showMessage(failure.message);
        return false;
    }
    setActionId(m_actionId);
    if (residualLikelihood > 0 && residualConsequence > 0)
        offerResidual(riskId, residualLikelihood, residualConsequence);
    return true;
}

void ActionRisksPanel::offerResidual(qint64 riskId, int likelihood, int consequence)
{
    Register& reg = m_session.reg();
    const auto risk = reg.risks().find(riskId);
    if (!risk || (risk->residualLikelihood == likelihood && risk->residualConsequence == consequence))
        return;
    const RiskMatrix matrix = reg.riskMatrix().current();
    const QString was = risk->hasResidual()
                            ? cell(matrix, risk->residualLikelihood, risk->residualConsequence)
                            : tr("inte bedömd");
    const QString title = tr("Kvarvarande risk");
    const auto answer =
        QMessageBox::question(this, title,
                              tr("Åtgärden väntas lämna risken \"%1\" på %2.\n\nSätt riskens kvarvarande "
                                 "risk till det? Nu är den %3. "
                                 "Det går att ångra.")
                                  .arg(risk->title, cell(matrix, likelihood, consequence), was),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    CommandFailure failure;
    if (!m_session.execute(new SetRiskResidualCommand(m_session, riskId, likelihood, consequence,
                                                      tr("Kvarvarande risk för %1").arg(risk->title)),
                           &failure))
        m_message->showMessage(failure.message);
    setActionId(m_actionId);
}

void ActionRisksPanel::removeSelectedLink()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item || !m_session.hasRegister())
        return;
    const qint64 linkId = item->data(LinkIdRole).toLongLong();
    CommandFailure failure;
    // No question: the link is easy to make again and the removal can be undone.
    if (!m_session.execute(new RemoveEntityCommand<ActionRisk>(
                               m_session, linkId,
                               tr("Ta bort kopplingen till risken %1").arg(item->data(TitleRole).toString())),
                           &failure))
        m_message->showMessage(failure.message);
    setActionId(m_actionId);
}

void ActionRisksPanel::updateButtons()
{
    m_removeButton->setEnabled(m_list->currentItem() != nullptr);
}

} // namespace sakra::gui
