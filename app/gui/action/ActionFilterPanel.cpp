#include "ActionFilterPanel.h"

#include "Register.h"
#include "widgets/Named.h"
#include "widgets/PersonPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>

namespace sakra::gui {

ActionFilterPanel::ActionFilterPanel(RegisterSession& session, QWidget* parent)
    : QWidget(parent), m_search(named<QLineEdit>(this, "actionSearchEdit")),
      m_status(named<QComboBox>(this, "actionStatusFilter")),
      m_kind(named<QComboBox>(this, "actionKindFilter")),
      m_responsible(named<PersonPicker>(this, "actionResponsibleFilter", session)),
      m_overdue(named<QCheckBox>(this, "actionOverdueFilter", tr("&Försenade"))),
      m_dueSoon(named<QCheckBox>(this, "actionDueSoonFilter", tr("Förfaller inom &30 dagar"))),
      m_needsDecision(named<QCheckBox>(this, "actionNeedsDecisionFilter", tr("Kräver nämnd&beslut"))),
      m_riskLabel(named<QLabel>(this, "actionRiskFilterLabel")),
      m_riskClear(
          named<QPushButton>(this, "actionRiskFilterClearButton", tr("Visa åtgärder för alla risker"))),
      m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("actionFilterPanel"));

    m_search->setPlaceholderText(tr("Rubrik eller beskrivning (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_responsible->setPlaceholderText(tr("Alla ansvariga; skriv en del av namnet"));
    for (QComboBox* combo : {m_status, m_kind}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    m_status->addItem(tr("Alla"), -1);
    for (int s = 0; s < Action::kStatusCount; ++s)
        m_status->addItem(Action::statusLabel(Action::Status(s)), s);
    m_kind->addItem(tr("Alla"), qint64(0));
    m_overdue->setToolTip(tr("Planerade och pågående åtgärder vars slutdatum har passerat"));
    m_dueSoon->setToolTip(
        tr("Planerade och pågående åtgärder som ska vara klara inom %1 dagar").arg(kSoonDays));
    m_needsDecision->setToolTip(tr("Åtgärder som måste beslutas av nämnden"));
    m_riskLabel->setTextFormat(Qt::PlainText);
    m_riskLabel->setWordWrap(true);
    m_riskLabel->hide();
    m_riskClear->hide();

    auto* clear = new QPushButton(tr("Rensa filter"), this);
    clear->setObjectName(QStringLiteral("actionClearFiltersButton"));

    auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(label(tr("&Sök:"), m_search), 0, 0);
    grid->addWidget(m_search, 0, 1);
    grid->addWidget(label(tr("S&tatus:"), m_status), 0, 2);
    grid->addWidget(m_status, 0, 3);
    grid->addWidget(label(tr("T&yp:"), m_kind), 0, 4);
    grid->addWidget(m_kind, 0, 5);
    grid->addWidget(label(tr("A&nsvarig:"), m_responsible), 1, 0);
    grid->addWidget(m_responsible, 1, 1);
    auto* checks = new QHBoxLayout;
    checks->addWidget(m_overdue);
    checks->addWidget(m_dueSoon);
    checks->addWidget(m_needsDecision);
    checks->addStretch();
    checks->addWidget(clear);
    grid->addLayout(checks, 1, 2, 1, 4);
    auto* riskRow = new QHBoxLayout;
    riskRow->addWidget(m_riskLabel, 1);
    riskRow->addWidget(m_riskClear);
    grid->addLayout(riskRow, 2, 0, 1, 6);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &ActionFilterPanel::changed);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ActionFilterPanel::changed);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ActionFilterPanel::changed);
    connect(m_needsDecision, &QCheckBox::toggled, this, &ActionFilterPanel::changed);
    // Overdue and due soon exclude each other (before today, from today on); ticking one lets go
    // of the other instead of showing an empty list.
    connect(m_overdue, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_dueSoon->isChecked()) {
            const QSignalBlocker block(m_dueSoon);
            m_dueSoon->setChecked(false);
        }
        Q_EMIT changed();
    });
    connect(m_dueSoon, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_overdue->isChecked()) {
            const QSignalBlocker block(m_overdue);
            m_overdue->setChecked(false);
        }
        Q_EMIT changed();
    });
    connect(m_responsible, &QLineEdit::textChanged, this, &ActionFilterPanel::onResponsibleEdited);
    // Choosing a suggestion may leave the text as it was; the picker has taken the choice by the
    // time this runs, since it connected first.
    connect(m_responsible->completer(), qOverload<const QModelIndex&>(&QCompleter::activated), this,
            &ActionFilterPanel::onResponsibleEdited);
    connect(clear, &QPushButton::clicked, this, &ActionFilterPanel::clearFilters);
    connect(m_riskClear, &QPushButton::clicked, this, [this] { setRisk(0, QString()); });
}

