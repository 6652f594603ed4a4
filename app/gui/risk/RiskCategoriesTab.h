#pragma once

#include "widgets/ListFrame.h"

namespace sakra::gui {

class RiskCategoryEditor;
class RiskCategoryTableModel;

// The catalogue of risk categories, shared by the whole register.
class RiskCategoriesTab : public ListFrame
{
    Q_OBJECT

public:
    explicit RiskCategoriesTab(RegisterSession& session, QWidget* parent = nullptr);

    void announceSelection() override;

protected:
    void reload() override;

    void showItem(qint64 id) override;
    void startNew() override;
    void removeItem(qint64 id) override;

private:
    RiskCategoryTableModel* m_model;
    RiskCategoryEditor* m_editor;
};

} // namespace sakra::gui
