#pragma once

#include "exchange/SpreadsheetImporter.h"

#include <QWizard>
#include <memory>
#include <vector>

namespace sakra::gui {

class ImportFilePage;
class ImportSheetPage;
class ImportMappingPage;
class ImportPreviewPage;
class ImportRunPage;
class RegisterSession;

// Arkiv → Importera från kalkylark…: a spreadsheet (XLSX or CSV) into the open register. The
// pages: the file; the sheet, its header row and what its rows are; the columns mapped to
// Säkra's; the preview (counts and every refused row); the import on a worker thread with a
// backup first. The import becomes one step on the session's undo stack. Säkra's own workbook
// needs no choices: the sheet and mapping pages are skipped.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page
    {
        FilePage,
        SheetPage,
        MappingPage,
        PreviewPage,
        RunPage
    };

    ImportWizard(RegisterSession& session, QWidget* parent = nullptr);
    ~ImportWizard() override;

    RegisterSession& session() const { return m_session; }

    // The file read on the first page; null before.
    const SpreadsheetImporter* importer() const { return m_importer.get(); }
    std::shared_ptr<const SpreadsheetImporter> sharedImporter() const { return m_importer; }
    QString filePath() const { return m_path; }
    void setImporter(std::shared_ptr<const SpreadsheetImporter> importer, const QString& path);
    // Säkra's own workbook: the mappings come from it.
    bool ownWorkbook() const { return !m_own.empty(); }

    // The sheet page's choice.
    QString sheet() const { return m_sheet; }
    int headerRow() const { return m_headerRow; }
    const TableSpec* table() const { return m_table; }
    void choose(const QString& sheet, int headerRow, const TableSpec* table);

    // What the import reads: the mapping page's, or the own workbook's.
    const std::vector<SheetMapping>& mappings() const;
    void setMapping(const SheetMapping& mapping);

    ImportFilePage* filePage() const { return m_filePage; }
    ImportSheetPage* sheetPage() const { return m_sheetPage; }
    ImportMappingPage* mappingPage() const { return m_mappingPage; }
    ImportPreviewPage* previewPage() const { return m_previewPage; }
    ImportRunPage* runPage() const { return m_runPage; }

    int nextId() const override;
    void reject() override;

private:
    RegisterSession& m_session;
    std::shared_ptr<const SpreadsheetImporter> m_importer;
    QString m_path;
    std::vector<SheetMapping> m_own;
    std::vector<SheetMapping> m_chosen;
    QString m_sheet;
    int m_headerRow = 1;
    const TableSpec* m_table = nullptr;
    ImportFilePage* m_filePage;
    ImportSheetPage* m_sheetPage;
    ImportMappingPage* m_mappingPage;
    ImportPreviewPage* m_previewPage;
    ImportRunPage* m_runPage;
};

} // namespace sakra::gui