void ActionFilterPanel::loadChoices(Register& reg)
{
    const QVariant chosen = m_kind->currentData();
    const QSignalBlocker block(m_kind);
    m_kind->clear();
    m_kind->addItem(tr("Alla"), qint64(0));
    for (const ActionKind& kind : reg.actionKinds().all())
        m_kind->addItem(kind.name, kind.id);
    const int index = m_kind->findData(chosen);
    m_kind->setCurrentIndex(index >= 0 ? index : 0);
}

void ActionFilterPanel::applyTo(ActionQuery& query) const
{
    query.text = m_search->text().trimmed();
    const int status = m_status->currentData().toInt();
    query.status = status >= 0 ? std::optional<Action::Status>(Action::Status(status)) : std::nullopt;
    query.kindId = m_kind->currentData().toLongLong();
    query.responsibleId = m_responsibleId;
    query.overdueOnly = m_overdue->isChecked();
    query.dueWithinDays = m_dueSoon->isChecked() ? kSoonDays : -1;
    query.needsDecisionOnly = m_needsDecision->isChecked();
    query.riskId = m_riskId;
}

bool ActionFilterPanel::isFiltering() const
{
    return !m_search->text().trimmed().isEmpty() || m_status->currentIndex() > 0 ||
           m_kind->currentIndex() > 0 || m_responsibleId != 0 || m_overdue->isChecked() ||
           m_dueSoon->isChecked() || m_needsDecision->isChecked() || m_riskId != 0;
}

void ActionFilterPanel::setRisk(qint64 riskId, const QString& riskTitle)
{
    m_riskId = riskId;
    m_riskLabel->setText(riskId ? tr("Visar åtgärder som behandlar risken: %1").arg(riskTitle) : QString());
    m_riskLabel->setVisible(riskId != 0);
    m_riskClear->setVisible(riskId != 0);
    Q_EMIT changed();
}

void ActionFilterPanel::setOverdueOnly(bool on)
{
    m_overdue->setChecked(on);
}

void ActionFilterPanel::setDueSoonOnly(bool on)
{
    m_dueSoon->setChecked(on);
}

void ActionFilterPanel::clearFilters()
{
    {
        const QSignalBlocker b1(m_search);
        const QSignalBlocker b2(m_status);
        const QSignalBlocker b3(m_kind);
        const QSignalBlocker b4(m_responsible);
        const QSignalBlocker b5(m_overdue);
        const QSignalBlocker b6(m_dueSoon);
        const QSignalBlocker b7(m_needsDecision);
        m_search->clear();
        m_status->setCurrentIndex(0);
        m_kind->setCurrentIndex(0);
        m_responsible->setPerson(0, QString());
        m_overdue->setChecked(false);
        m_dueSoon->setChecked(false);
        m_needsDecision->setChecked(false);
    }
    m_searchDelay->stop();
    m_responsibleId = 0;
    setRisk(0, QString());
}

void ActionFilterPanel::onResponsibleEdited()
{
    // Filter by the person once one is chosen; an emptied field lets go. Typing a part of a name
    // only searches for suggestions.
    const qint64 id = m_responsible->personId();
    const bool cleared = m_responsible->text().trimmed().isEmpty();
    const qint64 wanted = id != 0 ? id : cleared ? 0 : m_responsibleId;
    if (wanted == m_responsibleId)
        return;
    m_responsibleId = wanted;
    Q_EMIT changed();
}

} // namespace sakra::gui
