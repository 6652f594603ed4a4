#include "OrganisationArea.h"

#include "AssignmentsTab.h"
#include "BudgetTab.h"
#include "MilestonesTab.h"
#include "PeopleTab.h"
#include "ProfilesTab.h"
#include "SitesTab.h"
#include "StaffingTab.h"
#include "UnitsTab.h"
#include "widgets/SessionTab.h"

namespace sakra::gui {

OrganisationArea::OrganisationArea(RegisterSession& session, QWidget* parent) : QTabWidget(parent)
{
    setDocumentMode(true);
    addTab(new UnitsTab(session), tr("&Organisation"));
    addTab(new SitesTab(session), tr("&Lokaler"));
    addTab(new PeopleTab(session), tr("&Personer"));
    addTab(new AssignmentsTab(session), tr("&Uppdrag"));
    addTab(new StaffingTab(session), tr("&Bemanning"));
    addTab(new ProfilesTab(session), tr("&Kravprofiler"));
    addTab(new MilestonesTab(session), tr("&Milstolpar"));
    addTab(new BudgetTab(session), tr("Bu&dget"));
    connect(this, &QTabWidget::currentChanged, this, &OrganisationArea::onCurrentChanged);
}

void OrganisationArea::onCurrentChanged(int index)
{
    if (auto* tab = qobject_cast<SessionTab*>(widget(index)))
        tab->announceSelection();
}

} // namespace sakra::gui
