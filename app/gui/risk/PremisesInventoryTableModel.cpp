#include "PremisesInventoryTableModel.h"

#include "widgets/Formatting.h"

#include <QApplication>
#include <QStyle>

namespace sakra::gui {

PremisesInventoryTableModel::PremisesInventoryTableModel(QObject* parent)
    : EntityListModel(parent), m_today(QDate::currentDate())
{
    addColumn(SiteColumn, tr("Lokal"), [](const PremisesInventoryRow& r) { return r.siteName; }).wide(220);
    addColumn(DateColumn, tr("Inventerad"), [](const PremisesInventoryRow& r) {
        return Formatting::date(r.inventory.inventoriedOn);
    }).wide(100);
    addColumn(CamerasColumn, tr("Kameror"), [](const PremisesInventoryRow& r) {
        return r.inventory.cameras ? tr("Ja") : tr("Nej");
    }).wide(70);
    addColumn(PermitColumn, tr("Kameratillstånd t.o.m."),
              [this](const PremisesInventoryRow& r) { return permitText(r.inventory); })
        .withToolTip([](const PremisesInventoryRow& r) {
            return r.inventory.cameras ? tr("Tillstånd: %1").arg(r.inventory.cameraPermitRef) : QString();
        })
        .withForeground([this](const PremisesInventoryRow& r) {
            return permitOf(r.inventory) == Permit::Expired ? QColor(0x9b, 0x1c, 0x1c) : QColor();
        })
        .wide(200);
    addColumn(GuardsColumn, tr("Väktare/ordningsvakt"),
              [](const PremisesInventoryRow& r) { return r.inventory.guards; });
}

PremisesInventoryTableModel::Permit PremisesInventoryTableModel::permitOf(const PremisesInventory& p) const
{
    const QDate expires = p.cameraPermitExpires;
    if (!p.cameras)
        return Permit::None;
    if (!expires.isValid())
        return Permit::Valid;
    if (expires < m_today)
        return Permit::Expired;
    return m_today.daysTo(expires) <= kPermitWarningDays ? Permit::EndsSoon : Permit::Valid;
}

QString PremisesInventoryTableModel::permitText(const PremisesInventory& p) const
{
    const QString expires = Formatting::date(p.cameraPermitExpires);
    switch (permitOf(p)) {
    case Permit::None: return tr("–");
    case Permit::Expired: return tr("%1 (har gått ut)").arg(expires);
    case Permit::EndsSoon: return tr("%1 (går snart ut)").arg(expires);
    case Permit::Valid: break;
    }
    return p.cameraPermitExpires.isValid() ? expires : tr("%1, tills vidare").arg(p.cameraPermitRef);
}

QVariant PremisesInventoryTableModel::rowData(const PremisesInventoryRow& row, int column, int role) const
{
    const Permit permit = permitOf(row.inventory);
    if (column == PermitColumn && role == Qt::DecorationRole &&
        (permit == Permit::Expired || permit == Permit::EndsSoon))
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    return {};
}

} // namespace sakra::gui
