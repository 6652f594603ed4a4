#pragma once

#include "risk/RiskCategory.h"
#include "widgets/EntityForm.h"

namespace sakra::gui {

// A category of the catalogue: its name and where it comes in lists. A new one starts at the
// place given (startNew's context: its sort order).
class RiskCategoryEditor : public EntityForm<RiskCategory>
{
    Q_OBJECT

public:
    explicit RiskCategoryEditor(RegisterSession& session, QWidget* parent = nullptr);

protected:
    QString headingOf(const RiskCategory& c) const override { return c.name; }
    QString noneText() const override { return tr("Ingen kategori vald"); }
    QString newText(const RiskCategory&) const override { return tr("Ny kategori"); }
    QString createText(const RiskCategory& after) const override
    {
        return tr("Lägg till kategorin %1").arg(after.name);
    }
    QString updateText(const RiskCategory& before, const RiskCategory&) const override
    {
        return tr("Ändra kategorin %1").arg(before.name);
    }
    RemovalTexts removalTexts(const RiskCategory& c) const override
    {
        return {tr("Ta bort kategori"), tr("Ta bort kategorin %1? Det går att ångra.").arg(c.name),
                tr("Ta bort kategorin %1").arg(c.name)};
    }
    RiskCategory blank(qint64 sortOrder) const override
    {
        RiskCategory c;
        c.sortOrder = int(sortOrder);
        return c;
    }

private:
    QLineEdit* m_name;
    QSpinBox* m_sortOrder;
};

} // namespace sakra::gui
