#include "BudgetEditor.h"

#include "Register.h"
#include "widgets/Formatting.h"
#include "widgets/Named.h"

#include <QLocale>

namespace sakra::gui {

BudgetEditor::BudgetEditor(RegisterSession& session, QWidget* parent)
    : EntityForm(session, QStringLiteral("budget"), parent),
      m_board(named<QComboBox>(this, "budgetBoardCombo")), m_year(named<QSpinBox>(this, "budgetYearSpin")),
      m_amount(named<QLineEdit>(this, "budgetAmountEdit")), m_note(named<QLineEdit>(this, "budgetNoteEdit"))
{
    setObjectName(QStringLiteral("budgetEditor"));
    setWords({tr("Ingen budgetrad vald"), tr("Ny budgetrad"), tr("Ny budgetram för %1"),
              tr("Ändra budgetram för %1"), tr("Ta bort budgetram"),
              tr("Ta bort budgetramen för %1? Det går att ångra."), tr("Ta bort budgetram %1")});

    m_year->setRange(1900, 2200);
    m_year->setGroupSeparatorShown(false);
    m_amount->setPlaceholderText(tr("t.ex. 1 500 000"));
    m_amount->setAlignment(Qt::AlignRight);
    addField(tr("&Nämnd:"), m_board, QStringLiteral("board_id"));
    bind(
        m_board, [this](const BudgetLine& line) { selectData(m_board, line.boardId); },
        [this](BudgetLine& line) { line.boardId = m_board->currentData().toLongLong(); });
    addField(tr("&År:"), m_year, QStringLiteral("year"));
    bind(
        m_year,
        [this](const BudgetLine& line) {
            m_year->setValue(line.year ? line.year : QDate::currentDate().year());
        },
        [this](BudgetLine& line) { line.year = m_year->value(); });
    addField(tr("&Belopp (kr):"), m_amount, QStringLiteral("amount_kr"));
    // The amount is read (and checked) in readRest.
    bind(
        m_amount,
        [this](const BudgetLine& line) {
            m_amount->setText(line.id ? QLocale().toString(line.amountKr) : QString());
        },
        [](BudgetLine&) {});
    addField(tr("Ant&eckning:"), m_note, QStringLiteral("note"), &BudgetLine::note);
    extraLayout()->addStretch();

    showRecord(0);
}

QString BudgetEditor::headingOf(const BudgetLine& line) const
{
    return tr("%1 %2").arg(m_board->itemText(m_board->findData(line.boardId))).arg(line.year);
}

BudgetLine BudgetEditor::blank(qint64 boardId) const
{
    BudgetLine blank;
    blank.boardId = boardId;
    blank.year = QDate::currentDate().year() + 1;
    return blank;
}

void BudgetEditor::loadChoices()
{
    setNamedChoices(m_board, session().reg().units().ofKinds({UnitKind::Board}));
    if (m_board->currentIndex() < 0 && m_board->count() > 0)
        m_board->setCurrentIndex(0);
}

bool BudgetEditor::readRest(BudgetLine& line)
{
    const auto amount = Formatting::parseKronor(m_amount->text());
    if (!amount) {
        showMessage(tr("Ange beloppet i hela kronor, t.ex. 1 500 000."), QStringLiteral("amount_kr"));
        return false;
    }
    line.amountKr = *amount;
    return true;
}

} // namespace sakra::gui
