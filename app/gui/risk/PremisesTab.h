#pragma once

#include "widgets/ListFrame.h"

class QComboBox;

namespace sakra::gui {

class PremisesInventoryTableModel;

// Premises inventories per site, newest first, with a choice of one site or all. Sites are
// shared by the whole municipality, so the scope does not filter them.
class PremisesTab : public ListFrame
{
    Q_OBJECT

public:
    explicit PremisesTab(RegisterSession& session, QWidget* parent = nullptr);

protected:
    void reload() override;

    qint64 newContext() const override;

private:
    PremisesInventoryTableModel* m_model;
    QComboBox* m_siteFilter;
};

} // namespace sakra::gui
