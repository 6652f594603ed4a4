#include "TrainingListTab.h"

#include "Register.h"
#include "TrainingEditor.h"
#include "TrainingTableModel.h"
#include "incident/RecordFilterPanel.h"
#include "widgets/Formatting.h"

#include <QLineEdit>
#include <QLocale>
#include <QTableView>

namespace sakra::gui {

namespace {
// The kind filter's entry for every drill and exercise kind at once.
constexpr int kExercisesOnly = 1000;
} // namespace

TrainingListTab::TrainingListTab(RegisterSession& session, QWidget* parent)
    : TrainingListTab(session, new TrainingTableModel, new TrainingEditor(session),
                      new RecordFilterPanel(QStringLiteral("training"),
                                            tr("Sök i rubrik och anteckning (Ctrl+F)"), tr("T&yp:"),
                                            tr("Endast &försenade (enheten är skyldig ett nytt tillfälle)")),
                      parent)
{
    watch<Training, OrgUnit>();
}

TrainingListTab::TrainingListTab(RegisterSession& session, TrainingTableModel* model, TrainingEditor* editor,
                                 RecordFilterPanel* filters, QWidget* parent)
    : RecordListTab(session, QStringLiteral("training"),
                    {tr("&Ny utbildning eller övning"), tr("Ta &bort"), tr("Utbildningar och övningar")},
                    model, editor, filters, parent),
      m_model(model), m_editor(editor), m_filters(filters)
{
    m_filters->addChoice(tr("Alla övningar (larm, utrymning, inrymning, brand, kris)"), kExercisesOnly);
    for (int k = 0; k < Training::kKindCount; ++k)
        m_filters->addChoice(Training::kindLabel(Training::Kind(k)), k);
    QTableView* view = table();
    view->setColumnWidth(TrainingTableModel::HeldColumn, 95);
    view->setColumnWidth(TrainingTableModel::TitleColumn, 240);
    view->setColumnWidth(TrainingTableModel::UnitColumn, 190);
    view->setColumnWidth(TrainingTableModel::ParticipantsColumn, 90);
    view->setColumnWidth(TrainingTableModel::RecurrenceColumn, 130);
    view->sortByColumn(TrainingTableModel::HeldColumn, Qt::DescendingOrder);
    connect(m_filters, &RecordFilterPanel::changed, this, &TrainingListTab::requery);
}

const TableSpec& TrainingListTab::recordTable() const
{
    return Training::spec();
}

void TrainingListTab::applyQuery(Register* reg)
{
    TrainingQuery query;
    query.scopeUnitId = session().scopeUnitId();
    query.text = m_filters->text();
    const int choice = m_filters->choice();
    if (choice == kExercisesOnly)
        query.exercisesOnly = true;
    else if (choice >= 0)
        query.kind = Training::Kind(choice);
    query.overdueOnly = m_filters->isChecked();
    m_model->setQuery(reg, query);
}

QString TrainingListTab::countText(Register& reg, qint64 total) const
{
    QString text = total == 1 ? tr("1 tillfälle") : tr("%1 tillfällen").arg(QLocale().toString(total));
    TrainingQuery overdue = m_model->query();
    if (!overdue.overdueOnly && total > 0) {
        overdue.overdueOnly = true;
        if (const qint64 late = reg.trainings().count(overdue))
            text += tr(", varav %1 försenade").arg(QLocale().toString(late));
    }
    return text;
}

QWidget* TrainingListTab::searchField() const
{
    return m_filters->searchField();
}

} // namespace sakra::gui
