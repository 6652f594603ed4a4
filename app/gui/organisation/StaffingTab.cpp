#include "StaffingTab.h"

#include "Register.h"
#include "RegisterSession.h"
#include "StaffingTableModel.h"
#include "commands/CreateEntityCommand.h"
#include "commands/UpdateEntityCommand.h"
#include "widgets/Formatting.h"
#include "widgets/MessageLabel.h"
#include "widgets/Named.h"
#include "widgets/UnitComboBox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace sakra::gui {

StaffingTab::StaffingTab(RegisterSession& session, QWidget* parent)
    : SessionTab(session, parent), m_model(new StaffingTableModel(this)),
      m_table(named<QTableView>(this, "staffingTable")), m_summary(named<QLabel>(this, "staffingSummary")),
      m_unit(named<UnitComboBox>(this, "staffingUnitCombo")),
      m_level(named<QComboBox>(this, "staffingLevelCombo")),
      m_title(named<QLineEdit>(this, "staffingTitleEdit")),
      m_payer(named<QComboBox>(this, "staffingPayerCombo")),
      m_posts(named<QSpinBox>(this, "staffingPostsSpin")), m_cost(named<QSpinBox>(this, "staffingCostSpin")),
      m_setButton(named<QPushButton>(this, "staffingSetButton", tr("&Sätt antal"))),
      m_message(named<MessageLabel>(this, "staffingMessage"))
{
    watch<PlannedPost, Assignment, OrgUnit, SecurityRole, UnitBoard>();
    setObjectName(QStringLiteral("staffingTab"));
    m_unit->setDeferred(true);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    // The names get a fair width (cut short with an ellipsis; the whole name is in the editor),
    // the figures what they need, and the boards reported to the rest.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column : {int(StaffingTableModel::UnitColumn), int(StaffingTableModel::LevelColumn)}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, 210);
    }
    header->setSectionResizeMode(StaffingTableModel::BoardColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Bemanning per förvaltning och nivå"));

    for (SecurityLevel level : kStaffedLevels)
        m_level->addItem(kSecurityLevels.label(level), int(level));
    m_level->addItem(tr("Närliggande roll (utanför nivåerna)"), int(SecurityLevel::Related));
    m_title->setMaxLength(200);
    m_title->setPlaceholderText(tr("t.ex. Handläggare bakgrundskontroll"));
    m_posts->setRange(0, 999);
    // The lowest value says that nobody has costed the posts: not the same as 0 kr.
    m_cost->setRange(-1, 100'000'000);
    m_cost->setSingleStep(10'000);
    m_cost->setSpecialValueText(tr("ej kostnadsberäknad"));
    m_cost->setSuffix(tr(" kr"));
    m_cost->setGroupSeparatorShown(true);
    m_cost->setValue(-1);

    auto* planBox = new QGroupBox(tr("Planera tjänster"), this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Förvaltning/bolag:"), m_unit);
    form->addRow(tr("&Nivå:"), m_level);
    form->addRow(tr("&Tjänst:"), m_title);
    form->addRow(tr("&Betalas av:"), m_payer);
    form->addRow(tr("&Planerade tjänster:"), m_posts);
    form->addRow(tr("&Kostnad per tjänst och år:"), m_cost);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_setButton);
    auto* planLayout = new QVBoxLayout(planBox);
    planLayout->addWidget(
        new QLabel(tr("Välj en rad i tabellen eller en förvaltning och nivå, och ange hur många "
                      "tjänster som är planerade och vad var och en kostar om året. Tjänster som en "
                      "annan nämnd betalar, och tjänster utanför de tre nivåerna, får egna rader."),
                   planBox));
    planLayout->itemAt(0)->widget()->setProperty("wordWrap", true);
    planLayout->addLayout(form);
    planLayout->addWidget(m_message);
    planLayout->addLayout(buttons);
    planLayout->addStretch();
    planBox->setMaximumWidth(420);

    auto* left = new QVBoxLayout;
    left->addWidget(m_summary);
    left->addWidget(m_table, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(planBox);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StaffingTab::onCurrentChanged);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &StaffingTab::showPlanned);
    connect(m_level, &QComboBox::currentIndexChanged, this, &StaffingTab::showPlanned);
    connect(m_payer, &QComboBox::currentIndexChanged, this, &StaffingTab::showPlanned);
    connect(m_title, &QLineEdit::editingFinished, this, &StaffingTab::showPlanned);
    connect(m_setButton, &QPushButton::clicked, this, &StaffingTab::setPlanned);
}

