#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace sakra::gui {

// Hjälp: the handbook in the language the program speaks, the keyboard shortcuts and what Säkra
// is. The menu is the window's; the dialogs are this class's.
class HelpMenu : public QObject
{
    Q_OBJECT

public:
    explicit HelpMenu(QMainWindow& window);

    QMenu* menu() const { return m_menu; }

    // The handbook's page in the program (":/handbook/sv/index.html", ".../en/...").
    static QString handbookSource();

    void showHandbook();
    void showShortcuts();
    void showAbout();

private:
    QMainWindow& m_window;
    QMenu* m_menu;
};

} // namespace sakra::gui
