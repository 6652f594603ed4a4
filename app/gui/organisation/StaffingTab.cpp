#include "StaffingTab.h"

#include "Register.h"
#include "RegisterSession.h"
#include "StaffingTableModel.h"
#include "commands/CreateEntityCommand.h"
#include "commands/UpdateEntityCommand.h"
#include "widgets/MessageLabel.h"
#include "widgets/Named.h"
#include "widgets/UnitComboBox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
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
      m_posts(named<QSpinBox>(this, "staffingPostsSpin")),
      m_setButton(named<QPushButton>(this, "staffingSetButton", tr("&Sätt antal"))),
      m_message(named<MessageLabel>(this, "staffingMessage"))
{
    watch<PlannedPost, Assignment, OrgUnit, SecurityRole>();
    setObjectName(QStringLiteral("staffingTab"));
    m_unit->setDeferred(true);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StaffingTableModel::UnitColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Bemanning per förvaltning och nivå"));

    for (SecurityLevel level : kStaffedLevels)
        m_level->addItem(securityLevelLabel(level), int(level));
    m_posts->setRange(0, 999);

    auto* planBox = new QGroupBox(tr("Planera tjänster"), this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Förvaltning/bolag:"), m_unit);
    form->addRow(tr("&Nivå:"), m_level);
    form->addRow(tr("&Planerade tjänster:"), m_posts);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_setButton);
    auto* planLayout = new QVBoxLayout(planBox);
    planLayout->addWidget(
        new QLabel(tr("Välj en rad i tabellen eller en förvaltning och nivå, och ange hur många "
                      "tjänster som är planerade."),
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
    for (const StaffingLine& line : m_model->lines()) {
        planned += line.plannedPosts * 100;
        filled += line.filledPercent;
        gaps += line.hasGap() ? 1 : 0;
    }
    m_summary->setText(tr("I dag: %1 planerade tjänster, %2 tillsatta. %3")
                           .arg(StaffingLine::postsText(planned), StaffingLine::postsText(filled),
                                gaps == 0   ? tr("Inga glapp.")
                                : gaps == 1 ? tr("1 rad har glapp (markerad med ”saknas”).")
                                            : tr("%1 rader har glapp (markerade med ”saknas”).").arg(gaps)));

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
    m_level->setCurrentIndex(std::max(0, m_level->findData(int(line->level))));
    showPlanned();
    announceSelection();
}

void StaffingTab::showPlanned()
{
    if (!session().hasRegister())
        return;
    const auto post =
        session().reg().plannedPosts().find(m_unit->unitId(), SecurityLevel(m_level->currentData().toInt()));
    m_posts->setValue(post ? post->posts : 0);
}

void StaffingTab::setPlanned()
{
    if (!session().hasRegister())
        return;
    m_message->clearMessage();
    const qint64 unitId = m_unit->unitId();
    const auto level = SecurityLevel(m_level->currentData().toInt());
    const auto existing = session().reg().plannedPosts().find(unitId, level);
    const QString text = tr("Planera %1 tjänster (%2) för %3")
                             .arg(m_posts->value())
                             .arg(securityLevelLabel(level).toLower(), m_unit->currentText());
    RegisterCommand* command = nullptr;
    if (existing) {
        if (existing->posts == m_posts->value())
            return;
        PlannedPost after = *existing;
        after.posts = m_posts->value();
        command = new UpdateEntityCommand<PlannedPost>(session(), *existing, after, text);
    } else {
        PlannedPost post;
        post.unitId = unitId;
        post.level = level;
        post.posts = m_posts->value();
        command = new CreateEntityCommand<PlannedPost>(session(), post, text);
    }
    CommandFailure failure;
    if (!session().execute(command, &failure))
        m_message->showMessage(failure.message);
}

void StaffingTab::announceSelection()
{
    const StaffingLine* line = m_model->lineAt(m_table->currentIndex().row());
    const auto post = line && session().hasRegister()
                          ? session().reg().plannedPosts().find(line->unitId, line->level)
                          : std::nullopt;
    if (post)
        session().setHistorySubject(
            &PlannedPost::spec(), post->uuid,
            tr("planerade tjänster, %1, %2").arg(line->unitName, securityLevelLabel(line->level).toLower()));
    else
        session().setHistorySubject(nullptr, QString(), QString());
}

} // namespace sakra::gui
