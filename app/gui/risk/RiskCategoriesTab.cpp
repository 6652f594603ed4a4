#include "RiskCategoriesTab.h"

#include "Register.h"
#include "RegisterSession.h"
#include "RiskCategoryEditor.h"
#include "RiskCategoryTableModel.h"
#include "commands/RemoveEntityCommand.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <algorithm>

namespace sakra::gui {

RiskCategoriesTab::RiskCategoriesTab(RegisterSession& session, QWidget* parent)
    : ListFrame(session, ListFrame::Names::entity(QStringLiteral("categories")), parent),
      m_model(new RiskCategoryTableModel(this)), m_editor(new RiskCategoryEditor(session, this))
{
    watch<RiskCategory, Risk, RiskMatrixSetting>();
    setObjectName(QStringLiteral("categoriesTab"));
    setUp(m_model, m_editor, {.addText = tr("Ny kategori"), .removeText = tr("Ta bort kategori")});
    table()->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table()->horizontalHeader()->setSectionResizeMode(RiskCategoryTableModel::NameColumn,
                                                      QHeaderView::Stretch);
    connect(m_editor, &RiskCategoryEditor::categoryCreated, this, &RiskCategoriesTab::selectId);
}

void RiskCategoriesTab::reload()
{
    const qint64 shown = shownId();
    std::vector<RiskCategoryRow> rows;
    if (session().hasRegister()) {
        Register& reg = session().reg();
        for (RiskCategory& c : reg.riskCategories().all()) {
            // Counted over the whole register: a category is shared by every unit.
            RiskQuery query;
            query.categoryId = c.id;
            const qint64 risks = reg.risks().count(query);
            rows.push_back({std::move(c), risks});
        }
    }
    m_model->setRows(std::move(rows));
    selectId(shown);
}

void RiskCategoriesTab::announceSelection()
{
    const RiskCategoryRow* row = m_model->rowAt(rowOfId(m_editor->categoryId()));
    if (row)
        session().setHistorySubject(&RiskCategory::spec(), row->category.uuid, row->category.name);
    else
        session().setHistorySubject(nullptr, QString(), QString());
}

void RiskCategoriesTab::showItem(qint64 id)
{
    m_editor->showCategory(id);
    announceSelection();
}

void RiskCategoriesTab::startNew()
{
    int last = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        last = std::max(last, m_model->rowAt(row)->category.sortOrder);
    m_editor->startNew(last + 10);
}

void RiskCategoriesTab::removeItem(qint64 id)
{
    const RiskCategoryRow* row = m_model->rowAt(rowOfId(id));
    const QString name = row ? row->category.name : QString();
    confirmAndRun(tr("Ta bort kategori"), tr("Ta bort kategorin %1? Det går att ångra.").arg(name),
                  new RemoveEntityCommand<RiskCategory>(session(), id, tr("Ta bort kategorin %1").arg(name)));
}

} // namespace sakra::gui
