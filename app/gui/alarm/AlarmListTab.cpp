#include "AlarmListTab.h"

#include "AlarmEditor.h"
#include "AlarmTableModel.h"
#include "Register.h"
#include "incident/RecordFilterPanel.h"

#include <QLineEdit>
#include <QLocale>
#include <QTableView>

namespace sakra::gui {

AlarmListTab::AlarmListTab(RegisterSession& session, QWidget* parent)
    : AlarmListTab(session, new AlarmTableModel, new AlarmEditor(session),
                   new RecordFilterPanel(QStringLiteral("alarm"),
                                         tr("Sök i mottagare och anteckning (Ctrl+F)"), tr("T&yp:"),
                                         tr("Endast &försenade tester")),
                   parent)
{
    watch<AlarmEquipment, OrgUnit, Site, UnitSite>();
}

AlarmListTab::AlarmListTab(RegisterSession& session, AlarmTableModel* model, AlarmEditor* editor,
                           RecordFilterPanel* filters, QWidget* parent)
    : RecordListTab(session, QStringLiteral("alarm"),
                    {tr("&Ny larmutrustning"), tr("Ta &bort larmutrustning"), tr("Larmutrustning")}, model,
                    editor, filters, parent),
      m_model(model), m_editor(editor), m_filters(filters)
{
    for (int k = 0; k < AlarmEquipment::kKindCount; ++k)
        m_filters->addChoice(AlarmEquipment::kindLabel(AlarmEquipment::Kind(k)), k);
    QTableView* view = table();
    view->setColumnWidth(AlarmTableModel::KindColumn, 130);
    view->setColumnWidth(AlarmTableModel::PlaceColumn, 230);
    view->setColumnWidth(AlarmTableModel::DevicesColumn, 60);
    view->setColumnWidth(AlarmTableModel::ReceiverColumn, 190);
    view->setColumnWidth(AlarmTableModel::LastTestedColumn, 110);
    view->sortByColumn(AlarmTableModel::NextTestColumn, Qt::AscendingOrder);
    connect(m_filters, &RecordFilterPanel::changed, this, &AlarmListTab::requery);
}

const TableSpec& AlarmListTab::recordTable() const
{
    return AlarmEquipment::spec();
}

void AlarmListTab::applyQuery(Register* reg)
{
    AlarmQuery query;
    query.scopeUnitId = session().scopeUnitId();
    query.text = m_filters->text();
    if (m_filters->choice() >= 0)
        query.kind = AlarmEquipment::Kind(m_filters->choice());
    query.overdueOnly = m_filters->isChecked();
    m_model->setQuery(reg, query);
}

QString AlarmListTab::countText(Register& reg, qint64 total) const
{
    QString text =
        total == 1 ? tr("1 larmutrustning") : tr("%1 larmutrustningar").arg(QLocale().toString(total));
    AlarmQuery overdue = m_model->query();
    if (!overdue.overdueOnly && total > 0) {
        overdue.overdueOnly = true;
        if (const qint64 late = reg.alarmEquipment().count(overdue))
            text += tr(", varav %1 med försenat test").arg(QLocale().toString(late));
    }
    return text;
}

QWidget* AlarmListTab::searchField() const
{
    return m_filters->searchField();
}

} // namespace sakra::gui
