#include "PremisesInventoryTableModel.h"

#include "widgets/Formatting.h"

#include <QApplication>
#include <QStyle>

namespace sakra::gui {

PremisesInventoryTableModel::PremisesInventoryTableModel(QObject* parent)
    : EntityListModel(parent), m_today(QDate::currentDate())
{
}

int PremisesInventoryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PremisesInventoryTableModel::permitData(const PremisesInventory& p, int role) const
{
    if (!p.cameras)
        return role == Qt::DisplayRole ? QVariant(tr("–")) : QVariant();
    const QDate expires = p.cameraPermitExpires;
    const bool expired = expires.isValid() && expires < m_today;
    const bool soon = expires.isValid() && !expired && m_today.daysTo(expires) <= kPermitWarningDays;
    switch (role) {
    case Qt::DisplayRole:
        if (!expires.isValid())
            return tr("%1, tills vidare").arg(p.cameraPermitRef);
        if (expired)
            return tr("%1 (har gått ut)").arg(Formatting::date(expires));
        if (soon)
            return tr("%1 (går snart ut)").arg(Formatting::date(expires));
        return Formatting::date(expires);
    case Qt::ToolTipRole: return tr("Tillstånd: %1").arg(p.cameraPermitRef);
    case Qt::DecorationRole:
        return expired || soon ? QVariant(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning))
                               : QVariant();
    case Qt::ForegroundRole: return expired ? QVariant(QColor(0x9b, 0x1c, 0x1c)) : QVariant();
    default: return {};
    }
}

QVariant PremisesInventoryTableModel::data(const QModelIndex& index, int role) const
{
    const PremisesInventoryRow* row = rowAt(index.row());
    if (!row)
        return {};
    if (index.column() == PermitColumn)
        return permitData(row->inventory, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case SiteColumn: return row->siteName;
    case DateColumn: return Formatting::date(row->inventory.inventoriedOn);
    case CamerasColumn: return row->inventory.cameras ? tr("Ja") : tr("Nej");
    case GuardsColumn: return row->inventory.guards;
    default: return {};
    }
}

QVariant PremisesInventoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case SiteColumn: return tr("Lokal");
    case DateColumn: return tr("Inventerad");
    case CamerasColumn: return tr("Kameror");
    case PermitColumn: return tr("Kameratillstånd t.o.m.");
    case GuardsColumn: return tr("Väktare/ordningsvakt");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sakra::gui
