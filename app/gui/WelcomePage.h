#pragma once

#include <QWidget>

class QPushButton;

namespace sakra::gui {

// What the window shows when no register is open, as on the first start: three ways in. The
// window does the work; the page only asks for it.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

Q_SIGNALS:
    void demoRequested();
    void startRequested();
    void openRequested();

private:
    QPushButton* choice(const char* name, const QString& title, const QString& detail);
};

} // namespace sakra::gui
