#pragma once

#include <QWidget>

namespace sakra {
struct TableSpec;
}

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

    // Tells the history panel what this page has selected; called when the page is shown.
    virtual void announceSelection() {}

protected:
    RegisterSession& session() const { return m_session; }

    // Reads everything again: another register or another scope.
    virtual void reload() = 0;
    // Data changed in table; the default reads everything again. Pages that keep state worth
    // keeping (expanded branches, a scrolled list) do less.
    virtual void refresh(const TableSpec& table);
    // Whether a change in table can alter what this page shows.
    virtual bool dependsOn(const TableSpec& table) const;

    void showEvent(QShowEvent* event) override;

private:
    enum class Pending { None, Refresh, Reload };

    void onRegisterOpened();
    void onScopeChanged();
    void onDataChanged(const TableSpec* table);
    void catchUp();

    RegisterSession& m_session;
    Pending m_pending = Pending::Reload;
    const TableSpec* m_changedTable = nullptr;
};

} // namespace sakra::gui
