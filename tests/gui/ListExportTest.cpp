#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Register.h"
#include "RegisterSession.h"
#include "SampleMunicipality.h"
#include "ZipPart.h"
#include "organisation/PersonTableModel.h"
#include "risk/RiskTableModel.h"
#include "widgets/HeatMapWidget.h"
#include "widgets/ListFrame.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

using namespace sakra;
using namespace sakra::gui;
using sakra::test::find;

using sakra::test::zipPart;

namespace {
// Waits, running events, until done() holds or ms have passed; says whether it holds.
template <typename Done> bool waitUntil(Done done, int ms = 60000)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QTest::qWait(20);
    return done();
}

// The demo register on the risk list.
struct RiskList : test::DemoList<RiskTableModel>
{
    RiskList() : DemoList("risk", "riskTable") {}
};

// The lines of a CSV file the export wrote, without its byte order mark and final line end.
QStringList csvLines(const QString& path)
{
    QFile csv(path);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    REQUIRE(lines.takeLast().isEmpty());
    return lines;
}

// The cells of a sheet's rows as text: inline strings and the values of numbers and dates.
std::vector<QStringList> sheetRows(const QByteArray& xml)
{
    std::vector<QStringList> rows;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == QLatin1String("row"))
            rows.emplace_back();
        else if ((reader.name() == QLatin1String("t") || reader.name() == QLatin1String("v")) &&
                 !rows.empty())
            rows.back() << reader.readElementText();
    }
    return rows;
}

// Writes the list of that export button to path, as the button does once a file is chosen, and
// waits until the file is written. The file dialog itself is tested on its own.
void exportThroughButton(QWidget& window, const char* buttonName, const QString& path)
{
    auto* button = find<QPushButton>(window, buttonName);
    ListFrame* frame = nullptr;
    for (QObject* up = button->parent(); up && !frame; up = up->parent())
        frame = qobject_cast<ListFrame*>(up);
    REQUIRE(frame);
    frame->exportTo(path);
    // Off while the file is written, on again when it is.
    REQUIRE(waitUntil([button] { return button->isEnabled(); }));
    REQUIRE(QFileInfo::exists(path));
}
} // namespace

TEST_CASE_METHOD(RiskList, "A filtered list is exported to CSV with exactly its rows and the headers shown",
                 "[gui][export]")
{
    const int all = model->rowCount();
    // The heat map's cell of the first risk filters the list.
    const Risk first = model->rowAt(0)->risk;
    find<HeatMapWidget>(window, "riskHeatMap")->selectCell(first.likelihood, first.consequence);
    const int shown = model->rowCount();
    REQUIRE(shown > 0);
    REQUIRE(shown < all);
    // A hidden column stays out of the file.
    table->horizontalHeader()->hideSection(1);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("risker.csv"));
    exportThroughButton(window, "riskExportButton", path);

    CHECK(QFileInfo(path).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    const QStringList lines = csvLines(path);
    QStringList headers;
    for (int column = 0; column < model->columnCount(); ++column)
        if (column != 1)
            headers << model->headerText(column);
    CHECK(lines.first() == headers.join(QLatin1Char(';')));
    CHECK(lines.size() == shown + 1);
    for (int row = 0; row < shown; ++row)
        CHECK(lines.at(row + 1).contains(model->displayText(row, 0)));
}

