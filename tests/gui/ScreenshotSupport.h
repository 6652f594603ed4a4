#pragma once

#include <QElapsedTimer>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

class QApplication;
class QWidget;

namespace sakra {
class Register;
namespace gui {
class MainWindow;
}
} // namespace sakra

// What the screenshot tools share: the start (the application set up as Säkra's, the output
// folder and the register: a filled demo register in a temporary folder unless one is named),
// letting the event loop settle, saving a widget as PNG, and choosing a list's first row.
namespace sakra::test::shots {

// Sets the application up as Säkra's for a tool (test-mode folders, organisation and tool name,
// style) and returns its arguments; without the first one it prints the usage line (TOOL followed by
// usage) and returns nothing.
std::optional<QStringList> setUpTool(QApplication& app, const QString& organisation, const QString& tool,
                                     const QString& usage);

struct Start
{
    QString folder;   // OUTDIR, made when missing
    QString path;     // the register to open
    bool demo = true; // path is the demo register made here
    std::shared_ptr<QTemporaryDir> temp;
};

// Reads "TOOL OUTDIR [REGISTER ...]" from the arguments; on a missing OUTDIR prints the usage
// line (TOOL followed by usage) and returns nothing. fill, when given, adds to the demo register
// after the sample municipality.
std::optional<Start> start(QApplication& app, const QString& tool,
                           const QString& usage = QStringLiteral("OUTDIR [REGISTER]"),
                           const std::function<void(sakra::Register&)>& fill = {});

// The part of main() every screenshot tool shares: the start as start() makes it, then the main
// window shown at the screenshots' size on the register, handed to shoot with the output folder;
// shoot returns how many pictures failed. The exit code: 2 when the arguments are wrong, 1 when the
// register does not open or a picture failed, else 0.
int runTool(int& argc, char* argv[], const QString& tool,
            const std::function<int(gui::MainWindow& window, const QString& folder)>& shoot,
            const QString& usage = QStringLiteral("OUTDIR [REGISTER]"),
            const std::function<void(sakra::Register&)>& fill = {});

// The part of main() the timing tools share: the application set up as Säkra's for tool, then time
// run with the arguments (the tool's name first). The exit code: 2 when the arguments are wrong
// (the usage line printed), else what time returns.
int runTiming(int& argc, char* argv[], const QString& tool, const QString& usage,
              const std::function<int(const QStringList& args)>& time);

// Measures, while it runs, the longest the GUI thread was held up, by a timer that should fire every
// 10 ms.
class StallMeter
{
public:
    StallMeter();
    void start();
    void stop() { m_ticker.stop(); }
    qint64 longestMs() const { return m_longest; }

private:
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
    QTimer m_ticker;
};

// The size of the main window in the screenshots: SAKRA_SHOT_SIZE (say 1920x1080), else 1280×800.
QSize windowSize();
// The main window at the size of the screenshots, shown, the event loop settled.
void showWindow(gui::MainWindow& window);

// Lets the event loop run rounds times (a dialog opening on a worker's answer takes more).
void settle(int rounds = 5);
// Lets the event loop run rounds times without pausing, for the timing tools.
void runEventLoop(int rounds = 3);
// FOLDER/NAME.png; says on standard output what was written or that it failed.
bool save(QWidget& widget, const QString& folder, const QString& name);
// The first row of the list named tableName (any list when empty) below parent.
void selectFirstRow(QWidget* parent, const QString& tableName = QString());

} // namespace sakra::test::shots
