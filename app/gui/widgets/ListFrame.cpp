#include "ListFrame.h"

#include "Confirm.h"
#include "EntityEditor.h"
#include "FormScrollArea.h"
#include "FrozenFirstColumn.h"
#include "ListExport.h"
#include "QueryTableModel.h"
#include "RegisterSession.h"
#include "commands/RegisterCommand.h"

#include <QAction>
#include <QClipboard>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

namespace sakra::gui {

ListFrame::Names ListFrame::Names::entity(const QString& prefix)
{
    QString capitalised = prefix;
    capitalised[0] = capitalised[0].toUpper();
    return {prefix + QStringLiteral("ListTab"),
            prefix + QStringLiteral("Table"),
            prefix + QStringLiteral("CountLabel"),
            QStringLiteral("add") + capitalised + QStringLiteral("Button"),
            QStringLiteral("remove") + capitalised + QStringLiteral("Button"),
            prefix + QStringLiteral("Splitter"),
            prefix + QStringLiteral("EditorScroll"),
            prefix + QStringLiteral("ListSplitter")};
}

ListFrame::Names ListFrame::Names::records(const QString& prefix)
{
    Names names = entity(prefix);
    names.add = prefix + QStringLiteral("AddButton");
    names.remove = prefix + QStringLiteral("RemoveButton");
    return names;
}

ListFrame::ListFrame(RegisterSession& session, const Names& names, QWidget* parent)
    : SessionTab(session, parent), m_names(names), m_tools(new QHBoxLayout), m_table(new QTableView(this)),
      m_count(new QLabel(this)), m_addButton(new QPushButton(this)), m_removeButton(new QPushButton(this)),
      m_splitter(new QSplitter(this))
{
    setObjectName(names.tab);
    m_table->setObjectName(names.table);
    m_count->setObjectName(names.count);
    m_addButton->setObjectName(names.add);
    m_removeButton->setObjectName(names.remove);
    m_splitter->setObjectName(names.splitter);
    m_removeButton->setEnabled(false);

    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
}

void ListFrame::setUp(QAbstractItemModel* model, QWidget* editor, const Options& options)
{
    m_editor = qobject_cast<EntityEditor*>(editor);
    if (m_editor)
        connect(m_editor, &EntityEditor::created, this, &ListFrame::selectId);
    m_table->setModel(model);
    if (const auto* records = qobject_cast<const RecordTableModel*>(model))
        for (int column = 0; column < model->columnCount(); ++column)
            if (const int width = records->preferredWidth(column))
                m_table->setColumnWidth(column, width);
    m_table->setAccessibleName(options.listName);
    m_table->horizontalHeader()->setStretchLastSection(options.stretchLastColumn);
    if (options.stretchColumn >= 0) {
        m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_table->horizontalHeader()->setSectionResizeMode(options.stretchColumn, QHeaderView::Stretch);
    }
    m_addButton->setText(options.addText);
    m_removeButton->setText(options.removeText);
    m_addButton->setToolTip(options.addTip.isEmpty()
                                ? tr("Lägg till (Insert i listan, Alt+Insert var som helst i fliken)")
                                : options.addTip);
    m_removeButton->setToolTip(options.removeTip.isEmpty()
                                   ? tr("Ta bort den valda raden (Delete i listan); kan ångras")
                                   : options.removeTip);

    // The count comes first unless the page placed it among its tools; add and remove go last.
    if (m_tools->indexOf(m_count) < 0)
        m_tools->insertWidget(0, m_count);
    m_tools->addStretch();
    // Every list can be written out as it is shown, to be read, sorted and summed in a spreadsheet.
    m_exportButton = new QPushButton(tr("Exportera…"), this);
    QString prefix = m_names.table;
    if (prefix.endsWith(QLatin1String("Table")))
        prefix.chop(5);
    m_exportButton->setObjectName(prefix + QStringLiteral("ExportButton"));
    m_exportButton->setToolTip(tr("Spara listans rader, som filtret visar dem, i en Excel- eller CSV-fil"));
    connect(m_exportButton, &QPushButton::clicked, this, &ListFrame::exportRows);
    m_tools->addWidget(m_exportButton);
    m_tools->addWidget(m_addButton);
    m_tools->addWidget(m_removeButton);
    auto* list = new QWidget(this);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    if (options.filters) {
        auto* filterBox = new QGroupBox(tr("Filter"), this);
        auto* filterLayout = new QVBoxLayout(filterBox);
        filterLayout->addWidget(options.filters);
        listLayout->addWidget(filterBox);
    }
    if (options.aboveList)
        listLayout->addWidget(options.aboveList);
    listLayout->addLayout(m_tools);
    listLayout->addWidget(m_table, 1);
    if (options.belowList)
        listLayout->addWidget(options.belowList);

    QWidget* left = list;
    if (options.top) {
        // People with a small screen can give the list the room the top takes.
        auto* column = new QSplitter(Qt::Vertical, this);
        column->setObjectName(m_names.listSplitter);
        column->addWidget(options.top);
        column->addWidget(list);
        column->setStretchFactor(0, 0);
        column->setStretchFactor(1, 1);
        column->setChildrenCollapsible(false);
        left = column;
        m_column = column;
    }

    auto* scroll = new FormScrollArea(editor, options.editorMinWidth, this);
    scroll->setObjectName(m_names.editorScroll);

    m_splitter->addWidget(left);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, options.listStretch);
    m_splitter->setStretchFactor(1, options.editorStretch);
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    // Keys on the table itself, so Delete in a text field never removes a row.
    auto* addAction = new QAction(this);
    addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    addAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(addAction);
    auto* removeAction = new QAction(this);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(removeAction);
    auto* addAnywhere = new QAction(this);
    addAnywhere->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Insert));
    addAnywhere->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QWidget::addAction(addAnywhere);
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QWidget::addAction(find);
    auto* copy = new QAction(this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copy);
    connect(copy, &QAction::triggered, this, &ListFrame::copyRow);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& position) {
        const std::unique_ptr<QMenu> menu(rowMenu(m_table->indexAt(position)));
        menu->exec(m_table->viewport()->mapToGlobal(position));
    });

    if (options.sortable) {
        m_table->setSortingEnabled(true);
        connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
                &ListFrame::onSortChanged);
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ListFrame::onCurrentChanged);
    new FrozenFirstColumn(m_table);
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_removeButton->setEnabled(false); });
    connect(m_addButton, &QPushButton::clicked, this, [this] { beginNew(); });
    connect(addAction, &QAction::triggered, m_addButton, &QPushButton::click);
    connect(addAnywhere, &QAction::triggered, m_addButton, &QPushButton::click);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (m_shownId != 0 && !isCreating() && session().hasRegister())
            removeItem(m_shownId);
    });
    connect(removeAction, &QAction::triggered, m_removeButton, &QPushButton::click);
    connect(find, &QAction::triggered, this, [this] {
        if (QWidget* field = searchField()) {
            field->setFocus(Qt::ShortcutFocusReason);
            if (auto* edit = qobject_cast<QLineEdit*>(field))
                edit->selectAll();
        }
    });
}

