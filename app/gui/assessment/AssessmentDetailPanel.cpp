#include "AssessmentDetailPanel.h"

#include "AssessmentTableModel.h"
#include "Register.h"
#include "RegisterSession.h"
#include "assessment/AssessmentRules.h"
#include "commands/CreateEntityCommand.h"
#include "commands/RemoveEntityCommand.h"
#include "commands/UpdateEntityCommand.h"
#include "widgets/Formatting.h"
#include "widgets/MessageLabel.h"
#include "widgets/Named.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sakra::gui {

namespace {
QString bullets(const QStringList& lines)
{
    QString html = QStringLiteral("<ul style=\"margin-left:-20px\">");
    for (const QString& line : lines)
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

QLabel* wrapped(QWidget* parent, Qt::TextFormat format = Qt::PlainText)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(format);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}
} // namespace

AssessmentDetailPanel::AssessmentDetailPanel(RegisterSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_title(wrapped(this)), m_answer(wrapped(this, Qt::RichText)),
      m_reasons(wrapped(this, Qt::RichText)), m_recommendations(wrapped(this, Qt::RichText)),
      m_override(named<QComboBox>(this, "assessmentOverrideCombo")),
      m_justification(named<QPlainTextEdit>(this, "assessmentJustificationEdit")),
      m_apply(named<QPushButton>(this, "assessmentOverrideButton", tr("Än&dra svaret"))),
      m_remove(named<QPushButton>(this, "assessmentRemoveOverrideButton", tr("Å&terta ändringen"))),
      m_message(named<MessageLabel>(this, "assessmentOverrideMessage"))
{
    setObjectName(QStringLiteral("assessmentDetailPanel"));
    m_title->setObjectName(QStringLiteral("assessmentQuestionLabel"));
    m_answer->setObjectName(QStringLiteral("assessmentAnswerLabel"));
    m_reasons->setObjectName(QStringLiteral("assessmentReasonsLabel"));
    m_recommendations->setObjectName(QStringLiteral("assessmentRecommendationsLabel"));

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    for (int a = 0; a < kAssessmentAnswerCount; ++a)
        m_override->addItem(kAssessmentAnswers.label(AssessmentAnswer(a)), a);
    m_justification->setPlaceholderText(
        tr("Varför svaret ska vara ett annat än det som räknats fram (krävs)"));
    m_justification->setTabChangesFocus(true);
    m_justification->setFixedHeight(m_justification->fontMetrics().lineSpacing() * 4 + 12);
    m_apply->setToolTip(tr("Sätt det valda svaret i stället för det framräknade (kan ångras)"));
    m_remove->setToolTip(tr("Gå tillbaka till det svar som räknas fram ur registret (kan ångras)"));

    auto* overrideBox = new QGroupBox(tr("Ändra svaret"), this);
    auto* form = new QFormLayout(overrideBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Svar:"), m_override);
    form->addRow(tr("&Motivering:"), m_justification);
    form->addRow(m_message);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_remove);
    buttons->addWidget(m_apply);
    form->addRow(buttons);

    auto* reasonsHeading = new QLabel(tr("<b>Underlag</b>"), this);
    auto* recommendationsHeading = new QLabel(tr("<b>Rekommendationer</b>"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_answer);
    layout->addWidget(reasonsHeading);
    layout->addWidget(m_reasons);
    layout->addWidget(recommendationsHeading);
    layout->addWidget(m_recommendations);
    layout->addWidget(overrideBox);
    layout->addStretch();

    connect(m_apply, &QPushButton::clicked, this, &AssessmentDetailPanel::applyOverride);
    connect(m_remove, &QPushButton::clicked, this, &AssessmentDetailPanel::removeOverride);
    showAnswer(0, QString(), nullptr);
}

void AssessmentDetailPanel::showAnswer(qint64 unitId, const QString& unitName, const QuestionAnswer* a)
{
    m_message->clearMessage();
    m_unitId = a ? unitId : 0;
    m_question = a ? a->question : QString();
    const bool on = a != nullptr;
    m_override->setEnabled(on);
    m_justification->setEnabled(on);
    m_apply->setEnabled(on);
    if (!a) {
        m_title->setText(tr("Välj en ruta i tabellen för att se hur svaret har räknats fram."));
        m_answer->clear();
        m_reasons->clear();
        m_recommendations->clear();
        m_justification->clear();
        m_remove->setEnabled(false);
        announce();
        return;
    }
    m_title->setText(tr("%1: %2").arg(unitName, AssessmentRules::questionText(a->question)));
    QString answer = tr("Svar: <b>%1</b>").arg(kAssessmentAnswers.label(a->answer).toHtmlEscaped());
    if (!a->applicable)
        answer = tr("Frågan gäller inte här: inget krav i registret berör enheten.");
    else if (a->overridden)
        answer += tr(" – ändrat %1 från det framräknade <b>%2</b>.<br>Motivering: %3")
                      .arg(Formatting::date(a->decidedOn),
                           kAssessmentAnswers.label(a->computed).toLower().toHtmlEscaped(),
                           a->justification.toHtmlEscaped());
    else
        answer += tr(" (framräknat ur registret)");
    m_answer->setText(answer);

    QStringList reasons;
    if (!a->checks.empty()) {
        // A unit: each requirement, met or missing, in words.
        for (const AssessmentCheck& c : a->checks) {
            // Set aside in proportion to a low assessed risk: shown, with the assessment it rests on.
            if (c.exempted)
                reasons << tr("Krävs inte – %1: %2").arg(c.requirement, c.reason);
            if (!c.applicable)
                continue;
            reasons << (c.met ? tr("Uppfyllt – %1: %2") : tr("Saknas – %1: %2")).arg(c.requirement, c.reason);
        }
    } else {
        reasons = a->reasons;
    }
    m_reasons->setText(reasons.isEmpty() ? tr("Inget underlag.") : bullets(reasons));
    m_recommendations->setText(a->recommendations.isEmpty() ? tr("Inga; kraven är uppfyllda.")
                                                            : bullets(a->recommendations));
    const int index = m_override->findData(int(a->overridden ? a->answer : a->computed));
    m_override->setCurrentIndex(std::max(0, index));
    m_justification->setPlainText(a->overridden ? a->justification : QString());
    m_remove->setEnabled(a->overridden);
    announce();
}

void AssessmentDetailPanel::announce()
{
    if (!isVisible())
        return;
    if (!m_unitId || !m_session.hasRegister()) {
        m_session.setHistorySubject(nullptr, QString(), QString());
        return;
    }
    if (const auto existing = m_session.reg().assessmentOverrides().of(m_unitId, m_question))
        m_session.setHistorySubject(&AssessmentOverride::spec(), existing->uuid,
                                    tr("Ändrat svar: %1").arg(AssessmentRules::questionText(m_question)));
    else
        m_session.setHistorySubject(nullptr, QString(), QString());
}

void AssessmentDetailPanel::applyOverride()
{
    if (!m_unitId || !m_session.hasRegister())
        return;
    m_message->clearMessage();
    AssessmentOverride item;
    item.unitId = m_unitId;
    item.question = m_question;
    item.answer = AssessmentAnswer(m_override->currentData().toInt());
    item.justification = m_justification->toPlainText().trimmed();
    item.decidedOn = QDate::currentDate();
    const QString text = tr("Ändra svaret på %1 till %2")
                             .arg(AssessmentTableModel::shortTitle(m_question),
                                  kAssessmentAnswers.label(item.answer).toLower());
    CommandFailure failure;
    bool ok = false;
    if (const auto existing = m_session.reg().assessmentOverrides().of(m_unitId, m_question)) {
        AssessmentOverride after = *existing;
        after.answer = item.answer;
        after.justification = item.justification;
        after.decidedOn = item.decidedOn;
        if (after.toValues() == existing->toValues())
            return;
        ok = m_session.execute(new UpdateEntityCommand<AssessmentOverride>(m_session, *existing, after, text),
                               &failure);
    } else {
        ok = m_session.execute(new CreateEntityCommand<AssessmentOverride>(m_session, item, text), &failure);
    }
    if (!ok) {
        m_message->showMessage(failure.message);
        if (failure.field == QLatin1String("justification"))
            m_justification->setFocus(Qt::OtherFocusReason);
    }
}

void AssessmentDetailPanel::removeOverride()
{
    if (!m_unitId || !m_session.hasRegister())
        return;
    const auto existing = m_session.reg().assessmentOverrides().of(m_unitId, m_question);
    if (!existing)
        return;
    CommandFailure failure;
    if (!m_session.execute(
            new RemoveEntityCommand<AssessmentOverride>(
                m_session, existing->id,
                tr("Återta ändringen av svaret på %1").arg(AssessmentTableModel::shortTitle(m_question))),
            &failure))
        m_message->showMessage(failure.message);
}

} // namespace sakra::gui
