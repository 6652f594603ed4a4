#include "SpreadsheetExporter.h"

#include "CsvWriter.h"
#include "ExchangeFormat.h"
#include "Register.h"
#include "SheetColumns.h"
#include "XlsxWorkbook.h"
#include "storage/OwnerOnly.h"
#include "storage/Query.h"
#include "storage/Tables.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QHash>
#include <QSaveFile>

namespace sakra {

namespace {

using SheetColumns::CodeList;
using SheetColumns::Kind;

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::SpreadsheetExporter", text);
}

using SheetColumns::SheetColumn;

XlsxWorkbook::Cell cellOf(const SheetColumn& c)
{
    if (c.source != SheetColumn::Source::Value)
        return XlsxWorkbook::Cell::Text;
    return c.kind == Kind::Number ? XlsxWorkbook::Cell::Number
           : c.kind == Kind::Date ? XlsxWorkbook::Cell::Date
                                  : XlsxWorkbook::Cell::Text;
}

// What a reference shows: the UUID and readable name of each row of the tables referred to.
class References
{
public:
    explicit References(Database& db) : m_db(db) {}

    struct Target
    {
        QString uuid;
        QString name;
    };
    const Target* find(const char* table, qint64 id)
    {
        const QString name = QLatin1String(table);
        auto it = m_tables.find(name);
        if (it == m_tables.end())
            it = m_tables.insert(name, read(table));
        const auto row = it->find(id);
        return row == it->end() ? nullptr : &row.value();
    }

private:
    QHash<qint64, Target> read(const char* table)
    {
        QHash<qint64, Target> rows;
        const TableSpec* spec = Tables::byName(QLatin1String(table));
        const bool units = spec == &Tables::orgUnit();
        const QString display = QLatin1String(spec ? spec->displayColumn : "uuid");
        Query q(m_db, units
                          ? QStringLiteral("SELECT id, uuid, name, parent_id FROM org_unit")
                          : QStringLiteral("SELECT id, uuid, %1 FROM %2").arg(display, QLatin1String(table)));
        q.exec();
        QHash<qint64, qint64> parents;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            rows.insert(id, {q.value(1).toString(), q.value(2).toString()});
            if (units && !q.value(3).isNull())
                parents.insert(id, q.value(3).toLongLong());
        }
        if (units) {
            // A unit is named by its path from the municipality down, as the lists show it.
            QHash<qint64, QString> paths;
            for (auto it = rows.begin(); it != rows.end(); ++it) {
                QStringList names{it->name};
                qint64 at = it.key();
                for (int depth = 0; parents.contains(at) && depth < 64; ++depth) {
                    at = parents.value(at);
                    names.prepend(rows.value(at).name);
                }
                paths.insert(it.key(), names.join(QStringLiteral(" › ")));
            }
            for (auto it = paths.cbegin(); it != paths.cend(); ++it)
                rows[it.key()].name = it.value();
        }
        return rows;
    }

    Database& m_db;
    QHash<QString, QHash<qint64, Target>> m_tables;
};

// Reads a table's rows, oldest first, as the cells of its sheet.
class RowReader
{
public:
    RowReader(Database& db, const TableSpec& table, const std::vector<SheetColumn>& columns, bool english,
              References& references)
        : m_table(table), m_columns(columns), m_english(english), m_references(references),
          m_query(db, selectOf(table))
    {
        m_query.exec();
    }

    bool next(QVariantList& cells)
    {
        if (!m_query.next())
            return false;
        cells.clear();
        for (const SheetColumn& c : m_columns)
            cells << cellOf(c);
        return true;
    }

private:
    static QString selectOf(const TableSpec& table)
    {
        QStringList names{QStringLiteral("uuid"), QStringLiteral("deleted_at")};
        for (const Column& c : table.columns)
            names << QLatin1String(c.name);
        return QStringLiteral("SELECT %1 FROM %2 ORDER BY id")
            .arg(names.join(QLatin1Char(',')), QLatin1String(table.table));
    }

