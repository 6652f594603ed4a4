#pragma once

class QMainWindow;
class QSize;
class QDockWidget;

namespace sakra::gui {

// The window as the user left it: its place and size, its docks and toolbars, and where each
// named splitter divides. On a first start the window takes most of the screen it opens on.
class WindowMemory
{
public:
    // Returns true when a layout of the docks was restored (the user has one of their own).
    static bool restore(QMainWindow& window);
    static void save(const QMainWindow& window);
    // The size of the window on a first start, whatever the screen: the tests and the screenshot
    // tools lay the window out at the size they check.
    static void setFirstStartSize(const QSize& size);
    // On a first start: the history panel small at the bottom, or hidden on a low screen.
    static void placeHistoryOnFirstStart(QMainWindow& window, QDockWidget* history);
};

} // namespace sakra::gui
