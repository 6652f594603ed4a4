#pragma once

#include <QObject>
#include <QPointer>

namespace sakra::gui {

class MainWindow;

// Holds the program's main window and builds it anew when the language is changed in the
// settings: every widget takes its texts when it is made, so a new window speaks the new language.
// The register that was open is opened again in it.
class WindowHost : public QObject
{
    Q_OBJECT

public:
    explicit WindowHost(QObject* parent = nullptr);
    ~WindowHost() override;

    MainWindow* window() const;
    // Builds and shows the window on file (see MainWindow::openAtStartup), on the overview.
    void start(const QString& file);

private:
    void build();
    void rebuild();

    QPointer<MainWindow> m_window;
};

} // namespace sakra::gui
