#pragma once

#include <QString>

namespace sakra {

// One row found by RegisterSearch: what it is, which row, and how people recognise it.
struct SearchHit
{
    QString area;      // "risk", "action", "actionNote", ... (RegisterSearch::areas())
    qint64 id = 0;     // the row found
    QString uuid;      // the row found
    QString title;     // its name or the start of its text, on one line
    QString unit;      // the unit it belongs to (a unit: the unit above it); empty when none
    qint64 openId = 0; // the row to open for it: the row itself, or a note's action
};

} // namespace sakra
