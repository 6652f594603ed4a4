#include "SiteEditor.h"

#include "Register.h"
#include "widgets/Named.h"

#include <QGroupBox>
#include <QListWidget>
#include <QVBoxLayout>

namespace sakra::gui {

SiteEditor::SiteEditor(RegisterSession& session, QWidget* parent)
    : EntityForm(session, QStringLiteral("site"), parent), m_units(named<QListWidget>(this, "siteUnitsList"))
{
    setObjectName(QStringLiteral("siteEditor"));
    setWords({tr("Ingen lokal vald"), tr("Ny lokal"), tr("Lägg till lokal %1"), tr("Ändra lokal %1"),
              tr("Ta bort lokal"), tr("Ta bort lokalen %1? Det går att ångra."), tr("Ta bort lokal %1")});

    field<QLineEdit>(tr("&Namn:"), "NameEdit", QStringLiteral("name"), &Site::name);
    field<QLineEdit>(tr("&Gatuadress:"), "StreetEdit", QStringLiteral("street"), &Site::street);
    auto* postalCode = field<QLineEdit>(tr("&Postnummer:"), "PostalCodeEdit", QStringLiteral("postal_code"),
                                        &Site::postalCode);
    postalCode->setPlaceholderText(tr("123 45"));
    postalCode->setMaxLength(6);
    field<QLineEdit>(tr("&Ort:"), "CityEdit", QStringLiteral("city"), &Site::city);
    field<QPlainTextEdit>(tr("Ant&eckning:"), "NoteEdit", QStringLiteral("note"), &Site::note)
        ->setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);

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
