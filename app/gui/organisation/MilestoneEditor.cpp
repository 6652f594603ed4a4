#include "MilestoneEditor.h"

#include "widgets/Named.h"

namespace sakra::gui {

namespace {
// Item data of the level choice for "all levels".
constexpr int kAllLevels = -1;
} // namespace

MilestoneEditor::MilestoneEditor(RegisterSession& session, QWidget* parent)
    : EntityForm(session, QStringLiteral("milestone"), parent), m_level(makeField<QComboBox>("LevelCombo"))
{
    setObjectName(QStringLiteral("milestoneEditor"));
    setWords({tr("Ingen milstolpe vald"), tr("Ny milstolpe"), tr("Ny milstolpe %1"), tr("Ändra milstolpe %1"),
              tr("Ta bort milstolpe"), tr("Ta bort milstolpen %1? Det går att ångra."),
              tr("Ta bort milstolpe %1")});

    m_level->addItem(tr("Alla nivåer"), kAllLevels);
    for (SecurityLevel level : kStaffedLevels)
        m_level->addItem(kSecurityLevels.label(level), int(level));

    field<QLineEdit>(tr("&Titel:"), "TitleEdit", QStringLiteral("title"), &Milestone::title);
    addField(tr("&Nivå:"), m_level, QStringLiteral("level"));
    bind(
        m_level, [this](const Milestone& m) { selectData(m_level, m.level ? int(*m.level) : kAllLevels); },
        [this](Milestone& m) {
            const int level = m_level->currentData().toInt();
            m.level = level == kAllLevels ? std::nullopt : std::optional<SecurityLevel>(SecurityLevel(level));
        });
    field<QDateEdit>(tr("&Måldatum:"), "DateEdit", QStringLiteral("target_date"), &Milestone::targetDate);
    auto* status =
        field<QComboBox>(tr("&Status:"), "StatusCombo", QStringLiteral("status"), &Milestone::status);
    for (auto value : {Milestone::Status::Planned, Milestone::Status::InProgress, Milestone::Status::Done,
                       Milestone::Status::Postponed})
        status->addItem(Milestone::kStatuses.label(value), int(value));
    field<QPlainTextEdit>(tr("Ant&eckning:"), "NoteEdit", QStringLiteral("note"), &Milestone::note)
        ->setFixedHeight(fontMetrics().lineSpacing() * 5 + 12);
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
