#include "PremisesTab.h"

#include "PremisesInventoryEditor.h"
#include "PremisesInventoryTableModel.h"
#include "Register.h"
#include "RegisterSession.h"
#include "commands/RemoveEntityCommand.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace sakra::gui {

PremisesTab::PremisesTab(RegisterSession& session, QWidget* parent)
    : ListFrame(session, ListFrame::Names::entity(QStringLiteral("premises")), parent),
      m_model(new PremisesInventoryTableModel(this)), m_editor(new PremisesInventoryEditor(session, this)),
      m_siteFilter(new QComboBox(this))
{
    watch<PremisesInventory, Site>();
    setObjectName(QStringLiteral("premisesTab"));
    m_siteFilter->setObjectName(QStringLiteral("premisesSiteFilter"));
    m_siteFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_siteFilter->setMinimumContentsLength(24);
    auto* label = new QLabel(tr("Lo&kal:"), this);
    label->setBuddy(m_siteFilter);
    toolLayout()->addWidget(label);
    toolLayout()->addWidget(m_siteFilter, 1);
    setUp(m_model, m_editor,
          {.addText = tr("Ny lokalinventering"), .removeText = tr("Ta bort lokalinventering")});
    table()->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table()->horizontalHeader()->setStretchLastSection(true);
    table()->setColumnWidth(PremisesInventoryTableModel::SiteColumn, 220);
    table()->setColumnWidth(PremisesInventoryTableModel::DateColumn, 100);
    table()->setColumnWidth(PremisesInventoryTableModel::CamerasColumn, 70);
    table()->setColumnWidth(PremisesInventoryTableModel::PermitColumn, 200);
    connect(m_siteFilter, &QComboBox::activated, this, &PremisesTab::reload);
    connect(m_editor, &PremisesInventoryEditor::inventoryCreated, this, &PremisesTab::selectId);
}

void PremisesTab::reload()
{
    const qint64 shown = shownId();
    std::vector<PremisesInventoryRow> rows;
    if (session().hasRegister()) {
        Register& reg = session().reg();
        QHash<qint64, QString> siteNames;
        const qint64 chosen = m_siteFilter->currentData().toLongLong();
        {
            const QSignalBlocker blocker(m_siteFilter);
            m_siteFilter->clear();
            m_siteFilter->addItem(tr("Alla lokaler"), qint64(0));
            for (const Site& s : reg.sites().all()) {
                siteNames.insert(s.id, s.name);
                m_siteFilter->addItem(s.name, s.id);
            }
            const int index = m_siteFilter->findData(chosen);
            m_siteFilter->setCurrentIndex(index >= 0 ? index : 0);
        }
        for (PremisesInventory& p :
             reg.premisesInventories().list(m_siteFilter->currentData().toLongLong())) {
            const QString name = siteNames.value(p.siteId);
            rows.push_back({std::move(p), name});
        }
    }
    m_model->setRows(std::move(rows));
    m_editor->sitesChanged();
    selectId(shown);
}

void PremisesTab::announceSelection()
{
    const PremisesInventoryRow* row = m_model->rowAt(rowOfId(m_editor->inventoryId()));
    if (row)
        session().setHistorySubject(&PremisesInventory::spec(), row->inventory.uuid,
                                    tr("Lokalinventering av %1").arg(row->siteName));
    else
        session().setHistorySubject(nullptr, QString(), QString());
}

void PremisesTab::showItem(qint64 id)
{
    m_editor->showInventory(id);
    announceSelection();
}

void PremisesTab::startNew()
{
    m_editor->startNew(m_siteFilter->currentData().toLongLong());
}

void PremisesTab::removeItem(qint64 id)
{
    const PremisesInventoryRow* row = m_model->rowAt(rowOfId(id));
    const QString name = row ? row->siteName : QString();
    confirmAndRun(tr("Ta bort lokalinventering"),
                  tr("Ta bort lokalinventeringen av %1? Det går att ångra.").arg(name),
                  new RemoveEntityCommand<PremisesInventory>(session(), id,
                                                             tr("Ta bort lokalinventering av %1").arg(name)));
}

} // namespace sakra::gui
