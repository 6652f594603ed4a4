#pragma once

#include <QDialog>

class QComboBox;

namespace sakra::gui {

// Inställningar: the language of the program (the system's, Swedish or English). The choice is
// kept in the settings; the window is rebuilt in the new language when it changes.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    // "", "sv" or "en": as ApplicationSetup::chosenLanguage() keeps it.
    QString languageCode() const;
    void setLanguageCode(const QString& code);

    // Shows the dialog; when it is accepted, keeps the choice and returns true if the language
    // the program speaks has changed (it is set already).
    static bool edit(QWidget* parent);

private:
    QComboBox* m_language;
};

} // namespace sakra::gui
