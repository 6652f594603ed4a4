#include "ListEditorTab.h"

#include "Confirm.h"
#include "RegisterSession.h"
#include "commands/RegisterCommand.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace sakra::gui {

ListEditorTab::ListEditorTab(RegisterSession& session, const QString& prefix, QWidget* parent)
    : SessionTab(session, parent), m_prefix(prefix), m_tools(new QHBoxLayout), m_table(new QTableView(this))
{
    m_table->setObjectName(prefix + QStringLiteral("Table"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setTabKeyNavigation(false);
}

void ListEditorTab::setUp(QAbstractItemModel* model, QWidget* editor, const QString& addText, const QString& removeText)
{
    m_table->setModel(model);
    QString capitalised = m_prefix;
    capitalised[0] = capitalised[0].toUpper();
    m_addButton = new QPushButton(addText, this);
    m_addButton->setObjectName(QStringLiteral("add") + capitalised + QStringLiteral("Button"));
    m_addButton->setToolTip(tr("Lägg till (Insert i listan, Alt+Insert var som helst i fliken)"));
    m_removeButton = new QPushButton(removeText, this);
    m_removeButton->setObjectName(QStringLiteral("remove") + capitalised + QStringLiteral("Button"));
    m_removeButton->setToolTip(tr("Ta bort den valda raden (Delete i listan); kan ångras"));
    m_removeButton->setEnabled(false);

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

    m_tools->addWidget(m_addButton);
    m_tools->addWidget(m_removeButton);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(m_tools);
    leftLayout->addWidget(m_table, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(340);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ListEditorTab::onCurrentChanged);
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_removeButton->setEnabled(false); });
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        m_table->clearSelection();
        m_table->setCurrentIndex(QModelIndex());
        m_removeButton->setEnabled(false);
        m_shownId = 0;
        startNew();
    });
    connect(addAction, &QAction::triggered, m_addButton, &QPushButton::click);
    connect(addAnywhere, &QAction::triggered, m_addButton, &QPushButton::click);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentId())
            removeItem(id);
    });
    connect(removeAction, &QAction::triggered, m_removeButton, &QPushButton::click);
}

qint64 ListEditorTab::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? idAtRow(current.row()) : 0;
}

void ListEditorTab::selectId(qint64 id)
{
    const int row = id ? rowOfId(id) : -1;
    if (row >= 0) {
        const QModelIndex index = m_table->model()->index(row, 0);
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    } else {
        m_table->setCurrentIndex(QModelIndex());
    }
    m_removeButton->setEnabled(row >= 0);
    m_shownId = id;
    showItem(id);
}

void ListEditorTab::onCurrentChanged()
{
    const qint64 id = currentId();
    m_removeButton->setEnabled(id != 0);
    if (id == 0 || id == m_shownId)
        return;
    m_shownId = id;
    showItem(id);
    announceSelection();
}

void ListEditorTab::confirmAndRun(const QString& title, const QString& question, RegisterCommand* command)
{
    std::unique_ptr<RegisterCommand> owned(command);
    if (!Confirm::removal(this, title, question))
        return;
    CommandFailure failure;
    if (!session().execute(owned.release(), &failure))
        QMessageBox::information(this, title, failure.message);
}

} // namespace sakra::gui
