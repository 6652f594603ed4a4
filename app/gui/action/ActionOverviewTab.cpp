#include "ActionOverviewTab.h"

#include "ActionOverviewData.h"
#include "ActionOverviewLoader.h"
#include "ActionTableModel.h"
#include "ActionTimeline.h"
#include "BoardCostTableModel.h"
#include "DepartmentStatusTableModel.h"
#include "Register.h"
#include "RegisterSession.h"
#include "widgets/Named.h"
#include "widgets/Scrollable.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace sakra::gui {

namespace {
void setUpTable(QTableView* table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
}
} // namespace

ActionOverviewTab::ActionOverviewTab(RegisterSession& session, QWidget* parent)
    : SessionTab(session, parent), m_overdue(new ActionTableModel(this)),
      m_dueSoon(new ActionTableModel(this)), m_cost(new BoardCostTableModel(this)),
      m_status(new DepartmentStatusTableModel(this)), m_timeline(new ActionTimeline(this)),
      m_overdueBox(named<QGroupBox>(this, "actionOverdueBox")),
      m_dueSoonBox(named<QGroupBox>(this, "actionDueSoonBox")),
      m_timelineNote(named<QLabel>(this, "actionTimelineNote")),
      m_busy(named<QLabel>(this, "actionOverviewBusyLabel")),
      m_costTable(named<QTableView>(this, "actionCostTable")),
      m_statusTable(named<QTableView>(this, "actionStatusTable")),
      m_overdueButton(named<QPushButton>(this, "actionOverdueListButton", tr("Visa alla i listan"))),
      m_dueSoonButton(named<QPushButton>(this, "actionDueSoonListButton", tr("Visa alla i listan"))),
      m_loader(new ActionOverviewLoader)
{
    watch<Action, ActionNote, ActionKind, OrgUnit, Person, BudgetLine>();
    setObjectName(QStringLiteral("actionOverviewTab"));
    m_busy->setText(tr("Räknar fram översikten …"));
    m_busy->hide();

    // One page that scrolls as a whole: every part gets the height its rows need instead of
    // sharing the window's height, which left each too small to read.
    auto* page = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->addWidget(m_busy);

    m_overdueButton->setToolTip(tr("Åtgärdslistan med bara de försenade"));
    m_dueSoonButton->setToolTip(
        tr("Åtgärdslistan med bara de som förfaller inom %1 dagar").arg(ActionOverviewData::kSoonDays));
    auto* overdueLayout = new QVBoxLayout(m_overdueBox);
    overdueLayout->addWidget(makeActionTable(m_overdue, QStringLiteral("actionOverdueTable")));
    overdueLayout->addWidget(m_overdueButton, 0, Qt::AlignRight);
    auto* dueSoonLayout = new QVBoxLayout(m_dueSoonBox);
    dueSoonLayout->addWidget(makeActionTable(m_dueSoon, QStringLiteral("actionDueSoonTable")));
    dueSoonLayout->addWidget(m_dueSoonButton, 0, Qt::AlignRight);
    auto* lists = new QHBoxLayout;
    lists->addWidget(m_overdueBox);
    lists->addWidget(m_dueSoonBox);
    pageLayout->addLayout(lists);

    m_costTable->setAccessibleName(tr("Kostnad per nämnd och år"));
    setUpTable(m_costTable);
    m_costTable->setModel(m_cost);
    m_costTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_costTable->horizontalHeader()->setSectionResizeMode(BoardCostTableModel::BoardColumn,
                                                          QHeaderView::Stretch);
    m_costTable->horizontalHeader()->setStretchLastSection(false);
    auto* costBox = new QGroupBox(tr("Kostnad per nämnd och år mot budgetramen"), page);
    auto* costLayout = new QVBoxLayout(costBox);
    costLayout->addWidget(m_costTable);
    auto* costNote =
        new QLabel(tr("Kvar av budget: budgeten minus de beräknade kostnader som ska rymmas i den; åtgärder "
                      "som kräver nya pengar räknas inte av. Avbrutna åtgärder räknas inte. Året är "
                      "slutdatumets, annars startdatumets."),
                   costBox);
    costNote->setWordWrap(true);
    costLayout->addWidget(costNote);
    pageLayout->addWidget(costBox);

    m_statusTable->setAccessibleName(tr("Åtgärder per status och avdelning"));
    setUpTable(m_statusTable);
    m_statusTable->setModel(m_status);
    m_statusTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_statusTable->horizontalHeader()->setSectionResizeMode(DepartmentStatusTableModel::DepartmentColumn,
                                                            QHeaderView::Stretch);
    m_statusTable->horizontalHeader()->setStretchLastSection(false);
    auto* statusBox = new QGroupBox(tr("Åtgärder per status och avdelning"), page);
    auto* statusLayout = new QVBoxLayout(statusBox);
    statusLayout->addWidget(m_statusTable);
    pageLayout->addWidget(statusBox);

    m_timelineNote->setWordWrap(true);
    m_timelineNote->setTextFormat(Qt::PlainText);
    auto* legend =
        new QLabel(tr("Stapeln går från start till slutdatum; ◆ = bara slutdatum. ✓ = genomförd den dagen. "
                      "Röd stapel med streckat fält och ! = försenad; fältet visar tiden efter slutdatum. "
                      "Den streckade lodräta linjen är i dag. Dubbelklicka eller tryck Retur för att öppna "
                      "åtgärden."),
                   page);
    legend->setWordWrap(true);
    auto* timelineBox = new QGroupBox(tr("Tidslinje"), page);
    auto* timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->addWidget(m_timelineNote);
    timelineLayout->addWidget(legend);
    timelineLayout->addWidget(m_timeline);
    pageLayout->addWidget(timelineBox);
    pageLayout->addStretch();

    QScrollArea* scroll = scrollable(page, this);
    scroll->setObjectName(QStringLiteral("actionOverviewScroll"));
    fillWith(*this, scroll);

    connect(m_timeline, &ActionTimeline::actionActivated, this, &ActionOverviewTab::actionActivated);
    connect(m_overdueButton, &QPushButton::clicked, this, &ActionOverviewTab::overdueListRequested);
    connect(m_dueSoonButton, &QPushButton::clicked, this, &ActionOverviewTab::dueSoonListRequested);

    qRegisterMetaType<std::shared_ptr<const ActionOverviewData>>();
    m_thread.setObjectName(QStringLiteral("actionOverview"));
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &ActionOverviewLoader::loaded, this, &ActionOverviewTab::onLoaded);
    connect(m_loader, &ActionOverviewLoader::failed, this, &ActionOverviewTab::onFailed);
    m_thread.start();
    // Another file (or none): let go of the old one at once, not when the overview is next shown,
    // so it is not held open (on Windows that would keep it from being moved or removed). When the
    // overview is on screen it has asked for the new file already, which lets go of the old one.
    connect(&session, &RegisterSession::registerOpened, this, [this] {
        if (m_pending == 0)
            QMetaObject::invokeMethod(
                m_loader, [loader = m_loader] { loader->close(); }, Qt::QueuedConnection);
    });
}