    QVariant cellOf(const SheetColumn& c)
    {
        using S = SheetColumn::Source;
        if (c.source == S::RowUuid)
            return m_query.value(0);
        if (c.source == S::DeletedAt)
            return m_query.value(1);
        const int index = 2 + int(c.column - m_table.columns.data());
        const QVariant value = m_query.value(index);
        if (value.isNull())
            return {};
        switch (c.source) {
        case S::RefName:
        case S::RefUuid: {
            const References::Target* target = m_references.find(c.column->refTable, value.toLongLong());
            if (!target)
                return {};
            return c.source == S::RefName ? target->name : target->uuid;
        }
        default: break;
        }
        switch (c.kind) {
        case Kind::Number: return value.toLongLong();
        case Kind::Date: {
            const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
            return date.isValid() ? QVariant(date) : value;
        }
        case Kind::Code: {
            const QString code = value.toString();
            if (code.isEmpty())
                return {};
            return m_english ? code : c.codes->labelOf(code);
        }
        default: return value.toString();
        }
    }

    const TableSpec& m_table;
    const std::vector<SheetColumn>& m_columns;
    bool m_english;
    References& m_references;
    Query m_query;
};

std::vector<XlsxWorkbook::Column> headersOf(const std::vector<SheetColumn>& columns)
{
    std::vector<XlsxWorkbook::Column> headers;
    using S = SheetColumn::Source;
    for (const SheetColumn& c : columns)
        headers.push_back({c.header, cellOf(c), c.source == S::RowUuid || c.source == S::RefUuid});
    return headers;
}

// Where each list's codes lie on the code sheet; its Swedish labels are in the next column.
QHash<const CodeList*, int> codeColumnsOf()
{
    QHash<const CodeList*, int> firstColumn;
    int column = 0;
    for (const CodeList* list : SheetColumns::allCodeLists()) {
        firstColumn.insert(list, column);
        column += 2;
    }
    return firstColumn;
}

// The hidden sheet of code lists: for each list a column of codes and one of Swedish labels.
void writeCodeSheet(XlsxWorkbook& book)
{
    std::vector<XlsxWorkbook::Column> headers;
    std::size_t longest = 0;
    const auto& lists = SheetColumns::allCodeLists();
    for (const CodeList* list : lists) {
        headers.push_back({list->name});
        headers.push_back({list->name + QLatin1String(" (sv)")});
        longest = std::max(longest, list->entries.size());
    }
    book.addSheet(QLatin1String(SpreadsheetExporter::kCodeSheet), headers);
    for (std::size_t row = 0; row < longest; ++row) {
        QVariantList cells;
        for (const CodeList* list : lists) {
            if (row < list->entries.size())
                cells << list->entries[row].first << list->entries[row].second;
            else
                cells << QVariant() << QVariant();
        }
        book.writeRow(cells);
    }
    book.finishSheet(false);
    book.hideSheet();
}

void addDropdowns(XlsxWorkbook& book, const std::vector<SheetColumn>& columns,
                  const QHash<const CodeList*, int>& codeColumns, bool english, int lastRow)
{
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const CodeList* list = columns[c].codes;
        if (columns[c].source != SheetColumn::Source::Value || !list)
            continue;
        const int listColumn = codeColumns.value(list) + (english ? 0 : 1);
        book.addListValidation(int(c),
                               XlsxWorkbook::rangeOf(QLatin1String(SpreadsheetExporter::kCodeSheet),
                                                     listColumn, 1, int(list->entries.size())),
                               1, lastRow);
    }
}

struct SheetRecord
{
    QString sheet;
    QString table;
    QStringList keys;
};

