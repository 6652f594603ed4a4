#include "Scrollable.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace sakra::gui {

QScrollArea* scrollable(QWidget* content, QWidget* parent)
{
    auto* scroll = new QScrollArea(parent);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

void fillWith(QWidget& owner, QWidget* child)
{
    auto* layout = new QVBoxLayout(&owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(child);
}

} // namespace sakra::gui
