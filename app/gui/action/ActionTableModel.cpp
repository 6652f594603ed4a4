#include "ActionTableModel.h"

#include "Register.h"
#include "widgets/Formatting.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <optional>

namespace sakra::gui {

namespace {
// Dark red on a pale red background: 4.5:1 or better against both it and white.
const QColor kOverdueText(0x9b, 0x1c, 0x1c);
const QColor kOverdueBackground(0xfd, 0xe4, 0xe4);
const QColor kClosedText(0x5f, 0x63, 0x68);
} // namespace

std::optional<ActionQuery::Sort> ActionTableModel::sortOf(int column) const
{
    switch (ActionTableModel::Column(column)) {
    case ActionTableModel::TitleColumn: return ActionQuery::Sort::Title;
    case ActionTableModel::StatusColumn: return ActionQuery::Sort::Status;
    case ActionTableModel::DueColumn: return ActionQuery::Sort::DueDate;
    case ActionTableModel::UnitColumn: return ActionQuery::Sort::Unit;
    case ActionTableModel::KindColumn: return ActionQuery::Sort::Kind;
    case ActionTableModel::ResponsibleColumn: return ActionQuery::Sort::Responsible;
    case ActionTableModel::CostColumn: return ActionQuery::Sort::EstimatedCost;
    case ActionTableModel::LatestNoteColumn:
    case ActionTableModel::ColumnCount: break;
    }
    return std::nullopt;
}

ActionTableModel::ActionTableModel(QObject* parent) : QueryTableModel(parent) {}

std::vector<ActionRow> ActionTableModel::list(Register& reg, const ActionQuery& query) const
{
    return reg.actions().list(query);
}

qint64 ActionTableModel::count(Register& reg, const ActionQuery& query) const
{
    return reg.actions().count(query);
}

int ActionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionTableModel::display(const ActionRow& row, int column) const
{
    const Action& a = row.action;
    switch (Column(column)) {
    case TitleColumn: return a.title;
    case StatusColumn:
        // In words, so the state does not hang on the colour alone.
        return a.isOverdue(today()) ? tr("Försenad (%1)").arg(Action::statusLabel(a.status).toLower())
                                    : Action::statusLabel(a.status);
    case DueColumn: return Formatting::date(a.dueDate);
    case UnitColumn: return row.unitName;
    case KindColumn: return row.kindName;
    case ResponsibleColumn: return row.responsibleName;
    case CostColumn: return Formatting::kronor(a.estimatedCostKr);
    case LatestNoteColumn:
        if (row.latestNote.isEmpty())
            return QString();
        // One line in the table; the whole note is in the tool tip and the editor.
        return tr("%1: %2").arg(Formatting::date(row.latestNoteOn), row.latestNote.simplified());
    case ColumnCount: break;
    }
    return {};
}

QString ActionTableModel::toolTip(const ActionRow& row, int column) const
{
    const Action& a = row.action;
    if (column == StatusColumn || column == DueColumn) {
        QString text =
            tr("%1 sedan %2").arg(Action::statusLabel(a.status), Formatting::date(a.statusChangedOn));
        if (a.isOverdue(today()))
            text += QLatin1Char('\n') + tr("Försenad: skulle ha varit klar %1 (%2 dagar sedan)")
                                            .arg(Formatting::date(a.dueDate))
                                            .arg(a.dueDate.daysTo(today()));
        else if (a.status == Action::Status::Done && a.doneDate.isValid())
            text += QLatin1Char('\n') + tr("Genomförd %1").arg(Formatting::date(a.doneDate));
        return text;
    }
    if (column == CostColumn) {
        QString text = tr("Beräknad %1, verklig %2")
                           .arg(Formatting::kronor(a.estimatedCostKr), Formatting::kronor(a.actualCostKr));
        if (!a.fitsBudget)
            text += QLatin1Char('\n') + tr("Ryms inte i budgeten: kräver nya pengar");
        return text;
    }
    if (column == LatestNoteColumn && !row.latestNote.isEmpty())
        return tr("%1\n%2").arg(Formatting::date(row.latestNoteOn), row.latestNote);
    const QVariant shown = display(row, column);
    return shown.toString();
}

QVariant ActionTableModel::data(const QModelIndex& index, int role) const
{
    const ActionRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const Action& a = row->action;
    const bool overdue = a.isOverdue(today());
    switch (role) {
    case Qt::DisplayRole: return display(*row, index.column());
    case Qt::ToolTipRole: return toolTip(*row, index.column());
    case IdRole: return a.id;
    case OverdueRole: return overdue;
    case Qt::TextAlignmentRole:
        if (index.column() == CostColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (overdue)
            return QBrush(kOverdueText);
        if (a.status == Action::Status::Done || a.status == Action::Status::Cancelled)
            return QBrush(kClosedText);
        return {};
    case Qt::BackgroundRole: return overdue ? QVariant(QBrush(kOverdueBackground)) : QVariant();
    case Qt::FontRole:
        if (overdue && index.column() == StatusColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant ActionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == LatestNoteColumn)
        return tr("Den senaste anteckningen i uppföljningen: åtgärdens nuläge");
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TitleColumn: return tr("Åtgärd");
    case StatusColumn: return tr("Status");
    case DueColumn: return tr("Klar senast");
    case UnitColumn: return tr("Enhet");
    case KindColumn: return tr("Typ");
    case ResponsibleColumn: return tr("Ansvarig");
    case CostColumn: return tr("Beräknad kostnad");
    case LatestNoteColumn: return tr("Nuläge");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sakra::gui
