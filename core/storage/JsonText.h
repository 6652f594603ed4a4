#pragma once

#include <QString>
#include <QStringView>
#include <QVariantList>
#include <functional>

namespace sakra {

struct Column;
struct TableSpec;

// JSON text written straight into a QString, exactly as QJsonDocument::toJson(Compact) writes it,
// for the history entries an import makes by the thousand: the same bytes without building a
// QJsonObject and a QByteArray for each.
namespace JsonText {
// Appends text as a JSON string, quotes included, escaped as Qt escapes it: \" \\ \b \f \n \r \t,
// other control characters and lone surrogates as \u00xx, everything else as it is.
void appendString(QString& out, QStringView text);
// A new row's history value: the object RecordStore writes for a creation, keys (the spec's
// column names) in sorted order, each value of row (one per column, in spec order) that is not
// null as the string text() makes of it.
QString createdObject(const TableSpec& spec, const QVariantList& row,
                      const std::function<QString(const Column&, const QVariant&)>& text);
} // namespace JsonText

} // namespace sakra
