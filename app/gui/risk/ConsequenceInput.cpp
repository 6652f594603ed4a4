#include "ConsequenceInput.h"

#include "ScaleComboBox.h"

#include <QFormLayout>
#include <QLabel>
#include <algorithm>

namespace sakra::gui {

ConsequenceInput::ConsequenceInput(const QString& prefix, QWidget* parent)
    : QWidget(parent), m_prefix(prefix), m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

void ConsequenceInput::setMatrix(const RiskMatrix& matrix, const QString& noneText)
{
    const int overall = consequence();
    const QMap<QString, int> values = byDimension();
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_single = nullptr;
    m_dimensions.clear();
    m_worst = nullptr;
    m_labels = matrix.consequenceLabels();

    if (matrix.dimensions().empty()) {
        m_single = new ScaleComboBox(this);
        m_single->setObjectName(m_prefix + QStringLiteral("Combo"));
        m_single->setScale(m_labels, noneText);
        m_layout->addRow(m_single);
        connect(m_single, &QComboBox::currentIndexChanged, this, &ConsequenceInput::changed);
    } else {
        for (const RiskMatrix::Dimension& d : matrix.dimensions()) {
            auto* combo = new ScaleComboBox(this);
            combo->setObjectName(m_prefix + d.key + QStringLiteral("Combo"));
            combo->setScale(m_labels, noneText);
            combo->setAccessibleName(tr("Konsekvens för %1").arg(d.name.text()));
            m_layout->addRow(tr("%1:").arg(d.name.text()), combo);
            m_dimensions.emplace_back(d.key, combo);
            connect(combo, &QComboBox::currentIndexChanged, this, [this] {
                updateWorst();
                Q_EMIT changed();
            });
        }
        m_worst = new QLabel(this);
        m_layout->addRow(m_worst);
    }
    // A refused value puts the cursor here; the first choice is where to put it.
    setFocusProxy(firstField());
    setValues(overall, values);
}

void ConsequenceInput::setValues(int consequence, const QMap<QString, int>& byDimension)
{
    if (m_single) {
        m_single->setValue(consequence);
    } else {
        for (auto& [key, combo] : m_dimensions) {
            const QSignalBlocker blocker(combo);
            // A risk graded before the matrix had dimensions counts its one value in each.
            combo->setValue(byDimension.isEmpty() ? consequence : byDimension.value(key, 0));
        }
        updateWorst();
    }
}

int ConsequenceInput::consequence() const
{
    if (m_single)
        return m_single->value();
    int worst = 0;
    for (const auto& [key, combo] : m_dimensions)
        worst = std::max(worst, combo->value());
    return worst;
}

QMap<QString, int> ConsequenceInput::byDimension() const
{
    QMap<QString, int> out;
    for (const auto& [key, combo] : m_dimensions)
        out.insert(key, combo->value());
    return out;
}

QWidget* ConsequenceInput::firstField() const
{
    if (m_single)
        return m_single;
    return m_dimensions.empty() ? nullptr : m_dimensions.front().second;
}

void ConsequenceInput::updateWorst()
{
    if (!m_worst)
        return;
    const int worst = consequence();
    m_worst->setText(worst > 0 && worst <= int(m_labels.size())
                         ? tr("Det som räknas är den värsta: %1 – %2")
                               .arg(worst)
                               .arg(m_labels[std::size_t(worst - 1)].text())
                         : tr("Det som räknas är den värsta dimensionen."));
}

} // namespace sakra::gui
