#pragma once

#include <QString>
#include <QStringList>

// What poppler's tools read back from a PDF: the text of each page, the fonts and the page count.
struct PdfFacts
{
    QStringList pages;     // text of each page (pdftotext), no-break spaces made plain
    QStringList fontLines; // the rows of pdffonts' table
    QByteArray bytes;
    QString all() const { return pages.join(QLatin1Char('\n')); }
};

PdfFacts readPdf(const QString& path);
// Runs a poppler tool; FAILs the test when it cannot run or fails.
QString runTool(const QString& program, const QStringList& args);
