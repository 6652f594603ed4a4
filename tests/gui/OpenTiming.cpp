// Times how long the main window takes to show a register, and its first page of people, on a
// register of a large city's size. Usage: sakra-gui-timing REGISTER
// (make one with: sakra-cli generate FILE --scale stockholm), or
// sakra-gui-timing --generate FILE UNITS PEOPLE to make one of a chosen size first.
#include "ApplicationSetup.h"
#include "MainWindow.h"
#include "Register.h"
#include "RegisterSession.h"
#include "SampleMunicipality.h"
#include "ScreenshotSupport.h"
#include "commands/UpdateEntityCommand.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>
#include <QTreeView>

using namespace sakra;
using namespace sakra::gui;

namespace {

void printTiming(const char* what, qint64 ms)
{
    QTextStream(stdout) << QString::fromLatin1(what).leftJustified(48, QLatin1Char('.')) << ' ' << ms << " ms"
                        << Qt::endl;
}

int timeOpening(const QStringList& args)
{
    QString path = args.at(1);
    if (path == QLatin1String("--generate") && args.size() == 5) {
        path = args.at(2);
        QElapsedTimer made;
        made.start();
        auto reg = Register::create(path);
        test::SampleMunicipality::generate(*reg, args.at(3).toInt(), args.at(4).toInt());
        printTiming("generated", made.elapsed());
    }

    QElapsedTimer total;
    total.start();
    QElapsedTimer step;
    step.start();
    auto reg = Register::open(path);
    printTiming("Register::open", step.restart());
    const qint64 units = reg->units().count();
    const qint64 people = reg->people().count();
    step.restart();
    const auto scopes = reg->units().scopeCandidates();
    printTiming("  (of which later) scope candidates", step.restart());

    MainWindow window;
    window.resize(1440, 900);
    printTiming("MainWindow constructed", step.restart());
    window.show();
    test::shots::runEventLoop();
    printTiming("window shown (no register)", step.restart());
    window.setRegister(std::move(reg));
    test::shots::runEventLoop();
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("unitTree"));
    const int firstRows = tree->model()->rowCount(tree->model()->index(0, 0));
    printTiming("register shown, tree's first rows painted", step.restart());
    printTiming("TOTAL open to usable window", total.elapsed());

    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("organisationArea"));
    tabs->setCurrentIndex(2);
    test::shots::runEventLoop();
    auto* peopleTable = window.findChild<QTableView*>(QStringLiteral("peopleTable"));
    printTiming("people tab, first page", step.restart());
    const int peopleRows = peopleTable->model()->rowCount();
    peopleTable->sortByColumn(2, Qt::DescendingOrder);
    test::shots::runEventLoop();
    printTiming("people sorted by unit (query again)", step.restart());
    peopleTable->scrollToBottom();
    test::shots::runEventLoop();
    printTiming("people scrolled to end of first page (+1 page)", step.restart());

    tabs->setCurrentIndex(4);
    test::shots::runEventLoop();
    printTiming("staffing overview", step.restart());

    tabs->setCurrentIndex(0);
    test::shots::runEventLoop();
    step.restart();
    const qint64 id =
        tree->model()->index(0, 0, tree->model()->index(0, 0)).data(Qt::UserRole + 1).toLongLong();
    OrgUnit before = window.session().reg().units().get(id);
    OrgUnit after = before;
    after.name += QStringLiteral(" (omdöpt)");
    window.session().execute(
        new UpdateEntityCommand<OrgUnit>(window.session(), before, after, QStringLiteral("t")));
    test::shots::runEventLoop();
    printTiming("rename a unit and refresh the views", step.restart());

    QTextStream(stdout) << "units " << units << ", people " << people << ", tree rows under the top "
                        << firstRows << ", people rows read " << peopleRows << Qt::endl;
    return 0;
}
} // namespace

int main(int argc, char* argv[])
{
    return test::shots::runTiming(argc, argv, QStringLiteral("sakra-gui-timing"),
                                  QStringLiteral("REGISTER | --generate FILE UNITS PEOPLE"), timeOpening);
}
