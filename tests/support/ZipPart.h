#pragma once

#include <QByteArray>
#include <QString>

namespace sakra::test {

// One part of a zip file (an XLSX workbook is one), empty when it is missing. Read with unzip:
// QuaZip's minizip and the one inside libxlsxwriter export the same symbols, so the two cannot
// share a process.
QByteArray zipPart(const QString& path, const QString& part);

} // namespace sakra::test
