#pragma once

#include "organisation/BudgetLine.h"
#include "widgets/EntityEditor.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sakra::gui {

// One budget allocation: which board, which year, how many kronor.
class BudgetEditor : public EntityEditor
{
    Q_OBJECT

public:
    explicit BudgetEditor(RegisterSession& session, QWidget* parent = nullptr);

    void showLine(qint64 id);
    void startNew(qint64 boardId);
    qint64 lineId() const { return m_line ? m_line->id : 0; }
    void boardsChanged() { m_choicesStale = true; }

Q_SIGNALS:
    void lineCreated(qint64 id);

protected:
    void applyChanges() override;
    void revertChanges() override;

private:
    void loadChoices();
    void fill(const BudgetLine& line);

    std::optional<BudgetLine> m_line;
    bool m_creating = false;
    bool m_choicesStale = true;
    QLabel* m_heading;
    QComboBox* m_board;
    QSpinBox* m_year;
    QLineEdit* m_amount;
    QLineEdit* m_note;
};

} // namespace sakra::gui
