#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace sakra {

class Database;
struct TableSpec;

// Which rows of a register a package for one unit holds: the unit's subtree and what belongs to
// it (owned: the site works on them), and every row those refer to outside it (reference rows:
// catalogues, the matrix, the board and units above, people elsewhere), read-only at the site.
class PackageScope
{
public:
    // Works out the scope of the live unit rootUnitId.
    PackageScope(Database& db, qint64 rootUnitId);

    const QSet<qint64>& owned(const TableSpec& spec) const;
    const QSet<qint64>& references(const TableSpec& spec) const;
    bool holds(const TableSpec& spec) const;
    qint64 rowCount() const;

private:
    void addOwned(const TableSpec& spec);
    void addReferences(const TableSpec& spec);
    QSet<qint64> idsWhere(const TableSpec& spec, const QString& column, const QSet<qint64>& owners);

    Database& m_db;
    QHash<QString, QSet<qint64>> m_owned;
    QHash<QString, QSet<qint64>> m_references;
};

} // namespace sakra
