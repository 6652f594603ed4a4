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
          {.addText = tr("Ny milstolpe"), .removeText = tr("Ta bort milstolpe")});
    table()->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table()->horizontalHeader()->setSectionResizeMode(MilestoneTableModel::TitleColumn, QHeaderView::Stretch);
}

void MilestonesTab::reload()
{
    const qint64 shown = shownId();
    m_model->setRows(session().hasRegister() ? session().reg().milestones().all() : std::vector<Milestone>());
    selectId(shown);
}

} // namespace sakra::gui
