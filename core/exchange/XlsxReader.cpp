#include "XlsxReader.h"

#include "ImportError.h"
#include "WorksheetReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <algorithm>
#include <atomic>
#include <exception>
#include <functional>
#include <thread>
#include <unzip.h>

namespace sakra {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::XlsxReader", text);
}

// minizip reads through these, so the file name is Qt's (Unicode on every system).
voidpf openFile(voidpf opaque, const void*, int)
{
    auto* file = static_cast<QFile*>(opaque);
    return file->open(QIODevice::ReadOnly) ? file : nullptr;
}
uLong readFile(voidpf, voidpf stream, void* buf, uLong size)
{
    const qint64 n = static_cast<QFile*>(stream)->read(static_cast<char*>(buf), qint64(size));
    return n < 0 ? 0 : uLong(n);
}
uLong writeFile(voidpf, voidpf, const void*, uLong)
{
    return 0;
}
ZPOS64_T tellFile(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<QFile*>(stream)->pos());
}
long seekFile(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto* file = static_cast<QFile*>(stream);
    qint64 to = qint64(offset);
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        to += file->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        to += file->size();
    return file->seek(to) ? 0 : -1;
}
int closeFile(voidpf, voidpf stream)
{
    static_cast<QFile*>(stream)->close();
    return 0;
}
int errorFile(voidpf, voidpf stream)
{
    return static_cast<QFile*>(stream)->error() == QFileDevice::NoError ? 0 : 1;
}

class Zip
{
public:
    // total: what the workbook has unpacked so far, shared by the Zips of one workbook read on
    // several threads; null: this Zip's own count.
    explicit Zip(const QString& path, std::atomic<qint64>* total = nullptr)
        : m_file(path), m_total(total ? total : &m_ownTotal)
    {
        zlib_filefunc64_def functions{openFile, readFile,  writeFile, tellFile,
                                      seekFile, closeFile, errorFile, &m_file};
        m_zip = unzOpen2_64("", &functions);
        if (!m_zip)
            throw ImportError(QCoreApplication::translate(
                "sakra::XlsxReader", "Filen ser ut som en XLSX-arbetsbok men arkivet är trasigt eller "
                                     "ofullständigt (kanske avbrutet när den kopierades). Spara den på nytt "
                                     "från kalkylprogrammet."));
    }
    ~Zip()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    Zip(const Zip&) = delete;
    Zip& operator=(const Zip&) = delete;

