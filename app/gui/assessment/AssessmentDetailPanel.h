#pragma once

#include "assessment/Assessment.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sakra::gui {

class MessageLabel;
class RegisterSession;

// The chosen cell of the self-assessment: the question, the answer and how it was reached (the
// requirements met and missing, with dates), the recommendations for each gap, and the
// coordinator's override: another answer with a written justification, or letting an override go.
// Both are undoable; the history panel shows the override's history.
class AssessmentDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AssessmentDetailPanel(RegisterSession& session, QWidget* parent = nullptr);

    // answer null: nothing chosen.
    void showAnswer(qint64 unitId, const QString& unitName, const QuestionAnswer* answer);
    qint64 unitId() const { return m_unitId; }
    QString question() const { return m_question; }

    QComboBox* overrideCombo() const { return m_override; }
    QPlainTextEdit* justificationEdit() const { return m_justification; }
    QPushButton* overrideButton() const { return m_apply; }
    QPushButton* removeOverrideButton() const { return m_remove; }
    MessageLabel* messageLabel() const { return m_message; }
    QLabel* answerLabel() const { return m_answer; }

    // Says what the history panel should show: the override of the cell, if any.
    void announce();

private:
    void applyOverride();
    void removeOverride();

    RegisterSession& m_session;
    qint64 m_unitId = 0;
    QString m_question;
    QLabel* m_title;
    QLabel* m_answer;
    QLabel* m_reasons;
    QLabel* m_recommendations;
    QComboBox* m_override;
    QPlainTextEdit* m_justification;
    QPushButton* m_apply;
    QPushButton* m_remove;
    MessageLabel* m_message;
};

} // namespace sakra::gui
