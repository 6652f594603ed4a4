#include "OrganisationArea.h"

#include "UnitsTab.h"
#include "widgets/SessionTab.h"

namespace sakra::gui {

OrganisationArea::OrganisationArea(RegisterSession& session, QWidget* parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("organisationTabs"));
    setDocumentMode(true);
    addTab(new UnitsTab(session), tr("&Organisation"));
    connect(this, &QTabWidget::currentChanged, this, &OrganisationArea::onCurrentChanged);
}

void OrganisationArea::onCurrentChanged(int index)
{
    if (auto* tab = qobject_cast<SessionTab*>(widget(index)))
        tab->announceSelection();
}

} // namespace sakra::gui
