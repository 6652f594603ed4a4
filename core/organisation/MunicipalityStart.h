#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace sakra {

class Register;

// The organisation a new register starts with, as a person names it on first start: the
// municipality, its boards, and the administrations and companies with the board each reports
// to. Departments, units, sites and people are added afterwards in the organisation area.
struct MunicipalityStart
{
    struct Administration
    {
        QString name;
        bool company = false;
        QString board; // the name of one of boards
    };

    QString name;
    QStringList boards;
    std::vector<Administration> administrations;

    // Writes it to an empty register in one transaction: all of it or, on a validation error
    // (thrown as the repositories throw it), none of it. Blank names are left out, a board named
    // twice is made once.
    void writeTo(Register& reg) const;
};

} // namespace sakra
