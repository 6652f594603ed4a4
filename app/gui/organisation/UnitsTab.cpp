#include "UnitsTab.h"

#include "Register.h"
#include "RegisterSession.h"
#include "UnitEditor.h"
#include "UnitTreeModel.h"
#include "commands/RemoveEntityCommand.h"
#include "widgets/Confirm.h"
#include "widgets/Named.h"
#include "widgets/Scrollable.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace sakra::gui {

UnitsTab::UnitsTab(RegisterSession& session, QWidget* parent)
    : SessionTab(session, parent), m_model(new UnitTreeModel(this)),
      m_tree(named<QTreeView>(this, "unitTree")), m_editor(new UnitEditor(session, this)),
      m_addButton(named<QPushButton>(this, "addUnitButton", tr("N&y underenhet"))),
      m_removeButton(named<QPushButton>(this, "removeUnitButton", tr("Ta bort enhet")))
{
    watch<OrgUnit, Site, UnitSite, UnitBoard>();
    setObjectName(QStringLiteral("unitsTab"));
    m_addButton->setToolTip(tr("Lägg till en enhet under den valda (Insert)"));
    m_removeButton->setToolTip(tr("Ta bort den valda enheten (Delete); kan ångras"));

    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAccessibleName(tr("Organisationsträd"));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(UnitTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(UnitTreeModel::KindColumn, QHeaderView::ResizeToContents);

    // Keys on the tree itself, so Delete in a text field never removes a unit.
    auto* addAction = new QAction(this);
    addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    addAction->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(addAction);
    auto* removeAction = new QAction(this);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(removeAction);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_tree, 1);

    QScrollArea* scroll = scrollable(m_editor, this);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &UnitsTab::onCurrentChanged);
    connect(m_addButton, &QPushButton::clicked, this, &UnitsTab::addUnit);
    connect(m_removeButton, &QPushButton::clicked, this, &UnitsTab::removeUnit);
    connect(addAction, &QAction::triggered, this, &UnitsTab::addUnit);
    connect(removeAction, &QAction::triggered, this, &UnitsTab::removeUnit);
    connect(m_editor, &UnitEditor::created, this, &UnitsTab::selectUnit);
}

void UnitsTab::reload()
{
    const qint64 selected = m_editor->recordId();
    m_model->reset(session().hasRegister() ? &session().reg() : nullptr, session().scopeUnitId());
    if (m_model->canFetchMore(QModelIndex()))
        m_model->fetchMore(QModelIndex());
    // The top of the tree opened one level: boards and administrations are what people look for.
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_tree->expand(m_model->index(row, 0));
    QModelIndex current = selected ? m_model->reveal(selected) : QModelIndex();
    if (!current.isValid())
        current = m_model->index(0, 0);
    m_tree->setCurrentIndex(current);
    m_editor->refresh(true);
    if (!current.isValid())
        m_editor->showRecord(0);
    m_removeButton->setEnabled(current.isValid());
    m_addButton->setEnabled(session().hasRegister());
}

void UnitsTab::refresh(const ChangeSet& changes)
{
    const bool units = changes.touches(OrgUnit::spec());
    if (units)
        m_model->refresh();
    m_editor->refresh(units);
    // The edited unit may have moved: keep it in view.
    if (units && m_tree->currentIndex().isValid())
        m_tree->scrollTo(m_tree->currentIndex());
    m_removeButton->setEnabled(m_tree->currentIndex().isValid());
}

void UnitsTab::onCurrentChanged()
{
    const QModelIndex current = m_tree->currentIndex();
    m_removeButton->setEnabled(current.isValid());
    const qint64 id = m_model->unitId(current);
    if (id != m_editor->recordId() || m_editor->isCreating())
        m_editor->showRecord(id);
    announceSelection();
}

void UnitsTab::announceSelection()
{
    const OrgUnit* unit = m_model->unit(m_tree->currentIndex());
    if (unit)
        session().setHistorySubject(&OrgUnit::spec(), unit->uuid, unit->name);
    else
        session().setHistorySubject(nullptr, QString(), QString());
}

void UnitsTab::selectUnit(qint64 id)
{
    const QModelIndex index = m_model->reveal(id);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void UnitsTab::addUnit()
{
    if (!session().hasRegister())
        return;
    const qint64 parent = m_model->unitId(m_tree->currentIndex());
    if (parent == 0 && session().reg().units().root()) {
        QMessageBox::information(this, tr("Ny enhet"), tr("Välj först den enhet som den nya ska ingå i."));
        return;
    }
    m_editor->startNew(parent);
}

void UnitsTab::removeUnit()
{
    const OrgUnit* unit = m_model->unit(m_tree->currentIndex());
    if (!unit)
        return;
    const QString name = unit->name;
    const qint64 id = unit->id;
    if (!Confirm::removal(this, tr("Ta bort enhet"),
                          tr("Ta bort %1 ur organisationen? Det går att ångra.").arg(name)))
        return;
    session().executeOrTell(new RemoveEntityCommand<OrgUnit>(session(), id, tr("Ta bort %1").arg(name)), this,
                            tr("Kan inte ta bort %1").arg(name));
}

} // namespace sakra::gui
