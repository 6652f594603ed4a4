#include "AlarmTableModel.h"

#include "Register.h"
#include "widgets/Formatting.h"

#include <QLocale>

namespace sakra::gui {

namespace {
QString placeText(const AlarmRow& row)
{
    if (row.unitName.isEmpty())
        return row.siteName;
    return row.siteName.isEmpty() ? row.unitName
                                  : AlarmTableModel::tr("%1, %2").arg(row.unitName, row.siteName);
}

QString intervalText(const AlarmRow& row)
{
    const int months = row.equipment.testIntervalMonths;
    return months == 1 ? AlarmTableModel::tr("Testas eller servas varje månad")
                       : AlarmTableModel::tr("Testas eller servas var %1:e månad").arg(months);
}
} // namespace

AlarmTableModel::AlarmTableModel(QObject* parent) : QueryTableModel(&Register::alarmEquipment, parent)
{
    addColumn(KindColumn, tr("Larm"),
              [](const AlarmRow& r) { return AlarmEquipment::kKinds.label(r.equipment.kind); })
        .sortedBy(AlarmQuery::Sort::Kind)
        .wide(130);
    addColumn(PlaceColumn, tr("Enhet eller lokal"), placeText).sortedBy(AlarmQuery::Sort::Unit).wide(230);
    addColumn(DevicesColumn, tr("Antal"),
              [](const AlarmRow& r) { return QLocale().toString(r.equipment.devices); })
        .sortedBy(AlarmQuery::Sort::Devices)
        .alignedRight()
        .wide(60);
    addColumn(ReceiverColumn, tr("Mottagare"), [](const AlarmRow& r) {
        return r.equipment.receiver;
    }).wide(190);
    addColumn(LastTestedColumn, tr("Senast testat"),
              [](const AlarmRow& r) {
                  const QDate tested = r.equipment.lastTestedOn;
                  return tested.isValid()              ? Formatting::date(tested)
                         : r.equipment.lastTestUnknown ? tr("okänt")
                                                       : tr("aldrig");
              })
        .sortedBy(AlarmQuery::Sort::LastTested)
        .wide(110);
    addColumn(NextTestColumn, tr("Nästa test senast"),
              [this](const AlarmRow& r) { return nextTestText(r.equipment); })
        .sortedBy(AlarmQuery::Sort::NextTest)
        .withToolTip(intervalText);
    markLateRows([this](const AlarmRow& r) { return r.equipment.isTestOverdue(today()); }, NextTestColumn);
}

QString AlarmTableModel::nextTestText(const AlarmEquipment& e) const
{
    // In words, so overdue does not rest on the colour alone.
    if (!e.lastTestedOn.isValid())
        return e.lastTestUnknown ? tr("Försenad: okänt när den testades") : tr("Försenad: aldrig testad");
    return e.isTestOverdue(today()) ? tr("Försenad: %1").arg(Formatting::date(e.nextTest))
                                    : Formatting::date(e.nextTest);
}

} // namespace sakra::gui
