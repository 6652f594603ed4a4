#include "import/ImportWizard.h"

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Register.h"
#include "RegisterSession.h"
#include "import/ImportFilePage.h"
#include "import/ImportMappingPage.h"
#include "import/ImportPreviewPage.h"
#include "import/ImportRunPage.h"
#include "storage/Tables.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace sakra;
using namespace sakra::gui;
using sakra::test::find;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(SAKRA_TEST_DATA "/sheets/") + QLatin1String(name);
}

// The demo register on the sites list, with no mapping remembered from earlier runs.
struct ImportWindow : test::SitesList
{
    ImportWindow() { QSettings().remove(QStringLiteral("import")); }

    // Arkiv → Importera från kalkylark… and the wizard it shows.
    ImportWizard* openWizard()
    {
        find<QAction>(window, "importAction")->trigger();
        auto* wizard = find<ImportWizard>(window, "importWizard");
        REQUIRE(wizard->isVisible());
        REQUIRE(wizard->currentId() == ImportWizard::FilePage);
        return wizard;
    }

    bool sitesListed(const QString& name) const
    {
        for (int row = 0; row < model->rowCount(); ++row)
            for (int col = 0; col < model->columnCount(); ++col)
                if (model->index(row, col).data().toString() == name)
                    return true;
        return false;
    }
};

// Types path on the first page and goes on; waits (with a deadline) until the file is read.
bool chooseFile(ImportWizard* wizard, const QString& path)
{
    find<QLineEdit>(*wizard, "importFileEdit")->setText(path);
    QSignalSpy read(wizard->filePage(), &ImportFilePage::fileRead);
    wizard->next();
    if (read.isEmpty())
        REQUIRE(read.wait(30000));
    return read.first().first().toBool();
}

// Goes on from the mapping page and waits (with a deadline) for the preview.
void waitForPreview(ImportWizard* wizard)
{
    QSignalSpy ready(wizard->previewPage(), &ImportPreviewPage::previewReady);
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::PreviewPage);
    if (!wizard->previewPage()->isReady())
        REQUIRE(ready.wait(30000));
}

} // namespace

TEST_CASE_METHOD(ImportWindow,
                 "The import wizard reads a CSV file into the sites list and undo takes it all back",
                 "[gui][import]")
{
    const std::size_t before = reg().sites().all().size();
    ImportWizard* wizard = openWizard();
    REQUIRE(chooseFile(wizard, fixture("wizard-sites.csv")));
    REQUIRE(wizard->currentId() == ImportWizard::SheetPage);

    // The sheet of a CSV file is the file; its rows are sites.
    auto* table = find<QComboBox>(*wizard, "importTableCombo");
    table->setCurrentIndex(table->findText(Tables::site().translatedLabel()));
    CHECK(find<QLabel>(*wizard, "importHeadersLabel")->text().startsWith(QStringLiteral("Namn, Gatuadress")));
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::MappingPage);

    // The proposal maps the headers Säkra knows; "Info om lokalen" and "Färg" are not read until one
    // is mapped by hand.
    ImportMappingPage* mapping = wizard->mappingPage();
    CHECK(mapping->mapping().keys.value(0) == QStringLiteral("name"));
    CHECK(mapping->mapping().keys.value(3) == QStringLiteral("city"));
    CHECK(mapping->mapping().keys.value(4).isEmpty());
    CHECK(mapping->ignoredText().contains(QStringLiteral("Info om lokalen")));
    CHECK(mapping->ignoredText().contains(QStringLiteral("Färg")));
    QComboBox* comment = find<QComboBox>(*wizard, "importMappingCombo4");
    const int note = comment->findData(QStringLiteral("note"));
    REQUIRE(note > 0);
    comment->setCurrentIndex(note);
    CHECK_FALSE(mapping->ignoredText().contains(QStringLiteral("Info om lokalen")));
    CHECK(mapping->ignoredText().contains(QStringLiteral("Färg")));

    waitForPreview(wizard);
    CHECK(wizard->previewPage()->preview().created == 3);
    CHECK(wizard->previewPage()->preview().refused == 0);
    CHECK(wizard->previewPage()->countsText().contains(QStringLiteral("Nya rader: 3")));
    QAbstractButton* importButton = wizard->button(QWizard::CommitButton);
    REQUIRE(importButton->isVisible());
    REQUIRE(importButton->isEnabled());

    QSignalSpy done(wizard->runPage(), &ImportRunPage::importDone);
    importButton->click();
    REQUIRE(wizard->currentId() == ImportWizard::RunPage);
    if (!wizard->runPage()->isDone())
        REQUIRE(done.wait(60000));
    CHECK(wizard->runPage()->result().outcome == SpreadsheetImporter::Result::Outcome::Imported);
    const QString summary = wizard->runPage()->summary();
    CHECK(summary.contains(QStringLiteral("3 nya")));
    CHECK(summary.contains(QStringLiteral("Säkerhetskopia")));
    CHECK(QFile::exists(wizard->runPage()->result().backupPath));
    wizard->button(QWizard::FinishButton)->click();

    // The list shows the new rows, with the comment mapped by hand.
    CHECK(reg().sites().all().size() == before + 3);
    CHECK(sitesListed(QStringLiteral("Norra skolan")));
    CHECK(sitesListed(QStringLiteral("Brandstation Väst")));
    bool noted = false;
    for (const Site& s : reg().sites().all())
        noted = noted ||
                (s.name == QStringLiteral("Norra skolan") && s.note == QStringLiteral("Ny byggnad 2024"));
    CHECK(noted);

    // One undo step takes the whole import back; redo brings the same rows again.
    QUndoStack* stack = window.session().undoStack();
    REQUIRE(stack->canUndo());
    CHECK(stack->undoText().contains(QStringLiteral("wizard-sites.csv")));
    find<QAction>(window, "undoAction")->trigger();
    CHECK(reg().sites().all().size() == before);
    CHECK_FALSE(sitesListed(QStringLiteral("Norra skolan")));
    find<QAction>(window, "redoAction")->trigger();
    CHECK(reg().sites().all().size() == before + 3);
    CHECK(sitesListed(QStringLiteral("Norra skolan")));
    CHECK(sitesListed(QStringLiteral("Södra förskolan")));
}

