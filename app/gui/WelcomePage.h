#pragma once

#include <QScrollArea>

class QPushButton;

namespace sakra::gui {

// What the window shows when no register is open, as on the first start: four ways in. The
// window does the work; the page only asks for it. It scrolls rather than make the window taller:
// it shares the window's page stack with every area.
class WelcomePage : public QScrollArea
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

Q_SIGNALS:
    void demoRequested();
    void startRequested();
    void openRequested();
    void connectRequested();

private:
    QPushButton* choice(QWidget* page, const char* name, const QString& title, const QString& detail);
};

} // namespace sakra::gui
