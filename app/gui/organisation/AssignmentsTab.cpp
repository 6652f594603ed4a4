#include "AssignmentsTab.h"

#include "AssignmentEditor.h"
#include "AssignmentTableModel.h"
#include "Register.h"
#include "RegisterSession.h"
#include "widgets/Named.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace sakra::gui {

AssignmentsTab::AssignmentsTab(RegisterSession& session, QWidget* parent)
    : ListFrame(session, ListFrame::Names::entity(QStringLiteral("assignments")), parent),
      m_model(new AssignmentTableModel(this)), m_editor(new AssignmentEditor(session, this)),
      m_showAll(named<QCheckBox>(this, "showAllAssignmentsCheck", tr("Visa &även avslutade och kommande"))),
      m_count(countLabel())
{
    watch<Assignment, Person, OrgUnit, SecurityRole>();
    setObjectName(QStringLiteral("assignmentsTab"));
    toolLayout()->addWidget(m_showAll);
    toolLayout()->addStretch();
    toolLayout()->addWidget(m_count);
    setUp(m_model, m_editor, {.addText = tr("Nytt uppdrag"), .removeText = tr("Ta bort uppdrag")});

    // Role names can be long ("Informationssäkerhetssamordnare"); the unit is what tells rows apart.
    QHeaderView* header = table()->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AssignmentTableModel::RoleColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(AssignmentTableModel::UnitColumn, QHeaderView::Stretch);

    connect(m_showAll, &QCheckBox::toggled, this, &AssignmentsTab::reload);
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
        m_editor->choicesChanged();
    reload();
}

} // namespace sakra::gui
