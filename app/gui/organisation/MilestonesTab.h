#pragma once

#include "widgets/ListFrame.h"

namespace sakra::gui {

class MilestoneEditor;
class MilestoneTableModel;

// The implementation plan of the security organisation. It concerns the whole municipality, so
// the scope does not filter it.
class MilestonesTab : public ListFrame
{
    Q_OBJECT

public:
    explicit MilestonesTab(RegisterSession& session, QWidget* parent = nullptr);

    void announceSelection() override;

protected:
    void reload() override;

    void showItem(qint64 id) override;
    void startNew() override;
    void removeItem(qint64 id) override;

private:
    MilestoneTableModel* m_model;
    MilestoneEditor* m_editor;
};

} // namespace sakra::gui
