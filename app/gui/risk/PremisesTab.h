#pragma once

#include "widgets/ListFrame.h"

class QComboBox;

namespace sakra::gui {

class PremisesInventoryEditor;
class PremisesInventoryTableModel;

// Premises inventories per site, newest first, with a choice of one site or all. Sites are
// shared by the whole municipality, so the scope does not filter them.
class PremisesTab : public ListFrame
{
    Q_OBJECT

public:
    explicit PremisesTab(RegisterSession& session, QWidget* parent = nullptr);

    void announceSelection() override;

protected:
    void reload() override;

    void showItem(qint64 id) override;
    void startNew() override;
    void removeItem(qint64 id) override;

private:
    PremisesInventoryTableModel* m_model;
    PremisesInventoryEditor* m_editor;
    QComboBox* m_siteFilter;
};

} // namespace sakra::gui
