#pragma once

#include "organisation/OrgUnit.h"
#include "widgets/EntityForm.h"

class QGroupBox;
class QListWidget;
class QPushButton;

namespace sakra::gui {

// The details of one unit of the organisation, the sites it works at and, for an administration
// or company, the boards it reports to besides its own. Also the form for a
// new unit, so adding one is the same as editing one.
class UnitEditor : public EntityForm<OrgUnit>
{
    Q_OBJECT

public:
    explicit UnitEditor(RegisterSession& session, QWidget* parent = nullptr);

    // Reads the shown unit again (it may have changed or gone) and, when units changed, the
    // lists to choose a parent and a board from.
    void refresh(bool unitsChanged);

protected:
    QString headingOf(const OrgUnit& u) const override { return u.name; }
    QString newText(const OrgUnit& fresh) const override;
    // A new unit under the unit given (0: the municipality itself).
    OrgUnit blank(qint64 parentId) const override;
    void loadChoices() override;
    bool readRest(OrgUnit& unit) override;
    void shown() override;

private:
    void updateBoardField();
    void loadSites();
    void linkSite();
    void unlinkSite();
    void loadBoards();
    void linkBoard();
    void unlinkBoard();

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
    // The boards an administration or company reports to besides its own.
    QGroupBox* m_boardsBox;
    QListWidget* m_boards;
    QComboBox* m_boardChoice;
    QPushButton* m_linkBoard;
    QPushButton* m_unlinkBoard;
};

} // namespace sakra::gui
