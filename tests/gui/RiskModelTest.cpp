#include "GuiTestSupport.h"
#include "Register.h"
#include "risk/RiskTableModel.h"
#include "widgets/HeatMapModel.h"
#include "widgets/HeatMapWidget.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>
#include <functional>
#include <optional>

using namespace sakra;
using namespace sakra::gui;

namespace {
// Enough risks for several pages, with plain ASCII titles whose order is known.
void addRisks(Register& reg, int n)
{
    const qint64 unit = reg.risks().list(RiskQuery()).front().risk.unitId;
    const qint64 category = reg.riskCategories().all().front().id;
    Transaction tx(reg.database());
    for (int i = 0; i < n; ++i) {
        Risk r;
        r.unitId = unit;
        r.categoryId = category;
        r.title = QStringLiteral("Testrisk %1").arg(i, 4, 10, QLatin1Char('0'));
        r.likelihood = 1 + i % 5;
        r.consequence = 1 + (i / 5) % 5;
        r.assessedOn = QDate(2024, 1, 1).addDays(i);
        reg.risks().create(r);
    }
    tx.commit();
}
} // namespace

TEST_CASE_METHOD(test::DemoRegister,
                 "The risk list reads a page at a time, sorts in the database and keeps its rows consistent",
                 "[gui][model][risk]")
{
    addRisks(*reg, 450);
    const qint64 total = reg->risks().count();
    RiskTableModel model;
    // The tester fetches as it checks; it gets the model after the first reset.
    model.setQuery(reg.get(), RiskQuery(), reg->riskMatrix().current());
    test::checkFirstPage(model, total);
    test::ResetTester tester(model);
    test::fetchAll(model);
    REQUIRE(model.rowCount() == total);

    // The first order is by level, highest first.
    for (int row = 1; row < model.rowCount(); ++row)
        REQUIRE(model.rowAt(row - 1)->risk.level >= model.rowAt(row)->risk.level);

    SECTION("sorting by a column asks the database again, from the first page")
    {
        RiskQuery onlyTest;
        onlyTest.text = QStringLiteral("Testrisk");
        tester.reset([&] {
            model.setQuery(reg.get(), onlyTest, reg->riskMatrix().current());
            model.sort(RiskTableModel::TitleColumn, Qt::AscendingOrder);
            CHECK(model.rowCount() == RiskTableModel::kPageSize);
        });
        CHECK(model.totalCount() == 450);
        test::fetchAll(model);
        REQUIRE(model.rowCount() == 450);
        for (int row = 0; row < model.rowCount(); ++row)
            REQUIRE(model.index(row, RiskTableModel::TitleColumn).data().toString() ==
                    QStringLiteral("Testrisk %1").arg(row, 4, 10, QLatin1Char('0')));

        tester.reset([&] { model.sort(RiskTableModel::TitleColumn, Qt::DescendingOrder); });
        CHECK(model.index(0, RiskTableModel::TitleColumn).data().toString() ==
              QStringLiteral("Testrisk 0449"));

        tester.reset([&] { model.sort(RiskTableModel::NextReviewColumn, Qt::AscendingOrder); });
        test::fetchAll(model);
        for (int row = 1; row < model.rowCount(); ++row)
            REQUIRE(model.rowAt(row - 1)->risk.nextReview <= model.rowAt(row)->risk.nextReview);
    }

    SECTION("every column sorts without losing or repeating rows")
    {
        test::checkEverySortKeepsRows(
            model, tester, total, [](int) { return true; },
            [&](int row) { return model.rowAt(row)->risk.id; });
    }

    SECTION("refresh keeps as many pages as were read")
    {
        tester.detach();
        model.setQuery(reg.get(), RiskQuery(), reg->riskMatrix().current());
        model.fetchMore(QModelIndex());
        REQUIRE(model.rowCount() == 2 * RiskTableModel::kPageSize);
        model.refresh();
        CHECK(model.rowCount() == 2 * RiskTableModel::kPageSize);
        tester.attach();
    }

    SECTION("levels are coloured from the matrix and overdue reviews are marked in words and with an icon")
    {
        const RiskMatrix matrix = reg->riskMatrix().current();
        bool sawOverdue = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const Risk& risk = model.rowAt(row)->risk;
            const QModelIndex level = model.index(row, RiskTableModel::LevelColumn);
            REQUIRE(level.data(Qt::BackgroundRole).value<QColor>() ==
                    matrix.levels()[std::size_t(risk.level)].colour);
            REQUIRE(level.data().toString() == matrix.levels()[std::size_t(risk.level)].name.text());
            const QModelIndex review = model.index(row, RiskTableModel::NextReviewColumn);
            if (risk.isReviewOverdue(QDate::currentDate())) {
                sawOverdue = true;
                REQUIRE(review.data().toString().contains(QStringLiteral("försenad")));
                REQUIRE_FALSE(review.data(Qt::DecorationRole).isNull());
            } else {
                REQUIRE(review.data(Qt::DecorationRole).isNull());
            }
        }
        CHECK(sawOverdue);
    }
}

