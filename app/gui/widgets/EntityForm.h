#pragma once

#include "commands/RemoveEntityCommand.h"
#include "widgets/EntityEditor.h"
#include "widgets/KronorEdit.h"
#include "widgets/OptionalDateEdit.h"
#include "widgets/PersonPicker.h"
#include "widgets/UnitComboBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>
#include <functional>
#include <optional>
#include <type_traits>
#include <vector>

namespace sakra::gui {

// A detail editor of one kind of row, T: the fields are bound to T's members when they are
// added, so showing a row, starting a new one, reading the form back, saving it as an undoable
// command and resetting it are the same for every kind. A subclass adds its fields and says in
// words what it shows; hooks take what a binding cannot (choices read from the register, fields
// that depend on each other, checks before saving).
template <typename T> class EntityForm : public EntityEditor
{
public:
    using Entity = T;
    using EntityEditor::EntityEditor;

    void showRecord(qint64 id) override
    {
        m_item = read<T>(id);
        if (m_item && takeChoicesStale())
            loadChoices();
        fill(m_item.value_or(T()));
        heading()->setText(m_item ? headingOf(*m_item) : noneText());
        setFieldsEnabled(m_item.has_value());
        if (m_item)
            noteSiteWork(T::spec(), m_item->uuid);
        shown();
    }

    void startNew(qint64 context) override
    {
        if (!beginNew(m_item))
            return;
        if (takeChoicesStale())
            loadChoices();
        const T fresh = blank(context);
        fill(fresh);
        m_fresh = quietly([this] { return edited(); });
        heading()->setText(newText(fresh));
        setFieldsEnabled(true);
        // The cursor in the first field (or the first of a row of fields); shown() may move it.
        if (!m_bound.empty()) {
            QWidget* first = m_bound.front();
            if (!(first->focusPolicy() & Qt::TabFocus))
                for (QWidget* child : first->findChildren<QWidget*>())
                    if (child->focusPolicy() & Qt::TabFocus) {
                        first = child;
                        break;
                    }
            first->setFocus(Qt::OtherFocusReason);
        }
        shown();
    }

    qint64 recordId() const override { return m_item ? m_item->id : 0; }

    bool shownRowChanged() const override
    {
        if (!m_item || !session().hasRegister())
            return false;
        const std::optional<T> stored = session().reg().template repository<T>().find(m_item->id);
        return !stored || stored->rowVersion != m_item->rowVersion;
    }
    bool hasChanges() override
    {
        if (!m_item && !isCreating())
            return false;
        const std::optional<T> now = quietly([this] { return edited(); });
        // A form that cannot be read (a unit typed but not chosen, say) holds something typed.
        if (!now)
            return true;
        if (isCreating())
            return !m_fresh || now->toValues() != m_fresh->toValues();
        return now->toValues() != m_item->toValues();
    }

    Removal removal() override
    {
        if (!m_item || !session().hasRegister())
            return {};
        const RemovalTexts texts = removalTexts(*m_item);
        return {texts.title, texts.question, new RemoveEntityCommand<T>(session(), m_item->id, texts.undo)};
    }
    void announceHistory() override
    {
        if (m_item)
            session().setHistorySubject(&T::spec(), m_item->uuid, historyTitle(*m_item));
        else
            session().setHistorySubject(nullptr, QString(), QString());
    }
    // The row shown, none when nothing or a new row is.
    const std::optional<T>& item() const { return m_item; }

protected:
    // A labelled field bound to member; column names it in core's refusals.
    template <typename W, typename M>
    void addField(const QString& label, W* widget, const QString& column, M T::*member)
    {
        EntityEditor::addField(label, widget, column);
        bind(widget, member);
        checkChoice(widget, column);
    }
    // The same with a line of its own for a refusal naming the column.
    template <typename W, typename M>
    void addCheckedField(const QString& label, W* widget, const QString& column, M T::*member)
    {
        EntityEditor::addCheckedField(label, widget, column);
        bind(widget, member);
        checkChoice(widget, column);
    }
    using EntityEditor::addCheckedField;
    using EntityEditor::addField;
    // A new field widget named prefix + suffix and set up the house way, in a labelled row bound
    // to member: the whole life of a plain field in one line. args go to W's constructor (a
    // check box's text, a picker's session).
    template <typename W, typename M, typename... Args>
    W* field(const QString& label, const char* suffix, const QString& column, M T::*member, Args&&... args)
    {
        W* widget = makeField<W>(suffix, std::forward<Args>(args)...);
        addField(label, widget, column, member);
        return widget;
    }
    // The same with a line of its own for a refusal naming the column.
    template <typename W, typename M, typename... Args>
    W* checkedField(const QString& label, const char* suffix, const QString& column, M T::*member,
                    Args&&... args)
    {
        W* widget = makeField<W>(suffix, std::forward<Args>(args)...);
        addCheckedField(label, widget, column, member);
        return widget;
    }

    // A site of the unit chosen in unit, in a row with a line for a refusal; see bindUnitSite.
    QComboBox* unitSiteField(const QString& label, const char* suffix, const QString& column,
                             qint64 T::*member, UnitComboBox* unit, bool allWithoutUnit = false)
    {
        auto* site = makeField<QComboBox>(suffix);
        EntityEditor::addCheckedField(label, site, column);
        bindUnitSite(site, member, unit, allWithoutUnit);
        return site;
    }
    // Binds a choice of the sites of the unit chosen in unit (see loadUnitSites) to member: offered
    // again whenever the unit changes, keeping the site chosen. Bound after the unit, as it reads
    // the unit when a row is shown.
    void bindUnitSite(QComboBox* site, qint64 T::*member, UnitComboBox* unit, bool allWithoutUnit = false)
    {
        add(
            site, [=, this](const T& t) { loadUnitSites(site, unit->unitId(), t.*member, allWithoutUnit); },
            [=](T& t) { t.*member = site->currentData().toLongLong(); });
        connect(unit, &QComboBox::currentIndexChanged, this, [=, this] {
            loadUnitSites(site, unit->unitId(), site->currentData().toLongLong(), allWithoutUnit);
        });
    }

    // Binds a widget to a member without a row of its own in the form.
    void bind(QLineEdit* edit, QString T::*member)
    {
        add(
            edit, [=](const T& t) { edit->setText(t.*member), edit->setCursorPosition(0); },
            [=](T& t) { t.*member = edit->text().trimmed(); });
    }
    void bind(QPlainTextEdit* edit, QString T::*member)
    {
        add(
            edit, [=](const T& t) { edit->setPlainText(t.*member); },
            [=](T& t) { t.*member = edit->toPlainText(); });
    }
    // A choice of rows by id (item data); nothing chosen when the id is not among them.
    void bind(QComboBox* combo, qint64 T::*member)
    {
        add(
            combo, [=](const T& t) { combo->setCurrentIndex(combo->findData(t.*member)); },
            [=](T& t) { t.*member = combo->currentData().toLongLong(); });
    }
    // A choice of an enumeration (item data int(value)); the first entry when the value is not
    // among them.
    template <typename E, std::enable_if_t<std::is_enum_v<E>, int> = 0>
    void bind(QComboBox* combo, E T::*member)
    {
        add(
            combo, [=](const T& t) { selectData(combo, int(t.*member)); },
            [=](T& t) { t.*member = E(combo->currentData().toInt()); });
    }
    // A choice of a number (item data); the first entry when the number is not among them.
    void bind(QComboBox* combo, int T::*member)
    {
        add(
            combo, [=](const T& t) { selectData(combo, t.*member); },
            [=](T& t) { t.*member = combo->currentData().toInt(); });
    }
    void bind(UnitComboBox* combo, qint64 T::*member)
    {
        add(
            combo,
            [=](const T& t) {
                combo->setUnitId(t.*member);
                if (QLineEdit* text = combo->lineEdit())
                    text->setCursorPosition(0);
            },
            [=](T& t) { t.*member = combo->unitId(); });
    }
    // A person chosen by name.
    void bind(PersonPicker* picker, qint64 T::*member)
    {
        add(
            picker, [=, this](const T& t) { picker->setPerson(t.*member, personName(t.*member)); },
            [=](T& t) { t.*member = picker->personId(); });
    }
    // An amount in whole kronor; one that cannot be read is refused before a save.
    void bind(KronorEdit* edit, qint64 T::*member)
    {
        add(
            edit, [=](const T& t) { edit->setAmount(t.*member); },
            [=](T& t) { t.*member = edit->amount().value_or(0); });
    }
    // A date that is always given: today for a row without one.
    void bind(QDateEdit* edit, QDate T::*member)
    {
        add(
            edit,
            [=](const T& t) { edit->setDate((t.*member).isValid() ? t.*member : QDate::currentDate()); },
            [=](T& t) { t.*member = edit->date(); });
    }
    void bind(OptionalDateEdit* edit, QDate T::*member)
    {
        add(
            edit, [=](const T& t) { edit->setDate(t.*member); }, [=](T& t) { t.*member = edit->date(); });
    }
    void bind(QSpinBox* spin, int T::*member)
    {
        add(
            spin, [=](const T& t) { spin->setValue(t.*member); }, [=](T& t) { t.*member = spin->value(); });
    }
    void bind(QCheckBox* box, bool T::*member)
    {
        add(
            box, [=](const T& t) { box->setChecked(t.*member); },
            [=](T& t) { t.*member = box->isChecked(); });
    }
    // Anything else: how to show the member and how to read it back.
    void bind(QWidget* widget, std::function<void(const T&)> show, std::function<void(T&)> readBack)
    {
        add(widget, std::move(show), std::move(readBack));
    }

    // The heading of a shown row.
    virtual QString headingOf(const T& item) const = 0;
    // The row in the form's words (undo texts, questions): its heading unless said otherwise.
    virtual QString nameOf(const T& item) const { return headingOf(item); }
    // The history panel's name of the row: its heading unless said otherwise.
    virtual QString historyTitle(const T& item) const { return headingOf(item); }

    // What the form says: the heading with no row and with a new row, and, with %1 for the row's
    // name, the undo texts of saving a new row and changes, and the title, question and undo text
    // of removing one.
    struct Words
    {
        QString none;
        QString fresh;
        QString create;
        QString update;
        QString removeTitle;
        QString removeQuestion;
        QString removeUndo;
    };
    void setWords(Words words) { m_words = std::move(words); }
    virtual QString noneText() const { return m_words.none; }
    virtual QString newText(const T& fresh) const
    {
        Q_UNUSED(fresh);
        return m_words.fresh;
    }
    virtual QString createText(const T& after) const { return m_words.create.arg(nameOf(after)); }
    virtual QString updateText(const T& before, const T& after) const
    {
        Q_UNUSED(after);
        return m_words.update.arg(nameOf(before));
    }
    struct RemovalTexts
    {
        QString title;
        QString question;
        QString undo;
    };
    virtual RemovalTexts removalTexts(const T& item) const
    {
        const QString name = nameOf(item);
        return {m_words.removeTitle, m_words.removeQuestion.arg(name), m_words.removeUndo.arg(name)};
    }
    // A new row holds the context of startNew() in contextMember (a unit, a site; null: the
    // context is not kept) and today's date in datedMember (null: none).
    void setNewRows(qint64 T::*contextMember, QDate T::*datedMember = nullptr)
    {
        m_contextMember = contextMember;
        m_datedMember = datedMember;
    }
    // A field that holds only while applies(row) (the date a thing was closed, while it is
    // closed): read back empty otherwise, whatever the widget still shows.
    void keepOnlyWhile(QDate T::*member, std::function<bool(const T&)> applies)
    {
        m_conditions.push_back([member, applies = std::move(applies)](T& item) {
            if (!applies(item))
                item.*member = QDate();
        });
    }
    // What a new row starts with; context as in startNew(). See setNewRows().
    virtual T blank(qint64 context) const
    {
        T fresh;
        if (m_contextMember)
            fresh.*m_contextMember = context;
        if (m_datedMember)
            fresh.*m_datedMember = QDate::currentDate();
        return fresh;
    }
    // Reads choices (units, sites, people) from the register, when they changed.
    virtual void loadChoices() {}
    // After the bound fields are filled: what depends on them.
    virtual void filled(const T& item) { Q_UNUSED(item); }
    // After the bound fields are read: the rest, and checks. False (with a message shown) stops
    // the save.
    virtual bool readRest(T& item)
    {
        Q_UNUSED(item);
        return true;
    }
    // After a row or a new row is shown: panels of linked rows and the like.
    virtual void shown() {}

    void fill(const T& item)
    {
        for (const Binding& b : m_bindings)
            b.show(item);
        filled(item);
    }
    // The form read back onto the row shown (or a blank one); none when a check stopped it (a
    // unit or person typed but not chosen among the suggestions, or readRest's).
    std::optional<T> edited()
    {
        for (const auto& check : m_checks)
            if (!check())
                return std::nullopt;
        T after = m_item.value_or(T());
        for (const Binding& b : m_bindings)
            b.read(after);
        for (const auto& condition : m_conditions)
            condition(after);
        if (!readRest(after))
            return std::nullopt;
        return after;
    }

    void applyChanges() override
    {
        if (!session().hasRegister() || (!m_item && !isCreating()))
            return;
        const std::optional<T> after = edited();
        if (!after)
            return;
        if (commit(m_item, *after, createText(*after), m_item ? updateText(*m_item, *after) : QString()) &&
            m_item)
            showRecord(m_item->id); // the row as stored now, to compare later edits with
    }
    void revertChanges() override { showRecord(isCreating() ? 0 : recordId()); }

private:
    void checkChoice(QWidget* widget, const QString& column)
    {
        if (auto* unit = qobject_cast<UnitComboBox*>(widget))
            m_checks.push_back([=, this] {
                // A unit chosen, nothing typed, or the entry for none.
                const QString text = unit->currentText().trimmed();
                if (unit->unitId() != 0 || text.isEmpty() ||
                    (unit->count() > 0 && unit->itemData(0).toLongLong() == 0 && text == unit->itemText(0)))
                    return true;
                showMessage(tr("Välj enheten bland förslagen som visas när du skriver."), column);
                return false;
            });
        else if (auto* amount = qobject_cast<KronorEdit*>(widget))
            m_checks.push_back([=, this] {
                if (amount->amount())
                    return true;
                showMessage(tr("Skriv beloppet i hela kronor, t.ex. 125 000."), column);
                return false;
            });
        else if (auto* person = qobject_cast<PersonPicker*>(widget))
            m_checks.push_back([=, this] {
                if (person->personId() != 0 || person->text().trimmed().isEmpty())
                    return true;
                showMessage(tr("Välj personen bland förslagen som visas när du skriver, eller töm fältet."),
                            column);
                return false;
            });
    }

    struct Binding
    {
        std::function<void(const T&)> show;
        std::function<void(T&)> read;
    };
    void add(QWidget* widget, std::function<void(const T&)> show, std::function<void(T&)> readBack)
    {
        m_bound.push_back(widget);
        m_bindings.push_back({std::move(show), std::move(readBack)});
    }

    std::optional<T> m_item;
    // A new row's blank as the form reads it back, to tell whether anything was typed.
    std::optional<T> m_fresh;
    Words m_words;
    std::vector<Binding> m_bindings;
    std::vector<QWidget*> m_bound;
    std::vector<std::function<bool()>> m_checks;
    std::vector<std::function<void(T&)>> m_conditions;
    qint64 T::*m_contextMember = nullptr;
    QDate T::*m_datedMember = nullptr;
};

} // namespace sakra::gui
