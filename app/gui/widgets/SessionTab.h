#pragma once

#include <QWidget>
#include <memory>
#include <vector>

namespace sakra {
class ChangeSet;
struct TableSpec;
} // namespace sakra

namespace sakra::gui {

class RegisterSession;

// A page that shows register data. It reads the register only while it is visible: a change
// or a new scope marks a hidden page stale and it catches up when it is shown, so opening a
// large register costs only the page on screen.
class SessionTab : public QWidget
{
    Q_OBJECT

public:
    explicit SessionTab(RegisterSession& session, QWidget* parent = nullptr);
    ~SessionTab() override;

    // Tells the history panel what this page has selected; called when the page is shown.
    virtual void announceSelection() {}

protected:
    RegisterSession& session() const { return m_session; }

    // The entities whose changes can alter what this page shows; changes to others leave it
    // alone. A page that names none reads again after every change.
    template <typename... Entity> void watch() { m_watched = {&Entity::spec()...}; }

    // Reads everything again: another register or another scope.
    virtual void reload() = 0;
    // Data this page watches changed (changes may name several tables when the page was hidden
    // meanwhile); the default reads everything again. Pages that keep state worth keeping
    // (expanded branches, a scrolled list) do less.
    virtual void refresh(const ChangeSet& changes);

    // Whether of the tables this page watches, changes touch table and no other.
    bool touchesOnly(const ChangeSet& changes, const TableSpec& table) const;

    void showEvent(QShowEvent* event) override;

private:
    enum class Pending
    {
        None,
        Refresh,
        Reload
    };

    bool watches(const ChangeSet& changes) const;
    void onRegisterOpened();
    void onScopeChanged();
    void onChanged(const ChangeSet& changes);
    void catchUp();

    RegisterSession& m_session;
    std::vector<const TableSpec*> m_watched;
    Pending m_pending = Pending::Reload;
    std::unique_ptr<ChangeSet> m_changes; // what changed while Pending::Refresh
};

} // namespace sakra::gui
