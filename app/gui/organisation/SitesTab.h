#pragma once

#include "widgets/ListFrame.h"

namespace sakra::gui {

class SiteEditor;
class SiteTableModel;

// The register's premises. Sites are shared by the whole municipality, so the scope does not
// filter them.
class SitesTab : public ListFrame
{
    Q_OBJECT

public:
    explicit SitesTab(RegisterSession& session, QWidget* parent = nullptr);

    void announceSelection() override;

protected:
    void reload() override;

    void showItem(qint64 id) override;
    void startNew() override;
    void removeItem(qint64 id) override;

private:
    SiteTableModel* m_model;
    SiteEditor* m_editor;
};

} // namespace sakra::gui
