#include "search/SearchDialog.h"

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Register.h"
#include "organisation/UnitsTab.h"
#include "search/GlobalSearch.h"
#include "search/RegisterSearch.h"
#include "widgets/EntityEditor.h"
#include "widgets/ListFrame.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <catch2/catch.hpp>

using namespace sakra;
using namespace sakra::gui;
using sakra::test::find;

namespace {

// The search dialog Ctrl+K opens over the window.
SearchDialog* openSearch(MainWindow& window)
{
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    SearchDialog* dialog = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            dialog = window.findChild<SearchDialog*>(QStringLiteral("searchDialog"));
            return dialog && dialog->isVisible();
        },
        5000));
    return dialog;
}

// Types text into the dialog's field and waits for the answer to it.
std::vector<SearchHit> typeAndWait(SearchDialog* dialog, const QString& text)
{
    auto* field = find<QLineEdit>(*dialog, "searchField");
    field->setFocus();
    field->selectAll();
    sakra::test::typeText(field, text);
    REQUIRE(QTest::qWaitFor([&] { return dialog->isSettled() && field->text() == text; }, 5000));
    QTest::qWait(200); // past the pause that starts a search
    REQUIRE(QTest::qWaitFor([&] { return dialog->isSettled(); }, 5000));
    return dialog->shownHits();
}

// The id the form of the list page of that object name shows.
qint64 shownInForm(MainWindow& window, const char* page)
{
    auto* frame = find<ListFrame>(window, page);
    REQUIRE(frame->isVisible());
    auto* editor = frame->findChild<EntityEditor*>();
    REQUIRE(editor);
    return editor->recordId();
}

} // namespace

TEST_CASE_METHOD(sakra::test::DemoWindow,
                 "Ctrl+K searches every area as people type and opens the hit chosen", "[gui][search]")
{
    activateOn("overview");
    SearchDialog* dialog = openSearch(window);
    auto* results = find<QTreeWidget>(*dialog, "searchResults");

    const std::vector<SearchHit> hits = typeAndWait(dialog, QStringLiteral("hot"));
    REQUIRE(hits.size() > 3);
    // Grouped by area, in the areas' order, at most ten each, and no restricted row.
    QStringList areasShown;
    for (const SearchHit& hit : hits) {
        CHECK_FALSE(RegisterSearch::isRestricted(hit.area));
        if (areasShown.isEmpty() || areasShown.last() != hit.area)
            areasShown << hit.area;
    }
    CHECK(areasShown.removeDuplicates() == 0);
    CHECK(areasShown.contains(QStringLiteral("risk")));
    CHECK(areasShown.contains(QStringLiteral("incident")));
    REQUIRE(results->topLevelItemCount() == areasShown.size());
    for (int i = 0; i < results->topLevelItemCount(); ++i) {
        CHECK(results->topLevelItem(i)->text(0).startsWith(RegisterSearch::areaLabel(areasShown.at(i))));
        CHECK(results->topLevelItem(i)->childCount() <= SearchDialog::kHitsPerArea);
    }
    INFO(find<QLabel>(*dialog, "searchStatus")->text().toStdString());
    CHECK(find<QLabel>(*dialog, "searchStatus")->text().contains(QString::number(hits.size())));

    // The first hit is chosen already: Enter in the field opens it in its area and form.
    REQUIRE(hits.front().area == QStringLiteral("risk"));
    QTest::keyClick(find<QLineEdit>(*dialog, "searchField"), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return window.findChild<SearchDialog*>() == nullptr; }, 5000));
    CHECK(window.shownArea() == QStringLiteral("risk"));
    CHECK(shownInForm(window, "riskListTab") == hits.front().openId);
}

TEST_CASE_METHOD(sakra::test::DemoWindow,
                 "a hit of the search everywhere opens on its tab, notes with their action", "[gui][search]")
{
    activateOn("risk");
    const auto first = [&](const QString& text, const QString& area) {
        for (const SearchHit& hit : RegisterSearch(reg().database()).find({text, 50, false}))
            if (hit.area == area)
                return hit;
        FAIL("no hit of " << area.toStdString() << " for " << text.toStdString());
        return SearchHit();
    };

    SearchDialog* dialog = openSearch(window);
    const Person person = reg().people().list(PersonQuery()).back().person;
    const std::vector<SearchHit> hits = typeAndWait(dialog, person.name);
    // Down from the field goes to the list of hits; Enter there opens the chosen one.
    auto* results = find<QTreeWidget>(*dialog, "searchResults");
    QTest::keyClick(find<QLineEdit>(*dialog, "searchField"), Qt::Key_Down);
    CHECK(results->hasFocus());
    for (QTreeWidgetItemIterator it(results); *it; ++it)
        if ((*it)->text(0) == person.name)
            results->setCurrentItem(*it);
    QTest::keyClick(results, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return window.findChild<SearchDialog*>() == nullptr; }, 5000));
    CHECK(window.shownArea() == QStringLiteral("organisation"));
    CHECK(shownInForm(window, "peopleTab") == person.id);

    std::optional<ActionNote> noted;
    for (const ActionRow& row : reg().actions().list(ActionQuery()))
        if (!noted)
            noted = reg().actionNotes().latest(row.action.id);
    REQUIRE(noted);
    const SearchHit note = first(noted->text, QStringLiteral("actionNote"));
    REQUIRE(window.globalSearch().open(note));
    CHECK(window.shownArea() == QStringLiteral("action"));
    CHECK(shownInForm(window, "actionListTab") == noted->actionId);

    const OrgUnit named = reg().units().ofKinds({UnitKind::Unit}).back();
    const SearchHit unit = first(named.name, QStringLiteral("unit"));
    REQUIRE(window.globalSearch().open(unit));
    auto* tree = find<QTreeView>(window, "unitTree");
    CHECK(tree->isVisible());
    CHECK(tree->currentIndex().data().toString() == named.name);

    const SearchHit incident = first(QStringLiteral("hot"), QStringLiteral("incident"));
    REQUIRE(window.globalSearch().open(incident));
    CHECK(window.shownArea() == QStringLiteral("incident"));
    CHECK(shownInForm(window, "incidentListTab") == incident.openId);
}

TEST_CASE_METHOD(sakra::test::DemoWindow,
                 "the search everywhere shows changes at once and says when nothing is found",
                 "[gui][search]")
{
    activateOn("overview");
    SearchDialog* dialog = openSearch(window);
    CHECK(typeAndWait(dialog, QStringLiteral("Åskledare")).empty());
    CHECK(find<QLabel>(*dialog, "searchStatus")->text() == QStringLiteral("Inga träffar."));
    CHECK_FALSE(find<QPushButton>(*dialog, "searchOpenButton")->isEnabled());
    // Signs only: nothing is searched and nothing listed.
    CHECK(typeAndWait(dialog, QStringLiteral("%*")).empty());
    CHECK(find<QTreeWidget>(*dialog, "searchResults")->topLevelItemCount() == 0);

    Risk risk = reg().risks().list(RiskQuery()).front().risk;
    risk.title = QStringLiteral("Åskledare saknas på taket");
    reg().risks().update(risk);
    const std::vector<SearchHit> hits = typeAndWait(dialog, QStringLiteral("åskled"));
    REQUIRE(hits.size() == 1);
    CHECK(hits.front().uuid == risk.uuid);
    CHECK(typeAndWait(dialog, QStringLiteral("askled")).empty()); // å is a letter of its own
    QTest::keyClick(dialog, Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&] { return window.findChild<SearchDialog*>() == nullptr; }, 5000));
}