void writeMetaSheet(XlsxWorkbook& book, const QVariantList& facts, const std::vector<SheetRecord>& sheets)
{
    book.addSheet(QLatin1String(SpreadsheetExporter::kMetaSheet), {});
    for (qsizetype i = 0; i + 1 < facts.size(); i += 2)
        book.writeRow({facts.at(i), facts.at(i + 1)});
    book.writeRow({});
    book.writeRow({QStringLiteral("sheet"), QStringLiteral("table"), QStringLiteral("columns")});
    for (const SheetRecord& s : sheets) {
        QVariantList cells{s.sheet, s.table};
        for (const QString& key : s.keys)
            cells << key;
        book.writeRow(cells);
    }
    book.hideSheet();
}

QStringList keysOf(const std::vector<SheetColumn>& columns)
{
    QStringList keys;
    for (const SheetColumn& c : columns)
        keys << c.key;
    return keys;
}

std::vector<const TableSpec*> tablesToWrite(const std::vector<const TableSpec*>& asked,
                                            const SpreadsheetExporter::Options& options)
{
    std::vector<const TableSpec*> tables;
    for (const TableSpec* spec : asked.empty() ? Tables::all() : asked) {
        if (spec->restricted && !options.includeRestricted)
            continue;
        tables.push_back(spec);
    }
    return tables;
}

QString kindText(const SheetColumn& c)
{
    switch (c.kind) {
    case Kind::Number: return QCoreApplication::translate("sakra::SpreadsheetExporter", "Heltal");
    case Kind::Date: return QCoreApplication::translate("sakra::SpreadsheetExporter", "Datum (ÅÅÅÅ-MM-DD)");
    case Kind::Code: return QCoreApplication::translate("sakra::SpreadsheetExporter", "Ett värde ur listan");
    case Kind::Ref:
        if (qstrcmp(c.column->refTable, "org_unit") == 0)
            return QCoreApplication::translate(
                "sakra::SpreadsheetExporter",
                "Enhetens sökväg (som Lindvalla kommun › Socialnämnden) eller ett namn som bara finns en "
                "gång");
        if (qstrcmp(c.column->refTable, "person") == 0)
            return QCoreApplication::translate("sakra::SpreadsheetExporter",
                                               "Personens namn eller e-postadress");
        return QCoreApplication::translate("sakra::SpreadsheetExporter", "Namnet på en rad i %1")
            .arg(Tables::byName(QLatin1String(c.column->refTable))->translatedLabel().toLower());
    default: return QCoreApplication::translate("sakra::SpreadsheetExporter", "Text");
    }
}

} // namespace

void SpreadsheetExporter::writeWorkbook(Register& reg, const QString& path, const Options& options,
                                        const std::vector<const TableSpec*>& asked)
{
    Database& db = reg.database();
    XlsxWorkbook book(path);
    References references(db);
    std::vector<SheetRecord> sheets;
    std::vector<std::vector<SheetColumn>> layouts;
    const std::vector<const TableSpec*> tables = tablesToWrite(asked, options);
    // The code sheet is written last, but where each list lies is fixed.
    const QHash<const CodeList*, int> codeColumns = codeColumnsOf();
    for (const TableSpec* spec : tables) {
        const std::vector<SheetColumn> columns = SheetColumns::layoutOf(*spec, options.english, false);
        book.addSheet(SheetColumns::sheetNameOf(*spec, options.english), headersOf(columns));
        RowReader reader(db, *spec, columns, options.english, references);
        QVariantList cells;
        while (reader.next(cells))
            book.writeRow(cells);
        // Room for rows added by hand below the exported ones.
        const int lastRow = std::min(book.rowCount() - 1 + kTemplateRows, 1048575);
        addDropdowns(book, columns, codeColumns, options.english, lastRow);
        book.finishSheet(true);
        sheets.push_back({book.sheetName(), QLatin1String(spec->table), keysOf(columns)});
    }
    writeCodeSheet(book);
    writeMetaSheet(book,
                   {QStringLiteral("format"), QLatin1String(kFormatName), QStringLiteral("formatVersion"),
                    ExchangeFormat::kFormatVersion, QStringLiteral("schemaVersion"), db.schemaVersion(),
                    QStringLiteral("language"), options.english ? QStringLiteral("en") : QStringLiteral("sv"),
                    QStringLiteral("includesRestricted"), options.includeRestricted ? 1 : 0,
                    QStringLiteral("template"), 0},
                   sheets);
    book.commit();
}

