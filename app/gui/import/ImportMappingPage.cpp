#include "ImportMappingPage.h"

#include "ImportWizard.h"
#include "exchange/SheetCells.h"
#include "exchange/SheetColumns.h"
#include "widgets/Named.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>
#include <algorithm>

namespace sakra::gui {

ImportMappingPage::ImportMappingPage(ImportWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_rows(new QWidget(this)), m_grid(new QGridLayout(m_rows)),
      m_ignored(named<QLabel>(this, "importIgnoredLabel"))
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Kolumner"));
    setSubTitle(tr("Välj vilken kolumn i Säkra varje kolumn i bladet ska läsas in som. Förslaget bygger på "
                   "rubrikerna; ändra det där det inte stämmer."));
    auto* scroll = named<QScrollArea>(this, "importMappingTable");
    scroll->setWidget(m_rows);
    scroll->setWidgetResizable(true);
    m_ignored->setWordWrap(true);
    m_ignored->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_ignored);
}

QString ImportMappingPage::settingsKey(const SheetMapping& mapping)
{
    const QByteArray headers = mapping.headers.join(QChar(0x1f)).toUtf8();
    return QStringLiteral("import/mappings/%1/%2")
        .arg(QLatin1String(mapping.table->table),
             QString::fromLatin1(QCryptographicHash::hash(headers, QCryptographicHash::Sha1).toHex()));
}

void ImportMappingPage::initializePage()
{
    const SpreadsheetImporter* importer = m_wizard->importer();
    m_base = importer->proposeMapping(m_wizard->sheet(), *m_wizard->table(), m_wizard->headerRow());
    // What the user chose for the same headers before wins over the proposal.
    const QStringList remembered = QSettings().value(settingsKey(m_base)).toStringList();
    if (remembered.size() == m_base.keys.size())
        m_base.keys = remembered;
    build();
}

void ImportMappingPage::build()
{
    for (QWidget* w : m_rowWidgets)
        delete w;
    m_rowWidgets.clear();
    m_combos.clear();
    const auto addHeading = [this](const QString& text, int column) {
        auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), m_rows);
        m_grid->addWidget(label, 0, column);
        m_rowWidgets.push_back(label);
    };
    addHeading(tr("Kolumn i bladet"), 0);
    addHeading(tr("Första värdet"), 1);
    addHeading(tr("Läses in som"), 2);

    const std::vector<SheetColumns::SheetColumn> layout =
        SheetColumns::layoutOf(*m_wizard->table(), false, false);
    const SheetData* sheet = m_wizard->importer()->workbook().sheet(m_base.sheet);
    const SheetRow* first = nullptr;
    if (sheet)
        for (const SheetRow& r : sheet->rows)
            if (r.number > m_base.headerRow) {
                first = &r;
                break;
            }
    for (int i = 0; i < m_base.headers.size(); ++i) {
        const QString header = m_base.headers.at(i).trimmed().isEmpty()
                                   ? tr("(kolumn %1 utan rubrik)").arg(columnLetters(i))
                                   : m_base.headers.at(i);
        auto* name = new QLabel(header, m_rows);
        name->setTextFormat(Qt::PlainText);
        auto* example = new QLabel(first ? SheetCells::text(first->cells.value(i)) : QString(), m_rows);
        example->setTextFormat(Qt::PlainText);
        auto* combo = new QComboBox(m_rows);
        combo->setObjectName(QStringLiteral("importMappingCombo%1").arg(i));
        combo->setAccessibleName(tr("%1 läses in som").arg(header));
        combo->addItem(tr("(används inte)"), QString());
        for (const SheetColumns::SheetColumn& c : layout)
            combo->addItem(c.header, c.key);
        combo->setCurrentIndex(std::max(0, combo->findData(m_base.keys.value(i))));
        name->setBuddy(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::showIgnored);
        m_grid->addWidget(name, i + 1, 0);
        m_grid->addWidget(example, i + 1, 1);
        m_grid->addWidget(combo, i + 1, 2);
        m_rowWidgets.insert(m_rowWidgets.end(), {name, example, combo});
        m_combos.push_back(combo);
    }
    m_grid->setColumnStretch(0, 2);
    m_grid->setColumnStretch(1, 2);
    m_grid->setColumnStretch(2, 3);
    m_grid->setRowStretch(int(m_base.headers.size()) + 1, 1);
    showIgnored();
}

SheetMapping ImportMappingPage::mapping() const
{
    SheetMapping m = m_base;
    for (std::size_t i = 0; i < m_combos.size(); ++i)
        m.keys[int(i)] = m_combos[i]->currentData().toString();
    return m;
}

QComboBox* ImportMappingPage::comboFor(int column) const
{
    return column >= 0 && std::size_t(column) < m_combos.size() ? m_combos[std::size_t(column)] : nullptr;
}

QString ImportMappingPage::ignoredText() const
{
    return m_ignored->text();
}

void ImportMappingPage::showIgnored()
{
    const QStringList ignored = mapping().ignored();
    if (ignored.isEmpty())
        m_ignored->setText(tr("Alla kolumner i bladet läses in."));
    else
        m_ignored->setText(tr("Läses inte in: %1.").arg(ignored.join(QStringLiteral(", "))));
}

bool ImportMappingPage::validatePage()
{
    const SheetMapping m = mapping();
    QSettings().setValue(settingsKey(m), m.keys);
    m_wizard->setMapping(m);
    return true;
}

} // namespace sakra::gui
