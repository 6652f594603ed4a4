#include "GuiTestSupport.h"
#include "Register.h"
#include "SampleMunicipality.h"
#include "organisation/UnitTreeModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

using namespace sakra;
using namespace sakra::gui;

TEST_CASE("The unit tree reads a branch only when it is opened", "[gui][model]")
{
    QTemporaryDir dir;
    auto reg = Register::create(dir.filePath(QStringLiteral("big.sakra")));
    test::SampleMunicipality::generate(*reg, 600, 0);

    UnitTreeModel model;
    model.reset(reg.get(), 0);
    CHECK(model.rowCount() == 0);
    REQUIRE(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    REQUIRE(model.rowCount() == 1);
    const QModelIndex top = model.index(0, 0);
    CHECK(model.hasChildren(top));
    CHECK(model.rowCount(top) == 0);
    REQUIRE(model.canFetchMore(top));
    model.fetchMore(top);
    CHECK(model.rowCount(top) == 15);
    // Nothing below the boards has been read.
    for (int row = 0; row < model.rowCount(top); ++row)
        CHECK(model.rowCount(model.index(row, 0, top)) == 0);
}

TEST_CASE("The unit tree keeps its place when a unit is renamed or added", "[gui][model]")
{
    test::TempRegisterFile file;
    auto reg = Register::open(file.path());
    UnitTreeModel model;
    // The tester fetches as it checks; give it the model after the reset so it does not fetch
    // from inside the reset signal.
    model.reset(reg.get(), 0);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    if (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    const QModelIndex top = model.index(0, 0);
    if (model.canFetchMore(top))
        model.fetchMore(top);
    REQUIRE(model.rowCount(top) >= 2);

    // Rename the first child so it sorts last; a persistent index must follow it.
    const qint64 id = model.unitId(model.index(0, 0, top));
    QPersistentModelIndex kept(model.index(0, 0, top));
    OrgUnit unit = reg->units().get(id);
    unit.name = QStringLiteral("Ööö sist i listan");
    reg->units().update(unit);
    model.refresh();
    REQUIRE(kept.isValid());
    CHECK(model.unitId(kept) == id);
    CHECK(kept.row() == model.rowCount(top) - 1);
    CHECK(kept.data().toString() == unit.name);

    // A new child of a leaf appears without collapsing anything.
    const QModelIndex parentIndex = model.reveal(id);
    REQUIRE(parentIndex.isValid());
    const int before = model.rowCount(parentIndex);
    OrgUnit child;
    child.parentId = id;
    child.kind = unit.kind == UnitKind::Board ? UnitKind::Administration : UnitKind::Unit;
    child.boardId = unit.kind == UnitKind::Board ? id : 0;
    child.name = QStringLiteral("Ny enhet");
    const qint64 childId = reg->units().create(child);
    model.refresh();
    if (model.canFetchMore(parentIndex))
        model.fetchMore(parentIndex);
    CHECK(model.rowCount(parentIndex) == before + 1);
    CHECK(model.reveal(childId).isValid());
}
