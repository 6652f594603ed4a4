#pragma once

#include <QString>
#include <QStringView>

namespace sakra {

// JSON text written straight into a QString, exactly as QJsonDocument::toJson(Compact) writes it,
// for the history entries an import makes by the thousand: the same bytes without building a
// QJsonObject and a QByteArray for each.
namespace JsonText {
// Appends text as a JSON string, quotes included, escaped as Qt escapes it: \" \\ \b \f \n \r \t,
// other control characters and lone surrogates as \u00xx, everything else as it is.
void appendString(QString& out, QStringView text);
} // namespace JsonText

} // namespace sakra