void ListFrame::showItem(qint64 id)
{
    if (m_editor)
        m_editor->showRecord(id);
}

void ListFrame::startNew()
{
    if (m_editor)
        m_editor->startNew(newContext());
}

qint64 ListFrame::newContext() const
{
    return session().scopeUnitId();
}

void ListFrame::removeItem(qint64 id)
{
    if (!m_editor || m_editor->recordId() != id)
        return;
    const EntityEditor::Removal removal = m_editor->removal();
    if (removal.command)
        confirmAndRun(removal.title, removal.question, removal.command);
}

bool ListFrame::isCreating() const
{
    return m_editor && m_editor->isCreating();
}

void ListFrame::announceSelection()
{
    if (m_editor)
        m_editor->announceHistory();
}

void ListFrame::onSortChanged(int column, Qt::SortOrder order)
{
    Q_UNUSED(column)
    Q_UNUSED(order)
    reselect();
}

qint64 ListFrame::idAtRow(int row) const
{
    const auto* model = qobject_cast<const RecordTableModel*>(m_table->model());
    return model ? model->idAt(row) : 0;
}

int ListFrame::rowOfId(qint64 id) const
{
    const auto* model = qobject_cast<const RecordTableModel*>(m_table->model());
    return model ? model->rowOf(id) : -1;
}

