#include "MilestoneEditor.h"

namespace sakra::gui {

namespace {
// Item data of the level choice for "all levels".
constexpr int kAllLevels = -1;
} // namespace

MilestoneEditor::MilestoneEditor(RegisterSession& session, QWidget* parent)
    : EntityForm(session, QStringLiteral("milestone"), parent), m_title(new QLineEdit(this)),
      m_level(new QComboBox(this)), m_date(new QDateEdit(this)), m_status(new QComboBox(this)),
      m_note(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("milestoneEditor"));
    m_title->setObjectName(QStringLiteral("milestoneTitleEdit"));
    m_level->setObjectName(QStringLiteral("milestoneLevelCombo"));
    m_date->setObjectName(QStringLiteral("milestoneDateEdit"));
    m_status->setObjectName(QStringLiteral("milestoneStatusCombo"));
    m_note->setObjectName(QStringLiteral("milestoneNoteEdit"));

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

MilestoneEditor::RemovalTexts MilestoneEditor::removalTexts(const Milestone& m) const
{
    return {tr("Ta bort milstolpe"), tr("Ta bort milstolpen %1? Det går att ångra.").arg(m.title),
            tr("Ta bort milstolpe %1").arg(m.title)};
}

} // namespace sakra::gui
