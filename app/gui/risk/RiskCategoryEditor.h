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
