#include "ThreatAssessmentsTab.h"

#include "Register.h"
#include "RegisterSession.h"
#include "ThreatAssessmentEditor.h"
#include "ThreatAssessmentTableModel.h"
#include "widgets/Formatting.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QTableView>

namespace sakra::gui {

ThreatAssessmentsTab::ThreatAssessmentsTab(RegisterSession& session, QWidget* parent)
    : ListFrame(session, ListFrame::Names::entity(QStringLiteral("threats")), parent),
      m_model(new ThreatAssessmentTableModel(this))
{
    watch<ThreatAssessment, OrgUnit>();
    setObjectName(QStringLiteral("threatsTab"));
    setUp(m_model, new ThreatAssessmentEditor(session, this),
          {.addText = tr("Ny hotbildsbedömning"),
           .removeText = tr("Ta bort hotbildsbedömning"),
           .stretchLastColumn = true});
}

void ThreatAssessmentsTab::reload()
{
    showRows(m_model, [this](Register& reg) {
        const QHash<qint64, QString> unitNames = reg.units().names();
        std::vector<ThreatAssessmentRow> rows;
        // Asked for by name, in the view people opened on purpose.
        for (ThreatAssessment& t : reg.threatAssessments().listRestricted(session().scopeUnitId())) {
            const QString unitName = unitNames.value(t.unitId);
            rows.push_back({std::move(t), unitName});
        }
        return rows;
    });
}

} // namespace sakra::gui