TEST_CASE_METHOD(ImportWindow,
                 "A bad row shows in the import preview with its sheet row and Import stays disabled",
                 "[gui][import]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lokaler.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Namn;Ort\nStadshuset;Ekby\n;Ekby\nBiblioteket;Ekby\n");
    file.close();
    const std::size_t before = reg().sites().all().size();

    ImportWizard* wizard = openWizard();
    REQUIRE(chooseFile(wizard, path));
    auto* table = find<QComboBox>(*wizard, "importTableCombo");
    table->setCurrentIndex(table->findText(Tables::site().translatedLabel()));
    wizard->next();
    waitForPreview(wizard);

    const ImportPreview& preview = wizard->previewPage()->preview();
    CHECK(preview.refused == 1);
    auto* refusals = find<QTableWidget>(*wizard, "importRefusalTable");
    REQUIRE(refusals->isVisible());
    REQUIRE(refusals->rowCount() == 1);
    CHECK(refusals->item(0, 1)->text() == QStringLiteral("3")); // the header is row 1
    CHECK(refusals->item(0, 2)->text() == QStringLiteral("Namn"));
    CHECK_FALSE(refusals->item(0, 4)->text().isEmpty());
    CHECK(wizard->previewPage()->countsText().contains(QStringLiteral("Avvisade: 1")));
    CHECK_FALSE(wizard->button(QWizard::CommitButton)->isEnabled());
    wizard->reject();
    CHECK(reg().sites().all().size() == before);
    CHECK_FALSE(window.session().undoStack()->canUndo());
}

TEST_CASE_METHOD(ImportWindow, "An old xls file gets its message on the first page of the import wizard",
                 "[gui][import]")
{
    ImportWizard* wizard = openWizard();
    CHECK_FALSE(chooseFile(wizard, fixture("legacy.xls")));
    CHECK(wizard->currentId() == ImportWizard::FilePage);
    const QString message = wizard->filePage()->message();
    CHECK(message.contains(QStringLiteral(".xls")));
    CHECK(find<QWidget>(*wizard, "importFileMessage")->isVisible());

    CHECK_FALSE(chooseFile(wizard, fixture("truncated.xlsx")));
    CHECK(wizard->currentId() == ImportWizard::FilePage);
    CHECK_FALSE(wizard->filePage()->message().isEmpty());
    wizard->reject();
}
