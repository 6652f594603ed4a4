#include "Arguments.h"
#include "CommandLine.h"
#include "Register.h"
#include "exchange/SheetColumns.h"
#include "exchange/SpreadsheetExporter.h"
#include "exchange/SpreadsheetImporter.h"
#include "i18n/Translation.h"
#include "storage/Errors.h"
#include "storage/InterruptedWrite.h"
#include "storage/Tables.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sakra {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::CommandLine", text);
}

QString tableNames()
{
    QStringList names;
    for (const TableSpec* spec : Tables::all())
        names << QLatin1String(spec->table);
    return names.join(QStringLiteral(", "));
}

// The table --table names (null without the option); a message when it names none.
QString tableOption(const Arguments& a, const TableSpec*& table)
{
    const QString name = a.values.value(QStringLiteral("--table"));
    table = name.isEmpty() ? nullptr : Tables::byName(name);
    if (!name.isEmpty() && !table)
        return QCoreApplication::translate("sakra::CommandLine", "okänd tabell: %1 (välj bland %2)")
            .arg(name, tableNames());
    return QString();
}

QJsonObject previewJson(const ImportPreview& preview, const std::vector<SheetMapping>& mappings)
{
    QJsonArray refusals;
    for (const ImportRefusal& r : preview.refusals)
        refusals.append(QJsonObject{{QStringLiteral("sheet"), r.sheet},
                                    {QStringLiteral("row"), r.row},
                                    {QStringLiteral("column"), r.column},
                                    {QStringLiteral("value"), r.value},
                                    {QStringLiteral("message"), r.message}});
    QJsonArray ignored;
    for (const SheetMapping& m : mappings)
        for (const QString& header : m.ignored())
            ignored.append(
                QJsonObject{{QStringLiteral("sheet"), m.sheet}, {QStringLiteral("column"), header}});
    return {{QStringLiteral("new"), preview.created},         {QStringLiteral("updated"), preview.updated},
            {QStringLiteral("unchanged"), preview.unchanged}, {QStringLiteral("refused"), preview.refused},
            {QStringLiteral("refusals"), refusals},           {QStringLiteral("ignored"), ignored}};
}

// Which sheets are read as what: Säkra's own workbook says so itself; otherwise a sheet named
// after a table, or the one sheet (a CSV file) as the table asked for.
std::vector<SheetMapping> mappingsFor(const SpreadsheetImporter& importer, const TableSpec* table)
{
    std::vector<SheetMapping> own = importer.ownMappings();
    if (!own.empty()) {
        if (table)
            std::erase_if(own, [&](const SheetMapping& m) { return m.table != table; });
        return own;
    }
    std::vector<SheetMapping> out;
    const auto visible = importer.workbook().visibleSheets();
    for (const SheetData* sheet : visible) {
        const TableSpec* named = SpreadsheetImporter::tableNamed(sheet->name);
        if (table && (named == table || visible.size() == 1))
            return {importer.proposeMapping(sheet->name, *table)};
        if (!table && named)
            out.push_back(importer.proposeMapping(sheet->name, *named));
    }
    return out;
}

} // namespace

int CommandLine::importSpreadsheet(const QStringList& args)
{
    const Arguments a = Arguments::parse(args, {QStringLiteral("--in"), QStringLiteral("--table")},
                                         {QStringLiteral("--dry-run")});
    const QString usage = tr("import behöver FIL --in DATA.xlsx|DATA.csv [--table TABELL] [--dry-run]");
    if (!a.problem.isEmpty())
        return usageError(a.problem + QLatin1String("; ") + usage);
    if (a.positional.size() != 1 || !a.values.contains(QStringLiteral("--in")))
        return usageError(usage);
    const TableSpec* table = nullptr;
    if (const QString problem = tableOption(a, table); !problem.isEmpty())
        return usageError(problem);
    const QString in = a.values.value(QStringLiteral("--in"));
    const QString shownIn = QDir::toNativeSeparators(in);
    std::optional<SpreadsheetImporter> importer;
    try {
        importer.emplace(SpreadsheetImporter::open(in));
    } catch (const Error& e) {
        return failure(tr("%1 lästes inte in: %2").arg(shownIn, e.message()));
    }
    const std::vector<SheetMapping> mappings = mappingsFor(*importer, table);
    if (mappings.empty())
        return usageError(
            tr("%1: inget blad heter som en tabell; ange vad raderna är med --table TABELL").arg(shownIn));

    auto reg = Register::open(a.positional.first());
    reportRecovery(reg->database());
    ImportPreview preview;
    if (a.flags.contains(QStringLiteral("--dry-run"))) {
        preview = importer->preview(*reg, mappings);
    } else {
        SpreadsheetImporter::Options options;
        options.progress = [this](qint64 done, qint64 total) {
            m_err << QLatin1Char('\r') << tr("%1 av %2 rader").arg(done).arg(total);
            m_err.flush();
        };
        preview = importer->commit(*reg, mappings, options).preview;
        m_err << '\n';
    }
    m_out << QJsonDocument(previewJson(preview, mappings)).toJson(QJsonDocument::Indented);
    if (!preview.accepted())
        return failure(tr("%1 lästes inte in: %2 rader avvisades; registret är oförändrat")
                           .arg(shownIn)
                           .arg(preview.refused));
    return 0;
}

