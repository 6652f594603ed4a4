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
    : RecordList(
          session, QStringLiteral("training"),
          {tr("&Ny utbildning eller övning"), tr("Ta &bort"), tr("Utbildningar och övningar")},
          new RecordFilterPanel(QStringLiteral("training"), tr("Sök i rubrik och anteckning (Ctrl+F)"),
                                tr("T&yp:"), tr("Endast &försenade (enheten är skyldig ett nytt tillfälle)")),
          {tr("1 tillfälle"), tr("%1 tillfällen"), tr(", varav %1 försenade"), &TrainingQuery::overdueOnly},
          parent)
{
    watch<Training, OrgUnit>();
    filters()->addChoice(tr("Alla övningar (larm, utrymning, inrymning, brand, kris)"), kExercisesOnly);
    for (int k = 0; k < Training::kKindCount; ++k)
        filters()->addChoice(Training::kindLabel(Training::Kind(k)), k);
    table()->sortByColumn(TrainingTableModel::HeldColumn, Qt::DescendingOrder);
}

void TrainingListTab::narrow(TrainingQuery& query) const
{
    RecordList::narrow(query);
    // One entry for every kind of exercise at once.
    if (filters()->choice() == kExercisesOnly) {
        query.kind.reset();
        query.exercisesOnly = true;
    }
}

} // namespace sakra::gui