    // The entry's size unpacked, as the archive says (for the order of work only), or 0.
    qint64 sizeOf(const QString& name)
    {
        unz_file_info64 info{};
        if (unzLocateFile(m_zip, name.toUtf8().constData(), 2) != UNZ_OK ||
            unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
            return 0;
        return qint64(info.uncompressed_size);
    }

    // What this Zip has unpacked so far.
    qint64 unpacked() const { return m_total->load(); }

    bool contains(const QString& name)
    {
        return unzLocateFile(m_zip, name.toUtf8().constData(), 2) == UNZ_OK;
    }

    // The entry's bytes; an empty array when it is not there and optional.
    QByteArray read(const QString& name, bool required)
    {
        if (unzLocateFile(m_zip, name.toUtf8().constData(), 2) != UNZ_OK) {
            if (required)
                throw ImportError(QCoreApplication::translate(
                                      "sakra::XlsxReader",
                                      "Arbetsboken saknar delen %1; den är inte en XLSX-fil eller är skadad.")
                                      .arg(name));
            return {};
        }
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
            throw broken(name);
        if (info.flag & 1)
            throw ImportError(QCoreApplication::translate(
                "sakra::XlsxReader",
                "Arbetsboken är lösenordsskyddad. Spara den utan lösenord och försök igen."));
        checkSize(name, qint64(info.uncompressed_size), qint64(info.compressed_size));
        if (unzOpenCurrentFile(m_zip) != UNZ_OK)
            throw broken(name);
        QByteArray data;
        data.reserve(int(std::min<qint64>(qint64(info.uncompressed_size), 64 * 1024 * 1024)));
        char buffer[65536];
        for (;;) {
            const int n = unzReadCurrentFile(m_zip, buffer, sizeof buffer);
            if (n < 0) {
                unzCloseCurrentFile(m_zip);
                throw broken(name);
            }
            if (n == 0)
                break;
            data.append(buffer, n);
            // The sizes in the archive may lie: count what really comes out, and what all the
            // entries unpacked so far come to.
            checkSize(name, data.size(), qint64(info.compressed_size));
            if (m_total->fetch_add(n) + n > XlsxReader::kMaxTotalBytes) {
                unzCloseCurrentFile(m_zip);
                throw bomb();
            }
        }
        if (unzCloseCurrentFile(m_zip) != UNZ_OK)
            throw broken(name);
        return data;
    }

private:
    static ImportError broken(const QString& name)
    {
        return ImportError(QCoreApplication::translate(
                               "sakra::XlsxReader",
                               "Arbetsboken är skadad eller ofullständig (delen %1 kan inte packas upp). "
                               "Spara den på nytt från kalkylprogrammet.")
                               .arg(name));
    }
    static ImportError bomb()
    {
        return ImportError(QCoreApplication::translate(
                               "sakra::XlsxReader",
                               "Arbetsboken packas upp till orimligt mycket data (mer än %1 MB, eller mer "
                               "än %2 gånger sin packade storlek) och läses inte in. Den kan vara gjord för "
                               "att fylla minnet.")
                               .arg(XlsxReader::kMaxTotalBytes / (1024 * 1024))
                               .arg(XlsxReader::kMaxRatio));
    }
    void checkSize(const QString&, qint64 size, qint64 compressed) const
    {
        if (size > XlsxReader::kMaxEntryBytes || m_total->load() + size > XlsxReader::kMaxTotalBytes)
            throw bomb();
        if (size > XlsxReader::kRatioCheckedFrom &&
            size > XlsxReader::kMaxRatio * std::max<qint64>(compressed, 1))
            throw bomb();
    }

    QFile m_file;
    unzFile m_zip = nullptr;
    std::atomic<qint64> m_ownTotal{0};
    std::atomic<qint64>* m_total;
};

[[noreturn]] void malformed(const QString& part, const QXmlStreamReader& xml)
{
    throw ImportError(
        QCoreApplication::translate("sakra::XlsxReader",
                                    "Arbetsboken är skadad: delen %1 är inte giltig XML (rad %2: %3).")
            .arg(part)
            .arg(xml.lineNumber())
            .arg(xml.errorString()));
}

QString attribute(const QXmlStreamAttributes& attributes, QStringView localName)
{
    for (const QXmlStreamAttribute& a : attributes)
        if (a.name() == localName)
            return a.value().toString();
    return {};
}

QString attribute(const QXmlStreamReader& xml, QStringView localName)
{
    return attribute(xml.attributes(), localName);
}

// "xl/worksheets/sheet1.xml" from a relationship target relative to base's folder.
QString resolve(const QString& base, const QString& target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    const qsizetype slash = base.lastIndexOf(QLatin1Char('/'));
    return QDir::cleanPath((slash < 0 ? QString() : base.left(slash + 1)) + target);
}

// Relationship id -> (type, target) of one part's .rels.
struct Relation
{
    QString type;
    QString target;
};
QHash<QString, Relation> relationsOf(Zip& zip, const QString& part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    const QString rels =
        part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
    QHash<QString, Relation> out;
    const QByteArray data = zip.read(rels, false);
    if (data.isEmpty())
        return out;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship")
            out.insert(attribute(xml, u"Id"),
                       {attribute(xml, u"Type"), resolve(part, attribute(xml, u"Target"))});
    }
    if (xml.hasError())
        malformed(rels, xml);
    return out;
}

QString targetOfType(const QHash<QString, Relation>& relations, const QString& typeEnd,
                     const QString& fallback)
{
    for (const Relation& r : relations)
        if (r.type.endsWith(typeEnd))
            return r.target;
    return fallback;
}

QString sharedStringsPart(const QHash<QString, Relation>& relations)
{
    return targetOfType(relations, QStringLiteral("/sharedStrings"), QStringLiteral("xl/sharedStrings.xml"));
}

using Shown = WorksheetReader::Shown;

Shown shownAs(int numFmtId, const QString& code)
{
    if ((numFmtId >= 14 && numFmtId <= 17) || numFmtId == 22 || (numFmtId >= 27 && numFmtId <= 36) ||
        (numFmtId >= 50 && numFmtId <= 58))
        return Shown::Date;
    if ((numFmtId >= 18 && numFmtId <= 21) || (numFmtId >= 45 && numFmtId <= 47))
        return Shown::Time;
    if (code.isEmpty())
        return Shown::Number;
    // Quoted text, escaped characters and [colour] or [$-locale] sections are not the pattern.
    static const QRegularExpression noise(QStringLiteral("\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]"));
    const QString pattern = QString(code).remove(noise).toLower();
    if (pattern.contains(QLatin1Char('y')) || pattern.contains(QLatin1Char('d')))
        return Shown::Date;
    if (pattern.contains(QLatin1Char('h')) || pattern.contains(QLatin1Char('s')))
        return Shown::Time;
    return Shown::Number;
}

