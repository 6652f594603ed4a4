#include "AssessmentArea.h"

#include "AssessmentDetailPanel.h"
#include "AssessmentTableModel.h"
#include "Register.h"
#include "RegisterSession.h"
#include "assessment/AssessmentRollUp.h"
#include "widgets/Formatting.h"
#include "widgets/FrozenFirstColumn.h"
#include "widgets/Named.h"
#include "widgets/Scrollable.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace sakra::gui {

AssessmentArea::AssessmentArea(RegisterSession& session, QWidget* parent)
    : SessionTab(session, parent), m_model(new AssessmentTableModel(this)),
      m_level(named<QComboBox>(this, "assessmentLevelCombo")),
      m_asOf(named<QDateEdit>(this, "assessmentAsOfEdit")),
      m_summary(named<QLabel>(this, "assessmentSummaryLabel")),
      m_table(named<QTableView>(this, "assessmentTable")), m_detail(new AssessmentDetailPanel(session, this))
{
    setObjectName(QStringLiteral("assessmentPage"));
    m_level->addItem(tr("Nämnder"), int(AssessmentTableModel::Level::Boards));
    m_level->addItem(tr("Förvaltningar och bolag"), int(AssessmentTableModel::Level::Administrations));
    m_level->addItem(tr("Enheter"), int(AssessmentTableModel::Level::Units));
    m_level->addItem(tr("Kommunen som helhet"), int(AssessmentTableModel::Level::Municipality));
    // As of a day: what was recorded as true then (an audit's or a board document's date).
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setDate(QDate::currentDate());
    m_asOf->setMaximumDate(QDate::currentDate());
    m_asOf->setAccessibleName(tr("Egenkontroll per datum"));
    m_asOf->setToolTip(tr("Svaren räknas fram ur det som var registrerat som sant den dagen: händelser, "
                          "översyner, tester och utbildningar efter den räknas inte."));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Egenkontroll"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setDefaultSectionSize(104);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_table->horizontalHeader()->setFixedHeight(m_table->fontMetrics().height() * 2 + 12);
    m_table->setColumnWidth(AssessmentTableModel::NameColumn, 210);
    new FrozenFirstColumn(m_table); // the unit's name stays when the questions scroll sideways

    auto* levelLabel = new QLabel(tr("&Visa per:"), this);
    levelLabel->setBuddy(m_level);
    auto* top = new QHBoxLayout;
    top->addWidget(levelLabel);
    top->addWidget(m_level);
    auto* asOfLabel = new QLabel(tr("Per &datum:"), this);
    asOfLabel->setBuddy(m_asOf);
    top->addSpacing(12);
    top->addWidget(asOfLabel);
    top->addWidget(m_asOf);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(top);
    auto* legend =
        new QLabel(tr("Svaren räknas fram ur registret (ja, i huvudsak, delvis, nej). Ett ändrat svar är "
                      "markerat \"(ändrat)\" och har en skriven motivering."),
                   this);
    legend->setWordWrap(true);
    leftLayout->addWidget(legend);
    leftLayout->addWidget(m_table, 1);

    QScrollArea* scroll = scrollable(m_detail, this);
    scroll->setMinimumWidth(340);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1100, 420});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setLevel(AssessmentTableModel::Level(m_level->currentData().toInt()));
        m_table->setColumnWidth(AssessmentTableModel::NameColumn, 210);
        reselect();
    });
    connect(m_asOf, &QDateEdit::dateChanged, this, [this] { reload(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AssessmentArea::onCurrentChanged);
}

void AssessmentArea::reload()
{
    if (!session().hasRegister()) {
        m_model->setAssessment(Assessment());
        m_summary->clear();
        m_detail->showAnswer(0, QString(), nullptr);
        return;
    }
    try {
        const QDate today = QDate::currentDate();
        m_asOf->setMaximumDate(today);
        const QDate asOf = std::min(m_asOf->date(), today);
        Register& reg = session().reg();
        Assessment assessment = reg.assessment().assess(session().scopeUnitId(), asOf);
        std::optional<GroupAssessment> municipality =
            AssessmentRollUp::municipality(reg.database(), assessment);
        m_model->setAssessment(std::move(assessment), std::move(municipality));
        const Assessment& a = m_model->assessment();
        m_summary->setText(tr("%1 enheter bedömda per %2.").arg(a.units.size()).arg(Formatting::date(asOf)));
    } catch (const Error& e) {
        m_model->setAssessment(Assessment());
        m_summary->setText(tr("Egenkontrollen kunde inte räknas fram: %1").arg(e.message()));
    }
    m_table->setColumnWidth(AssessmentTableModel::NameColumn, 210);
    reselect();
}

void AssessmentArea::reselect()
{
    const int row = m_model->rowOf(m_unitId);
    const int column = AssessmentTableModel::columnOf(m_question);
    if (row >= 0 && column > 0) {
        const QModelIndex index = m_model->index(row, column);
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
        m_detail->showAnswer(m_unitId, m_model->nameAt(row), m_model->answerAt(index));
    } else {
        m_table->clearSelection();
        m_detail->showAnswer(0, QString(), nullptr);
    }
}

void AssessmentArea::onCurrentChanged()
{
    const QModelIndex index = m_table->currentIndex();
    const QuestionAnswer* answer = m_model->answerAt(index);
    if (!answer) {
        // The name column: its first question.
        if (index.isValid() && index.column() == AssessmentTableModel::NameColumn &&
            m_model->columnCount() > 1) {
            m_table->setCurrentIndex(m_model->index(index.row(), 1));
        }
        return;
    }
    m_unitId = m_model->unitIdAt(index.row());
    m_question = answer->question;
    m_detail->showAnswer(m_unitId, m_model->nameAt(index.row()), answer);
}

void AssessmentArea::announceSelection()
{
    m_detail->announce();
}

} // namespace sakra::gui
