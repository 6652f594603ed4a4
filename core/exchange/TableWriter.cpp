#include "TableWriter.h"

#include "CsvWriter.h"
#include "XlsxWorkbook.h"
#include "storage/Errors.h"
#include "storage/OwnerOnly.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>

namespace sakra {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::TableWriter", text);
}

} // namespace

std::optional<TableWriter::Format> TableWriter::formatOf(const QString& path)
{
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return Format::Xlsx;
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return Format::Csv;
    return std::nullopt;
}

QVariant TableWriter::cellOf(const QString& text)
{
    static const QRegularExpression date(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    // Whole numbers as Swedish lists show them: groups of three apart (a space, a no-break space
    // or a narrow one), no leading zero (a phone or postal number stays text).
    static const QRegularExpression whole(
        QStringLiteral("^-?(0|[1-9][0-9]{0,2}([ \\x{00A0}\\x{202F}][0-9]{3})*|[1-9][0-9]*)$"));
    static const QRegularExpression decimal(QStringLiteral("^-?(0|[1-9][0-9]*),[0-9]+$"));
    if (date.match(text).hasMatch()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            return d;
    }
    if (whole.match(text).hasMatch()) {
        QString digits = text;
        digits.remove(QRegularExpression(QStringLiteral("[ \\x{00A0}\\x{202F}]")));
        bool ok = false;
        const qint64 n = digits.toLongLong(&ok);
        if (ok)
            return n;
    }
    if (decimal.match(text).hasMatch())
        return QString(text).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
    return text;
}

void TableWriter::write(const QString& path, const QString& title, const QStringList& headers,
                        const std::vector<QStringList>& rows)
{
    const auto format = formatOf(path);
    if (!format)
        throw Error(tr("Välj en fil som slutar på .xlsx eller .csv: %1").arg(QDir::toNativeSeparators(path)));
    if (*format == Format::Xlsx) {
        XlsxWorkbook book(path);
        std::vector<XlsxWorkbook::Column> columns;
        for (const QString& h : headers)
            columns.push_back({h});
        book.addSheet(title, columns);
        QVariantList cells;
        for (const QStringList& row : rows) {
            cells.clear();
            for (const QString& text : row)
                cells << (text.isEmpty() ? QVariant() : cellOf(text));
            book.writeRow(cells);
        }
        book.finishSheet(true);
        book.commit();
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("Kan inte skriva %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    // The list holds what the register holds: owner-only.
    file.setPermissions(OwnerOnly::kFile);
    CsvWriter csv(file);
    QVariantList cells;
    for (const QString& h : headers)
        cells << h;
    csv.writeRow(cells);
    for (const QStringList& row : rows) {
        cells.clear();
        for (const QString& text : row)
            cells << (text.isEmpty() ? QVariant() : cellOf(text));
        csv.writeRow(cells);
    }
    if (!file.commit())
        throw Error(tr("Kan inte skriva %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

} // namespace sakra
