#include "RiskArea.h"

#include "PremisesTab.h"
#include "RegisterSession.h"
#include "RiskCategoriesTab.h"
#include "RiskInventoriesTab.h"
#include "RiskListTab.h"
#include "RiskMatrixDialog.h"
#include "SecurityWalksTab.h"
#include "ThreatAssessmentsDialog.h"

#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>

namespace sakra::gui {

RiskArea::RiskArea(RegisterSession& session, QWidget* parent)
    : QTabWidget(parent), m_session(session), m_risks(new RiskListTab(session))
{
    setObjectName(QStringLiteral("riskTabs"));
    setDocumentMode(true);
    auto* inventories = new RiskInventoriesTab(session);
    auto* walks = new SecurityWalksTab(session);
    addTab(m_risks, tr("&Risker"));
    addTab(inventories, tr("Riskin&venteringar"));
    addTab(walks, tr("&Säkerhetsvandringar"));
    addTab(new PremisesTab(session), tr("&Lokalinventeringar"));
    addTab(new RiskCategoriesTab(session), tr("&Kategorier"));

    auto* corner = new QWidget(this);
    auto* cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 4, 0);
    auto* matrix = new QPushButton(tr("Risk&matris…"), corner);
    matrix->setObjectName(QStringLiteral("riskMatrixButton"));
    matrix->setToolTip(tr("Ändra skalorna, risknivåerna och konsekvensdimensionerna"));
    auto* threats = new QPushButton(tr("Visa &hotbildsbedömningar…"), corner);
    threats->setObjectName(QStringLiteral("threatAssessmentsButton"));
    threats->setToolTip(tr("Hotbildsbedömningar är skyddade uppgifter och visas bara när du ber om dem"));
    cornerLayout->addWidget(matrix);
    cornerLayout->addWidget(threats);
    setCornerWidget(corner, Qt::TopRightCorner);

    connect(matrix, &QPushButton::clicked, this, &RiskArea::openMatrixEditor);
    connect(threats, &QPushButton::clicked, this, &RiskArea::openThreatAssessments);
    connect(this, &QTabWidget::currentChanged, this, &RiskArea::onCurrentChanged);
    connect(inventories, &RiskInventoriesTab::riskActivated, this, &RiskArea::showRisk);
    connect(inventories, &RiskInventoriesTab::newRiskRequested, this, &RiskArea::startNewRisk);
    connect(walks, &SecurityWalksTab::riskActivated, this, &RiskArea::showRisk);
}

void RiskArea::onCurrentChanged(int index)
{
    if (auto* tab = qobject_cast<SessionTab*>(widget(index)))
        tab->announceSelection();
}

void RiskArea::showRisk(qint64 id)
{
    setCurrentWidget(m_risks);
    m_risks->showRisk(id);
}

void RiskArea::startNewRisk(qint64 unitId, qint64 inventoryId, qint64 siteId)
{
    setCurrentWidget(m_risks);
    m_risks->startNewRisk(unitId, inventoryId, siteId);
}

void RiskArea::openMatrixEditor()
{
    if (!m_session.hasRegister())
        return;
    RiskMatrixDialog dialog(m_session, this);
    dialog.exec();
}

void RiskArea::openThreatAssessments()
{
    if (!m_session.hasRegister())
        return;
    const auto answer = QMessageBox::question(this, tr("Hotbildsbedömningar"),
                                              tr("Hotbildsbedömningar gäller hot mot namngivna medarbetare "
                                                 "och förtroendevalda. De är skyddade uppgifter: "
                                                 "de visas aldrig i de vanliga listorna, i exporter eller i "
                                                 "rapporter.\n\nVisa dem nu? Se till att ingen "
                                                 "obehörig ser skärmen."),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    ThreatAssessmentsDialog dialog(m_session, this);
    dialog.exec();
}

} // namespace sakra::gui
