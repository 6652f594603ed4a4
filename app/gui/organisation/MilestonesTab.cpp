#include "MilestonesTab.h"

#include "MilestoneEditor.h"
#include "MilestoneTableModel.h"
#include "Register.h"
#include "RegisterSession.h"

#include <QHeaderView>
#include <QTableView>

namespace sakra::gui {

MilestonesTab::MilestonesTab(RegisterSession& session, QWidget* parent)
    : ListFrame(session, ListFrame::Names::entity(QStringLiteral("milestones")), parent),
      m_model(new MilestoneTableModel(this))
{
    watch<Milestone>();
    setObjectName(QStringLiteral("milestonesTab"));
    setUp(m_model, new MilestoneEditor(session, this),
          {.addText = tr("Ny milstolpe"),
           .removeText = tr("Ta bort milstolpe"),
           .stretchColumn = MilestoneTableModel::TitleColumn});
}

void MilestonesTab::reload()
{
    showRows(m_model, [](Register& reg) { return reg.milestones().all(); });
}

} // namespace sakra::gui
