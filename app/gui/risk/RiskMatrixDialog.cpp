#include "RiskMatrixDialog.h"

#include "Register.h"
#include "RegisterSession.h"
#include "RegradeRunner.h"
#include "commands/ChangeRiskMatrixCommand.h"
#include "widgets/ColourContrast.h"
#include "widgets/HeatMapModel.h"
#include "widgets/HeatMapWidget.h"
#include "widgets/Named.h"

#include <QApplication>
#include <QColorDialog>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sakra::gui {

namespace {
enum LevelColumn
{
    LevelSv,
    LevelEn,
    LevelColour,
    LevelMinScore
};
enum DimensionColumn
{
    DimensionKey,
    DimensionSv,
    DimensionEn
};

QTableWidget* makeTable(const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    table->setTabKeyNavigation(true);
    return table;
}

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}
} // namespace

RiskMatrixDialog::RiskMatrixDialog(RegisterSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_runner(new RegradeRunner(session, this, this)),
      m_original(session.reg().riskMatrix().current()),
      m_likelihoodSize(named<QSpinBox>(this, "matrixLikelihoodSizeSpin")),
      m_consequenceSize(named<QSpinBox>(this, "matrixConsequenceSizeSpin")),
      m_likelihoodLabels(makeTable({tr("Svenska"), tr("Engelska")}, this)),
      m_consequenceLabels(makeTable({tr("Svenska"), tr("Engelska")}, this)),
      m_levels(makeTable({tr("Svenska"), tr("Engelska"), tr("Färg"), tr("Från poäng")}, this)),
      m_dimensions(makeTable({tr("Nyckel"), tr("Svenska"), tr("Engelska")}, this)),
      m_previewModel(new HeatMapModel(this)), m_preview(named<HeatMapWidget>(this, "matrixPreview")),
      m_problem(named<QLabel>(this, "matrixProblemLabel")),
      m_save(named<QPushButton>(this, "matrixSaveButton", tr("&Spara")))
{
    setObjectName(QStringLiteral("riskMatrixDialog"));
    setWindowTitle(tr("Riskmatris"));
    m_likelihoodLabels->setObjectName(QStringLiteral("matrixLikelihoodLabels"));
    m_consequenceLabels->setObjectName(QStringLiteral("matrixConsequenceLabels"));
    m_levels->setObjectName(QStringLiteral("matrixLevelsTable"));
    m_dimensions->setObjectName(QStringLiteral("matrixDimensionsTable"));
    m_likelihoodLabels->setAccessibleName(tr("Sannolikhetsskalans steg"));
    m_consequenceLabels->setAccessibleName(tr("Konsekvensskalans steg"));
    m_levels->setAccessibleName(tr("Risknivåer"));
    m_dimensions->setAccessibleName(tr("Konsekvensdimensioner"));

    for (QSpinBox* spin : {m_likelihoodSize, m_consequenceSize}) {
        spin->setRange(RiskMatrix::kMinSize, RiskMatrix::kMaxSize);
        spin->setSuffix(tr(" steg"));
    }
    m_likelihoodMemory = m_original.likelihoodLabels();
    m_consequenceMemory = m_original.consequenceLabels();
    m_preview->setModel(m_previewModel);
    m_preview->setInteractive(false);
    m_preview->setCellText(HeatMapWidget::CellText::Score);
    m_preview->setAccessibleName(tr("Förhandsvisning av matrisen"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(
        QStringLiteral("QLabel { color: #7a1010; background: #fdecea; border: 1px solid #d99a9a; "
                       "border-radius: 3px; padding: 4px 6px; }"));

    auto* intro =
        new QLabel(tr("Matrisen gäller hela registret. När den sparas flyttas varje risk till närmaste steg "
                      "på de nya skalorna och får sin nivå på nytt. Det går att ångra."),
                   this);
    intro->setWordWrap(true);

    auto* sizes = new QHBoxLayout;
    auto* likelihoodLabel = new QLabel(tr("S&annolikhet:"), this);
    likelihoodLabel->setBuddy(m_likelihoodSize);
    auto* consequenceLabel = new QLabel(tr("K&onsekvens:"), this);
    consequenceLabel->setBuddy(m_consequenceSize);
    sizes->addWidget(likelihoodLabel);
    sizes->addWidget(m_likelihoodSize);
    sizes->addSpacing(16);
    sizes->addWidget(consequenceLabel);
    sizes->addWidget(m_consequenceSize);
    sizes->addStretch();

    auto* pages = new QTabWidget(this);
    pages->setObjectName(QStringLiteral("matrixPages"));
    pages->addTab(createScalesPage(), tr("S&kalor"));
    pages->addTab(createLevelsPage(), tr("Risk&nivåer"));
    pages->addTab(createDimensionsPage(), tr("Konsekvens&dimensioner"));

    auto* left = new QVBoxLayout;
    left->addLayout(sizes);
    left->addWidget(pages, 1);
    auto* previewBox = new QGroupBox(tr("Förhandsvisning"), this);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview, 1);
    auto* body = new QHBoxLayout;
    body->addLayout(left, 1);
    body->addWidget(previewBox, 1);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("Avbryt"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(body, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    m_filling = true;
    m_likelihoodSize->setValue(m_original.likelihoodSize());
    m_consequenceSize->setValue(m_original.consequenceSize());
    fillScale(m_likelihoodLabels, m_original.likelihoodLabels());
    fillScale(m_consequenceLabels, m_original.consequenceLabels());
    fillLevels(m_original.levels());
    fillDimensions(m_original.dimensions());
    m_filling = false;

    connect(m_runner, &RegradeRunner::finished, this, &RiskMatrixDialog::onRunnerFinished);
    connect(m_likelihoodSize, &QSpinBox::valueChanged, this, &RiskMatrixDialog::onSizeChanged);
    connect(m_consequenceSize, &QSpinBox::valueChanged, this, &RiskMatrixDialog::onSizeChanged);
    for (QTableWidget* table : {m_likelihoodLabels, m_consequenceLabels, m_levels, m_dimensions})
        connect(table, &QTableWidget::itemChanged, this, &RiskMatrixDialog::onEdited);
    connect(m_levels, &QTableWidget::cellActivated, this, [this](int, int column) {
        if (column == LevelColour)
            chooseColour();
    });
    connect(m_levels, &QTableWidget::cellDoubleClicked, this, [this](int, int column) {
        if (column == LevelColour)
            chooseColour();
    });
    connect(m_save, &QPushButton::clicked, this, &RiskMatrixDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    resize(980, 620);
    onEdited();
}

QWidget* RiskMatrixDialog::createScalesPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QHBoxLayout(page);
    auto* likelihood = new QGroupBox(tr("Sannolikhet (lägst först)"), page);
    auto* likelihoodLayout = new QVBoxLayout(likelihood);
    likelihoodLayout->addWidget(m_likelihoodLabels);
    auto* consequence = new QGroupBox(tr("Konsekvens (lindrigast först)"), page);
    auto* consequenceLayout = new QVBoxLayout(consequence);
    consequenceLayout->addWidget(m_consequenceLabels);
    layout->addWidget(likelihood);
    layout->addWidget(consequence);
    return page;
}

QWidget* RiskMatrixDialog::createLevelsPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* help =
        new QLabel(tr("En ruta får den högsta nivå vars gräns dess poäng (sannolikhet × konsekvens) når. "
                      "Den lägsta nivån börjar på 1. Dubbelklicka på färgen för att byta den."),
                   page);
    help->setWordWrap(true);
    layout->addWidget(help);
    layout->addWidget(m_levels, 1);
    m_levels->horizontalHeader()->setSectionResizeMode(LevelMinScore, QHeaderView::ResizeToContents);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Lägg till nivå"), page);
    add->setObjectName(QStringLiteral("addLevelButton"));
    auto* remove = new QPushButton(tr("Ta bort nivå"), page);
    remove->setObjectName(QStringLiteral("removeLevelButton"));
    auto* colour = new QPushButton(tr("Välj &färg…"), page);
    colour->setObjectName(QStringLiteral("levelColourButton"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    buttons->addWidget(colour);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &RiskMatrixDialog::addLevel);
    connect(remove, &QPushButton::clicked, this, &RiskMatrixDialog::removeLevel);
    connect(colour, &QPushButton::clicked, this, &RiskMatrixDialog::chooseColour);
    return page;
}

QWidget* RiskMatrixDialog::createDimensionsPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* help =
        new QLabel(tr("Med konsekvensdimensioner (t.ex. liv och hälsa, verksamhet, ekonomi) bedöms "
                      "konsekvensen för var och en, och den värsta räknas. Utan dimensioner finns en enda "
                      "konsekvensskala. Nyckeln används i registret och i exporter och bör inte ändras "
                      "i efterhand."),
                   page);
    help->setWordWrap(true);
    layout->addWidget(help);
    layout->addWidget(m_dimensions, 1);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Lägg till dimension"), page);
    add->setObjectName(QStringLiteral("addDimensionButton"));
    auto* remove = new QPushButton(tr("Ta bort dimension"), page);
    remove->setObjectName(QStringLiteral("removeDimensionButton"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &RiskMatrixDialog::addDimension);
    connect(remove, &QPushButton::clicked, this, &RiskMatrixDialog::removeDimension);
    return page;
}

void RiskMatrixDialog::fillScale(QTableWidget* table, const std::vector<RiskMatrix::Label>& labels)
{
    const bool filling = m_filling;
    m_filling = true;
    table->setRowCount(int(labels.size()));
    for (int row = 0; row < int(labels.size()); ++row) {
        table->setVerticalHeaderItem(row, new QTableWidgetItem(QString::number(row + 1)));
        table->setItem(row, 0, new QTableWidgetItem(labels[std::size_t(row)].sv));
        table->setItem(row, 1, new QTableWidgetItem(labels[std::size_t(row)].en));
    }
    m_filling = filling;
}

void RiskMatrixDialog::fillLevels(const std::vector<RiskMatrix::Level>& levels)
{
    const bool filling = m_filling;
    m_filling = true;
    m_levels->setRowCount(int(levels.size()));
    for (int row = 0; row < int(levels.size()); ++row) {
        const RiskMatrix::Level& level = levels[std::size_t(row)];
        m_levels->setItem(row, LevelSv, new QTableWidgetItem(level.name.sv));
        m_levels->setItem(row, LevelEn, new QTableWidgetItem(level.name.en));
        auto* colour = new QTableWidgetItem;
        colour->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_levels->setItem(row, LevelColour, colour);
        setLevelColour(row, level.colour);
        auto* score = new QTableWidgetItem;
        score->setData(Qt::EditRole, level.minScore);
        m_levels->setItem(row, LevelMinScore, score);
    }
    m_filling = filling;
}

void RiskMatrixDialog::fillDimensions(const std::vector<RiskMatrix::Dimension>& dimensions)
{
    const bool filling = m_filling;
    m_filling = true;
    m_dimensions->setRowCount(int(dimensions.size()));
    for (int row = 0; row < int(dimensions.size()); ++row) {
        const RiskMatrix::Dimension& d = dimensions[std::size_t(row)];
        m_dimensions->setItem(row, DimensionKey, new QTableWidgetItem(d.key));
        m_dimensions->setItem(row, DimensionSv, new QTableWidgetItem(d.name.sv));
        m_dimensions->setItem(row, DimensionEn, new QTableWidgetItem(d.name.en));
    }
    m_filling = filling;
}

void RiskMatrixDialog::setLevelColour(int row, const QColor& colour)
{
    QTableWidgetItem* item = m_levels->item(row, LevelColour);
    if (!item)
        return;
    // The colour's name is written in the cell too, so it can be read without seeing the colour.
    item->setText(colour.name());
    item->setData(Qt::UserRole, colour);
    item->setBackground(colour);
    item->setForeground(ColourContrast::textOn(colour));
    item->setToolTip(tr("Dubbelklicka eller tryck Enter för att välja färg"));
}

RiskMatrix RiskMatrixDialog::edited() const
{
    RiskMatrix m = m_original;
    auto readScale = [](const QTableWidget* table) {
        std::vector<RiskMatrix::Label> labels;
        for (int row = 0; row < table->rowCount(); ++row)
            labels.push_back({cellText(table, row, 0), cellText(table, row, 1)});
        return labels;
    };
    m.setLikelihoodLabels(readScale(m_likelihoodLabels));
    m.setConsequenceLabels(readScale(m_consequenceLabels));
    std::vector<RiskMatrix::Level> levels;
    for (int row = 0; row < m_levels->rowCount(); ++row) {
        const QTableWidgetItem* colour = m_levels->item(row, LevelColour);
        const QTableWidgetItem* score = m_levels->item(row, LevelMinScore);
        levels.push_back({{cellText(m_levels, row, LevelSv), cellText(m_levels, row, LevelEn)},
                          colour ? colour->data(Qt::UserRole).value<QColor>() : QColor(),
                          score ? score->data(Qt::EditRole).toInt() : 0});
    }
    m.setLevels(levels);
    std::vector<RiskMatrix::Dimension> dimensions;
    for (int row = 0; row < m_dimensions->rowCount(); ++row)
        dimensions.push_back(
            {cellText(m_dimensions, row, DimensionKey),
             {cellText(m_dimensions, row, DimensionSv), cellText(m_dimensions, row, DimensionEn)}});
    m.setDimensions(dimensions);
    return m;
}

void RiskMatrixDialog::onSizeChanged()
{
    auto resized = [](const std::vector<RiskMatrix::Label>& shown, std::vector<RiskMatrix::Label>& memory,
                      int size) {
        for (std::size_t i = 0; i < shown.size(); ++i) {
            if (i < memory.size())
                memory[i] = shown[i];
            else
                memory.push_back(shown[i]);
        }
        std::vector<RiskMatrix::Label> labels(memory.begin(),
                                              memory.begin() + std::min<std::ptrdiff_t>(size, memory.size()));
        for (int i = int(labels.size()); i < size; ++i)
            labels.push_back({QString::number(i + 1), QString::number(i + 1)});
        return labels;
    };
    const RiskMatrix m = edited();
    fillScale(m_likelihoodLabels,
              resized(m.likelihoodLabels(), m_likelihoodMemory, m_likelihoodSize->value()));
    fillScale(m_consequenceLabels,
              resized(m.consequenceLabels(), m_consequenceMemory, m_consequenceSize->value()));
    onEdited();
}

void RiskMatrixDialog::chooseColour()
{
    const int row = m_levels->currentRow();
    if (row < 0)
        return;
    const QColor current = m_levels->item(row, LevelColour)->data(Qt::UserRole).value<QColor>();
    const QColor chosen =
        QColorDialog::getColor(current, this, tr("Färg för nivån %1").arg(cellText(m_levels, row, LevelSv)));
    if (!chosen.isValid())
        return;
    setLevelColour(row, chosen);
    onEdited();
}

void RiskMatrixDialog::addLevel()
{
    RiskMatrix m = edited();
    std::vector<RiskMatrix::Level> levels = m.levels();
    const int above = levels.empty() ? 0 : levels.back().minScore;
    levels.push_back({{tr("Ny nivå"), QString()}, QColor(0x9e, 0x9e, 0x9e), above + 1});
    fillLevels(levels);
    m_levels->setCurrentCell(int(levels.size()) - 1, LevelSv);
    m_levels->editItem(m_levels->currentItem());
    onEdited();
}

void RiskMatrixDialog::removeLevel()
{
    const int row = m_levels->currentRow();
    if (row < 0)
        return;
    m_levels->removeRow(row);
    onEdited();
}

void RiskMatrixDialog::addDimension()
{
    const int row = m_dimensions->rowCount();
    m_filling = true;
    m_dimensions->insertRow(row);
    m_dimensions->setItem(row, DimensionKey,
                          new QTableWidgetItem(QStringLiteral("dimension%1").arg(row + 1)));
    m_dimensions->setItem(row, DimensionSv, new QTableWidgetItem);
    m_dimensions->setItem(row, DimensionEn, new QTableWidgetItem);
    m_filling = false;
    m_dimensions->setCurrentCell(row, DimensionSv);
    m_dimensions->editItem(m_dimensions->currentItem());
    onEdited();
}

void RiskMatrixDialog::removeDimension()
{
    const int row = m_dimensions->currentRow();
    if (row < 0)
        return;
    m_dimensions->removeRow(row);
    onEdited();
}

void RiskMatrixDialog::onEdited()
{
    if (m_filling)
        return;
    const RiskMatrix m = edited();
    const QString problem = m.problem();
    const bool changed = !(m == m_original);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_problem->setAccessibleName(problem);
    m_save->setEnabled(problem.isEmpty() && changed);
    m_save->setToolTip(!problem.isEmpty() ? tr("Rätta det som står i rutan ovan först")
                       : !changed         ? tr("Inget är ändrat")
                                          : tr("Spara matrisen och bedöm om riskerna (kan ångras)"));
    m_previewModel->setMatrix(m);
}

void RiskMatrixDialog::save()
{
    const RiskMatrix after = edited();
    if (!after.problem().isEmpty() || after == m_original || !m_session.hasRegister() ||
        m_runner->isRunning())
        return;
    // First how many risks it touches, then, when the user says so, the change itself: both on the
    // runner's thread, so that a register of any size leaves the window responsive.
    m_saving = after;
    m_step = Step::Counting;
    m_runner->preview(after);
}

void RiskMatrixDialog::onRunnerFinished(const QString& problem)
{
    const Step step = m_step;
    m_step = Step::Idle;
    if (!problem.isEmpty()) {
        m_problem->setText(tr("Kunde inte spara: %1").arg(problem));
        m_problem->show();
        return;
    }
    const RegradeRunner::Outcome& outcome = m_runner->outcome();
    if (step == Step::Counting) {
        const QString question =
            outcome.affected == 0
                ? tr("Ingen av registrets %1 risker får andra värden eller en annan nivå.")
                      .arg(QLocale().toString(outcome.total))
                : tr("%1 av registrets %2 risker får nya värden eller en ny nivå när matrisen sparas.")
                      .arg(QLocale().toString(outcome.affected), QLocale().toString(outcome.total));
        if (QMessageBox::question(this, tr("Spara riskmatrisen"),
                                  question + QStringLiteral("\n\n") +
                                      tr("Spara matrisen? Det går att ångra.")) != QMessageBox::Yes)
            return;
        m_step = Step::Saving;
        m_runner->save(m_saving);
        return;
    }
    if (step == Step::Saving) {
        m_session.execute(new ChangeRiskMatrixCommand(m_session, outcome.before, m_saving, outcome.grades,
                                                      tr("Ändra riskmatrisen")));
        accept();
    }
}

} // namespace sakra::gui
