#include "StartRegisterWizard.h"

#include "widgets/Named.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sakra::gui {

namespace {

enum Page
{
    NamePage,
    BoardsPage,
    AdministrationsPage
};

enum Column
{
    NameColumn,
    KindColumn,
    BoardColumn
};

} // namespace

StartRegisterWizard::StartRegisterWizard(const QString& folder, QWidget* parent)
    : QWizard(parent), m_folder(folder)
{
    setObjectName(QStringLiteral("startRegisterWizard"));
    setWindowTitle(tr("Starta ett register för din kommun"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::NextButton, tr("&Nästa >"));
    setButtonText(QWizard::BackButton, tr("< &Tillbaka"));
    setButtonText(QWizard::FinishButton, tr("&Skapa registret"));
    setButtonText(QWizard::CancelButton, tr("Avbryt"));
    setPage(NamePage, namePage());
    setPage(BoardsPage, boardsPage());
    setPage(AdministrationsPage, administrationsPage());
    resize(640, 480);
}

QWizardPage* StartRegisterWizard::namePage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("Kommunen"));
    page->setSubTitle(
        tr("Registret är en fil på den här datorn eller i en delad mapp. Allt du skriver sparas "
           "genast i den."));
    m_name = named<QLineEdit>(page, "municipalityName");
    m_name->setPlaceholderText(tr("t.ex. Lindvalla kommun"));
    m_path = named<QLineEdit>(page, "registerPath");
    auto* choose = new QPushButton(tr("&Välj…"));
    connect(choose, &QPushButton::clicked, this, &StartRegisterWizard::chooseFile);
    connect(m_name, &QLineEdit::textChanged, this, &StartRegisterWizard::suggestPath);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(choose);
    auto* form = new QFormLayout(page);
    form->addRow(tr("Kommunens &namn:"), m_name);
    // A label of its own: a row of two widgets has no buddy for the shortcut otherwise.
    auto* pathLabel = new QLabel(tr("&Fil:"));
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    m_problem = named<QLabel>(page, "startProblem");
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a00000"));
    form->addRow(m_problem);
    return page;
}

QWizardPage* StartRegisterWizard::boardsPage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("Nämnder"));
    page->setSubTitle(
        tr("Skriv kommunens nämnder, en per rad. De tar emot rapporterna om säkerhetsarbetet."));
    m_boards = named<QPlainTextEdit>(page, "boardsEdit");
    m_boards->setPlainText(tr("Kommunstyrelsen") + QLatin1Char('\n'));
    auto* column = new QVBoxLayout(page);
    column->addWidget(m_boards);
    return page;
}

QWizardPage* StartRegisterWizard::administrationsPage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("Förvaltningar och bolag"));
    page->setSubTitle(tr("Lägg till förvaltningarna och de kommunala bolagen, med den nämnd var och en "
                         "rapporterar till. Avdelningar, enheter, lokaler och personer lägger du till sedan "
                         "under Organisation."));
    m_administrations = named<QTableWidget>(page, "administrationsTable", 0, 3);
    m_administrations->setHorizontalHeaderLabels({tr("Namn"), tr("Typ"), tr("Rapporterar till nämnd")});
    m_administrations->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_administrations->verticalHeader()->hide();
    auto* add = named<QPushButton>(page, "addAdministrationButton", tr("&Lägg till rad"));
    auto* remove = named<QPushButton>(page, "removeAdministrationButton", tr("&Ta bort rad"));
    connect(add, &QPushButton::clicked, this, [this] { addAdministration(); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_administrations->currentRow();
        if (row >= 0)
            m_administrations->removeRow(row);
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* column = new QVBoxLayout(page);
    column->addWidget(m_administrations);
    column->addLayout(buttons);
    return page;
}

void StartRegisterWizard::addAdministration(const QString& name, bool company, const QString& board)
{
    const int row = m_administrations->rowCount();
    m_administrations->insertRow(row);
    m_administrations->setItem(row, NameColumn, new QTableWidgetItem(name));
    auto* kind = new QComboBox;
    kind->addItem(tr("Förvaltning"));
    kind->addItem(tr("Bolag"));
    kind->setCurrentIndex(company ? 1 : 0);
    m_administrations->setCellWidget(row, KindColumn, kind);
    auto* boardChoice = new QComboBox;
    boardChoice->addItems(boards());
    if (!board.isEmpty())
        boardChoice->setCurrentText(board);
    m_administrations->setCellWidget(row, BoardColumn, boardChoice);
    m_administrations->setCurrentCell(row, NameColumn);
}

void StartRegisterWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == AdministrationsPage) {
        refreshBoardChoices();
        if (m_administrations->rowCount() == 0)
            addAdministration(tr("Kommunledningsförvaltningen"), false, boards().value(0));
    }
}

