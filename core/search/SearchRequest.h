#pragma once

#include <QString>

namespace sakra {

// What RegisterSearch is asked: the text (each word begins a word of the row), how many rows of
// each area at most, and whether restricted rows (threat assessments) may be among them.
struct SearchRequest
{
    QString text;
    int limitPerArea = 20;
    bool includeRestricted = false;
};

} // namespace sakra
