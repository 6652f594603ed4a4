#pragma once

#include "risk/PremisesInventory.h"
#include "widgets/EntityForm.h"

namespace sakra::gui {

// A premises inventory of a site: exits, rooms for lockdown, alarm and access systems, camera
// surveillance with its permit, and guards. A new one starts at the site given (startNew's
// context), if any.
class PremisesInventoryEditor : public EntityForm<PremisesInventory>
{
    Q_OBJECT

public:
    explicit PremisesInventoryEditor(RegisterSession& session, QWidget* parent = nullptr);

protected:
    QString headingOf(const PremisesInventory& p) const override;
    QString nameOf(const PremisesInventory& p) const override { return siteName(p.siteId); }
    QString historyTitle(const PremisesInventory& p) const override
    {
        return tr("Lokalinventering av %1").arg(siteName(p.siteId));
    }
    void loadChoices() override;
    bool readRest(PremisesInventory& p) override;
    void shown() override { updateCameraFields(); }

private:
    QString siteName(qint64 siteId) const { return m_site->itemText(m_site->findData(siteId)); }
    void updateCameraFields();

    QComboBox* m_site = nullptr;
    QCheckBox* m_cameras = nullptr;
    QLineEdit* m_permitRef = nullptr;
    OptionalDateEdit* m_permitExpires = nullptr;
};

} // namespace sakra::gui
