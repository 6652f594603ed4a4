#include "IncidentArea.h"

#include "IncidentListTab.h"
#include "IncidentStatisticsTab.h"
#include "widgets/SessionTab.h"

namespace sakra::gui {

IncidentArea::IncidentArea(RegisterSession& session, QWidget* parent)
    : QTabWidget(parent), m_list(new IncidentListTab(session)),
      m_statistics(new IncidentStatisticsTab(session))
{
    setObjectName(QStringLiteral("incidentTabs"));
    setDocumentMode(true);
    addTab(m_list, tr("&Händelser"));
    addTab(m_statistics, tr("S&tatistik"));
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        if (auto* tab = qobject_cast<SessionTab*>(widget(index)))
            tab->announceSelection();
    });
}

} // namespace sakra::gui
