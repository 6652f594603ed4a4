#include "BudgetEditor.h"

#include "Register.h"
#include "RegisterSession.h"
#include "commands/CreateEntityCommand.h"
#include "commands/UpdateEntityCommand.h"
#include "widgets/Formatting.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

namespace sakra::gui {

BudgetEditor::BudgetEditor(RegisterSession& session, QWidget* parent)
    : EntityEditor(session, QStringLiteral("budget"), parent), m_heading(new QLabel(this)),
      m_board(new QComboBox(this)), m_year(new QSpinBox(this)), m_amount(new QLineEdit(this)),
      m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("budgetEditor"));
    m_board->setObjectName(QStringLiteral("budgetBoardCombo"));
    m_year->setObjectName(QStringLiteral("budgetYearSpin"));
    m_amount->setObjectName(QStringLiteral("budgetAmountEdit"));
    m_note->setObjectName(QStringLiteral("budgetNoteEdit"));

    addTitle(m_heading);

    m_year->setRange(1900, 2200);
    m_year->setGroupSeparatorShown(false);
    m_amount->setPlaceholderText(tr("t.ex. 1 500 000"));
    m_amount->setAlignment(Qt::AlignRight);

    addField(tr("&Nämnd:"), m_board, QStringLiteral("board_id"));
    addField(tr("&År:"), m_year, QStringLiteral("year"));
    addField(tr("&Belopp (kr):"), m_amount, QStringLiteral("amount_kr"));
    addField(tr("Ant&eckning:"), m_note, QStringLiteral("note"));
    extraLayout()->addStretch();

    showLine(0);
}

void BudgetEditor::loadChoices()
{
    if (!m_choicesStale || !session().hasRegister())
        return;
    m_choicesStale = false;
    const qint64 board = m_board->currentData().toLongLong();
    m_board->clear();
    for (const OrgUnit& b : session().reg().units().ofKinds({UnitKind::Board}))
        m_board->addItem(b.name, b.id);
    m_board->setCurrentIndex(std::max(0, m_board->findData(board)));
}

void BudgetEditor::showLine(qint64 id)
{
    m_line = read<BudgetLine>(id, m_creating);
    if (m_line)
        loadChoices();
    fill(m_line.value_or(BudgetLine()));
    if (!m_line)
        m_heading->setText(tr("Ingen budgetrad vald"));
    setFieldsEnabled(m_line.has_value());
}

void BudgetEditor::startNew(qint64 boardId)
{
    if (!beginNew(m_line, m_creating))
        return;
    loadChoices();
    BudgetLine blank;
    blank.boardId = boardId;
    blank.year = QDate::currentDate().year() + 1;
    fill(blank);
    m_amount->clear();
    m_heading->setText(tr("Ny budgetrad"));
    setFieldsEnabled(true);
    m_board->setFocus(Qt::OtherFocusReason);
}

void BudgetEditor::fill(const BudgetLine& line)
{
    m_heading->setText(
        line.id ? tr("%1, %2").arg(m_board->itemText(m_board->findData(line.boardId))).arg(line.year)
                : QString());
    m_board->setCurrentIndex(std::max(0, m_board->findData(line.boardId)));
    m_year->setValue(line.year ? line.year : QDate::currentDate().year());
    m_amount->setText(line.id ? QLocale().toString(line.amountKr) : QString());
    m_note->setText(line.note);
}

void BudgetEditor::applyChanges()
{
    if (!session().hasRegister() || (!m_line && !m_creating))
        return;
    const auto amount = Formatting::parseKronor(m_amount->text());
    if (!amount) {
        showMessage(tr("Ange beloppet i hela kronor, t.ex. 1 500 000."), QStringLiteral("amount_kr"));
        return;
    }
    BudgetLine after = m_line.value_or(BudgetLine());
    after.boardId = m_board->currentData().toLongLong();
    after.year = m_year->value();
    after.amountKr = *amount;
    after.note = m_note->text().trimmed();
    const QString what = tr("%1 %2").arg(m_board->currentText()).arg(after.year);
    commit(m_line, m_creating, after, tr("Ny budgetram för %1").arg(what),
           m_line ? tr("Ändra budgetram för %1").arg(what) : QString(), [this](qint64 id) {
               showLine(id);
               Q_EMIT lineCreated(id);
           });
}

void BudgetEditor::revertChanges()
{
    showLine(m_creating ? 0 : lineId());
}

} // namespace sakra::gui
