#include "KronorEdit.h"

#include "Formatting.h"

namespace sakra::gui {

KronorEdit::KronorEdit(QWidget* parent) : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setPlaceholderText(tr("0 kr"));
    connect(this, &QLineEdit::editingFinished, this, &KronorEdit::reformat);
}

std::optional<qint64> KronorEdit::amount() const
{
    if (text().trimmed().isEmpty())
        return 0;
    return Formatting::parseKronor(text());
}

void KronorEdit::setAmount(qint64 amount)
{
    setText(Formatting::kronor(amount));
}

void KronorEdit::reformat()
{
    // Text that is not an amount stays as typed, so the refusal can point at it.
    if (const auto value = amount(); value && !text().trimmed().isEmpty())
        setText(Formatting::kronor(*value));
}

} // namespace sakra::gui
