#include "GuiTestSupport.h"
#include "Register.h"
#include "action/ActionTableModel.h"
#include "action/BoardCostTableModel.h"
#include "action/DepartmentStatusTableModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSet>
#include <QSignalSpy>
#include <catch2/catch.hpp>
#include <functional>
#include <optional>

using namespace sakra;
using namespace sakra::gui;

namespace {
// Enough actions for several pages, with plain ASCII titles whose order is known, costs that all
// differ, and every third one overdue.
void addActions(Register& reg, int n)
{
    const ActionRow first = reg.actions().list(ActionQuery()).front();
    const qint64 kind = reg.actionKinds().all().front().id;
    const QDate today = QDate::currentDate();
    Transaction tx(reg.database());
    for (int i = 0; i < n; ++i) {
        Action a;
        a.unitId = first.action.unitId;
        a.kindId = kind;
        a.title = QStringLiteral("Teståtgärd %1").arg(i, 4, 10, QLatin1Char('0'));
        a.status = i % 2 ? Action::Status::InProgress : Action::Status::Planned;
        a.startDate = today.addDays(-200);
        a.dueDate = i % 3 == 0 ? today.addDays(-1 - i % 50) : today.addDays(1 + i % 300);
        a.estimatedCostKr = 1000 + i * 7;
        const qint64 id = reg.actions().create(a);
        if (i % 5 == 0) {
            ActionNote note;
            note.actionId = id;
            note.notedOn = today.addDays(-i % 20);
            note.text = QStringLiteral("Lägesrapport %1").arg(i);
            reg.actionNotes().create(note);
        }
    }
    tx.commit();
}
} // namespace

TEST_CASE_METHOD(
    test::DemoRegister,
    "The action list reads a page at a time, sorts in the database and keeps its rows consistent",
    "[gui][model][action]")
{
    addActions(*reg, 450);
    const qint64 total = reg->actions().count();
    ActionTableModel model;
    model.setQuery(reg.get(), ActionQuery());
    test::checkFirstPage(model, total);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore(QModelIndex());
    CHECK(model.rowCount() == 2 * ActionTableModel::kPageSize);
    CHECK(inserted.count() == 1);

    test::ResetTester tester(model);
    test::fetchAll(model);
    REQUIRE(model.rowCount() == total);
    CHECK_FALSE(model.canFetchMore(QModelIndex()));

    // The first order is by due date, earliest first, actions without one last.
    for (int row = 1; row < model.rowCount(); ++row) {
        const QDate a = model.rowAt(row - 1)->action.dueDate;
        const QDate b = model.rowAt(row)->action.dueDate;
        REQUIRE((!b.isValid() || (a.isValid() && a <= b)));
    }

    SECTION("sorting by a column asks the database and starts again at the first page")
    {
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        tester.reset([&] {
            model.sort(ActionTableModel::TitleColumn, Qt::AscendingOrder);
            CHECK(model.rowCount() == ActionTableModel::kPageSize);
        });
        CHECK(resets.count() == 1);
        CHECK(model.query().sort == ActionQuery::Sort::Title);
        for (int row = 1; row < model.rowCount(); ++row)
            REQUIRE(model.rowAt(row - 1)->action.title.compare(model.rowAt(row)->action.title,
                                                               Qt::CaseInsensitive) <= 0);

        tester.reset([&] { model.sort(ActionTableModel::CostColumn, Qt::DescendingOrder); });
        CHECK(model.query().sort == ActionQuery::Sort::EstimatedCost);
        CHECK_FALSE(model.query().ascending);
        test::fetchAll(model);
        CHECK(model.rowCount() == total);
        for (int row = 1; row < model.rowCount(); ++row)
            REQUIRE(model.rowAt(row - 1)->action.estimatedCostKr >= model.rowAt(row)->action.estimatedCostKr);

        // The latest note is worked out per row; the list keeps its order.
        resets.clear();
        model.sort(ActionTableModel::LatestNoteColumn, Qt::AscendingOrder);
        CHECK(resets.count() == 0);
        CHECK(model.query().sort == ActionQuery::Sort::EstimatedCost);
        CHECK_FALSE(model.isSortable(ActionTableModel::LatestNoteColumn));

        // Every sortable column, both ways, without losing or repeating rows.
        test::checkEverySortKeepsRows(
            model, tester, total, [&](int column) { return model.isSortable(column); },
            [&](int row) { return model.rowAt(row)->action.id; });
    }

    SECTION("a new filter keeps the sort chosen in the view")
    {
        ActionQuery overdue;
        overdue.overdueOnly = true;
        tester.reset([&] {
            model.sort(ActionTableModel::TitleColumn, Qt::DescendingOrder);
            model.setQuery(reg.get(), overdue);
        });
        CHECK(model.query().sort == ActionQuery::Sort::Title);
        CHECK(model.query().overdueOnly);
        REQUIRE(model.rowCount() > 0);
        // Overdue in words as well as in colour.
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex status = model.index(row, ActionTableModel::StatusColumn);
            REQUIRE(status.data(ActionTableModel::OverdueRole).toBool());
            REQUIRE(status.data().toString().startsWith(QStringLiteral("Försenad")));
            REQUIRE(status.data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
        }
    }

    SECTION("the latest note is shown in its column and a refresh keeps the pages read")
    {
        tester.reset([&] { model.sort(ActionTableModel::TitleColumn, Qt::AscendingOrder); });
        model.fetchMore(QModelIndex());
        const int loaded = model.rowCount();
        const int row = model.rowOf(model.rowAt(0)->action.id);
        REQUIRE(row == 0);
        const qint64 id = model.rowAt(0)->action.id;
        ActionNote note;
        note.actionId = id;
        note.notedOn = QDate::currentDate();
        note.text = QStringLiteral("Beställning lagd");
        reg->actionNotes().create(note);
        tester.reset([&] { model.refresh(); });
        CHECK(model.rowCount() == loaded);
        CHECK(test::cellText(model, model.rowOf(id), ActionTableModel::LatestNoteColumn).contains(note.text));
    }
}

TEST_CASE("The overview models show money per board and year and progress per department",
          "[gui][model][action]")
{
    test::TempRegisterFile file;
    auto reg = Register::open(file.path());

    BoardCostTableModel cost;
    QAbstractItemModelTester costTester(&cost, QAbstractItemModelTester::FailureReportingMode::Fatal);
    cost.setRows(reg->actionOverview().costPerBoardAndYear());
    REQUIRE(cost.rowCount() > 0);
    for (int row = 0; row < cost.rowCount(); ++row) {
        const BoardYearCost* r = cost.rowAt(row);
        const QModelIndex remaining = cost.index(row, BoardCostTableModel::RemainingColumn);
        CHECK(remaining.data(BoardCostTableModel::AmountRole).toLongLong() == r->remainingKr());
        CHECK(remaining.data().toString().contains(QStringLiteral("kr")));
        // Over budget in words as well as in colour.
        CHECK(remaining.data().toString().contains(QStringLiteral("över budget")) == r->overBudget());
    }

    DepartmentStatusTableModel status;
    QAbstractItemModelTester statusTester(&status, QAbstractItemModelTester::FailureReportingMode::Fatal);
    status.setRows(reg->actionOverview().statusPerDepartment());
    REQUIRE(status.rowCount() > 0);
    int sum = 0;
    for (int row = 0; row < status.rowCount(); ++row)
        sum += status.index(row, DepartmentStatusTableModel::TotalColumn).data(Qt::EditRole).toInt();
    CHECK(sum == reg->actions().count());
}
