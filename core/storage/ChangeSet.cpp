#include "ChangeSet.h"

namespace sakra {

ChangeSet ChangeSet::everything()
{
    ChangeSet all;
    all.m_everything = true;
    return all;
}

void ChangeSet::noteTable(const TableSpec& table)
{
    if (!m_tables.contains(&table))
        m_tables.append(&table);
}

void ChangeSet::addRow(const TableSpec& table, qint64 id, const QString& uuid, Kind kind)
{
    m_rows.append({&table, id, uuid, kind});
    noteTable(table);
}

void ChangeSet::addTable(const TableSpec& table)
{
    noteTable(table);
}

void ChangeSet::merge(const ChangeSet& other)
{
    m_everything = m_everything || other.m_everything;
    m_rows.append(other.m_rows);
    for (const TableSpec* t : other.m_tables)
        noteTable(*t);
}

void ChangeSet::clear()
{
    m_rows.clear();
    m_tables.clear();
    m_everything = false;
}

bool ChangeSet::touches(const TableSpec& table) const
{
    return m_everything || m_tables.contains(&table);
}

QList<ChangeSet::Row> ChangeSet::rowsOf(const TableSpec& table) const
{
    QList<Row> out;
    for (const Row& r : m_rows)
        if (r.table == &table)
            out.append(r);
    return out;
}

} // namespace sakra
