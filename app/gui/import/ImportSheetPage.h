#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QSpinBox;

namespace sakra::gui {

class ImportWizard;

// The second page: which sheet, which row holds its headers and what its rows are (risks,
// actions, people, ...). Skipped for Säkra's own workbook, which says all of it.
class ImportSheetPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSheetPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void onSheetChosen();
    void showHeaders();
    QString chosenSheet() const;

    ImportWizard* m_wizard;
    QComboBox* m_sheet;
    QSpinBox* m_headerRow;
    QComboBox* m_table;
    QLabel* m_headers;
};

} // namespace sakra::gui
