#include "LinkRiskDialog.h"

#include "Register.h"
#include "RegisterSession.h"
#include "widgets/Named.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace sakra::gui {

namespace {
constexpr int kShown = 100;

void fillScale(QComboBox* combo, const std::vector<RiskMatrix::Label>& labels)
{
    combo->addItem(LinkRiskDialog::tr("(inte bedömd)"), 0);
    for (std::size_t i = 0; i < labels.size(); ++i)
        combo->addItem(LinkRiskDialog::tr("%1 – %2").arg(i + 1).arg(labels[i].text()), int(i + 1));
}
} // namespace

LinkRiskDialog::LinkRiskDialog(RegisterSession& session, const std::set<qint64>& linked, QWidget* parent)
    : QDialog(parent), m_session(session), m_linked(linked),
      m_search(named<QLineEdit>(this, "linkRiskSearchEdit")),
      m_risks(named<QListWidget>(this, "linkRiskList")),
      m_likelihood(named<QComboBox>(this, "linkRiskLikelihoodCombo")),
      m_consequence(named<QComboBox>(this, "linkRiskConsequenceCombo")),
      m_level(named<QLabel>(this, "linkRiskLevelLabel")), m_ok(nullptr), m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("linkRiskDialog"));
    setWindowTitle(tr("Koppla åtgärden till en risk"));

    if (m_session.hasRegister())
        m_matrix = m_session.reg().riskMatrix().current();
    m_search->setPlaceholderText(tr("Sök rubrik, beskrivning eller hotkälla"));
    m_search->setClearButtonEnabled(true);
    m_risks->setAccessibleName(tr("Risker inom omfattningen"));
    fillScale(m_likelihood, m_matrix.likelihoodLabels());
    fillScale(m_consequence, m_matrix.consequenceLabels());
    m_level->setTextFormat(Qt::PlainText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Koppla"));

    auto* residual = new QFormLayout;
    residual->addRow(tr("&Sannolikhet efter åtgärden:"), m_likelihood);
    residual->addRow(tr("K&onsekvens efter åtgärden:"), m_consequence);
    residual->addRow(tr("Risknivå efter åtgärden:"), m_level);

    auto* searchLabel = new QLabel(tr("&Risk:"), this);
    searchLabel->setBuddy(m_search);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(searchLabel);
    layout->addWidget(m_search);
    layout->addWidget(m_risks, 1);
    auto* hint =
        new QLabel(tr("Ange gärna vilken risknivå åtgärden väntas lämna kvar. Du får sedan frågan om "
                      "riskens kvarvarande risk ska sättas till den."),
                   this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addLayout(residual);
    layout->addWidget(buttons);
    resize(560, 520);

    m_delay->setSingleShot(true);
    m_delay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, &LinkRiskDialog::search);
    connect(m_risks, &QListWidget::currentItemChanged, this, &LinkRiskDialog::updateState);
    connect(m_risks, &QListWidget::itemDoubleClicked, this, [this] {
        if (m_ok->isEnabled())
            accept();
    });
    connect(m_likelihood, &QComboBox::currentIndexChanged, this, &LinkRiskDialog::updateState);
    connect(m_consequence, &QComboBox::currentIndexChanged, this, &LinkRiskDialog::updateState);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    search();
}

void LinkRiskDialog::search()
{
    const qint64 chosen = riskId();
    m_risks->clear();
    if (!m_session.hasRegister())
        return;
    RiskQuery query;
    query.scopeUnitId = m_session.scopeUnitId();
    query.text = m_search->text().trimmed();
    query.limit = kShown;
    const auto rows = m_session.reg().risks().list(query);
    for (const RiskRow& row : rows) {
        const Risk& r = row.risk;
        const QString level = r.level >= 0 && r.level < int(m_matrix.levels().size())
                                  ? m_matrix.levels()[std::size_t(r.level)].name.text()
                                  : QString();
        auto* item = new QListWidgetItem(tr("%1 – %2 (%3)").arg(r.title, row.unitName, level), m_risks);
        item->setData(Qt::UserRole, r.id);
        if (m_linked.count(r.id)) {
            item->setText(item->text() + tr(" – redan kopplad"));
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        }
        if (r.id == chosen)
            m_risks->setCurrentItem(item);
    }
    if (rows.size() == std::size_t(kShown)) {
        auto* more = new QListWidgetItem(tr("… fler risker finns; sök för att hitta rätt"), m_risks);
        more->setFlags(Qt::NoItemFlags);
    }
    updateState();
}

void LinkRiskDialog::updateState()
{
    m_ok->setEnabled(riskId() != 0);
    const int l = residualLikelihood();
    const int c = residualConsequence();
    if (l == 0 || c == 0) {
        m_level->setText(l == 0 && c == 0 ? tr("inte bedömd") : tr("ange både sannolikhet och konsekvens"));
        return;
    }
    const int level = m_matrix.levelOf(l, c);
    m_level->setText(level >= 0 ? m_matrix.levels()[std::size_t(level)].name.text() : QString());
}

qint64 LinkRiskDialog::riskId() const
{
    const QListWidgetItem* item = m_risks->currentItem();
    return item && item->flags().testFlag(Qt::ItemIsEnabled) ? item->data(Qt::UserRole).toLongLong() : 0;
}

int LinkRiskDialog::residualLikelihood() const
{
    return m_likelihood->currentData().toInt();
}

int LinkRiskDialog::residualConsequence() const
{
    return m_consequence->currentData().toInt();
}

void LinkRiskDialog::chooseRisk(qint64 riskId)
{
    for (int row = 0; row < m_risks->count(); ++row)
        if (m_risks->item(row)->data(Qt::UserRole).toLongLong() == riskId)
            m_risks->setCurrentRow(row);
}

void LinkRiskDialog::setResidual(int likelihood, int consequence)
{
    m_likelihood->setCurrentIndex(std::max(0, m_likelihood->findData(likelihood)));
    m_consequence->setCurrentIndex(std::max(0, m_consequence->findData(consequence)));
}

} // namespace sakra::gui
