#include "CommandLine.h"
#include "Register.h"
#include "exchange/SpreadsheetExporter.h"
#include "storage/Errors.h"
#include "storage/InterruptedWrite.h"
#include "storage/Tables.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>

namespace sakra {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::CommandLine", text);
}

// The options of a command: "--name value" pairs, flags without a value, and what stands alone.
struct Arguments
{
    QHash<QString, QString> values;
    QStringList flags;
    QStringList positional;
    QString problem; // empty when the arguments could be read
};

Arguments parse(const QStringList& args, const QStringList& withValue, const QStringList& flags)
{
    Arguments parsed;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (withValue.contains(a)) {
            if (i + 1 >= args.size() || parsed.values.contains(a)) {
                parsed.problem = tr("%1 behöver ett värde, en gång").arg(a);
                return parsed;
            }
            parsed.values.insert(a, args.at(++i));
        } else if (flags.contains(a)) {
            parsed.flags << a;
        } else if (a.startsWith(QLatin1String("--"))) {
            parsed.problem = tr("okänd flagga: %1").arg(a);
            return parsed;
        } else {
            parsed.positional << a;
        }
    }
    return parsed;
}

QString tableNames()
{
    QStringList names;
    for (const TableSpec* spec : Tables::all())
        names << QLatin1String(spec->table);
    return names.join(QStringLiteral(", "));
}

} // namespace

int CommandLine::exportSpreadsheet(const QStringList& args)
{
    const Arguments a =
        parse(args, {QStringLiteral("--out"), QStringLiteral("--lang"), QStringLiteral("--table")},
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
    const QString lang = a.values.value(QStringLiteral("--lang"), QStringLiteral("sv"));
    if (lang != QLatin1String("sv") && lang != QLatin1String("en"))
        return usageError(tr("okänt språk: %1 (välj sv eller en)").arg(lang));
    const TableSpec* table = nullptr;
    if (a.values.contains(QStringLiteral("--table"))) {
        table = Tables::byName(a.values.value(QStringLiteral("--table")));
        if (!table)
            return usageError(tr("okänd tabell: %1 (välj bland %2)")
                                  .arg(a.values.value(QStringLiteral("--table")), tableNames()));
    } else if (csv) {
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
    const Arguments a = parse(args, {QStringLiteral("--out"), QStringLiteral("--table")}, {});
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
