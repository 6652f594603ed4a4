#pragma once

#include <QColor>

namespace sakra::gui {

// Text on a coloured background (risk levels, heat-map cells): the user picks the background, so
// the text colour has to follow it to stay readable.
class ColourContrast
{
public:
    // Black or white, whichever contrasts more with background (WCAG relative luminance).
    static QColor textOn(const QColor& background);
    // WCAG contrast ratio between two colours, 1 to 21.
    static double ratio(const QColor& a, const QColor& b);
};

} // namespace sakra::gui
