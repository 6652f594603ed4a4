#pragma once

#include "risk/PremisesInventory.h"
#include "widgets/EntityEditor.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sakra::gui {

// A premises inventory of a site: exits, rooms for lockdown, alarm and access systems, camera
// surveillance with its permit, and guards.
class PremisesInventoryEditor : public EntityEditor
{
    Q_OBJECT

public:
    explicit PremisesInventoryEditor(RegisterSession& session, QWidget* parent = nullptr);

    void showInventory(qint64 id);
    void startNew(qint64 siteId);
    qint64 inventoryId() const { return m_inventory ? m_inventory->id : 0; }
    void sitesChanged() { m_choicesStale = true; }

Q_SIGNALS:
    void inventoryCreated(qint64 id);

protected:
    void applyChanges() override;
    void revertChanges() override;

private:
    void loadChoices();
    void fill(const PremisesInventory& inventory);
    void updateCameraFields();

    std::optional<PremisesInventory> m_inventory;
    bool m_creating = false;
    bool m_choicesStale = true;
    QLabel* m_heading;
    QComboBox* m_site;
    QDateEdit* m_inventoriedOn;
    QPlainTextEdit* m_exits;
    QPlainTextEdit* m_lockdownRooms;
    QPlainTextEdit* m_alarmSystems;
    QPlainTextEdit* m_accessControl;
    QCheckBox* m_cameras;
    QLineEdit* m_permitRef;
    QCheckBox* m_permitHasEnd;
    QDateEdit* m_permitExpires;
    QPlainTextEdit* m_guards;
    QPlainTextEdit* m_note;
};

} // namespace sakra::gui
