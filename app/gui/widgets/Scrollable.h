#pragma once

class QScrollArea;
class QWidget;

namespace sakra::gui {

// content in a frameless scroll area (a child of parent) that gives it the width there is and
// scrolls what does not fit: forms and pages taller than a small screen.
QScrollArea* scrollable(QWidget* content, QWidget* parent);

// Lays child out to fill owner edge to edge: a page that is one scroll area.
void fillWith(QWidget& owner, QWidget* child);

} // namespace sakra::gui
