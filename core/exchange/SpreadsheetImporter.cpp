#include "SpreadsheetImporter.h"

#include "EntityChecks.h"
#include "ImportError.h"
#include "ImportIndex.h"
#include "Register.h"
#include "SheetCells.h"
#include "SheetColumns.h"
#include "SpreadsheetExporter.h"
#include "SpreadsheetFile.h"
#include "storage/BackupStore.h"
#include "storage/BulkWriter.h"
#include "storage/JsonText.h"
#include "storage/RecordStore.h"
#include "storage/Tables.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QUuid>
#include <algorithm>
#include <cstring>

namespace sakra {

namespace {

using SheetColumns::Kind;
using SheetColumns::SheetColumn;
using Source = SheetColumn::Source;

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::SpreadsheetImporter", text);
}

QString headerKey(const QString& header)
{
    QString h = TableIndex::normalised(header);
    while (h.endsWith(QLatin1Char('*')) || h.endsWith(QLatin1Char(':')))
        h.chop(1);
    return h.trimmed();
}

// A sheet row the import could not take, and why.
struct Refused
{
    QString column;
    QString value;
    QString message;
};

// A reference not found yet that a later row of the same sheet may make (a unit above another).
struct NotYet
{
};

class Run
{
public:
    Run(Register& reg, const WorkbookData& book, const SpreadsheetImporter::Options& options)
        : m_reg(reg), m_db(reg.database()), m_book(book), m_options(options), m_writer(m_db), m_index(m_db)
    {
    }

    ImportPreview run(const std::vector<SheetMapping>& mappings, bool& cancelled);
    std::vector<ImportedRow> takeWritten() { return std::move(m_written); }

private:
    struct Sheet
    {
        const SheetMapping* mapping;
        const SheetData* data;
        std::vector<SheetColumn> layout;
        std::vector<int> columnOf; // per layout column: the sheet column read for it, or -1
        EntityChecks::Check check;
        QHash<qint64, int> claimed; // row id -> the sheet row that wrote it
    };

    void checkMapping(Sheet& sheet);
    // Returns false when the row must wait for a later row (a reference to a row not yet made).
    bool importRow(Sheet& sheet, const SheetRow& row, bool lastTry);
    QVariantMap readRow(Sheet& sheet, const SheetRow& row, QString& uuid, QString& deletedAt, bool lastTry);
    QVariant readValue(Sheet& sheet, const SheetColumn& c, const QVariant& cell);
    qint64 resolve(Sheet& sheet, const Column& column, const QString& text, const QString& header,
                   bool lastTry);
    QString headerOf(const Sheet& sheet, const QString& field) const;
    void refuse(const Sheet& sheet, int row, const QString& column, const QString& value,
                const QString& message);
    void write(Sheet& sheet, int sheetRow, qint64 id, const QString& uuid, const QString& deletedAt,
               const QVariantMap& values);
    QVariant historyValue(const Column& c, const QVariant& v);
    // The names of spec's columns, in its order, made once.
    const QStringList& namesOf(const TableSpec& spec);
    // A new row's history entry: its values (row: one per column of spec) that are not null, as
    // a JSON object.
    QString createdJson(const TableSpec& spec, const QVariantList& row);
    void tick();