void SpreadsheetExporter::writeCsv(Register& reg, const TableSpec& table, const QString& path,
                                   const Options& options)
{
    if (table.restricted && !options.includeRestricted)
        throw Error(tr("%1 är skyddade uppgifter och skrivs bara ut med --include-restricted.")
                        .arg(table.translatedLabel()));
    Database& db = reg.database();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("Kan inte skriva %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    // The file holds the same sensitive data as the register: owner-only.
    file.setPermissions(OwnerOnly::kFile);
    const std::vector<SheetColumn> columns = SheetColumns::layoutOf(table, options.english, false);
    CsvWriter csv(file);
    QVariantList cells;
    for (const SheetColumn& c : columns)
        cells << c.header;
    csv.writeRow(cells);
    References references(db);
    RowReader reader(db, table, columns, options.english, references);
    while (reader.next(cells))
        csv.writeRow(cells);
    if (!file.commit())
        throw Error(tr("Kan inte skriva %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

void SpreadsheetExporter::writeTemplate(const TableSpec& table, const QString& path)
{
    XlsxWorkbook book(path);
    const std::vector<SheetColumn> columns = SheetColumns::layoutOf(table, false, true);
    const QString sheet = SheetColumns::sheetNameOf(table, false);

    // The title over the three columns of the table of columns below.
    book.addSheet(
        tr("Instruktioner"),
        {{tr("Mall för inläsning i Säkra: %1").arg(table.translatedLabel())}, {QString()}, {QString()}});
    const QStringList lines = {
        tr("Skriv en rad per post på bladet %1. Låt rubrikraden stå kvar som den är.").arg(sheet),
        tr("Kolumner med en rullista tar bara emot värdena i listan."),
        tr("Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2026-03-15, och belopp i hela kronor utan mellanslag."),
        tr("Enheter anges med hela sökvägen eller med ett namn som bara finns en gång i registret, personer "
           "med "
           "namn eller e-postadress."),
        tr("Obligatoriska kolumner måste fyllas i på varje rad. Inläsningen görs helt eller inte alls: en "
           "rad med "
           "fel stoppar hela filen och felet anges med bladets radnummer."),
        tr("Bladen _codes och _meta är dolda och används vid inläsningen. Ändra dem inte."),
    };
    book.writeTextRow({});
    for (const QString& line : lines)
        book.writeTextRow({line}, false, false);
    book.writeTextRow({});
    book.writeTextRow({tr("Kolumn"), tr("Obligatorisk"), tr("Innehåll")}, true);
    for (const SheetColumn& c : columns)
        book.writeTextRow({c.header, c.column->required ? tr("Ja") : tr("Nej"), kindText(c)});
    book.finishSheet(false);

    book.addSheet(sheet, headersOf(columns));
    const QString dataSheet = book.sheetName();
    const QHash<const CodeList*, int> codeColumns = codeColumnsOf();
    addDropdowns(book, columns, codeColumns, false, kTemplateRows);
    book.finishSheet(true);
    writeCodeSheet(book);
    writeMetaSheet(book,
                   {QStringLiteral("format"), QLatin1String(kFormatName), QStringLiteral("formatVersion"),
                    ExchangeFormat::kFormatVersion, QStringLiteral("language"), QStringLiteral("sv"),
                    QStringLiteral("template"), 1},
                   {{dataSheet, QLatin1String(table.table), keysOf(columns)}});
    book.commit();
}

} // namespace sakra
