#pragma once

#include "RegisterSession.h"
#include "commands/CreateEntityCommand.h"
#include "commands/UpdateEntityCommand.h"

#include <QHash>
#include <QWidget>
#include <functional>
#include <initializer_list>
#include <optional>
#include <utility>

class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace sakra {
template <typename E, int N> struct CodeTable;
} // namespace sakra

namespace sakra::gui {

class MessageLabel;
class RegisterCommand;
class RegisterSession;

// The frame every detail editor shares: a heading, a form, a message line for refused edits and
// the Apply and Reset buttons, and what the list frame asks of an editor (show a row, start a
// new one, which row is shown). Most editors are an EntityForm, which binds fields to members.
class EntityEditor : public QWidget
{
    Q_OBJECT

public:
    // prefix names the editor's widgets for tests and scripts: prefix + "ApplyButton", ...
    EntityEditor(RegisterSession& session, const QString& prefix, QWidget* parent = nullptr);

    MessageLabel* messageLabel() const { return m_message; }
    QLabel* heading() const { return m_heading; }

    // Shows the row (0 or a row that is gone: nothing).
    virtual void showRecord(qint64 id) = 0;
    // A blank form; context is what the list has chosen (its scope unit, a site, ...), 0 if none.
    virtual void startNew(qint64 context) = 0;
    // The row shown, 0 when none or a new one.
    virtual qint64 recordId() const = 0;
    bool isCreating() const { return m_creating; }
    // What removing the shown row asks and does: an undoable command, none when no row is shown
    // (the caller owns it).
    struct Removal
    {
        QString title;
        QString question;
        RegisterCommand* command = nullptr;
    };
    virtual Removal removal() { return {}; }
    // The form differs from the row shown (or a new row's blank) in what would be saved.
    virtual bool hasChanges() { return false; }
    // The row shown has been changed or removed in the register since it was shown.
    virtual bool shownRowChanged() const { return false; }
    // Names the shown row (or none) as the history panel's subject.
    virtual void announceHistory() {}
    // Units, sites and other choices changed: read them again when next needed.
    void choicesChanged() { m_choicesStale = true; }

    // Shows in label when something is next due: the date; in words and in the warning style when
    // it has passed; noneText when there is no date (a warning too when noneWarns).
    static void showDue(QLabel* label, const QDate& next, const QString& noneText, bool noneWarns = false);
    // Selects the entry with data in combo, the first entry when there is none.
    static void selectData(QComboBox* combo, const QVariant& data);
    // Fills combo with rows (id, name), keeping the row chosen if it is still there.
    static void setChoices(QComboBox* combo, const QList<QPair<qint64, QString>>& rows);
    // The same for rows that have an id and a name (sites, units).
    template <typename Rows> static void setNamedChoices(QComboBox* combo, const Rows& rows)
    {
        QList<QPair<qint64, QString>> choices;
        for (const auto& row : rows)
            choices.append({row.id, row.name});
        setChoices(combo, choices);
    }

public Q_SLOTS:
    void apply();
    void revert();

Q_SIGNALS:
    // A new row was saved (and is shown).
    void created(qint64 id);

protected:
    // The first time the form shows, Tab is set to go through its fields before its buttons.
    void showEvent(QShowEvent* event) override;
    void setCreating(bool creating) { m_creating = creating; }
    // Fills combo with the sites of the unit after "(ingen särskild lokal)"; with every site when
    // no unit is chosen and allWithoutUnit; keepSiteId stays choosable (and chosen) even when the
    // unit has left it since.
    void loadUnitSites(QComboBox* combo, qint64 unitId, qint64 keepSiteId, bool allWithoutUnit = false);
    // The name of a person of the register, empty for none.
    QString personName(qint64 personId) const;
    // Runs check without showing messages.
    template <typename F> auto quietly(F check)
    {
        const bool was = m_quiet;
        m_quiet = true;
        auto result = check();
        m_quiet = was;
        return result;
    }
    // True once after choicesChanged(), so choices are read only when needed.
    bool takeChoicesStale();

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
    // A new widget of class W named prefix + suffix ("inventory" + "DateEdit"), by which tests
    // find it, set up the house way (see setUpField); args go to W's constructor before the parent.
    template <typename W, typename... Args> W* makeField(const char* suffix, Args&&... args)
    {
        auto* widget = new W(std::forward<Args>(args)..., this);
        widget->setObjectName(m_prefix + QLatin1String(suffix));
        setUpField(widget);
        return widget;
    }
    // How every form's fields of a kind behave: a date is typed as yyyy-MM-dd or picked from a
    // calendar; a text box is three lines high and Tab leaves it.
    static void setUpField(QWidget* field);
    // A text box lines high (setUpField makes it three); returns edit.
    static QPlainTextEdit* setLines(QPlainTextEdit* edit, int lines);
    // Several widgets in one row of the form, without margins of their own: side by side, the
    // stretched one taking the room left over (none: the room is left after them), or one above
    // the other, close together.
    QWidget* fieldRow(std::initializer_list<QWidget*> widgets, QWidget* stretched = nullptr);
    QWidget* fieldColumn(std::initializer_list<QWidget*> widgets);
    // A row of text the form works out (the next review, a deadline), named prefix + suffix,
    // under label (none: under the field above); it wraps and is never read as rich text.
    QLabel* addNote(const QString& label, const char* suffix);
    // Fills combo with the labels of a code table's values, each with int(value) as its data.
    template <typename E, int N> static void addCodes(QComboBox* combo, const CodeTable<E, N>& codes)
    {
        for (int i = 0; i < N; ++i)
            addCode(combo, codes.label(E(i)), i);
    }

