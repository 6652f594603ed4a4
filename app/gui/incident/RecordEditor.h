#pragma once

#include "RegisterSession.h"
#include "commands/CreateEntityCommand.h"
#include "commands/UpdateEntityCommand.h"
#include "widgets/EntityEditor.h"

#include <QHash>
#include <optional>

class QComboBox;
class QLabel;

namespace sakra::gui {

class MessageLabel;

// The detail editor of one record of a list tab (an incident, a training session, a routine, an
// alarm): a heading, fields each with the place right below it where a refusal naming the field
// is explained, and the create-or-update step as an undoable command. Subclasses fill the form
// and read it back.
class RecordEditor : public EntityEditor
{
    Q_OBJECT

public:
    RecordEditor(RegisterSession& session, const QString& prefix, QWidget* parent = nullptr);

    // 0: nothing to show.
    virtual void showRecord(qint64 id) = 0;
    // A blank form, for the unit when one is given (0: none chosen yet).
    virtual void startNew(qint64 unitId) = 0;
    virtual qint64 recordId() const = 0;
    bool isCreating() const { return m_creating; }
    // Units, sites and other choices changed: read them again when next needed.
    void choicesChanged() { m_choicesStale = true; }
    QLabel* heading() const { return m_heading; }

    // Selects the entry with data in combo, the first entry when there is none.
    static void selectData(QComboBox* combo, const QVariant& data);

Q_SIGNALS:
    void recordCreated(qint64 id);

protected:
    void setCreating(bool creating) { m_creating = creating; }
    // True once after choicesChanged(), so choices are read only when needed.
    bool takeChoicesStale();

    // Writes the form back: a new row when creating (shown afterwards and announced), otherwise
    // an update of before, if anything changed.
    template <typename T>
    void commit(const std::optional<T>& before, const T& after, const QString& createText,
                const QString& updateText)
    {
        EntityEditor::commit(before, m_creating, after, createText, updateText, [this](qint64 id) {
            showRecord(id);
            Q_EMIT recordCreated(id);
        });
    }

private:
    QLabel* m_heading;
    bool m_creating = false;
    bool m_choicesStale = true;
};

} // namespace sakra::gui
