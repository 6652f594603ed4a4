#pragma once

#include "widgets/ListFrame.h"

namespace sakra::gui {

class RiskCategoryTableModel;

// The catalogue of risk categories, shared by the whole register.
class RiskCategoriesTab : public ListFrame
{
    Q_OBJECT

public:
    explicit RiskCategoriesTab(RegisterSession& session, QWidget* parent = nullptr);

protected:
    void reload() override;
    qint64 newContext() const override;

private:
    RiskCategoryTableModel* m_model;
};

} // namespace sakra::gui
