#pragma once

#include "exchange/SpreadsheetImporter.h"

#include <QWizardPage>
#include <vector>

class QComboBox;
class QGridLayout;
class QLabel;
class QWidget;

namespace sakra::gui {

class ImportWizard;

// The third page: each header of the sheet beside the Säkra column it is read as, chosen in a
// combo box ("(används inte)": not read). The automatic proposal comes first; a mapping the user
// made is remembered per table and set of headers and offered the next time. Columns that are
// not read are listed in words below the table, never dropped without a word.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard* wizard);

    void initializePage() override;
    bool validatePage() override;

    // The mapping as the combo boxes stand now.
    SheetMapping mapping() const;
    // The combo box of sheet column column (0: column A).
    QComboBox* comboFor(int column) const;
    // The text that lists the columns not read.
    QString ignoredText() const;

    // Where a mapping is remembered: per table and header set.
    static QString settingsKey(const SheetMapping& mapping);

private:
    void build();
    void showIgnored();

    ImportWizard* m_wizard;
    QWidget* m_rows;
    QGridLayout* m_grid;
    QLabel* m_ignored;
    SheetMapping m_base;
    std::vector<QComboBox*> m_combos;
    std::vector<QWidget*> m_rowWidgets;
};

} // namespace sakra::gui
