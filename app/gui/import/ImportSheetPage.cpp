#include "ImportSheetPage.h"

#include "ImportWizard.h"
#include "Register.h"
#include "exchange/SheetCells.h"
#include "widgets/Named.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <algorithm>

namespace sakra::gui {

ImportSheetPage::ImportSheetPage(ImportWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_sheet(named<QComboBox>(this, "importSheetCombo")),
      m_headerRow(named<QSpinBox>(this, "importHeaderRowSpin")),
      m_table(named<QComboBox>(this, "importTableCombo")),
      m_headers(named<QLabel>(this, "importHeadersLabel"))
{
    setObjectName(QStringLiteral("importSheetPage"));
    setTitle(tr("Blad och rader"));
    setSubTitle(tr("Välj bladet som ska läsas, raden där rubrikerna står och vad raderna är."));
    m_headerRow->setRange(1, 1048576);
    m_headers->setWordWrap(true);
    m_headers->setTextFormat(Qt::PlainText);
    for (const TableSpec* spec : SpreadsheetImporter::importableTables())
        m_table->addItem(spec->translatedLabel());

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Blad:"), m_sheet);
    form->addRow(tr("&Rubrikrad:"), m_headerRow);
    form->addRow(tr("&Vad raderna är:"), m_table);
    form->addRow(tr("Rubriker:"), m_headers);

    connect(m_sheet, &QComboBox::currentIndexChanged, this, &ImportSheetPage::onSheetChosen);
    connect(m_headerRow, &QSpinBox::valueChanged, this, &ImportSheetPage::showHeaders);
}

void ImportSheetPage::initializePage()
{
    const QSignalBlocker blocker(m_sheet);
    m_sheet->clear();
    if (const SpreadsheetImporter* importer = m_wizard->importer())
        for (const SheetData* sheet : importer->workbook().visibleSheets())
            m_sheet->addItem(sheet->name);
    m_headerRow->setValue(1);
    onSheetChosen();
}

QString ImportSheetPage::chosenSheet() const
{
    return m_sheet->currentText();
}

void ImportSheetPage::onSheetChosen()
{
    // A sheet named after a table says what its rows are.
    const auto tables = SpreadsheetImporter::importableTables();
    const auto named =
        std::find(tables.begin(), tables.end(), SpreadsheetImporter::tableNamed(chosenSheet()));
    if (named != tables.end())
        m_table->setCurrentIndex(int(named - tables.begin()));
    showHeaders();
}

void ImportSheetPage::showHeaders()
{
    const SpreadsheetImporter* importer = m_wizard->importer();
    const SheetData* sheet = importer ? importer->workbook().sheet(chosenSheet()) : nullptr;
    const SheetRow* row = sheet ? sheet->row(m_headerRow->value()) : nullptr;
    if (!row) {
        m_headers->setText(tr("Rad %1 är tom; välj raden där rubrikerna står.").arg(m_headerRow->value()));
    } else {
        QStringList texts;
        for (const QVariant& cell : row->cells)
            if (!SheetCells::text(cell).trimmed().isEmpty())
                texts << SheetCells::text(cell);
        m_headers->setText(texts.join(QStringLiteral(", ")));
    }
    Q_EMIT completeChanged();
}

bool ImportSheetPage::isComplete() const
{
    const SpreadsheetImporter* importer = m_wizard->importer();
    const SheetData* sheet = importer ? importer->workbook().sheet(chosenSheet()) : nullptr;
    return sheet && sheet->row(m_headerRow->value()) && m_table->currentIndex() >= 0;
}

bool ImportSheetPage::validatePage()
{
    m_wizard->choose(chosenSheet(), m_headerRow->value(),
                     SpreadsheetImporter::importableTables().at(std::size_t(m_table->currentIndex())));
    return true;
}

} // namespace sakra::gui
