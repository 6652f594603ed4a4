#include "GuiTestSupport.h"
#include "Register.h"
#include "SampleMunicipality.h"
#include "organisation/PersonTableModel.h"
#include "organisation/UnitTreeModel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

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

TEST_CASE("People are read a page at a time, sorted and searched by the database", "[gui][model]")
{
    QTemporaryDir dir;
    auto reg = Register::create(dir.filePath(QStringLiteral("people.sakra")));
    test::SampleMunicipality::generate(*reg, 100, 1000);

    PersonTableModel model;
    // No QAbstractItemModelTester here: it fetches pages of its own, and the counts are the point.
    model.setQuery(reg.get(), 0, QString());
    CHECK(model.rowCount() == PersonTableModel::kPageSize);
    CHECK(model.totalCount() == 1000);
    REQUIRE(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    CHECK(model.rowCount() == 2 * PersonTableModel::kPageSize);

    // Sorting starts over from the first page, in the database's order.
    const QString firstAscending = model.index(0, PersonTableModel::NameColumn).data().toString();
    model.sort(PersonTableModel::NameColumn, Qt::DescendingOrder);
    CHECK(model.rowCount() == PersonTableModel::kPageSize);
    const QString firstDescending = model.index(0, PersonTableModel::NameColumn).data().toString();
    CHECK(QString::localeAwareCompare(firstDescending, firstAscending) > 0);

    // A refresh keeps as many rows as were shown, so the view keeps its place.
    model.fetchMore(QModelIndex());
    model.fetchMore(QModelIndex());
    REQUIRE(model.rowCount() == 3 * PersonTableModel::kPageSize);
    model.refresh();
    CHECK(model.rowCount() == 3 * PersonTableModel::kPageSize);

    // Each word of the text begins a word of the row: "person17" is the start of person17 and of
    // person170 to person179, "person170" of one address only.
    model.setQuery(reg.get(), 0, QStringLiteral("person17@"));
    CHECK(model.totalCount() == 11);
    model.setQuery(reg.get(), 0, QStringLiteral("person170@"));
    CHECK(model.totalCount() == 1);
    REQUIRE(model.rowCount() == 1);
    CHECK_FALSE(model.canFetchMore(QModelIndex()));
    CHECK(model.rowAt(0)->person.email == QStringLiteral("person170@exempel.kommun.se"));
}
