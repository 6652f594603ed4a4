// Renders the search everywhere (Ctrl+K) over the main window: hits of several areas for a word,
// and a search that finds nothing. Usage: sakra-search-screenshots OUTDIR REGISTER (under
// xvfb-run -a; scripts/screenshots.sh runs it).
#include "MainWindow.h"
#include "ScreenshotSupport.h"
#include "search/GlobalSearch.h"
#include "search/SearchDialog.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLineEdit>

using namespace sakra::gui;
using namespace sakra::test::shots;

namespace {

// Types text into the open dialog and waits until its hits are shown.
void search(SearchDialog& dialog, const QString& text)
{
    dialog.findChild<QLineEdit*>(QStringLiteral("searchField"))->setText(text);
    QElapsedTimer waited;
    waited.start();
    settle();
    while (waited.elapsed() < 300 || (!dialog.isSettled() && waited.elapsed() < 10000))
        settle();
    settle();
}

int shootSearch(MainWindow& window, const QString& folder)
{
    window.showArea(QStringLiteral("overview"));
    settle();
    window.globalSearch().action()->trigger();
    settle();
    auto* dialog = window.findChild<SearchDialog*>(QStringLiteral("searchDialog"));
    if (!dialog)
        return 1;
    int failures = 0;
    search(*dialog, QStringLiteral("hot"));
    failures += !save(*dialog, folder, QStringLiteral("search-01-hot"));
    search(*dialog, QStringLiteral("påtr"));
    failures += !save(*dialog, folder, QStringLiteral("search-02-prefix"));
    search(*dialog, QStringLiteral("åskledare"));
    failures += !save(*dialog, folder, QStringLiteral("search-03-inga-traffar"));
    dialog->reject();
    return failures;
}

} // namespace

int main(int argc, char* argv[])
{
    return runTool(argc, argv, QStringLiteral("sakra-search-screenshots"), shootSearch);
}
