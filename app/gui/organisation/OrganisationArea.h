#pragma once

#include <QTabWidget>

namespace sakra::gui {

class RegisterSession;

// The organisation area: the tree of units, sites, people, assignments, staffing, requirement
// profiles, milestones and budget, one tab each.
class OrganisationArea : public QTabWidget
{
    Q_OBJECT

public:
    explicit OrganisationArea(RegisterSession& session, QWidget* parent = nullptr);

private:
    void onCurrentChanged(int index);
};

} // namespace sakra::gui
