#pragma once

#include <QList>
#include <QString>

namespace sakra {

struct TableSpec;

// What one committed unit of work changed: a row per write of the record store, and whole tables
// for bulk writes (an import, generated data, a restored backup) that do not go row by row. Views
// ask touches() for the tables they show. A set that isEverything() says only that another
// connection committed (another window, another computer): anything may have changed.
class ChangeSet
{
public:
    enum class Kind
    {
        Created,
        Updated,
        Removed,
        Restored
    };

    struct Row
    {
        const TableSpec* table = nullptr;
        qint64 id = 0;
        QString uuid;
        Kind kind = Kind::Updated;
    };

    // Anything may have changed: every view reads again.
    static ChangeSet everything();

    void addRow(const TableSpec& table, qint64 id, const QString& uuid, Kind kind);
    // Many rows of table changed at once (bulk paths that bypass the record store).
    void addTable(const TableSpec& table);
    void merge(const ChangeSet& other);
    void clear();

    bool isEmpty() const { return m_rows.isEmpty() && m_tables.isEmpty() && !m_everything; }
    bool isEverything() const { return m_everything; }
    bool touches(const TableSpec& table) const;
    // The tables named by rows or as a whole, each once, in the order first touched.
    QList<const TableSpec*> tables() const { return m_tables; }
    const QList<Row>& rows() const { return m_rows; }
    // The rows of table (none for a table changed as a whole).
    QList<Row> rowsOf(const TableSpec& table) const;

private:
    void noteTable(const TableSpec& table);

    QList<Row> m_rows;
    QList<const TableSpec*> m_tables;
    bool m_everything = false;
};

} // namespace sakra
