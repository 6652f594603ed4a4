#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Register.h"
#include "RegisterSession.h"
#include "risk/RiskTableModel.h"
#include "widgets/HeatMapWidget.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace sakra;
using namespace sakra::gui;
using sakra::test::find;

namespace {
// Answers the file dialog the export opens with path, as a person choosing the file would.
void answerFileDialog(const QString& path)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, path] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        dialog->selectFile(path);
        // QFileDialog::accept is protected, QDialog's is not; the call still reaches QFileDialog's.
        static_cast<QDialog*>(dialog)->accept();
    });
    timer->start();
}
} // namespace

TEST_CASE("A filtered list is exported to CSV with exactly its rows and the headers shown", "[gui][export]")
{
    test::TempRegisterFile file;
    MainWindow window;
    REQUIRE(window.openFile(file.path()));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showArea(QStringLiteral("risk"));
    auto* table = find<QTableView>(window, "riskTable");
    auto* model = qobject_cast<RiskTableModel*>(table->model());
    REQUIRE(model);
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
    auto* button = find<QPushButton>(window, "riskExportButton");
    answerFileDialog(path);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(QFileInfo::exists(path));
    QTRY_VERIFY(button->isEnabled());

    CHECK(QFileInfo(path).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    QFile csv(path);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    REQUIRE(lines.takeLast().isEmpty());
    QStringList headers;
    for (int column = 0; column < model->columnCount(); ++column)
        if (column != 1)
            headers << model->headerText(column);
    CHECK(lines.first() == headers.join(QLatin1Char(';')));
    CHECK(lines.size() == shown + 1);
    for (int row = 0; row < shown; ++row)
        CHECK(lines.at(row + 1).contains(model->displayText(row, 0)));
}
