#pragma once

#include "widgets/ListFrame.h"

namespace sakra::gui {

class SiteTableModel;

// The register's premises. Sites are shared by the whole municipality, so the scope does not
// filter them.
class SitesTab : public ListFrame
{
    Q_OBJECT

public:
    explicit SitesTab(RegisterSession& session, QWidget* parent = nullptr);

protected:
    void reload() override;

private:
    SiteTableModel* m_model;
};

} // namespace sakra::gui
