#include "RiskCategoryEditor.h"

namespace sakra::gui {

RiskCategoryEditor::RiskCategoryEditor(RegisterSession& session, QWidget* parent)
    : EntityForm(session, QStringLiteral("category"), parent), m_name(new QLineEdit(this)),
      m_sortOrder(new QSpinBox(this))
{
    setObjectName(QStringLiteral("categoryEditor"));
    m_name->setObjectName(QStringLiteral("categoryNameEdit"));
    m_sortOrder->setObjectName(QStringLiteral("categoryOrderSpin"));

    m_sortOrder->setRange(0, 9999);
    m_sortOrder->setToolTip(tr("Kategorier med lägre tal kommer först i listor och rapporter"));
    addField(tr("&Namn:"), m_name, QStringLiteral("name"), &RiskCategory::name);
    addField(tr("&Ordning:"), m_sortOrder, QStringLiteral("sort_order"), &RiskCategory::sortOrder);

    auto* help =
        new QLabel(tr("En kategori som risker har kan inte tas bort; byt kategori på riskerna först."), this);
    help->setWordWrap(true);
    extraLayout()->addWidget(help);
    extraLayout()->addStretch();

    showRecord(0);
}

} // namespace sakra::gui
