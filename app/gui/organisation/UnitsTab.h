#pragma once

#include "widgets/SessionTab.h"

class QPushButton;
class QTreeView;

namespace sakra::gui {

class UnitEditor;
class UnitTreeModel;

// The organisation tree with the selected unit's details beside it.
class UnitsTab : public SessionTab
{
    Q_OBJECT

public:
    explicit UnitsTab(RegisterSession& session, QWidget* parent = nullptr);

    void announceSelection() override;
    // Selects the unit in the tree, opening the branches above it.
    void selectUnit(qint64 id);

protected:
    void reload() override;
    void refresh(const ChangeSet& changes) override;

private:
    void onCurrentChanged();
    void addUnit();
    void removeUnit();

    UnitTreeModel* m_model;
    QTreeView* m_tree;
    UnitEditor* m_editor;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
};

} // namespace sakra::gui
