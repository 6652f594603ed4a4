#include "RiskCategoryEditor.h"

#include "Register.h"
#include "RegisterSession.h"
#include "commands/CreateEntityCommand.h"
#include "commands/UpdateEntityCommand.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace sakra::gui {

RiskCategoryEditor::RiskCategoryEditor(RegisterSession& session, QWidget* parent)
    : EntityEditor(session, QStringLiteral("category"), parent), m_heading(new QLabel(this)),
      m_name(new QLineEdit(this)), m_sortOrder(new QSpinBox(this))
{
    setObjectName(QStringLiteral("categoryEditor"));
    m_name->setObjectName(QStringLiteral("categoryNameEdit"));
    m_sortOrder->setObjectName(QStringLiteral("categoryOrderSpin"));
    addTitle(m_heading);
    m_sortOrder->setRange(0, 9999);
    m_sortOrder->setToolTip(tr("Kategorier med lägre tal kommer först i listor och rapporter"));
    addField(tr("&Namn:"), m_name, QStringLiteral("name"));
    addField(tr("&Ordning:"), m_sortOrder, QStringLiteral("sort_order"));
    auto* help =
        new QLabel(tr("En kategori som risker har kan inte tas bort; byt kategori på riskerna först."), this);
    help->setWordWrap(true);
    extraLayout()->addWidget(help);
    extraLayout()->addStretch();
    showCategory(0);
}

void RiskCategoryEditor::showCategory(qint64 id)
{
    m_category = read<RiskCategory>(id, m_creating);
    fill(m_category.value_or(RiskCategory()));
    if (!m_category)
        m_heading->setText(tr("Ingen kategori vald"));
    setFieldsEnabled(m_category.has_value());
}

void RiskCategoryEditor::startNew(int sortOrder)
{
    if (!beginNew(m_category, m_creating))
        return;
    RiskCategory blank;
    blank.sortOrder = sortOrder;
    fill(blank);
    m_heading->setText(tr("Ny kategori"));
    setFieldsEnabled(true);
    m_name->setFocus(Qt::OtherFocusReason);
}

void RiskCategoryEditor::fill(const RiskCategory& category)
{
    m_heading->setText(category.name);
    m_name->setText(category.name);
    m_sortOrder->setValue(category.sortOrder);
}

void RiskCategoryEditor::applyChanges()
{
    if (!session().hasRegister() || (!m_category && !m_creating))
        return;
    RiskCategory after = m_category.value_or(RiskCategory());
    after.name = m_name->text().trimmed();
    after.sortOrder = m_sortOrder->value();
    commit(m_category, m_creating, after, tr("Lägg till kategorin %1").arg(after.name),
           m_category ? tr("Ändra kategorin %1").arg(m_category->name) : QString(), [this](qint64 id) {
               showCategory(id);
               Q_EMIT categoryCreated(id);
           });
}

void RiskCategoryEditor::revertChanges()
{
    showCategory(m_creating ? 0 : categoryId());
}

} // namespace sakra::gui
