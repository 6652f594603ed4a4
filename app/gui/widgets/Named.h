#pragma once

#include <QString>
#include <utility>

namespace sakra::gui {

// A new child widget of parent with an objectName, by which tests and scripts find it; args
// come before the parent, as the widget's constructor takes them.
template <typename W, typename Parent, typename... Args>
W* named(Parent* parent, const char* name, Args&&... args)
{
    auto* widget = new W(std::forward<Args>(args)..., parent);
    widget->setObjectName(QLatin1String(name));
    return widget;
}

} // namespace sakra::gui
