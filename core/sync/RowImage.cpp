#include "RowImage.h"

#include "storage/TableSpec.h"

#include <QJsonDocument>

namespace sakra {

bool RowImage::sameValues(const TableSpec& spec, const RowImage& other) const
{
    for (const Column& c : spec.columns)
        if (value(c.name) != other.value(c.name))
            return false;
    return true;
}

QByteArray RowImage::valuesJson() const
{
    return QJsonDocument(values).toJson(QJsonDocument::Compact);
}

QJsonObject RowImage::valuesFromJson(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace sakra
