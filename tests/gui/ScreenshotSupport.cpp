#include "ScreenshotSupport.h"

#include "ApplicationSetup.h"
#include "MainWindow.h"
#include "Register.h"
#include "SampleMunicipality.h"
#include "WindowMemory.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTextStream>
#include <QThread>
#include <algorithm>

namespace sakra::test::shots {

std::optional<QStringList> setUpTool(QApplication& app, const QString& organisation, const QString& tool,
                                     const QString& usage)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(organisation);
    QCoreApplication::setApplicationName(tool);
    // Settings of their own for each run: the pictures show the window as on a first start, not
    // as the previous run left it.
    static QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    // --lang en anywhere among the arguments: the pictures in English.
    using sakra::gui::ApplicationSetup;
    const bool english = ApplicationSetup::languageArgument(app.arguments()) == QLatin1String("en");
    ApplicationSetup::apply(app, english ? sakra::Language::English : sakra::Language::Swedish);
    sakra::gui::WindowMemory::setFirstStartSize(QSize(1280, 800));

    const QStringList args = ApplicationSetup::withoutLanguageArgument(app.arguments());
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: " << tool << ' ' << usage << Qt::endl;
        return std::nullopt;
    }
    return args;
}

std::optional<Start> start(QApplication& app, const QString& tool, const QString& usage,
                           const std::function<void(sakra::Register&)>& fill)
{
    const auto args = setUpTool(app, QStringLiteral("SakraScreenshots"), tool, usage);
    if (!args)
        return std::nullopt;
    Start s;
    s.folder = args->at(1);
    QDir().mkpath(s.folder);
    s.temp = std::make_shared<QTemporaryDir>();
    s.path = args->value(2);
    s.demo = s.path.isEmpty();
    if (s.demo) {
        s.path = s.temp->filePath(QStringLiteral("demo.sakra"));
        auto reg = sakra::Register::create(s.path);
        SampleMunicipality::populateDemo(*reg);
        if (fill)
            fill(*reg);
    }
    return s;
}

int runTool(int& argc, char* argv[], const QString& tool,
            const std::function<int(gui::MainWindow& window, const QString& folder)>& shoot,
            const QString& usage, const std::function<void(sakra::Register&)>& fill)
{
    QApplication app(argc, argv);
    const auto started = start(app, tool, usage, fill);
    if (!started)
        return 2;
    gui::MainWindow window;
    showWindow(window);
    if (!window.openFile(started->path))
        return 1;
    return shoot(window, started->folder) == 0 ? 0 : 1;
}

int runTiming(int& argc, char* argv[], const QString& tool, const QString& usage,
              const std::function<int(const QStringList& args)>& time)
{
    QApplication app(argc, argv);
    const auto args = setUpTool(app, QStringLiteral("SakraTiming"), tool, usage);
    return args ? time(*args) : 2;
}

StallMeter::StallMeter()
{
    m_ticker.setInterval(10);
    QObject::connect(&m_ticker, &QTimer::timeout,
                     [this] { m_longest = std::max(m_longest, m_sinceTick.restart()); });
}

void StallMeter::start()
{
    m_sinceTick.start();
    m_ticker.start();
}

QSize windowSize()
{
    // SAKRA_SHOT_SIZE=WIDTHxHEIGHT; a small laptop's screen by default.
    const QStringList parts = qEnvironmentVariable("SAKRA_SHOT_SIZE").split(QLatin1Char('x'));
    if (parts.size() == 2 && parts[0].toInt() > 0 && parts[1].toInt() > 0)
        return {parts[0].toInt(), parts[1].toInt()};
    return {1280, 800};
}

void showWindow(gui::MainWindow& window)
{
    window.resize(windowSize());
    window.show();
    settle();
}

void settle(int rounds)
{
    for (int i = 0; i < rounds; ++i) {
        QCoreApplication::processEvents();
        QThread::msleep(20);
    }
}

void runEventLoop(int rounds)
{
    for (int i = 0; i < rounds; ++i)
        QCoreApplication::processEvents();
}

bool save(QWidget& widget, const QString& folder, const QString& name)
{
    settle();
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    const bool ok = widget.grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << Qt::endl;
    return ok;
}

void selectFirstRow(QWidget* parent, const QString& tableName)
{
    auto* table =
        tableName.isEmpty() ? parent->findChild<QTableView*>() : parent->findChild<QTableView*>(tableName);
    if (table && table->model() && table->model()->rowCount() > 0)
        table->setCurrentIndex(table->model()->index(0, 0));
}

} // namespace sakra::test::shots
