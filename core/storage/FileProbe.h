#pragma once

#include <QString>

namespace sakra {

// Looks at a file's first bytes, without SQLite and without writing, to decide whether it can be
// opened as a register. Everything it refuses is refused before the file is ever handed to SQLite,
// so a refused file keeps its bytes.
class FileProbe
{
public:
    enum class Status
    {
        Ok,
        Missing,
        Directory,
        Unreadable,
        Empty,
        NotSqlite,
        Truncated,
        ForeignDatabase,
        NewerVersion,
    };

    struct Result
    {
        Status status = Status::Missing;
        int userVersion = 0;
        QString message; // empty when status is Ok
        bool ok() const { return status == Status::Ok; }
    };

    static Result probe(const QString& path, int applicationId, int newestReadableVersion);
    // The header's file change counter (bytes 24-27), which SQLite raises at every commit in
    // rollback-journal mode; 0 when the file cannot be read. No lock is taken.
    static quint32 changeCounter(const QString& path);
};

} // namespace sakra
