#include "PersonPicker.h"

#include "Register.h"
#include "RegisterSession.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

namespace sakra::gui {

namespace {
constexpr int kSuggestions = 30;
}

PersonPicker::PersonPicker(RegisterSession& session, QWidget* parent)
    : QLineEdit(parent), m_session(session), m_suggestions(new QStandardItemModel(this)),
      m_completer(new QCompleter(m_suggestions, this)), m_delay(new QTimer(this))
{
    setPlaceholderText(tr("Skriv en del av namnet"));
    setClearButtonEnabled(true);
    // The database already filtered; the completer shows what it is given.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    // Shown with the unit, but the text put into the field is the name alone.
    m_completer->setCompletionRole(Qt::UserRole + 1);
    setCompleter(m_completer);
    m_delay->setSingleShot(true);
    m_delay->setInterval(200);

    connect(this, &QLineEdit::textEdited, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, &PersonPicker::search);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            &PersonPicker::onChosen);
}

qint64 PersonPicker::personId() const
{
    return text() == m_chosenText ? m_personId : 0;
}

void PersonPicker::setPerson(qint64 id, const QString& name)
{
    m_personId = id;
    m_chosenText = name;
    setText(name);
}

void PersonPicker::search()
{
    m_suggestions->clear();
    if (!m_session.hasRegister() || text().trimmed().isEmpty())
        return;
    PersonQuery query;
    query.text = text().trimmed();
    query.limit = kSuggestions;
    for (const PersonRow& row : m_session.reg().people().list(query)) {
        // The unit tells apart people of the same name.
        auto* item = new QStandardItem(
            row.unitName.isEmpty() ? row.person.name : tr("%1 (%2)").arg(row.person.name, row.unitName));
        item->setData(row.person.id, Qt::UserRole);
        item->setData(row.person.name, Qt::UserRole + 1);
        m_suggestions->appendRow(item);
    }
    m_completer->complete();
}

void PersonPicker::onChosen(const QModelIndex& index)
{
    setPerson(index.data(Qt::UserRole).toLongLong(), index.data(Qt::UserRole + 1).toString());
}

} // namespace sakra::gui
