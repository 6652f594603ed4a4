#pragma once

class QApplication;
class QIcon;

namespace sakra::gui {

// What the program, the GUI tests and the screenshot tool set up the same way before they
// build a window: version, display name, locale, Qt's own Swedish texts, window icon. Organisation and
// application name (which choose the settings and data folders) are the caller's, so tests keep to their own.
class ApplicationSetup
{
public:
    static void apply(QApplication& app);
    // The application's icon in every size it is drawn in (resources/icons).
    static QIcon applicationIcon();

private:
    static void loadQtTranslations(QApplication& app);
};

} // namespace sakra::gui
