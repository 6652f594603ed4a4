#pragma once

#include "RegisterSession.h"
#include "incident/RecordFilterPanel.h"
#include "widgets/ListFrame.h"

#include <QLocale>
#include <type_traits>

namespace sakra {
class Register;
}

namespace sakra::gui {

class EntityEditor;
class RecordTableModel;

// A list of records within the scope with their filters above it and the selected record's editor
// beside it: the list frame bridged to a RecordTableModel, for the incident, training, routine and
// alarm lists.
class RecordListTab : public ListFrame
{
    Q_OBJECT

public:
    struct Texts
    {
        QString add;    // "&Ny händelse"
        QString remove; // "Ta &bort händelse"
        QString listName;
    };

    // prefix names the widgets for tests: prefix + "Table", "CountLabel", "AddButton", ...
    RecordListTab(RegisterSession& session, const QString& prefix, const Texts& texts,
                  RecordTableModel* model, EntityEditor* editor, QWidget* filters, QWidget* parent = nullptr);

    // Shows the record in the editor and selects it in the list when the list holds it.
    void showRecord(qint64 id);
    // A new record in the editor, for the unit when one is given (0: none chosen yet).
    void startNew(qint64 unitId);
    void announceSelection() override;

    RecordTableModel* recordModel() const { return m_model; }

protected:
    void reload() override;
    void refresh(const ChangeSet& changes) override;

    // The table of the records listed; a change there re-reads the rows, others reload all.
    virtual const TableSpec& recordTable() const = 0;
    // Hands the model its query: the scope, the filters, the register (null when none is open).
    virtual void applyQuery(Register* reg) = 0;
    virtual void loadChoices(Register& reg) { Q_UNUSED(reg) }
    // "12 händelser, varav 3 öppna"
    virtual QString countText(Register& reg, qint64 total) const = 0;

    void requery();

private:
    void updateCount();

    RecordTableModel* m_model;
};

// A record list of one kind: its model, editor and filters typed, the table of the records taken
// from the editor, the filters asked again when they change, and the count said in words.
template <typename Model, typename Editor, typename Filters = RecordFilterPanel>
class RecordList : public RecordListTab
{
public:
    using Query = typename Model::QueryType;
    // "1 rutin", "%1 rutiner", ", varav %1 med försenad granskning" and the query's flag for the
    // late ones.
    struct Counting
    {
        QString one;
        QString many;
        QString late;
        bool Query::*lateOnly;
    };

    Model* model() const { return m_model; }
    Editor* editor() const { return m_editor; }
    Filters* filters() const { return m_filters; }

protected:
    RecordList(RegisterSession& session, const QString& prefix, const Texts& texts, Filters* filters,
               Counting counting, QWidget* parent)
        : RecordList(session, prefix, texts, new Model, new Editor(session), filters, std::move(counting),
                     parent)
    {
    }

    const TableSpec& recordTable() const override { return Editor::Entity::spec(); }
    QWidget* searchField() const override { return m_filters->searchField(); }
    void applyQuery(Register* reg) override
    {
        Query query;
        query.scopeUnitId = session().scopeUnitId();
        narrow(query);
        m_model->setQuery(reg, query);
    }
    // What the filters ask for: by default the text, the kind chosen and the late ones only.
    virtual void narrow(Query& query) const
    {
        if constexpr (std::is_same_v<Filters, RecordFilterPanel>) {
            query.text = m_filters->text();
            if (m_filters->choice() >= 0)
                query.kind = typename decltype(query.kind)::value_type(m_filters->choice());
            query.*m_counting.lateOnly = m_filters->isChecked();
        }
    }
    QString countText(Register& reg, qint64 total) const override
    {
        Q_UNUSED(reg);
        QString text = total == 1 ? m_counting.one : m_counting.many.arg(QLocale().toString(total));
        Query late = m_model->query();
        if (!(late.*m_counting.lateOnly) && total > 0) {
            late.*m_counting.lateOnly = true;
            if (const qint64 n = m_model->countOf(late))
                text += m_counting.late.arg(QLocale().toString(n));
        }
        return text;
    }

private:
    RecordList(RegisterSession& session, const QString& prefix, const Texts& texts, Model* model,
               Editor* editor, Filters* filters, Counting counting, QWidget* parent)
        : RecordListTab(session, prefix, texts, model, editor, filters, parent), m_model(model),
          m_editor(editor), m_filters(filters), m_counting(std::move(counting))
    {
        QObject::connect(filters, &Filters::changed, this, &RecordList::requery);
    }

    Model* m_model;
    Editor* m_editor;
    Filters* m_filters;
    Counting m_counting;
};

} // namespace sakra::gui