qint64 ListFrame::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? idAtRow(current.row()) : 0;
}

void ListFrame::selectId(qint64 id)
{
    if (id != m_shownId && !leaveEditor()) {
        reselect();
        return;
    }
    // The list read again for another change: what is typed in the form stays, unless the row
    // itself changed (undo, another window), which the form then shows.
    const bool keepTyping = m_editor && id != 0 && id == m_shownId && m_editor->recordId() == id &&
                            !m_editor->shownRowChanged() && m_editor->hasChanges();
    m_shownId = id;
    reselect();
    if (!(id == 0 && isCreating()) && !keepTyping)
        showItem(id);
    if (isVisible())
        announceSelection();
}

void ListFrame::reselect()
{
    // m_shownId is set already, so onCurrentChanged lets the editor be.
    const int row = m_shownId ? rowOfId(m_shownId) : -1;
    if (row >= 0) {
        const QModelIndex index = m_table->model()->index(row, 0);
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    } else {
        m_table->clearSelection();
        m_table->setCurrentIndex(QModelIndex());
    }
    m_removeButton->setEnabled(m_shownId != 0 && !isCreating());
    m_addButton->setEnabled(session().hasRegister());
}

void ListFrame::beginNew(const std::function<void()>& start)
{
    if (!leaveEditor())
        return;
    m_shownId = 0;
    m_table->clearSelection();
    m_table->setCurrentIndex(QModelIndex());
    m_removeButton->setEnabled(false);
    if (start)
        start();
    else
        startNew();
    if (isVisible())
        announceSelection();
}

void ListFrame::showEvent(QShowEvent* event)
{
    SessionTab::showEvent(event);
    if (m_column && !m_columnShared)
        QTimer::singleShot(0, this, &ListFrame::shareColumn); // after the layout has given sizes
}

void ListFrame::shareColumn()
{
    if (m_columnShared || !m_column->isVisible() || m_column->height() <= 0)
        return;
    m_columnShared = true;
    constexpr int kScreenfulOfRows = 15;
    QWidget* top = m_column->widget(0);
    QWidget* list = m_column->widget(1);
    const int total = top->height() + list->height();
    const int aroundTable = list->height() - m_table->viewport()->height();
    const int wanted = aroundTable + kScreenfulOfRows * m_table->verticalHeader()->defaultSectionSize();
    const int smallest = top->minimumSizeHint().height();
    const int topHeight = std::max(smallest, std::min(top->sizeHint().height(), total - wanted));
    m_column->setSizes({topHeight, total - topHeight});
}

void ListFrame::onCurrentChanged()
{
    const qint64 id = currentId();
    if (id == 0 || id == m_shownId || m_asking)
        return;
    if (!leaveEditor()) {
        reselect();
        return;
    }
    m_shownId = id;
    reselect();
    showItem(id);
    announceSelection();
}

