#include "RecordListTab.h"

#include "RecordEditor.h"
#include "RecordTableModel.h"
#include "Register.h"
#include "RegisterSession.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sakra::gui {

RecordListTab::RecordListTab(RegisterSession& session, const QString& prefix, const Texts& texts,
                             RecordTableModel* model, RecordEditor* editor, QWidget* filters, QWidget* parent)
    : SessionTab(session, parent), m_model(model), m_editor(editor), m_table(new QTableView(this)),
      m_count(new QLabel(this)), m_addButton(new QPushButton(texts.add, this)),
      m_removeButton(new QPushButton(texts.remove, this)), m_splitter(new QSplitter(this))
{
    setObjectName(prefix + QStringLiteral("ListTab"));
    m_model->setParent(this);
    m_table->setObjectName(prefix + QStringLiteral("Table"));
    m_count->setObjectName(prefix + QStringLiteral("CountLabel"));
    m_addButton->setObjectName(prefix + QStringLiteral("AddButton"));
    m_removeButton->setObjectName(prefix + QStringLiteral("RemoveButton"));
    m_addButton->setToolTip(tr("Lägg till (Insert i listan)"));
    m_removeButton->setToolTip(tr("Ta bort den valda raden (Delete i listan); kan ångras"));
    m_removeButton->setEnabled(false);

    m_table->setModel(m_model);
    m_table->setAccessibleName(texts.listName);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    if (filters) {
        auto* filterBox = new QGroupBox(tr("Filter"), this);
        auto* filterLayout = new QVBoxLayout(filterBox);
        filterLayout->addWidget(filters);
        leftLayout->addWidget(filterBox);
    }
    auto* tools = new QHBoxLayout;
    tools->addWidget(m_count);
    tools->addStretch();
    tools->addWidget(m_addButton);
    tools->addWidget(m_removeButton);
    leftLayout->addLayout(tools);
    leftLayout->addWidget(m_table, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(prefix + QStringLiteral("EditorScroll"));
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(420);
    // The form fits the width it is given; long unit names are cut in their combo boxes instead.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_splitter->setObjectName(prefix + QStringLiteral("Splitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    // Keys on the table itself, so Delete in a text field never removes a record.
    auto* addAction = new QAction(this);
    addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    addAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(addAction);
    auto* removeAction = new QAction(this);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(removeAction);
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    this->addAction(find);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RecordListTab::onCurrentChanged);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] { reselect(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_removeButton->setEnabled(false); });
    connect(m_addButton, &QPushButton::clicked, this, [this] { startNew(SessionTab::session().scopeUnitId()); });
    connect(addAction, &QAction::triggered, m_addButton, &QPushButton::click);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (m_shownId && SessionTab::session().hasRegister())
            removeRecord(m_shownId);
    });
    connect(removeAction, &QAction::triggered, m_removeButton, &QPushButton::click);
    connect(find, &QAction::triggered, this, [this] {
        if (QWidget* field = searchField()) {
            field->setFocus(Qt::ShortcutFocusReason);
            if (auto* edit = qobject_cast<QLineEdit*>(field))
                edit->selectAll();
        }
    });
    connect(m_editor, &RecordEditor::recordCreated, this, &RecordListTab::selectId);
}

void RecordListTab::reload()
{
    if (!session().hasRegister()) {
        applyQuery(nullptr);
        m_shownId = 0;
        m_editor->showRecord(0);
        updateCount();
        return;
    }
    loadChoices(session().reg());
    m_editor->choicesChanged();
    requery();
}

void RecordListTab::refresh(const ChangeSet& changes)
{
    if (touchesOnly(changes, recordTable())) {
        m_model->refresh();
        updateCount();
        selectId(m_shownId);
    } else {
        reload();
    }
}

void RecordListTab::requery()
{
    applyQuery(session().hasRegister() ? &session().reg() : nullptr);
    updateCount();
    selectId(m_shownId);
}

void RecordListTab::updateCount()
{
    if (!session().hasRegister()) {
        m_count->clear();
        return;
    }
    m_count->setText(countText(session().reg(), m_model->totalCount()));
}

void RecordListTab::selectId(qint64 id)
{
    m_shownId = id;
    reselect();
    if (!(id == 0 && m_editor->isCreating()))
        m_editor->showRecord(id);
    announceSelection();
}

void RecordListTab::reselect()
{
    const int row = m_model->rowOf(m_shownId);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, 0);
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    } else {
        m_table->clearSelection();
        m_table->setCurrentIndex(QModelIndex());
    }
    m_removeButton->setEnabled(m_shownId != 0 && !m_editor->isCreating());
}

void RecordListTab::showRecord(qint64 id)
{
    selectId(id);
}

void RecordListTab::startNew(qint64 unitId)
{
    m_shownId = 0;
    m_table->clearSelection();
    m_table->setCurrentIndex(QModelIndex());
    m_removeButton->setEnabled(false);
    m_editor->startNew(unitId);
    announceSelection();
}

void RecordListTab::onCurrentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 id = current.isValid() ? m_model->idAt(current.row()) : 0;
    if (id == 0 || id == m_shownId)
        return;
    m_shownId = id;
    m_removeButton->setEnabled(true);
    m_editor->showRecord(id);
    announceSelection();
}

void RecordListTab::announceSelection()
{
    if (!isVisible())
        return;
    if (!session().hasRegister() || m_editor->recordId() == 0) {
        session().setHistorySubject(nullptr, QString(), QString());
        return;
    }
    announceRecord(session().reg(), m_editor->recordId());
}

} // namespace sakra::gui
