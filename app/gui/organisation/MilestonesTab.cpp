#include "MilestonesTab.h"

#include "MilestoneEditor.h"
#include "MilestoneTableModel.h"
#include "Register.h"
#include "RegisterSession.h"
#include "commands/RemoveEntityCommand.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>

namespace sakra::gui {

MilestonesTab::MilestonesTab(RegisterSession& session, QWidget* parent)
    : ListFrame(session, ListFrame::Names::entity(QStringLiteral("milestones")), parent),
      m_model(new MilestoneTableModel(this)), m_editor(new MilestoneEditor(session, this))
{
    watch<Milestone>();
    setObjectName(QStringLiteral("milestonesTab"));
    setUp(m_model, m_editor, {.addText = tr("Ny milstolpe"), .removeText = tr("Ta bort milstolpe")});
    table()->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table()->horizontalHeader()->setSectionResizeMode(MilestoneTableModel::TitleColumn, QHeaderView::Stretch);
    connect(m_editor, &MilestoneEditor::milestoneCreated, this, &MilestonesTab::selectId);
}

void MilestonesTab::reload()
{
    const qint64 shown = shownId();
    m_model->setRows(session().hasRegister() ? session().reg().milestones().all() : std::vector<Milestone>());
    selectId(shown);
}

void MilestonesTab::announceSelection()
{
    const Milestone* m = m_model->rowAt(rowOfId(m_editor->milestoneId()));
    if (m)
        session().setHistorySubject(&Milestone::spec(), m->uuid, m->title);
    else
        session().setHistorySubject(nullptr, QString(), QString());
}

void MilestonesTab::showItem(qint64 id)
{
    m_editor->showMilestone(id);
    announceSelection();
}

void MilestonesTab::startNew()
{
    m_editor->startNew();
}

void MilestonesTab::removeItem(qint64 id)
{
    const Milestone* m = m_model->rowAt(rowOfId(id));
    const QString title = m ? m->title : QString();
    confirmAndRun(tr("Ta bort milstolpe"), tr("Ta bort milstolpen %1? Det går att ångra.").arg(title),
                  new RemoveEntityCommand<Milestone>(session(), id, tr("Ta bort milstolpe %1").arg(title)));
}

} // namespace sakra::gui
