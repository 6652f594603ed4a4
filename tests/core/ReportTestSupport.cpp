#include "ReportTestSupport.h"

#include <QFile>
#include <QProcess>
#include <catch2/catch.hpp>

QString runTool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000))
        FAIL((program + QStringLiteral(" did not start (scripts/deps.sh installs poppler-utils)"))
                 .toStdString());
    p.waitForFinished(60000);
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

PdfFacts readPdf(const QString& path)
{
    PdfFacts facts;
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    facts.bytes = file.readAll();
    QString text = runTool(QStringLiteral("pdftotext"),
                           {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    facts.pages = text.split(QLatin1Char('\f'));
    if (!facts.pages.isEmpty() && facts.pages.last().trimmed().isEmpty())
        facts.pages.removeLast();
    const QStringList fonts =
        runTool(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    facts.fontLines = fonts.mid(2); // after the header and the rule
    return facts;
}
