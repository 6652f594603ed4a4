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
          {.addText = tr("Ny lokal"), .removeText = tr("Ta bort lokal")});
    table()->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table()->horizontalHeader()->setSectionResizeMode(SiteTableModel::NameColumn, QHeaderView::Stretch);
}

void SitesTab::reload()
{
    const qint64 shown = shownId();
    m_model->setRows(session().hasRegister() ? session().reg().sites().all() : std::vector<Site>());
    selectId(shown);
}

} // namespace sakra::gui
