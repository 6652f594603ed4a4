#include "ThreatAssessmentsTab.h"

#include "Register.h"
#include "RegisterSession.h"
#include "ThreatAssessmentEditor.h"
#include "ThreatAssessmentTableModel.h"
#include "commands/RemoveEntityCommand.h"
#include "widgets/Formatting.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QTableView>

namespace sakra::gui {

ThreatAssessmentsTab::ThreatAssessmentsTab(RegisterSession& session, QWidget* parent)
    : ListFrame(session, ListFrame::Names::entity(QStringLiteral("threats")), parent),
      m_model(new ThreatAssessmentTableModel(this)), m_editor(new ThreatAssessmentEditor(session, this))
{
    watch<ThreatAssessment, OrgUnit>();
    setObjectName(QStringLiteral("threatsTab"));
    setUp(m_model, m_editor,
          {.addText = tr("Ny hotbildsbedömning"), .removeText = tr("Ta bort hotbildsbedömning")});
    table()->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table()->horizontalHeader()->setStretchLastSection(true);
    table()->setColumnWidth(ThreatAssessmentTableModel::DateColumn, 90);
    table()->setColumnWidth(ThreatAssessmentTableModel::UnitColumn, 150);
    table()->setColumnWidth(ThreatAssessmentTableModel::SubjectColumn, 170);
    table()->setColumnWidth(ThreatAssessmentTableModel::LevelColumn, 70);
    connect(m_editor, &ThreatAssessmentEditor::assessmentCreated, this, &ThreatAssessmentsTab::selectId);
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

void ThreatAssessmentsTab::showItem(qint64 id)
{
    m_editor->showAssessment(id);
}

void ThreatAssessmentsTab::startNew()
{
    m_editor->startNew(session().scopeUnitId());
}

void ThreatAssessmentsTab::removeItem(qint64 id)
{
    const ThreatAssessmentRow* row = m_model->rowAt(rowOfId(id));
    const QString date = row ? Formatting::date(row->assessment.assessedOn) : QString();
    confirmAndRun(tr("Ta bort hotbildsbedömning"),
                  tr("Ta bort hotbildsbedömningen från %1? Det går att ångra.").arg(date),
                  new RemoveEntityCommand<ThreatAssessment>(session(), id,
                                                            tr("Ta bort hotbildsbedömning %1").arg(date)));
}

} // namespace sakra::gui
