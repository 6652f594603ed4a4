#include "WindowHost.h"

#include "MainWindow.h"
#include "Register.h"
#include "RegisterSession.h"
#include "WindowMemory.h"
#include "widgets/ListFrame.h"

namespace sakra::gui {

WindowHost::WindowHost(QObject* parent) : QObject(parent) {}

WindowHost::~WindowHost()
{
    delete m_window;
}

MainWindow* WindowHost::window() const
{
    return m_window;
}

void WindowHost::build()
{
    m_window = new MainWindow;
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    // Queued: the old window is still inside the settings dialog's call when it asks.
    connect(m_window, &MainWindow::languageChanged, this, &WindowHost::rebuild, Qt::QueuedConnection);
    m_window->show();
}

void WindowHost::start(const QString& file)
{
    build();
    m_window->openAtStartup(file);
    // The day starts on the overview: open high risks, overdue actions, drills and reviews, and
    // incidents this year against last. The tests and tools start on the first area instead.
    m_window->showArea(QStringLiteral("overview"));
}

void WindowHost::rebuild()
{
    MainWindow* old = m_window;
    const QString path = old->session().hasRegister() ? old->session().reg().path() : QString();
    // Unsaved changes are asked about first; kept, the old window stays as it is and the new
    // language shows from the next start.
    if (!ListFrame::leaveEditors(*old))
        return;
    // The new window takes the old one's place and layout; it is shown before the old one
    // closes, so the program never is without a window (and does not quit).
    WindowMemory::save(*old);
    build();
    if (!path.isEmpty())
        m_window->openFile(path);
    m_window->showArea(QStringLiteral("overview"));
    old->close();
    old->deleteLater();
}

} // namespace sakra::gui