void StaffingTab::reload()
{
    m_message->clearMessage();
    if (!session().hasRegister()) {
        m_model->setLines({});
        m_summary->clear();
        return;
    }
    Register& reg = session().reg();
    const int row = m_table->currentIndex().row();
    m_model->setLines(reg.staffing().overview(QDate::currentDate(), session().scopeUnitId()));
    if (row >= 0 && row < m_model->rowCount())
        m_table->setCurrentIndex(m_model->index(row, 0));

    int planned = 0;
    int filled = 0;
    int gaps = 0;
    qint64 cost = 0;
    int notCosted = 0;
    for (const StaffingLine& line : m_model->lines()) {
        planned += line.plannedPosts * 100;
        filled += line.filledPercent;
        gaps += line.hasGap() ? 1 : 0;
        cost += line.totalCostKr();
        notCosted += line.isCosted() ? 0 : line.plannedPosts;
    }
    QString costs = tr("Tjänsternas kostnad: %1 per år.").arg(Formatting::kronor(cost));
    if (notCosted > 0)
        costs += QLatin1Char(' ') + tr("Ej kostnadsberäknade tjänster: %1.").arg(notCosted);
    m_summary->setText(tr("I dag: %1 planerade tjänster, %2 tillsatta. %3 %4")
                           .arg(StaffingLine::postsText(planned), StaffingLine::postsText(filled),
                                gaps == 0   ? tr("Inga glapp.")
                                : gaps == 1 ? tr("1 rad har glapp (markerad med ”saknas”).")
                                            : tr("%1 rader har glapp (markerade med ”saknas”).").arg(gaps),
                                costs));

    const qint64 payer = m_payer->currentData().toLongLong();
    m_payer->blockSignals(true);
    m_payer->clear();
    m_payer->addItem(tr("(förvaltningens egen nämnd)"), 0);
    for (const OrgUnit& board : reg.units().ofKinds({UnitKind::Board}))
        m_payer->addItem(board.name, board.id);
    m_payer->setCurrentIndex(std::max(0, m_payer->findData(payer)));
    m_payer->blockSignals(false);

    const qint64 unit = m_unit->unitId();
    m_unit->load(reg, {UnitKind::Administration, UnitKind::Company});
    m_unit->setUnitId(unit);
    showPlanned();
}

void StaffingTab::onCurrentChanged()
{
    const StaffingLine* line = m_model->lineAt(m_table->currentIndex().row());
    if (!line)
        return;
    m_unit->setUnitId(line->unitId);
    m_level->blockSignals(true);
    m_payer->blockSignals(true);
    m_level->setCurrentIndex(std::max(0, m_level->findData(int(line->level))));
    m_payer->setCurrentIndex(std::max(0, m_payer->findData(line->payingBoardId)));
    m_level->blockSignals(false);
    m_payer->blockSignals(false);
    m_title->setText(line->title);
    showPlanned();
    announceSelection();
}

SecurityLevel StaffingTab::level() const
{
    return SecurityLevel(m_level->currentData().toInt());
}

void StaffingTab::showPlanned()
{
    const bool related = level() == SecurityLevel::Related;
    m_title->setEnabled(related);
    if (!related)
        m_title->clear();
    if (!session().hasRegister())
        return;
    const auto post = session().reg().plannedPosts().find(m_unit->unitId(), level(), m_title->text(),
                                                          m_payer->currentData().toLongLong());
    m_posts->setValue(post ? post->posts : 0);
    m_cost->setValue(post ? post->yearlyCostKr : PlannedPost::kNotCosted);
}

void StaffingTab::setPlanned()
{
    if (!session().hasRegister())
        return;
    m_message->clearMessage();
    const qint64 unitId = m_unit->unitId();
    const qint64 payer = m_payer->currentData().toLongLong();
    const QString title = m_title->text().trimmed();
    const auto existing = session().reg().plannedPosts().find(unitId, level(), title, payer);
    const QString text =
        tr("Planera %1 tjänster (%2) för %3")
            .arg(m_posts->value())
            .arg(title.isEmpty() ? kSecurityLevels.label(level()).toLower() : title, m_unit->currentText());
    RegisterCommand* command = nullptr;
    if (existing) {
        if (existing->posts == m_posts->value() && existing->yearlyCostKr == m_cost->value())
            return;
        PlannedPost after = *existing;
        after.posts = m_posts->value();
        after.yearlyCostKr = m_cost->value();
        command = new UpdateEntityCommand<PlannedPost>(session(), *existing, after, text);
    } else {
        PlannedPost post;
        post.unitId = unitId;
        post.level = level();
        post.title = title;
        post.boardId = payer;
        post.posts = m_posts->value();
        post.yearlyCostKr = m_cost->value();
        command = new CreateEntityCommand<PlannedPost>(session(), post, text);
    }
    CommandFailure failure;
    if (!session().execute(command, &failure))
        m_message->showMessage(failure.message);
}

void StaffingTab::announceSelection()
{
    const StaffingLine* line = m_model->lineAt(m_table->currentIndex().row());
    const auto post =
        line && session().hasRegister()
            ? session().reg().plannedPosts().find(line->unitId, line->level, line->title, line->payingBoardId)
            : std::nullopt;
    if (post)
        session().setHistorySubject(
            &PlannedPost::spec(), post->uuid,
            tr("planerade tjänster, %1, %2").arg(line->unitName, line->postText().toLower()));
    else
        session().setHistorySubject(nullptr, QString(), QString());
}

} // namespace sakra::gui