ActionOverviewTab::~ActionOverviewTab()
{
    // The loader's connection belongs to its thread and is closed there, after any read under way.
    QMetaObject::invokeMethod(
        m_loader, [loader = m_loader] { loader->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ActionOverviewTab::announceSelection()
{
    // Nothing here is one row to show the history of.
    if (isVisible())
        session().setHistorySubject(nullptr, QString(), QString());
}

void ActionOverviewTab::fitHeight(QTableView* table, int rows)
{
    const int shown = std::clamp(rows, 2, kMaxTableRows);
    const int height = table->horizontalHeader()->sizeHint().height() +
                       shown * table->verticalHeader()->defaultSectionSize() +
                       table->horizontalScrollBar()->sizeHint().height() + 2 * table->frameWidth() + 2;
    table->setFixedHeight(height);
}

QTableView* ActionOverviewTab::makeActionTable(ActionTableModel* model, const QString& name)
{
    auto* table = new QTableView(this);
    table->setObjectName(name);
    setUpTable(table);
    table->setModel(model);
    table->setToolTip(tr("Dubbelklicka eller tryck Retur för att öppna åtgärden"));
    for (int column : {int(ActionTableModel::StatusColumn), int(ActionTableModel::KindColumn),
                       int(ActionTableModel::CostColumn)})
        table->setColumnHidden(column, true);
    table->setColumnHidden(ActionTableModel::LatestNoteColumn, true);
    fitHeight(table, kMaxTableRows);
    table->setColumnWidth(ActionTableModel::TitleColumn, 220);
    table->setColumnWidth(ActionTableModel::DueColumn, 90);
    table->setColumnWidth(ActionTableModel::UnitColumn, 150);
    table->setColumnWidth(ActionTableModel::ResponsibleColumn, 120);
    connect(table, &QTableView::activated, this, [this, model](const QModelIndex& index) {
        if (const ActionRow* row = model->rowAt(index.row()))
            Q_EMIT actionActivated(row->action.id);
    });
    return table;
}

void ActionOverviewTab::reload()
{
    const quint64 generation = ++m_generation;
    if (!session().hasRegister()) {
        m_pending = 0;
        m_busy->hide();
        QMetaObject::invokeMethod(
            m_loader, [loader = m_loader] { loader->close(); }, Qt::QueuedConnection);
        ActionOverviewData none;
        none.today = QDate::currentDate();
        display(none);
        return;
    }
    m_pending = generation;
    m_busy->show();
    const RegisterSource source = session().reg().source();
    const qint64 scope = session().scopeUnitId();
    const QDate today = QDate::currentDate();
    QMetaObject::invokeMethod(
        m_loader,
        [loader = m_loader, generation, source, scope, today] {
            loader->load(generation, source, scope, today);
        },
        Qt::QueuedConnection);
}

void ActionOverviewTab::onLoaded(quint64 generation, std::shared_ptr<const ActionOverviewData> data)
{
    // An answer to an earlier question (another scope, before an edit) is dropped.
    if (generation != m_pending || !data)
        return;
    m_pending = 0;
    m_busy->hide();
    display(*data);
    Q_EMIT loaded();
}

void ActionOverviewTab::onFailed(quint64 generation, const QString& message)
{
    if (generation != m_pending)
        return;
    m_pending = 0;
    m_busy->setText(tr("Översikten kunde inte läsas: %1").arg(message));
    m_busy->show();
}

void ActionOverviewTab::display(const ActionOverviewData& data)
{
    const QLocale locale;
    m_overdue->setRows(data.overdue, data.overdueTotal);
    m_dueSoon->setRows(data.dueSoon, data.dueSoonTotal);
    m_overdueBox->setTitle(tr("Försenade (%1)").arg(locale.toString(data.overdueTotal)));
    m_dueSoonBox->setTitle(tr("Förfaller inom %1 dagar (%2)")
                               .arg(ActionOverviewData::kSoonDays)
                               .arg(locale.toString(data.dueSoonTotal)));
    m_overdueButton->setVisible(data.overdueTotal > 0);
    m_dueSoonButton->setVisible(data.dueSoonTotal > 0);
    if (data.overdueTotal > qint64(data.overdue.size()))
        m_overdueButton->setText(tr("Visa alla %1 i listan").arg(locale.toString(data.overdueTotal)));
    else
        m_overdueButton->setText(tr("Visa i listan"));
    if (data.dueSoonTotal > qint64(data.dueSoon.size()))
        m_dueSoonButton->setText(tr("Visa alla %1 i listan").arg(locale.toString(data.dueSoonTotal)));
    else
        m_dueSoonButton->setText(tr("Visa i listan"));

    m_cost->setRows(data.cost);
    m_status->setRows(data.status);
    fitHeight(m_costTable, m_cost->rowCount());
    fitHeight(m_statusTable, m_status->rowCount());
    // This year's rows first in view; earlier years are a scroll away.
    const int year = data.today.year();
    for (int row = 0; row < m_cost->rowCount(); ++row)
        if (m_cost->rowAt(row)->year >= year) {
            m_costTable->scrollTo(m_cost->index(row, 0), QAbstractItemView::PositionAtTop);
            break;
        }

    const qint64 shown = qint64(data.timeline.size());
    if (data.timelineTotal > shown)
        m_timelineNote->setText(
            tr("Visar de %1 åtgärder vars slutdatum ligger närmast i dag, av %2 försenade, kommande "
               "och genomförda med slutdatum. Välj en mindre del av organisationen för att se dem alla.")
                .arg(locale.toString(shown), locale.toString(data.timelineTotal)));
    else
        m_timelineNote->setText(tr("Alla %1 försenade, kommande och genomförda åtgärder med slutdatum.")
                                    .arg(locale.toString(shown)));
    m_timeline->setEntries(data.timeline, data.today);
}

} // namespace sakra::gui
