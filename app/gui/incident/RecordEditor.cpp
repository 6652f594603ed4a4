#include "RecordEditor.h"

#include "widgets/MessageLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace sakra::gui {

RecordEditor::RecordEditor(RegisterSession& session, const QString& prefix, QWidget* parent)
    : EntityEditor(session, prefix, parent), m_prefix(prefix), m_heading(new QLabel(this))
{
    m_heading->setObjectName(prefix + QStringLiteral("Heading"));
    QFont font = m_heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_heading->setFont(font);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    form()->addRow(m_heading);
}

void RecordEditor::selectData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index >= 0 ? index : (combo->count() > 0 ? 0 : -1));
}

void RecordEditor::addHeading(const QString& text)
{
    auto* label = new QLabel(text, this);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 0);
    form()->addRow(label);
}

void RecordEditor::addCheckedField(const QString& label, QWidget* field, const QString& column)
{
    addField(label, field, column);
    auto* message = new MessageLabel(this);
    message->setObjectName(m_prefix + QStringLiteral("FieldMessage_") + column);
    form()->addRow(static_cast<QWidget*>(nullptr), message);
    m_fieldMessages.insert(column, message);
}

void RecordEditor::showFieldMessage(const QString& text, const QString& column)
{
    clearFieldMessages();
    MessageLabel* message = m_fieldMessages.value(column);
    if (!message) {
        // Nothing on the form edits that column: the message goes below the form.
        showMessage(text, column);
        return;
    }
    clearMessage();
    message->showMessage(text);
    // Puts the cursor in the field; the message itself stands right below it.
    showMessage(QString(), column);
}

void RecordEditor::clearFieldMessages()
{
    for (MessageLabel* message : std::as_const(m_fieldMessages))
        message->clearMessage();
}

bool RecordEditor::runCommand(RegisterCommand* command)
{
    CommandFailure failure;
    if (session().execute(command, &failure)) {
        clearMessage();
        clearFieldMessages();
        return true;
    }
    showFieldMessage(failure.message, failure.field);
    return false;
}

bool RecordEditor::takeChoicesStale()
{
    const bool stale = m_choicesStale;
    m_choicesStale = false;
    return stale;
}

} // namespace sakra::gui
