#include "XlsxWorkbook.h"

#include "storage/Errors.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <algorithm>
#include <filesystem>
#include <xlsxwriter.h>

namespace sakra {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::XlsxWorkbook", text);
}

constexpr int kMaxRows = 1048576; // rows a sheet holds, the header included
constexpr int kMaxText = 32767;   // characters a cell holds
constexpr int kMinWidth = 8;      // in characters
constexpr int kMaxWidth = 60;
constexpr int kDateWidth = 11;

QString validSheetName(QString name)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar& c : name)
        if (forbidden.contains(c))
            c = QLatin1Char('-');
    name = name.trimmed();
    if (name.startsWith(QLatin1Char('\'')))
        name[0] = QLatin1Char('-');
    if (name.isEmpty())
        name = QStringLiteral("Blad");
    return name.left(31);
}

int widthOf(const QString& text)
{
    int longest = 0;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n')))
        longest = std::max(longest, int(line.size()));
    return longest;
}

} // namespace

XlsxWorkbook::XlsxWorkbook(const QString& path) : m_path(path)
{
    const QFileInfo target(path);
    // A temporary file is created readable by its owner only; libxlsxwriter writes into it
    // (opening an existing file keeps its permissions) and commit() renames it.
    QTemporaryFile temp(target.absolutePath() + QLatin1String("/.") + target.fileName() +
                        QLatin1String(".XXXXXX"));
    temp.setAutoRemove(false);
    if (!target.absoluteDir().exists() || !temp.open())
        throw Error(tr("Kan inte skriva %1: %2")
                        .arg(QDir::toNativeSeparators(path),
                             target.absoluteDir().exists() ? temp.errorString() : tr("mappen finns inte")));
    m_tempPath = temp.fileName();
    temp.close();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    const QByteArray name = QFile::encodeName(m_tempPath);
    m_book = workbook_new_opt(name.constData(), &options);
    if (!m_book) {
        QFile::remove(m_tempPath);
        throw Error(tr("Kan inte skriva %1.").arg(QDir::toNativeSeparators(path)));
    }
    m_bold = workbook_add_format(m_book);
    format_set_bold(m_bold);
    format_set_bg_color(m_bold, 0xDDE4EE);
    format_set_bottom(m_bold, LXW_BORDER_THIN);
    m_date = workbook_add_format(m_book);
    format_set_num_format(m_date, "yyyy-mm-dd");
    format_set_align(m_date, LXW_ALIGN_LEFT);
}

XlsxWorkbook::~XlsxWorkbook()
{
    if (!m_committed) {
        if (m_book)
            workbook_close(m_book);
        QFile::remove(m_tempPath);
    }
}

void XlsxWorkbook::addSheet(const QString& name, const std::vector<Column>& columns)
{
    QString sheet = validSheetName(name);
    for (int n = 2; m_sheetNames.contains(sheet, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        sheet = validSheetName(name).left(31 - int(suffix.size())) + suffix;
    }
    m_sheetNames << sheet;
    m_sheetName = sheet;
    m_sheet = workbook_add_worksheet(m_book, sheet.toUtf8().constData());
    if (!m_sheet)
        fail(LXW_ERROR_MEMORY_MALLOC_FAILED);
    m_columns = columns;
    m_widths.assign(columns.size(), 0);
    m_row = 0;
    if (columns.empty())
        return;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const QByteArray text = columns[c].header.left(kMaxText).toUtf8();
        if (const lxw_error e = worksheet_write_string(m_sheet, 0, lxw_col_t(c), text.constData(), m_bold))
            fail(e);
        // Room for the filter button beside the header.
        m_widths[c] = widthOf(columns[c].header) + 3;
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    // Printed across, with the header on every page.
    worksheet_set_landscape(m_sheet);
    worksheet_repeat_rows(m_sheet, 0, 0);
    m_row = 1;
}

void XlsxWorkbook::hideSheet()
{
    worksheet_hide(m_sheet);
}

void XlsxWorkbook::writeRow(const QVariantList& cells)
{
    if (m_row >= kMaxRows)
        throw Error(tr("Bladet %1 rymmer inte fler än %2 rader.").arg(m_sheetName).arg(kMaxRows - 1));
    const auto row = lxw_row_t(m_row);
    for (int c = 0; c < int(cells.size()); ++c) {
        const QVariant& value = cells.at(c);
        if (value.isNull())
            continue;
        const auto col = lxw_col_t(c);
        lxw_error e = LXW_NO_ERROR;
        int width = 0;
        if (value.typeId() == QMetaType::QDate) {
            const QDate d = value.toDate();
            lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0.0};
            e = worksheet_write_datetime(m_sheet, row, col, &dt, m_date);
            width = kDateWidth;
        } else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong ||
                   value.typeId() == QMetaType::Double || value.typeId() == QMetaType::UInt ||
                   value.typeId() == QMetaType::ULongLong) {
            e = worksheet_write_number(m_sheet, row, col, value.toDouble(), nullptr);
            width = int(value.toString().size()) + 1;
        } else {
            const QString text = value.toString();
            if (text.isEmpty())
                continue;
            e = worksheet_write_string(m_sheet, row, col, text.left(kMaxText).toUtf8().constData(), nullptr);
            width = widthOf(text);
        }
        if (e)
            fail(e);
        if (c < int(m_widths.size()))
            m_widths[std::size_t(c)] = std::max(m_widths[std::size_t(c)], width);
    }
    ++m_row;
}

