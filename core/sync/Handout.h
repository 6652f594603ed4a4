#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace sakra {

class Database;

// Hands part of a register out for work without network: writes a package, an ordinary register
// file holding one unit's subtree with everything that belongs to it, the rows those refer to as
// read-only reference rows, their history and a manifest with the base (each row as handed out),
// and records in the central register what went to whom and when.
class Handout
{
    Q_DECLARE_TR_FUNCTIONS(sakra::Handout)

public:
    struct Request
    {
        qint64 rootUnitId = 0;
        QString handedTo; // who takes it (a person, a site); for people
        QString outPath;
    };

    struct Result
    {
        QString packageId;
        qint64 ownedRows = 0;
        qint64 referenceRows = 0;
        qint64 historyEntries = 0;
    };

    // percent: 0..100 now and then; returning false cancels (nothing is written then).
    using Progress = std::function<bool(int percent)>;

    // Refuses (ValidationError, OpenError) a removed unit, an existing file or a missing folder.
    static Result make(Database& central, const Request& request, const Progress& progress = {});
};

} // namespace sakra