TEST_CASE("The heat-map model puts the highest likelihood first and counts per cell", "[gui][model][risk]")
{
    test::TempRegisterFile file;
    auto reg = Register::open(file.path());
    const RiskMatrix matrix = reg->riskMatrix().current();

    HeatMapModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setMatrix(matrix);
    REQUIRE(model.rowCount() == matrix.likelihoodSize());
    REQUIRE(model.columnCount() == matrix.consequenceSize());
    CHECK(model.total() == 0);

    model.setCounts(reg->risks().heatMap(RiskQuery(), false));
    CHECK(model.total() == reg->risks().count());
    int sum = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            sum += model.index(row, column).data().toInt();
    CHECK(sum == reg->risks().count());

    const QModelIndex topLeft = model.index(0, 0);
    CHECK(topLeft.data(HeatMapModel::LikelihoodRole).toInt() == matrix.likelihoodSize());
    CHECK(topLeft.data(HeatMapModel::ConsequenceRole).toInt() == 1);
    const QModelIndex worst = model.cellIndex(matrix.likelihoodSize(), matrix.consequenceSize());
    CHECK(worst.row() == 0);
    CHECK(worst.column() == matrix.consequenceSize() - 1);
    CHECK(worst.data(Qt::BackgroundRole).value<QColor>() == matrix.levels().back().colour);
    CHECK_FALSE(worst.data(Qt::AccessibleTextRole).toString().isEmpty());
    CHECK(model.headerData(0, Qt::Vertical).toString().startsWith(QString::number(matrix.likelihoodSize())));

    // A matrix of another size is a reset; counts of the old size are ignored.
    RiskMatrix small = matrix;
    small.resize(4, 3);
    small.setLevels({{{QStringLiteral("Låg"), QStringLiteral("Low")}, QColor(Qt::green), 1},
                     {{QStringLiteral("Hög"), QStringLiteral("High")}, QColor(Qt::red), 6}});
    REQUIRE(small.problem().isEmpty());
    model.setMatrix(small);
    CHECK(model.rowCount() == 4);
    CHECK(model.columnCount() == 3);
    model.setCounts(reg->risks().heatMap(RiskQuery(), false));
    CHECK(model.total() == 0);
}

TEST_CASE("The heat map can be used with the keyboard alone", "[gui][risk]")
{
    test::TempRegisterFile file;
    auto reg = Register::open(file.path());
    HeatMapModel model;
    model.setMatrix(reg->riskMatrix().current());
    model.setCounts(reg->risks().heatMap(RiskQuery(), false));
    HeatMapWidget widget;
    widget.setModel(&model);
    widget.resize(widget.sizeHint());
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    QSignalSpy chosen(&widget, &HeatMapWidget::selectionChanged);

    widget.setFocus();
    // The keyboard starts at the top left: the highest likelihood, the mildest consequence.
    QTest::keyClick(&widget, Qt::Key_Right);
    CHECK(widget.currentLikelihood() == 5);
    CHECK(widget.currentConsequence() == 2);
    QTest::keyClick(&widget, Qt::Key_Down);
    QTest::keyClick(&widget, Qt::Key_Down);
    CHECK(widget.currentLikelihood() == 3);
    QTest::keyClick(&widget, Qt::Key_Return);
    REQUIRE(chosen.count() == 1);
    CHECK(chosen.at(0).at(0).toInt() == 3);
    CHECK(chosen.at(0).at(1).toInt() == 2);
    CHECK(widget.hasSelection());
    CHECK(widget.accessibleDescription().contains(QStringLiteral("Sannolikhet 3")));
    // Enter on the chosen cell lets go, as does Escape.
    QTest::keyClick(&widget, Qt::Key_Return);
    CHECK_FALSE(widget.hasSelection());
    QTest::keyClick(&widget, Qt::Key_Space);
    CHECK(widget.hasSelection());
    QTest::keyClick(&widget, Qt::Key_Escape);
    CHECK_FALSE(widget.hasSelection());
    CHECK(chosen.count() == 4);
    // The edges hold.
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(&widget, Qt::Key_Up);
    CHECK(widget.currentLikelihood() == 5);

    // A click chooses a cell, a second click on it lets go.
    const QPoint cell = widget.cellGeometry(2, 4).center();
    REQUIRE_FALSE(cell.isNull());
    QTest::mouseClick(&widget, Qt::LeftButton, Qt::NoModifier, cell);
    CHECK(widget.selectedLikelihood() == 2);
    CHECK(widget.selectedConsequence() == 4);
    CHECK(widget.count(2, 4) == model.count(2, 4));
    QTest::mouseClick(&widget, Qt::LeftButton, Qt::NoModifier, cell);
    CHECK_FALSE(widget.hasSelection());
}