// For each cell style (the s attribute), how its number is shown.
std::vector<Shown> cellStyles(Zip& zip, const QString& part)
{
    QHash<int, QString> codes;
    std::vector<Shown> styles;
    const QByteArray data = zip.read(part, false);
    if (data.isEmpty())
        return styles;
    QXmlStreamReader xml(data);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"numFmt")
                codes.insert(attribute(xml, u"numFmtId").toInt(), attribute(xml, u"formatCode"));
            else if (xml.name() == u"cellXfs")
                inCellXfs = true;
            else if (inCellXfs && xml.name() == u"xf") {
                const int id = attribute(xml, u"numFmtId").toInt();
                styles.push_back(shownAs(id, codes.value(id)));
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (xml.hasError())
        malformed(part, xml);
    return styles;
}

void fillMerged(SheetData& sheet, const QStringList& ranges)
{
    if (sheet.rows.empty())
        return;
    const int lastRow = sheet.rows.back().number;
    for (const QString& range : ranges) {
        const QStringList ends = range.split(QLatin1Char(':'));
        int c1, r1, c2, r2;
        if (ends.size() != 2 || !WorksheetReader::cellReference(ends[0], c1, r1) ||
            !WorksheetReader::cellReference(ends[1], c2, r2))
            continue;
        const SheetRow* first = sheet.row(r1);
        if (!first || c1 >= first->cells.size() || first->cells.at(c1).isNull())
            continue;
        const QVariant value = first->cells.at(c1);
        // Only as far as the sheet has rows: a merge down to row 1,048,576 allocates nothing more.
        for (int r = r1; r <= std::min(r2, lastRow); ++r) {
            auto it = std::lower_bound(sheet.rows.begin(), sheet.rows.end(), r,
                                       [](const SheetRow& row, int n) { return row.number < n; });
            if (it == sheet.rows.end() || it->number != r)
                it = sheet.rows.insert(it, SheetRow{r, {}});
            for (int c = c1; c <= c2 && c < 16384; ++c) {
                while (it->cells.size() <= c)
                    it->cells.append(QVariant());
                if (it->cells.at(c).isNull())
                    it->cells[c] = value;
            }
        }
    }
}

bool isStringIndex(const QVariant& cell)
{
    return cell.typeId() == QMetaType::Int;
}

// The sheet with its shared strings put in and its merged cells filled: as people see it.
SheetData withStrings(WorksheetReader::Sheet parsed, const QStringList& strings)
{
    SheetData& sheet = parsed.data;
    for (SheetRow& row : sheet.rows) {
        for (int c = 0; c < row.cells.size(); ++c) {
            if (!isStringIndex(row.cells.at(c)))
                continue;
            const int index = row.cells.at(c).toInt();
            if (index < 0 || index >= strings.size())
                throw ImportError(QCoreApplication::translate(
                                      "sakra::XlsxReader",
                                      "Bladet %1 är skadat: cellen %2%3 hänvisar till en text som saknas.")
                                      .arg(sheet.name, columnLetters(c))
                                      .arg(row.number));
            row.cells[c] = strings.at(index).isEmpty() ? QVariant() : QVariant(strings.at(index));
        }
        // An empty text is no value: the cells end at the last value, a row without one goes.
        while (!row.cells.isEmpty() && row.cells.constLast().isNull())
            row.cells.removeLast();
    }
    std::erase_if(sheet.rows, [](const SheetRow& r) { return r.cells.isEmpty(); });
    fillMerged(sheet, parsed.merged);
    return std::move(sheet);
}

// Runs job(0) .. job(count - 1) on a few threads; the exceptions they throw are kept per job.
void inParallel(int count, const std::function<void(int)>& job, std::vector<std::exception_ptr>& errors)
{
    errors.assign(std::size_t(count), nullptr);
    std::atomic_int next{0};
    auto work = [&] {
        for (int i = next++; i < count; i = next++) {
            try {
                job(i);
            } catch (...) {
                errors[std::size_t(i)] = std::current_exception();
            }
        }
    };
    const int threads = std::clamp(int(std::thread::hardware_concurrency()), 1, 4);
    std::vector<std::thread> helpers;
    for (int t = 1; t < std::min(threads, count); ++t)
        helpers.emplace_back(work);
    work();
    for (std::thread& t : helpers)
        t.join();
}

} // namespace