TEST_CASE("A list longer than the pages read so far is exported with every row", "[gui][export]")
{
    test::TempRegisterFile file(false);
    constexpr int kPeople = 450;
    {
        auto reg = Register::open(file.path());
        test::SampleMunicipality::generate(*reg, 60, kPeople);
    }
    MainWindow window;
    REQUIRE(window.openFile(file.path()));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showArea(QStringLiteral("organisation"));
    auto* tabs = find<QTabWidget>(window, "organisationArea");
    tabs->setCurrentWidget(find<QWidget>(window, "peopleTab"));
    auto* table = find<QTableView>(window, "peopleTable");
    auto* model = test::modelOf<PersonTableModel>(table);
    // Only the first page is read before the export.
    REQUIRE(model->rowCount() < kPeople);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("personer.csv"));
    exportThroughButton(window, "peopleExportButton", path);

    QStringList lines = csvLines(path);
    REQUIRE(lines.size() == kPeople + 1);
    lines.removeFirst();
    REQUIRE(model->rowCount() == kPeople);
    // Every person once, in the order the list shows them.
    QStringList names;
    for (int row = 0; row < kPeople; ++row)
        names << model->displayText(row, PersonTableModel::NameColumn);
    CHECK(QSet<QString>(names.cbegin(), names.cend()).size() == kPeople);
    const int nameColumn = table->horizontalHeader()->visualIndex(PersonTableModel::NameColumn);
    for (int row = 0; row < kPeople; ++row)
        CHECK(lines.at(row).split(QLatin1Char(';')).value(nameColumn) == names.at(row));
}

TEST_CASE_METHOD(RiskList, "The export button writes an XLSX workbook of the list with its headers and rows",
                 "[gui][export]")
{
    // The first two columns change places: the file follows the order shown.
    table->horizontalHeader()->moveSection(1, 0);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("risker.xlsx"));
    exportThroughButton(window, "riskExportButton", path);

    CHECK(QFileInfo(path).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    const QByteArray workbook = zipPart(path, QStringLiteral("xl/workbook.xml"));
    REQUIRE(workbook.count("<sheet ") == 1);
    const std::vector<QStringList> rows =
        sheetRows(zipPart(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    REQUIRE(int(rows.size()) == model->rowCount() + 1);
    REQUIRE(rows.front().size() == model->columnCount());
    CHECK(rows.front().at(0) == model->headerText(1));
    CHECK(rows.front().at(1) == model->headerText(0));
    for (int column = 2; column < model->columnCount(); ++column)
        CHECK(rows.front().at(column) == model->headerText(column));
    // The risk's title, text in the list, is text in the sheet.
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(rows.at(std::size_t(row) + 1).contains(model->displayText(row, RiskTableModel::TitleColumn)));
}

TEST_CASE_METHOD(test::DemoWindow,
                 "The export button asks for a file named after the list, and cancelling writes nothing",
                 "[gui][export]")
{
    window.showArea(QStringLiteral("risk"));
    QTemporaryDir dir;
    QSettings().setValue(QStringLiteral("export/folder"), dir.path());

    // The dialog is looked at, then cancelled, from inside its own event loop.
    QString title;
    QStringList suggested;
    QStringList filters;
    bool answered = false;
    QTimer timer;
    timer.setInterval(20);
    QObject::connect(&timer, &QTimer::timeout, &timer, [&] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<QFileDialog*>(w);
            if (!dialog || !dialog->isVisible())
                continue;
            timer.stop();
            title = dialog->windowTitle();
            suggested = dialog->selectedFiles();
            filters = dialog->nameFilters();
            answered = true;
            dialog->reject();
            return;
        }
    });
    timer.start();
    auto* button = find<QPushButton>(window, "riskExportButton");
    QTest::mouseClick(button, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return answered; }));

    CHECK(title == QStringLiteral("Exportera lista"));
    REQUIRE(suggested.size() == 1);
    CHECK(QFileInfo(suggested.first()).absolutePath() == QFileInfo(dir.path()).absoluteFilePath());
    CHECK(QFileInfo(suggested.first()).fileName() ==
          find<QTableView>(window, "riskTable")->accessibleName() + QStringLiteral(".xlsx"));
    REQUIRE(filters.size() == 2);
    CHECK(filters.at(0).contains(QStringLiteral("*.xlsx")));
    CHECK(filters.at(1).contains(QStringLiteral("*.csv")));
    CHECK(button->isEnabled());
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}
