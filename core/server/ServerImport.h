#pragma once

#include <QString>
#include <functional>

namespace sakra {

class Database;

// A file register moved into an empty shared register, whole: every row with its id, UUID and
// row version, the change history with its hash chain (and who and when it names), the register's
// id (so site packages handed out from the file merge into the server) and the handed-out
// packages. Rows that refer to rows that are not there are refused before anything is written.
namespace ServerImport {

struct Result
{
    qint64 rows = 0;
    qint64 historyEntries = 0;
};

// server is a superuser's connection (Database::openServerForSetup) to a register made by
// ServerSchema::install(). Throws ValidationError when the server register already holds work or
// the file holds orphan rows.
Result run(const Database& file, Database& server, const std::function<void(int percent)>& progress = {});

// Copies every row of table from one register to the other as it is (columns the two share).
qint64 copyTable(const Database& from, Database& to, const QString& table);

} // namespace ServerImport

} // namespace sakra