int CommandLine::exportSpreadsheet(const QStringList& args)
{
    const Arguments a =
        Arguments::parse(args, {QStringLiteral("--out"), QStringLiteral("--lang"), QStringLiteral("--table")},
                         {QStringLiteral("--include-restricted")});
    const QString usage =
        tr("export behöver FIL --out DATA.json|DATA.xlsx|DATA.csv [--table TABELL] [--lang sv|en] "
           "[--include-restricted]");
    if (!a.problem.isEmpty())
        return usageError(a.problem + QLatin1String("; ") + usage);
    if (a.positional.size() != 1 || !a.values.contains(QStringLiteral("--out")))
        return usageError(usage);
    const QString out = a.values.value(QStringLiteral("--out"));
    const bool csv = out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    if (!csv && !out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return usageError(tr("okänt filformat: %1 (välj .json, .xlsx eller .csv)").arg(out));
    const QString lang = a.values.value(QStringLiteral("--lang"), Translation::code(Translation::current()));
    if (lang != QLatin1String("sv") && lang != QLatin1String("en"))
        return usageError(tr("okänt språk: %1 (välj sv eller en)").arg(lang));
    const TableSpec* table = nullptr;
    if (const QString problem = tableOption(a, table); !problem.isEmpty())
        return usageError(problem);
    if (!table && csv) {
        return usageError(tr("en CSV-fil rymmer en tabell: ange den med --table TABELL"));
    }
    SpreadsheetExporter::Options options;
    options.english = lang == QLatin1String("en");
    options.includeRestricted = a.flags.contains(QStringLiteral("--include-restricted"));
    if (table && table->restricted && !options.includeRestricted)
        return failure(tr("%1 är skyddade uppgifter och skrivs bara ut med --include-restricted")
                           .arg(QLatin1String(table->table)));

    refuseInterrupted(a.positional.first());
    // Reading only: a register the user may not write is read as it is.
    auto reg = Register::open(a.positional.first(), Database::WhenNotWritable::OpenReadOnly);
    if (csv)
        SpreadsheetExporter::writeCsv(*reg, *table, out, options);
    else
        SpreadsheetExporter::writeWorkbook(*reg, out, options,
                                           table ? std::vector{table} : std::vector<const TableSpec*>{});
    return 0;
}

int CommandLine::writeTemplate(const QStringList& args)
{
    const Arguments a = Arguments::parse(args, {QStringLiteral("--out"), QStringLiteral("--table")}, {});
    const QString usage = tr("template behöver --table TABELL --out MALL.xlsx");
    if (!a.problem.isEmpty())
        return usageError(a.problem + QLatin1String("; ") + usage);
    if (!a.positional.isEmpty() || !a.values.contains(QStringLiteral("--out")) ||
        !a.values.contains(QStringLiteral("--table")))
        return usageError(usage);
    const QString out = a.values.value(QStringLiteral("--out"));
    if (!out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return usageError(tr("en mall skrivs som .xlsx: %1").arg(out));
    const TableSpec* table = Tables::byName(a.values.value(QStringLiteral("--table")));
    if (!table)
        return usageError(tr("okänd tabell: %1 (välj bland %2)")
                              .arg(a.values.value(QStringLiteral("--table")), tableNames()));
    SpreadsheetExporter::writeTemplate(*table, out);
    return 0;
}

} // namespace sakra
