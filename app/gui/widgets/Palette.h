#pragma once

#include <QColor>
#include <QString>

// The colours of the program in one place, so late rows, warnings and charts agree everywhere.
namespace sakra::gui::palette {

// Late, overdue and warnings: dark red text on a light red ground (contrast above 4.5:1).
inline const QColor lateText(0x9b, 0x1c, 0x1c);
inline const QColor lateBackground(0xfd, 0xe4, 0xe4);
inline const QColor lateBorder(0xd9, 0x9a, 0x9a);
// Something to look at that is not late: dark orange.
inline const QColor cautionText(0x8a, 0x4b, 0x00);
// A gap to fill (staffing): dark text on light orange.
inline const QColor gapText(0x20, 0x18, 0x10);
inline const QColor gapBackground(0xff, 0xe8, 0xc2);
// Rows that are done with: grey text.
inline const QColor closedText(0x5f, 0x63, 0x68);
// Charts and tiles.
inline const QColor text(0x20, 0x20, 0x20);
inline const QColor detail(0x4a, 0x4e, 0x52);
inline const QColor calmBorder(0xc8, 0xcc, 0xd0);
inline const QColor grid(0xe0, 0xe0, 0xe0);
inline const QColor series(0x1f, 0x5f, 0xbf);
inline const QColor previousSeries(0x8a, 0x8e, 0x92);
inline const QColor planned(0x6b, 0x9b, 0xe8);
inline const QColor done(0x2e, 0x7d, 0x32);
inline const QColor postponed(0x9e, 0x9e, 0x9e);
inline const QColor overdue(0xc6, 0x28, 0x28);

// A label that warns: bold, in the late colour.
inline const QString warningStyle = QStringLiteral("QLabel { color: #9b1c1c; font-weight: bold; }");

} // namespace sakra::gui::palette