    Register& m_reg;
    Database& m_db;
    const WorkbookData& m_book;
    const SpreadsheetImporter::Options& m_options;
    BulkWriter m_writer;
    ImportIndex m_index;
    ImportPreview m_preview;
    std::vector<ImportedRow> m_written;
    qint64 m_done = 0;
    qint64 m_total = 0;
    QHash<const TableSpec*, QStringList> m_names;
};

void Run::refuse(const Sheet& sheet, int row, const QString& column, const QString& value,
                 const QString& message)
{
    ++m_preview.refused;
    if (m_preview.refusals.size() < ImportPreview::kMaxRefusals)
        m_preview.refusals.push_back({sheet.mapping->sheet, row, column, value, message});
}

QString Run::headerOf(const Sheet& sheet, const QString& field) const
{
    for (std::size_t i = 0; i < sheet.layout.size(); ++i) {
        const SheetColumn& c = sheet.layout[i];
        if (c.column && QLatin1String(c.column->name) == field && sheet.columnOf[i] >= 0)
            return sheet.mapping->headers.value(sheet.columnOf[i]);
    }
    const Column* column = sheet.mapping->table->column(field);
    return column ? TableSpec::translatedFieldLabel(*column) : field;
}

void Run::checkMapping(Sheet& sheet)
{
    const SheetMapping& m = *sheet.mapping;
    sheet.columnOf.assign(sheet.layout.size(), -1);
    for (int col = 0; col < m.keys.size(); ++col) {
        const QString& key = m.keys.at(col);
        if (key.isEmpty())
            continue;
        const auto it = std::find_if(sheet.layout.begin(), sheet.layout.end(),
                                     [&](const SheetColumn& c) { return c.key == key; });
        if (it == sheet.layout.end()) {
            refuse(sheet, m.headerRow, m.headers.value(col), key,
                   QCoreApplication::translate("sakra::SpreadsheetImporter",
                                               "kolumnen kan inte läsas som ”%1”, som %2 inte har")
                       .arg(key, m.table->translatedLabel().toLower()));
            continue;
        }
        int& at = sheet.columnOf[std::size_t(it - sheet.layout.begin())];
        if (at >= 0) {
            refuse(sheet, m.headerRow, m.headers.value(col), m.headers.value(col),
                   QCoreApplication::translate(
                       "sakra::SpreadsheetImporter",
                       "rubriken finns i både kolumn %1 och %2; ta bort eller byt namn på den ena")
                       .arg(columnLetters(at), columnLetters(col)));
            continue;
        }
        at = col;
    }
    // Without UUIDs every row may be new, and a new row needs what names it.
    const bool byUuid = sheet.columnOf[0] >= 0 && sheet.layout[0].source == Source::RowUuid;
    if (byUuid)
        return;
    for (std::size_t i = 0; i < sheet.layout.size(); ++i) {
        const SheetColumn& c = sheet.layout[i];
        if (!c.column || !c.column->required || c.source == Source::RefUuid)
            continue;
        const bool needed = c.kind == Kind::Ref || c.kind == Kind::Code || c.kind == Kind::Date ||
                            QLatin1String(c.column->name) == QLatin1String(m.table->displayColumn);
        if (!needed)
            continue;
        bool given = sheet.columnOf[i] >= 0;
        if (c.source == Source::RefName)
            for (std::size_t j = 0; j < sheet.layout.size(); ++j)
                given = given || (sheet.layout[j].source == Source::RefUuid &&
                                  sheet.layout[j].column == c.column && sheet.columnOf[j] >= 0);
        if (!given)
            refuse(sheet, m.headerRow, c.header, QString(),
                   QCoreApplication::translate("sakra::SpreadsheetImporter",
                                               "kolumnen ”%1” saknas; den behövs för varje ny rad")
                       .arg(c.header));
    }
}

qint64 Run::resolve(Sheet& sheet, const Column& column, const QString& text, const QString& header,
                    bool lastTry)
{
    const TableSpec* target = Tables::byName(QLatin1String(column.refTable));
    TableIndex& index = m_index.of(*target);
    const QList<qint64> ids = index.named(text);
    const bool self = target == sheet.mapping->table;
    if (ids.size() == 1)
        return ids.first();
    if (ids.isEmpty()) {
        if (self && !lastTry)
            throw NotYet{};
        const QStringList close = index.closeTo(text);
        QString message =
            QCoreApplication::translate("sakra::SpreadsheetImporter", "%1 ”%2” finns inte i registret")
                .arg(target->translatedLabel(), text.trimmed());
        if (!close.isEmpty())
            message +=
                QCoreApplication::translate("sakra::SpreadsheetImporter", "; menade du %1?")
                    .arg(QStringLiteral("”") + close.join(QStringLiteral("”, ”")) + QStringLiteral("”"));
        throw Refused{header, text, message};
    }
    QStringList names;
    for (qint64 id : ids.mid(0, 4))
        names << QStringLiteral("”") + index.nameOf(id) + QStringLiteral("”");
    throw Refused{
        header, text,
        QCoreApplication::translate("sakra::SpreadsheetImporter",
                                    "%1 ”%2” kan vara flera: %3; skriv hela sökvägen eller en unik uppgift")
            .arg(target->translatedLabel(), text.trimmed(), names.join(QStringLiteral(", ")))};
}

QVariant Run::readValue(Sheet& sheet, const SheetColumn& c, const QVariant& cell)
{
    Q_UNUSED(sheet)
    QString problem;
    switch (c.kind) {
    case Kind::Number: {
        const auto v = SheetCells::integer(cell, problem);
        if (!v)
            throw Refused{QString(), SheetCells::text(cell), problem};
        return *v;
    }
    case Kind::Date: {
        const auto d = SheetCells::date(cell, problem);
        if (!d)
            throw Refused{QString(), SheetCells::text(cell), problem};
        return d->toString(Qt::ISODate);
    }
    case Kind::Code: {
        const QString code = c.codes->codeOf(SheetCells::text(cell));
        if (code.isEmpty()) {
            QStringList allowed;
            for (const auto& [value, label] : c.codes->entries)
                allowed << label;
            throw Refused{
                QString(), SheetCells::text(cell),
                QCoreApplication::translate("sakra::SpreadsheetImporter", "”%1” finns inte bland värdena: %2")
                    .arg(SheetCells::text(cell), allowed.join(QStringLiteral(", ")))};
        }
        return code;
    }
    default: return SheetCells::text(cell);
    }
}

QVariantMap Run::readRow(Sheet& sheet, const SheetRow& row, QString& uuid, QString& deletedAt, bool lastTry)
{
    QVariantMap values;
    for (std::size_t i = 0; i < sheet.layout.size(); ++i) {
        const int col = sheet.columnOf[i];
        if (col < 0)
            continue;
        const SheetColumn& c = sheet.layout[i];
        const QVariant cell = row.cells.value(col);
        const QString header = sheet.mapping->headers.value(col);
        if (c.source == Source::RowUuid) {
            uuid = SheetCells::text(cell).trimmed();
            if (!uuid.isEmpty() && QUuid::fromString(uuid).isNull())
                throw Refused{
                    header, uuid,
                    QCoreApplication::translate("sakra::SpreadsheetImporter", "är inget giltigt UUID")};
            continue;
        }
        if (c.source == Source::DeletedAt) {
            deletedAt = SheetCells::text(cell).trimmed();
            continue;
        }
        const QString& key =
            namesOf(*sheet.mapping->table).at(int(c.column - sheet.mapping->table->columns.data()));
        if (c.source == Source::RefUuid || c.source == Source::RefName) {
            // The UUID beside a name decides when both are there (the layout puts it right after).
            if (c.source == Source::RefName && i + 1 < sheet.layout.size() &&
                sheet.layout[i + 1].source == Source::RefUuid && sheet.columnOf[i + 1] >= 0 &&
                !SheetCells::isEmpty(row.cells.value(sheet.columnOf[i + 1])))
                continue;
            if (SheetCells::isEmpty(cell)) {
                // An empty UUID column leaves the name beside it (read just before) to decide.
                if (c.source == Source::RefName || !values.contains(key))
                    values.insert(key, QVariant(QMetaType(QMetaType::LongLong)));
                continue;
            }
            values.insert(key, resolve(sheet, *c.column, SheetCells::text(cell), header, lastTry));
            continue;
        }
        if (SheetCells::isEmpty(cell)) {
            values.insert(key, QVariant());
            continue;
        }
        try {
            values.insert(key, readValue(sheet, c, cell));
        } catch (Refused& r) {
            r.column = header;
            throw;
        }
    }
    return values;
}

const QStringList& Run::namesOf(const TableSpec& spec)
{
    auto it = m_names.find(&spec);
    if (it == m_names.end()) {
        QStringList names;
        for (const Column& c : spec.columns)
            names << QLatin1String(c.name);
        it = m_names.insert(&spec, names);
    }
    return *it;
}

QString Run::createdJson(const TableSpec& spec, const QVariantList& row)
{
    return JsonText::createdObject(
        spec, row, [this](const Column& c, const QVariant& v) { return historyValue(c, v).toString(); });
}

QVariant Run::historyValue(const Column& c, const QVariant& v)
{
    if (v.isNull())
        return QVariant(QMetaType(QMetaType::QString));
    if (c.type == ColumnType::Ref)
        return m_index.of(*Tables::byName(QLatin1String(c.refTable))).uuidOf(v.toLongLong());
    return v.toString();
}

void Run::write(Sheet& sheet, int sheetRow, qint64 id, const QString& givenUuid, const QString& deletedAt,
                const QVariantMap& values)
{
    const TableSpec& spec = *sheet.mapping->table;
    const QStringList& names = namesOf(spec);
    TableIndex& index = m_index.of(spec);
    QVariantList row;
    row.reserve(qsizetype(spec.columns.size()));
    QVariantMap normalised;
    for (std::size_t i = 0; i < spec.columns.size(); ++i) {
        const QString& name = names.at(qsizetype(i));
        const QVariant v = RecordStore::normalise(spec.columns[i], values.value(name));
        row << v;
        normalised.insert(name, v);
    }
    const QString table = QLatin1String(spec.table);
    if (id == 0) {
        BulkWriter::Meta meta = m_writer.filled(givenUuid);
        meta.deletedAt = deletedAt;
        const qint64 newId = m_writer.insert(spec, meta, row);
        m_writer.record({QString(),
                         QString(),
                         table,
                         meta.uuid,
                         QStringLiteral("create"),
                         QString(),
                         {},
                         createdJson(spec, row)});
        if (!deletedAt.isEmpty())
            m_writer.record(
                {QString(), QString(), table, meta.uuid, QStringLiteral("delete"), QString(), {}, {}});
        index.add(newId, meta.uuid, normalised, deletedAt.isEmpty());
        sheet.claimed.insert(newId, sheetRow);
        m_written.push_back({&spec, newId, true, !deletedAt.isEmpty(), {}, {}});
        ++m_preview.created;
        return;
    }
    const auto stored = m_writer.load(spec, id);
    QVariantMap before;
    bool same = true;
    for (int i = 0; i < int(spec.columns.size()); ++i) {
        const Column& c = spec.columns[std::size_t(i)];
        const QVariant was = RecordStore::normalise(c, stored->at(4 + i));
        before.insert(names.at(i), was);
        const QVariant now = row.at(i);
        if (!(was == now && was.isNull() == now.isNull()))
            same = false;
    }
    sheet.claimed.insert(id, sheetRow);
    if (same) {
        ++m_preview.unchanged;
        return;
    }
    m_writer.update(spec, id, row);
    const QString uuid = stored->at(1).toString();
    for (const Column& c : spec.columns) {
        const QVariant was = before.value(QLatin1String(c.name));
        const QVariant now = normalised.value(QLatin1String(c.name));
        if (was == now && was.isNull() == now.isNull())
            continue;
        m_writer.record({QString(), QString(), table, uuid, QStringLiteral("update"), QLatin1String(c.name),
                         historyValue(c, was), historyValue(c, now)});
    }
    if (stored->at(3).isNull())
        index.change(id, before, normalised);
    m_written.push_back({&spec, id, false, !stored->at(3).isNull(), before, normalised});
    ++m_preview.updated;
}

bool Run::importRow(Sheet& sheet, const SheetRow& row, bool lastTry)
{
    const TableSpec& spec = *sheet.mapping->table;
    QString uuid;
    QString deletedAt;
    QVariantMap values;
    try {
        values = readRow(sheet, row, uuid, deletedAt, lastTry);
    } catch (const NotYet&) {
        return false;
    } catch (const Refused& r) {
        refuse(sheet, row.number, r.column, r.value, r.message);
        return true;
    }
    TableIndex& index = m_index.of(spec);
    qint64 id = uuid.isEmpty() ? 0 : index.idOf(uuid);
    if (id == 0 && uuid.isEmpty()) {
        const QList<qint64> ids = index.matching(values);
        if (ids.size() > 1) {
            QStringList names;
            for (qint64 candidate : ids.mid(0, 4))
                names << QStringLiteral("”%1” (%2)").arg(index.nameOf(candidate), index.uuidOf(candidate));
            refuse(sheet, row.number, QString(), QString(),
                   QCoreApplication::translate("sakra::SpreadsheetImporter",
                                               "raden passar flera poster: %1; ange UUID för den som menas")
                       .arg(names.join(QStringLiteral(", "))));
            return true;
        }
        if (ids.size() == 1)
            id = ids.first();
    }
    if (id != 0 && sheet.claimed.contains(id)) {
        refuse(sheet, row.number, QString(), QString(),
               QCoreApplication::translate("sakra::SpreadsheetImporter",
                                           "raden gäller samma post som rad %1 på bladet")
                   .arg(sheet.claimed.value(id)));
        return true;
    }
    // An update keeps what the sheet does not have.
    QVariantMap merged;
    if (id != 0) {
        const auto stored = m_writer.load(spec, id);
        for (int i = 0; i < int(spec.columns.size()); ++i)
            merged.insert(namesOf(spec).at(i), stored->at(4 + i));
        if (!stored->at(3).isNull())
            deletedAt = stored->at(3).toString(); // never restored or removed by an import
        else
            deletedAt.clear();
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        merged.insert(it.key(), it.value());
    try {
        // A removed row is kept as it was removed; the rules are for rows in use.
        if (sheet.check && deletedAt.isEmpty())
            merged = sheet.check(merged, id);
        write(sheet, row.number, id, id == 0 ? uuid : QString(), deletedAt, merged);
    } catch (const ValidationError& e) {
        const QString header = headerOf(sheet, e.field());
        refuse(sheet, row.number, header, SheetCells::text(merged.value(e.field())), e.message());
    } catch (const StorageError& e) {
        refuse(sheet, row.number, QString(), QString(),
               QCoreApplication::translate("sakra::SpreadsheetImporter", "raden godtas inte: %1")
                   .arg(e.message()));
    }
    return true;
}

void Run::tick()
{
    ++m_done;
    if (m_done % 256 != 0 && m_done != m_total)
        return;
    if (m_options.progress)
        m_options.progress(m_done, m_total);
}

ImportPreview Run::run(const std::vector<SheetMapping>& mappings, bool& cancelled)
{
    std::vector<Sheet> sheets;
    for (const SheetMapping& m : mappings) {
        const SheetData* data = m_book.sheet(m.sheet);
        if (!data || !m.table)
            throw ImportError(
                QCoreApplication::translate("sakra::SpreadsheetImporter", "Bladet ”%1” finns inte i filen.")
                    .arg(m.sheet));
        Sheet sheet{&m,
                    data,
                    SheetColumns::layoutOf(*m.table, false, false),
                    {},
                    EntityChecks::forTable(m_reg, *m.table, &m_index),
                    {}};
        checkMapping(sheet);
        for (const SheetRow& r : data->rows)
            if (r.number > m.headerRow)
                ++m_total;
        sheets.push_back(std::move(sheet));
    }
    // Tables in the order of the register: a row comes after the rows it refers to.
    const auto& order = Tables::all();
    std::stable_sort(sheets.begin(), sheets.end(), [&](const Sheet& a, const Sheet& b) {
        return std::find(order.begin(), order.end(), a.mapping->table) <
               std::find(order.begin(), order.end(), b.mapping->table);
    });
    if (m_preview.refused > 0)
        return m_preview; // the columns themselves are wrong: no row can be read
    for (Sheet& sheet : sheets) {
        std::vector<const SheetRow*> waiting;
        for (const SheetRow& r : sheet.data->rows) {
            if (r.number <= sheet.mapping->headerRow)
                continue;
            if (m_options.cancel && m_options.cancel->load()) {
                cancelled = true;
                return m_preview;
            }
            if (importRow(sheet, r, false))
                tick();
            else
                waiting.push_back(&r);
        }
        // Rows that refer to rows further down the same sheet, until no more can be made.
        for (bool progress = true; !waiting.empty();) {
            std::vector<const SheetRow*> still;
            for (const SheetRow* r : waiting) {
                if (importRow(sheet, *r, !progress))
                    tick();
                else
                    still.push_back(r);
            }
            progress = still.size() < waiting.size();
            waiting.swap(still);
        }
    }
    return m_preview;
}

} // namespace

QStringList SheetMapping::ignored() const
{
    QStringList out;
    for (int i = 0; i < headers.size(); ++i)
        if (keys.value(i).isEmpty() && !headers.at(i).trimmed().isEmpty())
            out << headers.at(i);
    return out;
}

SpreadsheetImporter::SpreadsheetImporter(WorkbookData book) : m_book(std::move(book)) {}

SpreadsheetImporter SpreadsheetImporter::open(const QString& path)
{
    return SpreadsheetImporter(SpreadsheetFile::read(path));
}

std::vector<SheetMapping> SpreadsheetImporter::ownMappings() const
{
    const SheetData* meta = m_book.sheet(QLatin1String(SpreadsheetExporter::kMetaSheet));
    if (!meta || meta->rows.empty() ||
        SheetCells::text(meta->rows.front().cells.value(1)) !=
            QLatin1String(SpreadsheetExporter::kFormatName))
        return {};
    std::vector<SheetMapping> out;
    bool inList = false;
    for (const SheetRow& r : meta->rows) {
        const QString name = SheetCells::text(r.cells.value(0));
        const QString table = SheetCells::text(r.cells.value(1));
        if (!inList) {
            inList = name == u"sheet" && table == u"table";
            continue;
        }
        const SheetData* sheet = m_book.sheet(name);
        SheetMapping m{name, 1, Tables::byName(table), {}, {}};
        if (!sheet || !m.table)
            throw ImportError(
                tr("Arbetsbokens dolda blad %1 nämner bladet ”%2” med tabellen ”%3”, som inte finns.")
                    .arg(QLatin1String(SpreadsheetExporter::kMetaSheet), name, table));
        const SheetRow* header = sheet->row(1);
        for (int i = 2; i < r.cells.size(); ++i) {
            m.keys << SheetCells::text(r.cells.at(i));
            m.headers << (header ? SheetCells::text(header->cells.value(i - 2)) : QString());
        }
        out.push_back(m);
    }
    return out;
}

SheetMapping SpreadsheetImporter::proposeMapping(const QString& sheetName, const TableSpec& table,
                                                 int headerRow) const
{
    SheetMapping m;
    m.sheet = sheetName;
    m.headerRow = headerRow;
    m.table = &table;
    const SheetData* sheet = m_book.sheet(sheetName);
    const SheetRow* header = sheet ? sheet->row(headerRow) : nullptr;
    if (!header)
        return m;
    const std::vector<SheetColumn> sv = SheetColumns::layoutOf(table, false, false);
    const std::vector<SheetColumn> en = SheetColumns::layoutOf(table, true, false);
    for (int i = 0; i < header->cells.size(); ++i) {
        const QString text = SheetCells::text(header->cells.at(i));
        m.headers << text;
        const QString wanted = headerKey(text);
        QString key;
        for (const auto* layout : {&sv, &en})
            for (const SheetColumn& c : *layout)
                if (key.isEmpty() && !wanted.isEmpty() && (headerKey(c.header) == wanted || c.key == wanted))
                    key = c.key;
        if (key.isEmpty()) {
            for (const SheetColumn& c : sv) {
                if (!c.column || c.source == Source::RefUuid)
                    continue;
                if (SheetColumns::synonymsOf(table, *c.column).contains(wanted) && !m.keys.contains(c.key)) {
                    key = c.key;
                    break;
                }
            }
        }
        m.keys << key;
    }
    return m;
}

const TableSpec* SpreadsheetImporter::tableNamed(const QString& sheetName)
{
    const QString wanted = headerKey(sheetName);
    // The sheet's Swedish name, its name in the interface's language or the table's own name.
    for (const TableSpec* spec : Tables::all())
        if (headerKey(spec->translatedLabel()) == wanted || QLatin1String(spec->table) == wanted ||
            headerKey(SheetColumns::sheetNameOf(*spec, false)) == wanted)
            return spec;
    return nullptr;
}

std::vector<const TableSpec*> SpreadsheetImporter::importableTables()
{
    return {&Tables::risk(),    &Tables::action(),         &Tables::incident(),   &Tables::training(),
            &Tables::routine(), &Tables::alarmEquipment(), &Tables::person(),     &Tables::orgUnit(),
            &Tables::site(),    &Tables::budgetLine(),     &Tables::plannedPost()};
}

ImportPreview SpreadsheetImporter::preview(Register& reg, const std::vector<SheetMapping>& mappings) const
{
    return preview(reg, mappings, Options());
}

ImportPreview SpreadsheetImporter::preview(Register& reg, const std::vector<SheetMapping>& mappings,
                                           const Options& options) const
{
    Transaction tx(reg.database());
    Run run(reg, m_book, options);
    bool cancelled = false;
    return run.run(mappings, cancelled);
    // tx is rolled back: a preview writes nothing.
}

SpreadsheetImporter::Result SpreadsheetImporter::commit(Register& reg,
                                                        const std::vector<SheetMapping>& mappings,
                                                        const Options& options) const
{
    Result result;
    const BackupStore store(options.backupFolder.isEmpty() ? BackupStore::defaultFolder()
                                                           : options.backupFolder);
    result.backupPath = store.make(reg.database(), BackupStore::Reason::Import);
    Transaction tx(reg.database());
    bool cancelled = false;
    {
        Run run(reg, m_book, options);
        result.preview = run.run(mappings, cancelled);
        result.written = run.takeWritten();
    }
    if (cancelled) {
        result.outcome = Result::Outcome::Cancelled;
        result.written.clear();
        return result;
    }
    if (!result.preview.accepted()) {
        result.outcome = Result::Outcome::Refused;
        result.written.clear();
        return result;
    }
    // The planner's statistics inside the import's transaction, so the import stays all or nothing
    // whenever a crash comes.
    reg.database().refreshPlannerStatistics();
    tx.commit();
    result.outcome = Result::Outcome::Imported;
    return result;
}

} // namespace sakra