WorkbookData XlsxReader::read(const QString& path)
{
    Zip zip(path);
    const QHash<QString, Relation> root = relationsOf(zip, QString());
    const QString workbookPart =
        targetOfType(root, QStringLiteral("/officeDocument"), QStringLiteral("xl/workbook.xml"));
    if (!zip.contains(workbookPart))
        throw ImportError(
            tr("Filen är ett zip-arkiv men ingen XLSX-arbetsbok (delen %1 saknas).").arg(workbookPart));
    const QHash<QString, Relation> relations = relationsOf(zip, workbookPart);

    struct SheetEntry
    {
        QString name;
        QString part;
        bool hidden;
    };
    std::vector<SheetEntry> entries;
    bool date1904 = false;
    {
        const QByteArray data = zip.read(workbookPart, true);
        QXmlStreamReader xml(data);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"workbookPr") {
                const QString v = attribute(xml, u"date1904");
                date1904 = v == u"1" || v.compare(u"true", Qt::CaseInsensitive) == 0;
            } else if (xml.name() == u"sheet") {
                const Relation target = relations.value(attribute(xml, u"id"));
                if (target.target.isEmpty())
                    continue; // a chart sheet or a broken link: nothing to read
                const QString state = attribute(xml, u"state");
                entries.push_back(
                    {attribute(xml, u"name"), target.target, !state.isEmpty() && state != u"visible"});
            }
        }
        if (xml.hasError())
            malformed(workbookPart, xml);
    }
    if (entries.empty())
        throw ImportError(tr("Arbetsboken har inga blad."));

    const QByteArray stringsData = zip.read(sharedStringsPart(relations), false);
    const std::vector<Shown> styles =
        cellStyles(zip, targetOfType(relations, QStringLiteral("/styles"), QStringLiteral("xl/styles.xml")));
    const WorksheetReader worksheets(styles, date1904);

    // The shared strings and the sheets parsed side by side, each sheet unpacked by the thread
    // that parses it through a Zip of its own, the largest first; all of them count against one
    // limit of what the workbook may unpack to. Job 0 is the shared strings, job i the sheet
    // read[i - 1]: the first problem in the order of the file is the one reported.
    std::vector<const SheetEntry*> read;
    for (const SheetEntry& e : entries)
        if (e.part.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive))
            read.push_back(&e);
    std::vector<int> largestFirst(read.size() + 1);
    std::vector<qint64> sizes{stringsData.size()};
    for (std::size_t i = 0; i < read.size(); ++i)
        sizes.push_back(zip.sizeOf(read[i]->part));
    for (std::size_t job = 0; job < largestFirst.size(); ++job)
        largestFirst[job] = int(job);
    std::stable_sort(largestFirst.begin(), largestFirst.end(),
                     [&](int a, int b) { return sizes[std::size_t(a)] > sizes[std::size_t(b)]; });
    std::atomic<qint64> total{zip.unpacked()};
    QStringList strings;
    std::vector<WorksheetReader::Sheet> parsed(read.size());
    std::vector<std::exception_ptr> errors;
    inParallel(
        int(largestFirst.size()),
        [&](int i) {
            const int job = largestFirst[std::size_t(i)];
            if (job == 0) {
                strings = WorksheetReader::sharedStrings(stringsData, sharedStringsPart(relations));
                return;
            }
            const std::size_t at = std::size_t(job - 1);
            Zip own(path, &total);
            parsed[at] = worksheets.read(own.read(read[at]->part, true), read[at]->part, read[at]->name);
        },
        errors);
    std::vector<std::exception_ptr> byJob(errors.size());
    for (std::size_t i = 0; i < errors.size(); ++i)
        byJob[std::size_t(largestFirst[i])] = errors[i];
    errors = byJob;
    for (const std::exception_ptr& e : errors)
        if (e)
            std::rethrow_exception(e);

    WorkbookData book;
    book.kind = WorkbookData::Kind::Xlsx;
    for (std::size_t i = 0; i < read.size(); ++i) {
        SheetData sheet = withStrings(std::move(parsed[i]), strings);
        sheet.hidden = read[i]->hidden;
        book.sheets.push_back(std::move(sheet));
    }
    return book;
}

} // namespace sakra