void XlsxWorkbook::writeTextRow(const QStringList& cells, bool bold, bool measured)
{
    const auto row = lxw_row_t(m_row);
    for (int c = 0; c < int(cells.size()); ++c) {
        if (cells.at(c).isEmpty())
            continue;
        const QByteArray text = cells.at(c).left(kMaxText).toUtf8();
        if (const lxw_error e =
                worksheet_write_string(m_sheet, row, lxw_col_t(c), text.constData(), bold ? m_bold : nullptr))
            fail(e);
        if (measured && c < int(m_widths.size()))
            m_widths[std::size_t(c)] = std::max(m_widths[std::size_t(c)], widthOf(cells.at(c)));
    }
    ++m_row;
}

void XlsxWorkbook::addListValidation(int column, const QString& listRange, int firstRow, int lastRow)
{
    const QByteArray formula = (QLatin1Char('=') + listRange).toUtf8();
    lxw_data_validation validation{};
    validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    validation.value_formula = const_cast<char*>(formula.constData());
    validation.ignore_blank = LXW_VALIDATION_ON;
    validation.show_error = LXW_VALIDATION_ON;
    validation.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    const QByteArray title = tr("Värde ur listan").toUtf8();
    const QByteArray message = tr("Välj ett av värdena i listan.").toUtf8();
    validation.error_title = const_cast<char*>(title.constData());
    validation.error_message = const_cast<char*>(message.constData());
    if (const lxw_error e =
            worksheet_data_validation_range(m_sheet, lxw_row_t(firstRow), lxw_col_t(column),
                                            lxw_row_t(lastRow), lxw_col_t(column), &validation))
        fail(e);
}

void XlsxWorkbook::finishSheet(bool autofilter)
{
    if (m_columns.empty())
        return;
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        const double width = std::clamp(m_widths[c] + 1, kMinWidth, kMaxWidth);
        lxw_format* format = m_columns[c].cell == Cell::Date ? m_date : nullptr;
        lxw_row_col_options options{};
        options.hidden = m_columns[c].hidden ? LXW_TRUE : LXW_FALSE;
        if (const lxw_error e =
                worksheet_set_column_opt(m_sheet, lxw_col_t(c), lxw_col_t(c), width, format, &options))
            fail(e);
    }
    if (autofilter)
        worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(std::max(0, m_row - 1)),
                             lxw_col_t(m_columns.size() - 1));
}

void XlsxWorkbook::commit()
{
    const lxw_error e = workbook_close(m_book);
    m_book = nullptr;
    if (e) {
        QFile::remove(m_tempPath);
        throw Error(tr("Kan inte skriva %1: %2")
                        .arg(QDir::toNativeSeparators(m_path), QString::fromUtf8(lxw_strerror(e))));
    }
    std::error_code error;
    // Replaces an older file of the name in one step, as a save does.
    std::filesystem::rename(QFile::encodeName(m_tempPath).toStdString(),
                            QFile::encodeName(m_path).toStdString(), error);
    if (error) {
        QFile::remove(m_tempPath);
        throw Error(tr("Kan inte skriva %1: %2")
                        .arg(QDir::toNativeSeparators(m_path), QString::fromStdString(error.message())));
    }
    m_committed = true;
}

QString XlsxWorkbook::columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(QLatin1Char('A').unicode() + (c - 1) % 26));
    return name;
}

QString XlsxWorkbook::rangeOf(const QString& sheet, int column, int firstRow, int lastRow)
{
    const QString col = columnName(column);
    return QStringLiteral("'%1'!$%2$%3:$%2$%4").arg(sheet, col).arg(firstRow + 1).arg(lastRow + 1);
}

void XlsxWorkbook::fail(int error) const
{
    throw Error(
        tr("Kan inte skriva %1: %2")
            .arg(QDir::toNativeSeparators(m_path), QString::fromUtf8(lxw_strerror(lxw_error(error)))));
}

} // namespace sakra
