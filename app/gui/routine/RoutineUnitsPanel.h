#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace sakra::gui {

class RegisterSession;
class UnitComboBox;

// The units a routine covers (the units below them through them), with a unit chooser to add one
// and a button to let one go; every change an undoable command.
class RoutineUnitsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RoutineUnitsPanel(RegisterSession& session, QWidget* parent = nullptr);

    void setRoutineId(qint64 id);
    QListWidget* unitList() const { return m_units; }
    UnitComboBox* unitChooser() const { return m_chooser; }
    // Adds the unit; false with a message shown when refused.
    bool addUnit(qint64 unitId);

private:
    void reload();
    void removeCurrent();
    void updateButtons();

    RegisterSession& m_session;
    qint64 m_routineId = 0;
    bool m_choicesLoaded = false;
    QListWidget* m_units;
    UnitComboBox* m_chooser;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace sakra::gui
