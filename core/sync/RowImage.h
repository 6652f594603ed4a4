#pragma once

#include <QJsonObject>
#include <QString>

namespace sakra {

struct TableSpec;

// One row as the merge compares it between registers: its own columns with every value as the
// column stores it and every reference as the referred row's UUID (ids differ between files).
struct RowImage
{
    qint64 id = 0;
    QString uuid;
    int rowVersion = 0;
    bool deleted = false;
    QString deletedAt;
    QString createdAt;
    QString updatedAt;
    QString updatedBy;
    QJsonObject values;

    QJsonValue value(const char* column) const { return values.value(QLatin1String(column)); }
    // Whether every column of spec holds the same value in both.
    bool sameValues(const TableSpec& spec, const RowImage& other) const;
    QByteArray valuesJson() const;
    static QJsonObject valuesFromJson(const QByteArray& json);
};

} // namespace sakra
