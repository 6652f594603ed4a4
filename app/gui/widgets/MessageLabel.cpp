#include "MessageLabel.h"

namespace sakra::gui {

MessageLabel::MessageLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Dark red on pale red keeps well above 4.5:1 contrast.
    setStyleSheet(QStringLiteral("QLabel { color: #7a1010; background: #fdecea; border: 1px solid #d99a9a; "
                                 "border-radius: 3px; padding: 4px 6px; }"));
    hide();
}

void MessageLabel::showMessage(const QString& text)
{
    if (text.isEmpty()) {
        clearMessage();
        return;
    }
    showPlain(tr("Kunde inte spara: %1").arg(text));
    setAccessibleName(text);
}

void MessageLabel::showPlain(const QString& text)
{
    if (text.isEmpty()) {
        clearMessage();
        return;
    }
    setText(text);
    setAccessibleName(text);
    show();
}

void MessageLabel::clearMessage()
{
    clear();
    hide();
}

} // namespace sakra::gui
