#pragma once

#include "ChangeEntry.h"

#include <functional>
#include <vector>

namespace sakra {

class Database;
struct Column;
struct TableSpec;

// The change history table. Writers call record() inside the transaction of the change itself, so
// a change and its history are committed or rolled back together.
class ChangeLog
{
public:
    explicit ChangeLog(Database& db) : m_db(db) {}

    void record(const ChangeEntry& entry);
    std::vector<ChangeEntry> entriesFor(const QString& entityUuid) const;
    // How a stored value reads for people (codes as labels, amounts with kr); none: as stored.
    using ValueText = std::function<QString(const TableSpec&, const Column&, const QString& stored)>;
    // The history of one row made readable: fields by their labels, references by name, values
    // through valueText.
    std::vector<DescribedChange> describe(const TableSpec& spec, const QString& entityUuid,
                                          const ValueText& valueText = {}) const;
    qint64 count() const;

    static QString actionLabel(const QString& action);

private:
    QString nameOf(const QString& table, const QString& uuid) const;

    Database& m_db;
};

} // namespace sakra
