#include "MilestoneEditor.h"

#include "widgets/Named.h"

namespace sakra::gui {

namespace {
// Item data of the level choice for "all levels".
constexpr int kAllLevels = -1;
} // namespace

MilestoneEditor::MilestoneEditor(RegisterSession& session, QWidget* parent)
    : EntityForm(session, QStringLiteral("milestone"), parent),
      m_title(named<QLineEdit>(this, "milestoneTitleEdit")),
      m_level(named<QComboBox>(this, "milestoneLevelCombo")),
      m_date(named<QDateEdit>(this, "milestoneDateEdit")),
      m_status(named<QComboBox>(this, "milestoneStatusCombo")),
      m_note(named<QPlainTextEdit>(this, "milestoneNoteEdit"))
{
    setObjectName(QStringLiteral("milestoneEditor"));
    setWords({tr("Ingen milstolpe vald"), tr("Ny milstolpe"), tr("Ny milstolpe %1"), tr("Ändra milstolpe %1"),
              tr("Ta bort milstolpe"), tr("Ta bort milstolpen %1? Det går att ångra."),
              tr("Ta bort milstolpe %1")});

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

    addField(tr("&Titel:"), m_title, QStringLiteral("title"), &Milestone::title);
    addField(tr("&Nivå:"), m_level, QStringLiteral("level"));
    bind(
        m_level, [this](const Milestone& m) { selectData(m_level, m.level ? int(*m.level) : kAllLevels); },
        [this](Milestone& m) {
            const int level = m_level->currentData().toInt();
            m.level = level == kAllLevels ? std::nullopt : std::optional<SecurityLevel>(SecurityLevel(level));
        });
    addField(tr("&Måldatum:"), m_date, QStringLiteral("target_date"), &Milestone::targetDate);
    addField(tr("&Status:"), m_status, QStringLiteral("status"), &Milestone::status);
    addField(tr("Ant&eckning:"), m_note, QStringLiteral("note"), &Milestone::note);
    extraLayout()->addStretch();

    showRecord(0);
}

Milestone MilestoneEditor::blank(qint64) const
{
    Milestone blank;
    blank.targetDate = QDate(QDate::currentDate().year(), 12, 31);
    return blank;
}

} // namespace sakra::gui
