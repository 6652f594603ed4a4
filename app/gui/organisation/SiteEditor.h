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
    QString noneText() const override { return tr("Ingen lokal vald"); }
    QString newText(const Site&) const override { return tr("Ny lokal"); }
    QString createText(const Site& after) const override { return tr("Lägg till lokal %1").arg(after.name); }
    QString updateText(const Site& before, const Site&) const override
    {
        return tr("Ändra lokal %1").arg(before.name);
    }
    RemovalTexts removalTexts(const Site& s) const override
    {
        return {tr("Ta bort lokal"), tr("Ta bort lokalen %1? Det går att ångra.").arg(s.name),
                tr("Ta bort lokal %1").arg(s.name)};
    }
    void shown() override;

private:
    QLineEdit* m_name;
    QLineEdit* m_street;
    QLineEdit* m_postalCode;
    QLineEdit* m_city;
    QPlainTextEdit* m_note;
    QListWidget* m_units;
};

} // namespace sakra::gui
