#pragma once

#include "search/SearchHit.h"

#include <QObject>

class QAction;

namespace sakra::gui {

class MainWindow;
class RegisterSession;

// Search everywhere for the main window: the action (Ctrl+K) that opens the search dialog, and
// opening the hit chosen there in its area, on its tab, in its list's form.
class GlobalSearch : public QObject
{
    Q_OBJECT

public:
    GlobalSearch(MainWindow& window, RegisterSession& session);

    QAction* action() const { return m_action; }
    // Shows the area of hit and the row it names; false when the area could not be left or the row
    // has no place to be shown.
    bool open(const SearchHit& hit);

private:
    void showDialog();
    void updateState();

    MainWindow& m_window;
    RegisterSession& m_session;
    QAction* m_action;
};

} // namespace sakra::gui
