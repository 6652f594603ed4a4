#pragma once

#include "organisation/Site.h"
#include "widgets/EntityEditor.h"

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace sakra::gui {

// A site's name, address and note, and which units work there.
class SiteEditor : public EntityEditor
{
    Q_OBJECT

public:
    explicit SiteEditor(RegisterSession& session, QWidget* parent = nullptr);

    void showSite(qint64 id);
    void startNew();
    qint64 siteId() const { return m_site ? m_site->id : 0; }

Q_SIGNALS:
    void siteCreated(qint64 id);

protected:
    void applyChanges() override;
    void revertChanges() override;

private:
    void fill(const Site& site);

    std::optional<Site> m_site;
    bool m_creating = false;
    QLabel* m_heading;
    QLineEdit* m_name;
    QLineEdit* m_street;
    QLineEdit* m_postalCode;
    QLineEdit* m_city;
    QPlainTextEdit* m_note;
    QListWidget* m_units;
};

} // namespace sakra::gui
