#include "ThreatAssessmentsDialog.h"

#include "ThreatAssessmentsTab.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sakra::gui {

ThreatAssessmentsDialog::ThreatAssessmentsDialog(RegisterSession& session, QWidget* parent)
    : QDialog(parent), m_tab(new ThreatAssessmentsTab(session, this))
{
    setObjectName(QStringLiteral("threatAssessmentsDialog"));
    setWindowTitle(tr("Hotbildsbedömningar – skyddade uppgifter"));
    auto* banner =
        new QLabel(tr("Skyddade uppgifter. Hotbildsbedömningar gäller hot mot namngivna personer och visas "
                      "bara här. Skriv så lite om personerna som behövs och stäng fönstret när du är klar."),
                   this);
    banner->setObjectName(QStringLiteral("threatAssessmentsBanner"));
    banner->setWordWrap(true);
    // Dark text on pale amber: a warning, not an error, and readable in any theme.
    banner->setStyleSheet(
        QStringLiteral("QLabel { color: #3e2a00; background: #fff4d6; border: 1px solid #d8b25a; "
                       "border-radius: 3px; padding: 6px 8px; font-weight: bold; }"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("S&täng"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(banner);
    layout->addWidget(m_tab, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1100, 640);
}

} // namespace sakra::gui
