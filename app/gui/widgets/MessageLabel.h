#pragma once

#include <QLabel>

namespace sakra::gui {

// Shows why an edit was refused, next to the form it belongs to. Hidden when empty. The text
// says what is wrong; the colour only helps to notice it.
class MessageLabel : public QLabel
{
    Q_OBJECT

public:
    explicit MessageLabel(QWidget* parent = nullptr);

    void showMessage(const QString& text);
    // Shows text as it is, for a refusal that is not about saving (a file that cannot be read).
    void showPlain(const QString& text);
    void clearMessage();
};

} // namespace sakra::gui
