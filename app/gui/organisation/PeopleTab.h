#pragma once

#include "widgets/ListFrame.h"

class QLabel;
class QLineEdit;
class QTimer;

namespace sakra::gui {

class PersonEditor;
class PersonTableModel;

// Everyone in the register within the scope, searchable, with the selected person's details.
class PeopleTab : public ListFrame
{
    Q_OBJECT

public:
    explicit PeopleTab(RegisterSession& session, QWidget* parent = nullptr);

protected:
    void reload() override;
    void refresh(const ChangeSet& changes) override;

    QWidget* searchField() const override;

private:
    void updateCount();

    PersonTableModel* m_model;
    PersonEditor* m_editor;
    QLineEdit* m_search;
    QLabel* m_count;
    QTimer* m_searchDelay;
};

} // namespace sakra::gui
