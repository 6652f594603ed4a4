#include "MilestoneEditor.h"

#include "Register.h"
#include "RegisterSession.h"
#include "commands/CreateEntityCommand.h"
#include "commands/UpdateEntityCommand.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace sakra::gui {

namespace {
// Item data of the level choice for "all levels".
constexpr int kAllLevels = -1;
} // namespace

MilestoneEditor::MilestoneEditor(RegisterSession& session, QWidget* parent)
    : EntityEditor(session, QStringLiteral("milestone"), parent), m_heading(new QLabel(this)),
      m_title(new QLineEdit(this)), m_level(new QComboBox(this)), m_date(new QDateEdit(this)),
      m_status(new QComboBox(this)), m_note(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("milestoneEditor"));
    m_title->setObjectName(QStringLiteral("milestoneTitleEdit"));
    m_level->setObjectName(QStringLiteral("milestoneLevelCombo"));
    m_date->setObjectName(QStringLiteral("milestoneDateEdit"));
    m_status->setObjectName(QStringLiteral("milestoneStatusCombo"));
    m_note->setObjectName(QStringLiteral("milestoneNoteEdit"));

    addTitle(m_heading);

    m_level->addItem(tr("Alla nivåer"), kAllLevels);
    for (SecurityLevel level : kStaffedLevels)
        m_level->addItem(securityLevelLabel(level), int(level));
    for (auto status : {Milestone::Status::Planned, Milestone::Status::InProgress, Milestone::Status::Done,
                        Milestone::Status::Postponed})
        m_status->addItem(Milestone::statusLabel(status), int(status));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 5 + 12);

    addField(tr("&Titel:"), m_title, QStringLiteral("title"));
    addField(tr("&Nivå:"), m_level, QStringLiteral("level"));
    addField(tr("&Måldatum:"), m_date, QStringLiteral("target_date"));
    addField(tr("&Status:"), m_status, QStringLiteral("status"));
    addField(tr("Ant&eckning:"), m_note, QStringLiteral("note"));
    extraLayout()->addStretch();

    showMilestone(0);
}

void MilestoneEditor::showMilestone(qint64 id)
{
    m_milestone = read<Milestone>(id, m_creating);
    fill(m_milestone.value_or(Milestone()));
    if (!m_milestone)
        m_heading->setText(tr("Ingen milstolpe vald"));
    setFieldsEnabled(m_milestone.has_value());
}

void MilestoneEditor::startNew()
{
    if (!beginNew(m_milestone, m_creating))
        return;
    Milestone blank;
    blank.targetDate = QDate(QDate::currentDate().year(), 12, 31);
    fill(blank);
    m_heading->setText(tr("Ny milstolpe"));
    setFieldsEnabled(true);
    m_title->setFocus(Qt::OtherFocusReason);
}

void MilestoneEditor::fill(const Milestone& m)
{
    m_heading->setText(m.title);
    m_title->setText(m.title);
    m_level->setCurrentIndex(std::max(0, m_level->findData(m.level ? int(*m.level) : kAllLevels)));
    m_date->setDate(m.targetDate.isValid() ? m.targetDate : QDate::currentDate());
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(m.status))));
    m_note->setPlainText(m.note);
}

void MilestoneEditor::applyChanges()
{
    if (!session().hasRegister() || (!m_milestone && !m_creating))
        return;
    Milestone after = m_milestone.value_or(Milestone());
    after.title = m_title->text().trimmed();
    const int level = m_level->currentData().toInt();
    after.level = level == kAllLevels ? std::nullopt : std::optional<SecurityLevel>(SecurityLevel(level));
    after.targetDate = m_date->date();
    after.status = Milestone::Status(m_status->currentData().toInt());
    after.note = m_note->toPlainText();
    commit(m_milestone, m_creating, after, tr("Ny milstolpe %1").arg(after.title),
           m_milestone ? tr("Ändra milstolpe %1").arg(m_milestone->title) : QString(), [this](qint64 id) {
               showMilestone(id);
               Q_EMIT milestoneCreated(id);
           });
}

void MilestoneEditor::revertChanges()
{
    showMilestone(m_creating ? 0 : milestoneId());
}

} // namespace sakra::gui
