#include "ActionTableModel.h"

#include "Register.h"
#include "widgets/Formatting.h"
#include "widgets/Palette.h"

#include <QBrush>
#include <QColor>

namespace sakra::gui {

namespace {

QString latestNoteText(const ActionRow& row)
{
    if (row.latestNote.isEmpty())
        return QString();
    // One line in the table; the whole note is in the tool tip and the editor.
    return ActionTableModel::tr("%1: %2").arg(Formatting::date(row.latestNoteOn),
                                              row.latestNote.simplified());
}

QString costToolTip(const ActionRow& row)
{
    const Action& a = row.action;
    QString text =
        a.costEstimated
            ? ActionTableModel::tr("Beräknad %1, verklig %2")
                  .arg(Formatting::kronor(a.estimatedCostKr), Formatting::kronor(a.actualCostKr))
            : ActionTableModel::tr("Ej kostnadsberäknad, verklig %1").arg(Formatting::kronor(a.actualCostKr));
    if (!a.fitsBudget)
        text += QLatin1Char('\n') + ActionTableModel::tr("Ryms inte i budgeten: kräver nya pengar");
    return text;
}
} // namespace

ActionTableModel::ActionTableModel(QObject* parent) : QueryTableModel(&Register::actions, parent)
{
    const auto stateTip = [this](const ActionRow& r) { return stateToolTip(r.action); };
    addColumn(TitleColumn, tr("Åtgärd"), [](const ActionRow& r) {
        return r.action.title;
    }).sortedBy(ActionQuery::Sort::Title);
    addColumn(StatusColumn, tr("Status"), [this](const ActionRow& r) { return statusText(r.action); })
        .sortedBy(ActionQuery::Sort::Status)
        .withToolTip(stateTip);
    addColumn(DueColumn, tr("Klar senast"),
              [](const ActionRow& r) { return Formatting::date(r.action.dueDate); })
        .sortedBy(ActionQuery::Sort::DueDate)
        .withToolTip(stateTip);
    addColumn(LatestNoteColumn, tr("Nuläge"), latestNoteText)
        .withToolTip([](const ActionRow& r) {
            return r.latestNote.isEmpty() ? QString()
                                          : tr("%1\n%2").arg(Formatting::date(r.latestNoteOn), r.latestNote);
        })
        .withHeaderToolTip(tr("Den senaste anteckningen i uppföljningen: åtgärdens nuläge"));
    addColumn(UnitColumn, tr("Enhet"), [](const ActionRow& r) {
        return r.unitName;
    }).sortedBy(ActionQuery::Sort::Unit);
    addColumn(ResponsibleColumn, tr("Ansvarig"), [](const ActionRow& r) {
        return r.responsibleName;
    }).sortedBy(ActionQuery::Sort::Responsible);
    addColumn(KindColumn, tr("Typ"), [](const ActionRow& r) {
        return r.kindName;
    }).sortedBy(ActionQuery::Sort::Kind);
    addColumn(CostColumn, tr("Beräknad kostnad"),
              [](const ActionRow& r) {
                  return r.action.costEstimated ? Formatting::kronor(r.action.estimatedCostKr)
                                                : tr("ej kostnadsberäknad");
              })
        .sortedBy(ActionQuery::Sort::EstimatedCost)
        .withToolTip(costToolTip)
        .alignedRight();
    markLateRows([this](const ActionRow& r) { return r.action.isOverdue(today()); }, StatusColumn);
}

QString ActionTableModel::statusText(const Action& a) const
{
    // In words, so the state does not hang on the colour alone.
    return a.isOverdue(today()) ? tr("Försenad (%1)").arg(Action::kStatuses.label(a.status).toLower())
                                : Action::kStatuses.label(a.status);
}

QString ActionTableModel::stateToolTip(const Action& a) const
{
    QString text =
        tr("%1 sedan %2").arg(Action::kStatuses.label(a.status), Formatting::date(a.statusChangedOn));
    if (a.isOverdue(today()))
        text += QLatin1Char('\n') + tr("Försenad: skulle ha varit klar %1 (%2 dagar sedan)")
                                        .arg(Formatting::date(a.dueDate))
                                        .arg(a.dueDate.daysTo(today()));
    else if (a.status == Action::Status::Done && a.doneDate.isValid())
        text += QLatin1Char('\n') + tr("Genomförd %1").arg(Formatting::date(a.doneDate));
    return text;
}

QVariant ActionTableModel::rowData(const ActionRow& row, int column, int role) const
{
    Q_UNUSED(column)
    const Action::Status status = row.action.status;
    if (role == Qt::ForegroundRole && (status == Action::Status::Done || status == Action::Status::Cancelled))
        return QBrush(palette::closedText);
    return {};
}

} // namespace sakra::gui
