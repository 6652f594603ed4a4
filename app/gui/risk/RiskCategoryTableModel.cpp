#include "RiskCategoryTableModel.h"

#include <QLocale>

namespace sakra::gui {

RiskCategoryTableModel::RiskCategoryTableModel(QObject* parent) : EntityListModel(parent)
{
    addColumn(NameColumn, tr("Kategori"), [](const RiskCategoryRow& r) { return r.category.name; });
    addColumn(OrderColumn, tr("Ordning"), [](const RiskCategoryRow& r) {
        return QString::number(r.category.sortOrder);
    }).alignedRight();
    addColumn(RisksColumn, tr("Risker"), [](const RiskCategoryRow& r) {
        return QLocale().toString(r.risks);
    }).alignedRight();
}

} // namespace sakra::gui
