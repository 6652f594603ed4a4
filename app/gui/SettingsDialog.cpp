#include "SettingsDialog.h"

#include "ApplicationSetup.h"
#include "i18n/Translation.h"
#include "widgets/Named.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace sakra::gui {

SettingsDialog::SettingsDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Inställningar"));
    m_language = named<QComboBox>(this, "languageCombo");
    m_language->addItem(
        tr("Systemets språk (%1)").arg(Translation::nativeName(Translation::systemLanguage())), QString());
    // Each language in its own words, so that someone who cannot read the other finds theirs.
    m_language->addItem(Translation::nativeName(Language::Swedish), Translation::code(Language::Swedish));
    m_language->addItem(Translation::nativeName(Language::English), Translation::code(Language::English));
    setLanguageCode(ApplicationSetup::chosenLanguage());

    auto* note =
        new QLabel(tr("Menyer, formulär och meddelanden visas på det valda språket. Nämndhandlingarna "
                      "har ett eget språkval i varje utkast."));
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Avbryt"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Språk:"), m_language);
    form->addRow(note);
    form->addRow(buttons);
    setMinimumWidth(420);
}

QString SettingsDialog::languageCode() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::setLanguageCode(const QString& code)
{
    const int index = m_language->findData(code);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
}

bool SettingsDialog::edit(QWidget* parent)
{
    SettingsDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    ApplicationSetup::setChosenLanguage(dialog.languageCode());
    const Language wanted =
        Translation::fromCode(dialog.languageCode()).value_or(Translation::systemLanguage());
    if (wanted == Translation::language())
        return false;
    Translation::setLanguage(wanted);
    QLocale::setDefault(Translation::locale(wanted));
    return true;
}

} // namespace sakra::gui
