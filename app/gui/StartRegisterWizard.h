#pragma once

#include "organisation/MunicipalityStart.h"

#include <QWizard>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace sakra::gui {

// A register for one's own municipality in three short steps: its name and file, its boards, and
// its administrations and companies with the board each reports to. The window makes the file.
class StartRegisterWizard : public QWizard
{
    Q_OBJECT

public:
    // folder: where the file is suggested, named after the municipality.
    explicit StartRegisterWizard(const QString& folder, QWidget* parent = nullptr);

    QString path() const;
    MunicipalityStart start() const;

    // Adds a row of the last step (the tests fill it as a person would).
    void addAdministration(const QString& name = QString(), bool company = false,
                           const QString& board = QString());

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    QWizardPage* namePage();
    QWizardPage* boardsPage();
    QWizardPage* administrationsPage();
    QStringList boards() const;
    void suggestPath();
    void chooseFile();
    void refreshBoardChoices();

    QString m_folder;
    bool m_pathEdited = false;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_path = nullptr;
    QPlainTextEdit* m_boards = nullptr;
    QTableWidget* m_administrations = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace sakra::gui
