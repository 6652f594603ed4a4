#include "SitesTab.h"

#include "Register.h"
#include "RegisterSession.h"
#include "SiteEditor.h"
#include "SiteTableModel.h"
#include "commands/RemoveEntityCommand.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>

namespace sakra::gui {

SitesTab::SitesTab(RegisterSession& session, QWidget* parent)
    : ListFrame(session, ListFrame::Names::entity(QStringLiteral("sites")), parent),
      m_model(new SiteTableModel(this)), m_editor(new SiteEditor(session, this))
{
    watch<Site, UnitSite, OrgUnit>();
    setObjectName(QStringLiteral("sitesTab"));
    setUp(m_model, m_editor, {.addText = tr("Ny lokal"), .removeText = tr("Ta bort lokal")});
    table()->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table()->horizontalHeader()->setSectionResizeMode(SiteTableModel::NameColumn, QHeaderView::Stretch);
    connect(m_editor, &SiteEditor::siteCreated, this, &SitesTab::selectId);
}

void SitesTab::reload()
{
    const qint64 shown = shownId();
    m_model->setRows(session().hasRegister() ? session().reg().sites().all() : std::vector<Site>());
    selectId(shown);
}

void SitesTab::announceSelection()
{
    const Site* site = m_model->rowAt(rowOfId(m_editor->siteId()));
    if (site)
        session().setHistorySubject(&Site::spec(), site->uuid, site->name);
    else
        session().setHistorySubject(nullptr, QString(), QString());
}

void SitesTab::showItem(qint64 id)
{
    m_editor->showSite(id);
    announceSelection();
}

void SitesTab::startNew()
{
    m_editor->startNew();
}

void SitesTab::removeItem(qint64 id)
{
    const Site* site = m_model->rowAt(rowOfId(id));
    const QString name = site ? site->name : QString();
    confirmAndRun(tr("Ta bort lokal"), tr("Ta bort lokalen %1? Det går att ångra.").arg(name),
                  new RemoveEntityCommand<Site>(session(), id, tr("Ta bort lokal %1").arg(name)));
}

} // namespace sakra::gui
