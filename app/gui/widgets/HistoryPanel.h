#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace sakra {
class ChangeSet;
struct TableSpec;
} // namespace sakra

namespace sakra::gui {

class RegisterSession;

// The change history of whatever row is selected in the page on screen: when, who, what,
// which field, from what to what.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(RegisterSession& session, QWidget* parent = nullptr);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void onChanged(const ChangeSet& changes);

    RegisterSession& m_session;
    QLabel* m_title;
    QTreeWidget* m_view;
    bool m_stale = true;
};

} // namespace sakra::gui