    // Runs the command; on refusal shows core's message and focuses the named field.
    bool run(RegisterCommand* command);
    // Below the field that edits column when it has a line of its own, otherwise below the
    // form; the cursor goes to the field.
    void showMessage(const QString& text, const QString& column = QString());
    // Work at sites without network: in a package, rows of the central register are shown
    // read-only; centrally, a row handed out to a site says so (editing it is still allowed).
    void noteSiteWork(const TableSpec& spec, const QString& uuid);
    void clearMessage();

    // The row to show, read for id (none for 0 or a row that is gone); the form stops creating
    // and its message goes.
    template <typename T> std::optional<T> read(qint64 id)
    {
        m_creating = false;
        clearMessage();
        if (id > 0 && m_session.hasRegister())
            return m_session.reg().repository<T>().find(id);
        return std::nullopt;
    }
    // Readies the form for a new row (no row shown, creating, no message); false without a
    // register.
    template <typename T> bool beginNew(std::optional<T>& item)
    {
        if (!m_session.hasRegister())
            return false;
        item.reset();
        m_creating = true;
        clearMessage();
        return true;
    }

    // Writes the form back: a new row when creating (created() gets its id), otherwise an update
    // of before when anything changed. False when the register refused it (the message shows).
    // A new row is shown afterwards and announced through created().
    template <typename T>
    bool commit(const std::optional<T>& before, const T& after, const QString& createText,
                const QString& updateText)
    {
        if (m_creating) {
            auto* command = new CreateEntityCommand<T>(m_session, after, createText);
            if (!run(command))
                return false;
            const qint64 id = command->createdId();
            showRecord(id);
            Q_EMIT created(id);
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
    static void addCode(QComboBox* combo, const QString& label, int value);

    RegisterSession& m_session;
    QString m_prefix;
    QFormLayout* m_form;
    QVBoxLayout* m_extra;
    MessageLabel* m_message;
    bool m_siteNoteShown = false;
    QPushButton* m_applyButton;
    QPushButton* m_resetButton;
    QHash<QString, QWidget*> m_fields;
    QHash<QString, MessageLabel*> m_fieldMessages;
    QLabel* m_heading;
    bool m_creating = false;
    // Set while the form is only compared: checks that fail say nothing.
    bool m_quiet = false;
    bool m_choicesStale = true;
    bool m_buttonsLast = false;
};

} // namespace sakra::gui
