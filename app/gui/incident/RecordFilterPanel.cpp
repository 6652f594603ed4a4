#include "RecordFilterPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>

namespace sakra::gui {

RecordFilterPanel::RecordFilterPanel(const QString& prefix, const QString& searchHint,
                                     const QString& choiceLabel, const QString& checkText, QWidget* parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_choice(new QComboBox(this)),
      m_check(new QCheckBox(checkText, this)), m_delay(new QTimer(this))
{
    setObjectName(prefix + QStringLiteral("Filters"));
    m_search->setObjectName(prefix + QStringLiteral("SearchEdit"));
    m_choice->setObjectName(prefix + QStringLiteral("KindFilter"));
    m_check->setObjectName(prefix + QStringLiteral("OverdueOnlyCheck"));
    m_search->setPlaceholderText(searchHint);
    m_search->setClearButtonEnabled(true);
    m_choice->addItem(tr("Alla"), -1);
    auto* clear = new QPushButton(tr("Rensa filter"), this);
    clear->setObjectName(prefix + QStringLiteral("ClearFiltersButton"));

    auto* searchLabel = new QLabel(tr("&Sök:"), this);
    searchLabel->setBuddy(m_search);
    auto* choice = new QLabel(choiceLabel, this);
    choice->setBuddy(m_choice);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(searchLabel, 0, 0);
    grid->addWidget(m_search, 0, 1, 1, 2);
    grid->addWidget(clear, 0, 3);
    grid->addWidget(choice, 1, 0);
    grid->addWidget(m_choice, 1, 1);
    grid->addWidget(m_check, 1, 2, 1, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    m_delay->setSingleShot(true);
    m_delay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, &RecordFilterPanel::changed);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &RecordFilterPanel::changed);
    connect(m_check, &QCheckBox::toggled, this, &RecordFilterPanel::changed);
    connect(clear, &QPushButton::clicked, this, &RecordFilterPanel::clearFilters);
}

void RecordFilterPanel::addChoice(const QString& text, int data)
{
    m_choice->addItem(text, data);
}

QString RecordFilterPanel::text() const
{
    return m_search->text().trimmed();
}

int RecordFilterPanel::choice() const
{
    return m_choice->currentIndex() >= 0 ? m_choice->currentData().toInt() : -1;
}

bool RecordFilterPanel::isChecked() const
{
    return m_check->isChecked();
}

void RecordFilterPanel::clearFilters()
{
    {
        const QSignalBlocker b1(m_search), b2(m_choice), b3(m_check);
        m_search->clear();
        m_choice->setCurrentIndex(0);
        m_check->setChecked(false);
    }
    m_delay->stop();
    Q_EMIT changed();
}

void RecordFilterPanel::showOverdueOnly()
{
    {
        const QSignalBlocker b1(m_search), b2(m_choice), b3(m_check);
        m_search->clear();
        m_choice->setCurrentIndex(0);
        m_check->setChecked(true);
    }
    m_delay->stop();
    Q_EMIT changed();
}

} // namespace sakra::gui
