#include "GlobalSearch.h"

#include "MainWindow.h"
#include "RegisterSession.h"
#include "SearchDialog.h"
#include "organisation/UnitsTab.h"
#include "widgets/ListFrame.h"

#include <QAction>
#include <QStackedWidget>
#include <QTabWidget>

namespace sakra::gui {

namespace {

struct Place
{
    const char* hitArea;
    const char* area; // AreaCatalogue's key
    const char* tab;  // the objectName of the page that lists the row
};

const Place kPlaces[] = {
    {"risk", "risk", "riskListTab"},
    {"action", "action", "actionListTab"},
    {"actionNote", "action", "actionListTab"},
    {"incident", "incident", "incidentListTab"},
    {"training", "training", "trainingListTab"},
    {"routine", "routine", "routineListTab"},
    {"alarm", "alarm", "alarmListTab"},
    {"person", "organisation", "peopleTab"},
    {"site", "organisation", "sitesTab"},
    {"unit", "organisation", "unitsTab"},
};

// Makes page the shown tab of every tab widget it lies in.
void bringForward(QWidget* page)
{
    for (QWidget* w = page; w && w->parentWidget(); w = w->parentWidget())
        if (qobject_cast<QStackedWidget*>(w->parentWidget()))
            if (auto* tabs = qobject_cast<QTabWidget*>(w->parentWidget()->parentWidget()))
                tabs->setCurrentWidget(w);
}

} // namespace

GlobalSearch::GlobalSearch(MainWindow& window, RegisterSession& session)
    : QObject(&window), m_window(window), m_session(session),
      m_action(new QAction(tr("&Sök överallt…"), this))
{
    m_action->setObjectName(QStringLiteral("searchAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_action->setStatusTip(tr("Sök i alla områden på en gång"));
    connect(m_action, &QAction::triggered, this, &GlobalSearch::showDialog);
    connect(&m_session, &RegisterSession::registerOpened, this, &GlobalSearch::updateState);
    updateState();
}

void GlobalSearch::showDialog()
{
    if (!m_session.hasRegister())
        return;
    // Window modal without a nested event loop: the dialog deletes itself when it closes.
    auto* dialog = new SearchDialog(m_session, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &SearchDialog::hitChosen, this, &GlobalSearch::open);
    dialog->show();
}

bool GlobalSearch::open(const SearchHit& hit)
{
    const Place* place = nullptr;
    for (const Place& p : kPlaces)
        if (hit.area == QLatin1String(p.hitArea))
            place = &p;
    if (!place)
        return false;
    m_window.showArea(QLatin1String(place->area));
    if (m_window.shownArea() != QLatin1String(place->area))
        return false; // the user stayed with unsaved changes
    QWidget* page = m_window.findChild<QWidget*>(QLatin1String(place->tab));
    if (!page)
        return false;
    bringForward(page);
    if (auto* units = qobject_cast<UnitsTab*>(page)) {
        units->selectUnit(hit.openId);
        return true;
    }
    auto* list = qobject_cast<ListFrame*>(page);
    if (!list)
        return false;
    list->openRecord(hit.openId);
    return true;
}

void GlobalSearch::updateState()
{
    m_action->setEnabled(m_session.hasRegister());
}

} // namespace sakra::gui
