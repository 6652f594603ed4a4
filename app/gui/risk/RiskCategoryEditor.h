#pragma once

#include "risk/RiskCategory.h"
#include "widgets/EntityEditor.h"

#include <optional>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace sakra::gui {

// A category of the catalogue: its name and where it comes in lists.
class RiskCategoryEditor : public EntityEditor
{
    Q_OBJECT

public:
    explicit RiskCategoryEditor(RegisterSession& session, QWidget* parent = nullptr);

    void showCategory(qint64 id);
    void startNew(int sortOrder);
    qint64 categoryId() const { return m_category ? m_category->id : 0; }

Q_SIGNALS:
    void categoryCreated(qint64 id);

protected:
    void applyChanges() override;
    void revertChanges() override;

private:
    void fill(const RiskCategory& category);

    std::optional<RiskCategory> m_category;
    bool m_creating = false;
    QLabel* m_heading;
    QLineEdit* m_name;
    QSpinBox* m_sortOrder;
};

} // namespace sakra::gui
