#include "RoutineListTab.h"

#include "Register.h"
#include "RoutineEditor.h"
#include "RoutineTableModel.h"
#include "incident/RecordFilterPanel.h"

#include <QLineEdit>
#include <QLocale>
#include <QTableView>

namespace sakra::gui {

RoutineListTab::RoutineListTab(RegisterSession& session, QWidget* parent)
    : RoutineListTab(session, new RoutineTableModel, new RoutineEditor(session),
                     new RecordFilterPanel(QStringLiteral("routine"),
                                           tr("Sök i rubrik, anteckning och dokument (Ctrl+F)"), tr("T&yp:"),
                                           tr("Endast &försenad granskning")),
                     parent)
{
    watch<Routine, RoutineUnit, OrgUnit, Person>();
}

RoutineListTab::RoutineListTab(RegisterSession& session, RoutineTableModel* model, RoutineEditor* editor,
                               RecordFilterPanel* filters, QWidget* parent)
    : RecordListTab(session, QStringLiteral("routine"),
                    {tr("&Ny rutin"), tr("Ta &bort rutin"), tr("Rutiner")}, model, editor, filters, parent),
      m_model(model), m_editor(editor), m_filters(filters)
{
    for (int k = 0; k < Routine::kKindCount; ++k)
        m_filters->addChoice(Routine::kindLabel(Routine::Kind(k)), k);
    QTableView* view = table();
    view->setColumnWidth(RoutineTableModel::TitleColumn, 240);
    view->setColumnWidth(RoutineTableModel::KindColumn, 160);
    view->setColumnWidth(RoutineTableModel::UnitsColumn, 180);
    view->setColumnWidth(RoutineTableModel::DocumentedColumn, 110);
    view->setColumnWidth(RoutineTableModel::KnownColumn, 170);
    view->setColumnWidth(RoutineTableModel::NextReviewColumn, 140);
    view->sortByColumn(RoutineTableModel::TitleColumn, Qt::AscendingOrder);
    connect(m_filters, &RecordFilterPanel::changed, this, &RoutineListTab::requery);
}

const TableSpec& RoutineListTab::recordTable() const
{
    return Routine::spec();
}

void RoutineListTab::applyQuery(Register* reg)
{
    RoutineQuery query;
    query.scopeUnitId = session().scopeUnitId();
    query.text = m_filters->text();
    if (m_filters->choice() >= 0)
        query.kind = Routine::Kind(m_filters->choice());
    query.overdueOnly = m_filters->isChecked();
    m_model->setQuery(reg, query);
}

QString RoutineListTab::countText(Register& reg, qint64 total) const
{
    QString text = total == 1 ? tr("1 rutin") : tr("%1 rutiner").arg(QLocale().toString(total));
    RoutineQuery overdue = m_model->query();
    if (!overdue.overdueOnly && total > 0) {
        overdue.overdueOnly = true;
        if (const qint64 late = reg.routines().count(overdue))
            text += tr(", varav %1 med försenad granskning").arg(QLocale().toString(late));
    }
    return text;
}

QWidget* RoutineListTab::searchField() const
{
    return m_filters->searchField();
}

} // namespace sakra::gui
