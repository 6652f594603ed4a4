// Renders each page of the import wizard as a person meets it: the file page with a refused
// file, the sheet page, the mapping, a preview with refused rows, a clean preview and the summary.
// Usage: sakra-import-screenshots OUTDIR [REGISTER] (under xvfb-run -a; scripts/screenshots.sh runs it).
#include "ApplicationSetup.h"
#include "MainWindow.h"
#include "Register.h"
#include "ScreenshotSupport.h"
#include "import/ImportFilePage.h"
#include "import/ImportPreviewPage.h"
#include "import/ImportRunPage.h"
#include "import/ImportWizard.h"
#include "storage/Tables.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <cstdio>

using namespace sakra;
using namespace sakra::gui;

namespace {

// Runs events until done() holds or 60 s have passed; says whether it holds.
bool waitFor(const std::function<bool()>& done)
{
    QDeadlineTimer deadline(60000);
    while (!done() && !deadline.hasExpired())
        test::shots::settle(1);
    if (!done())
        std::fprintf(stderr, "the wizard did not get there in time\n");
    return done();
}

int save(QWidget& widget, const QString& folder, const QString& name)
{
    test::shots::settle(5);
    return test::shots::save(widget, folder, QStringLiteral("import-") + name) ? 0 : 1;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
}

ImportWizard* openWizard(MainWindow& window)
{
    // The wizard closed before deletes itself later: gone first, so the new one is found.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    window.findChild<QAction*>(QStringLiteral("importAction"))->trigger();
    return window.findChild<ImportWizard*>(QStringLiteral("importWizard"));
}

bool readFile(ImportWizard* wizard, const QString& path)
{
    wizard->findChild<QLineEdit*>(QStringLiteral("importFileEdit"))->setText(path);
    wizard->next();
    return waitFor([wizard] { return wizard->filePage()->isComplete(); });
}

void chooseSites(ImportWizard* wizard)
{
    auto* table = wizard->findChild<QComboBox*>(QStringLiteral("importTableCombo"));
    table->setCurrentIndex(table->findText(Tables::site().translatedLabel()));
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const auto start = test::shots::start(app, QStringLiteral("sakra-import-screenshots"));
    if (!start)
        return 2;
    const QString out = start->folder;
    const QDir work(start->temp->path());
    qputenv("SAKRA_BACKUP_DIR", QFile::encodeName(work.filePath(QStringLiteral("backups"))));
    const QString bad = work.filePath(QStringLiteral("gammal.xls"));
    writeFile(bad, QByteArray::fromHex("D0CF11E0A1B11AE1") + QByteArray(512, '\0'));
    const QString refused = work.filePath(QStringLiteral("lokaler-med-fel.csv"));
    writeFile(
        refused,
        "Namn;Ort;Postnummer\nStadshuset;Ekby;123 45\n;Ekby;123 46\nBiblioteket;Ekby;12 345 67 89 01\n");
    const QString good = work.filePath(QStringLiteral("lokaler.csv"));
    writeFile(good,
              "Namn;Gatuadress;Postnummer;Ort;Info om lokalen;Färg\nNorra skolan;Skolvägen 1;123 45;Ekby;Ny "
              "byggnad 2024;blå\nSödra förskolan;Ängsvägen 7;123 46;Ekby;;röd\nBrandstation Väst;"
              "Industrigatan 3;123 50;Ekby;Larm kopplat till SOS;grön\n");
    int failures = 0;
    MainWindow window;
    test::shots::showWindow(window);
    window.openFile(start->path);
    test::shots::settle();

    {
        ImportWizard* wizard = openWizard(window);
        failures += save(*wizard, out, QStringLiteral("1-fil"));
        readFile(wizard, bad);
        failures += save(*wizard, out, QStringLiteral("1-fil-avvisad"));
        wizard->reject();
    }
    {
        ImportWizard* wizard = openWizard(window);
        readFile(wizard, refused);
        chooseSites(wizard);
        wizard->next();
        wizard->next();
        waitFor([wizard] { return wizard->previewPage()->isReady(); });
        failures += save(*wizard, out, QStringLiteral("4-forhandsgranskning-avvisad"));
        wizard->reject();
    }
    {
        ImportWizard* wizard = openWizard(window);
        readFile(wizard, good);
        chooseSites(wizard);
        failures += save(*wizard, out, QStringLiteral("2-blad"));
        wizard->next();
        failures += save(*wizard, out, QStringLiteral("3-kolumner"));
        wizard->next();
        waitFor([wizard] { return wizard->previewPage()->isReady(); });
        failures += save(*wizard, out, QStringLiteral("4-forhandsgranskning"));
        wizard->next();
        waitFor([wizard] { return wizard->runPage()->isDone(); });
        failures += save(*wizard, out, QStringLiteral("5-klar"));
        wizard->accept();
    }
    return failures == 0 ? 0 : 1;
}
