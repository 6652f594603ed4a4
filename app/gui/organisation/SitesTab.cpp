#include "SitesTab.h"

#include "Register.h"
#include "RegisterSession.h"
#include "SiteEditor.h"
#include "SiteTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>

namespace sakra::gui {

SitesTab::SitesTab(RegisterSession& session, QWidget* parent)
    : ListFrame(session, ListFrame::Names::entity(QStringLiteral("sites")), parent),
      m_model(new SiteTableModel(this))
{
    watch<Site, UnitSite, OrgUnit>();
    setObjectName(QStringLiteral("sitesTab"));
    setUp(m_model, new SiteEditor(session, this),
          {.addText = tr("Ny lokal"),
           .removeText = tr("Ta bort lokal"),
           .stretchColumn = SiteTableModel::NameColumn});
}

void SitesTab::reload()
{
    showRows(m_model, [](Register& reg) { return reg.sites().all(); });
}

} // namespace sakra::gui
