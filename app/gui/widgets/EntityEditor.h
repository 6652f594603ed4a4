#pragma once

#include "RegisterSession.h"
#include "commands/CreateEntityCommand.h"
#include "commands/UpdateEntityCommand.h"

#include <QHash>
#include <QWidget>
#include <functional>
#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace sakra::gui {

class MessageLabel;
class RegisterCommand;
class RegisterSession;

// The frame every detail editor shares: a form, a message line for refused edits and the
// Apply and Reset buttons. Subclasses fill the form and build the command in apply().
class EntityEditor : public QWidget
{
    Q_OBJECT

public:
    // prefix names the editor's widgets for tests and scripts: prefix + "ApplyButton", ...
    EntityEditor(RegisterSession& session, const QString& prefix, QWidget* parent = nullptr);

    MessageLabel* messageLabel() const { return m_message; }

public Q_SLOTS:
    void apply();
    void revert();

protected:
    RegisterSession& session() const { return m_session; }
    QFormLayout* form() const { return m_form; }
    // For what goes below the form (lists of linked rows and the like).
    QVBoxLayout* extraLayout() const { return m_extra; }

    // Adds a labelled row and remembers which widget edits column, so a refusal naming the
    // column can put the cursor there. Return in a line edit applies.
    void addField(const QString& label, QWidget* field, const QString& column);
    // The same with, right below the field, a line where a refusal naming the column is shown
    // (named prefix + "FieldMessage_" + column).
    void addCheckedField(const QString& label, QWidget* field, const QString& column);
    // A bold heading between groups of fields.
    void addHeading(const QString& text);
    // The larger heading over the form (the shown row's name), as its first row.
    void addTitle(QLabel* title);

    // Runs the command; on refusal shows core's message and focuses the named field.
    bool run(RegisterCommand* command);
    // Below the field that edits column when it has a line of its own, otherwise below the
    // form; the cursor goes to the field.
    void showMessage(const QString& text, const QString& column = QString());
    void clearMessage();

    // The row to show, read for id (none for 0 or a row that is gone); the form stops creating
    // and its message goes.
    template <typename T> std::optional<T> read(qint64 id, bool& creating)
    {
        creating = false;
        clearMessage();
        if (id > 0 && m_session.hasRegister())
            return m_session.reg().repository<T>().find(id);
        return std::nullopt;
    }
    // Readies the form for a new row (no row shown, creating, no message); false without a
    // register.
    template <typename T> bool beginNew(std::optional<T>& item, bool& creating)
    {
        if (!m_session.hasRegister())
            return false;
        item.reset();
        creating = true;
        clearMessage();
        return true;
    }

    // Writes the form back: a new row when creating (created() gets its id), otherwise an update
    // of before when anything changed. False when the register refused it (the message shows).
    template <typename T>
    bool commit(const std::optional<T>& before, bool creating, const T& after, const QString& createText,
                const QString& updateText, const std::function<void(qint64)>& created)
    {
        if (creating) {
            auto* command = new CreateEntityCommand<T>(m_session, after, createText);
            if (!run(command))
                return false;
            created(command->createdId());
            return true;
        }
        if (!before || after.toValues() == before->toValues())
            return true;
        return run(new UpdateEntityCommand<T>(m_session, *before, after, updateText));
    }
    // Fields and buttons usable or not (nothing selected).
    void setFieldsEnabled(bool enabled);

    virtual void applyChanges() = 0;
    virtual void revertChanges() = 0;

private:
    RegisterSession& m_session;
    QString m_prefix;
    QFormLayout* m_form;
    QVBoxLayout* m_extra;
    MessageLabel* m_message;
    QPushButton* m_applyButton;
    QPushButton* m_resetButton;
    QHash<QString, QWidget*> m_fields;
    QHash<QString, MessageLabel*> m_fieldMessages;
};

} // namespace sakra::gui