bool ListFrame::leaveEditor()
{
    if (m_asking || !m_editor || !m_editor->hasChanges())
        return true;
    const QScopedValueRollback<bool> asking(m_asking, true);
    QMessageBox box(
        QMessageBox::Question, tr("Osparade ändringar"),
        m_editor->isCreating()
            ? tr("Den nya posten är inte sparad. Vill du spara den?")
            : tr("Ändringarna i %1 är inte sparade. Vill du spara dem?").arg(m_editor->heading()->text()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    box.setDefaultButton(QMessageBox::Save);
    box.button(QMessageBox::Save)->setText(tr("&Spara"));
    box.button(QMessageBox::Discard)->setText(tr("Spara &inte"));
    box.button(QMessageBox::Cancel)->setText(tr("&Avbryt"));
    switch (box.exec()) {
    case QMessageBox::Save:
        m_editor->apply();
        // A refusal shows under its field; the user stays to mend it.
        return !m_editor->hasChanges();
    case QMessageBox::Discard: m_editor->revert(); return true;
    default: return false;
    }
}

bool ListFrame::leaveEditors(QWidget& root)
{
    const auto frames = root.findChildren<ListFrame*>();
    return std::all_of(frames.begin(), frames.end(), [](ListFrame* frame) { return frame->leaveEditor(); });
}

void ListFrame::confirmAndRun(const QString& title, const QString& question, RegisterCommand* command)
{
    std::unique_ptr<RegisterCommand> owned(command);
    if (!Confirm::removal(this, title, question))
        return;
    session().executeOrTell(owned.release(), this, title);
}

QMenu* ListFrame::rowMenu(const QModelIndex& index)
{
    if (index.isValid() && index.row() != m_table->currentIndex().row())
        m_table->setCurrentIndex(index);
    const bool onRow = index.isValid() && m_shownId != 0 && !isCreating() && rowOfId(m_shownId) >= 0;
    auto* menu = new QMenu(this);
    menu->setObjectName(m_names.table + QStringLiteral("Menu"));
    QAction* open = menu->addAction(tr("&Öppna i formuläret"), this, &ListFrame::focusEditor);
    open->setEnabled(onRow && m_editor);
    menu->addSeparator();
    QAction* add = menu->addAction(m_addButton->text(), m_addButton, &QPushButton::click);
    add->setShortcut(QKeySequence(Qt::Key_Insert));
    add->setEnabled(m_addButton->isEnabled());
    QAction* remove = menu->addAction(m_removeButton->text(), m_removeButton, &QPushButton::click);
    remove->setShortcut(QKeySequence::Delete);
    remove->setEnabled(onRow && m_removeButton->isEnabled());
    menu->addSeparator();
    QAction* copy = menu->addAction(tr("&Kopiera raden"), this, &ListFrame::copyRow);
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(onRow);
    menu->addAction(tr("&Exportera listan…"), this, &ListFrame::exportRows);
    return menu;
}

void ListFrame::copyRow()
{
    const int row = m_shownId ? rowOfId(m_shownId) : -1;
    if (row >= 0)
        QGuiApplication::clipboard()->setText(ListExport::rowCells(*m_table, row).join(QLatin1Char('\t')));
}

void ListFrame::focusEditor()
{
    if (!m_editor)
        return;
    // The first field in Tab order, as a person pressing Tab into the form would reach it.
    for (QWidget* field = m_editor->nextInFocusChain(); field && field != m_editor;
         field = field->nextInFocusChain())
        if (m_editor->isAncestorOf(field) && (field->focusPolicy() & Qt::TabFocus) &&
            field->isVisibleTo(m_editor) && field->isEnabled()) {
            field->setFocus(Qt::OtherFocusReason);
            return;
        }
}

QString ListFrame::exportTitle() const
{
    return m_table->accessibleName().isEmpty() ? tr("Lista") : m_table->accessibleName();
}

void ListFrame::exportRows()
{
    const QString path = ListExport::askForFile(*m_table, exportTitle());
    if (!path.isEmpty())
        exportTo(path);
}

void ListFrame::exportTo(const QString& path)
{
    ListExport::writeTo(*m_table, exportTitle(), path, m_exportButton);
}

} // namespace sakra::gui
