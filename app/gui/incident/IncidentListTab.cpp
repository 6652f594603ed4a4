#include "IncidentListTab.h"

#include "IncidentEditor.h"
#include "IncidentFilterPanel.h"
#include "IncidentTableModel.h"
#include "Register.h"
#include "widgets/Formatting.h"

#include <QLineEdit>
#include <QLocale>
#include <QTableView>

namespace sakra::gui {

IncidentListTab::IncidentListTab(RegisterSession& session, QWidget* parent)
    : IncidentListTab(session, new IncidentTableModel, new IncidentEditor(session), new IncidentFilterPanel,
                      parent)
{
    watch<Incident, OrgUnit, Site, UnitSite>();
}

IncidentListTab::IncidentListTab(RegisterSession& session, IncidentTableModel* model, IncidentEditor* editor,
                                 IncidentFilterPanel* filters, QWidget* parent)
    : RecordListTab(session, QStringLiteral("incident"),
                    {tr("&Ny händelse"), tr("Ta &bort händelse"), tr("Händelser")}, model, editor, filters,
                    parent),
      m_model(model), m_editor(editor), m_filters(filters)
{
    QTableView* view = table();
    view->setColumnWidth(IncidentTableModel::OccurredColumn, 120);
    view->setColumnWidth(IncidentTableModel::KindColumn, 150);
    view->setColumnWidth(IncidentTableModel::SeverityColumn, 110);
    view->setColumnWidth(IncidentTableModel::UnitColumn, 190);
    view->setColumnWidth(IncidentTableModel::TargetColumn, 110);
    view->setColumnWidth(IncidentTableModel::ChannelColumn, 110);
    view->setColumnWidth(IncidentTableModel::FollowUpColumn, 200);
    view->sortByColumn(IncidentTableModel::OccurredColumn, Qt::DescendingOrder);
    connect(m_filters, &IncidentFilterPanel::changed, this, &IncidentListTab::requery);
}

const TableSpec& IncidentListTab::recordTable() const
{
    return Incident::spec();
}

void IncidentListTab::applyQuery(Register* reg)
{
    IncidentQuery query;
    query.scopeUnitId = session().scopeUnitId();
    m_filters->applyTo(query, QDate::currentDate());
    m_model->setQuery(reg, query);
}

QString IncidentListTab::countText(Register& reg, qint64 total) const
{
    QString text = total == 1 ? tr("1 händelse") : tr("%1 händelser").arg(QLocale().toString(total));
    IncidentQuery open = m_model->query();
    if (!open.openOnly && total > 0) {
        open.openOnly = true;
        text += tr(", varav %1 öppna").arg(QLocale().toString(reg.incidents().count(open)));
    }
    return text;
}

QWidget* IncidentListTab::searchField() const
{
    return m_filters->searchField();
}

} // namespace sakra::gui
