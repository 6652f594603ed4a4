#pragma once

#include <QString>
#include <QVariantMap>

namespace sakra {

// Identity and version that every domain value carries back to its repository.
struct EntityBase
{
    qint64 id = 0;
    QString uuid;
    int rowVersion = 0;

    void readBase(const QVariantMap& v)
    {
        id = v.value(QStringLiteral("id")).toLongLong();
        uuid = v.value(QStringLiteral("uuid")).toString();
        rowVersion = v.value(QStringLiteral("row_version")).toInt();
    }
};

} // namespace sakra
