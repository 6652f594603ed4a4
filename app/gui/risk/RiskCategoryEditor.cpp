#include "RiskCategoryEditor.h"

#include "widgets/Named.h"

namespace sakra::gui {

RiskCategoryEditor::RiskCategoryEditor(RegisterSession& session, QWidget* parent)
    : EntityForm(session, QStringLiteral("category"), parent),
      m_name(named<QLineEdit>(this, "categoryNameEdit")),
      m_sortOrder(named<QSpinBox>(this, "categoryOrderSpin"))
{
    setObjectName(QStringLiteral("categoryEditor"));
    setWords({tr("Ingen kategori vald"), tr("Ny kategori"), tr("Lägg till kategorin %1"),
              tr("Ändra kategorin %1"), tr("Ta bort kategori"),
              tr("Ta bort kategorin %1? Det går att ångra."), tr("Ta bort kategorin %1")});

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
