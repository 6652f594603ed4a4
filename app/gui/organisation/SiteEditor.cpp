#include "SiteEditor.h"

#include "Register.h"
#include "RegisterSession.h"
#include "commands/CreateEntityCommand.h"
#include "commands/UpdateEntityCommand.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace sakra::gui {

SiteEditor::SiteEditor(RegisterSession& session, QWidget* parent)
    : EntityEditor(session, QStringLiteral("site"), parent), m_heading(new QLabel(this)),
      m_name(new QLineEdit(this)), m_street(new QLineEdit(this)), m_postalCode(new QLineEdit(this)),
      m_city(new QLineEdit(this)), m_note(new QPlainTextEdit(this)), m_units(new QListWidget(this))
{
    setObjectName(QStringLiteral("siteEditor"));
    m_name->setObjectName(QStringLiteral("siteNameEdit"));
    m_street->setObjectName(QStringLiteral("siteStreetEdit"));
    m_postalCode->setObjectName(QStringLiteral("sitePostalCodeEdit"));
    m_city->setObjectName(QStringLiteral("siteCityEdit"));
    m_note->setObjectName(QStringLiteral("siteNoteEdit"));
    m_units->setObjectName(QStringLiteral("siteUnitsList"));

    addTitle(m_heading);

    m_postalCode->setPlaceholderText(tr("123 45"));
    m_postalCode->setMaxLength(6);
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    addField(tr("&Namn:"), m_name, QStringLiteral("name"));
    addField(tr("&Gatuadress:"), m_street, QStringLiteral("street"));
    addField(tr("&Postnummer:"), m_postalCode, QStringLiteral("postal_code"));
    addField(tr("&Ort:"), m_city, QStringLiteral("city"));
    addField(tr("Ant&eckning:"), m_note, QStringLiteral("note"));

    auto* box = new QGroupBox(tr("Enheter i lokalen"), this);
    auto* boxLayout = new QVBoxLayout(box);
    m_units->setAccessibleName(tr("Enheter i lokalen"));
    boxLayout->addWidget(m_units);
    boxLayout->addWidget(
        new QLabel(tr("Enheter kopplas till lokaler i enhetens uppgifter under Organisation."), box));
    extraLayout()->addWidget(box);

    showSite(0);
}

void SiteEditor::showSite(qint64 id)
{
    m_site = read<Site>(id, m_creating);
    fill(m_site.value_or(Site()));
    if (!m_site)
        m_heading->setText(tr("Ingen lokal vald"));
    setFieldsEnabled(m_site.has_value());

    m_units->clear();
    if (!m_site)
        return;
    Register& reg = session().reg();
    for (qint64 unitId : reg.unitSites().unitIdsAt(m_site->id))
        if (const auto unit = reg.units().find(unitId))
            m_units->addItem(unit->name);
}

void SiteEditor::startNew()
{
    if (!beginNew(m_site, m_creating))
        return;
    fill(Site());
    m_heading->setText(tr("Ny lokal"));
    setFieldsEnabled(true);
    m_units->clear();
    m_name->setFocus(Qt::OtherFocusReason);
}

void SiteEditor::fill(const Site& site)
{
    m_heading->setText(site.name);
    m_name->setText(site.name);
    m_street->setText(site.street);
    m_postalCode->setText(site.postalCode);
    m_city->setText(site.city);
    m_note->setPlainText(site.note);
}

void SiteEditor::applyChanges()
{
    if (!session().hasRegister() || (!m_site && !m_creating))
        return;
    Site after = m_site.value_or(Site());
    after.name = m_name->text().trimmed();
    after.street = m_street->text().trimmed();
    after.postalCode = m_postalCode->text().trimmed();
    after.city = m_city->text().trimmed();
    after.note = m_note->toPlainText();
    commit(m_site, m_creating, after, tr("Lägg till lokal %1").arg(after.name),
           m_site ? tr("Ändra lokal %1").arg(m_site->name) : QString(), [this](qint64 id) {
               showSite(id);
               Q_EMIT siteCreated(id);
           });
}

void SiteEditor::revertChanges()
{
    showSite(m_creating ? 0 : siteId());
}

} // namespace sakra::gui
