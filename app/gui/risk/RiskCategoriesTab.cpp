#include "RiskCategoriesTab.h"

#include "Register.h"
#include "RegisterSession.h"
#include "RiskCategoryEditor.h"
#include "RiskCategoryTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <algorithm>

namespace sakra::gui {

RiskCategoriesTab::RiskCategoriesTab(RegisterSession& session, QWidget* parent)
    : ListFrame(session, ListFrame::Names::entity(QStringLiteral("categories")), parent),
      m_model(new RiskCategoryTableModel(this))
{
    watch<RiskCategory, Risk, RiskMatrixSetting>();
    setObjectName(QStringLiteral("categoriesTab"));
    setUp(m_model, new RiskCategoryEditor(session, this),
          {.addText = tr("Ny kategori"),
           .removeText = tr("Ta bort kategori"),
           .stretchColumn = RiskCategoryTableModel::NameColumn});
}

void RiskCategoriesTab::reload()
{
    showRows(m_model, [](Register& reg) {
        std::vector<RiskCategoryRow> rows;
        for (RiskCategory& c : reg.riskCategories().all()) {
            // Counted over the whole register: a category is shared by every unit.
            RiskQuery query;
            query.categoryId = c.id;
            const qint64 risks = reg.risks().count(query);
            rows.push_back({std::move(c), risks});
        }
        return rows;
    });
}

qint64 RiskCategoriesTab::newContext() const
{
    // A new category comes last.
    int last = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        last = std::max(last, m_model->rowAt(row)->category.sortOrder);
    return last + 10;
}

} // namespace sakra::gui
