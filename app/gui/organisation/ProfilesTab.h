#pragma once

#include "widgets/SessionTab.h"

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace sakra::gui {

class MessageLabel;

// Requirement profiles: for each administration or company, the focus areas its security
// coordinator must cover, ticked from the catalogue; and the catalogue itself.
class ProfilesTab : public SessionTab
{
    Q_OBJECT

public:
    explicit ProfilesTab(RegisterSession& session, QWidget* parent = nullptr);

    void announceSelection() override;

protected:
    void reload() override;

private:
    QList<qint64> unitsInScope() const;
    void loadAreas();
    void onItemChanged(QListWidgetItem* item);
    void addArea();
    void renameArea();
    void removeArea();
    void runCommand(class RegisterCommand* command);

    QListWidget* m_units;
    QListWidget* m_areas;
    QPushButton* m_addArea;
    QPushButton* m_renameArea;
    QPushButton* m_removeArea;
    MessageLabel* m_message;
    bool m_filling = false;
};

} // namespace sakra::gui
