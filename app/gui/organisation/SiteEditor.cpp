#include "SiteEditor.h"

#include "Register.h"
#include "widgets/Named.h"

#include <QGroupBox>
#include <QListWidget>
#include <QVBoxLayout>

namespace sakra::gui {

SiteEditor::SiteEditor(RegisterSession& session, QWidget* parent)
    : EntityForm(session, QStringLiteral("site"), parent), m_name(named<QLineEdit>(this, "siteNameEdit")),
      m_street(named<QLineEdit>(this, "siteStreetEdit")),
      m_postalCode(named<QLineEdit>(this, "sitePostalCodeEdit")),
      m_city(named<QLineEdit>(this, "siteCityEdit")), m_note(named<QPlainTextEdit>(this, "siteNoteEdit")),
      m_units(named<QListWidget>(this, "siteUnitsList"))
{
    setObjectName(QStringLiteral("siteEditor"));
    setWords({tr("Ingen lokal vald"), tr("Ny lokal"), tr("Lägg till lokal %1"), tr("Ändra lokal %1"),
              tr("Ta bort lokal"), tr("Ta bort lokalen %1? Det går att ångra."), tr("Ta bort lokal %1")});

    m_postalCode->setPlaceholderText(tr("123 45"));
    m_postalCode->setMaxLength(6);
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    addField(tr("&Namn:"), m_name, QStringLiteral("name"), &Site::name);
    addField(tr("&Gatuadress:"), m_street, QStringLiteral("street"), &Site::street);
    addField(tr("&Postnummer:"), m_postalCode, QStringLiteral("postal_code"), &Site::postalCode);
    addField(tr("&Ort:"), m_city, QStringLiteral("city"), &Site::city);
    addField(tr("Ant&eckning:"), m_note, QStringLiteral("note"), &Site::note);

    auto* box = new QGroupBox(tr("Enheter i lokalen"), this);
    auto* boxLayout = new QVBoxLayout(box);
    m_units->setAccessibleName(tr("Enheter i lokalen"));
    boxLayout->addWidget(m_units);
    boxLayout->addWidget(
        new QLabel(tr("Enheter kopplas till lokaler i enhetens uppgifter under Organisation."), box));
    extraLayout()->addWidget(box);

    showRecord(0);
}

void SiteEditor::shown()
{
    m_units->clear();
    if (!item())
        return;
    Register& reg = session().reg();
    for (qint64 unitId : reg.unitSites().unitIdsAt(item()->id))
        if (const auto unit = reg.units().find(unitId))
            m_units->addItem(unit->name);
}

} // namespace sakra::gui
