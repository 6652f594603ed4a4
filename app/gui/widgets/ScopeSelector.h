#pragma once

#include <QComboBox>

namespace sakra {
class ChangeSet;
}

namespace sakra::gui {

class RegisterSession;

// The toolbar choice of what part of the organisation the views show: the whole municipality or
// one branch (board, administration, company or department), indented by depth.
class ScopeSelector : public QComboBox
{
    Q_OBJECT

public:
    explicit ScopeSelector(RegisterSession& session, QWidget* parent = nullptr);

private:
    void reload();
    void onChanged(const ChangeSet& changes);
    void onActivated(int index);
    void onScopeChanged(qint64 unitId);

    RegisterSession& m_session;
};

} // namespace sakra::gui