void StartRegisterWizard::refreshBoardChoices()
{
    const QStringList names = boards();
    for (int row = 0; row < m_administrations->rowCount(); ++row) {
        auto* choice = qobject_cast<QComboBox*>(m_administrations->cellWidget(row, BoardColumn));
        const QString was = choice->currentText();
        choice->clear();
        choice->addItems(names);
        choice->setCurrentText(was);
    }
}

QStringList StartRegisterWizard::boards() const
{
    QStringList names;
    for (const QString& line : m_boards->toPlainText().split(QLatin1Char('\n'))) {
        const QString name = line.trimmed();
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names;
}

void StartRegisterWizard::suggestPath()
{
    if (m_pathEdited)
        return;
    QString file = m_name->text().trimmed();
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]"));
    file.replace(unsafe, QStringLiteral("-"));
    m_path->setText(file.isEmpty()
                        ? QString()
                        : QDir::toNativeSeparators(QDir(m_folder).filePath(file + QStringLiteral(".sakra"))));
}

void StartRegisterWizard::chooseFile()
{
    const QString start = m_path->text().isEmpty() ? m_folder : m_path->text();
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Registrets fil"), start, tr("Säkra-register (*.sakra)"),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    m_pathEdited = true;
    m_path->setText(QDir::toNativeSeparators(chosen));
}

QString StartRegisterWizard::path() const
{
    QString p = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!p.isEmpty() && QFileInfo(p).suffix().isEmpty())
        p += QStringLiteral(".sakra");
    return p;
}

MunicipalityStart StartRegisterWizard::start() const
{
    MunicipalityStart s;
    s.name = m_name->text().trimmed();
    s.boards = boards();
    for (int row = 0; row < m_administrations->rowCount(); ++row) {
        const QTableWidgetItem* item = m_administrations->item(row, NameColumn);
        const QString name = item ? item->text().trimmed() : QString();
        if (name.isEmpty())
            continue;
        const auto* kind = qobject_cast<QComboBox*>(m_administrations->cellWidget(row, KindColumn));
        const auto* board = qobject_cast<QComboBox*>(m_administrations->cellWidget(row, BoardColumn));
        s.administrations.push_back({name, kind->currentIndex() == 1, board->currentText()});
    }
    return s;
}

bool StartRegisterWizard::validateCurrentPage()
{
    m_problem->clear();
    if (currentId() == NamePage) {
        QString problem;
        if (m_name->text().trimmed().isEmpty())
            problem = tr("Skriv kommunens namn.");
        else if (path().isEmpty())
            problem = tr("Välj var registret ska sparas.");
        else if (QFileInfo::exists(path()))
            problem = tr("%1 finns redan. Välj ett annat filnamn, eller öppna filen från välkomstsidan.")
                          .arg(QDir::toNativeSeparators(path()));
        else if (!QFileInfo(QFileInfo(path()).absolutePath()).isDir())
            problem =
                tr("Mappen %1 finns inte.").arg(QDir::toNativeSeparators(QFileInfo(path()).absolutePath()));
        m_problem->setText(problem);
        return problem.isEmpty();
    }
    if (currentId() == AdministrationsPage) {
        for (const MunicipalityStart::Administration& a : start().administrations)
            if (a.board.isEmpty()) {
                page(AdministrationsPage)
                    ->setSubTitle(tr("%1 behöver en nämnd att rapportera till. Lägg till nämnden i förra "
                                     "steget, eller ta "
                                     "bort raden.")
                                      .arg(a.name));
                return false;
            }
    }
    return true;
}

} // namespace sakra::gui
