#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;

namespace sakra::gui {

// The filters of the simpler lists (training, routines, alarms): free text, one choice (a kind)
// and one check box (overdue only). Typing is read after a pause.
class RecordFilterPanel : public QWidget
{
    Q_OBJECT

public:
    // prefix names the widgets: prefix + "SearchEdit", "KindFilter", "OverdueOnlyCheck".
    RecordFilterPanel(const QString& prefix, const QString& searchHint, const QString& choiceLabel,
                      const QString& checkText, QWidget* parent = nullptr);

    // Entries of the choice after its first, which means "all" (data -1).
    void addChoice(const QString& text, int data);
    QString text() const;
    // -1: all.
    int choice() const;
    bool isChecked() const;
    // Only the overdue rows, the other filters let go; says changed().
    void showOverdueOnly();
    QLineEdit* searchField() const { return m_search; }
    QComboBox* choiceCombo() const { return m_choice; }
    QCheckBox* checkBox() const { return m_check; }

public Q_SLOTS:
    void clearFilters();

Q_SIGNALS:
    void changed();

private:
    QLineEdit* m_search;
    QComboBox* m_choice;
    QCheckBox* m_check;
    QTimer* m_delay;
};

} // namespace sakra::gui
