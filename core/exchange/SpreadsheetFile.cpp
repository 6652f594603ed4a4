#include "SpreadsheetFile.h"

#include "CsvReader.h"
#include "ImportError.h"
#include "XlsxReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sakra {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::SpreadsheetFile", text);
}

bool looksLikeText(const QByteArray& head)
{
    int control = 0;
    for (const char ch : head) {
        const auto b = static_cast<unsigned char>(ch);
        if (b == 0)
            return false;
        if (b < 0x20 && b != '\t' && b != '\r' && b != '\n' && b != '\f')
            ++control;
    }
    return control * 100 <= head.size();
}

} // namespace

WorkbookData SpreadsheetFile::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ImportError(tr("Kan inte läsa %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray head = file.read(4096);
    if (head.isEmpty())
        throw ImportError(tr("Filen är tom."));
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06")) {
        file.close();
        return XlsxReader::read(path);
    }
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        // An encrypted Office Open XML workbook is a compound file too, with these streams.
        const QByteArray rest = head + file.read(4 * 1024 * 1024);
        const QByteArray marker = QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e", 31);
        if (rest.contains(marker))
            throw ImportError(tr("Arbetsboken är krypterad med ett lösenord. Öppna den i kalkylprogrammet, "
                                 "ta bort lösenordet och spara den igen."));
        throw ImportError(tr("Filen är i det gamla Excel-formatet (.xls). Öppna den i kalkylprogrammet och "
                             "spara den som Excel-arbetsbok (.xlsx) eller CSV."));
    }
    if (!looksLikeText(head))
        throw ImportError(
            tr("Filen är varken en Excel-arbetsbok (.xlsx) eller en textfil med kolumner (CSV)."));
    if (file.size() > kMaxCsvBytes)
        throw ImportError(
            tr("Filen är större än %1 MB och läses inte in som CSV.").arg(kMaxCsvBytes / (1024 * 1024)));
    const QByteArray bytes = head + file.readAll();
    WorkbookData book;
    book.kind = WorkbookData::Kind::Csv;
    book.sheets.push_back(CsvReader::read(bytes, QFileInfo(path).completeBaseName()));
    if (book.sheets.front().rows.empty())
        throw ImportError(tr("Filen innehåller inga rader."));
    return book;
}

} // namespace sakra
