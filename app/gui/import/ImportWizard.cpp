#include "ImportWizard.h"

#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportPreviewPage.h"
#include "ImportRunPage.h"
#include "ImportSheetPage.h"

namespace sakra::gui {

ImportWizard::ImportWizard(RegisterSession& session, QWidget* parent)
    : QWizard(parent), m_session(session), m_filePage(new ImportFilePage(this)),
      m_sheetPage(new ImportSheetPage(this)), m_mappingPage(new ImportMappingPage(this)),
      m_previewPage(new ImportPreviewPage(this)), m_runPage(new ImportRunPage(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Importera från kalkylark"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage); // the import page has its own while it runs
    setButtonText(QWizard::NextButton, tr("&Nästa >"));
    setButtonText(QWizard::BackButton, tr("< &Tillbaka"));
    setButtonText(QWizard::FinishButton, tr("&Stäng"));
    setButtonText(QWizard::CancelButton, tr("Avbryt"));
    setButtonText(QWizard::CommitButton, tr("&Importera"));
    setPage(FilePage, m_filePage);
    setPage(SheetPage, m_sheetPage);
    setPage(MappingPage, m_mappingPage);
    setPage(PreviewPage, m_previewPage);
    setPage(RunPage, m_runPage);
    setStartId(FilePage);
    resize(760, 560);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setImporter(std::shared_ptr<const SpreadsheetImporter> importer, const QString& path)
{
    m_importer = std::move(importer);
    m_path = path;
    m_own = m_importer ? m_importer->ownMappings() : std::vector<SheetMapping>();
    m_chosen.clear();
}

void ImportWizard::choose(const QString& sheet, int headerRow, const TableSpec* table)
{
    m_sheet = sheet;
    m_headerRow = headerRow;
    m_table = table;
}

const std::vector<SheetMapping>& ImportWizard::mappings() const
{
    return ownWorkbook() ? m_own : m_chosen;
}

void ImportWizard::setMapping(const SheetMapping& mapping)
{
    m_chosen = {mapping};
}

int ImportWizard::nextId() const
{
    switch (currentId()) {
    case FilePage: return ownWorkbook() ? PreviewPage : SheetPage;
    case SheetPage: return MappingPage;
    case MappingPage: return PreviewPage;
    case PreviewPage: return RunPage;
    default: return -1;
    }
}

void ImportWizard::reject()
{
    // Closing while something runs cancels it; an import is then rolled back.
    m_filePage->stop();
    m_previewPage->stop();
    m_runPage->stop();
    QWizard::reject();
}

} // namespace sakra::gui
