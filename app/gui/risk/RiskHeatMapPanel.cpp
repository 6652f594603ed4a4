#include "RiskHeatMapPanel.h"

#include "risk/HeatMap.h"
#include "risk/RiskMatrix.h"
#include "widgets/HeatMapModel.h"
#include "widgets/HeatMapWidget.h"
#include "widgets/Named.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sakra::gui {

RiskHeatMapPanel::RiskHeatMapPanel(QWidget* parent)
    : QWidget(parent), m_model(new HeatMapModel(this)), m_widget(named<HeatMapWidget>(this, "riskHeatMap")),
      m_before(named<QRadioButton>(this, "heatMapBeforeButton", tr("&Före åtgärder"))),
      m_after(named<QRadioButton>(this, "heatMapAfterButton", tr("Efter å&tgärder"))),
      m_legend(named<QLabel>(this, "heatMapLegend")), m_total(named<QLabel>(this, "heatMapTotal")),
      m_showAll(named<QPushButton>(this, "heatMapShowAllButton", tr("&Visa alla")))
{
    setObjectName(QStringLiteral("riskHeatMapPanel"));
    m_widget->setModel(m_model);

    m_before->setToolTip(tr("Riskerna som de bedömdes innan åtgärderna"));
    m_after->setToolTip(
        tr("Den kvarvarande risken efter åtgärder; risker utan sådan bedömning står kvar i sin ruta"));
    m_showAll->setToolTip(tr("Släpp den valda rutan och visa alla risker i listan"));
    m_showAll->setEnabled(false);
    auto* group = new QButtonGroup(this);
    group->addButton(m_before);
    group->addButton(m_after);
    m_before->setChecked(true);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_total->setTextFormat(Qt::PlainText);

    auto* toggles = new QHBoxLayout;
    toggles->addWidget(m_before);
    toggles->addWidget(m_after);
    toggles->addStretch();
    // The count and the way back beside the toggles: the map's height goes to the list.
    toggles->addWidget(m_total);
    toggles->addWidget(m_showAll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(toggles);
    layout->addWidget(m_widget, 1);
    layout->addWidget(m_legend);

    connect(m_after, &QRadioButton::toggled, this, [this](bool after) {
        // A chosen cell means another set of risks on the other map; start afresh there.
        m_widget->clearSelection();
        updateAccessibleName();
        Q_EMIT residualChanged(after);
    });
    connect(m_widget, &HeatMapWidget::selectionChanged, this, &RiskHeatMapPanel::onSelectionChanged);
    connect(m_showAll, &QPushButton::clicked, m_widget, &HeatMapWidget::clearSelection);
    updateAccessibleName();
}

void RiskHeatMapPanel::setMatrix(const RiskMatrix& matrix)
{
    if (matrix == m_model->matrix())
        return;
    m_model->setMatrix(matrix);
    QStringList items;
    const auto& levels = matrix.levels();
    const int maxScore = matrix.likelihoodSize() * matrix.consequenceSize();
    for (std::size_t i = 0; i < levels.size(); ++i) {
        const int to = i + 1 < levels.size() ? levels[i + 1].minScore - 1 : maxScore;
        items << tr("<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;%2 (%3–%4)")
                     .arg(levels[i].colour.name(), levels[i].name.text().toHtmlEscaped())
                     .arg(levels[i].minScore)
                     .arg(to);
    }
    m_legend->setText(items.join(QStringLiteral("&nbsp;&nbsp; ")));
    m_legend->setToolTip(tr("Nivå efter poäng: sannolikhet × konsekvens"));
}

void RiskHeatMapPanel::setCounts(const HeatMap& counts)
{
    m_model->setCounts(counts);
    const int total = m_model->total();
    m_total->setText(total == 1 ? tr("1 risk i matrisen")
                                : tr("%1 risker i matrisen").arg(QLocale().toString(total)));
}

bool RiskHeatMapPanel::residual() const
{
    return m_after->isChecked();
}

void RiskHeatMapPanel::onSelectionChanged(int likelihood, int consequence)
{
    m_showAll->setEnabled(likelihood > 0);
    Q_EMIT cellChosen(likelihood, consequence);
}

void RiskHeatMapPanel::updateAccessibleName()
{
    m_widget->setAccessibleName(residual() ? tr("Riskmatris efter åtgärder")
                                           : tr("Riskmatris före åtgärder"));
}

} // namespace sakra::gui
