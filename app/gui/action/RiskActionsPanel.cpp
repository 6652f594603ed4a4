#include "RiskActionsPanel.h"

#include "ActionRequests.h"
#include "Register.h"
#include "RegisterSession.h"
#include "widgets/Formatting.h"
#include "widgets/Named.h"

#include <QBrush>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sakra::gui {

namespace {
constexpr int kShown = 50;
}

RiskActionsPanel::RiskActionsPanel(RegisterSession& session, QWidget* parent)
    : QGroupBox(tr("Åtgärder för risken"), parent), m_session(session),
      m_list(named<QTreeWidget>(this, "riskActionsList")),
      m_empty(new QLabel(tr("Inga åtgärder behandlar risken ännu."), this)),
      m_newButton(named<QPushButton>(this, "newActionForRiskButton", tr("Ny åtgärd för risken"))),
      m_showButton(named<QPushButton>(this, "showRiskActionsButton", tr("Visa i Åtgärder")))
{
    setObjectName(QStringLiteral("riskActionsPanel"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Åtgärd"), tr("Status"), tr("Klar senast"), tr("Nuläge")});
    m_list->setAccessibleName(tr("Åtgärder som behandlar risken"));
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_newButton->setToolTip(
        tr("Skapa en åtgärd som behandlar risken och öppna den under Åtgärder; kan ångras"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_showButton);
    buttons->addWidget(m_newButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_newButton, &QPushButton::clicked, this, [this] {
        CommandFailure failure;
        if (m_riskId && ActionRequests::of(m_session).createActionForRisk(m_riskId, &failure) == 0)
            QMessageBox::information(this, tr("Ny åtgärd för risken"), failure.message);
    });
    connect(m_showButton, &QPushButton::clicked, this, [this] {
        if (m_riskId)
            ActionRequests::of(m_session).showActionsForRisk(m_riskId);
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        ActionRequests::of(m_session).showAction(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(&m_session, &RegisterSession::changed, this, &RiskActionsPanel::onChanged);
    connect(&m_session, &RegisterSession::registerOpened, this, [this] { setRiskId(0); });
    setRiskId(0);
}

void RiskActionsPanel::setRiskId(qint64 riskId)
{
    m_riskId = riskId;
    m_stale = true;
    reload();
}

void RiskActionsPanel::showEvent(QShowEvent* event)
{
    QGroupBox::showEvent(event);
    reload();
}

void RiskActionsPanel::onChanged(const ChangeSet& changes)
{
    if (!changes.touches(Action::spec()) && !changes.touches(ActionRisk::spec()) &&
        !changes.touches(ActionNote::spec()))
        return;
    m_stale = true;
    reload();
}

void RiskActionsPanel::reload()
{
    // Hidden, it waits until it is shown: a change elsewhere costs nothing then.
    if (!m_stale || !isVisible())
        return;
    m_stale = false;
    m_list->clear();
    const bool usable = m_riskId != 0 && m_session.hasRegister();
    m_newButton->setEnabled(usable);
    m_showButton->setEnabled(usable);
    if (!usable) {
        m_empty->setText(m_riskId == 0 ? tr("Spara risken först; sedan kan åtgärder kopplas till den.")
                                       : QString());
        m_empty->show();
        m_list->hide();
        return;
    }
    ActionQuery query;
    query.riskId = m_riskId;
    query.limit = kShown;
    const QDate today = QDate::currentDate();
    const auto rows = m_session.reg().actions().list(query);
    for (const ActionRow& row : rows) {
        const Action& a = row.action;
        const bool overdue = a.isOverdue(today);
        const QString status = overdue ? tr("Försenad (%1)").arg(Action::statusLabel(a.status).toLower())
                                       : Action::statusLabel(a.status);
        auto* item = new QTreeWidgetItem(
            m_list, {a.title, status, Formatting::date(a.dueDate), row.latestNote.simplified()});
        item->setData(0, Qt::UserRole, a.id);
        item->setToolTip(3, row.latestNote);
        if (overdue)
            item->setForeground(1, QBrush(QColor(0x9b, 0x1c, 0x1c)));
    }
    m_empty->setText(tr("Inga åtgärder behandlar risken ännu."));
    m_empty->setVisible(rows.empty());
    m_list->setVisible(!rows.empty());
}

} // namespace sakra::gui
