#pragma once

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace sakra {

class Database;
struct TableSpec;

// The register's name and the records of work handed out to sites without network (the tables
// register_info, package, package_row and merge_decision). core/sync builds on it; RecordStore
// asks it whether a row of a package file belongs to the central register.
class PackageStore
{
public:
    enum class Direction
    {
        Out, // this register handed the package out
        In,  // this register is the package
    };

    struct Record
    {
        QString packageId;
        Direction direction = Direction::Out;
        QString centralRegisterId;
        QString rootUnitUuid;
        QString rootUnitName;
        QString handedTo;
        QString handedOutAt;
        QString handedOutBy;
        int schemaVersion = 0;
        QString baseHash;
        qint64 historyFrom = 0; // the package's history after this id is the site's own
        QString mergedAt;
        QString mergedBy;
        int merges = 0;
        qint64 mergedHistoryTo = 0; // the site's history up to this id has been merged
    };

    // One row of a package's base: its values when handed out (or when last merged).
    struct BaseRow
    {
        QString entity;
        QString uuid;
        bool reference = false; // belongs to the central register; read-only at the site
        int rowVersion = 0;
        bool deleted = false;
        QByteArray values; // compact JSON: column -> value, references as the referred row's UUID
    };

    explicit PackageStore(Database& db) : m_db(db) {}

    // The register's own id, made when its file was created or upgraded.
    QString registerId() const;
    void setRegisterId(const QString& id);

    void add(const Record& record);
    std::optional<Record> find(const QString& packageId) const;
    // The manifest of this file when it is itself a package.
    std::optional<Record> incoming() const;
    // The packages this register handed out and has not taken back for good, newest first.
    std::vector<Record> outgoing() const;
    void markMerged(const QString& packageId, const QString& at, const QString& by, qint64 historyTo);

    // Replaces the base of packageId with rows.
    void writeBase(const QString& packageId, const std::vector<BaseRow>& rows);
    std::vector<BaseRow> base(const QString& packageId) const;
    // SHA-256 over the base rows in a fixed order: a changed base no longer matches its manifest.
    QString hashOfBase(const QString& packageId) const;
    static QString hashOf(std::vector<BaseRow> rows);

    // Whether this file is a package and the row is one of the central register's reference rows.
    bool isReferenceRow(const TableSpec& spec, const QString& uuid) const;
    // The package this register handed out that holds the row as its own (the site may be
    // changing it), if any.
    std::optional<Record> handedOutWith(const TableSpec& spec, const QString& uuid) const;
    // How many reference rows this package holds (0 when the file is not a package).
    qint64 referenceRowCount() const;

    // A coordinator's choices for a review not yet applied, by item key.
    void saveDecision(const QString& packageId, const QString& item, const QString& choice,
                      const QString& value);
    std::vector<std::pair<QString, std::pair<QString, QString>>> decisions(const QString& packageId) const;
    void clearDecisions(const QString& packageId);

private:
    // Registers from before packages have none of these tables.
    bool hasTables() const;

    Database& m_db;
};

} // namespace sakra
