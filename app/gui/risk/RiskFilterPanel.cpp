#include "RiskFilterPanel.h"

#include "Register.h"
#include "widgets/Named.h"
#include "widgets/PersonPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QTimer>

namespace sakra::gui {

namespace {
QIcon swatch(const QColor& colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0x40, 0x40, 0x40));
    painter.setBrush(colour);
    painter.drawRect(0, 0, 13, 13);
    return QIcon(pixmap);
}

void keepChoice(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}
} // namespace

RiskFilterPanel::RiskFilterPanel(RegisterSession& session, QWidget* parent)
    : QWidget(parent), m_search(named<QLineEdit>(this, "riskSearchEdit")),
      m_category(named<QComboBox>(this, "riskCategoryFilter")),
      m_level(named<QComboBox>(this, "riskLevelFilter")),
      m_status(named<QComboBox>(this, "riskStatusFilter")),
      m_owner(named<PersonPicker>(this, "riskOwnerFilter", session)),
      m_overdue(named<QCheckBox>(this, "riskOverdueFilter", tr("Bara försenad &omprövning"))),
      m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("riskFilterPanel"));

    m_search->setPlaceholderText(tr("Rubrik, beskrivning eller hotkälla (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_owner->setPlaceholderText(tr("Alla ägare; skriv en del av namnet"));
    for (QComboBox* combo : {m_category, m_level, m_status}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    m_status->addItem(tr("Alla"), -1);
    for (Risk::Status s :
         {Risk::Status::Open, Risk::Status::Treated, Risk::Status::Accepted, Risk::Status::Closed})
        m_status->addItem(Risk::statusLabel(s), int(s));
    m_category->addItem(tr("Alla"), qint64(0));
    m_level->addItem(tr("Alla"), -1);
    m_overdue->setToolTip(tr("Risker som inte är avslutade och vars omprövningsdatum har passerat"));

    auto* clear = new QPushButton(tr("Rensa filter"), this);
    clear->setObjectName(QStringLiteral("riskClearFiltersButton"));

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Sök:"), m_search);
    form->addRow(tr("&Kategori:"), m_category);
    form->addRow(tr("&Nivå:"), m_level);
    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(tr("Äga&re:"), m_owner);
    form->addRow(m_overdue);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(clear);
    form->addRow(buttons);

    // Filter as people type, but not on every key: each change is a query.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &RiskFilterPanel::changed);
    for (QComboBox* combo : {m_category, m_level, m_status})
        connect(combo, &QComboBox::activated, this, &RiskFilterPanel::changed);
    connect(m_overdue, &QCheckBox::toggled, this, &RiskFilterPanel::changed);
    connect(m_owner, &QLineEdit::textChanged, this, &RiskFilterPanel::onOwnerEdited);
    // The picker has taken the choice by the time this runs: it connected first.
    connect(m_owner->completer(), qOverload<const QModelIndex&>(&QCompleter::activated), this,
            &RiskFilterPanel::onOwnerEdited);
    connect(clear, &QPushButton::clicked, this, &RiskFilterPanel::clearFilters);
}

void RiskFilterPanel::loadChoices(Register& reg, const RiskMatrix& matrix)
{
    const QVariant category = m_category->currentData();
    const QVariant level = m_level->currentData();
    {
        const QSignalBlocker blocker(m_category);
        m_category->clear();
        m_category->addItem(tr("Alla"), qint64(0));
        for (const RiskCategory& c : reg.riskCategories().all())
            m_category->addItem(c.name, c.id);
        keepChoice(m_category, category);
    }
    {
        const QSignalBlocker blocker(m_level);
        m_level->clear();
        m_level->addItem(tr("Alla"), -1);
        for (std::size_t i = 0; i < matrix.levels().size(); ++i)
            m_level->addItem(swatch(matrix.levels()[i].colour), matrix.levels()[i].name.text(), int(i));
        keepChoice(m_level, level);
    }
}

void RiskFilterPanel::applyTo(RiskQuery& query) const
{
    query.text = m_search->text().trimmed();
    query.categoryId = m_category->currentData().toLongLong();
    query.level = m_level->currentIndex() > 0 ? m_level->currentData().toInt() : -1;
    const int status = m_status->currentData().toInt();
    query.status = status >= 0 ? std::optional<Risk::Status>(Risk::Status(status)) : std::nullopt;
    query.ownerId = m_ownerId;
    query.overdueOnly = m_overdue->isChecked();
}

bool RiskFilterPanel::isFiltering() const
{
    RiskQuery query;
    applyTo(query);
    return !query.text.isEmpty() || query.categoryId || query.level >= 0 || query.status || query.ownerId ||
           query.overdueOnly;
}

void RiskFilterPanel::clearFilters()
{
    {
        const QSignalBlocker a(m_search), b(m_category), c(m_level), d(m_status), e(m_owner), f(m_overdue);
        m_search->clear();
        m_category->setCurrentIndex(0);
        m_level->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        m_owner->setPerson(0, QString());
        m_overdue->setChecked(false);
    }
    m_searchDelay->stop();
    m_ownerId = 0;
    Q_EMIT changed();
}

void RiskFilterPanel::onOwnerEdited()
{
    // An owner filters once chosen from the suggestions; an empty field means everyone. Text
    // that names nobody yet leaves the filter as it was while people type.
    qint64 owner = m_owner->personId();
    if (owner == 0 && !m_owner->text().trimmed().isEmpty())
        return;
    if (owner == m_ownerId)
        return;
    m_ownerId = owner;
    Q_EMIT changed();
}

} // namespace sakra::gui
