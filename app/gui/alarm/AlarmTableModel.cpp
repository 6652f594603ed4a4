#include "AlarmTableModel.h"

#include "Register.h"
#include "widgets/Formatting.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace sakra::gui {

namespace {
const QColor kOverdueText(0x9b, 0x1c, 0x1c);
const QColor kOverdueBackground(0xfd, 0xe4, 0xe4);
} // namespace

AlarmTableModel::AlarmTableModel(QObject* parent) : QueryTableModel(parent) {}

std::vector<AlarmRow> AlarmTableModel::list(Register& reg, const AlarmQuery& query) const
{
    return reg.alarmEquipment().list(query);
}

qint64 AlarmTableModel::count(Register& reg, const AlarmQuery& query) const
{
    return reg.alarmEquipment().count(query);
}

std::optional<AlarmQuery::Sort> AlarmTableModel::sortOf(int column) const
{
    switch (Column(column)) {
    case KindColumn: return AlarmQuery::Sort::Kind;
    case PlaceColumn: return AlarmQuery::Sort::Unit;
    case DevicesColumn: return AlarmQuery::Sort::Devices;
    case LastTestedColumn: return AlarmQuery::Sort::LastTested;
    case NextTestColumn: return AlarmQuery::Sort::NextTest;
    case ReceiverColumn:
    case ColumnCount: break;
    }
    return std::nullopt;
}

int AlarmTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlarmTableModel::display(const AlarmRow& row, int column) const
{
    const AlarmEquipment& e = row.equipment;
    switch (Column(column)) {
    case KindColumn: return AlarmEquipment::kindLabel(e.kind);
    case PlaceColumn:
        if (row.unitName.isEmpty())
            return row.siteName;
        return row.siteName.isEmpty() ? row.unitName : tr("%1, %2").arg(row.unitName, row.siteName);
    case DevicesColumn: return QLocale().toString(e.devices);
    case ReceiverColumn: return e.receiver;
    case LastTestedColumn: return e.lastTestedOn.isValid() ? Formatting::date(e.lastTestedOn) : tr("aldrig");
    case NextTestColumn:
        // In words, so overdue does not rest on the colour alone.
        if (!e.lastTestedOn.isValid())
            return tr("Försenad: aldrig testad");
        return e.isTestOverdue(today()) ? tr("Försenad: %1").arg(Formatting::date(e.nextTest))
                                        : Formatting::date(e.nextTest);
    case ColumnCount: break;
    }
    return {};
}

QVariant AlarmTableModel::data(const QModelIndex& index, int role) const
{
    const AlarmRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const AlarmEquipment& e = row->equipment;
    const bool overdue = e.isTestOverdue(today());
    switch (role) {
    case Qt::DisplayRole: return display(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NextTestColumn)
            return e.testIntervalMonths == 1
                       ? tr("Testas eller servas varje månad")
                       : tr("Testas eller servas var %1:e månad").arg(e.testIntervalMonths);
        return display(*row, index.column());
    case IdRole: return e.id;
    case OverdueRole: return overdue;
    case Qt::TextAlignmentRole:
        if (index.column() == DevicesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole: return overdue ? QVariant(QBrush(kOverdueText)) : QVariant();
    case Qt::BackgroundRole: return overdue ? QVariant(QBrush(kOverdueBackground)) : QVariant();
    case Qt::FontRole:
        if (overdue && index.column() == NextTestColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant AlarmTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case KindColumn: return tr("Larm");
    case PlaceColumn: return tr("Enhet eller lokal");
    case DevicesColumn: return tr("Antal");
    case ReceiverColumn: return tr("Mottagare");
    case LastTestedColumn: return tr("Senast testat");
    case NextTestColumn: return tr("Nästa test senast");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sakra::gui
