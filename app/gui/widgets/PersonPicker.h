#pragma once

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace sakra::gui {

class RegisterSession;

// Chooses a person by typing part of the name: the register may hold tens of thousands, so the
// suggestions come from a search in the database, not from a list of everyone.
class PersonPicker : public QLineEdit
{
    Q_OBJECT

public:
    explicit PersonPicker(RegisterSession& session, QWidget* parent = nullptr);

    // 0 when the text does not name a chosen person.
    qint64 personId() const;
    void setPerson(qint64 id, const QString& name);

private:
    void search();
    void onChosen(const QModelIndex& index);

    RegisterSession& m_session;
    QStandardItemModel* m_suggestions;
    QCompleter* m_completer;
    QTimer* m_delay;
    qint64 m_personId = 0;
    QString m_chosenText;
};

} // namespace sakra::gui
