#include "PremisesTab.h"

#include "PremisesInventoryEditor.h"
#include "PremisesInventoryTableModel.h"
#include "Register.h"
#include "RegisterSession.h"
#include "widgets/Named.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace sakra::gui {

PremisesTab::PremisesTab(RegisterSession& session, QWidget* parent)
    : ListFrame(session, ListFrame::Names::entity(QStringLiteral("premises")), parent),
      m_model(new PremisesInventoryTableModel(this)),
      m_siteFilter(named<QComboBox>(this, "premisesSiteFilter"))
{
    watch<PremisesInventory, Site>();
    setObjectName(QStringLiteral("premisesTab"));
    m_siteFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_siteFilter->setMinimumContentsLength(24);
    auto* label = new QLabel(tr("Lo&kal:"), this);
    label->setBuddy(m_siteFilter);
    toolLayout()->addWidget(label);
    toolLayout()->addWidget(m_siteFilter, 1);
    setUp(m_model, new PremisesInventoryEditor(session, this),
          {.addText = tr("Ny lokalinventering"),
           .removeText = tr("Ta bort lokalinventering"),
           .stretchLastColumn = true});
    connect(m_siteFilter, &QComboBox::activated, this, &PremisesTab::reload);
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
    entityEditor()->choicesChanged();
    selectId(shown);
}

qint64 PremisesTab::newContext() const
{
    return m_siteFilter->currentData().toLongLong();
}

} // namespace sakra::gui
