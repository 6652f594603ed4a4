#include "AssignmentsTab.h"

#include "AssignmentEditor.h"
#include "AssignmentTableModel.h"
#include "Register.h"
#include "RegisterSession.h"
#include "commands/RemoveEntityCommand.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace sakra::gui {

AssignmentsTab::AssignmentsTab(RegisterSession& session, QWidget* parent)
    : ListFrame(session, ListFrame::Names::entity(QStringLiteral("assignments")), parent),
      m_model(new AssignmentTableModel(this)), m_editor(new AssignmentEditor(session, this)),
      m_showAll(new QCheckBox(tr("Visa &även avslutade och kommande"), this)), m_count(countLabel())
{
    watch<Assignment, Person, OrgUnit, SecurityRole>();
    setObjectName(QStringLiteral("assignmentsTab"));
    m_showAll->setObjectName(QStringLiteral("showAllAssignmentsCheck"));
    toolLayout()->addWidget(m_showAll);
    toolLayout()->addStretch();
    toolLayout()->addWidget(m_count);
    setUp(m_model, m_editor, {.addText = tr("Nytt uppdrag"), .removeText = tr("Ta bort uppdrag")});

    // Role names can be long ("Informationssäkerhetssamordnare"); the unit is what tells rows apart.
    QHeaderView* header = table()->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AssignmentTableModel::RoleColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(AssignmentTableModel::UnitColumn, QHeaderView::Stretch);
    table()->setColumnWidth(AssignmentTableModel::RoleColumn, 150);

    connect(m_showAll, &QCheckBox::toggled, this, &AssignmentsTab::reload);
    connect(m_editor, &AssignmentEditor::assignmentCreated, this, [this](qint64 id) {
        reload();
        selectId(id);
    });
}

void AssignmentsTab::reload()
{
    const qint64 shown = shownId();
    if (!session().hasRegister()) {
        m_model->setRows({});
        m_count->clear();
        selectId(0);
        return;
    }
    m_model->setRows(session().reg().assignments().list(
        session().scopeUnitId(), m_showAll->isChecked() ? QDate() : QDate::currentDate()));
    m_count->setText(tr("%1 uppdrag").arg(m_model->rowCount()));
    selectId(shown);
}

void AssignmentsTab::refresh(const ChangeSet& changes)
{
    if (changes.touches(OrgUnit::spec()))
        m_editor->unitsChanged();
    reload();
}

void AssignmentsTab::announceSelection()
{
    const AssignmentRow* row = m_model->rowAt(rowOfId(m_editor->assignmentId()));
    if (row)
        session().setHistorySubject(&Assignment::spec(), row->assignment.uuid,
                                    tr("%1 som %2").arg(row->personName, row->roleName.toLower()));
    else
        session().setHistorySubject(nullptr, QString(), QString());
}

void AssignmentsTab::showItem(qint64 id)
{
    m_editor->showAssignment(id);
    announceSelection();
}

void AssignmentsTab::startNew()
{
    m_editor->startNew(session().scopeUnitId());
}

void AssignmentsTab::removeItem(qint64 id)
{
    const AssignmentRow* row = m_model->rowAt(rowOfId(id));
    const QString what = row ? tr("%1 som %2").arg(row->personName, row->roleName.toLower()) : QString();
    confirmAndRun(tr("Ta bort uppdrag"), tr("Ta bort uppdraget %1? Det går att ångra.").arg(what),
                  new RemoveEntityCommand<Assignment>(session(), id, tr("Ta bort uppdrag %1").arg(what)));
}

} // namespace sakra::gui
