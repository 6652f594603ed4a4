#include "PeopleTab.h"

#include "PersonEditor.h"
#include "PersonTableModel.h"
#include "Register.h"
#include "RegisterSession.h"
#include "widgets/Named.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>

namespace sakra::gui {

PeopleTab::PeopleTab(RegisterSession& session, QWidget* parent)
    : ListFrame(session, ListFrame::Names::entity(QStringLiteral("people")), parent),
      m_model(new PersonTableModel(this)), m_editor(new PersonEditor(session, this)),
      m_search(named<QLineEdit>(this, "personSearchEdit")), m_count(countLabel()),
      m_searchDelay(new QTimer(this))
{
    watch<Person, Assignment, OrgUnit>();
    setObjectName(QStringLiteral("peopleTab"));
    m_search->setPlaceholderText(tr("Sök namn, titel eller e-post (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Sök personer"));

    auto* searchLabel = new QLabel(tr("Sök:"), this);
    searchLabel->setBuddy(m_search);
    toolLayout()->addWidget(searchLabel);
    toolLayout()->addWidget(m_search, 1);
    toolLayout()->addWidget(m_count);
    setUp(m_model, m_editor,
          {.addText = tr("Ny person"), .removeText = tr("Ta bort person"), .stretchLastColumn = true});

    table()->setSortingEnabled(true);
    table()->sortByColumn(PersonTableModel::NameColumn, Qt::AscendingOrder);

    // Search as people type, but not on every key: each search is a query.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &PeopleTab::reload);
}

QWidget* PeopleTab::searchField() const
{
    return m_search;
}

void PeopleTab::reload()
{
    const qint64 shown = shownId();
    m_model->setQuery(session().hasRegister() ? &session().reg() : nullptr, session().scopeUnitId(),
                      m_search->text());
    m_editor->choicesChanged();
    updateCount();
    selectId(shown);
}

void PeopleTab::refresh(const ChangeSet& changes)
{
    const qint64 shown = shownId();
    if (changes.touches(OrgUnit::spec()))
        m_editor->choicesChanged();
    if (!touchesOnly(changes, Assignment::spec())) {
        m_model->refresh();
        updateCount();
    }
    selectId(shown);
}

void PeopleTab::updateCount()
{
    const qint64 total = m_model->totalCount();
    m_count->setText(total == 1 ? tr("1 person") : tr("%1 personer").arg(QLocale().toString(total)));
}

} // namespace sakra::gui
