#pragma once

#include "organisation/OrgUnit.h"
#include "widgets/EntityEditor.h"

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace sakra::gui {

class UnitComboBox;

// The details of one unit of the organisation, and the sites it works at. Also the form for a
// new unit, so adding one is the same as editing one.
class UnitEditor : public EntityEditor
{
    Q_OBJECT

public:
    explicit UnitEditor(RegisterSession& session, QWidget* parent = nullptr);

    // 0: nothing to show.
    void showUnit(qint64 id);
    qint64 unitId() const { return m_unit ? m_unit->id : 0; }
    // Switches to a blank form for a unit under parentId (0: the municipality itself).
    void startNew(qint64 parentId);
    bool isCreating() const { return m_creating; }

    // Reads the shown unit again (it may have changed or gone) and, when units changed, the
    // lists to choose a parent and a board from.
    void refresh(bool unitsChanged);

Q_SIGNALS:
    void unitCreated(qint64 id);

protected:
    void applyChanges() override;
    void revertChanges() override;

private:
    void loadChoices();
    void fill(const OrgUnit& unit);
    OrgUnit edited() const;
    void updateBoardField();
    void loadSites();
    void linkSite();
    void unlinkSite();

    std::optional<OrgUnit> m_unit;
    bool m_creating = false;
    bool m_choicesStale = true;

    QLabel* m_heading;
    QLineEdit* m_name;
    QComboBox* m_kind;
    UnitComboBox* m_parent;
    QComboBox* m_board;
    QPlainTextEdit* m_note;
    QGroupBox* m_sitesBox;
    QListWidget* m_sites;
    QComboBox* m_siteChoice;
    QPushButton* m_linkSite;
    QPushButton* m_unlinkSite;
};

} // namespace sakra::gui
