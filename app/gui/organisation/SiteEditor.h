#pragma once

#include "organisation/Site.h"
#include "widgets/EntityForm.h"

class QListWidget;

namespace sakra::gui {

// A site's name, address and note, and which units work there.
class SiteEditor : public EntityForm<Site>
{
    Q_OBJECT

public:
    explicit SiteEditor(RegisterSession& session, QWidget* parent = nullptr);

protected:
    QString headingOf(const Site& s) const override { return s.name; }
    void shown() override;

private:
    QListWidget* m_units;
};

} // namespace sakra::gui
