#include "MakeRiskDialog.h"

#include "Register.h"
#include "RegisterSession.h"
#include "ScaleComboBox.h"
#include "commands/CreateCommand.h"
#include "widgets/Formatting.h"
#include "widgets/MessageLabel.h"
#include "widgets/Named.h"
#include "widgets/UnitComboBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace sakra::gui {

MakeRiskDialog::MakeRiskDialog(RegisterSession& session, const SecurityWalk& walk, const WalkFinding& finding,
                               QWidget* parent)
    : QDialog(parent), m_session(session), m_walk(walk), m_finding(finding),
      m_matrix(session.reg().riskMatrix().current()), m_title(named<QLineEdit>(this, "makeRiskTitleEdit")),
      m_unit(named<UnitComboBox>(this, "makeRiskUnitCombo")),
      m_category(named<QComboBox>(this, "makeRiskCategoryCombo")),
      m_likelihood(named<ScaleComboBox>(this, "makeRiskLikelihoodCombo")),
      m_consequence(named<ScaleComboBox>(this, "makeRiskConsequenceCombo")),
      m_message(named<MessageLabel>(this, "makeRiskMessage"))
{
    setObjectName(QStringLiteral("makeRiskDialog"));
    setWindowTitle(tr("Gör iakttagelsen till en risk"));

    Register& reg = session.reg();
    m_title->setText(finding.description.left(300));
    // The units working at the walked site come first to mind; any unit can be chosen.
    QList<QPair<qint64, QString>> atSite;
    for (qint64 unitId : reg.unitSites().unitIdsAt(walk.siteId))
        if (const auto unit = reg.units().find(unitId))
            atSite.append({unit->id, unit->name});
    if (atSite.isEmpty()) {
        m_unit->load(reg);
        m_unit->setUnitId(session.scopeUnitId());
    } else {
        m_unit->setUnits(atSite);
        m_unit->setUnitId(atSite.front().first);
    }
    for (const RiskCategory& c : reg.riskCategories().all())
        m_category->addItem(c.name, c.id);
    m_likelihood->setScale(m_matrix.likelihoodLabels());
    m_consequence->setScale(m_matrix.consequenceLabels());
    m_likelihood->setValue((m_matrix.likelihoodSize() + 1) / 2);
    m_consequence->setValue((m_matrix.consequenceSize() + 1) / 2);

    const auto site = reg.sites().find(walk.siteId);
    auto* intro = new QLabel(
        tr("Iakttagelse vid säkerhetsvandringen %1 i %2:\n%3")
            .arg(Formatting::date(walk.walkedOn), site ? site->name : QString(), finding.description),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    auto* after =
        new QLabel(tr("Risken får lokalen och datumet från vandringen. Komplettera den sedan i riskens "
                      "uppgifter: beskrivning, befintliga åtgärder, ägare och kvarvarande risk."),
                   this);
    after->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Rubrik:"), m_title);
    form->addRow(tr("E&nhet:"), m_unit);
    form->addRow(tr("&Kategori:"), m_category);
    form->addRow(tr("&Sannolikhet:"), m_likelihood);
    form->addRow(m_matrix.dimensions().empty() ? tr("K&onsekvens:") : tr("K&onsekvens (alla dimensioner):"),
                 m_consequence);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Skapa risk"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("makeRiskOkButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Avbryt"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(after);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &MakeRiskDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

void MakeRiskDialog::accept()
{
    Risk risk;
    risk.title = m_title->text().trimmed();
    risk.description = m_finding.description;
    risk.unitId = m_unit->unitId();
    risk.siteId = m_walk.siteId;
    risk.categoryId = m_category->currentData().toLongLong();
    risk.likelihood = m_likelihood->value();
    risk.consequence = m_consequence->value();
    for (const RiskMatrix::Dimension& d : m_matrix.dimensions())
        risk.consequenceByDimension.insert(d.key, risk.consequence);
    risk.assessedOn = m_walk.walkedOn;
    auto* command = CreateCommand::riskFromFinding(m_session, m_finding.id, risk,
                                                   tr("Gör iakttagelsen till risken %1").arg(risk.title));
    CommandFailure failure;
    if (!m_session.execute(command, &failure)) {
        m_message->showMessage(failure.message);
        return;
    }
    m_riskId = command->createdId();
    QDialog::accept();
}

} // namespace sakra::gui
