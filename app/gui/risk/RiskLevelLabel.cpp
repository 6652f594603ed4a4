#include "RiskLevelLabel.h"

#include "risk/RiskMatrix.h"
#include "widgets/ColourContrast.h"

namespace sakra::gui {

RiskLevelLabel::RiskLevelLabel(QWidget* parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setMargin(3);
}

void RiskLevelLabel::showCell(const RiskMatrix& matrix, int likelihood, int consequence)
{
    const int level = matrix.levelOf(likelihood, consequence);
    if (level < 0) {
        setText(tr("–"));
        setStyleSheet(QString());
        setAccessibleName(tr("Ingen risknivå"));
        return;
    }
    const RiskMatrix::Level& l = matrix.levels()[std::size_t(level)];
    setText(tr("%1 (poäng %2 = %3 × %4)")
                .arg(l.name.text())
                .arg(likelihood * consequence)
                .arg(likelihood)
                .arg(consequence));
    setAccessibleName(tr("Risknivå %1").arg(l.name.text()));
    setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border-radius: 3px; font-weight: bold; }")
            .arg(l.colour.name(), ColourContrast::textOn(l.colour).name()));
}

} // namespace sakra::gui
