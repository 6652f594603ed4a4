#pragma once

#include "widgets/ListFrame.h"

namespace sakra::gui {

class MilestoneTableModel;

// The implementation plan of the security organisation. It concerns the whole municipality, so
// the scope does not filter it.
class MilestonesTab : public ListFrame
{
    Q_OBJECT

public:
    explicit MilestonesTab(RegisterSession& session, QWidget* parent = nullptr);

protected:
    void reload() override;

private:
    MilestoneTableModel* m_model;
};

} // namespace sakra::gui
