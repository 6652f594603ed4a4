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
          {.addText = tr("Ny hotbildsbedömning"), .removeText = tr("Ta bort hotbildsbedömning")});
    table()->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table()->horizontalHeader()->setStretchLastSection(true);
}

void ThreatAssessmentsTab::reload()
{
    const qint64 shown = shownId();
    std::vector<ThreatAssessmentRow> rows;
    if (session().hasRegister()) {
        Register& reg = session().reg();
        QHash<qint64, QString> unitNames;
        // Asked for by name, in the view people opened on purpose.
        for (ThreatAssessment& t : reg.threatAssessments().listRestricted(session().scopeUnitId())) {
            if (!unitNames.contains(t.unitId)) {
                const auto unit = reg.units().find(t.unitId);
                unitNames.insert(t.unitId, unit ? unit->name : QString());
            }
            const QString unitName = unitNames.value(t.unitId);
            rows.push_back({std::move(t), unitName});
        }
    }
    m_model->setRows(std::move(rows));
    selectId(shown);
}

} // namespace sakra::gui
