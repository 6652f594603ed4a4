#pragma once

#include <QString>

namespace sakra {

// A write that was cut off (power cut, crash, killed process) leaves SQLite's rollback journal
// beside the register: a "hot" journal. The register is not damaged; the next read-write open
// rolls the unfinished transaction back. What must never happen is that someone takes the
// journal for litter and deletes it, or that a read-only open calls the file damaged.
class InterruptedWrite
{
public:
    // True when path has a hot journal: one that SQLite will roll back on the next read-write
    // open. A journal of a write that another program is doing right now is not hot.
    static bool detect(const QString& path);

    // Copies the register and its journal into PATH.interrupted-YYYYMMDD-HHMMSS/ (owner-only),
    // then opens the file read-write so SQLite rolls the interrupted change back. Returns the
    // folder of the copies. Throws OpenError (with a message for people) when the copies cannot
    // be made or the file may not be written; the file and journal are then left as they were.
    static QString recover(const QString& path);

    // The one line the read-only commands print instead of working on such a file.
    static QString readOnlyMessage(const QString& path);
    // What the GUI and the writing commands tell the user after recover().
    static QString recoveredMessage(const QString& path, const QString& copyFolder);

    static QString journalPath(const QString& path) { return path + QStringLiteral("-journal"); }
};

} // namespace sakra
