#pragma once

#include <QString>

class QWidget;

namespace sakra::gui {

// Questions before a removal, with buttons that say what they do ("Ta bort" / "Avbryt") rather
// than Yes and No, which Qt would show in English where its own translations are missing.
class Confirm
{
public:
    static bool removal(QWidget* parent, const QString& title, const QString& question);
};

} // namespace sakra::gui
