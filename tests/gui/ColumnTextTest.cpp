#include "GuiTestSupport.h"
#include "Register.h"
#include "action/ActionTableModel.h"
#include "organisation/SiteTableModel.h"
#include "widgets/Formatting.h"

#include <QAbstractItemModelTester>
#include <QStringList>
#include <catch2/catch.hpp>

using namespace sakra;
using namespace sakra::gui;

namespace {
QStringList headers(const RecordTableModel& model)
{
    QStringList texts;
    for (int column = 0; column < model.columnCount(); ++column)
        texts << model.headerText(column);
    return texts;
}

// What a written-out list would hold is what the view shows, cell by cell.
void checkTextsAreShown(const RecordTableModel& model)
{
    for (int column = 0; column < model.columnCount(); ++column)
        CHECK(model.headerText(column) == model.headerData(column, Qt::Horizontal).toString());
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            REQUIRE(model.displayText(row, column) == model.index(row, column).data().toString());
    CHECK(model.headerText(model.columnCount()).isEmpty());
    CHECK(model.headerText(-1).isEmpty());
    CHECK(model.displayText(model.rowCount(), 0).isEmpty());
    CHECK(model.displayText(0, model.columnCount()).isEmpty());
}
} // namespace

TEST_CASE("A list model gives every column's header and every cell's text as the table shows them",
          "[gui][model]")
{
    SECTION("the paged action list")
    {
        test::TempRegisterFile file;
        auto reg = Register::open(file.path());
        ActionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setQuery(reg.get(), ActionQuery());
        REQUIRE(model.rowCount() > 0);

        CHECK(headers(model) ==
              QStringList({QStringLiteral("Åtgärd"), QStringLiteral("Status"), QStringLiteral("Klar senast"),
                           QStringLiteral("Nuläge"), QStringLiteral("Enhet"), QStringLiteral("Ansvarig"),
                           QStringLiteral("Typ"), QStringLiteral("Beräknad kostnad")}));
        const ActionRow* first = model.rowAt(0);
        CHECK(model.displayText(0, ActionTableModel::TitleColumn) == first->action.title);
        CHECK(model.displayText(0, ActionTableModel::DueColumn) == Formatting::date(first->action.dueDate));
        CHECK(model.displayText(0, ActionTableModel::CostColumn) ==
              Formatting::kronor(first->action.estimatedCostKr));
        CHECK(model.displayText(0, ActionTableModel::UnitColumn) == first->unitName);
        checkTextsAreShown(model);
    }

    SECTION("the short list of premises")
    {
        Site office;
        office.id = 7;
        office.name = QStringLiteral("Stadshuset");
        office.street = QStringLiteral("Storgatan 1");
        office.postalCode = QStringLiteral("123 45");
        office.city = QStringLiteral("Lindvalla");
        office.note = QStringLiteral("Entré från torget");
        Site depot;
        depot.id = 9;
        depot.name = QStringLiteral("Förrådet");

        SiteTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setRows({office, depot});

        CHECK(headers(model) == QStringList({QStringLiteral("Namn"), QStringLiteral("Gatuadress"),
                                             QStringLiteral("Postnummer"), QStringLiteral("Ort")}));
        CHECK(model.displayText(0, SiteTableModel::NameColumn) == office.name);
        CHECK(model.displayText(0, SiteTableModel::StreetColumn) == office.street);
        CHECK(model.displayText(0, SiteTableModel::PostalCodeColumn) == office.postalCode);
        CHECK(model.displayText(0, SiteTableModel::CityColumn) == office.city);
        CHECK(model.displayText(1, SiteTableModel::StreetColumn).isEmpty());
        // The note is the name's tool tip, not its text.
        CHECK(model.index(0, SiteTableModel::NameColumn).data(Qt::ToolTipRole).toString() == office.note);
        CHECK(model.idAt(1) == depot.id);
        CHECK(model.rowOf(depot.id) == 1);
        checkTextsAreShown(model);
    }
}
