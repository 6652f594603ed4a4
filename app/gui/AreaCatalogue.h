#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <vector>

class QWidget;

namespace sakra::gui {

class RegisterSession;

// One work area in the navigation list. An area without a page factory is planned but not
// built yet: it is listed, disabled, so people can see where the program is heading.
struct Area
{
    QString key; // stable, for settings and object names
    QString title;
    std::function<QWidget*(RegisterSession&)> createPage;
};

// The areas of the program in navigation order. A new area is one entry here plus its page;
// the main window needs no change.
class AreaCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(sakra::gui::AreaCatalogue)

public:
    static std::vector<Area> areas();
};

} // namespace sakra::gui
